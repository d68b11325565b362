"""Factories for the site itself: the front page, the pages about the portal, the resources and
the editors' contact details."""

import datetime

from wagtail.models import Page

import factory

from core.factories import PortalPageFactory, SectionPageFactory, section, site_root
from home.models import (
    HomeFeaturedProcess,
    HomePage,
    InformationPage,
    ResourceIndexPage,
    ResourcePage,
    SiteContact,
    UnderstandingPage,
)


class HomePageFactory(PortalPageFactory):
    """The front page, directly under Wagtail's root. ``conftest.home`` makes it the default
    site's root page, as the demo loader does."""

    parent = factory.LazyFunction(Page.get_first_root_node)
    title = "Boligsosial veiviser"
    slug = "forside"
    intro = (
        "<p>Her finner du hjelp til å organisere det boligsosiale arbeidet i kommunen på tvers "
        "av enheter og fag.</p>"
    )

    class Meta:
        model = HomePage


class HomeFeaturedProcessFactory(factory.django.DjangoModelFactory):
    """A work process shown on the front page (``process`` is required)."""

    page = factory.LazyFunction(site_root)
    sort_order = factory.Sequence(int)

    class Meta:
        model = HomeFeaturedProcess


class InformationPageFactory(PortalPageFactory):
    """A page about the portal (about, privacy, accessibility), linked from every footer."""

    parent = factory.LazyFunction(site_root)
    title = "Om portalen"
    intro = factory.Faker(
        "random_element",
        elements=[
            "Boligsosial veiviser samler kunnskap, eksempler og verktøy for kommunenes "
            "boligsosiale arbeid.",
            "Slik behandler vi opplysningene du gir oss når du bruker portalen.",
            "Portalen skal kunne brukes av alle, også med skjermleser og bare tastatur.",
        ],
    )
    body = factory.LazyAttribute(
        lambda page: [
            {"type": "heading", "value": {"text": "Kontakt oss", "level": "h2"}},
            {
                "type": "paragraph",
                "value": "<p>Skriv til e-postadressen nederst på siden hvis noe er feil.</p>",
            },
        ]
    )
    last_updated = datetime.date(2025, 3, 14)

    class Meta:
        model = InformationPage


class ResourceIndexPageFactory(SectionPageFactory):
    title = "Ressurser"
    slug = "ressurser"
    intro = "<p>Rapporter, presentasjoner og verktøy som arbeidsprosessene bygger på.</p>"

    class Meta:
        model = ResourceIndexPage


class UnderstandingPageFactory(SectionPageFactory):
    """«Forstå helheten» with one success factor and one organisation."""

    title = "Forstå helheten"
    slug = "forsta-helheten"
    intro = "<p>Det som går igjen i kommunene som lykkes.</p>"
    success_factors = factory.LazyFunction(
        lambda: [
            {
                "type": "factor",
                "value": {
                    "title": "Forankring og eierskap",
                    "summary": "Arbeidet må være forankret hos de folkevalgte.",
                    "body": "<p>Alle må ha en felles forståelse av mål og ansvar.</p>",
                },
            }
        ]
    )
    organisations = factory.LazyFunction(
        lambda: [
            {
                "type": "organisation",
                "value": {
                    "name": "Leieboerforeningen",
                    "what": "Rådgir leietakere.",
                    "url": "https://www.leieboerforeningen.no/",
                },
            }
        ]
    )

    class Meta:
        model = UnderstandingPage


class ResourcePageFactory(PortalPageFactory):
    parent = section(ResourceIndexPageFactory)
    title = factory.Faker(
        "random_element",
        elements=[
            "Boligsosialt arbeid i kommunene – en kartlegging",
            "Samordning av tjenester til vanskeligstilte på boligmarkedet",
            "Bo-oppfølging som virker",
            "Veileder for tildeling av kommunale boliger",
        ],
    )
    kind = ResourcePage.Kind.REPORT
    authors = factory.Faker("name", locale="no_NO")
    publisher = factory.Faker(
        "random_element", elements=["NOVA", "NIBR", "Husbanken", "NTNU Samfunnsforskning"]
    )
    year = factory.Faker("random_int", min=2008, max=2024)
    summary = (
        "Rapporten beskriver hvordan kommunene organiserer arbeidet for å skaffe boliger til "
        "vanskeligstilte, og hva som skal til for at tjenestene samarbeider."
    )

    class Meta:
        model = ResourcePage


class SiteContactFactory(factory.django.DjangoModelFactory):
    """How to reach the editors, shown at the foot of every page (one per site)."""

    site = factory.LazyFunction(lambda: site_root().get_site())
    organisation = "Redaksjonen for Boligsosial veiviser"
    email = factory.Faker("email", locale="no_NO", domain="boligsosial.example")
    phone = factory.Faker("phone_number", locale="no_NO")

    class Meta:
        model = SiteContact

    @classmethod
    def _create(cls, model_class, site, **fields):
        # A page view may already have made the site's empty row (SiteContact.for_site).
        contact, _ = model_class.objects.update_or_create(site=site, defaults=fields)
        return contact
