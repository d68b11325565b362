"""Factories for the glossary: its section page and its terms (published unless ``live=False``).

A term built here is live but has no revision; call ``term.save_revision().publish()`` where the
test is about what publishing does (glossary usage is recomputed on publish)."""

import factory

from core.factories import SectionPageFactory, publication_date, slug_of
from glossary.models import GlossaryIndexPage, GlossaryTerm

# (term, definition, variants): words of the field, explained as the glossary explains them.
TERMS = [
    (
        "Bostøtte",
        "Statlig støtte til husstander med lave inntekter og høye boutgifter.",
        "bostøtten",
    ),
    (
        "Startlån",
        "Lån fra kommunen til den som ikke får vanlig lån i banken til å kjøpe bolig.",
        "startlånet, startlån",
    ),
    (
        "Kommunal utleiebolig",
        "Bolig som kommunen eier eller leier, og som den leier ut til vanskeligstilte.",
        "kommunale utleieboliger, kommunal utleigebustad",
    ),
    (
        "Bo-oppfølging",
        "Hjelp i hjemmet til å mestre boforholdet, for eksempel å betale husleien i tide.",
        "",
    ),
    (
        "Tildeling",
        "Kommunens vedtak om hvem som får leie en kommunal bolig.",
        "tildelingen, tildelinger",
    ),
    (
        "Individuell plan",
        "En plan for den som trenger langvarige og koordinerte tjenester.",
        "individuelle planer",
    ),
    (
        "Husbanken",
        "Statens etat for boligpolitikken, som gir kommunene lån og tilskudd.",
        "",
    ),
    (
        "Bostedsløs",
        "En person uten egen eid eller leid bolig, som bor midlertidig hos andre eller i "
        "institusjon.",
        "bostedsløse, bustadlaus",
    ),
]


def term_row(n):
    if n < len(TERMS):
        return TERMS[n]
    return (f"Fagbegrep {n}", "Et begrep fra det boligsosiale arbeidet.", "")


def known(term):
    """The definition and variants (one per line) the list above gives a term."""
    for word, definition, variants in TERMS:
        if word == term:
            return definition, "\n".join(v.strip() for v in variants.split(",") if v.strip())
    return f"Forklaring av «{term}» i det boligsosiale arbeidet.", ""


class GlossaryIndexPageFactory(SectionPageFactory):
    title = "Ordliste"
    slug = "ordliste"
    intro = "<p>Forklaringer på ord og begreper i det boligsosiale arbeidet.</p>"

    class Meta:
        model = GlossaryIndexPage


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    """A published term. Without ``term`` the next of the field's words above; with it, a plain
    definition and no variants (pass them where the test is about them)."""

    term = factory.Sequence(lambda n: term_row(n)[0])
    slug = factory.LazyAttribute(lambda term: slug_of(term.term))
    definition = factory.LazyAttribute(lambda term: known(term.term)[0])
    variants = factory.LazyAttribute(lambda term: known(term.term)[1])
    live = True
    first_published_at = publication_date()
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        model = GlossaryTerm
        skip_postgeneration_save = True

    @factory.post_generation
    def related_terms(term, create, related, **kwargs):
        if create and related:
            term.related_terms.set(related)
            term.save()
