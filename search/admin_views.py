"""Editors' reports on the query log: what people search for, and what finds nothing."""

from django.utils.functional import cached_property

from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from .models import SearchQuery


class QueryReportView(ReportView):
    header_icon = "search"
    model = SearchQuery
    any_permission_required = ["view", "change"]
    is_searchable = True
    search_fields = ["query_string"]
    paginate_by = 50
    columns = [
        Column("query_string", label="Søk", sort_key="query_string"),
        NumberColumn("hits", label="Antall søk", sort_key="hits"),
        NumberColumn("result_count", label="Treff sist", sort_key="result_count"),
        DateColumn("last_searched_at", label="Sist søkt", sort_key="last_searched_at"),
    ]
    list_export = ["query_string", "hits", "result_count", "last_searched_at"]
    export_headings = {
        "query_string": "Søk",
        "hits": "Antall søk",
        "result_count": "Treff sist",
        "last_searched_at": "Sist søkt",
    }
    default_ordering = "-hits"

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(SearchQuery)

    def get_base_queryset(self):
        return SearchQuery.objects.all()


class PopularQueriesView(QueryReportView):
    page_title = "Populære søk"
    index_url_name = "search_popular"
    index_results_url_name = "search_popular_results"


class ZeroHitQueriesView(QueryReportView):
    page_title = "Søk uten treff"
    index_url_name = "search_zero_hits"
    index_results_url_name = "search_zero_hits_results"

    def get_base_queryset(self):
        return SearchQuery.objects.filter(result_count=0)
