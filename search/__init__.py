"""Site search: Norwegian-aware queries, synonyms, autocomplete, promotions and a query log."""
