from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from legal.admin_views import ProvisionsDueView
from legal.provisions import LegalProvision


class LegalProvisionViewSet(SnippetViewSet):
    model = LegalProvision
    icon = "doc-full"
    menu_label = "Lovhjemler"
    menu_order = 290
    add_to_admin_menu = True
    list_display = ["short_name", "section", "title", "last_checked"]
    list_filter = ["short_name"]
    search_fields = ["short_name", "section", "title", "law", "key"]
    search_backend_name = None
    ordering = ["short_name", "section"]


register_snippet(LegalProvisionViewSet)


@hooks.register("register_admin_urls")
def register_provision_report_urls():
    return [
        path(
            "rapporter/lovhjemler-til-kontroll/",
            ProvisionsDueView.as_view(),
            name="legal_provisions_due",
        ),
        path(
            "rapporter/lovhjemler-til-kontroll/resultater/",
            ProvisionsDueView.as_view(results_only=True),
            name="legal_provisions_due_results",
        ),
    ]


class ProvisionReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("legal.view_legalprovision") or request.user.has_perm(
            "legal.change_legalprovision"
        )


@hooks.register("register_reports_menu_item")
def provisions_due_menu_item():
    return ProvisionReportMenuItem(
        "Lovhjemler til kontroll",
        reverse("legal_provisions_due"),
        icon_name="doc-full",
        order=1400,
    )
