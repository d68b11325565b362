import pytest

pytestmark = pytest.mark.django_db


def test_home_shows_intro_featured_process_latest_examples_and_search(client, home, process):
    html = client.get("/").content.decode()
    assert 'href="/arbeidsprosesser/organisering-og-tverrfaglig-samarbeid/"' in html
    assert "Nyeste eksempler fra kommunene" in html
    assert html.count('class="ds-card portal-card"') == home.latest_examples_count
    assert 'action="/sok/"' in html


def test_navigation_lists_the_sections_and_marks_the_current_one(client):
    html = client.get("/eksempler/").content.decode()
    nav = html[html.index('aria-label="Hovedmeny"') : html.index("</nav>")]
    for title in [
        "Arbeidsprosesser",
        "Eksempler",
        "Ordliste",
        "Ressurser",
        "Mandat og arbeidsplan",
    ]:
        assert f">{title}</a>" in nav
    assert 'href="/eksempler/" aria-current="page"' in nav
