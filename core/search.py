"""Free-text matching for listings, through whatever engine the site's search uses.

The example listing lives below the search app and may not import it; the setting
``PORTAL_PAGE_SEARCH`` names the function that does the work (``search.listing.matching_ids``),
so a listing's ``?q=`` finds what /sok/ finds, with the same synonyms, folding, compounds and
typos.
"""

from django.conf import settings
from django.utils.module_loading import import_string


def matching_ids(queryset, query, request=None):
    """Primary keys of the queryset's pages that match ``query``, best first.

    The one function a listing calls: filter with ``pk__in`` and, to keep the search's order,
    sort by the position in this list.
    """
    if not query or not query.strip():
        return []
    return import_string(settings.PORTAL_PAGE_SEARCH)(queryset, query, request)
