"""Elasticsearch with the same analysis as the PostgreSQL engine, as index settings.

``WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "search.elasticsearch"`` (set when
``ELASTICSEARCH_URL`` is) is Wagtail's Elasticsearch 8 backend whose indexes are created with
``analysis_settings()``: the editors' synonyms as a ``synonym_graph`` filter (at search time), the
content's vocabulary as a ``dictionary_decompounder`` word list, ``asciifolding`` plus the
aa/oe/ae spellings (``search/folding.py``), the Norwegian stop words and stemmer. What differs from
PostgreSQL is in the README («Søk med Elasticsearch»).
"""

from copy import deepcopy

from modelsearch.backends.elasticsearch8 import Elasticsearch8Index, Elasticsearch8SearchBackend
from modelsearch.utils import deep_update

from .models import VocabularyWord
from .synonyms import load_synonyms

DECOMPOUND_WORDS = 20000
FOLD_SPELLINGS = {"fold_aa": ("aa", "a"), "fold_oe": ("oe", "o"), "fold_ae": ("ae", "a")}


def analysis_settings(groups=None, words=None):
    """The analysis part of the index settings, for these synonym groups and compound words
    (by default the editors' list and the most used vocabulary words)."""
    if groups is None:
        groups = load_synonyms().groups
    if words is None:
        words = list(
            VocabularyWord.objects.filter(word__regex=r"^\w{3,}$")
            .order_by("-documents")
            .values_list("word", flat=True)[:DECOMPOUND_WORDS]
        )
    folding = ["asciifolding", *FOLD_SPELLINGS]
    filters = {
        "portal_synonyms": {
            "type": "synonym_graph",
            "synonyms": [", ".join(group) for group in groups],
            "lenient": True,
        },
        "portal_decompound": {
            "type": "dictionary_decompounder",
            "word_list": sorted(set(words)),
            "min_subword_size": 3,
            "only_longest_match": True,
        },
        "portal_stop": {"type": "stop", "stopwords": "_norwegian_"},
        "portal_stemmer": {"type": "stemmer", "language": "norwegian"},
        **{
            name: {"type": "pattern_replace", "pattern": pattern, "replacement": replacement}
            for name, (pattern, replacement) in FOLD_SPELLINGS.items()
        },
    }
    index_chain = ["lowercase", "portal_decompound", "portal_stop", "portal_stemmer", *folding]
    search_chain = ["lowercase", "portal_synonyms", *index_chain[1:]]
    return {
        "settings": {
            "analysis": {
                "filter": filters,
                "analyzer": {
                    "default": {"type": "custom", "tokenizer": "standard", "filter": index_chain},
                    "default_search": {
                        "type": "custom",
                        "tokenizer": "standard",
                        "filter": search_chain,
                    },
                },
            }
        }
    }


class PortalElasticsearchIndex(Elasticsearch8Index):
    def put(self):
        settings = deep_update(deepcopy(self.backend.settings), analysis_settings())
        self.es.indices.create(index=self.name, **settings)


class PortalElasticsearchBackend(Elasticsearch8SearchBackend):
    index_class = PortalElasticsearchIndex


SearchBackend = PortalElasticsearchBackend
