"""Keep track of which pages use which glossary terms, for «Brukes på disse sidene».

A page's usage is recomputed when it is published; everything is recomputed when a term is
published, unpublished or deleted (its forms may now match other pages). Both run as tasks
(django-tasks, which Wagtail uses): immediately by default, on a worker if one is configured.
"""

from django.apps import apps
from django.db import transaction
from django.utils.html import escape

from wagtail.blocks import StreamValue
from wagtail.models import Page

from django_tasks import task

from glossary.matching import MarkingState, get_matcher
from glossary.models import GlossaryMarkingMixin, GlossaryTermUsage


def page_text(page):
    parts = []
    for name in page.glossary_text_fields:
        value = getattr(page, name, None)
        if value is None:
            continue
        if isinstance(value, StreamValue):
            parts.append(str(value.render_as_block()))
        elif isinstance(value, str) and "<" not in value:
            parts.append(f"<p>{escape(value)}</p>")
        else:
            parts.append(str(value))
    return "".join(parts)


def terms_used_by(page, matcher=None):
    state = MarkingState()
    (matcher or get_matcher()).mark_html(page_text(page), state, "", link=False)
    return list(state.seen)


def refresh_page(page, matcher=None):
    term_ids = terms_used_by(page, matcher)
    with transaction.atomic():
        GlossaryTermUsage.objects.filter(page_id=page.pk).delete()
        GlossaryTermUsage.objects.bulk_create(
            GlossaryTermUsage(term_id=term_id, page_id=page.pk) for term_id in term_ids
        )


def marking_page_models():
    return [
        model
        for model in apps.get_models()
        if issubclass(model, GlossaryMarkingMixin) and issubclass(model, Page)
    ]


def refresh_all():
    matcher = get_matcher()
    for model in marking_page_models():
        for page in model.objects.live():
            refresh_page(page, matcher)


@task()
def refresh_page_usage_task(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        refresh_page(page.specific)


@task()
def refresh_all_usage_task():
    refresh_all()
