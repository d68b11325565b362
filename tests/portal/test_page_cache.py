"""The page cache on a real Redis: what anonymous visitors get after each kind of change.

A change "behind the cache's back" (a queryset ``update``, which sends no signal) shows whether a
page is still served from the cache: a page that was purged shows it, a page still cached does
not. So each test can say exactly which pages a publish, unpublish, move or delete purged.
"""

import gzip
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import StringIO

from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import brotli
import pytest

from core.pagecache import PageCacheMiddleware
from examples.factories import ExamplePageFactory
from examples.models import ExamplePage, ExampleTheme
from glossary.factories import GlossaryTermFactory
from home.factories import ResourcePageFactory, SiteContactFactory
from home.models import SiteContact
from phases.factories import PhasePageFactory, WorkProcessPageFactory
from search.models import SearchQuery, SynonymGroup

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings, shared_cache):
    """The page cache on, on the real Redis (``shared_cache``), as production runs it."""
    settings.PAGE_CACHE_ENABLED = True


@pytest.fixture
def site_tree(site_tree):
    """The site with the footer contact editors have filled in, as on a live site: without it the
    first page view creates it, and that save purges the cache while the page is being made."""
    SiteContactFactory()
    return site_tree


@pytest.fixture
def anonymous():
    return Client()


def text(client, url, **headers):
    response = client.get(url, **headers)
    return response.status_code, response.content.decode()


def silently_retitle(page, title):
    """Change a title in the database without a signal: only a re-rendered page shows it."""
    Page.objects.filter(pk=page.pk).update(title=title, draft_title=title)


def publish(page):
    page.save_revision().publish()


@pytest.fixture
def tree(site_tree, phase2, glossary_terms):
    """On the site with every section and three glossary terms: a theme, two examples sharing it
    (each the other's similar example) on a phase, and an unrelated resource page."""
    index = site_tree.example_index
    theme, _ = ExampleTheme.objects.get_or_create(name="Hurtigtest", slug="hurtigtest")
    # The newest examples, so the listing's first page and the front page show them.
    now = timezone.now()
    first = ExamplePageFactory(parent=index, title="Første hurtigeksempel", first_published_at=now)
    second = ExamplePageFactory(parent=index, title="Andre hurtigeksempel", first_published_at=now)
    for page in (first, second):
        page.tags.add(theme)
        page.phases.add(phase2)
        publish(page)
    resource = ResourcePageFactory(parent=site_tree.resource_index, title="Urørt rapport")
    publish(resource)
    return {
        "first": first,
        "second": second,
        "phase": phase2,
        "resource": resource,
        "terms": glossary_terms,
    }


def pages_showing(tree):
    return {
        "example": tree["first"].url,
        "similar": tree["second"].url,
        "listing": "/eksempler/",
        "phase": tree["phase"].url,
        "home": "/",
        "search": "/sok/?q=hurtigeksempel",
    }


def warm(client, urls):
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_anonymous_pages_are_stored_and_served_with_cache_headers(anonymous, tree):
    url = tree["resource"].url
    first = anonymous.get(url)
    assert first["Cache-Control"] == "public, max-age=60, s-maxage=60"
    assert first["Vary"] == "Accept-Encoding"  # not Accept-Language, not Cookie
    assert first["ETag"] and first["Last-Modified"]
    silently_retitle(tree["resource"], "Endret bak ryggen")
    again = anonymous.get(url)
    assert "Urørt rapport" in again.content.decode()
    assert again["ETag"] == first["ETag"]


def test_publish_purges_exactly_the_pages_that_show_it(anonymous, tree):
    urls = pages_showing(tree)
    warm(anonymous, [*urls.values(), tree["resource"].url])
    silently_retitle(tree["resource"], "Endret bak ryggen")

    example = ExamplePage.objects.get(pk=tree["first"].pk)
    example.title = "Nytt navn på hurtigeksempelet"
    publish(example)

    for name, url in urls.items():
        status, body = text(anonymous, url)
        assert status == 200, name
        assert "Nytt navn på hurtigeksempelet" in body, name
    # A page that does not show the example was not purged: still the cached copy.
    assert "Urørt rapport" in text(anonymous, tree["resource"].url)[1]


@pytest.mark.parametrize("remove", ["unpublish", "delete"])
def test_unpublish_and_delete_remove_the_page_everywhere(anonymous, tree, remove):
    urls = pages_showing(tree)
    warm(anonymous, urls.values())
    getattr(ExamplePage.objects.get(pk=tree["first"].pk), remove)()

    assert anonymous.get(urls.pop("example")).status_code == 404
    for name, url in urls.items():
        status, body = text(anonymous, url)
        assert status == 200, name
        assert "Første hurtigeksempel" not in body, name


