"""Reports and presentations (ressurser) that phases and examples build on."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.models import SectionIndexPage
from core.queries import public_live
from glossary.models import GlossaryMarkingMixin


class ResourceIndexPage(SectionIndexPage):
    subpage_types = ["home.ResourcePage"]

    class Meta:
        verbose_name = "Ressursoversikt"
        verbose_name_plural = "Ressursoversikter"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["resources"] = list(
            public_live(ResourcePage.objects.child_of(self), request).order_by("-year", "title")
        )
        return context


class ResourcePage(GlossaryMarkingMixin, Page):
    glossary_text_fields = ["summary", "body"]

    class Kind(models.TextChoices):
        REPORT = "report", "Rapport"
        PRESENTATION = "presentation", "Presentasjon"
        GUIDE = "guide", "Veileder"
        TOOL = "tool", "Verktøy"

    kind = models.CharField("Type", max_length=20, choices=Kind.choices, default=Kind.REPORT)
    authors = models.CharField("Forfattere", max_length=300, blank=True, help_text="Kommaseparert.")
    publisher = models.CharField("Utgiver", max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(
        "År", null=True, blank=True, validators=[MinValueValidator(1950), MaxValueValidator(2100)]
    )
    summary = models.TextField("Sammendrag", max_length=1000)
    body = StreamField(BodyBlock(), verbose_name="Innhold", blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="Dokument",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_url = models.URLField("Ekstern lenke", blank=True)

    parent_page_types = ["home.ResourceIndexPage"]
    subpage_types = []

    settings_panels = [*Page.settings_panels, *GlossaryMarkingMixin.glossary_settings_panels]
    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldPanel("year"),
            ],
            heading="Om ressursen",
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("link_url")], heading="Dokument eller lenke"
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.SearchField("body"),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.FilterField("kind"),
        index.FilterField("year"),
    ]

    class Meta:
        verbose_name = "Ressurs"
        verbose_name_plural = "Ressurser"
