"""Work processes (arbeidsprosesser) and their ordered phases (faser)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.cachetags import depends_on, related_tag, shows_pages
from core.models import SectionIndexPage
from core.queries import ancestors, public_live
from glossary.models import GlossaryMarkingMixin
from phases.blocks import TaskGroupBlock, ToolBlock


class WorkProcessIndexPage(SectionIndexPage):
    subpage_types = ["phases.WorkProcessPage"]

    class Meta:
        verbose_name = "Oversikt over arbeidsprosesser"
        verbose_name_plural = "Oversikter over arbeidsprosesser"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["processes"] = list(
            public_live(WorkProcessPage.objects.child_of(self), request).order_by("path")
        )
        return context


class WorkProcessPage(GlossaryMarkingMixin, Page):
    glossary_text_fields = ["intro", "background", "body"]
    intro = RichTextField(
        "Kort om arbeidsprosessen", features=RICH_TEXT_FEATURES, help_text="Vises øverst på siden."
    )
    background = RichTextField(
        "Bakgrunn",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Hva får en kommune til å starte denne prosessen?",
    )
    body = StreamField(BodyBlock(), verbose_name="Innhold", blank=True)
    glossary_terms = ParentalManyToManyField(
        "glossary.GlossaryTerm",
        verbose_name="Ord og begreper",
        blank=True,
        related_name="work_processes",
    )

    parent_page_types = ["phases.WorkProcessIndexPage"]
    subpage_types = ["phases.PhasePage"]

    settings_panels = [*Page.settings_panels, *GlossaryMarkingMixin.glossary_settings_panels]
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("background"),
        FieldPanel("body"),
        FieldPanel("glossary_terms"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("background"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "Arbeidsprosess"
        verbose_name_plural = "Arbeidsprosesser"

    def get_phases(self, request=None):
        return list(
            public_live(PhasePage.objects.child_of(self), request).order_by("number", "path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["phases"] = self.get_phases(request)
        context["process"] = self
        context["glossary"] = list(self.glossary_terms.filter(live=True).order_by("term"))
        return context


class PhasePage(GlossaryMarkingMixin, Page):
    glossary_text_fields = [
        "short_description",
        "results_intro",
        "results",
        "task_groups",
        "reflection_questions",
    ]
    number = models.PositiveSmallIntegerField(
        "Fasenummer",
        validators=[MinValueValidator(0), MaxValueValidator(20)],
        help_text="Rekkefølgen i prosessen. 0 kan brukes for en forfase.",
    )
    short_description = RichTextField("Kort beskrivelse av fasen", features=RICH_TEXT_FEATURES)
    results_intro = models.CharField("Innledning til resultatene", max_length=300, blank=True)
    results = StreamField(
        [("result", blocks.CharBlock(label="Resultat", max_length=400))],
        verbose_name="Resultater fra fasen",
        blank=True,
        help_text="Det som skal være på plass når fasen er ferdig, ett punkt per resultat.",
    )
    task_groups = StreamField(
        [("task_group", TaskGroupBlock())], verbose_name="Oppgaver", blank=True
    )
    reflection_questions = StreamField(
        [("question", blocks.CharBlock(label="Spørsmål", max_length=400))],
        verbose_name="Spørsmål til refleksjon",
        blank=True,
    )
    tools = StreamField([("tool", ToolBlock())], verbose_name="Verktøy og maler", blank=True)
    glossary_terms = ParentalManyToManyField(
        "glossary.GlossaryTerm", verbose_name="Ord og begreper", blank=True, related_name="phases"
    )

    parent_page_types = ["phases.WorkProcessPage"]
    subpage_types = []
    EXAMPLES_SHOWN = 12

    settings_panels = [*Page.settings_panels, *GlossaryMarkingMixin.glossary_settings_panels]
    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        FieldPanel("short_description"),
        MultiFieldPanel(
            [FieldPanel("results_intro"), FieldPanel("results")], heading="Resultater fra fasen"
        ),
        FieldPanel("task_groups"),
        FieldPanel("reflection_questions"),
        FieldPanel("tools"),
        FieldPanel("glossary_terms"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("short_description"),
        index.SearchField("results"),
        index.SearchField("task_groups"),
        index.SearchField("search_label"),
        index.FilterField("number"),
    ]

    def search_label(self):
        """«Fase 2 i Organisering og tverrfaglig samarbeid»: people search for a phase by its
        number and its process, which the page's own fields do not say."""
        parent = self.get_parent()
        return f"Fase {self.number} i {parent.title}" if parent else f"Fase {self.number}"

    class Meta:
        verbose_name = "Fase"
        verbose_name_plural = "Faser"

    @property
    def label(self):
        return f"Fase {self.number}: {self.title}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        process = ancestors(self)[-1]
        phases = list(
            public_live(PhasePage.objects.sibling_of(self), request).order_by("number", "path")
        )
        position = next((i for i, p in enumerate(phases) if p.pk == self.pk), None)
        context.update(
            process=process,
            phases=phases,
            previous_phase=phases[position - 1] if position else None,
            next_phase=(
                phases[position + 1]
                if position is not None and position + 1 < len(phases)
                else None
            ),
            glossary=list(self.glossary_terms.filter(live=True).order_by("term")),
            **self.examples_shown(request),
        )
        shows_pages(request, [process, *phases, *context["examples"]])
        depends_on(request, related_tag("phase", self.pk))
        return context

    def examples_shown(self, request):
        """The newest ``EXAMPLES_SHOWN`` examples from this phase and how many there are; the
        page links to the listing filtered on the phase for the rest. Listing them all made the
        page 5.5 MB at 50,000 examples."""
        linked = public_live(self.examples.all(), request)
        examples = list(
            linked.select_related("municipality").order_by("-first_published_at", "-pk")[
                : self.EXAMPLES_SHOWN + 1
            ]
        )
        count = len(examples)
        if count > self.EXAMPLES_SHOWN:
            count = linked.count()
        return {"examples": examples[: self.EXAMPLES_SHOWN], "examples_count": count}
