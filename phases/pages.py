"""The guide's structure as pages, as veiviseren had it:

WorkProcessIndexPage  /arbeidsprosesser/
└── AreaPage          /arbeidsprosesser/<område>/            (arbeidsområde; optional)
    └── WorkProcessPage   …/<prosess>/                        linear or circular
        ├── PhasePage         …/fase-N-<navn>/                a phase in a row of phases
        │   └── SubProcessPage    …/<delprosess>/              a sub-process under a phase
        └── PlanningStepPage  …/trinn-N-<navn>/               a step of the planning circle
            └── PhasePage         …/fase-N-<navn>/            the step's own phases
"""

from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.cachetags import depends_on, model_tag, related_tag, shows_pages
from core.models import SectionIndexPage
from core.queries import ancestors, public_live
from glossary.models import GlossaryMarkingMixin
from legal.blocks import law_references_block
from legal.provisions import LegalProvision
from phases.blocks import TaskGroupBlock, ToolBlock
from phases.roles import ResponsibleRole

NUMBER_VALIDATORS = [MinValueValidator(0), MaxValueValidator(20)]


def results_field(verbose_name="Resultater", of="arbeidet"):
    return StreamField(
        [("result", blocks.CharBlock(label="Resultat", max_length=400))],
        verbose_name=verbose_name,
        blank=True,
        help_text=f"Det som skal være på plass når {of} er ferdig, ett punkt per resultat.",
    )


def task_groups_field():
    return StreamField([("task_group", TaskGroupBlock())], verbose_name="Oppgaver", blank=True)


def questions_field():
    return StreamField(
        [("question", blocks.CharBlock(label="Spørsmål", max_length=400))],
        verbose_name="Spørsmål til refleksjon",
        blank=True,
    )


def tools_field():
    return StreamField([("tool", ToolBlock())], verbose_name="Verktøy og maler", blank=True)


class CitesLaw:
    """A page with a «Lover og forskrifter» list is found by the provisions it cites, as people
    write them («husleieloven § 9-8», «protest mot oppsigelse»): the stream holds only the
    provisions' ids, which the index would not read."""

    def search_law(self):
        return ". ".join(
            f"{p.short_name} {p.section} {p.title}"
            for block in self.law_references
            if block.block_type == "provision" and (p := block.value.get("provision")) is not None
        )


LAW_SEARCH_FIELD = index.SearchField("search_law")


def law_references_field():
    return StreamField(
        law_references_block(),
        verbose_name="Lover og forskrifter",
        blank=True,
        help_text="Bestemmelsene teksten bygger på, valgt fra «Lovhjemler».",
    )


def glossary_field(related_name):
    return ParentalManyToManyField(
        "glossary.GlossaryTerm",
        verbose_name="Ord og begreper",
        blank=True,
        related_name=related_name,
    )


# What a phase and a sub-process share: a description, results, tasks, reflection questions,
# tools, law references and terms (each class adds its own first fields: the number, the
# background).
DESCRIBED_TEXT_FIELDS = [
    "short_description",
    "results_intro",
    "results",
    "task_groups",
    "reflection_questions",
]


def described_panels(results_heading):
    return [
        FieldPanel("short_description"),
        MultiFieldPanel(
            [FieldPanel("results_intro"), FieldPanel("results")], heading=results_heading
        ),
        FieldPanel("task_groups"),
        FieldPanel("reflection_questions"),
        FieldPanel("tools"),
        FieldPanel("law_references"),
        FieldPanel("glossary_terms"),
    ]


def described_search_fields():
    return [index.SearchField(name) for name in ("short_description", "results", "task_groups")]


def described_api_fields():
    return [APIField(name) for name in (*DESCRIBED_TEXT_FIELDS, "tools", "law_references")]


def live_children(page, model, request):
    """The page's live children of ``model`` in number order; no query for a page without
    children (most phases and steps have none; the page budget is 15 queries)."""
    if not page.numchild:
        return []
    order = ("number", "path") if hasattr(model, "number") else ("path",)
    return list(public_live(model.objects.child_of(page), request).order_by(*order))


