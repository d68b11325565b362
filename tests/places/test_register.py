"""The register of counties and municipalities (places/), loaded by places.0002 from the files
in places/data/: all of Norway as of 2024, with the numbers given up since and where they went."""

import csv

import pytest

from places.loading import DATA
from places.regions import County, Municipality, SizeClass

pytestmark = pytest.mark.django_db


def test_the_register_has_every_municipality_and_county_of_2024():
    assert Municipality.objects.current().count() == 357
    assert County.objects.current().count() == 15
    assert set(County.objects.current().values_list("slug", flat=True)) >= {
        "trondelag",
        "more-og-romsdal",
        "ostfold",
        "troms",
        "finnmark",
        "vestfold",
        "telemark",
    }


def test_every_number_is_unique_in_the_files_and_the_database():
    with open(DATA / "municipalities.csv", encoding="utf-8") as handle:
        numbers = [row["number"] for row in csv.DictReader(handle)]
    assert len(numbers) == len(set(numbers)) == 838
    assert Municipality.objects.count() == 838
    assert all(len(n) == 4 and n.isdigit() for n in numbers)


def test_each_current_municipality_is_in_exactly_one_current_county():
    for municipality in Municipality.objects.current().select_related("county", "current_county"):
        assert municipality.county.is_current, municipality.number
        assert municipality.current_county_id == municipality.county_id
        assert municipality.county.number == municipality.number[:2]
    counts = {
        c.name: c.municipalities.filter(valid_to=None).count() for c in County.objects.current()
    }
    assert sum(counts.values()) == 357
    assert counts["Innlandet"] == 46 and counts["Oslo"] == 1


def test_former_municipalities_are_mapped_to_current_successors():
    former = Municipality.objects.former().prefetch_related("successors")
    assert former.count() == 481
    for municipality in former:
        successors = list(municipality.successors.all())
        assert successors, municipality.number
        assert all(s.is_current for s in successors), municipality.number
        assert municipality.current_county_id == successors[0].county_id


@pytest.mark.parametrize(
    "number,label,county",
    [
        ("1246", "Fjell (nå Øygarden)", "Vestland"),
        ("0714", "Hof (nå Holmestrand)", "Vestfold"),
        ("1507", "Ålesund (nå Ålesund og Haram)", "Møre og Romsdal"),
        ("3024", "Bærum (kommunenummer 3024 til 2023)", "Akershus"),
        ("1818", "Herøy (Nordland)", "Nordland"),
        ("4626", "Øygarden", "Vestland"),
    ],
)
def test_labels_say_where_a_former_municipality_went(number, label, county):
    municipality = Municipality.objects.select_related("current_county").get(number=number)
    assert str(municipality) == label
    assert municipality.today_county.name == county


def test_size_classes_come_from_the_population():
    counts = {
        size: Municipality.objects.current().filter(size_class=size).count() for size in SizeClass
    }
    assert counts[SizeClass.SMALL] == 174  # «Liten (under 5 000)», SSB 1.1.2026
    assert SizeClass.SMALL.label == "Liten (under 5 000 innbyggere)"
    assert sum(counts.values()) == 357
    utsira = Municipality.objects.get(name="Utsira")
    assert utsira.population < 5000 and utsira.size_class == SizeClass.SMALL
    assert Municipality.objects.get(number="0301").size_class == SizeClass.XLARGE


def test_former_counties_point_to_todays():
    sogn = County.objects.get(name="Sogn og Fjordane")
    assert not sogn.is_current
    assert {c.name for c in sogn.successors.all()} == {"Møre og Romsdal", "Vestland"}
    viken = County.objects.get(name="Viken")
    assert {c.name for c in viken.successors.all()} == {"Østfold", "Akershus", "Buskerud"}
    assert County.objects.get(number="01").slug == "ostfold-01"


def test_labels_follow_a_rename_and_new_successors_made_in_the_admin():
    """What an administrator does after the refresh command: rename, set «Ble til» (README)."""
    oygarden = Municipality.objects.get(number="4626")
    oygarden.name = "Nye Øygarden"
    oygarden.save()
    assert str(oygarden) == "Nye Øygarden"
    assert str(Municipality.objects.get(number="1246")) == "Fjell (nå Nye Øygarden)"

    nordland = County.objects.get(number="18")
    nordland.name = "Nordlandet"
    nordland.save()
    assert str(Municipality.objects.get(number="1818")) == "Herøy (Nordlandet)"

    hof = Municipality.objects.get(number="0714")
    hof.successors.add(oygarden)
    assert str(Municipality.objects.get(number="0714")) == "Hof (nå Holmestrand og Nye Øygarden)"
    hof.successors.remove(oygarden)
    assert str(Municipality.objects.get(number="0714")) == "Hof (nå Holmestrand)"
