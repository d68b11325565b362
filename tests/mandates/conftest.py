"""The wizard's tests: a draft of the ``process`` fixture's work (phases 1–5 with their tasks)
under the ``wizard`` page, and clients that opened its edit or read link. The site is built
with the factories (tests/conftest.py), not the demo content."""

import pytest

from home.factories import SiteContactFactory
from mandates.prefill import create_draft


@pytest.fixture
def wizard(wizard):
    """The wizard on a site whose footer contact editors have filled in, as on a live site
    (without it the first page creates it, three queries that the query budgets would count)."""
    SiteContactFactory()
    return wizard


@pytest.fixture
def draft_and_tokens(wizard, process):
    return create_draft(process)


@pytest.fixture
def draft(draft_and_tokens):
    return draft_and_tokens[0]


@pytest.fixture
def tokens(draft_and_tokens):
    return draft_and_tokens[1]


def open_link(client, token):
    """Exchange a share link's token for access, as a browser following the link would."""
    response = client.get(f"/veiviser/lenke/{token}/")
    assert response.status_code == 303, response.status_code
    return response


@pytest.fixture
def editor(client, tokens):
    open_link(client, tokens["edit"])
    return client


@pytest.fixture
def reader(client_factory, tokens):
    reader = client_factory()
    open_link(reader, tokens["read"])
    return reader


@pytest.fixture
def client_factory():
    from django.test import Client

    return Client


def step_url(draft, number):
    return f"/veiviser/{draft.public_id}/steg/{number}/"


def section(draft, key):
    return draft.sections.get(key=key)


def post_step(client, draft, number, data, version=None, autosave=False, action="lagre"):
    """Post a step as its form would: the given fields, the version it was loaded at."""
    from mandates.sections import STEPS_BY_NUMBER

    step = STEPS_BY_NUMBER[number]
    if version is None:
        version = draft.sections.get(key=step.key).version
    payload = {"versjon": str(version), "handling": action, **data}
    if step.table is not None and f"{step.table.name}-TOTAL_FORMS" not in payload:
        rows = draft.sections.get(key=step.key).data.get(step.table.name, [])
        payload.update(table_payload(step.table, rows))
    if autosave:  # what the browser script sends while the user types
        payload.pop("handling")
        return client.post(step_url(draft, number) + "autolagring/", payload)
    return client.post(step_url(draft, number), payload)


def table_payload(table, rows):
    payload = {
        f"{table.name}-TOTAL_FORMS": str(len(rows)),
        f"{table.name}-INITIAL_FORMS": str(len(rows)),
    }
    for index, row in enumerate(rows):
        payload[f"{table.name}-{index}-id"] = row.get("id", "")
        for column in table.columns:
            posted = column.kind.posted(row.get(column.name, column.kind.empty()))
            if posted is not None:  # an unticked box sends nothing
                payload[f"{table.name}-{index}-{column.name}"] = posted
    return payload
