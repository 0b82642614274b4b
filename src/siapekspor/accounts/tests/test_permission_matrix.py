"""Every URL and API operation × every role → the expected status (SECURITY.md).

Each app appends its rows to MATRIX. `test_every_route_is_covered` fails when a route exists
that no row exercises, so a new page cannot ship without its permission rows.
"""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from siapekspor.registry.tests.factories import make_enterprise

ROLES = [
    "anonymous",
    "admin",
    "province_officer",
    "regency_officer",
    "partner_officer",
    "enterprise_owner",
]


def _all(status):
    return dict.fromkeys(ROLES, status)


def _new_enterprise_form():
    return {
        "name": "Usaha Baru",
        "legal_form": "individual",
        "owner_gender": "unknown",
        "regency": "18.71",
        "is_active": "on",
    }


def _api_payload():
    return {"name": "Usaha API", "regency": "18.71"}


# (route name, method, path template, body, {role: status})
# Path placeholders: {own} = an enterprise in 18.71 (the regency officer's), {other} = one in
# 18.01, {mine} = the enterprise owner's own enterprise.
MATRIX: list[tuple[str, str, str, object, dict[str, int]]] = [
    ("reporting:home", "GET", "/", None, {**_all(200), "enterprise_owner": 302}),
    (
        "registry:enterprise-list",
        "GET",
        "/registry/enterprises/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403},
    ),
    (
        "registry:enterprise-list",
        "POST",
        "/registry/enterprises/",
        lambda: {"q": "Kopi"},
        {**_all(302), "partner_officer": 403},
    ),
    (
        "registry:enterprise-create",
        "GET",
        "/registry/enterprises/new/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:enterprise-create",
        "POST",
        "/registry/enterprises/new/",
        _new_enterprise_form,
        {**_all(302), "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:enterprise-detail",
        "GET",
        "/registry/enterprises/{own}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "registry:enterprise-detail",
        "GET",
        "/registry/enterprises/{other}/",
        None,
        {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "registry:enterprise-detail",
        "GET",
        "/registry/enterprises/{mine}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404},
    ),
    (
        "registry:enterprise-detail",
        "POST",
        "/registry/enterprises/{own}/",
        {"reason": "Verifikasi data untuk kelas ekspor"},
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "registry:enterprise-edit",
        "GET",
        "/registry/enterprises/{own}/edit/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "registry:enterprise-edit",
        "GET",
        "/registry/enterprises/{other}/edit/",
        None,
        {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "registry:enterprise-edit",
        "GET",
        "/registry/enterprises/{mine}/edit/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404},
    ),
    (
        "registry:product-create",
        "GET",
        "/registry/enterprises/{own}/products/new/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "registry:product-create",
        "GET",
        "/registry/enterprises/{other}/products/new/",
        None,
        {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "registry:product-edit",
        "GET",
        "/registry/enterprises/{mine}/products/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    ("accounts:login", "GET", "/accounts/login/", None, {**_all(302), "anonymous": 200}),
    ("accounts:logout", "POST", "/accounts/logout/", {}, _all(302)),
    ("accounts:password-reset", "GET", "/accounts/password-reset/", None, _all(200)),
    ("accounts:password-reset-done", "GET", "/accounts/password-reset/sent/", None, _all(200)),
    ("accounts:password-reset-confirm", "GET", "/accounts/reset/MQ/bad-token/", None, _all(200)),
    ("accounts:profile", "GET", "/accounts/profile/", None, {**_all(200), "anonymous": 302}),
    (
        "accounts:token-revoke",
        "POST",
        "/accounts/tokens/999999/revoke/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    ("admin:index", "GET", "/admin/", None, {**_all(302), "admin": 200}),
    ("set_language", "POST", "/i18n/setlang/", {"language": "en", "next": "/"}, _all(302)),
    ("javascript-catalog", "GET", "/jsi18n/", None, _all(200)),
    # Health probe: counts and ages only, for monitors without an account.
    ("healthz", "GET", "/healthz", None, _all(200)),
    # API: token for users, nothing for anonymous.
    ("api-v1:api-root", "GET", "/api/v1/", None, _all(404)),
    # Markets: trade intelligence is public knowledge for every signed-in role.
    ("markets:product-search", "GET", "/markets/?q=kopi", None, {**_all(200), "anonymous": 302}),
    (
        "markets:product-detail",
        "GET",
        "/markets/products/090111/",
        None,
        {**_all(200), "anonymous": 302},
    ),
    (
        "api-v1:products",
        "GET",
        "/api/v1/markets/products?q=kopi",
        None,
        {**_all(200), "anonymous": 401},
    ),
    # No trade data is loaded in the test database: signed-in roles get a clear 404.
    (
        "api-v1:recommendations",
        "GET",
        "/api/v1/markets/products/090111/recommendations",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:indicators",
        "GET",
        "/api/v1/markets/products/090111/indicators",
        None,
        {**_all(404), "anonymous": 401},
    ),
    ("api-v1:status", "GET", "/api/v1/markets/status", None, {**_all(200), "anonymous": 401}),
    ("api-v1:openapi-json", "GET", "/api/v1/openapi.json", None, _all(200)),
    ("api-v1:openapi-view", "GET", "/api/v1/docs", None, _all(200)),
    (
        "api-v1:list_enterprises",
        "GET",
        "/api/v1/enterprises",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403},
    ),
    (
        "api-v1:search_enterprises",
        "POST",
        "/api/v1/enterprises/search",
        lambda: {"q": "Kopi"},
        {**_all(200), "anonymous": 401, "partner_officer": 403},
    ),
    (
        "api-v1:get_enterprise",
        "GET",
        "/api/v1/enterprises/{own}",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:get_enterprise",
        "GET",
        "/api/v1/enterprises/{other}",
        None,
        {**_all(404), "anonymous": 401, "admin": 200, "province_officer": 200},
    ),
    (
        "api-v1:get_enterprise",
        "GET",
        "/api/v1/enterprises/{mine}",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 404},
    ),
    (
        "api-v1:create_enterprise",
        "POST",
        "/api/v1/enterprises",
        _api_payload,
        {**_all(201), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:update_enterprise",
        "PATCH",
        "/api/v1/enterprises/{own}",
        {"workforce": 9},
        {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:update_enterprise",
        "PATCH",
        "/api/v1/enterprises/{other}",
        {"workforce": 9},
        {**_all(404), "anonymous": 401, "admin": 200, "province_officer": 200},
    ),
    (
        "api-v1:update_enterprise",
        "PATCH",
        "/api/v1/enterprises/{mine}",
        {"workforce": 9},
        {**_all(200), "anonymous": 401, "partner_officer": 404},
    ),
    # Bulk import, duplicate review and export (issue 3): officers only.
    (
        "registry:import-upload",
        "GET",
        "/registry/import/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:import-upload",
        "POST",
        "/registry/import/",
        {},
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:import-confirm",
        "GET",
        "/registry/import/999999/confirm/",
        None,
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:batch-list",
        "GET",
        "/registry/import/batches/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:batch-detail",
        "GET",
        "/registry/import/batches/999999/",
        None,
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:batch-status",
        "GET",
        "/registry/import/batches/999999/status.json",
        None,
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:batch-report",
        "GET",
        "/registry/import/batches/999999/report/",
        None,
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:batch-report",
        "POST",
        "/registry/import/batches/999999/report/",
        {"reason": "Memperbaiki baris yang ditolak"},
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:import-confirm",
        "POST",
        "/registry/import/999999/confirm/",
        {"action": "reveal", "reason": "Memeriksa NIK sebelum impor"},
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:batch-run-again",
        "POST",
        "/registry/import/batches/999999/run-again/",
        {},
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:dedup-list",
        "GET",
        "/registry/duplicates/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:dedup-decide",
        "POST",
        "/registry/duplicates/999999/decide/",
        {"action": "dismiss"},
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:dedup-undo",
        "POST",
        "/registry/duplicates/merges/999999/undo/",
        {},
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:registry-export",
        "GET",
        "/registry/export/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:registry-export",
        "POST",
        "/registry/export/",
        {"format": "csv"},
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:list_import_batches",
        "GET",
        "/api/v1/import-batches",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:get_import_batch",
        "GET",
        "/api/v1/import-batches/999999",
        None,
        {**_all(404), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:list_duplicates",
        "GET",
        "/api/v1/duplicates",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    # --- readiness (issue 5). 999999 = a record that does not exist (404 in every scope);
    # per-record rules with real records are tested in readiness/tests and training/tests.
    (
        "readiness:home",
        "GET",
        "/readiness/",
        None,
        {**_all(200), "anonymous": 302, "enterprise_owner": 302},
    ),
    (
        "readiness:enterprise",
        "GET",
        "/readiness/enterprises/{own}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "readiness:enterprise",
        "GET",
        "/readiness/enterprises/{other}/",
        None,
        {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "readiness:enterprise",
        "GET",
        "/readiness/enterprises/{mine}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404},
    ),
    (
        "readiness:start",
        "POST",
        "/readiness/enterprises/{mine}/start/",
        {},
        {**_all(302), "partner_officer": 404},
    ),
    (
        "readiness:start",
        "POST",
        "/readiness/enterprises/{other}/start/",
        {},
        {**_all(404), "anonymous": 302, "admin": 302, "province_officer": 302},
    ),
    (
        "readiness:take",
        "GET",
        "/readiness/assessments/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "readiness:submit",
        "POST",
        "/readiness/assessments/999999/submit/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "readiness:result",
        "GET",
        "/readiness/assessments/999999/result/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "api-v1:readiness_questionnaire",
        "GET",
        "/api/v1/questionnaire",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:list_assessments",
        "GET",
        "/api/v1/assessments",
        None,
        {**_all(200), "anonymous": 401},
    ),
    (
        "api-v1:get_assessment",
        "GET",
        "/api/v1/assessments/999999",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:create_assessment",
        "POST",
        "/api/v1/assessments",
        {"enterprise_id": 999999},
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:update_assessment",
        "PATCH",
        "/api/v1/assessments/999999",
        {"answers": {}},
        {**_all(404), "anonymous": 401},
    ),
    # --- training (issue 5). Partners see the class catalogue and figures, never rosters.
    ("training:home", "GET", "/training/", None, {**_all(200), "anonymous": 302}),
    (
        "training:class-create",
        "GET",
        "/training/classes/new/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "training:class-detail",
        "GET",
        "/training/classes/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:class-propose",
        "POST",
        "/training/classes/999999/propose/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:class-invite",
        "POST",
        "/training/classes/999999/invite/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:session-create",
        "POST",
        "/training/classes/999999/sessions/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:certificates-issue",
        "POST",
        "/training/classes/999999/certificates/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:post-create",
        "POST",
        "/training/classes/999999/posts/",
        {"body": "x"},
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:enrollment-action",
        "POST",
        "/training/enrollments/999999/accept/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:attendance",
        "GET",
        "/training/sessions/999999/attendance/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:certificate-pdf",
        "GET",
        "/training/certificates/SE-NONE/pdf/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    ("training:verify", "GET", "/training/verify/?code=SE-NONE", None, _all(200)),
    (
        "training:enrollment-participant",
        "POST",
        "/training/enrollments/999999/participant/",
        {"participant_name": "Siti Aminah"},
        {**_all(404), "anonymous": 302},
    ),
    # The certificate signatory (issue 14): administrators and province officers.
    (
        "training:signatories",
        "GET",
        "/training/signatories/",
        None,
        {**_all(403), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "training:signature-image",
        "GET",
        "/training/signatories/999999/signature/",
        None,
        {**_all(403), "anonymous": 302, "admin": 404, "province_officer": 404},
    ),
    (
        "training:propose",
        "GET",
        "/training/propose/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    ("training:modules", "GET", "/training/modules/", None, {**_all(200), "anonymous": 302}),
    (
        "training:module-detail",
        "GET",
        "/training/modules/no-such-module/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "training:mentors",
        "GET",
        "/training/mentors/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "training:figures",
        "GET",
        "/training/figures/",
        None,
        {**_all(200), "anonymous": 302, "enterprise_owner": 403},
    ),
    ("api-v1:list_classes", "GET", "/api/v1/classes", None, {**_all(200), "anonymous": 401}),
    ("api-v1:get_class", "GET", "/api/v1/classes/999999", None, {**_all(404), "anonymous": 401}),
    (
        "api-v1:create_class",
        "POST",
        "/api/v1/classes",
        {"stage_id": 999999, "level": "pemula", "name": "K", "regency": "18.71"},
        {**_all(404), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:list_enrollments",
        "GET",
        "/api/v1/classes/999999/enrollments",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:create_enrollment",
        "POST",
        "/api/v1/classes/999999/enrollments",
        {"enterprise_id": 1},
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:enrollment_action",
        "POST",
        "/api/v1/enrollments/999999/accept",
        {},
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:enrollment_participant",
        "POST",
        "/api/v1/enrollments/999999/participant",
        {"participant_name": "Siti Aminah"},
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:propose_candidates",
        "GET",
        "/api/v1/classes/propose/candidates?level=pemula&regency=18.71",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:programme_figures",
        "GET",
        "/api/v1/programme-figures",
        None,
        {**_all(200), "anonymous": 401, "enterprise_owner": 403},
    ),
    # --- shipments and outcomes (issue 6). 999999 = no such shipment; per-record rules with
    # real shipments (evidence, scope) are tested in shipments/tests and reporting/tests.
    (
        "shipments:list",
        "GET",
        "/shipments/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403},
    ),
    (
        "shipments:create",
        "GET",
        "/shipments/new/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403},
    ),
    (
        "shipments:create",
        "POST",
        "/shipments/new/",
        {},
        {**_all(200), "anonymous": 302, "partner_officer": 403},
    ),
    (
        "shipments:import",
        "GET",
        "/shipments/import/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "shipments:import",
        "POST",
        "/shipments/import/",
        {},
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "shipments:import-detail",
        "GET",
        "/shipments/import/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    ("shipments:detail", "GET", "/shipments/999999/", None, {**_all(404), "anonymous": 302}),
    (
        "shipments:detail",
        "POST",
        "/shipments/999999/",
        {"decision": "verify"},
        {**_all(404), "anonymous": 302},
    ),
    ("shipments:delete", "POST", "/shipments/999999/delete/", {}, {**_all(404), "anonymous": 302}),
    (
        "shipments:evidence",
        "GET",
        "/shipments/999999/evidence/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "api-v1:list_shipments",
        "GET",
        "/api/v1/shipments",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403},
    ),
    (
        "api-v1:get_shipment",
        "GET",
        "/api/v1/shipments/999999",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:create_shipment",
        "POST",
        "/api/v1/shipments",
        {
            "peb_number": "MATRIX-1",
            "kind": "direct",
            "enterprise_id": 999999,
            "export_date": "2025-01-02",
            "hs_code": "090111",
            "destination": "JPN",
            "fob_usd": "1",
            "fob_idr": "1",
            "quantity": "1",
            "unit": "kg",
        },
        {**_all(400), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:verify_shipment",
        "POST",
        "/api/v1/shipments/999999/verify",
        {"approve": True},
        {**_all(404), "anonymous": 401},
    ),
    # Outcomes dashboard, forecast, report: officers and partners (aggregates); before the
    # first rebuild the reports answer 404.
    (
        "reporting:dashboard",
        "GET",
        "/outcomes/",
        None,
        {**_all(200), "anonymous": 302, "enterprise_owner": 403},
    ),
    (
        "reporting:forecast",
        "GET",
        "/outcomes/forecast/",
        None,
        {**_all(200), "anonymous": 302, "enterprise_owner": 403},
    ),
    (
        "reporting:report-pdf",
        "GET",
        "/outcomes/report.pdf",
        None,
        {**_all(404), "anonymous": 302, "enterprise_owner": 403},
    ),
    (
        "reporting:report-xlsx",
        "GET",
        "/outcomes/report.xlsx",
        None,
        {**_all(404), "anonymous": 302, "enterprise_owner": 403},
    ),
    (
        "api-v1:kpi_summary",
        "GET",
        "/api/v1/kpi/summary",
        None,
        {**_all(404), "anonymous": 401, "enterprise_owner": 403},
    ),
    (
        "api-v1:kpi_regencies",
        "GET",
        "/api/v1/kpi/regencies",
        None,
        {**_all(404), "anonymous": 401, "enterprise_owner": 403},
    ),
    (
        "api-v1:kpi_sectors",
        "GET",
        "/api/v1/kpi/sectors",
        None,
        {**_all(404), "anonymous": 401, "enterprise_owner": 403},
    ),
    (
        "api-v1:kpi_funnel",
        "GET",
        "/api/v1/kpi/funnel",
        None,
        {**_all(404), "anonymous": 401, "enterprise_owner": 403},
    ),
    (
        "api-v1:kpi_trend",
        "GET",
        "/api/v1/kpi/trend",
        None,
        {**_all(404), "anonymous": 401, "enterprise_owner": 403},
    ),
    (
        "api-v1:kpi_values",
        "GET",
        "/api/v1/kpi/values",
        None,
        {**_all(404), "anonymous": 401, "enterprise_owner": 403},
    ),
    (
        "api-v1:kpi_cohorts",
        "GET",
        "/api/v1/kpi/cohorts",
        None,
        {**_all(404), "anonymous": 401, "enterprise_owner": 403},
    ),
    (
        "api-v1:kpi_forecast",
        "GET",
        "/api/v1/kpi/forecast",
        None,
        {**_all(404), "anonymous": 401, "enterprise_owner": 403},
    ),
    # --- machine translation (issue 16 item 5): the review queue and glossary editing are
    # province-wide; officers see the glossary and the engine status. 999999 = no such row;
    # per-record rules are tested in translation/tests.
    (
        "translation:review-list",
        "GET",
        "/translation/",
        None,
        {**_all(403), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    ("translation:review", "GET", "/translation/999999/", None, {**_all(404), "anonymous": 302}),
    (
        "translation:review",
        "POST",
        "/translation/999999/",
        {"text": "x"},
        {**_all(404), "anonymous": 302},
    ),
    (
        "translation:glossary-list",
        "GET",
        "/translation/glossary/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "translation:glossary-create",
        "GET",
        "/translation/glossary/new/",
        None,
        {**_all(403), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "translation:glossary-create",
        "POST",
        "/translation/glossary/new/",
        {},
        {**_all(403), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "translation:glossary-edit",
        "GET",
        "/translation/glossary/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "translation:glossary-edit",
        "POST",
        "/translation/glossary/999999/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "api-v1:translation_status",
        "GET",
        "/api/v1/translation/status",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:list_translations",
        "GET",
        "/api/v1/translation/translations",
        None,
        {**_all(403), "anonymous": 401, "admin": 200, "province_officer": 200},
    ),
    (
        "api-v1:get_translation",
        "GET",
        "/api/v1/translation/translations/999999",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:correct_translation",
        "POST",
        "/api/v1/translation/translations/999999/correction",
        {"text": "x"},
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:list_glossary_terms",
        "GET",
        "/api/v1/translation/glossary",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:create_glossary_term",
        "POST",
        "/api/v1/translation/glossary",
        {"key": "istilah-matriks", "kind": "product", "forms": {"id": "istilah matriks"}},
        {**_all(403), "anonymous": 401, "admin": 201, "province_officer": 201},
    ),
    (
        "api-v1:update_glossary_term",
        "PATCH",
        "/api/v1/translation/glossary/999999",
        {"note": "x"},
        {**_all(404), "anonymous": 401},
    ),
    # --- compliance (issue 15): requirements are read by every signed-in user and edited by
    # province-wide officers; certificates, checklists for an enterprise and cases follow the
    # enterprise scope (partners none). 999999 = no such record.
    (
        "compliance:home",
        "GET",
        "/compliance/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 302},
    ),
    (
        "compliance:checklist",
        "GET",
        "/compliance/checklist/",
        None,
        {**_all(200), "anonymous": 302},
    ),
    (
        "compliance:checklist",
        "GET",
        "/compliance/checklist/?hs=090111&market=USA&date=2026-09-01&enterprise={own}",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "compliance:enterprise",
        "GET",
        "/compliance/enterprises/{own}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "compliance:enterprise",
        "GET",
        "/compliance/enterprises/{mine}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404},
    ),
    (
        "compliance:enterprise",
        "POST",
        "/compliance/enterprises/{own}/",
        {},
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "compliance:case-create",
        "POST",
        "/compliance/enterprises/{own}/cases/",
        {},
        {**_all(302), "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "compliance:certificate-evidence",
        "GET",
        "/compliance/certificates/999999/evidence/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "compliance:certificate-delete",
        "POST",
        "/compliance/certificates/999999/delete/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    ("compliance:case", "GET", "/compliance/cases/999999/", None, {**_all(404), "anonymous": 302}),
    ("compliance:case", "POST", "/compliance/cases/999999/", {}, {**_all(404), "anonymous": 302}),
    ("compliance:rules", "GET", "/compliance/rules/", None, {**_all(200), "anonymous": 302}),
    (
        "compliance:rule",
        "GET",
        "/compliance/rules/999999/",
        None,
        {**_all(403), "anonymous": 302, "admin": 404, "province_officer": 404},
    ),
    (
        "api-v1:list_compliance_documents",
        "GET",
        "/api/v1/compliance/documents",
        None,
        {**_all(200), "anonymous": 401},
    ),
    (
        "api-v1:list_compliance_rules",
        "GET",
        "/api/v1/compliance/rules",
        None,
        {**_all(200), "anonymous": 401},
    ),
    (
        "api-v1:update_compliance_rule",
        "PATCH",
        "/api/v1/compliance/rules/999999",
        {"verified": True},
        {**_all(403), "anonymous": 401, "admin": 404, "province_officer": 404},
    ),
    (
        "api-v1:get_compliance_checklist",
        "GET",
        "/api/v1/compliance/checklist?hs=090111&market=USA&date=2026-09-01",
        None,
        {**_all(200), "anonymous": 401},
    ),
    (
        "api-v1:get_compliance_checklist",
        "GET",
        "/api/v1/compliance/checklist?hs=090111&market=USA&date=2026-09-01&enterprise={own}",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:get_compliance_origin",
        "GET",
        "/api/v1/compliance/origin?hs=090111&market=JPN",
        None,
        {**_all(200), "anonymous": 401},
    ),
    (
        "api-v1:list_compliance_certificates",
        "GET",
        "/api/v1/compliance/enterprises/{own}/certificates",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:create_compliance_certificate",
        "POST",
        "/api/v1/compliance/enterprises/{own}/certificates",
        {"document": "nib"},
        {**_all(400), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:upload_compliance_evidence",
        "POST",
        "/api/v1/compliance/certificates/999999/evidence",
        {},
        {**_all(422), "anonymous": 401},
    ),
    (
        "api-v1:list_compliance_cases",
        "GET",
        "/api/v1/compliance/cases",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403},
    ),
    (
        "api-v1:create_compliance_case",
        "POST",
        "/api/v1/compliance/enterprises/{own}/cases",
        {"document": "nib"},
        {**_all(400), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:update_compliance_case",
        "PATCH",
        "/api/v1/compliance/cases/999999",
        {"notes": "x"},
        {**_all(404), "anonymous": 401},
    ),
    # --- eudr (issue 15 item 8): plots belong to an enterprise: its owner, its regency's
    # officers and province-wide officers; partners none.
    (
        "eudr:home",
        "GET",
        "/eudr/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 302},
    ),
    (
        "eudr:enterprise",
        "GET",
        "/eudr/enterprises/{own}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "eudr:enterprise",
        "GET",
        "/eudr/enterprises/{other}/",
        None,
        {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "eudr:enterprise",
        "GET",
        "/eudr/enterprises/{mine}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404},
    ),
    (
        "eudr:enterprise",
        "POST",
        "/eudr/enterprises/{own}/",
        {},
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "eudr:upload",
        "POST",
        "/eudr/enterprises/{own}/upload/",
        {},
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "eudr:export-geojson",
        "GET",
        "/eudr/enterprises/{own}/plots.geojson",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "eudr:export-csv",
        "GET",
        "/eudr/enterprises/{mine}/plots.csv",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404},
    ),
    ("eudr:plot", "GET", "/eudr/plots/999999/", None, {**_all(404), "anonymous": 302}),
    (
        "eudr:plot-evidence",
        "GET",
        "/eudr/plots/999999/evidence/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    ("eudr:plot-delete", "POST", "/eudr/plots/999999/delete/", {}, {**_all(404), "anonymous": 302}),
    (
        "api-v1:list_eudr_plots",
        "GET",
        "/api/v1/eudr/enterprises/{own}/plots",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:create_eudr_plot",
        "POST",
        "/api/v1/eudr/enterprises/{mine}/plots",
        {
            "geometry": {"type": "Point", "coordinates": [105.262139, -5.418272]},
            "commodity": "coffee",
            "production_start": "2026-05-01",
            "production_end": "2026-08-31",
            "area_ha": 1.5,
        },
        {**_all(201), "anonymous": 401, "partner_officer": 404},
    ),
    (
        "api-v1:upload_eudr_plots",
        "POST",
        "/api/v1/eudr/enterprises/{own}/plots/upload",
        {},
        {**_all(422), "anonymous": 401},
    ),
    (
        "api-v1:get_eudr_plot",
        "GET",
        "/api/v1/eudr/plots/999999",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:upload_eudr_evidence",
        "POST",
        "/api/v1/eudr/plots/999999/evidence",
        {},
        {**_all(422), "anonymous": 401},
    ),
    (
        "api-v1:export_eudr_plots",
        "GET",
        "/api/v1/eudr/enterprises/{own}/export",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    # Issue 13 (registry-b): the enterprise picker answers within each user's scope (an empty
    # list for partners); the import template is for officers; everyone changes their password.
    (
        "registry:enterprise-pick",
        "GET",
        "/registry/enterprises/pick.json?q=kopi",
        None,
        {**_all(200), "anonymous": 302},
    ),
    (
        "registry:products-to-review",
        "GET",
        "/registry/products/review/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:import-template",
        "GET",
        "/registry/import/template.xlsx",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "accounts:password-change",
        "GET",
        "/accounts/password/",
        None,
        {**_all(200), "anonymous": 302},
    ),
    (
        "accounts:password-change",
        "POST",
        "/accounts/password/",
        {"old_password": "wrong"},
        {**_all(200), "anonymous": 302},
    ),
    (
        "registry:enterprise-export",
        "POST",
        "/registry/enterprises/export/",
        {"query": "regency=18.71", "format": "csv"},
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:dedup-run",
        "POST",
        "/registry/duplicates/run/",
        {},
        {**_all(302), "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "registry:dedup-run-status",
        "GET",
        "/registry/duplicates/run/status.json",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    # --- improvement (issue 15 item 7): plans follow the enterprise scope; owners read their
    # own and propose; partners none (aggregates only). 999999 = no such record.
    (
        "improvement:home",
        "GET",
        "/improvement/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 302},
    ),
    (
        "improvement:enterprise",
        "GET",
        "/improvement/enterprises/{own}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "improvement:enterprise",
        "GET",
        "/improvement/enterprises/{mine}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404},
    ),
    (
        "improvement:enterprise",
        "POST",
        "/improvement/enterprises/{own}/",
        {},
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "improvement:plan",
        "GET",
        "/improvement/plans/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    ("improvement:plan", "POST", "/improvement/plans/999999/", {}, {**_all(404), "anonymous": 302}),
    (
        "api-v1:list_improvement_plans",
        "GET",
        "/api/v1/improvement/plans",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403},
    ),
    (
        "api-v1:get_improvement_plan",
        "GET",
        "/api/v1/improvement/plans/999999",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:create_improvement_plan",
        "POST",
        "/api/v1/improvement/enterprises/{own}/plans",
        {"kind": "equipment", "description": "Mesin sangrai kopi"},
        {**_all(201), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:update_improvement_plan",
        "PATCH",
        "/api/v1/improvement/plans/999999",
        {"status": "done"},
        {**_all(404), "anonymous": 401},
    ),
    # Partners (issue 17): {consented} = an enterprise in 18.01 whose owner consents to LPEI
    # (the partner officer's organisation) for financing; {consent} that consent; {referral}
    # a referral of it to LPEI. The partner officer sees {consented}, never {own}.
    ("partners:home", "GET", "/partners/", None, {**_all(200), "anonymous": 302}),
    (
        "partners:consent-give",
        "GET",
        "/partners/consents/new/?purpose=financing",
        None,
        {**_all(404), "anonymous": 302, "enterprise_owner": 200},
    ),
    (
        "partners:consent-withdraw",
        "POST",
        "/partners/consents/{consent}/withdraw/",
        {},
        {
            **_all(404),
            "anonymous": 302,
            "admin": 302,
            "province_officer": 302,
            "partner_officer": 403,
        },
    ),
    (
        "partners:consent-file",
        "GET",
        "/partners/consents/{consent}/form/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "partners:consent-record",
        "GET",
        "/partners/enterprises/{own}/consents/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "partners:consent-record",
        "GET",
        "/partners/enterprises/{consented}/consents/",
        None,
        {
            **_all(404),
            "anonymous": 302,
            "admin": 200,
            "province_officer": 200,
            "partner_officer": 403,
        },
    ),
    (
        "partners:referral-create",
        "GET",
        "/partners/referrals/new/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "partners:referral-detail",
        "GET",
        "/partners/referrals/{referral}/",
        None,
        {
            **_all(404),
            "anonymous": 302,
            "admin": 200,
            "province_officer": 200,
            "partner_officer": 200,
        },
    ),
    (
        "registry:enterprise-detail",
        "GET",
        "/registry/enterprises/{consented}/",
        None,
        {
            **_all(404),
            "anonymous": 302,
            "admin": 200,
            "province_officer": 200,
            "partner_officer": 200,
        },
    ),
    (
        "api-v1:get_enterprise",
        "GET",
        "/api/v1/enterprises/{consented}",
        None,
        {
            **_all(404),
            "anonymous": 401,
            "admin": 200,
            "province_officer": 200,
            "partner_officer": 200,
        },
    ),
    (
        "api-v1:get_partner_organisation",
        "GET",
        "/api/v1/partners/organisation",
        None,
        {**_all(403), "anonymous": 401, "partner_officer": 200},
    ),
    (
        "api-v1:list_partner_enterprises",
        "GET",
        "/api/v1/partners/enterprises",
        None,
        {**_all(403), "anonymous": 401, "partner_officer": 200},
    ),
    (
        "api-v1:get_partner_enterprise",
        "GET",
        "/api/v1/partners/enterprises/{consented}",
        None,
        {**_all(403), "anonymous": 401, "partner_officer": 200},
    ),
    (
        "api-v1:get_partner_enterprise",
        "GET",
        "/api/v1/partners/enterprises/{own}",
        None,
        {**_all(403), "anonymous": 401, "partner_officer": 404},
    ),
    (
        "api-v1:list_partner_referrals",
        "GET",
        "/api/v1/partners/referrals",
        None,
        {**_all(200), "anonymous": 401},
    ),
    (
        "api-v1:get_partner_referral",
        "GET",
        "/api/v1/partners/referrals/{referral}",
        None,
        {
            **_all(404),
            "anonymous": 401,
            "admin": 200,
            "province_officer": 200,
            "partner_officer": 200,
        },
    ),
    # Writes need an Idempotency-Key header (422 without it, before anything else); with it
    # the permission cases are in partners/tests/test_api.py.
    (
        "api-v1:update_partner_referral",
        "POST",
        "/api/v1/partners/referrals/{referral}/updates",
        lambda: {"status": "accepted"},
        {**_all(422), "anonymous": 401},
    ),
    (
        "api-v1:create_partner_referral",
        "POST",
        "/api/v1/partners/referrals",
        lambda: {
            "enterprise_id": 1,
            "organisation": "LPEI",
            "kind": "kur",
            "deadline": "2099-01-01",
        },
        {**_all(422), "anonymous": 401},
    ),
    # A consent opens the parts of the record its purpose needs (partners.AREA_PURPOSES):
    # {consented} consents for financing (profile + readiness), {contact_only} for buyer
    # contact (profile, not the readiness diagnosis).
    (
        "registry:enterprise-detail",
        "GET",
        "/registry/enterprises/{contact_only}/",
        None,
        {
            **_all(404),
            "anonymous": 302,
            "admin": 200,
            "province_officer": 200,
            "partner_officer": 200,
        },
    ),
    (
        "readiness:enterprise",
        "GET",
        "/readiness/enterprises/{consented}/",
        None,
        {
            **_all(404),
            "anonymous": 302,
            "admin": 200,
            "province_officer": 200,
            "partner_officer": 200,
        },
    ),
    (
        "readiness:enterprise",
        "GET",
        "/readiness/enterprises/{contact_only}/",
        None,
        {**_all(404), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "api-v1:get_partner_enterprise",
        "GET",
        "/api/v1/partners/enterprises/{contact_only}",
        None,
        {**_all(403), "anonymous": 401, "partner_officer": 200},
    ),
]

# The forum (meetings, actions) and the owner's data rights (forum app).
_FORUM = {**_all(200), "anonymous": 302, "enterprise_owner": 403}
_FORUM_API = {**_all(200), "anonymous": 401, "enterprise_owner": 403}
_PROVINCE = {
    **_all(403),
    "anonymous": 302,
    "admin": 200,
    "province_officer": 200,
}
_OWNER = {**_all(403), "anonymous": 302, "enterprise_owner": 200}
_OWNER_API = {**_all(403), "anonymous": 401, "enterprise_owner": 200}
_QUEUE = {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403}
MATRIX += [
    ("forum:meeting-list", "GET", "/forum/", None, _FORUM),
    ("forum:meeting-create", "GET", "/forum/meetings/new/", None, _PROVINCE),
    (
        "forum:meeting-create",
        "POST",
        "/forum/meetings/new/",
        {"title": "Rapat Forum", "held_on": "2026-03-01", "place": "Kantor Dinas"},
        {**_PROVINCE, "admin": 302, "province_officer": 302},
    ),
    (
        "forum:meeting-detail",
        "GET",
        "/forum/meetings/999999/",
        None,
        {**_FORUM, **dict.fromkeys(ROLES[1:5], 404)},
    ),
    (
        "forum:meeting-pdf",
        "GET",
        "/forum/meetings/999999/minutes.pdf",
        None,
        {**_FORUM, **dict.fromkeys(ROLES[1:5], 404)},
    ),
    (
        "forum:action-update",
        "POST",
        "/forum/actions/999999/",
        {"status": "done"},
        {**_all(404), "anonymous": 302},
    ),
    ("forum:my-data", "GET", "/forum/my-data/", None, _OWNER),
    (
        "forum:my-data",
        "POST",
        "/forum/my-data/",
        {"kind": "deletion"},
        {**_OWNER, "enterprise_owner": 302},
    ),
    ("forum:my-data-download", "GET", "/forum/my-data/download.json", None, _OWNER),
    ("forum:request-list", "GET", "/forum/requests/", None, _QUEUE),
    (
        "forum:request-decide",
        "POST",
        "/forum/requests/999999/decide/",
        {"decision": "done"},
        {**_QUEUE, **dict.fromkeys(ROLES[1:4], 404)},
    ),
    ("api-v1:forum_meetings", "GET", "/api/v1/forum/meetings", None, _FORUM_API),
    (
        "api-v1:forum_meeting_create",
        "POST",
        "/api/v1/forum/meetings",
        {"title": "Rapat API", "held_on": "2026-03-01", "place": "Daring"},
        {**_all(403), "anonymous": 401, "admin": 201, "province_officer": 201},
    ),
    (
        "api-v1:forum_meeting",
        "GET",
        "/api/v1/forum/meetings/999999",
        None,
        {**_FORUM_API, **dict.fromkeys(ROLES[1:5], 404)},
    ),
    (
        "api-v1:forum_action_create",
        "POST",
        "/api/v1/forum/meetings/999999/actions",
        {"text": "Tindak lanjut", "owner_id": 1, "deadline": "2026-04-01"},
        {**_FORUM_API, **dict.fromkeys(ROLES[1:5], 404)},
    ),
    ("api-v1:forum_actions_overdue", "GET", "/api/v1/forum/actions/overdue", None, _FORUM_API),
    (
        "api-v1:forum_action_update",
        "PATCH",
        "/api/v1/forum/actions/999999",
        {"status": "done"},
        {**_all(404), "anonymous": 401},
    ),
    ("api-v1:forum_requests", "GET", "/api/v1/forum/requests", None, {**_QUEUE, "anonymous": 401}),
    (
        "api-v1:forum_request_decide",
        "POST",
        "/api/v1/forum/requests/999999/decision",
        {"approve": True},
        {**_QUEUE, "anonymous": 401, **dict.fromkeys(ROLES[1:4], 404)},
    ),
    ("api-v1:me_data", "GET", "/api/v1/me/data", None, _OWNER_API),
    ("api-v1:me_requests", "GET", "/api/v1/me/requests", None, _OWNER_API),
    (
        "api-v1:me_request_create",
        "POST",
        "/api/v1/me/requests",
        {"kind": "deletion"},
        {**_OWNER_API, "enterprise_owner": 201},
    ),
    # --- buyers and inquiries (issue 16). 999999 = no such record; the public form and its
    # confirmation are open to everybody (per-record rules are in buyers/tests).
    (
        "buyers:list",
        "GET",
        "/buyers/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "buyers:create",
        "GET",
        "/buyers/new/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "buyers:create",
        "POST",
        "/buyers/new/",
        {"company": "Matrix Trading", "country": "JPN", "source": "itpc", "language": "ja"},
        {**_all(302), "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "buyers:edit",
        "GET",
        "/buyers/999999/edit/",
        None,
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "buyers:matches",
        "GET",
        "/buyers/999999/matches/",
        None,
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    ("buyers:inquiry", "GET", "/buyers/inquiry/?product=999999", None, _all(404)),
    # fixforum: a made-up token is refused on opening (no button that would only 404).
    ("buyers:inquiry-confirm", "GET", "/buyers/inquiry/confirm/not-a-token/", None, _all(404)),
    ("buyers:inquiry-confirm", "POST", "/buyers/inquiry/confirm/not-a-token/", {}, _all(404)),
    (
        "buyers:inquiry-list",
        "GET",
        "/buyers/inquiries/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403},
    ),
    (
        "buyers:inquiry-detail",
        "GET",
        "/buyers/inquiries/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "buyers:inquiry-stage",
        "POST",
        "/buyers/inquiries/999999/stage/",
        {"stage": "sample"},
        {**_all(404), "anonymous": 302},
    ),
    (
        "api-v1:buyer_matches",
        "GET",
        "/api/v1/buyers/999999/matches",
        None,
        {**_all(404), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    # --- paperwork (issue 15 item 6): prices and documents follow the enterprise scope (owner
    # their own, regency officer their regency, province-wide all, partners none). 999999 = no
    # such record (product-level scope is tested in paperwork/tests/test_pages.py).
    (
        "paperwork:enterprise",
        "GET",
        "/paperwork/enterprises/{own}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 404},
    ),
    (
        "paperwork:enterprise",
        "GET",
        "/paperwork/enterprises/{mine}/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403, "regency_officer": 200},
    ),
    (
        "paperwork:enterprise",
        "GET",
        "/paperwork/enterprises/{other}/",
        None,
        {
            **_all(200),
            "anonymous": 302,
            "partner_officer": 403,
            "regency_officer": 404,
            "enterprise_owner": 404,
        },
    ),
    (
        "paperwork:product",
        "GET",
        "/paperwork/products/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "paperwork:product",
        "POST",
        "/paperwork/products/999999/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "paperwork:document-create",
        "GET",
        "/paperwork/products/999999/documents/new/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "paperwork:document-create",
        "POST",
        "/paperwork/products/999999/documents/new/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "paperwork:document-pdf",
        "GET",
        "/paperwork/documents/999999/pdf/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "api-v1:get_paperwork_price",
        "GET",
        "/api/v1/paperwork/products/999999/price",
        None,
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:save_paperwork_price",
        "POST",
        "/api/v1/paperwork/products/999999/price",
        {
            "quantity": "1",
            "production_cost": "1000",
            "margin_pct": "10",
            "exchange_rate": "16000",
            "rate_date": "2026-11-27",
        },
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:list_paperwork_documents",
        "GET",
        "/api/v1/paperwork/enterprises/{own}/documents",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 404, "enterprise_owner": 404},
    ),
    (
        "api-v1:list_paperwork_documents",
        "GET",
        "/api/v1/paperwork/enterprises/{other}/documents",
        None,
        {
            **_all(200),
            "anonymous": 401,
            "partner_officer": 404,
            "regency_officer": 404,
            "enterprise_owner": 404,
        },
    ),
    (
        "api-v1:create_paperwork_document",
        "POST",
        "/api/v1/paperwork/products/999999/documents",
        {
            "kind": "proforma",
            "buyer_name": "B",
            "buyer_address": "A",
            "buyer_country": "JPN",
            "named_place": "Panjang",
            "lines": [{"description": "Kopi", "quantity": "1", "unit_price": "1"}],
        },
        {**_all(404), "anonymous": 401},
    ),
    # --- catalogue (issue 16): the public catalogue is open to everybody, anonymous visitors
    # included; listings are prepared by whoever may change the product's enterprise.
    ("catalogue:list", "GET", "/catalogue/?q=kopi", None, _all(200)),
    ("catalogue:listing", "GET", "/catalogue/999999/", None, _all(404)),
    ("catalogue:photo", "GET", "/catalogue/photos/999999/thumb/", None, _all(404)),
    (
        "catalogue:manage",
        "GET",
        "/catalogue/manage/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403},
    ),
    (
        "catalogue:listing-edit",
        "GET",
        "/catalogue/manage/products/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "catalogue:listing-withdraw",
        "POST",
        "/catalogue/manage/listings/999999/withdraw/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "catalogue:photo-add",
        "POST",
        "/catalogue/manage/listings/999999/photos/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "catalogue:photo-delete",
        "POST",
        "/catalogue/manage/photos/999999/delete/",
        {},
        {**_all(404), "anonymous": 302},
    ),
    (
        "api-v1:list_catalogue_listings",
        "GET",
        "/api/v1/catalogue/listings?q=kopi",
        None,
        _all(200),
    ),
    (
        "api-v1:get_catalogue_listing",
        "GET",
        "/api/v1/catalogue/listings/999999",
        None,
        _all(404),
    ),
    (
        "api-v1:save_catalogue_listing",
        "POST",
        "/api/v1/catalogue/products/999999/listing",
        {"consent": False},
        {**_all(404), "anonymous": 401, "partner_officer": 403},
    ),
    (
        "api-v1:add_catalogue_photo",
        "POST",
        "/api/v1/catalogue/listings/999999/photos",
        {},  # no file: refused before any record is looked at
        {**_all(422), "anonymous": 401},
    ),
    (
        "api-v1:withdraw_catalogue_listing",
        "POST",
        "/api/v1/catalogue/listings/999999/withdraw",
        {},
        {**_all(404), "anonymous": 401, "partner_officer": 403},
    ),
    # branch partnerops: the owner's consent through the API (partners app). Writes check the
    # role before the Idempotency-Key, so the owner alone gets 422 without a key; the writes
    # with a key are in partners/tests/test_owner_api.py.
    ("api-v1:list_my_consent_texts", "GET", "/api/v1/me/consent-texts", None, _OWNER_API),
    ("api-v1:list_my_consents", "GET", "/api/v1/me/consents", None, _OWNER_API),
    (
        "api-v1:give_my_consent",
        "POST",
        "/api/v1/me/consents",
        lambda: {"organisation": "LPEI", "purpose": "financing", "text_version": 1},
        {**_all(403), "anonymous": 401, "enterprise_owner": 422},
    ),
    (
        "api-v1:withdraw_my_consent",
        "POST",
        "/api/v1/me/consents/{consent}/withdraw",
        {},
        {**_all(403), "anonymous": 401, "enterprise_owner": 422},
    ),
    # --- pooling (branch pooling, issue 16 item 4): officers save, edit and ship pools (a
    # regency officer those inside their regency), owners read those they are a member of,
    # partners nothing. 999999 = no such record (per-pool rules in buyers/tests/test_pooling.py).
    (
        "buyers:pool-list",
        "GET",
        "/buyers/pools/",
        None,
        {**_all(200), "anonymous": 302, "partner_officer": 403},
    ),
    (
        "buyers:pool-create",
        "POST",
        "/buyers/pools/new/",
        {"buyer": "999999", "quantity": "1500", "unit": "kg"},
        {**_all(404), "anonymous": 302, "partner_officer": 403, "enterprise_owner": 403},
    ),
    ("buyers:pool-detail", "GET", "/buyers/pools/999999/", None, {**_all(404), "anonymous": 302}),
    (
        "buyers:pool-detail",
        "POST",
        "/buyers/pools/999999/",
        {"months": "1"},
        {**_all(404), "anonymous": 302},
    ),
    (
        "buyers:pool-status",
        "POST",
        "/buyers/pools/999999/status/",
        {"status": "confirmed"},
        {**_all(404), "anonymous": 302},
    ),
    (
        "buyers:pool-shipment",
        "GET",
        "/buyers/pools/999999/shipment/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "api-v1:list_pools",
        "GET",
        "/api/v1/buyers/pools",
        None,
        {**_all(200), "anonymous": 401, "partner_officer": 403},
    ),
    (
        "api-v1:get_pool",
        "GET",
        "/api/v1/buyers/pools/999999",
        None,
        {**_all(404), "anonymous": 401, "partner_officer": 403},
    ),
    (
        "api-v1:create_pool",
        "POST",
        "/api/v1/buyers/pools",
        {"buyer_id": 999999, "quantity": "1500"},
        {**_all(404), "anonymous": 401, "partner_officer": 403, "enterprise_owner": 403},
    ),
    (
        "api-v1:set_pool_status",
        "POST",
        "/api/v1/buyers/pools/999999/status",
        {"status": "confirmed"},
        {**_all(404), "anonymous": 401},
    ),
    (
        "api-v1:record_pool_shipment",
        "POST",
        "/api/v1/buyers/pools/999999/shipment",
        {
            "peb_number": "PEB-MATRIX-1",
            "export_date": "2026-11-01",
            "destination": "JPN",
            "fob_usd": "100",
            "fob_idr": "1600000",
            "exporter_name": "Koperasi",
        },
        {**_all(404), "anonymous": 401},
    ),
    # branch buyerimport: the "Import buyers" page (province-wide officers, as the command
    # line); an empty POST is the form again. Uploads and the worker: buyers/tests.
    (
        "buyers:import",
        "GET",
        "/buyers/import/",
        None,
        {**_all(403), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "buyers:import",
        "POST",
        "/buyers/import/",
        {},
        {**_all(403), "anonymous": 302, "admin": 200, "province_officer": 200},
    ),
    (
        "buyers:import-detail",
        "GET",
        "/buyers/import/999999/",
        None,
        {**_all(404), "anonymous": 302},
    ),
    (
        "buyers:import-report",
        "GET",
        "/buyers/import/999999/report.xlsx",
        None,
        {**_all(404), "anonymous": 302},
    ),
    # Withdrawing a consent asks first (GET: the confirmation page; POST withdraws, above).
    # {consent} is LPEI's from an enterprise in 18.01; {my_consent} the matrix owner's own
    # (to OJK, so LPEI's partner officer never sees it).
    (
        "partners:consent-withdraw",
        "GET",
        "/partners/consents/{consent}/withdraw/",
        None,
        {
            **_all(404),
            "anonymous": 302,
            "admin": 200,
            "province_officer": 200,
            "partner_officer": 403,
        },
    ),
    (
        "partners:consent-withdraw",
        "GET",
        "/partners/consents/{my_consent}/withdraw/",
        None,
        {
            **_all(404),
            "anonymous": 302,
            "admin": 200,
            "province_officer": 200,
            "regency_officer": 200,
            "enterprise_owner": 200,
        },
    ),
]

# Routes that are deliberately not in the matrix, with the reason.
UNCOVERED_ALLOWED = {
    "admin:*": "Django admin internals: every admin page requires is_staff (admin role only)",
}


@pytest.fixture
def world(users):
    own = make_enterprise(regency="18.71", name="Usaha Kota")
    other = make_enterprise(regency="18.01", name="Usaha Lamsel")
    return {
        "users": users,
        "own": own.pk,
        "other": other.pk,
        "mine": users["enterprise_owner"].enterprise_id,
        **_partner_world(users),
    }


def _partner_world(users):
    from siapekspor.partners.tests.factories import consent_to, refer

    consented = make_enterprise(regency="18.01", name="Usaha Setuju LPEI")
    consent = consent_to(consented, "LPEI", "financing")
    referral = refer(consented, users["province_officer"], "LPEI")
    contact_only = make_enterprise(regency="18.01", name="Usaha Kontak Pembeli")
    consent_to(contact_only, "LPEI", "buyer_contact")
    own_consent = consent_to(users["enterprise_owner"].enterprise, "OJK", "coaching")
    return {
        "my_consent": own_consent.pk,
        "consented": consented.pk,
        "consent": consent.pk,
        "referral": referral.pk,
        "contact_only": contact_only.pk,
    }


def _cases():
    for row in MATRIX:
        _name, method, path, body, expected = row
        for role in ROLES:
            yield pytest.param(
                method, path, body, role, expected[role], id=f"{method} {path} [{role}]"
            )


@pytest.mark.parametrize(("method", "path", "body", "role", "expected"), list(_cases()))
def test_permission_matrix(client, api_client, world, method, path, body, role, expected):
    path = path.format(
        own=world["own"],
        other=world["other"],
        mine=world["mine"],
        consented=world["consented"],
        consent=world["consent"],
        referral=world["referral"],
        contact_only=world["contact_only"],
        my_consent=world["my_consent"],
    )
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
        f"{method} {path} as {role}: {response.status_code}, expected {expected}"
    )


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
        "/api/v1/enterprises", {"name": "Usaha Lain", "regency": "18.01"}
    )
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "forbidden"
