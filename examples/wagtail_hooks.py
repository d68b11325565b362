from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from examples.models import Municipality, TargetGroup


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = "Kommuner"
    list_display = ["name", "number", "county", "size_class"]
    list_filter = ["county", "size_class"]
    search_fields = ["name", "number"]
    ordering = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    menu_label = "Målgrupper"
    list_display = ["name", "slug"]


class ExampleReferenceDataGroup(SnippetViewSetGroup):
    items = (MunicipalityViewSet, TargetGroupViewSet)
    menu_icon = "site"
    menu_label = "Eksempeldata"
    menu_name = "example-reference-data"


register_snippet(ExampleReferenceDataGroup)
