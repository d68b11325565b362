"""Read-only API (Wagtail API v2) for published examples: /api/v2/eksempler/.

/api/v2/eksempler/?tags=Samordning           theme (tag name; comma = all of them)
/api/v2/eksempler/?kommune=Asker             municipality name (or ?kommunenummer=3203)
/api/v2/eksempler/?fylke=trondelag           county key
/api/v2/eksempler/<id>/                      one example
"""

from django.db.models import Prefetch

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet

from rest_framework.filters import BaseFilterBackend

from examples.pages import ExamplePage
from phases.models import PhasePage


class MunicipalityFilter(BaseFilterBackend):
    """?kommune=<name>, ?kommunenummer=<4 digits>, ?fylke=<county key>."""

    def filter_queryset(self, request, queryset, view):
        if name := request.GET.get("kommune"):
            queryset = queryset.filter(municipality__name__iexact=name.strip())
        if number := request.GET.get("kommunenummer"):
            queryset = queryset.filter(municipality__number=number.strip())
        if county := request.GET.get("fylke"):
            queryset = queryset.filter(municipality__county=county.strip())
        return queryset


class ExamplesAPIViewSet(PagesAPIViewSet):
    model = ExamplePage
    filter_backends = [MunicipalityFilter, *PagesAPIViewSet.filter_backends]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["kommune", "kommunenummer", "fylke"]
    )
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "summary",
        "municipality",
        "tags",
        "phases",
    ]

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("municipality")
            .prefetch_related(
                "tags",
                "target_groups",
                Prefetch("phases", queryset=PhasePage.objects.live().order_by("number")),
            )
        )


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("eksempler", ExamplesAPIViewSet)
