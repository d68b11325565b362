"""Help for each wizard step, written by editors in the CMS."""

from django.db import models

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from core.blocks import RICH_TEXT_FEATURES
from mandates.sections import STEPS

STEP_CHOICES = [(step.key, f"Steg {step.number}: {step.title}") for step in STEPS]


class StepGuidance(Orderable):
    page = ParentalKey(
        "mandates.MandateWizardPage", related_name="guidance", on_delete=models.CASCADE
    )
    step = models.CharField("Steg", max_length=40, choices=STEP_CHOICES)
    help_text = RichTextField("Veiledning", features=RICH_TEXT_FEATURES)
    example_wording = models.TextField(
        "Eksempel på formulering",
        blank=True,
        help_text="Vises som et forslag brukerne kan hente ord fra. Ren tekst.",
    )

    panels = [FieldPanel("step"), FieldPanel("help_text"), FieldPanel("example_wording")]

    class Meta(Orderable.Meta):
        verbose_name = "Veiledning for et steg"
        verbose_name_plural = "Veiledning for stegene"

    def __str__(self):
        return self.get_step_display()
