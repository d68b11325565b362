from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from glossary.models import GlossaryTerm


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "openquote"
    menu_label = "Ordliste"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term", "slug", "live"]
    list_filter = ["live"]
    search_fields = ["term", "variants", "definition"]
    ordering = ["term"]


register_snippet(GlossaryTermViewSet)