def siblings_and_children(page, sibling_model, child_model, request):
    """The page's live siblings of ``sibling_model`` and live children of ``child_model`` in one
    query, as plain pages carrying their ``number`` (None for a sub-process), each list in number
    order: the chooser and the list of sub-processes or a step's phases need no more."""
    types = [ContentType.objects.get_for_model(m) for m in (sibling_model, child_model)]
    number = Coalesce(
        *[
            Subquery(m.objects.filter(pk=OuterRef("pk")).values("number")[:1])
            for m in (sibling_model, child_model)
            if hasattr(m, "number")
        ],
        Value(None, output_field=models.IntegerField()),
    )
    condition = Q(path__startswith=page.path[: -Page.steplen], depth=page.depth) & Q(
        content_type=types[0]
    )
    if page.numchild:
        condition |= Q(path__startswith=page.path, depth=page.depth + 1, content_type=types[1])
    pages = public_live(Page.objects.filter(condition), request).annotate(number=number)
    siblings, children = [], []
    for row in pages.order_by("number", "path"):
        (siblings if row.depth == page.depth else children).append(row)
    return siblings, children


def shows_roles_and_laws(request):
    """Tasks name roles and the text cites provisions: renaming either purges the page."""
    depends_on(request, model_tag(ResponsibleRole), model_tag(LegalProvision))


def nearest(page, model):
    """The closest ancestor of ``page`` of type ``model`` (a plain Page), from the ancestors
    read once per page object."""
    content_type = ContentType.objects.get_for_model(model)
    for ancestor in reversed(ancestors(page)):
        if ancestor.content_type_id == content_type.pk:
            return ancestor
    return None


class WorkProcessIndexPage(SectionIndexPage):
    subpage_types = ["phases.AreaPage", "phases.WorkProcessPage"]

    class Meta:
        verbose_name = "Oversikt over arbeidsprosesser"
        verbose_name_plural = "Oversikter over arbeidsprosesser"

    def get_context(self, request, *args, **kwargs):
        """Areas in tree order, each with its processes, and the processes outside any area
        (three queries)."""
        context = super().get_context(request, *args, **kwargs)
        areas = list(public_live(AreaPage.objects.child_of(self), request).order_by("path"))
        processes = list(
            public_live(WorkProcessPage.objects.descendant_of(self), request)
            .filter(depth__lte=self.depth + 2)
            .order_by("path")
        )
        by_area = {area.path: [] for area in areas}
        loose = []
        for process in processes:
            by_area.get(process.path[: -Page.steplen], loose).append(process)
        for area in areas:
            area.process_list = by_area[area.path]
        context.update(areas=areas, processes=loose)
        shows_pages(request, [*areas, *processes])
        return context


