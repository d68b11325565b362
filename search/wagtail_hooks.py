"""Admin: the synonym list (a snippet) and the reports on popular and zero-hit searches."""

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import PopularQueriesView, ZeroHitQueriesView
from .models import SynonymGroup


class SynonymGroupViewSet(SnippetViewSet):
    model = SynonymGroup
    icon = "search"
    menu_label = "Synonymer i søket"
    menu_name = "search-synonyms"
    add_to_admin_menu = False
    list_display = ["__str__", "note"]
    search_fields = ["words", "note"]


register_snippet(SynonymGroupViewSet)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("rapporter/populaere-sok/", PopularQueriesView.as_view(), name="search_popular"),
        path(
            "rapporter/populaere-sok/resultater/",
            PopularQueriesView.as_view(results_only=True),
            name="search_popular_results",
        ),
        path(
            "rapporter/sok-uten-treff/",
            ZeroHitQueriesView.as_view(),
            name="search_zero_hits",
        ),
        path(
            "rapporter/sok-uten-treff/resultater/",
            ZeroHitQueriesView.as_view(results_only=True),
            name="search_zero_hits_results",
        ),
    ]


class QueryLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchquery")


@hooks.register("register_reports_menu_item")
def popular_queries_menu_item():
    return QueryLogMenuItem(
        "Populære søk", reverse("search_popular"), icon_name="search", order=1310
    )


@hooks.register("register_reports_menu_item")
def zero_hit_queries_menu_item():
    return QueryLogMenuItem(
        "Søk uten treff", reverse("search_zero_hits"), icon_name="search", order=1320
    )


@hooks.register("construct_reports_menu")
def one_search_log(request, menu_items):
    """One search log: Wagtail's own «Search terms» report (search_promotions) counts only what
    its Query model is fed, which the portal's search does not, so it is always empty. The
    portal's «Populære søk» and «Søk uten treff» are the log."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
