from datetime import date

import factory

from core.factories import SectionPageFactory
from legal.models import LegalIndexPage, LegalProvision


class LegalProvisionFactory(factory.django.DjangoModelFactory):
    key = factory.Sequence(lambda n: f"proveloven-{n}")
    law = "Lov om prøving av lovhjemler (prøveloven)"
    short_name = "prøveloven"
    section = factory.Sequence(lambda n: f"§ 9-{n}")
    title = factory.Sequence(lambda n: f"Bestemmelse nummer {n}")
    url = factory.Sequence(lambda n: f"https://lovdata.no/lov/2026-01-01-{n}")
    last_checked = factory.LazyFunction(date.today)

    class Meta:
        model = LegalProvision


def law_references(*provisions):
    """A law_references stream value citing ``provisions``."""
    return [{"type": "provision", "value": {"provision": p.pk, "note": ""}} for p in provisions]


class LegalIndexPageFactory(SectionPageFactory):
    title = "Lover og forskrifter"
    slug = "lover-og-forskrifter"
    intro = "<p>Lovene og forskriftene portalen viser til, med lenke til Lovdata.</p>"

    class Meta:
        model = LegalIndexPage
