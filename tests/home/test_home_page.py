import re

import pytest

from examples.factories import ExamplePageFactory
from home.factories import HomeFeaturedProcessFactory

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
