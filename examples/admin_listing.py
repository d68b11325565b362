"""The admin listing of examples: filter by municipality, theme, county and status."""

from django import forms
from django.contrib.contenttypes.models import ContentType

from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Page, WorkflowState

import django_filters

from examples.pages import ExamplePage
from examples.snippets import ExampleTheme
from places.regions import County, Municipality


class ExampleAdminFilterSet(PageListingViewSet.filterset_class):
    # Only the municipalities that have examples: the whole register would be 838 choices.
    municipality = django_filters.ModelChoiceFilter(
        label="Kommune", queryset=Municipality.objects.filter(examples__isnull=False).distinct()
    )
    county = django_filters.ModelChoiceFilter(
        label="Fylke",
        field_name="municipality__current_county",
        to_field_name="slug",
        queryset=County.objects.current(),
    )
    tag = django_filters.ModelChoiceFilter(
        label="Tema",
        field_name="tags",
        queryset=ExampleTheme.objects.all(),
    )
    status = django_filters.ChoiceFilter(
        label="Status",
        method="filter_status",
        choices=[
            ("publisert", "Publisert"),
            ("utkast", "Utkast (aldri publisert)"),
            ("endringer", "Publisert, med upubliserte endringer"),
            ("moderering", "Til moderering"),
        ],
        widget=forms.RadioSelect,
    )

    class Meta:
        model = ExamplePage
        fields = []

    def filter_status(self, queryset, name, value):
        if value == "publisert":
            return queryset.filter(live=True)
        if value == "utkast":
            return queryset.filter(live=False)
        if value == "endringer":
            return queryset.filter(live=True, has_unpublished_changes=True)
        if value == "moderering":
            in_moderation = WorkflowState.objects.filter(
                status=WorkflowState.STATUS_IN_PROGRESS,
                base_content_type=ContentType.objects.get_for_model(Page),
            ).values_list("object_id", flat=True)
            return queryset.filter(pk__in=[int(pk) for pk in in_moderation])
        return queryset


class ExampleListingViewSet(PageListingViewSet):
    model = ExamplePage
    icon = "doc-full-inverse"
    menu_label = "Eksempler"
    menu_order = 200
    add_to_admin_menu = True
    name = "eksempler"
    filterset_class = ExampleAdminFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("municipality", label="Kommune", accessor="municipality"),
    ]
