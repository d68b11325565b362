"""The wizard's page at /veiviser/: its intro and step guidance come from the CMS; drafts and
everything under them are served by the page's routes (see ``mandates.views``)."""

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES
from portal.models import SectionIndexPage

DRAFT = r"(?P<public_id>[A-Za-z0-9_-]{6,16})"


class MandateWizardPage(RoutablePageMixin, SectionIndexPage):
    """Start page of the mandate and work-plan wizard (one per site)."""

    privacy_note = RichTextField(
        "Om lenker og personvern",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Vises på startsiden under skjemaet.",
    )

    subpage_types = []
    content_panels = [
        *SectionIndexPage.content_panels,
        FieldPanel("privacy_note"),
        InlinePanel("guidance", label="Veiledning for stegene"),
    ]
    search_fields = [*SectionIndexPage.search_fields, index.SearchField("privacy_note")]

    class Meta:
        verbose_name = "Mandatveiviser"
        verbose_name_plural = "Mandatveivisere"

    def guidance_for(self, step_key):
        return [g for g in self.guidance.all() if g.step == step_key]

    # Routes -----------------------------------------------------------------------------------

    @path("")
    def start(self, request):
        from mandates.views.start import start

        return start(request, self)

    @path("lenke/<str:token>/")
    def exchange(self, request, token):
        from mandates.views.start import exchange

        return exchange(request, self, token)

    @re_path(rf"^{DRAFT}/$")
    def draft_home(self, request, public_id):
        from mandates.views.steps import draft_home

        return draft_home(request, self, public_id)

    @re_path(rf"^{DRAFT}/steg/(?P<number>[0-9]{{1,2}})/$")
    def step(self, request, public_id, number):
        from mandates.views.steps import step

        return step(request, self, public_id, int(number))

    @re_path(rf"^{DRAFT}/lenker/$")
    def links(self, request, public_id):
        from mandates.views.links import links

        return links(request, self, public_id)

    @re_path(rf"^{DRAFT}/historikk/$")
    def history(self, request, public_id):
        from mandates.views.history import history

        return history(request, self, public_id)

    @re_path(rf"^{DRAFT}/historikk/(?P<revision_id>[0-9]{{1,12}})/$")
    def revision(self, request, public_id, revision_id):
        from mandates.views.history import revision

        return revision(request, self, public_id, int(revision_id))

    @re_path(rf"^{DRAFT}/utskrift/$")
    def print_view(self, request, public_id):
        from mandates.views.exports import print_view

        return print_view(request, self, public_id)

    @re_path(rf"^{DRAFT}/eksport/(?P<kind>word|csv|kalender)/$")
    def export(self, request, public_id, kind):
        from mandates.views.exports import export

        return export(request, self, public_id, kind)
