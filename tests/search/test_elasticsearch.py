"""Elasticsearch gets the same synonyms, folding and decompounding as analysis settings (a
mocked client: there is no Elasticsearch server in CI)."""

from unittest import mock

import pytest

from search.elasticsearch import PortalElasticsearchBackend, analysis_settings

pytestmark = pytest.mark.django_db


def test_analysis_settings_carry_synonyms_folding_and_the_vocabulary_for_compounds():
    settings = analysis_settings(
        groups=[("rusmisbruker", "personer med rusproblemer")], words=["bolig", "team"]
    )["settings"]["analysis"]
    filters = settings["filter"]
    assert filters["portal_synonyms"]["type"] == "synonym_graph"
    assert filters["portal_synonyms"]["synonyms"] == ["rusmisbruker, personer med rusproblemer"]
    assert filters["portal_decompound"]["type"] == "dictionary_decompounder"
    assert filters["portal_decompound"]["word_list"] == ["bolig", "team"]
    assert filters["fold_aa"] == {"type": "pattern_replace", "pattern": "aa", "replacement": "a"}
    index_chain = settings["analyzer"]["default"]["filter"]
    search_chain = settings["analyzer"]["default_search"]["filter"]
    assert "asciifolding" in index_chain and "portal_decompound" in index_chain
    assert "portal_synonyms" in search_chain and "portal_synonyms" not in index_chain
    assert filters["portal_stemmer"] == {"type": "stemmer", "language": "norwegian"}


def test_the_settings_switch_creates_indexes_with_the_portals_analysis(settings):
    backend = PortalElasticsearchBackend(
        {"URLS": ["http://127.0.0.1:9200"], "INDEX_PREFIX": "test_"}
    )
    backend.es = mock.MagicMock()
    index = backend.index_class(backend, "test_examples")
    index.put()
    created = backend.es.indices.create.call_args.kwargs
    analysis = created["settings"]["analysis"]
    assert "portal_synonyms" in analysis["filter"]
    assert "bolig, bustad" in analysis["filter"]["portal_synonyms"]["synonyms"]
    assert analysis["analyzer"]["default"]["tokenizer"] == "standard"
