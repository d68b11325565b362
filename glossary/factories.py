import factory

from glossary.models import GlossaryTerm


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"Begrep {n}")
    slug = factory.Sequence(lambda n: f"begrep-{n}")
    definition = "En kort forklaring av begrepet."
    live = True

    class Meta:
        model = GlossaryTerm
