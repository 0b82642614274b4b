"""Every URL and API operation × every role → the expected status (SECURITY.md).

Each app appends its rows to MATRIX. `test_every_route_is_covered` fails when a route exists
that no row exercises, so a new page cannot ship without its permission rows.
"""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from siapekspor.registry.tests.factories import make_enterprise

ROLES = ["anonymous", "admin", "province_officer", "regency_officer", "partner_officer",
         "enterprise_owner"]


def _all(status):
    return dict.fromkeys(ROLES, status)


def _new_enterprise_form():
    return {"name": "Usaha Baru", "legal_form": "individual", "owner_gender": "unknown",
            "regency": "18.71", "is_active": "on"}


def _api_payload():
    return {"name": "Usaha API", "regency": "18.71"}


# (route name, method, path template, body, {role: status})
# Path placeholders: {own} = an enterprise in 18.71 (the regency officer's), {other} = one in
# 18.01, {mine} = the enterprise owner's own enterprise.
MATRIX: list[tuple[str, str, str, object, dict[str, int]]] = [
    ("reporting:home", "GET", "/", None,
     {**_all(200), "anonymous": 302, "enterprise_owner": 302}),
    ("registry:enterprise-list", "GET", "/registry/enterprises/", None,
     {**_all(200), "anonymous": 302, "partner_officer": 403}),
    ("registry:enterprise-create", "GET", "/registry/enterprises/new/", None,
     {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403}),
    ("registry:enterprise-create", "POST", "/registry/enterprises/new/", _new_enterprise_form,
     {**_all(302), "partner_officer": 403, "enterprise_owner": 403}),
    ("registry:enterprise-detail", "GET", "/registry/enterprises/{own}/", None,
     {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404}),
    ("registry:enterprise-detail", "GET", "/registry/enterprises/{other}/", None,
     {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200}),
    ("registry:enterprise-detail", "GET", "/registry/enterprises/{mine}/", None,
     {**_all(200), "anonymous": 302, "partner_officer": 404}),
    ("registry:enterprise-detail", "POST", "/registry/enterprises/{own}/",
     {"reason": "Verifikasi data untuk kelas ekspor"},
     {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404}),
    ("registry:enterprise-edit", "GET", "/registry/enterprises/{own}/edit/", None,
     {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404}),
    ("registry:enterprise-edit", "GET", "/registry/enterprises/{other}/edit/", None,
     {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200}),
    ("registry:enterprise-edit", "GET", "/registry/enterprises/{mine}/edit/", None,
     {**_all(200), "anonymous": 302, "partner_officer": 404}),
    ("registry:product-create", "GET", "/registry/enterprises/{own}/products/new/", None,
     {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404}),
    ("registry:product-create", "GET", "/registry/enterprises/{other}/products/new/", None,
     {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200}),
    ("registry:product-edit", "GET", "/registry/enterprises/{mine}/products/999999/", None,
     {**_all(404), "anonymous": 302}),
    ("accounts:login", "GET", "/accounts/login/", None, {**_all(302), "anonymous": 200}),
    ("accounts:logout", "POST", "/accounts/logout/", {}, _all(302)),
    ("accounts:password-reset", "GET", "/accounts/password-reset/", None, _all(200)),
    ("accounts:password-reset-done", "GET", "/accounts/password-reset/sent/", None, _all(200)),
    ("accounts:password-reset-confirm", "GET", "/accounts/reset/MQ/bad-token/", None, _all(200)),
    ("accounts:profile", "GET", "/accounts/profile/", None, {**_all(200), "anonymous": 302}),
    ("accounts:token-revoke", "POST", "/accounts/tokens/999999/revoke/", {},
     {**_all(404), "anonymous": 302}),
    ("admin:index", "GET", "/admin/", None, {**_all(302), "admin": 200}),
    ("set_language", "POST", "/i18n/setlang/", {"language": "en", "next": "/"}, _all(302)),
    ("javascript-catalog", "GET", "/jsi18n/", None, _all(200)),
    # API: token for users, nothing for anonymous.
    ("api-v1:api-root", "GET", "/api/v1/", None, _all(404)),
    ("api-v1:openapi-json", "GET", "/api/v1/openapi.json", None, _all(200)),
    ("api-v1:openapi-view", "GET", "/api/v1/docs", None, _all(200)),
    ("api-v1:list_enterprises", "GET", "/api/v1/enterprises", None,
     {**_all(200), "anonymous": 401, "partner_officer": 403}),
    ("api-v1:get_enterprise", "GET", "/api/v1/enterprises/{own}", None,
     {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404}),
    ("api-v1:get_enterprise", "GET", "/api/v1/enterprises/{other}", None,
     {**_all(404), "anonymous": 401, "admin": 200, "province_officer": 200}),
    ("api-v1:get_enterprise", "GET", "/api/v1/enterprises/{mine}", None,
     {**_all(200), "anonymous": 401, "partner_officer": 404}),
    ("api-v1:create_enterprise", "POST", "/api/v1/enterprises", _api_payload,
     {**_all(201), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403}),
    ("api-v1:update_enterprise", "PATCH", "/api/v1/enterprises/{own}", {"workforce": 9},
     {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404}),
    ("api-v1:update_enterprise", "PATCH", "/api/v1/enterprises/{other}", {"workforce": 9},
     {**_all(404), "anonymous": 401, "admin": 200, "province_officer": 200}),
    ("api-v1:update_enterprise", "PATCH", "/api/v1/enterprises/{mine}", {"workforce": 9},
     {**_all(200), "anonymous": 401, "partner_officer": 404}),
]

