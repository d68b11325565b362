"""The faceted example listing, checked against a plain-Python oracle over generated examples."""

import random
import re

from django.db import connection
from django.http import QueryDict

import pytest

from examples.facets import facet_counts
from examples.factories import THEMES, ExamplePageFactory, MunicipalityFactory, TargetGroupFactory
from examples.filters import ExampleFilterSet
from examples.models import ExamplePage
from places.regions import County, SizeClass
from tests.conftest import planner_statistics

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated(example_index, process):
    """60 random examples over 12 municipalities (one of them in Trøndelag), 5 target groups and
    the five phases of a process."""
    rng = random.Random(7)
    index = example_index
    groups = TargetGroupFactory.create_batch(5)
    phases = process.get_phases()
    municipalities = [
        MunicipalityFactory(
            county=rng.choice(list(County.objects.current().order_by("number"))),
            size_class=rng.choice(SizeClass.values),
        )
        for _ in range(11)
    ] + [MunicipalityFactory(name="Steinkjer", county="trondelag")]
    for i in range(60):
        page = ExamplePageFactory(
            parent=index,
            title=f"Generert eksempel {i:02d}",
            municipality=rng.choice(municipalities),
            start_year=rng.choice([2012, 2015, 2018, 2021, None]),
        )
        page.tags.add(*rng.sample(THEMES, rng.randint(1, 4)))
        page.target_groups.set(rng.sample(groups, rng.randint(0, 2)))
        page.phases.set(rng.sample(phases, rng.randint(0, 2)))
        page.save()
    planner_statistics()
    return index


def attributes(page):
    return {
        "tema": {t.slug for t in page.tags.all()},
        "malgruppe": {g.slug for g in page.target_groups.all()},
        "fylke": {page.municipality.today_county.slug} if page.municipality else set(),
        "storrelse": {page.municipality.size_class} if page.municipality else set(),
        "fase": {str(p.pk) for p in page.phases.all()},
        "ar": {str(page.start_year)} if page.start_year else set(),
    }


def oracle(examples, selections, exclude=None):
    return {
        pk
        for pk, attrs in examples.items()
        if all(attrs[p] & set(v) for p, v in selections.items() if p != exclude)
    }


def random_selection(rng, examples):
    selections = {}
    facets = sorted(ExampleFilterSet.facet_names())
    for name in rng.sample(facets, rng.randint(1, 3)):
        pool = sorted({v for attrs in examples.values() for v in attrs[name]})
        selections[name] = rng.sample(pool, min(len(pool), rng.randint(1, 2)))
    return selections


def test_results_and_counts_match_the_oracle(generated):
    base = ExamplePage.objects.live().child_of(generated)
    examples = {
        p.pk: attributes(p)
        for p in base.select_related("municipality").prefetch_related(
            "tags", "target_groups", "phases"
        )
    }
    rng = random.Random(11)
    for _ in range(25):
        selections = random_selection(rng, examples)
        query = QueryDict(mutable=True)
        for param, values in selections.items():
            query.setlist(param, values)
        filterset = ExampleFilterSet(query, queryset=base)
        assert filterset.notices == []
        found = set(filterset.qs.values_list("pk", flat=True))
        assert found == oracle(examples, selections)
        for facet in facet_counts(filterset, base):
            others = oracle(examples, selections, exclude=facet.name)
            for value in facet.values:
                expected = sum(1 for pk in others if value.value in examples[pk][facet.name])
                assert value.count == expected, (selections, facet.name, value.value)
                assert value.selected == (value.value in selections.get(facet.name, []))


def test_zero_count_values_are_shown_disabled(client, generated):
    html = client.get("/eksempler/", {"fylke": "finnmark"}).content.decode()
    options = re.findall(r'<input type="checkbox"[^>]*name="tema"[^>]*>', html)
    assert options, "theme facet missing"
    disabled = [o for o in options if "disabled" in o]
    enabled = [o for o in options if "disabled" not in o]
    assert len(disabled) + len(enabled) == len(options)
    counts = re.findall(
        r'name="tema" value="[^"]+"(?: checked)?( disabled)?>\s*<label[^>]*>[^<]*'
        r'<span class="portal-facet__count">\((\d+)',
        html,
    )
    assert len(counts) == len(options)
    for is_disabled, count in counts:
        assert bool(is_disabled) == (count == "0")


