"""docs/partner-api.md, the guide for a partner's developer, matches the API: every curl
example names an operation that exists with that method, sends a token, every write sends an
Idempotency-Key, and every JSON body uses only fields of that operation's request schema."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

GUIDE = Path(__file__).resolve().parents[4] / "docs" / "partner-api.md"


def _examples() -> list[list[str]]:
    text = GUIDE.read_text(encoding="utf-8")
    blocks = re.findall(r"```sh\n(.*?)```", text, flags=re.S)
    commands = []
    for block in blocks:
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = line.strip()
            if line.startswith("curl "):
                commands.append(shlex.split(line, posix=True))
    return commands


def _parse(argv: list[str]) -> tuple[str, str, dict[str, str], str | None]:
    method, url, headers, body = "GET", "", {}, None
    args = iter(argv[1:])
    for arg in args:
        if arg == "-X":
            method = next(args)
        elif arg == "-H":
            name, _sep, value = next(args).partition(":")
            headers[name.strip().lower()] = value.strip()
        elif arg == "-d":
            body = next(args)
            if method == "GET":
                method = "POST"
        elif arg.startswith("$SIAPEKSPOR"):
            url = arg
    return method, url, headers, body


def _operation(schema: dict, method: str, url: str) -> dict | None:
    path = url.removeprefix("$SIAPEKSPOR").split("?")[0]
    for template, operations in schema["paths"].items():
        pattern = "^" + re.sub(r"\\\{[^/]+?\\\}", r"\\d+", re.escape(template)) + "$"
        if re.match(pattern, "/api/v1" + path) and method.lower() in operations:
            return operations[method.lower()]
    return None


def _request_fields(schema: dict, operation: dict) -> set[str]:
    ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    name = ref.rsplit("/", 1)[-1]
    return set(schema["components"]["schemas"][name]["properties"])


@pytest.mark.django_db
def test_every_example_of_the_guide_matches_the_api(client):
    schema = client.get("/api/v1/openapi.json").json()
    examples = _examples()
    assert len(examples) >= 10
    seen = set()
    for argv in examples:
        method, url, headers, body = _parse(argv)
        assert url, argv
        operation = _operation(schema, method, url)
        assert operation is not None, f"{method} {url}: no such operation"
        seen.add(operation["operationId"])
        assert headers.get("authorization") == "Bearer $TOKEN", argv
        if method != "GET":
            assert headers.get("idempotency-key"), f"{method} {url}: no Idempotency-Key"
            assert headers.get("content-type") == "application/json"
            fields = set(json.loads(body or "{}"))
            assert fields <= _request_fields(schema, operation), (url, fields)
    # the writes of both audiences are shown
    for name in ("update_partner_referral", "give_my_consent", "withdraw_my_consent"):
        assert any(op.endswith(name) for op in seen), name


def test_the_guide_states_the_limits_and_the_key_rules(settings):
    text = GUIDE.read_text(encoding="utf-8")
    assert "SIAPEKSPOR_API_RATE_LIMIT_PER_MINUTE" in text
    assert f"({settings.API_RATE_LIMIT_PER_MINUTE} by default)" in text
    assert f"({settings.API_TOKEN_DAYS} days by default)" in text
    assert "429" in text and "Idempotency-Key" in text and "409" in text
