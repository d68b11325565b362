from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from examples.admin_listing import ExampleListingViewSet
from examples.editorial import ensure_moderation
from examples.pages import ExampleIndexPage
from examples.snippets import ExampleTheme, TargetGroup


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = "Målgrupper"
    list_display = ["name", "slug"]


class ExampleThemeViewSet(SnippetViewSet):
    model = ExampleTheme
    icon = "tag"
    menu_label = "Temaer"
    list_display = ["name", "slug"]
    search_fields = ["name"]


class ExampleReferenceDataGroup(SnippetViewSetGroup):
    items = (TargetGroupViewSet, ExampleThemeViewSet)
    menu_icon = "site"
    menu_label = "Eksempeldata"
    menu_name = "example-reference-data"


register_snippet(ExampleReferenceDataGroup)


@hooks.register("after_create_page")
def attach_moderation_to_new_example_section(request, page):
    if isinstance(page.specific, ExampleIndexPage):
        ensure_moderation(page)


@hooks.register("register_admin_viewset")
def register_example_listing():
    return ExampleListingViewSet("eksempler")
