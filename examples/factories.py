"""Factories for the example bank: municipalities, themes, target groups and examples.

ExamplePageFactory(
    municipality=MunicipalityFactory(name="Hamar"), tags=["Samordning"],
    target_groups=[TargetGroupFactory()], phases=[phase2],
)
"""

import factory

from core.factories import PortalPageFactory, SectionPageFactory, section, slug_of
from examples.editorial import ensure_moderation
from examples.pages import ExampleIndexPage, ExamplePage
from examples.snippets import ExampleTheme, TargetGroup
from places.factories import MunicipalityFactory

# A few of the curated themes and target groups (the full sets are in demo/data/sections.py).
THEMES = [
    "Samordning",
    "Boligkontor",
    "Tildeling av bolig",
    "Oppfølging i bolig",
    "Brukermedvirkning",
    "Bosetting av flyktninger",
]
TARGET_GROUPS = [
    ("Barnefamilier", "barnefamilier"),
    ("Flyktninger", "flyktninger"),
    ("Bostedsløse", "bostedslose"),
    ("Personer med rusproblemer", "personer-med-rusproblemer"),
    ("Ungdom og unge voksne", "ungdom-og-unge-voksne"),
]
TITLES = [
    "Samlet hjelp med én dør inn",
    "Felles boligkontor for tildeling og oppfølging",
    "Boligsosialt team på tvers av enhetene",
    "Fra leie til eie med startlån",
    "Bo-oppfølging for unge voksne",
    "Bosetting av flyktninger i egen bolig",
]
SUMMARIES = [
    "Kommunen samlet tildeling, forvaltning og oppfølging i ett kontor, og søkerne slipper nå å "
    "gå fra kontor til kontor.",
    "Et tverrfaglig team møtes hver uke og finner sammen en bolig og riktig hjelp for den som "
    "søker.",
    "Leietakere i kommunale boliger får hjelp til å kjøpe egen bolig med startlån og tilskudd.",
    "Unge som flytter i egen bolig for første gang, får en fast kontaktperson det første året.",
]


class ExampleThemeFactory(factory.django.DjangoModelFactory):
    """A theme from the curated set (editors pick from it; moderators add to it)."""

    name = factory.Sequence(
        lambda n: THEMES[n % len(THEMES)] + ("" if n < len(THEMES) else f" {n}")
    )
    slug = factory.LazyAttribute(lambda theme: ExampleTheme().slugify(theme.name))  # as taggit

    class Meta:
        model = ExampleTheme
        django_get_or_create = ("name",)


class TargetGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(
        lambda n: (
            TARGET_GROUPS[n % len(TARGET_GROUPS)][0] + ("" if n < len(TARGET_GROUPS) else f" {n}")
        )
    )
    slug = factory.LazyAttribute(lambda group: slug_of(group.name))

    class Meta:
        model = TargetGroup
        django_get_or_create = ("slug",)


class ExampleIndexPageFactory(SectionPageFactory):
    """The example bank's section, with its moderation workflow and page permissions attached,
    as the admin hook and the demo loader attach them when the section is created."""

    title = "Eksempler"
    slug = "eksempler"
    intro = "<p>Slik har andre kommuner organisert og gjennomført boligsosialt arbeid.</p>"

    class Meta:
        model = ExampleIndexPage

    @factory.post_generation
    def moderation(index, create, extracted, **kwargs):
        if create and extracted is not False:
            ensure_moderation(index)


class ExamplePageFactory(PortalPageFactory):
    """A municipality's example. ``tags`` (theme names or themes), ``target_groups`` and
    ``phases`` are set after the page exists, then saved, so the search index has them too."""

    parent = section(ExampleIndexPageFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    title = factory.LazyAttributeSequence(
        lambda page, n: f"{TITLES[n % len(TITLES)]} i {page.municipality.name}"
    )
    responsible_unit = factory.Faker(
        "random_element",
        elements=["Boligkontoret", "NAV", "Tildelingsenheten", "Helse og omsorg"],
    )
    summary = factory.Sequence(lambda n: SUMMARIES[n % len(SUMMARIES)])
    background = (
        "<p>Søkerne måtte før gå til flere kontorer, og ingen hadde oversikt over hvem som "
        "ventet på bolig.</p>"
    )
    body = factory.LazyFunction(
        lambda: [
            {
                "type": "paragraph",
                "value": "<p>Kommunen satte ned en arbeidsgruppe med deltakere fra enhetene.</p>",
            }
        ]
    )
    results = "<p>Kortere ventetid og færre som står uten bolig.</p>"
    start_year = factory.Sequence(lambda n: 2012 + n % 12)
    contact_name = factory.Faker("name", locale="no_NO")
    contact_role = "Rådgiver, boligkontoret"
    contact_email = factory.Faker("email", locale="no_NO", domain="kommune.example")

    class Meta:
        model = ExamplePage

    @factory.post_generation
    def tags(page, create, themes, **kwargs):
        if create and themes:
            page.tags.add(*themes)
            return True

    @factory.post_generation
    def target_groups(page, create, groups, **kwargs):
        if create and groups:
            page.target_groups.set(groups)
            return True

    @factory.post_generation
    def phases(page, create, phases, **kwargs):
        if create and phases:
            page.phases.set(phases)
            return True

    @classmethod
    def _after_postgeneration(cls, page, create, results=None):
        # The relations are kept on the page until it is saved; one save commits them all.
        if create and results and any(results.values()):
            page.save()
