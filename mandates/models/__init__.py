from .drafts import MandateDraft, MandateSection, SectionRevision, ShareLink
from .guidance import StepGuidance
from .pages import MandateWizardPage

__all__ = [
    "MandateDraft",
    "MandateSection",
    "MandateWizardPage",
    "SectionRevision",
    "ShareLink",
    "StepGuidance",
]
