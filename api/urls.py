"""/api/v2/: the read-only endpoints and their OpenAPI description (a stable address)."""

from django.urls import path

from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.routers import SimpleRouter

from api.views import (
    ExampleEndpoint,
    GlossaryTermEndpoint,
    PhaseEndpoint,
    ResourceEndpoint,
    WorkProcessEndpoint,
)

router = SimpleRouter()
router.register("eksempler", ExampleEndpoint, basename="api-examples")
router.register("arbeidsprosesser", WorkProcessEndpoint, basename="api-processes")
router.register("faser", PhaseEndpoint, basename="api-phases")
router.register("ordliste", GlossaryTermEndpoint, basename="api-glossary")
router.register("ressurser", ResourceEndpoint, basename="api-resources")

urlpatterns = [
    path(
        "openapi.json",
        SpectacularJSONAPIView.as_view(authentication_classes=[], permission_classes=[]),
        name="api-openapi",
    ),
    *router.urls,
]


def only_this_api(endpoints):
    """drf-spectacular preprocessing hook: describe /api/v2/ and nothing else (Wagtail's admin
    has DRF views of its own that are not part of this API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v2/")]
