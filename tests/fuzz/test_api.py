"""Schemathesis against /api/v2/openapi.json: every operation the API describes gets valid
(positive) and invalid (negative) parameters, and any 5xx fails.

The schema is read from the running API, as a client would; the requests go through Django's
test client (``FuzzClient``) on the test database with ``fuzz_site`` in it. Detail operations are
also tried with the ids of real objects, so the fuzzer reaches the serializers and not only the
404.
"""

import json

import pytest
import schemathesis
from hypothesis import given
from hypothesis import strategies as st
from schemathesis import GenerationMode

from examples.models import ExamplePage
from glossary.models import GlossaryTerm
from home.models import ResourcePage
from phases.models import PhasePage, WorkProcessPage
from tests.fuzz.conftest import server_error

pytestmark = pytest.mark.django_db

# An id that exists, per list path, for the detail operations under it.
REAL_OBJECTS = {
    "/api/v2/eksempler/": ExamplePage,
    "/api/v2/arbeidsprosesser/": WorkProcessPage,
    "/api/v2/faser/": PhasePage,
    "/api/v2/ordliste/": GlossaryTerm,
    "/api/v2/ressurser/": ResourcePage,
}


def query_string_values(query):
    """A generated query as the strings a client would send (lists repeat the key)."""
    data = {}
    for key, value in (query or {}).items():
        items = value if isinstance(value, list) else [value]
        strings = []
        for item in items:
            if item is None:
                continue
            if isinstance(item, bool):
                strings.append("true" if item else "false")
            elif isinstance(item, (dict, list)):
                strings.append(json.dumps(item))
            else:
                strings.append(str(item))
        data[str(key)] = strings
    return data


def strategies_for(operation):
    modes = [
        operation.as_strategy(mode) for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
    ]
    if "{id}" in operation.path:
        model = REAL_OBJECTS[operation.path.split("{id}")[0]]
        ids = [str(pk) for pk in model.objects.values_list("pk", flat=True)[:5]]
        modes.append(
            st.sampled_from(ids).flatmap(
                lambda pk: operation.as_strategy(path_parameters={"id": pk})
            )
        )
    return st.one_of(*modes)


def test_every_api_operation_answers_generated_input_without_a_5xx(fuzz_site, fuzz_client):
    fuzz_client.group = "api"
    schema = schemathesis.openapi.from_dict(fuzz_client.get("/api/v2/openapi.json").json())
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.path for op in operations} >= {
        *REAL_OBJECTS,
        *(f"{path}{{id}}/" for path in REAL_OBJECTS),
    }
    # The API is read-only; an operation with a body would need its body sent below.
    assert {op.method.upper() for op in operations} == {"GET"}
    failures = []
    for operation in operations:

        @given(case=strategies_for(operation))
        def call(case):
            data = query_string_values(case.query)
            headers = {str(k): str(v) for k, v in (case.headers or {}).items()}
            response = fuzz_client.get(case.formatted_path, data, headers=headers)
            problem = server_error(response, case.method.upper(), case.formatted_path, data)
            assert problem is None, problem

        try:
            call()
        except Exception as error:  # hypothesis re-raises the smallest failing case it found
            failures.append(f"{operation.method.upper()} {operation.path}: {error}")
    assert not failures, "\n\n".join(failures)
