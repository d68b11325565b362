"""The glossary (ordliste): terms as snippets with drafts and revisions, each with its own URL."""

import re

from django.db import models
from django.db.models import Q
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Page, PreviewableMixin, RevisionMixin
from wagtail.search import index

from core.cachetags import CONTENT, depends_on, model_tag
from core.models import SectionIndexPage
from core.queries import public_live
from core.text import NORWEGIAN_ALPHABET, norwegian_sort_key
from legal.blocks import law_references_block

VARIANT_SEPARATORS = re.compile(r"[,\n;]+")


class GlossaryMarkingMixin(models.Model):
    """Pages whose text gets glossary terms explained where they appear (editors can opt out)."""

    mark_glossary_terms = models.BooleanField(
        "Forklar begreper i teksten",
        default=True,
        help_text=(
            "Første gang et begrep fra ordlisten står i teksten, blir det en lenke med en kort "
            "forklaring. Slå av for sider der det forstyrrer."
        ),
    )

    glossary_settings_panels = [FieldPanel("mark_glossary_terms")]
    # The fields whose text is searched for terms (the same parts the templates mark).
    glossary_text_fields = []

    class Meta:
        abstract = True


class GlossaryTerm(
    PreviewableMixin, DraftStateMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    term = models.CharField("Begrep", max_length=120, unique=True)
    slug = models.SlugField(
        "Adresse",
        max_length=120,
        unique=True,
        allow_unicode=False,
        help_text="Brukes i lenken /ordliste/<adresse>/. Små bokstaver a–z, tall og bindestrek.",
    )
    definition = models.TextField(
        "Definisjon",
        max_length=1000,
        help_text="Kort forklaring i ren tekst, 1–3 setninger. Vises der begrepet står i teksten.",
    )
    variants = models.TextField(
        "Varianter og bøyningsformer",
        blank=True,
        help_text="Én per linje eller kommaseparert, for eksempel «mandatet, mandater, mandata».",
    )
    related_terms = ParentalManyToManyField(
        "self", verbose_name="Beslektede begreper", blank=True, symmetrical=False
    )
    law_references = StreamField(
        law_references_block(),
        verbose_name="Lover og forskrifter",
        blank=True,
        help_text="Bestemmelsene begrepet kommer fra, valgt fra «Lovhjemler».",
    )

    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("definition"),
        FieldPanel("variants"),
        FieldPanel("related_terms"),
        FieldPanel("law_references"),
    ]
    search_fields = [
        index.SearchField("term", boost=5),
        index.AutocompleteField("term"),
        index.SearchField("variants", boost=2),
        index.SearchField("definition"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = "Begrep"
        verbose_name_plural = "Ordliste"
        ordering = ["term"]

    def __str__(self):
        return self.term

    @property
    def variant_list(self):
        return [v.strip() for v in VARIANT_SEPARATORS.split(self.variants) if v.strip()]

    @property
    def initial(self):
        return self.term[:1].upper()

    def get_url(self, request=None):
        """/ordliste/<slug>/ under the live glossary section (looked up once per request)."""
        index = getattr(request, "_portal_glossary_index", None)
        if index is None:
            index = GlossaryIndexPage.objects.live().first()
            if request is not None:
                request._portal_glossary_index = index
        if index is None:
            return ""
        return f"{index.get_url(request)}{self.slug}/"

    def get_preview_template(self, request, mode_name):
        return "glossary/glossary_term_page.html"

    def get_preview_context(self, request, mode_name):
        return {"term": self, "related_terms": self.related_terms.all(), "used_on": []}


class GlossaryIndexPage(RoutablePageMixin, SectionIndexPage):
    subpage_types = []

    class Meta:
        verbose_name = "Ordliste"
        verbose_name_plural = "Ordlister"

    def cache_dependencies(self, request):
        return [model_tag(GlossaryTerm)]

    @path("")
    def index_view(self, request):
        terms = sorted(
            GlossaryTerm.objects.filter(live=True).only("term", "slug", "definition"),
            key=lambda t: norwegian_sort_key(t.term),
        )
        groups = {}
        for term in terms:
            groups.setdefault(term.initial, []).append(term)
        return self.render(
            request, context_overrides={"term_groups": groups, "alphabet": NORWEGIAN_ALPHABET}
        )

    def get_sitemap_urls(self, request=None):
        """The index and every published term's own page (routes, not pages in the tree)."""
        base = self.get_full_url(request)  # ends in «/»; reverse_subpage gives «<slug>/»
        terms = GlossaryTerm.objects.filter(live=True).only("slug", "last_published_at")
        return [
            *super().get_sitemap_urls(request),
            *(
                {
                    "location": base + self.reverse_subpage("term_view", args=[term.slug]),
                    "lastmod": term.last_published_at,
                }
                for term in terms.order_by("slug")
            ),
        ]

    @path("<slug:slug>/")
    def term_view(self, request, slug):
        term = get_object_or_404(GlossaryTerm, slug=slug, live=True)
        depends_on(request, CONTENT)  # «Brukes på disse sidene» lists pages from anywhere
        context = self.get_context(request)
        context.update(
            term=term,
            related_terms=list(term.related_terms.filter(live=True).order_by("term")),
            used_on=list(term_usage(term, request)),
        )
        return TemplateResponse(request, "glossary/glossary_term_page.html", context)


def term_usage(term, request=None):
    """Live, public pages whose text uses the term, or whose editors listed it (one query)."""
    pages = Page.objects.filter(
        Q(id__in=term.usages.values("page_id"))
        | Q(id__in=term.work_processes.values("id"))
        | Q(id__in=term.phases.values("id"))
        | Q(id__in=term.planning_steps.values("id"))
        | Q(id__in=term.subprocesses.values("id"))
    )
    return public_live(pages, request).order_by("title")


class GlossaryTermUsage(models.Model):
    """Which live pages use a term in their text; kept up to date on publish (see usage.py)."""

    term = models.ForeignKey(GlossaryTerm, on_delete=models.CASCADE, related_name="usages")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["term", "page"], name="unique_term_usage_per_page")
        ]
        verbose_name = "Bruk av begrep"
        verbose_name_plural = "Bruk av begreper"

    def __str__(self):
        return f"{self.term} på side {self.page_id}"
