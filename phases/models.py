"""Django's model registry for the app: the pages (pages.py) and the roles (roles.py)."""

from phases.pages import (
    AreaPage,
    PhasePage,
    PlanningStepPage,
    SubProcessPage,
    WorkProcessIndexPage,
    WorkProcessPage,
)
from phases.roles import ResponsibleRole

__all__ = [
    "AreaPage",
    "PhasePage",
    "PlanningStepPage",
    "ResponsibleRole",
    "SubProcessPage",
    "WorkProcessIndexPage",
    "WorkProcessPage",
]
