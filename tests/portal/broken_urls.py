"""A URLconf with one view that fails, to exercise the 500 handler."""

from django.urls import path

from portal.urls import handler404, handler500  # noqa: F401


def broken(request):
    raise RuntimeError("Simulert feil for test av 500-siden")


urlpatterns = [path("feil/", broken)]
