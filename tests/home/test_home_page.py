import re

import pytest

from examples.factories import ExamplePageFactory, MunicipalityFactory
from home.factories import HomeFeaturedProcessFactory
from places.regions import SizeClass

pytestmark = pytest.mark.django_db


def card_titles(html):
    return re.findall(r'portal-card__title"[^>]*><a class="ds-link" href="[^"]+">([^<]+)</a>', html)


def test_home_shows_intro_featured_process_latest_examples_and_search(client, home, process):
    HomeFeaturedProcessFactory(page=home, process=process)
    examples = [ExamplePageFactory() for _ in range(home.latest_examples_count + 2)]
    ExamplePageFactory(title="Utkast på forsiden", live=False)

    html = client.get("/").content.decode()
    assert f'href="{process.url}"' in html
    assert "Nyeste eksempler fra kommunene" in html
    # The newest published examples, newest first; never the draft.
    newest = [page.title for page in reversed(examples)][: home.latest_examples_count]
    assert card_titles(html) == newest
    assert 'action="/sok/"' in html


def test_navigation_lists_the_sections_and_marks_the_current_one(client, site_tree):
    html = client.get(site_tree.example_index.url).content.decode()
    nav = html[html.index('aria-label="Hovedmeny"') : html.index("</nav>")]
    sections = [
        site_tree.process_index,
        site_tree.example_index,
        site_tree.glossary_index,
        site_tree.resource_index,
        site_tree.wizard,
    ]
    for section in sections:
        assert f">{section.title}</a>" in nav
    assert f'href="{site_tree.example_index.url}" aria-current="page"' in nav
    assert nav.count('aria-current="page"') == 1


def test_home_leads_to_the_wizard_and_to_the_examples_by_municipality_size(client, site_tree):
    ExamplePageFactory(
        parent=site_tree.example_index,
        municipality=MunicipalityFactory(size_class=SizeClass.XLARGE),
    )
    html = client.get("/").content.decode()
    start = html[
        html.index('id="start-heading"') : html.index("</section>", html.index("start-heading"))
    ]
    assert f'href="{site_tree.wizard.url}">Skriv mandat og arbeidsplan</a>' in start
    sizes = re.findall(r'<a class="ds-link" href="([^"]+)">([^<]+)</a></li>', start)
    # Every size class in the filter's own order (small to large), each a link into the listing.
    assert [label for _, label in sizes] == [label for _, label in SizeClass.choices]
    href = dict((label, url) for url, label in sizes)[SizeClass.XLARGE.label]
    assert href == f"{site_tree.example_index.url}?storrelse=xlarge#resultater"
    listing = client.get(href.partition("#")[0]).content.decode()
    assert re.search(r'id="antall"[^>]*>1 eksempel<', listing)


def test_home_without_a_wizard_shows_no_dead_link(client, home, example_index):
    html = client.get("/").content.decode()
    assert "Skriv mandat og arbeidsplan" not in html
    assert "Finn eksempler fra kommuner som ligner din" in html
