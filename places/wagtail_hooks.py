"""The register in the admin: «Kommuner og fylker», searchable by name and number.

The search runs in the database (``search_backend_name = None``), so the whole register is found
at once after a migration or a refresh, with no search index to rebuild. The same viewset gives
the example editor its municipality chooser.

Editors and moderators read the register (an inspect view of each row, with its successors);
adding and changing rows is for administrators and the import (places.0003, README «Hvem kan
gjøre hva i admin»).
"""

from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from places.regions import County, Municipality, SizeClass


class MunicipalityFilterSet(WagtailFilterSet):
    current_county = django_filters.ModelChoiceFilter(
        label="Fylke i dag", queryset=County.objects.current()
    )
    size_class = django_filters.ChoiceFilter(label="Størrelse", choices=SizeClass.choices)
    former = django_filters.BooleanFilter(
        label="Tidligere kommune", field_name="valid_to", lookup_expr="isnull", exclude=True
    )

    class Meta:
        model = Municipality
        fields = []


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = "Kommuner"
    list_display = ["label", "number", "current_county", "size_class", "population"]
    filterset_class = MunicipalityFilterSet
    search_fields = ["name", "label", "number", "other_names"]
    search_backend_name = None
    ordering = ["name", "number"]
    list_per_page = 50
    inspect_view_enabled = True


class CountyViewSet(SnippetViewSet):
    model = County
    icon = "globe"
    menu_label = "Fylker"
    list_display = ["name", "number", "valid_to"]
    search_fields = ["name", "number"]
    search_backend_name = None
    ordering = ["name", "number"]
    inspect_view_enabled = True


class PlacesGroup(SnippetViewSetGroup):
    items = (MunicipalityViewSet, CountyViewSet)
    menu_icon = "site"
    menu_label = "Kommuner og fylker"
    menu_name = "places"


register_snippet(PlacesGroup)