class AreaPage(Page):
    """An area of work (arbeidsområde) that groups work processes, as «Tilrettelegge og beholde
    bolig» on veiviseren."""

    intro = RichTextField("Kort om området", features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["phases.WorkProcessIndexPage"]
    subpage_types = ["phases.WorkProcessPage"]

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = "Arbeidsområde"
        verbose_name_plural = "Arbeidsområder"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["processes"] = list(
            public_live(WorkProcessPage.objects.child_of(self), request).order_by("path")
        )
        shows_pages(request, context["processes"])
        return context


class WorkProcessPage(CitesLaw, GlossaryMarkingMixin, Page):
    glossary_text_fields = ["intro", "background", "body"]

    class Kind(models.TextChoices):
        LINEAR = "linear", "Faser etter hverandre"
        CIRCULAR = "circular", "Sirkel av trinn (planlegging)"

    kind = models.CharField(
        "Form",
        max_length=10,
        choices=Kind.choices,
        default=Kind.LINEAR,
        help_text="En sirkel har trinn (som planstrategi og kommuneplan) i stedet for faser.",
    )
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
    law_references = law_references_field()
    glossary_terms = glossary_field("work_processes")

    parent_page_types = ["phases.WorkProcessIndexPage", "phases.AreaPage"]
    subpage_types = ["phases.PhasePage", "phases.PlanningStepPage"]

    settings_panels = [*Page.settings_panels, *GlossaryMarkingMixin.glossary_settings_panels]
    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("intro"),
        FieldPanel("background"),
        FieldPanel("body"),
        FieldPanel("law_references"),
        FieldPanel("glossary_terms"),
    ]
    search_fields = [
        *Page.search_fields,
        LAW_SEARCH_FIELD,
        index.SearchField("intro"),
        index.SearchField("background"),
        index.SearchField("body"),
        index.FilterField("kind"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("intro"),
        APIField("background"),
        APIField("body"),
        APIField("law_references"),
    ]

    class Meta:
        verbose_name = "Arbeidsprosess"
        verbose_name_plural = "Arbeidsprosesser"

    @property
    def is_circular(self):
        return self.kind == self.Kind.CIRCULAR

    def get_phases(self, request=None):
        return live_children(self, PhasePage, request)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A circle has steps, a row of phases has phases: one query, not two.
        context["phases"] = [] if self.is_circular else self.get_phases(request)
        context["steps"] = (
            live_children(self, PlanningStepPage, request) if self.is_circular else []
        )
        context["process"] = self
        context["area"] = nearest(self, AreaPage)
        context["glossary"] = list(self.glossary_terms.filter(live=True).order_by("term"))
        shows_pages(request, [*context["phases"], *context["steps"]])
        shows_roles_and_laws(request)
        return context


class PlanningStepPage(CitesLaw, GlossaryMarkingMixin, Page):
    """A step (trinn) of a circular planning process, as «Kommuneplanens arealdel»."""

    glossary_text_fields = ["who_does_what", "background", "description", "task_groups"]
    number = models.PositiveSmallIntegerField(
        "Trinn", validators=NUMBER_VALIDATORS, help_text="Plassen i sirkelen, fra 1."
    )
    who_does_what = RichTextField(
        "Hvem gjør hva i dette trinnet?", features=RICH_TEXT_FEATURES, blank=True
    )
    background = RichTextField(
        "Bakgrunn for dette arbeidet", features=RICH_TEXT_FEATURES, blank=True
    )
    description = RichTextField("Kort beskrivelse", features=RICH_TEXT_FEATURES)
    task_groups = task_groups_field()
    tools = tools_field()
    law_references = law_references_field()
    glossary_terms = glossary_field("planning_steps")

    parent_page_types = ["phases.WorkProcessPage"]
    subpage_types = ["phases.PhasePage"]

    settings_panels = [*Page.settings_panels, *GlossaryMarkingMixin.glossary_settings_panels]
    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        FieldPanel("who_does_what"),
        FieldPanel("background"),
        FieldPanel("description"),
        FieldPanel("task_groups"),
        FieldPanel("tools"),
        FieldPanel("law_references"),
        FieldPanel("glossary_terms"),
    ]
    search_fields = [
        *Page.search_fields,
        LAW_SEARCH_FIELD,
        index.SearchField("who_does_what"),
        index.SearchField("background"),
        index.SearchField("description"),
        index.SearchField("task_groups"),
        index.FilterField("number"),
    ]
    api_fields = [
        APIField("number"),
        APIField("who_does_what"),
        APIField("background"),
        APIField("description"),
        APIField("task_groups"),
        APIField("tools"),
        APIField("law_references"),
    ]

    class Meta:
        verbose_name = "Trinn i planprosess"
        verbose_name_plural = "Trinn i planprosesser"

    @property
    def label(self):
        return f"Trinn {self.number}: {self.title}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        steps, phases = siblings_and_children(self, PlanningStepPage, PhasePage, request)
        position = next((i for i, s in enumerate(steps) if s.pk == self.pk), None)
        context.update(
            process=ancestors(self)[-1],
            steps=steps,
            previous_step=steps[position - 1] if position else None,
            next_step=steps[position + 1]
            if position is not None and position + 1 < len(steps)
            else None,
            phases=phases,
            glossary=list(self.glossary_terms.filter(live=True).order_by("term")),
        )
        shows_pages(request, [*steps, *phases])
        shows_roles_and_laws(request)
        return context


