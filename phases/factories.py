"""Factories for work processes and their phases, with results and task groups as editors write
them. ``task()`` and ``task_group()`` build the StreamField data a test wants to assert on:

    PhasePageFactory(parent=process, number=2, task_groups=[
        task_group("Kartlegging", task("Kartlegge dagens organisering", "arbeidsgruppe")),
    ])
"""

import factory

from core.factories import PortalPageFactory, SectionPageFactory, section, slug_of
from phases.models import (
    AreaPage,
    PhasePage,
    PlanningStepPage,
    ResponsibleRole,
    SubProcessPage,
    WorkProcessIndexPage,
    WorkProcessPage,
)


def task(text, *responsible, sub_points=()):
    """One task; ``responsible`` are ResponsibleRole keys («radmann», «arbeidsgruppe» …)."""
    return {"text": text, "responsible": list(responsible), "sub_points": list(sub_points)}


def task_group(heading, *tasks):
    return {"type": "task_group", "value": {"heading": heading, "tasks": list(tasks)}}


def task_groups(*tasks, heading="Oppgaver"):
    """A task_groups stream value with one group: ``tasks`` are (text, [role keys]) pairs."""
    return [task_group(heading, *(task(text, *roles) for text, roles in tasks))]


def results(*texts):
    return [{"type": "result", "value": text} for text in texts]


# The five phases of a typical process, each with what it should deliver and one task group.
# (Title, short description, results, task group.)
STANDARD_PHASES = [
    (
        "Oppstart",
        "Kommunedirektøren gir et skriftlig mandat og oppnevner en styringsgruppe og en "
        "arbeidsgruppe.",
        ["Et godkjent mandat", "En arbeidsgruppe med leder"],
        task_group(
            "Beslutning og mandat",
            task("Beslutte at organiseringen skal gjennomgås", "radmann"),
            task(
                "Oppnevne styringsgruppe og arbeidsgruppe",
                "radmann",
                "styringsgruppe",
            ),
        ),
    ),
    (
        "Utarbeide kunnskapsgrunnlag",
        "Arbeidsgruppen kartlegger behovene, tjenestene og hvordan enhetene samarbeider i dag.",
        ["En beskrivelse av dagens organisering", "Tall på hvem som trenger hjelp til bolig"],
        task_group(
            "Kartlegging",
            task(
                "Kartlegge hvem som har boligsosiale oppgaver",
                "arbeidsgruppeleder",
                sub_points=["Hvem tildeler kommunale boliger?", "Hvem følger opp i bolig?"],
            ),
            task("Hente inn brukernes erfaringer", "arbeidsgruppe"),
        ),
    ),
    (
        "Forslag til modell",
        "Arbeidsgruppen vurderer alternative modeller og anbefaler én av dem.",
        ["Minst to vurderte modeller", "En anbefalt modell med konsekvenser"],
        task_group(
            "Vurdering av modeller",
            task("Beskrive fordeler og ulemper ved hver modell", "arbeidsgruppe"),
            task("Legge anbefalingen fram for styringsgruppen", "styringsgruppe"),
        ),
    ),
    (
        "Gjennomføring",
        "Den vedtatte modellen settes i verk, med opplæring og informasjon til de ansatte.",
        ["En plan for innføringen", "Ansatte som kjenner den nye organiseringen"],
        task_group(
            "Innføring",
            task("Lage en plan for innføringen", "virksomhetsledere"),
            task("Informere ansatte og tillitsvalgte", "virksomhetsledere"),
        ),
    ),
    (
        "Evaluere og tilpasse",
        "Kommunen ser etter en tid på om den nye organiseringen gir de resultatene den skulle.",
        ["En evaluering med forslag til justeringer"],
        task_group(
            "Evaluering",
            task("Evaluere organiseringen etter ett år", "radmann"),
            task("Rapportere til kommunestyret", "kommunestyret"),
        ),
    ),
]


def standard_phase(number):
    return STANDARD_PHASES[(number - 1) % len(STANDARD_PHASES)]


class WorkProcessIndexPageFactory(SectionPageFactory):
    title = "Arbeidsprosesser"
    slug = "arbeidsprosesser"
    intro = "<p>Steg for steg fra oppstart og mandat til evaluering.</p>"

    class Meta:
        model = WorkProcessIndexPage


