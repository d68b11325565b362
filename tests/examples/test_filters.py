"""The listing's FilterSet: validation, labels and a stable order belong to each filter."""

from django.http import QueryDict

from wagtail.models import Page

import pytest

from examples.facets import facet_counts
from examples.factories import ExamplePageFactory, MunicipalityFactory
from examples.filters import ExampleFilterSet
from examples.pages import ExamplePage
from examples.snippets import ExampleTheme
from phases.factories import PhasePageFactory, WorkProcessPageFactory
from places.regions import SizeClass

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree():
    """Two work processes with phases (created out of number order) and five examples."""
    root = Page.get_first_root_node()
    housing = WorkProcessPageFactory(parent=root, title="Bosetting av flyktninger")
    organising = WorkProcessPageFactory(parent=root, title="Organisering av arbeidet")
    phases = {
        "housing-2": PhasePageFactory(parent=housing, number=2, title="Kartlegging"),
        "housing-1": PhasePageFactory(parent=housing, number=1, title="Oppstart"),
        "organising-1": PhasePageFactory(parent=organising, number=1, title="Oppstart"),
    }
    parent = WorkProcessPageFactory(parent=root, title="Eksempler i testen")
    themes = {
        name: ExampleTheme.objects.get_or_create(name=name, defaults={"slug": slug})[0]
        for name, slug in [("Bostøtte", "bostotte-t"), ("Ærlighet", "aerlighet-t")]
    }
    sizes = [SizeClass.XLARGE, SizeClass.SMALL, SizeClass.LARGE, SizeClass.MEDIUM, SizeClass.LARGE]
    examples = []
    for i, size in enumerate(sizes):
        page = ExamplePageFactory(
            parent=parent,
            municipality=MunicipalityFactory(number=f"{8100 + i}", size_class=size),
            start_year=2015 + i % 3,
        )
        page.tags.add(themes["Bostøtte"] if i < 4 else themes["Ærlighet"])
        page.phases.set([phases["housing-2"], phases["organising-1"]] if i % 2 else [])
        page.save()
        examples.append(page)
    return {"parent": parent, "phases": phases, "examples": examples}


def filterset(tree, query=""):
    base = ExamplePage.objects.live().child_of(tree["parent"])
    return ExampleFilterSet(QueryDict(query), queryset=base), base


def facet(facets, name):
    return next(f for f in facets if f.name == name)


def test_phase_facet_groups_phases_by_process_in_tree_order(tree):
    fs, base = filterset(tree)
    phases = facet(facet_counts(fs, base), "fase")
    groups = [(g.label, [v.label for v in g.values]) for g in phases.groups]
    assert groups == [
        ("Bosetting av flyktninger", ["Fase 2: Kartlegging"]),
        ("Organisering av arbeidet", ["Fase 1: Oppstart"]),
    ]
    assert [v.count for v in phases.values] == [2, 2]


def test_values_keep_one_order_whatever_is_selected(tree):
    fs, base = filterset(tree)
    first = facet_counts(fs, base)
    sizes = [v.value for v in facet(first, "storrelse").values]
    assert sizes == ["small", "medium", "large", "xlarge"]  # size order, not count order
    assert [v.label for v in facet(first, "tema").values] == ["Bostøtte", "Ærlighet"]
    assert [v.value for v in facet(first, "ar").values] == ["2017", "2016", "2015"]

    fs, base = filterset(tree, "storrelse=large&tema=aerlighet-t")
    after = facet_counts(fs, base)
    for name in ("storrelse", "tema", "ar", "fase"):
        before = [v.value for v in facet(first, name).values]
        assert [v.value for v in facet(after, name).values] == before, name
    assert [v.count for v in facet(after, "storrelse").values] == [0, 0, 1, 0]


@pytest.mark.parametrize(
    "query,notice",
    [
        ("ar=%C2%B2", "startår = «²» finnes ikke"),  # a Unicode digit int() refuses
        ("fase=%E2%91%A0", "fase = «①» finnes ikke"),
        ("tema=%00", "tema = «\x00» finnes ikke"),
        ("fylke=atlantis", "fylke = «atlantis» finnes ikke"),
    ],
)
def test_a_bad_value_is_reported_and_the_rest_still_applies(tree, query, notice):
    fs, base = filterset(tree, f"{query}&tema=bostotte-t&tema=bostotte-t")
    assert any(notice in n for n in fs.notices), fs.notices
    assert fs.selections["tema"] == ["bostotte-t"]  # asked twice, applied once
    assert fs.qs.count() == 4


def test_free_text_and_sort_are_filters_too(tree):
    # Every example's results say «Kortere ventetid og færre som står uten bolig».
    fs, _ = filterset(tree, "q=%20%20Kortere%00%20ventetid&sortering=a-a")
    assert fs.query == "Kortere ventetid"
    titles = list(fs.qs.values_list("title", flat=True))
    assert titles == sorted(titles, key=str.casefold) and len(titles) == 5
    fs, _ = filterset(tree, "sortering=tilfeldig")
    assert fs.notices == ["Ukjent sortering «tilfeldig» ble ignorert."]
    assert fs.sort == "nyeste"
