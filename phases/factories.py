import factory
import wagtail_factories

from phases.models import PhasePage, WorkProcessIndexPage, WorkProcessPage


class WorkProcessIndexPageFactory(wagtail_factories.PageFactory):
    title = "Arbeidsprosesser"
    slug = "arbeidsprosesser"

    class Meta:
        model = WorkProcessIndexPage


class WorkProcessPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Arbeidsprosess {n}")
    intro = "<p>Kort om arbeidsprosessen.</p>"

    class Meta:
        model = WorkProcessPage


class PhasePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Fase {n}")
    number = factory.Sequence(lambda n: n % 20)
    short_description = "<p>Kort beskrivelse av fasen.</p>"

    class Meta:
        model = PhasePage
