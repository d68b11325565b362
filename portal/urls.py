from django.conf import settings
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.admin_views import create_page_in_allowed_place
from portal.health import health
from portal.views import favicon, robots_txt
from search import views as search_views

urlpatterns = [
    path(
        "admin/pages/add/<str:content_type_app_name>/<str:content_type_model_name>/"
        "<int:parent_page_id>/",
        create_page_in_allowed_place,
        name="portal_create_page",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("dokumenter/", include(wagtaildocs_urls)),
    path("sok/", search_views.search, name="search"),
    path("sok/forslag/", search_views.autocomplete, name="search_autocomplete"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("helse/", health, name="health"),  # answered by portal.health.HealthCheckMiddleware
    path("api/v2/", include("api.urls")),
    # Browsers and feed readers that ignore <link rel="icon"> still ask for /favicon.ico.
    path("favicon.ico", favicon, name="favicon"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
