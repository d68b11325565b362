"""Pages about the portal itself: what it is, privacy, accessibility. Linked from the footer."""

from django.db import models

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock


class InformationPage(Page):
    intro = models.TextField("Ingress", max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name="Innhold", blank=True)
    last_updated = models.DateField(
        "Sist oppdatert",
        null=True,
        blank=True,
        help_text="Vises på siden. Personvern- og tilgjengelighetserklæringer skal ha dato.",
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("last_updated"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = "Informasjonsside"
        verbose_name_plural = "Informasjonssider"
