"""Read-only JSON endpoints under /api/v2/ (README, «API»).

Only published pages outside view restrictions are ever listed, also for a logged-in editor:
the API reads no session and no cookie. Every endpoint refuses parameters it does not document
(api/params.py) before it runs a query, and answers JSON only.
"""

from django.db.models import Prefetch

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import viewsets
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer

from api.filters import FILTER_PARAMETERS, ExampleListingFilter
from api.pagination import Paging
from api.params import PAGING, check_parameters
from api.serializers import (
    ExampleSerializer,
    GlossaryTermSerializer,
    PhaseSerializer,
    ResourceSerializer,
    WorkProcessSerializer,
)
from core.queries import public_live
from examples.pages import ExamplePage
from glossary.models import GlossaryIndexPage, GlossaryTerm
from home.models import ResourcePage
from phases.models import PhasePage, WorkProcessPage


class ReadOnlyEndpoint(viewsets.ReadOnlyModelViewSet):
    authentication_classes = []
    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    pagination_class = Paging
    lookup_value_regex = "[0-9]{1,18}"  # ASCII digits that fit a bigint: anything else is 404
    filter_parameters = ()

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        allowed = [*PAGING, *self.filter_parameters] if self.action == "list" else []
        check_parameters(request, allowed)

    def filter_queryset(self, queryset):
        if self.action != "list":
            return queryset  # one object by id: no listing filters apply
        return super().filter_queryset(queryset)


def live_phases(request):
    return public_live(PhasePage.objects.all(), request).order_by("path")


@extend_schema_view(
    list=extend_schema(
        summary="Eksempler fra kommunene",
        description="Publiserte eksempler, nyeste først, med de samme filtrene som /eksempler/.",
    ),
    retrieve=extend_schema(summary="Ett eksempel"),
)
class ExampleEndpoint(ReadOnlyEndpoint):
    serializer_class = ExampleSerializer
    filter_backends = [ExampleListingFilter]
    filter_parameters = FILTER_PARAMETERS

    def get_queryset(self):
        phases = public_live(PhasePage.objects.all(), self.request).order_by("number")
        return (
            public_live(ExamplePage.objects.all(), self.request)
            .select_related("municipality__county", "municipality__current_county")
            .prefetch_related("tags", "target_groups", Prefetch("phases", queryset=phases))
            .order_by("-first_published_at", "-pk")
        )


@extend_schema_view(
    list=extend_schema(summary="Arbeidsprosesser", description="Med fasene i rekkefølge."),
    retrieve=extend_schema(summary="Én arbeidsprosess"),
)
class WorkProcessEndpoint(ReadOnlyEndpoint):
    serializer_class = WorkProcessSerializer

    def get_queryset(self):
        return public_live(WorkProcessPage.objects.all(), self.request).order_by("path")

    def get_serializer_context(self):
        by_process = {}
        for phase in live_phases(self.request).order_by("number"):
            by_process.setdefault(phase.path[: -phase.steplen], []).append(phase)
        return {**super().get_serializer_context(), "phases_by_process": by_process}


@extend_schema_view(
    list=extend_schema(
        summary="Faser",
        description="Fasene i alle arbeidsprosesser, med resultater, oppgaver og ansvarlige.",
    ),
    retrieve=extend_schema(summary="Én fase"),
)
class PhaseEndpoint(ReadOnlyEndpoint):
    serializer_class = PhaseSerializer

    def get_queryset(self):
        return live_phases(self.request)

    def get_serializer_context(self):
        processes = public_live(WorkProcessPage.objects.all(), self.request)
        return {
            **super().get_serializer_context(),
            "processes": {process.path: process for process in processes},
        }


@extend_schema_view(
    list=extend_schema(summary="Ordlisten", description="Publiserte begreper, A–Å."),
    retrieve=extend_schema(summary="Ett begrep"),
)
class GlossaryTermEndpoint(ReadOnlyEndpoint):
    serializer_class = GlossaryTermSerializer

    def get_queryset(self):
        return GlossaryTerm.objects.filter(live=True).order_by("term", "pk")

    def get_serializer_context(self):
        index = public_live(GlossaryIndexPage.objects.all(), self.request).first()
        url = index.get_full_url(request=self.request) if index is not None else None
        return {**super().get_serializer_context(), "glossary_url": url}


@extend_schema_view(
    list=extend_schema(summary="Ressurser", description="Rapporter, veiledere og verktøy."),
    retrieve=extend_schema(summary="Én ressurs"),
)
class ResourceEndpoint(ReadOnlyEndpoint):
    serializer_class = ResourceSerializer

    def get_queryset(self):
        return (
            public_live(ResourcePage.objects.all(), self.request)
            .select_related("document")
            .order_by("path")
        )