def test_move_purges_old_and_new_place(anonymous, site_tree):
    processes = site_tree.process_index
    source = WorkProcessPageFactory(parent=processes, title="Prosess fra", slug="prosess-fra")
    target = WorkProcessPageFactory(parent=processes, title="Prosess til", slug="prosess-til")
    phase = PhasePageFactory(parent=source, title="Flyttbar fase", slug="flyttbar", number=1)
    for page in (source, target, phase):
        publish(page)
    old_url = phase.url
    warm(anonymous, [source.url, target.url, old_url])

    phase.move(target, pos="last-child")

    assert "Flyttbar fase" not in text(anonymous, source.url)[1]
    assert "Flyttbar fase" in text(anonymous, target.url)[1]
    moved = anonymous.get(old_url)  # Wagtail leaves a redirect behind, not the cached page
    assert (
        moved.status_code == 301 and moved["Location"] == "/arbeidsprosesser/prosess-til/flyttbar/"
    )
    status, body = text(anonymous, "/arbeidsprosesser/prosess-til/flyttbar/")
    assert status == 200 and "Prosess til" in body  # its breadcrumb names the new process


def test_logged_in_editor_is_never_served_or_stored(anonymous, client, superuser, tree):
    url = tree["resource"].url
    warm(anonymous, [url])
    silently_retitle(tree["resource"], "Sett av redaktøren")
    client.force_login(superuser)
    response = client.get(url)
    assert "Sett av redaktøren" in response.content.decode()  # not the cached copy
    assert "public" not in response.get("Cache-Control", "")

    other = tree["second"].url
    client.get(other)  # rendered for the editor: must not be stored
    silently_retitle(tree["second"], "Etter redaktørens besøk")
    assert "Etter redaktørens besøk" in text(anonymous, other)[1]


def test_drafts_and_previews_never_enter_the_cache(anonymous, client, superuser, tree):
    url = tree["resource"].url
    warm(anonymous, [url])
    resource = tree["resource"].specific
    resource.title = "Hemmelig utkast"
    resource.save_revision()  # a draft: not published
    client.force_login(superuser)
    draft = client.get(f"/admin/pages/{resource.pk}/view_draft/")
    assert "Hemmelig utkast" in draft.content.decode()
    assert "public" not in draft.get("Cache-Control", "")

    assert "Hemmelig utkast" not in text(anonymous, url)[1]
    silently_retitle(tree["resource"], "Urørt rapport")  # the live title, re-rendered
    # A page never published gives 404 and is not stored either.
    hidden = ResourcePageFactory(parent=tree["resource"].get_parent(), live=False)
    assert anonymous.get(hidden.url or f"/ressurser/{hidden.slug}/").status_code == 404


def test_forms_with_csrf_tokens_are_not_stored(anonymous, example_index):
    response = anonymous.get("/eksempler/foreslaa/")
    assert response.status_code == 200
    assert "public" not in response["Cache-Control"]
    assert anonymous.get("/eksempler/foreslaa/")["Cache-Control"] == response["Cache-Control"]


def test_the_wizard_is_never_stored(anonymous, wizard):
    first = anonymous.get("/veiviser/")
    assert first.status_code == 200
    assert "public" not in first.get("Cache-Control", "") and "ETag" not in first
    assert "ETag" not in anonymous.get("/veiviser/")  # nothing was stored, no hit either


def counted_view(make_response):
    """A view that counts how often it really ran, for the middleware in front of it."""
    calls = []

    def view(request):
        calls.append(request.path)
        return make_response()

    return view, calls


def with_header(name, value, status=200):
    def make():
        response = HttpResponse("<p>Svar</p>", status=status)
        response[name] = value
        return response

    return make


def with_cookie():
    response = HttpResponse("<p>Svar</p>")
    response.set_cookie("valg", "1")
    return response


@pytest.mark.parametrize(
    "make_response",
    [
        with_header("Cache-Control", "no-store"),
        with_header("Cache-Control", "private, max-age=600"),
        with_header("Cache-Control", "no-cache"),
        with_header("Vary", "Cookie"),  # a CSRF token or the session was read
        with_cookie,
        with_header("X-Svar", "ikke funnet", status=404),
    ],
    ids=["no-store", "private", "no-cache", "vary-cookie", "set-cookie", "404"],
)
def test_responses_that_belong_to_one_visitor_are_never_stored(make_response, db):
    view, calls = counted_view(make_response)
    middleware = PageCacheMiddleware(view)
    for _ in range(2):
        response = middleware(RequestFactory().get("/ressurser/noe/"))
        assert "public" not in response["Cache-Control"] and "ETag" not in response
    assert len(calls) == 2  # the second request was made again, not served from the cache


