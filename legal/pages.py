"""«Lover og forskrifter»: every provision the portal cites, where, and when it was checked."""

from core.cachetags import CONTENT, depends_on, model_tag
from core.models import SectionIndexPage
from legal.provisions import LegalProvision, citations


class LegalIndexPage(SectionIndexPage):
    subpage_types = []

    class Meta:
        verbose_name = "Oversikt over lover og forskrifter"
        verbose_name_plural = "Oversikter over lover og forskrifter"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        provisions = list(LegalProvision.objects.order_by("short_name", "section", "key"))
        cited = citations(provisions, request)
        for provision in provisions:
            provision.cited_on = cited[provision.pk]
        context["provisions"] = [p for p in provisions if p.cited_on]
        # Which pages cite what changes with any page: the list is purged with all content.
        depends_on(request, model_tag(LegalProvision), CONTENT)
        return context
