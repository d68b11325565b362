"""No public page hands a template a queryset to evaluate (issue 19: a lazy queryset evaluated in a
template costs a query per use and hides it from the view's select_related/prefetch_related).

Django sends ``template_rendered`` under test as each template starts rendering: every queryset in
its context must have been evaluated by then (lists, or querysets already iterated)."""

from django.core.paginator import Page as PaginatorPage
from django.db.models import QuerySet
from django.test.signals import template_rendered

import pytest

from tests.portal.test_query_budget import many_examples, public_urls  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def lazy_values(context):
    for name, value in context.flatten().items():
        if isinstance(value, PaginatorPage):
            name, value = f"{name}.object_list", value.object_list
        if isinstance(value, QuerySet) and value._result_cache is None:
            yield name


def test_public_pages_hand_templates_no_lazy_querysets(client, many_examples):  # noqa: F811
    found = {}

    def inspect(sender, template, context, **kwargs):
        lazy = set(lazy_values(context))
        if lazy:
            found.setdefault(current[0], set()).update(f"{template.name}: {n}" for n in lazy)

    current = [None]
    template_rendered.connect(inspect)
    try:
        for url in public_urls(many_examples):
            current[0] = url
            client.get(url)
    finally:
        template_rendered.disconnect(inspect)
    assert found == {}
