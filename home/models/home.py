"""The front page: intro, featured work processes and the latest examples."""

from django.db import models
from django.http import Http404

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.cachetags import depends_on, shows_pages, type_tag
from core.queries import public_live
from examples.pages import ExamplePage
from places.regions import SizeClass


class HomePage(Page):
    intro = RichTextField("Ingress", features=RICH_TEXT_FEATURES, blank=True)
    latest_examples_count = models.PositiveSmallIntegerField("Antall nyeste eksempler", default=6)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "phases.WorkProcessIndexPage",
        "examples.ExampleIndexPage",
        "glossary.GlossaryIndexPage",
        "home.ResourceIndexPage",
        "mandates.MandateWizardPage",
        "home.InformationPage",
        "home.UnderstandingPage",
        "legal.LegalIndexPage",
    ]
    max_count = 1

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_processes", label="Utvalgte arbeidsprosesser"),
        FieldPanel("latest_examples_count"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "Forside"
        verbose_name_plural = "Forsider"

    def featured_processes_live(self):
        return [
            item.process
            for item in self.featured_processes.select_related("process").order_by("sort_order")
            if item.process and item.process.live
        ]

    def latest_examples(self, request=None):
        return (
            public_live(ExamplePage.objects.all(), request)
            .select_related("municipality")
            .order_by("-first_published_at", "-pk")[: self.latest_examples_count]
        )

    def route(self, request, path_components):
        """Find the page for a URL in one query by its stored ``url_path``.

        Wagtail walks the tree one level at a time (two queries per level). Pages here are never
        aliased or translated, so the path identifies the page. The deepest page whose path
        starts the URL wins, and the rest of the URL goes to its own ``route``: the sub-URLs of
        routable pages (a glossary term, a wizard step) cost the same one query. A page type can
        name foreign keys its template always needs in ``route_select_related``.
        """
        if not path_components:
            return super().route(request, path_components)
        prefixes = [
            f"{self.url_path}{'/'.join(path_components[:length])}/"
            for length in range(len(path_components), 0, -1)
        ]
        found = (
            Page.objects.filter(url_path__in=prefixes, locale_id=self.locale_id)
            .only("id", "content_type_id", "url_path")
            .order_by("-depth")
            .first()
        )
        if found is None:
            raise Http404
        model = found.specific_class
        page = model.objects.select_related(*getattr(model, "route_select_related", ())).get(
            pk=found.pk
        )
        remaining = path_components[found.url_path.count("/") - self.url_path.count("/") :]
        return page.route(request, remaining)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_processes"] = self.featured_processes_live()
        context["latest_examples"] = list(self.latest_examples(request))
        shows_pages(request, [*context["featured_processes"], *context["latest_examples"]])
        depends_on(request, type_tag(ExamplePage))  # the newest examples, wherever they are
        context["size_classes"] = SizeClass.choices  # quick ways into the example filters
        return context


class HomeFeaturedProcess(Orderable):
    page = ParentalKey(HomePage, related_name="featured_processes", on_delete=models.CASCADE)
    process = models.ForeignKey(
        "phases.WorkProcessPage",
        verbose_name="Arbeidsprosess",
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("process")]

    class Meta(Orderable.Meta):
        verbose_name = "Utvalgt arbeidsprosess"
        verbose_name_plural = "Utvalgte arbeidsprosesser"
