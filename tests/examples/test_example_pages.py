"""Example pages and the example index."""

from django.core.exceptions import ValidationError

import pytest

from examples.factories import ExamplePageFactory
from examples.models import ExamplePage
from places.regions import Municipality

pytestmark = pytest.mark.django_db


def test_example_page_shows_fact_box_tags_phases_and_review_date(client, example):
    html = client.get(example.url).content.decode()
    assert "Fakta om eksempelet" in html
    assert "Hamar" in html and "Innlandet" in html
    assert example.responsible_unit in html
    assert example.tags.count() == 2
    for tag in example.tags.all():
        assert tag.name in html
    assert example.phases.count() == 2
    for phase in example.phases.all():
        assert f'href="{phase.url}"' in html
    assert "Sist vurdert" in html


def test_nynorsk_example_is_marked_as_nynorsk(client, example_index):
    bokmaal = ExamplePageFactory()
    nynorsk = ExamplePageFactory(language="nn", summary="Kommunen samla tenestene i eitt kontor.")
    html = client.get(nynorsk.url).content.decode()
    assert '<article class="portal-article" lang="nn">' in html
    assert 'lang="nn"' not in client.get(bokmaal.url).content.decode()


def test_index_lists_published_examples_and_paginates(client, example_index):
    for _ in range(example_index.page_size * 2 + 1):
        ExamplePageFactory()
    ExamplePageFactory(live=False)
    first = client.get(example_index.url).content.decode()
    assert f"{example_index.page_size * 2 + 1} eksempler, side 1 av 3" in first
    second = client.get(example_index.url + "?side=2").content.decode()
    assert "side 2 av 3" in second
    # A malformed or out-of-range page number falls back to the first page, never an error.
    for bad in ["?side=abc", "?side=999", "?side=-1"]:
        response = client.get(example_index.url + bad)
        assert response.status_code == 200
        assert "side 1 av 3" in response.content.decode()


def test_draft_example_is_neither_listed_nor_reachable(client, example_index):
    index = example_index
    ExamplePageFactory(title="Publisert eksempel")
    draft = ExamplePageFactory(parent=index, title="Utkast som ikke er publisert", live=False)
    assert "Publisert eksempel" in client.get(index.url).content.decode()
    assert client.get(draft.url or f"/eksempler/{draft.slug}/").status_code == 404
    assert "Utkast som ikke er publisert" not in client.get(index.url).content.decode()
    assert "Utkast som ikke er publisert" not in client.get("/").content.decode()


def test_end_year_before_start_year_is_refused():
    page = ExamplePage(title="x", slug="x", summary="x", start_year=2020, end_year=2018)
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "Sluttåret kan ikke være før startåret" in str(error.value)


def test_related_examples_share_themes_best_first_without_self_or_drafts(client, example_index):
    index = example_index

    def make(title, tags, live=True):
        page = ExamplePageFactory(parent=index, title=title, live=live)
        page.tags.add(*tags)
        page.save()
        return page

    subject = make("Testkilde", ["Unikt tema A", "Unikt tema B", "Unikt tema C"])
    make("Deler tre temaer", ["Unikt tema A", "Unikt tema B", "Unikt tema C"])
    make("Deler to temaer", ["Unikt tema A", "Unikt tema B"])
    make("Deler ett tema", ["Unikt tema C"])
    make("Deler ingenting", ["Helt annet tema"])
    make("Utkast som deler alt", ["Unikt tema A", "Unikt tema B", "Unikt tema C"], live=False)

    related = [p.title for p in subject.related_examples()]
    assert related == ["Deler tre temaer", "Deler to temaer", "Deler ett tema"]

    html = client.get(subject.url).content.decode()
    section = html[html.index("Lignende eksempler") :]
    assert section.index("Deler tre temaer") < section.index("Deler to temaer")
    assert "Utkast som deler alt" not in html and "Deler ingenting" not in section


def test_example_has_share_controls_that_need_javascript(client, example):
    html = client.get(example.url).content.decode()
    assert '<p class="portal-share" lang="nb" data-share hidden>' in html
    assert "Kopier lenke til eksempelet" in html


def test_an_example_names_its_source_and_contact_and_its_former_municipality(client, example_index):
    fjell = Municipality.objects.get(number="1246")
    page = ExamplePageFactory(
        parent=example_index,
        title="Bustadkontor i gamle Fjell",
        municipality=fjell,
        source_url="https://veiviseren.no/forstaa-helheten/eksempler-og-erfaringer/fjell-test",
        source_title="Bustadkontor i Fjell (veiviseren.no)",
        source_published="2018-05",
        contact_name="Kari Nordmann",
        contact_role="Leiar, Bustadkontoret",
    )
    html = client.get(page.url).content.decode()
    facts = html[html.index("Fakta om eksempelet") : html.index("</dl>")]
    assert "<dd>Fjell (nå Øygarden)</dd>" in facts and "<dd>Vestland</dd>" in facts
    assert (
        f'<a class="ds-link" href="{page.source_url}">Bustadkontor i Fjell (veiviseren.no)</a>'
        " (2018-05)" in facts
    )
    assert "Kari Nordmann, Leiar, Bustadkontoret" in facts


def test_a_source_date_must_be_a_year_a_month_or_a_day():
    field = ExamplePage._meta.get_field("source_published")
    with pytest.raises(ValidationError) as error:
        field.clean("mai 2018", ExamplePage())
    assert error.value.messages == [
        "Skriv året (2019), måneden (2019-05) eller datoen (2019-05-14)."
    ]
    for value in ("2018", "2018-05", "2018-05-14"):
        assert field.clean(value, ExamplePage()) == value
