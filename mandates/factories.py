"""Factories for the mandate wizard's page and the editors' guidance for its steps.

Drafts are made with ``mandates.prefill.create_draft(process)``, as the start page makes them:
it is the only way to the share-link tokens, which are stored hashed."""

import factory

from core.factories import SectionPageFactory
from mandates.guidance import StepGuidance
from mandates.pages import MandateWizardPage
from mandates.sections import EDITABLE_STEPS, STEPS


class MandateWizardPageFactory(SectionPageFactory):
    """The wizard at /veiviser/, with guidance for every step unless ``guidance=False``."""

    title = "Mandat og arbeidsplan"
    slug = "veiviser"
    intro = (
        "<p>Arbeidsgruppen skriver mandatet og arbeidsplanen sammen her, steg for steg. Dere "
        "trenger ingen brukerkonto.</p>"
    )
    privacy_note = (
        "<p>Den som har redigeringslenken, kan endre utkastet. Del den bare med arbeidsgruppen.</p>"
    )

    class Meta:
        model = MandateWizardPage

    @factory.post_generation
    def guidance(wizard, create, extracted, **kwargs):
        if create and extracted is not False and not wizard.guidance.exists():
            for step in STEPS:
                StepGuidanceFactory(page=wizard, step=step.key, **kwargs)


class StepGuidanceFactory(factory.django.DjangoModelFactory):
    step = factory.Iterator([step.key for step in EDITABLE_STEPS])
    help_text = factory.LazyAttribute(
        lambda guidance: (
            f"<p>Slik fyller dere ut «{guidance.step_title}»: skriv kort og "
            "konkret, og ta med det oppdragsgiveren må vite.</p>"
        )
    )
    example_wording = "Arbeidsgruppen skal legge fram et forslag til ny organisering."

    class Params:
        step_title = factory.LazyAttribute(
            lambda guidance: next(s.title for s in STEPS if s.key == guidance.step)
        )

    class Meta:
        model = StepGuidance
