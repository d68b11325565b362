"""Every served page records what it shows for the page cache (core/cachetags.py)."""

from wagtail import hooks

from core.cachetags import depends_on, page_dependencies


@hooks.register("before_serve_page")
def record_page_dependencies(page, request, serve_args, serve_kwargs):
    """A page shows itself, its ancestors and its children, and what its type declares in
    ``cache_dependencies(request)``."""
    request._cache_page_served = True
    depends_on(request, *page_dependencies(page))
    declared = getattr(page, "cache_dependencies", None)
    if declared is not None:
        depends_on(request, *declared(request))