class PhasePage(CitesLaw, GlossaryMarkingMixin, Page):
    glossary_text_fields = [*DESCRIBED_TEXT_FIELDS]
    number = models.PositiveSmallIntegerField(
        "Fasenummer",
        validators=NUMBER_VALIDATORS,
        help_text="Rekkefølgen i prosessen. 0 kan brukes for en forfase.",
    )
    short_description = RichTextField("Kort beskrivelse av fasen", features=RICH_TEXT_FEATURES)
    results_intro = models.CharField("Innledning til resultatene", max_length=300, blank=True)
    results = results_field("Resultater fra fasen", of="fasen")
    task_groups = task_groups_field()
    reflection_questions = questions_field()
    tools = tools_field()
    law_references = law_references_field()
    glossary_terms = glossary_field("phases")

    parent_page_types = ["phases.WorkProcessPage", "phases.PlanningStepPage"]
    subpage_types = ["phases.SubProcessPage"]
    EXAMPLES_SHOWN = 12

    settings_panels = [*Page.settings_panels, *GlossaryMarkingMixin.glossary_settings_panels]
    content_panels = [
        *Page.content_panels,
        FieldPanel("number"),
        *described_panels("Resultater fra fasen"),
    ]
    search_fields = [
        *Page.search_fields,
        LAW_SEARCH_FIELD,
        *described_search_fields(),
        index.SearchField("search_label"),
        index.FilterField("number"),
    ]
    api_fields = [APIField("number"), *described_api_fields()]

    class Meta:
        verbose_name = "Fase"
        verbose_name_plural = "Faser"

    @property
    def label(self):
        return f"Fase {self.number}: {self.title}"

    def search_label(self):
        """«Fase 2 i Organisering og tverrfaglig samarbeid»: people search for a phase by its
        number and its process (or planning step), which the page's own fields do not say."""
        parent = self.get_parent()
        return f"Fase {self.number} i {parent.title}" if parent else f"Fase {self.number}"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = ancestors(self)[-1]  # the process, or the planning step the phase belongs to
        phases, subprocesses = siblings_and_children(self, PhasePage, SubProcessPage, request)
        position = next((i for i, p in enumerate(phases) if p.pk == self.pk), None)
        context.update(
            process=nearest(self, WorkProcessPage),
            parent=parent,
            phases=phases,
            previous_phase=phases[position - 1] if position else None,
            next_phase=(
                phases[position + 1]
                if position is not None and position + 1 < len(phases)
                else None
            ),
            subprocesses=subprocesses,
            glossary=list(self.glossary_terms.filter(live=True).order_by("term")),
            **self.examples_shown(request),
        )
        shown = [page for page in (context["process"], parent) if page is not None]
        shows_pages(request, [*shown, *phases, *subprocesses, *context["examples"]])
        depends_on(request, related_tag("phase", self.pk))
        shows_roles_and_laws(request)
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


class SubProcessPage(CitesLaw, GlossaryMarkingMixin, Page):
    """A sub-process under a phase (delprosess), as «Gjennomføring av utkastelse» under
    «Forhindre utkastelser»: its own background, description, results and tasks."""

    glossary_text_fields = ["background", *DESCRIBED_TEXT_FIELDS]
    background = RichTextField("Bakgrunn", features=RICH_TEXT_FEATURES, blank=True)
    short_description = RichTextField("Kort beskrivelse", features=RICH_TEXT_FEATURES)
    results_intro = models.CharField("Innledning til resultatene", max_length=300, blank=True)
    results = results_field()
    task_groups = task_groups_field()
    reflection_questions = questions_field()
    tools = tools_field()
    law_references = law_references_field()
    glossary_terms = glossary_field("subprocesses")

    parent_page_types = ["phases.PhasePage"]
    subpage_types = []

    settings_panels = [*Page.settings_panels, *GlossaryMarkingMixin.glossary_settings_panels]
    content_panels = [
        *Page.content_panels,
        FieldPanel("background"),
        *described_panels("Resultater"),
    ]
    search_fields = [
        *Page.search_fields,
        LAW_SEARCH_FIELD,
        index.SearchField("background"),
        *described_search_fields(),
    ]
    api_fields = [APIField("background"), *described_api_fields()]

    class Meta:
        verbose_name = "Delprosess"
        verbose_name_plural = "Delprosesser"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            process=nearest(self, WorkProcessPage),
            phase=ancestors(self)[-1],
            glossary=list(self.glossary_terms.filter(live=True).order_by("term")),
        )
        shows_pages(request, [page for page in (context["process"], context["phase"]) if page])
        shows_roles_and_laws(request)
        return context
