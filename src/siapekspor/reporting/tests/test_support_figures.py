"""The office's help in the figures: completing an improvement plan and granting a
certification-assistance case change the funnel, the monthly report's xlsx and its paragraph
by themselves (the announcement rebuilds the snapshot; no command is run)."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.utils import translation

from siapekspor.compliance import content
from siapekspor.compliance import services as compliance
from siapekspor.compliance.models import DocumentType
from siapekspor.improvement import services as improvement
from siapekspor.reporting import selectors, services
from siapekspor.reporting.narrative import paragraph

pytestmark = pytest.mark.django_db


def _funnel(user) -> dict[str, int]:
    data = selectors.dashboard_data(user, selectors.Filters())
    return {step["key"]: step["count"] for step in data["funnel"]}


def _xlsx(client) -> dict[str, object]:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(client.get("/en/outcomes/report.xlsx").content))
    funnel = {row[0].value: row[1].value for row in wb["Funnel"].iter_rows(min_row=2)}
    summary = {row[0].value: row[1].value for row in wb["Summary"].iter_rows()}
    return {**funnel, "summary": summary}


def test_completing_a_plan_and_granting_a_case_change_the_figures(
    client, users, django_capture_on_commit_callbacks
):
    officer = users["province_officer"]
    ent = users["enterprise_owner"].enterprise
    services.rebuild_indicators()
    client.force_login(officer)
    before = _funnel(officer)
    assert (before["assisted"], before["improved"]) == (0, 0)
    assert _xlsx(client)["Capacity or quality improved"] == 0

    plan = improvement.plan_create(
        actor=officer,
        enterprise=ent,
        data=improvement.PlanData(kind="equipment", description="Mesin pengering"),
    )
    data = improvement.plan_data(plan)
    data.status = "done"
    data.capacity_before, data.capacity_after, data.capacity_unit = (
        Decimal(200),
        Decimal(500),
        "kg/bulan",
    )
    with django_capture_on_commit_callbacks(execute=True):
        improvement.plan_update(actor=officer, plan=plan, data=data)
    after_plan = _funnel(officer)
    assert (after_plan["assisted"], after_plan["improved"]) == (0, 1)

    compliance.requirements_load(actor=users["admin"], data=content.builtin())
    case = compliance.case_request(
        actor=officer, enterprise=ent, document=DocumentType.objects.get(code="haccp")
    )
    with django_capture_on_commit_callbacks(execute=True):
        compliance.case_update(
            actor=officer, case=case, changes=compliance.CaseChanges(status="granted")
        )
    after_case = _funnel(officer)
    assert (after_case["assisted"], after_case["improved"]) == (1, 1)
    report = _xlsx(client)
    assert report["Assisted to certify"] == 1 and report["Capacity or quality improved"] == 1
    assert report["summary"]["Assisted to certify"] == 1

    data = selectors.monthly_data(officer, selectors.Filters())
    with translation.override("id"):
        text = " ".join(paragraph(data))
    assert "1 usaha memperoleh sertifikat" in text, text
    # Both happened today: they count in the current month, in the paragraph and the xlsx.
    assert (data["month"]["assisted"], data["month"]["improved"]) == (1, 1)
    assert "1 usaha memperoleh sertifikat pertamanya" in text, text
    assert report["summary"]["Capacity or quality improved, first in the month"] == 1
    # Partners see the aggregate (no plan).
    assert _funnel(users["partner_officer"])["improved"] == 1

    # Undoing the completion takes the enterprise out again.
    data = improvement.plan_data(plan)
    data.status = "in_progress"
    with django_capture_on_commit_callbacks(execute=True):
        improvement.plan_update(actor=officer, plan=plan, data=data)
    assert _funnel(officer)["improved"] == 0
