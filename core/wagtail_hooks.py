"""Admin-wide hooks every app shares.

- Every served page records what it shows for the page cache (core/cachetags.py).
- Editorial rights (core/editorial_rights.py): only publishers delete pages (every page model is
  known when hooks load), and the moderated media policies replace Wagtail's.
"""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from core.cachetags import depends_on, page_dependencies
from core.editorial_rights import moderated_media_policies, only_publishers_delete_pages


@hooks.register("before_serve_page")
def record_page_dependencies(page, request, serve_args, serve_kwargs):
    """A page shows itself, its ancestors and its children, and what its type declares in
    ``cache_dependencies(request)``."""
    request._cache_page_served = True
    depends_on(request, *page_dependencies(page))
    declared = getattr(page, "cache_dependencies", None)
    if declared is not None:
        depends_on(request, *declared(request))


only_publishers_delete_pages()


@hooks.register("register_admin_urls")
def use_moderated_media_policies():
    """Wagtail's documents and images apps register their own policies in ready(), and this
    module may be imported before they have run (an app's ready() can load the hooks): a
    registration here at import would be overwritten. The admin's URLs are built after every
    ready() and before any admin view runs, so ours are registered then. Returns no URLs."""
    for model, policy in moderated_media_policies().items():
        register_permission_policy(model, policy)
    return []
