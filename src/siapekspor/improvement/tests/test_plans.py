"""Improvement plans: the lifecycle (propose → plan → in progress → done), who may do what,
the audited versions, the pages in every language and the API."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.urls import reverse

from siapekspor.core import i18n
from siapekspor.core.audit import audit_history
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.improvement import selectors, services
from siapekspor.improvement.models import ImprovementPlan, PlanStatus
from siapekspor.registry.tests.factories import make_enterprise

pytestmark = pytest.mark.django_db


def _data(**overrides):
    values = {"kind": "equipment", "description": "Mesin sangrai kopi 15 kg", "partner": "LPEI"}
    return services.PlanData(**{**values, **overrides})


def test_lifecycle_owner_proposes_officer_completes_with_versions(users):
    owner, officer = users["enterprise_owner"], users["regency_officer"]
    ent = owner.enterprise
    # The owner's proposal is always "planned", whatever they ask for.
    plan = services.plan_create(actor=owner, enterprise=ent, data=_data(status="done"))
    assert plan.status == PlanStatus.PLANNED and plan.version == 1
    # The owner cannot edit it afterwards.
    with pytest.raises(PermissionDeniedError):
        services.plan_update(actor=owner, plan=plan, data=_data(description="x"))

    data = services.plan_data(plan)
    data.status = PlanStatus.IN_PROGRESS
    data.cost_idr = Decimal("45000000")
    data.capacity_before, data.capacity_unit = Decimal("300"), "kg/bulan"
    plan = services.plan_update(actor=officer, plan=plan, data=data, reason="Disetujui")
    assert plan.version == 2 and plan.completed_on is None

    # Done needs a figure before and after.
    data = services.plan_data(plan)
    data.status = PlanStatus.DONE
    with pytest.raises(ValidationFailed) as exc:
        services.plan_update(actor=officer, plan=plan, data=data)
    assert exc.value.field == "status"
    plan.refresh_from_db()
    data = services.plan_data(plan)
    data.status, data.capacity_after = PlanStatus.DONE, Decimal("750")
    data.quality_measure, data.quality_unit = "Tingkat cacat", "%"
    data.quality_before, data.quality_after = Decimal("12.5"), Decimal("4")
    plan = services.plan_update(actor=officer, plan=plan, data=data)
    assert plan.status == PlanStatus.DONE and plan.completed_on is not None
    assert plan.version == 3

    # Saving the same values again is no new version.
    assert (
        services.plan_update(actor=officer, plan=plan, data=services.plan_data(plan)).version == 3
    )
    history = list(audit_history(plan))
    assert [h.action for h in history].count("improvement.plan.update") == 2
    update = next(h for h in history if h.changes.get("capacity_after"))
    assert update.changes["capacity_after"] == [None, "750.00"]
    assert selectors.improved_enterprises() == {ent.pk}
    assert selectors.improved_count([ent.pk]) == 1 and selectors.improved_count([]) == 0


def test_scope_regency_officer_partner(users):
    elsewhere = make_enterprise(regency="18.01", name="Lada Lampung Timur")
    admin = users["admin"]
    plan = services.plan_create(actor=admin, enterprise=elsewhere, data=_data())
    with pytest.raises(PermissionDeniedError):
        services.plan_update(actor=users["regency_officer"], plan=plan, data=_data())
    with pytest.raises(PermissionDeniedError):
        services.plan_create(actor=users["partner_officer"], enterprise=elsewhere, data=_data())
    with pytest.raises(PermissionDeniedError):
        services.plan_create(actor=users["enterprise_owner"], enterprise=elsewhere, data=_data())
    assert not selectors.plan_list(users["regency_officer"], status="all").exists()
    assert not selectors.plan_list(users["partner_officer"], status="all").exists()
    assert list(selectors.plan_list(users["province_officer"], status="all")) == [plan]


def test_validation_messages_in_indonesian(users):
    officer = users["regency_officer"]
    ent = users["enterprise_owner"].enterprise
    with pytest.raises(ValidationFailed) as exc:
        services.plan_create(
            actor=officer,
            enterprise=ent,
            data=_data(
                starts_on=__import__("datetime").date(2026, 5, 1),
                ends_on=__import__("datetime").date(2026, 4, 1),
            ),
        )
    assert exc.value.field == "ends_on"
    assert "sebelum" in str(exc.value.message).lower()
    with pytest.raises(ValidationFailed) as exc:
        services.plan_create(actor=officer, enterprise=ent, data=_data(kind="magic"))
    assert exc.value.field == "kind"


def test_pages_in_every_language_and_indonesian_numbers(client, users):
    owner, officer = users["enterprise_owner"], users["regency_officer"]
    ent = owner.enterprise
    client.force_login(officer)
    url = reverse("improvement:enterprise", args=[ent.pk])
    assert url == f"/improvement/enterprises/{ent.pk}/"
    response = client.post(
        url,
        {
            "kind": "packaging",
            "description": "Kemasan vakum standar ekspor",
            "partner": "Dinas Koperasi",
            "cost_idr": "Rp 12.500.000",
            "status": "in_progress",
            "capacity_before": "1.200",
            "capacity_unit": "bungkus/bulan",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    plan = ImprovementPlan.objects.get()
    assert plan.cost_idr == Decimal("12500000") and plan.capacity_before == Decimal("1200")
    pages = ("/improvement/", url, f"/improvement/plans/{plan.pk}/")
    for code in i18n.codes():
        prefix = "" if code == i18n.default() else f"/{code}"
        for page in pages:
            assert client.get(prefix + page).status_code == 200, (code, page)
    detail = client.get(f"/improvement/plans/{plan.pk}/").content.decode()
    assert "12.500.000" in detail and "Kemasan vakum" in detail
    # The enterprise page shows the plans panel.
    page = client.get(f"/registry/enterprises/{ent.pk}/").content.decode()
    assert "improvement-panel" in page
    # The owner reads the plan without a form, and proposes one (no status field).
    client.force_login(owner)
    assert client.get("/improvement/").status_code == 302
    detail = client.get(f"/improvement/plans/{plan.pk}/")
    assert detail.status_code == 200 and not detail.context["can_edit"]
    assert client.post(f"/improvement/plans/{plan.pk}/", {}).status_code == 403
    form = client.get(url).context["form"]
    assert "status" not in form.fields
    response = client.post(url, {"kind": "quality_training", "description": "Pelatihan HACCP"})
    assert response.status_code == 302
    assert ImprovementPlan.objects.filter(status="planned", kind="quality_training").exists()


def test_api(api_client, users):
    owner, officer = users["enterprise_owner"], users["regency_officer"]
    ent = owner.enterprise.pk
    api = api_client.as_user(officer)
    created = api.post(
        f"/api/v1/improvement/enterprises/{ent}/plans",
        {"kind": "production_process", "description": "Tata letak produksi", "status": "planned"},
    )
    assert created.status_code == 201, created.json()
    pk = created.json()["id"]
    bad = api.patch(f"/api/v1/improvement/plans/{pk}", {"status": "done"})
    assert bad.status_code == 400
    assert bad.json()["error"]["details"][0]["field"] == "status"
    done = api.patch(
        f"/api/v1/improvement/plans/{pk}",
        {
            "status": "done",
            "quality_measure": "Produk cacat",
            "quality_unit": "%",
            "quality_before": "9.5",
            "quality_after": "3",
            "reason": "Selesai",
        },
    )
    assert done.status_code == 200 and done.json()["completed_on"] and done.json()["version"] == 2
    mine = api_client.as_user(owner)
    listed = mine.get("/api/v1/improvement/plans?status=all").json()
    assert [p["id"] for p in listed["items"]] == [pk]
    assert mine.patch(f"/api/v1/improvement/plans/{pk}", {"notes": "x"}).status_code == 403
    assert (
        api_client.as_user(users["partner_officer"]).get("/api/v1/improvement/plans").status_code
        == 403
    )


def test_list_and_api_list_query_budget(client, api_client, users, django_assert_max_num_queries):
    officer = users["province_officer"]
    for i in range(12):
        ent = make_enterprise(regency="18.71" if i % 2 else "18.01", name=f"Usaha {i}")
        services.plan_create(actor=officer, enterprise=ent, data=_data())
    client.force_login(officer)
    with django_assert_max_num_queries(12):
        page = client.get("/improvement/")
    assert page.status_code == 200 and len(page.context["plans"]) == 12
    api = api_client.as_user(officer)
    with django_assert_max_num_queries(12):
        body = api.get("/api/v1/improvement/plans").json()
    assert body["count"] == 12
    # The regency officer's list holds their regency's plans only.
    client.force_login(users["regency_officer"])
    assert len(client.get("/improvement/").context["plans"]) == 6