def test_a_session_cookie_bypasses_the_cache_both_ways(db, settings):
    view, calls = counted_view(lambda: HttpResponse("<p>Svar</p>"))
    middleware = PageCacheMiddleware(view)
    session = f"{settings.SESSION_COOKIE_NAME}=abc"
    logged_in = RequestFactory(HTTP_COOKIE=session).get("/ressurser/noe/")
    assert middleware(logged_in)["Cache-Control"] == "private"  # made, not stored
    assert "ETag" in middleware(RequestFactory().get("/ressurser/noe/"))  # stored for anonymous
    assert middleware(RequestFactory().get("/ressurser/noe/"))["ETag"]  # served from the cache
    again = middleware(RequestFactory(HTTP_COOKIE=session).get("/ressurser/noe/"))
    assert "ETag" not in again
    assert len(calls) == 3  # the logged-in visitor never got the stored copy


def test_etag_and_last_modified_give_304_until_a_publish(anonymous, tree):
    url = tree["first"].url
    etag = anonymous.get(url)["ETag"]
    assert anonymous.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304
    modified = anonymous.get(url)["Last-Modified"]
    assert anonymous.get(url, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304

    example = ExamplePage.objects.get(pk=tree["first"].pk)
    example.title = "Ny versjon"
    publish(example)
    fresh = anonymous.get(url, HTTP_IF_NONE_MATCH=etag)
    assert fresh.status_code == 200 and fresh["ETag"] != etag


def test_cached_pages_are_compressed_for_browsers_that_accept_it(anonymous, tree):
    url = tree["resource"].url
    plain = anonymous.get(url).content
    br = anonymous.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
    assert br["Content-Encoding"] == "br"
    assert brotli.decompress(br.content) == plain
    gz = anonymous.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert gz["Content-Encoding"] == "gzip" and gzip.decompress(gz.content) == plain
    assert "Content-Encoding" not in anonymous.get(url, HTTP_ACCEPT_ENCODING="br;q=0")


def test_search_from_the_cache_is_still_logged(anonymous, tree):
    for _ in range(3):
        assert anonymous.get("/sok/?q=hurtigeksempel").status_code == 200
    assert SearchQuery.objects.get(query_string="hurtigeksempel").hits == 3


def test_snippet_and_setting_changes_purge_what_shows_them(anonymous, tree, site):
    example_url = tree["first"].url
    warm(anonymous, [example_url, tree["resource"].url, "/ordliste/", "/", tree["phase"].url])

    theme = ExampleTheme.objects.get(slug="hurtigtest")
    theme.name = "Omdøpt tema"
    theme.save()
    assert "Omdøpt tema" in text(anonymous, example_url)[1]

    municipality = tree["first"].municipality
    municipality.name = "Omdøpt kommune"
    municipality.save()
    for url in ("/", tree["phase"].url, "/eksempler/", example_url):  # its cards and its page
        assert "Omdøpt kommune" in text(anonymous, url)[1], url

    contact = SiteContact.for_site(site)
    contact.email = "ny-adresse@boligsosial.example"
    contact.save()
    assert "ny-adresse@boligsosial.example" in text(anonymous, tree["resource"].url)[1]

    term = tree["terms"][0]
    term.term = "Helt nytt begrep"
    term.save()
    assert "Helt nytt begrep" in text(anonymous, "/ordliste/")[1]


def test_a_new_glossary_term_purges_the_pages_that_use_the_word(anonymous, tree):
    word = "hurtigeksempelord"
    resource = tree["resource"].specific
    resource.summary = f"Om {word} i praksis."
    publish(resource)
    warm(anonymous, [resource.url])
    GlossaryTermFactory(term=word.capitalize(), slug=word).save_revision().publish()
    assert f'href="/ordliste/{word}/"' in text(anonymous, resource.url)[1]


def test_a_synonym_purges_search(anonymous, tree):
    url = "/sok/?q=kvikktestord"
    assert "Første hurtigeksempel" not in text(anonymous, url)[1]
    SynonymGroup.objects.create(words="kvikktestord, hurtigeksempel")
    assert "Første hurtigeksempel" in text(anonymous, url)[1]


def test_purge_page_cache_empties_everything(anonymous, tree):
    url = tree["resource"].url
    warm(anonymous, [url])
    silently_retitle(tree["resource"], "Etter ny versjon")
    call_command("purge_page_cache", stdout=StringIO())
    assert "Etter ny versjon" in text(anonymous, url)[1]


def test_a_page_made_private_is_purged(anonymous, tree):
    url = tree["resource"].url
    warm(anonymous, [url])
    PageViewRestriction.objects.create(page=tree["resource"], restriction_type="login")
    assert anonymous.get(url).status_code in (302, 403)


def test_frontend_cache_is_purged_with_the_same_urls(anonymous, tree, settings):
    purged = []

    class Varnish(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
            purged.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Varnish)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    try:
        urls = pages_showing(tree)
        warm(anonymous, [*urls.values(), tree["resource"].url])
        example = ExamplePage.objects.get(pk=tree["first"].pk)
        example.title = "Nytt navn"
        publish(example)
    finally:
        server.shutdown()
    for name, url in urls.items():
        assert url in purged, name
    assert tree["resource"].url not in purged
