"""Schemathesis against /api/v1/openapi.json, in process: every operation, generated valid
and invalid input, as an administrator and as a regency officer.

Zero server errors (5xx), and every documented response matches its schema. Bounded: a
fixed number of examples per operation (SCHEMATHESIS_EXAMPLES), derandomised so a failure
is reproducible; the whole file runs in about a minute on two cores.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
)

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "12"))
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]


@pytest.fixture
def api_schema(db, users, settings):
    from django.core.signals import request_finished, request_started
    from django.core.wsgi import get_wsgi_application
    from django.db import close_old_connections

    from siapekspor.registry.tests.factories import make_enterprise

    settings.API_RATE_LIMIT_PER_MINUTE = 1_000_000
    make_enterprise(users["admin"], name="Keripik Uji Skema")  # something to read
    # As Django's test client does: a request must not close the test's connection (it
    # holds the test transaction; PostgreSQL would lose it).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def tokens(users):
    from siapekspor.accounts.services import api_token_issue

    return {
        role: api_token_issue(user=users[role], name="schemathesis")[1]
        for role in ("admin", "regency_officer")
    }


@pytest.mark.slow
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_api_answers_every_generated_request_without_a_server_error(api_schema, tokens, mode):
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) > 30
    for operation in operations:

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=mode))
        def call(case):
            for token in tokens.values():
                case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, checks=CHECKS)

        call()


def test_openapi_schema_names_are_unique():
    """Two schemas of one name (ProductOut of registry and of markets) were merged into one
    in the document: the documented shapes were wrong."""
    from ninja import Schema

    from siapekspor.api.api import api

    components = set(api.get_openapi_schema()["components"]["schemas"])
    seen: dict[str, set[str]] = {}
    stack = list(Schema.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if cls.__module__.startswith("siapekspor.") and cls.__name__ in components:
            seen.setdefault(cls.__name__, set()).add(f"{cls.__module__}.{cls.__qualname__}")
    clashes = {name: places for name, places in seen.items() if len(places) > 1}
    assert not clashes
