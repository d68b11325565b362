"""The example bank (eksempler og erfaringer): an index page and one page per municipal case."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import connection, models, transaction
from django.template.response import TemplateResponse
from django.utils.text import slugify

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import ItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.coreutils import find_available_slug
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BodyBlock
from core.cachetags import depends_on, model_tag, related_tag, shows_pages, type_tag
from core.http import see_other
from core.models import SectionIndexPage
from core.queries import public_live
from examples.feeds import NewExamplesFeed
from examples.listing import count_response, listing_context
from examples.proposals import ProposalForm, over_rate_limit, page_fields
from examples.snippets import ExampleTheme, TargetGroup
from glossary.models import GlossaryMarkingMixin
from phases.models import PhasePage
from places.history import history
from places.regions import County, Municipality

YEAR_VALIDATORS = [MinValueValidator(1990), MaxValueValidator(2100)]


class ExamplePageTag(ItemBase):
    tag = models.ForeignKey(ExampleTheme, related_name="tagged_examples", on_delete=models.CASCADE)
    content_object = ParentalKey(
        "examples.ExamplePage", related_name="tagged_items", on_delete=models.CASCADE
    )

    class Meta:
        # The newest examples of a theme, read backwards (similar_example_ids).
        indexes = [models.Index(fields=["tag", "content_object"], name="examples_tag_example")]


class ExampleIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = ["examples.ExamplePage"]
    page_size = 20

    class Meta:
        verbose_name = "Eksempeloversikt"
        verbose_name_plural = "Eksempeloversikter"

    @path("foreslaa/")
    def propose(self, request):
        """«Foreslå et eksempel»: a valid proposal becomes a draft in moderation (proposals.py)."""
        form = ProposalForm(request.POST or None)
        status = 200
        limited = False
        if request.method == "POST":
            if over_rate_limit(request):
                limited, status = True, 429
            elif form.is_valid():
                if not form.is_spam:  # a robot is thanked like anyone else; nothing is saved
                    self.create_proposal(page_fields(form.cleaned_data))
                return see_other(self.url + self.reverse_subpage("proposal_received"))
        context = {
            **self.get_context(request),
            "form": form,
            "rate_limited": limited,
            "extra_crumb": "Foreslå et eksempel",
        }
        response = TemplateResponse(request, "examples/proposal_form.html", context, status=status)
        response["Cache-Control"] = "no-store"
        return response

    @transaction.atomic
    def create_proposal(self, fields):
        """One draft example in the moderation workflow; nothing is published. The moderators
        are told by the workflow's notification."""
        base = slugify(fields["title"])[:60] or "forslag"
        page = ExamplePage(slug=find_available_slug(self, base), live=False, **fields)
        self.add_child(instance=page)
        page.save_revision()
        workflow = page.get_workflow()
        if workflow is not None:
            workflow.start(page, None)
        return page

    @path("atom/", name="atom_feed")
    def atom_feed(self, request):
        return NewExamplesFeed()(request, index=self)

    def newest_examples(self, request=None):
        examples = public_live(ExamplePage.objects.child_of(self), request)
        return examples.select_related("municipality").order_by("-first_published_at", "-pk")

    @path("antall/", name="count")
    def count(self, request):
        examples = public_live(ExamplePage.objects.child_of(self), request)
        return count_response(request, examples, scope=self.pk)

    @path("foreslaa/takk/", name="proposal_received")
    def proposal_received(self, request):
        return TemplateResponse(
            request,
            "examples/proposal_thanks.html",
            {**self.get_context(request), "extra_crumb": "Foreslå et eksempel"},
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        examples = public_live(ExamplePage.objects.child_of(self), request)
        context.update(listing_context(request, examples, self.page_size, scope=self.pk))
        # The facets name themes, target groups, municipalities' counties and phases.
        depends_on(
            request,
            *(model_tag(model) for model in (ExampleTheme, TargetGroup, Municipality, County)),
            type_tag(PhasePage),
        )
        return context


SIMILAR_CANDIDATES = 200


def similar_example_ids(example_id, limit):
    """Ids of live examples sharing the most themes (×2) and phases with ``example_id``, newest
    first among equals; each theme and phase contributes at most its newest
    ``SIMILAR_CANDIDATES`` examples (one bounded index scan each)."""
    page = Page._meta.db_table
    # (kind, weight, link table, its example column, its theme or phase column)
    links = [
        ("t", 2, ExamplePageTag._meta.db_table, "content_object_id", "tag_id"),
        ("p", 1, ExamplePage.phases.through._meta.db_table, "examplepage_id", "phasepage_id"),
    ]
    mine = " UNION ALL ".join(
        f"SELECT {other} AS id, {weight} AS weight, '{kind}' AS kind FROM {table} "  # noqa: S608
        f"WHERE {example} = %(example)s"
        for kind, weight, table, example, other in links
    )
    candidates = " UNION ALL ".join(
        f"""SELECT c.example_id, mine.weight FROM mine CROSS JOIN LATERAL (
                SELECT l.{example} AS example_id FROM {table} l
                JOIN {page} p ON p.id = l.{example} AND p.live
                WHERE mine.kind = '{kind}' AND l.{other} = mine.id AND l.{example} <> %(example)s
                ORDER BY l.{example} DESC LIMIT {SIMILAR_CANDIDATES}
            ) c"""  # noqa: S608 (names from model metadata, values are parameters)
        for kind, _weight, table, example, other in links
    )
    sql = f"""
        WITH mine AS ({mine}), candidates AS ({candidates})
        SELECT example_id FROM candidates
        GROUP BY example_id
        ORDER BY sum(weight) DESC, example_id DESC
        LIMIT %(limit)s
    """  # noqa: S608 (table names from model metadata; values are parameters)
    with connection.cursor() as cursor:
        cursor.execute(sql, {"example": example_id, "limit": limit})
        return [row[0] for row in cursor.fetchall()]


class ExamplePage(GlossaryMarkingMixin, Page):
    glossary_text_fields = ["summary", "background", "body", "results"]
    route_select_related = ["municipality__county", "municipality__current_county"]

    class Language(models.TextChoices):
        BOKMAAL = "nb", "Bokmål"
        NYNORSK = "nn", "Nynorsk"

    municipality = models.ForeignKey(
        "places.Municipality",
        verbose_name="Kommune",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="examples",
        help_text="Tomt bare når arbeidet ikke hører til én kommune.",
    )
    responsible_unit = models.CharField("Ansvarlig enhet", max_length=200, blank=True)
    summary = models.TextField(
        "Oppsummert", max_length=600, help_text="Kort sammendrag som vises i lister og søk."
    )
    background = RichTextField("Bakgrunn og utfordring", features=RICH_TEXT_FEATURES, blank=True)
    body = StreamField(BodyBlock(), verbose_name="Hva ble gjort", blank=True)
    results = RichTextField("Resultater", features=RICH_TEXT_FEATURES, blank=True)
    tags = ClusterTaggableManager(
        "Temaer",
        through=ExamplePageTag,
        blank=True,
        help_text="Velg 2–5 temaer fra listen. Nye temaer legges inn av moderatorene.",
    )
    target_groups = ParentalManyToManyField(
        "examples.TargetGroup", verbose_name="Målgrupper", blank=True, related_name="examples"
    )
    phases = ParentalManyToManyField(
        "phases.PhasePage",
        verbose_name="Faser eksempelet belyser",
        blank=True,
        related_name="examples",
    )
    start_year = models.PositiveSmallIntegerField(
        "Startår", null=True, blank=True, validators=YEAR_VALIDATORS
    )
    end_year = models.PositiveSmallIntegerField(
        "Sluttår",
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text="Tomt hvis arbeidet pågår.",
    )
    language = models.CharField(
        "Målform", max_length=2, choices=Language.choices, default=Language.BOKMAAL
    )
    source_url = models.URLField("Lenke til kilden", max_length=500, blank=True)
    source_title = models.CharField(
        "Kildens tittel",
        max_length=300,
        blank=True,
        help_text="Tittelen på den opprinnelige publiseringen, som en side på veiviseren.no.",
    )
    source_published = models.CharField(
        "Publisert",
        max_length=10,
        blank=True,
        validators=[
            RegexValidator(
                r"^\d{4}(-\d{2}(-\d{2})?)?$",
                "Skriv året (2019), måneden (2019-05) eller datoen (2019-05-14).",
            )
        ],
        help_text="Når kilden ble publisert: år, år-måned eller dato, så nøyaktig som kjent.",
    )
    contact_name = models.CharField("Kontaktperson", max_length=150, blank=True)
    contact_role = models.CharField("Stilling og enhet", max_length=200, blank=True)
    contact_email = models.EmailField("E-post", blank=True)
    last_reviewed = models.DateField("Sist vurdert", null=True, blank=True)

    parent_page_types = ["examples.ExampleIndexPage"]
    subpage_types = []

    settings_panels = [*Page.settings_panels, *GlossaryMarkingMixin.glossary_settings_panels]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("responsible_unit"),
                FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
                FieldPanel("language"),
            ],
            heading="Fakta",
        ),
        FieldPanel("summary"),
        FieldPanel("background"),
        FieldPanel("body"),
        FieldPanel("results"),
        MultiFieldPanel(
            [FieldPanel("tags"), FieldPanel("target_groups"), FieldPanel("phases")],
            heading="Tema, målgrupper og faser",
        ),
        MultiFieldPanel(
            [FieldPanel("source_url"), FieldPanel("source_title"), FieldPanel("source_published")],
            heading="Kilde (valgfritt)",
        ),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_role"), FieldPanel("contact_email")],
            heading="Kontaktperson (valgfritt)",
        ),
        FieldPanel("last_reviewed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("background"),
        index.SearchField("body"),
        index.SearchField("results"),
        index.SearchField("responsible_unit"),
        index.RelatedFields(
            "municipality",
            [index.SearchField("name", boost=3), index.SearchField("label")],
        ),
        # What the fact box shows, searchable and weighted as the municipality (weight C, which
        # the search counts as a strong match): themes, place with former counties, target
        # groups; phases as body text.
        index.RelatedFields("tags", [index.SearchField("name", boost=3)]),
        index.SearchField("search_place", boost=3),
        index.SearchField("search_groups", boost=3),
        index.SearchField("search_phases"),
        index.FilterField("language"),
        index.FilterField("start_year"),
    ]

    class Meta:
        verbose_name = "Eksempel"
        verbose_name_plural = "Eksempler"

    # modelsearch's PostgreSQL backend reads every search field five times per object (title,
    # autocomplete, body and the two text columns), so each fact-box value below ran its queries
    # five times: 44 queries and 67 ms to index one example. Each is computed once per indexing
    # (get_indexed_instance starts every indexing afresh): 12 queries.
    def get_indexed_instance(self):
        indexed = super().get_indexed_instance()
        if indexed is not None:
            indexed.__dict__.pop("_search_values", None)
        return indexed

    def _search_value(self, compute):
        values = self.__dict__.setdefault("_search_values", {})
        if compute.__name__ not in values:
            values[compute.__name__] = compute()
        return values[compute.__name__]

    def search_place(self):
        return self._search_value(self._place_facts)

    def search_groups(self):
        return self._search_value(self._group_names)

    def search_phases(self):
        return self._search_value(self._phase_names)

    def _place_facts(self):
        """«Vestland fylke, tidligere Hordaland fylke, kommunenummer 4626 1246, tidligere Fjell
        kommune, mellomstor kommune»: the fact box with the place's names through the reforms,
        from the register (places.history)."""
        municipality = self.municipality
        if municipality is None:
            return ""
        place = history(municipality)
        parts = [f"{place.county} fylke"] if place.county else []
        parts += [f"tidligere {name} fylke" for name, _year in place.former_counties]
        parts.append("kommunenummer " + " ".join(place.numbers))
        parts += [f"tidligere {name} kommune" for name, _year in place.former_names]
        parts += [f"nå {name} kommune" for name in place.later_names]
        if municipality.size_class:
            parts.append(f"{municipality.get_size_class_display()} kommune")
        return ", ".join(parts)

    def _group_names(self):
        return ", ".join(group.name for group in self.target_groups.all())

    def _phase_names(self):
        return ", ".join(
            f"{phase.title} {phase.get_parent().title}" if phase.depth else phase.title
            for phase in self.phases.all()
        )

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": "Sluttåret kan ikke være før startåret."})

    @property
    def is_public_proposal(self):
        """Sent in through «Foreslå et eksempel» and never published: no editor owns it (a page
        made in the admin always has an owner). The moderators' notification says so."""
        return self.owner_id is None and self.first_published_at is None

    @property
    def period(self):
        if self.start_year and self.end_year:
            if self.start_year == self.end_year:
                return str(self.start_year)
            return f"{self.start_year}–{self.end_year}"
        if self.start_year:
            return f"Fra {self.start_year}"
        return ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # In a preview (draft, workflow, revision) ``self.phases`` is modelcluster's in-memory
        # FakeQuerySet of the revision's phases; their ids are looked up among public live pages.
        phase_ids = self.phases.values_list("id", flat=True)
        phases = list(
            public_live(PhasePage.objects.filter(id__in=phase_ids), request).order_by("number")
        )
        # Read here, not lazily in the template: the cache tags need them too. Sorted in Python,
        # as a preview's FakeQuerySet would not sort by a related field.
        themes = sorted(self.tags.all(), key=lambda theme: theme.name)
        related = self.related_examples(request)
        context.update(
            example_phases=phases,
            themes=themes,
            target_groups=sorted(self.target_groups.all(), key=lambda group: group.name),
            related_examples=related,
        )
        # The fact box names the municipality and its county, themes and target groups; similar
        # examples change whenever an example sharing a theme or phase does (cache_purges below).
        shows_pages(request, [*phases, *related])
        depends_on(
            request,
            model_tag(Municipality),
            model_tag(County),
            model_tag(ExampleTheme),
            model_tag(TargetGroup),
            *(related_tag("theme", theme.pk) for theme in themes),
            *(related_tag("phase", phase.pk) for phase in phases),
        )
        return context

    def cache_purges(self):
        """Publishing or unpublishing this example changes the pages that list examples by its
        themes and phases: the phase pages and other examples' «similar examples»."""
        return [
            *(related_tag("theme", pk) for pk in self.theme_ids()),
            *(related_tag("phase", pk) for pk in self.phase_ids()),
        ]

    def theme_ids(self):
        return list(
            ExamplePageTag.objects.filter(content_object_id=self.pk).values_list(
                "tag_id", flat=True
            )
        )

    def phase_ids(self):
        return list(
            ExamplePage.phases.through.objects.filter(examplepage_id=self.pk).values_list(
                "phasepage_id", flat=True
            )
        )

    def related_examples(self, request=None, limit=5):
        """Other examples sharing themes or phases with this one, most shared first.

        A shared theme weighs twice a shared phase: themes say what the work was about. Only the
        newest ``SIMILAR_CANDIDATES`` live examples of each theme and phase are scored, found
        through the (theme, example) and (phase, example) indexes, so the cost does not grow with
        the example bank: scoring every example took 423 ms at 50,000 examples."""
        ids = similar_example_ids(self.pk, limit * 4)
        found = {
            page.pk: page
            for page in public_live(ExamplePage.objects.filter(pk__in=ids), request).select_related(
                "municipality"
            )
        }
        return [found[pk] for pk in ids if pk in found][:limit]