class WorkProcessPageFactory(PortalPageFactory):
    """A work process; ``phases=5`` adds phases 1–5 with results and tasks, ``glossary_terms``
    lists terms for «Ord og begreper»."""

    parent = section(WorkProcessIndexPageFactory)
    title = factory.Sequence(
        lambda n: [
            "Organisering og tverrfaglig samarbeid",
            "Tildeling av kommunal bolig",
            "Bosetting av flyktninger",
            "Forhindre utkastelse",
        ][n % 4]
    )
    intro = "<p>Slik kan kommunen gå fram når den vil samordne det boligsosiale arbeidet bedre.</p>"
    background = (
        "<p>Den som trenger hjelp til å skaffe eller beholde en bolig, skal ikke måtte gå fra "
        "kontor til kontor.</p>"
    )

    class Meta:
        model = WorkProcessPage

    @factory.post_generation
    def glossary_terms(process, create, terms, **kwargs):
        if create and terms:
            process.glossary_terms.set(terms)
            process.save()

    @factory.post_generation
    def phases(process, create, count, **kwargs):
        if create and count:
            for number in range(1, count + 1):
                PhasePageFactory(parent=process, number=number, **kwargs)


class PhasePageFactory(PortalPageFactory):
    """A phase of a process (``parent`` is the process). Its title, description, results and
    task group follow the phase's number through the five standard phases."""

    parent = factory.SubFactory(WorkProcessPageFactory)
    number = factory.Sequence(lambda n: n % 5 + 1)
    title = factory.LazyAttribute(lambda phase: standard_phase(phase.number)[0])
    slug = factory.LazyAttribute(lambda phase: f"fase-{phase.number}-{slug_of(phase.title)}")
    short_description = factory.LazyAttribute(
        lambda phase: f"<p>{standard_phase(phase.number)[1]}</p>"
    )
    results_intro = "Når fasen er ferdig, har kommunen:"
    results = factory.LazyAttribute(lambda phase: results(*standard_phase(phase.number)[2]))
    task_groups = factory.LazyAttribute(lambda phase: [standard_phase(phase.number)[3]])
    reflection_questions = factory.LazyFunction(
        lambda: [{"type": "question", "value": "Hvem i kommunen merker at noe må endres?"}]
    )

    class Meta:
        model = PhasePage

    @factory.post_generation
    def glossary_terms(phase, create, terms, **kwargs):
        if create and terms:
            phase.glossary_terms.set(terms)
            phase.save()


class ResponsibleRoleFactory(factory.django.DjangoModelFactory):
    key = factory.Sequence(lambda n: f"rolle-{n}")
    label = factory.Sequence(lambda n: f"Rolle {n}")

    class Meta:
        model = ResponsibleRole
        django_get_or_create = ("key",)


class AreaPageFactory(PortalPageFactory):
    """An area (arbeidsområde) of the process index, the parent of its processes."""

    parent = section(WorkProcessIndexPageFactory)
    title = factory.Sequence(lambda n: f"Arbeidsområde {n}")
    intro = "<p>Kort om området.</p>"

    class Meta:
        model = AreaPage


class PlanningStepPageFactory(PortalPageFactory):
    """A step of a circular process (``parent`` is the process)."""

    parent = factory.SubFactory(WorkProcessPageFactory, kind=WorkProcessPage.Kind.CIRCULAR)
    number = factory.Sequence(lambda n: n % 6 + 1)
    title = factory.Sequence(lambda n: f"Trinn {n}")
    who_does_what = "<p>Planavdelingen leder arbeidet.</p>"
    background = "<p>Bakgrunn for trinnet.</p>"
    description = "<p>Kort beskrivelse av trinnet.</p>"

    class Meta:
        model = PlanningStepPage


class SubProcessPageFactory(PortalPageFactory):
    """A sub-process under a phase (``parent`` is the phase)."""

    parent = factory.SubFactory(PhasePageFactory)
    title = factory.Sequence(lambda n: f"Delprosess {n}")
    background = "<p>Bakgrunn for delprosessen.</p>"
    short_description = "<p>Kort beskrivelse av delprosessen.</p>"

    class Meta:
        model = SubProcessPage
