"""Editors' report: provisions not checked against Lovdata for 12 months, oldest first."""

from django.utils.functional import cached_property

from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from legal.provisions import LegalProvision, citations


class CitedColumn(Column):
    def get_value(self, instance):
        return ", ".join(title for title, _ in instance.cited_on) or "Ikke brukt"


class ProvisionsDueView(ReportView):
    page_title = "Lovhjemler som bør kontrolleres"
    header_icon = "doc-full"
    model = LegalProvision
    any_permission_required = ["view", "change"]
    index_url_name = "legal_provisions_due"
    index_results_url_name = "legal_provisions_due_results"
    paginate_by = 50
    columns = [
        Column("citation", label="Hjemmel", accessor="citation"),
        Column("title", label="Handler om"),
        DateColumn("last_checked", label="Sist kontrollert", sort_key="last_checked"),
        CitedColumn("cited_on", label="Brukes på"),
    ]
    list_export = ["key", "citation", "title", "url", "last_checked"]
    export_headings = {
        "key": "Nøkkel",
        "citation": "Hjemmel",
        "title": "Handler om",
        "url": "Lenke",
        "last_checked": "Sist kontrollert",
    }
    default_ordering = "last_checked"

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(LegalProvision)

    def get_base_queryset(self):
        return LegalProvision.objects.due_for_check()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = list(context["object_list"])
        cited = citations(rows, self.request)
        for provision in rows:
            provision.cited_on = cited[provision.pk]
        context["object_list"] = rows
        return context
