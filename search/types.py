"""What a result can be, and the type filter on the search page (?type=…).

Every visible result belongs to exactly one type, so the tabs add up to «Alle»: the last type
takes every page the others do not (the home page, section indexes, the pages about the portal).
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Page


@dataclass(frozen=True)
class ResultType:
    key: str  # the value of ?type=
    label: str  # the filter's name
    models: tuple  # "app_label.ModelName"; empty: every other page


RESULT_TYPES = (
    ResultType("eksempler", "Eksempler", ("examples.ExamplePage",)),
    ResultType(
        "prosesser",
        "Arbeidsprosesser og faser",
        (
            "phases.AreaPage",
            "phases.WorkProcessPage",
            "phases.PlanningStepPage",
            "phases.PhasePage",
            "phases.SubProcessPage",
        ),
    ),
    ResultType("ordliste", "Ordliste", ("glossary.GlossaryTerm",)),
    ResultType("ressurser", "Ressurser", ("home.ResourcePage",)),
    ResultType("sider", "Andre sider", ()),
)
TYPES_BY_KEY = {t.key: t for t in RESULT_TYPES}
GLOSSARY_MODEL = "glossary.GlossaryTerm"


def model_for(label):
    return apps.get_model(label)


def content_type_ids(labels):
    models = [model_for(label) for label in labels]
    # get_for_models is cached by ContentType's manager after the first call in a process.
    return {
        ct.pk
        for ct in ContentType.objects.get_for_models(*models, for_concrete_models=False).values()
    }


def page_content_type_ids():
    models = [m for m in apps.get_models() if issubclass(m, Page) and m is not Page]
    return {
        ct.pk
        for ct in ContentType.objects.get_for_models(*models, for_concrete_models=False).values()
    }


def type_content_type_ids(result_type):
    if result_type.models:
        return content_type_ids(result_type.models)
    named = set()
    for other in RESULT_TYPES:
        if other.models:
            named |= content_type_ids(other.models)
    return page_content_type_ids() - named


def type_of(model):
    """The ResultType a model belongs to (the catch-all for other pages)."""
    label = model._meta.label
    for result_type in RESULT_TYPES:
        if label in result_type.models:
            return result_type
    return RESULT_TYPES[-1]