# Routes that are deliberately not in the matrix, with the reason.
UNCOVERED_ALLOWED = {
    "admin:*": "Django admin internals: every admin page requires is_staff (admin role only)",
}


@pytest.fixture
def world(users):
    own = make_enterprise(regency="18.71", name="Usaha Kota")
    other = make_enterprise(regency="18.01", name="Usaha Lamsel")
    return {"users": users, "own": own.pk, "other": other.pk,
            "mine": users["enterprise_owner"].enterprise_id}


def _cases():
    for row in MATRIX:
        _name, method, path, body, expected = row
        for role in ROLES:
            yield pytest.param(method, path, body, role, expected[role],
                               id=f"{method} {path} [{role}]")


@pytest.mark.parametrize(("method", "path", "body", "role", "expected"), list(_cases()))
def test_permission_matrix(client, api_client, world, method, path, body, role, expected):
    path = path.format(own=world["own"], other=world["other"], mine=world["mine"])
    body = body() if callable(body) else body
    is_api = path.startswith("/api/")
    if role != "anonymous":
        user = world["users"][role]
        if is_api:
            api_client.as_user(user)
        else:
            client.force_login(user)
    if is_api:
        call = {"GET": api_client.get, "POST": api_client.post, "PATCH": api_client.patch}[method]
        response = call(path) if method == "GET" else call(path, body)
    elif method == "GET":
        response = client.get(path)
    else:
        response = client.post(path, body or {})
    assert response.status_code == expected, (
        f"{method} {path} as {role}: {response.status_code}, expected {expected}")


def _route_names(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            ns = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from _route_names(entry, ns)
        elif isinstance(entry, URLPattern) and entry.name:
            yield prefix + entry.name


def test_every_route_is_covered_by_the_matrix():
    covered = {row[0] for row in MATRIX}
    missing = []
    for name in set(_route_names()):
        if name in covered:
            continue
        if any(name.startswith(p[:-1]) for p in UNCOVERED_ALLOWED if p.endswith("*")):
            continue
        missing.append(name)
    assert not missing, f"routes without permission rows: {sorted(missing)}"


def test_regency_officer_cannot_register_into_another_regency(users, client):
    from siapekspor.registry.models import Enterprise

    client.force_login(users["regency_officer"])
    data = {**_new_enterprise_form(), "regency": "18.01"}
    response = client.post("/registry/enterprises/new/", data)
    assert response.status_code == 200  # the form refuses: 18.01 is not a choice for them
    assert not Enterprise.objects.filter(name="Usaha Baru").exists()


def test_regency_officer_api_create_in_other_regency_is_forbidden(users, api_client):
    response = api_client.as_user(users["regency_officer"]).post(
        "/api/v1/enterprises", {"name": "Usaha Lain", "regency": "18.01"})
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"

