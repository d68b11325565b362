"""The wizard's page at /veiviser/: its intro and step guidance come from the CMS; drafts and
everything under them are served by the page's routes, each by a view in ``mandates.views``."""

from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import SectionIndexPage
from mandates.views import approval as approval_views
from mandates.views import autosave as autosave_view
from mandates.views import exports as export_views
from mandates.views import history as history_views
from mandates.views import links as link_views
from mandates.views import member as member_views
from mandates.views import progress as progress_views
from mandates.views import start as start_views
from mandates.views import steps as step_views
from mandates.views import word_template as template_views

DRAFT = r"(?P<public_id>[A-Za-z0-9_-]{6,16})"
STEP = r"(?P<number>[0-9]{1,2})"
APPROVED = r"godkjent/(?P<number>[0-9]{1,6})"
EXPORT_KIND = r"(?P<kind>word|odt|pdf|csv|kalender)"


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

    # The routing table: every URL under the wizard, declared once. Views and templates build
    # them by name (``draft_url`` here, ``{% routablepageurl %}`` in templates).

    @path("", name="start")
    def start(self, request):
        return start_views.start(request, self)

    @path("lenke/<str:token>/", name="exchange")
    def exchange(self, request, token):
        return start_views.exchange(request, self, token)

    @re_path(rf"^{DRAFT}/$", name="draft")
    def draft_home(self, request, public_id):
        return step_views.draft_home(request, self, public_id)

    @re_path(rf"^{DRAFT}/steg/{STEP}/$", name="step")
    def step(self, request, public_id, number):
        return step_views.step(request, self, public_id, int(number))

    @re_path(rf"^{DRAFT}/steg/{STEP}/autolagring/$", name="autosave")
    def autosave(self, request, public_id, number):
        return autosave_view.autosave(request, self, public_id, int(number))

    @re_path(rf"^{DRAFT}/lenker/$", name="links")
    def links(self, request, public_id):
        return link_views.links(request, self, public_id)

    @re_path(rf"^{DRAFT}/navn/$", name="member_name")
    def member_name(self, request, public_id):
        return member_views.name(request, self, public_id)

    @re_path(rf"^{DRAFT}/historikk/$", name="history")
    def history(self, request, public_id):
        return history_views.history(request, self, public_id)

    @re_path(rf"^{DRAFT}/historikk/(?P<revision_id>[0-9]{{1,12}})/$", name="revision")
    def revision(self, request, public_id, revision_id):
        return history_views.revision(request, self, public_id, int(revision_id))

    @re_path(rf"^{DRAFT}/utskrift/$", name="print")
    def print_view(self, request, public_id):
        return export_views.print_view(request, self, public_id)

    @re_path(rf"^{DRAFT}/eksport/{EXPORT_KIND}/$", name="export")
    def export(self, request, public_id, kind):
        return export_views.export(request, self, public_id, kind)

    @re_path(rf"^{DRAFT}/godkjenning/$", name="approval")
    def approval(self, request, public_id):
        return approval_views.approval(request, self, public_id)

    @re_path(rf"^{DRAFT}/oppfolging/$", name="progress")
    def progress(self, request, public_id):
        return progress_views.progress(request, self, public_id)

    @re_path(rf"^{DRAFT}/{APPROVED}/eksport/{EXPORT_KIND}/$", name="approved_export")
    def approved_export(self, request, public_id, number, kind):
        return export_views.export(request, self, public_id, kind, int(number))

    @re_path(rf"^{DRAFT}/{APPROVED}/utskrift/$", name="approved_print")
    def approved_print(self, request, public_id, number):
        return export_views.print_view(request, self, public_id, int(number))

    @re_path(rf"^{DRAFT}/word-mal/$", name="word_template")
    def word_template(self, request, public_id):
        return template_views.word_template(request, self, public_id)

    def route_url(self, name, **kwargs):
        """The path of one of the wizard's routes, e.g. ``route_url("step", public_id=…,
        number=2)``."""
        return self.url + self.reverse_subpage(name, kwargs=kwargs or None)

    def draft_url(self, draft_or_id, name="draft", **kwargs):
        public_id = getattr(draft_or_id, "public_id", draft_or_id)
        return self.route_url(name, public_id=public_id, **kwargs)

    def draft_path(self, draft_or_id):
        """Where a draft's pages live: the path its access cookie is scoped to."""
        return self.draft_url(draft_or_id)
