"""Factories for the search's own data: the editors' synonym groups."""

import factory

from search.models import SynonymGroup


class SynonymGroupFactory(factory.django.DjangoModelFactory):
    """Words that mean the same (bokmål and nynorsk, say), one group per row."""

    words = factory.Iterator(["leilighet, husvære", "kommune, kommunen", "søknad, søknaden"])
    note = ""

    class Meta:
        model = SynonymGroup