def test_active_filters_show_as_removable_chips(client, generated):
    html = client.get("/eksempler/?tema=samordning&fylke=trondelag&q=bolig").content.decode()
    chips = re.findall(r'<a class="ds-chip portal-chip" href="([^"]*)">([^<]*)<', html)
    labels = [label for _, label in chips]
    assert "Tema: Samordning" in labels and "Fylke: Trøndelag" in labels
    assert "Tekst: «bolig»" in labels
    tema_href = dict((label, href) for href, label in chips)["Tema: Samordning"]
    assert "tema=samordning" not in tema_href and "fylke=trondelag" in tema_href


def test_more_than_one_filter_is_noindex(client, example):
    assert "noindex" not in client.get("/eksempler/").content.decode()
    assert "noindex" not in client.get("/eksempler/?tema=samordning").content.decode()
    assert "noindex" in client.get("/eksempler/?tema=samordning&fylke=trondelag").content.decode()


@pytest.mark.parametrize(
    "query,notice",
    [
        ("tema=finnes-ikke", "tema = «finnes-ikke» finnes ikke"),
        ("ar=tjuetjue", "startår = «tjuetjue» finnes ikke"),
        ("fase=999999999999", "fase = «999999999999» finnes ikke"),
        ("fylke=%3Cscript%3E", "fylke = «&lt;script&gt;» finnes ikke"),
        ("sortering=tilfeldig", "Ukjent sortering «tilfeldig»"),
        ("side=x&malgruppe=ukjent", "målgruppe = «ukjent» finnes ikke"),
    ],
)
def test_unknown_or_malformed_values_are_ignored_with_a_notice(
    client, example_index, query, notice
):
    for _ in range(3):
        ExamplePageFactory(tags=["Samordning"])
    total = ExamplePage.objects.live().count()
    response = client.get(f"/eksempler/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert notice in html
    assert f"{total} eksempler" in html  # the bad value filtered nothing away


def test_sorting_a_to_aa(client, example_index):
    for _ in range(example_index.page_size + 2):  # across two pages
        ExamplePageFactory()
    for title in ["Åpen dør for alle", "Ørsta-modellen", "Ærlig talt om bolig"]:
        ExamplePageFactory(title=title)
    html = client.get("/eksempler/?sortering=a-a&side=2").content.decode()
    html = client.get("/eksempler/?sortering=a-a").content.decode() + html
    titles = re.findall(
        r'portal-card__title"[^>]*><a class="ds-link" href="[^"]+">([^<]+)</a>', html
    )
    assert len(titles) == ExamplePage.objects.live().count()
    plain = [t for t in titles if t[0].upper() not in "ÆØÅ"]
    assert plain == sorted(plain, key=str.casefold)
    if connection.vendor == "postgresql":  # Norwegian collation: Æ, Ø, Å after Z
        assert all(t[0].upper() in "ÆØÅ" for t in titles[len(plain) :])
        ours = ["Ærlig talt om bolig", "Ørsta-modellen", "Åpen dør for alle"]
        assert [t for t in titles if t in ours] == ours


def test_free_text_narrows_the_listing(client, example_index):
    ExamplePageFactory.create_batch(3)
    ExamplePageFactory(title="Velferdslab i Asker", summary="Tjenestene utviklet sammen.")
    html = client.get("/eksempler/").content.decode()
    assert re.search(r">\s*4 eksempler\b", html)
    html = client.get("/eksempler/", {"q": "Velferdslab"}).content.decode()
    assert "Velferdslab i Asker" in html
    assert re.search(r">\s*1 eksempel\b", html)
