"""Django's model registry for the app: the wizard's page (pages.py), the drafts (drafts.py) and
the editors' step guidance (guidance.py). Modules inside the app import those directly, never
this one, so the page can sit on top of the views that serve its routes."""

from mandates.approvals import ApprovedVersion, ResultCheck
from mandates.drafts import MandateDraft, MandateSection, SectionRevision, ShareLink, WordTemplate
from mandates.guidance import StepGuidance
from mandates.pages import MandateWizardPage

__all__ = [
    "ApprovedVersion",
    "MandateDraft",
    "MandateSection",
    "MandateWizardPage",
    "ResultCheck",
    "SectionRevision",
    "ShareLink",
    "StepGuidance",
    "WordTemplate",
]
