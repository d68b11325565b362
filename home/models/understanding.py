"""«Forstå helheten»: what good social-housing work rests on (the six success factors), and the
user and next-of-kin organisations a municipality can involve. The glossary, the third part of
veiviseren's «Forstå helheten», is its own section (/ordliste/), linked from here."""

from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES


class SuccessFactorBlock(blocks.StructBlock):
    title = blocks.CharBlock(label="Suksessfaktor", max_length=120)
    summary = blocks.TextBlock(label="Kort fortalt", help_text="1–2 setninger.")
    body = blocks.RichTextBlock(label="Utdyping", features=RICH_TEXT_FEATURES, required=False)

    class Meta:
        icon = "pick"
        label = "Suksessfaktor"


class OrganisationBlock(blocks.StructBlock):
    name = blocks.CharBlock(label="Navn", max_length=200)
    what = blocks.TextBlock(label="Hva organisasjonen gjør")
    url = blocks.URLBlock(label="Nettside", required=False)

    class Meta:
        icon = "group"
        label = "Organisasjon"


class UnderstandingPage(Page):
    intro = RichTextField("Ingress", features=RICH_TEXT_FEATURES, blank=True)
    success_factors = StreamField(
        [("factor", SuccessFactorBlock())], verbose_name="Suksessfaktorer", blank=True
    )
    organisations_intro = RichTextField(
        "Om bruker- og pårørendeorganisasjonene", features=RICH_TEXT_FEATURES, blank=True
    )
    organisations = StreamField(
        [("organisation", OrganisationBlock())],
        verbose_name="Bruker- og pårørendeorganisasjoner",
        blank=True,
    )

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("success_factors"),
        FieldPanel("organisations_intro"),
        FieldPanel("organisations"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("success_factors"),
        index.SearchField("organisations"),
    ]
    api_fields = [APIField("intro"), APIField("success_factors"), APIField("organisations")]

    class Meta:
        verbose_name = "Forstå helheten"
        verbose_name_plural = "Forstå helheten"
