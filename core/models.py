"""What the apps' page models share."""

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES


class SectionIndexPage(Page):
    """A top-level section directly under the home page (one of each), with an intro."""

    intro = RichTextField("Ingress", features=RICH_TEXT_FEATURES, blank=True)

    parent_page_types = ["home.HomePage"]
    max_count = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True
