"""Everything the portal's SQL knows about Wagtail's search index, in one place.

Wagtail's database backend (the ``modelsearch`` package) keeps one row per indexed object in
``IndexEntry``: ``title`` and ``body`` are tsvectors in the ``norwegian`` configuration (the body
holds every other search field, weighted by its boost), ``autocomplete`` is a tsvector in the
``simple`` configuration, ``title_text`` and ``body_text`` are the plain texts. The engine, the
vocabulary and the migrations read exactly these; ``tests/search/test_index_schema.py`` fails if
a Wagtail upgrade changes them.
"""

from modelsearch.backends.database.postgres.weights import get_weight
from modelsearch.conf import get_app_config

TABLE = "wagtailsearch_indexentry"
COLUMNS = {
    "id": "AutoField",
    "content_type": "ForeignKey",
    "object_id": "CharField",
    "title": "SearchVectorField",
    "autocomplete": "SearchVectorField",
    "body": "SearchVectorField",
    "title_text": "TextField",
    "body_text": "TextField",
}
SEARCH_CONFIG = "norwegian"
AUTOCOMPLETE_CONFIG = "simple"
# Boosts the portal's models give: 5 a glossary term's name, 3 an example's municipality, place,
# themes and target groups. Rows where these match count as «strong» (weights A–C; Wagtail's own
# models give boost 10, which takes A). The GIN index portal_search_strong_terms covers A–C.
STRONG_BOOSTS = (5, 3)
STRONG_INDEX_WEIGHTS = "abc"


def index_entry_model():
    return get_app_config().get_model("IndexEntry")


def strong_weights():
    """The tsvector weights («a», «b», «c») the strong boosts were indexed with."""
    return "".join(sorted({get_weight(b) for b in STRONG_BOOSTS} - {"D"})).lower()
