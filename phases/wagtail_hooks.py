from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from phases.roles import ResponsibleRole


class ResponsibleRoleViewSet(SnippetViewSet):
    model = ResponsibleRole
    icon = "group"
    menu_label = "Ansvarlige roller"
    add_to_settings_menu = True
    list_display = ["label", "key", "sort_order"]
    search_fields = ["label", "key"]
    search_backend_name = None
    ordering = ["sort_order", "label"]


register_snippet(ResponsibleRoleViewSet)
