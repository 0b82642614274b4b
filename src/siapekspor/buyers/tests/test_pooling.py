"""Stored pools: saved from a proposal, edited (shares follow the quantities, capacity checked),
confirmed, and carried into one indirect shipment whose suppliers hold the members' shares."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from siapekspor.buyers import access, matching, selectors, services
from siapekspor.buyers.models import Inquiry, Pool, PoolStatus, Stage
from siapekspor.buyers.tests.factories import make_buyer, make_product
from siapekspor.core.audit import audit_history
from siapekspor.core.errors import ConflictError, PermissionDeniedError, ValidationFailed
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments import rules
from siapekspor.shipments import selectors as shipment_selectors
from siapekspor.shipments.models import ShipmentKind, StatusCode
from siapekspor.shipments.services import shipment_verify


def _world(users, *, far_member=False):
    """Three small coffee IKM in Bandar Lampung (the owner's, 600 kg; 700 kg; 800 kg a month)
    and one in Lampung Selatan (900 kg)."""
    admin = users["admin"]
    own = users["enterprise_owner"].enterprise
    near = [make_enterprise(regency="18.71", name=f"Kopi Kecil {n}") for n in (1, 2)]
    far = make_enterprise(regency="18.01", name="Kopi Jauh")
    products = {
        "own": make_product(admin, own, "090111", "Kopi robusta pemilik", 600),
        "near1": make_product(admin, near[0], "090111", "Kopi robusta 1", 700),
        "near2": make_product(admin, near[1], "090111", "Kopi robusta 2", 800),
        "far": make_product(admin, far, "090111", "Kopi robusta jauh", 900 if far_member else 50),
    }
    return {"own": own, "near": near, "far": far, "products": products}


def _demand(quantity):
    return matching.Demand(hs_codes=["090111"], market="JPN", quantity=Decimal(quantity))


def _inquiry(product, enterprise):
    return Inquiry.objects.create(
        product=product,
        enterprise=enterprise,
        company="Tokyo Coffee Trading",
        country="JPN",
        language="ja",
        message="robusta",
        quantity=Decimal(2000),
        unit="kg",
        token_hash=f"{product.pk:064d}",
        confirmed_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
    )


def _shipment_data(**overrides):
    values = dict(
        peb_number="PEB-POOL-1",
        export_date=timezone.localdate() - dt.timedelta(days=3),
        destination="JPN",
        fob_usd=Decimal(9000),
        fob_idr=Decimal(144_000_000),
        exporter_name="Koperasi Kopi Lampung",
    )
    values.update(overrides)
    return services.PoolShipmentData(**values)


def _shares(pool):
    return {m.enterprise_id: m.share_percent for m in pool.members.all()}


# ---- services ------------------------------------------------------------------------------


def test_a_pool_is_saved_from_the_proposal_with_shares_summing_to_100(users):
    w = _world(users)
    pool = services.pool_create(actor=users["admin"], demand=_demand(1500))
    assert pool.status == PoolStatus.PROPOSED
    assert pool.hs_code_id == "090111" and pool.market == "JPN" and pool.unit == "kg"
    members = selectors.pool_members(pool)
    assert [m.enterprise.name for m in members] == ["Kopi Kecil 2", "Kopi Kecil 1"]  # 800 + 700
    assert pool.quantity == Decimal(1500)
    assert sum(m.share_percent for m in members) == Decimal(100)
    assert (
        members[0].share_percent == Decimal("53.33")
        and members[1].product == w["products"]["near1"]
    )
    assert [e.action for e in audit_history(pool)] == ["buyers.pool.create"]


def test_no_pool_without_a_proposal(users):
    _world(users)
    with pytest.raises(ValidationFailed):  # one IKM suffices
        services.pool_create(actor=users["admin"], demand=_demand(500))
    with pytest.raises(ValidationFailed):  # all together fall short
        services.pool_create(actor=users["admin"], demand=_demand(100000))
    assert not Pool.objects.exists()


def test_editing_recomputes_the_shares_and_checks_capacity(users):
    w = _world(users)
    admin = users["admin"]
    pool = services.pool_create(actor=admin, demand=_demand(1500))
    near1, near2 = w["near"]
    pool = services.pool_update(
        actor=admin,
        pool=pool,
        members=[
            services.PoolMemberData(enterprise_id=near1.pk, quantity=Decimal(500)),
            services.PoolMemberData(enterprise_id=near2.pk, quantity=Decimal(500)),
            services.PoolMemberData(enterprise_id=w["own"].pk, quantity=Decimal(500)),
        ],
    )
    shares = _shares(pool)
    assert sum(shares.values()) == Decimal(100)
    assert sorted(shares.values()) == [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    assert pool.quantity == Decimal(1500)
    assert audit_history(pool)[0].action == "buyers.pool.update"
    # 1,000 kg from an IKM of 700 kg a month: refused, in Indonesian, nothing changed.
    too_much = [
        services.PoolMemberData(enterprise_id=near1.pk, quantity=Decimal(1000)),
        services.PoolMemberData(enterprise_id=near2.pk, quantity=Decimal(500)),
    ]
    with translation.override("id"), pytest.raises(ValidationFailed) as caught:
        services.pool_update(actor=admin, pool=pool, members=too_much)
    message = str(caught.value.details[0][1])
    assert "Kopi Kecil 1" in message and "700" in message and "kapasitas" in message.lower()
    assert len(_shares(pool)) == 3
    # Over two months it fits (capacity × months).
    pool = services.pool_update(actor=admin, pool=pool, members=too_much, months=2)
    assert _shares(pool) == {near1.pk: Decimal("66.67"), near2.pk: Decimal("33.33")}


@pytest.mark.parametrize(
    "members",
    [
        [(1, 100)],  # one IKM is not a pool
        [(1, 100), (1, 100)],  # the same IKM twice
        [(1, 100), (2, 0)],  # a zero quantity
        [(1, 100), ("far_other_heading", 10)],  # no product of the pool's heading
    ],
)
def test_bad_members_are_refused(users, members):
    w = _world(users)
    admin = users["admin"]
    tea = make_enterprise(regency="18.71", name="Teh Hijau")
    make_product(admin, tea, "090210", "Teh hijau", 900)
    ids = {1: w["near"][0].pk, 2: w["near"][1].pk, "far_other_heading": tea.pk}
    pool = services.pool_create(actor=admin, demand=_demand(1500))
    before = _shares(pool)
    with pytest.raises(ValidationFailed):
        services.pool_update(
            actor=admin,
            pool=pool,
            members=[
                services.PoolMemberData(enterprise_id=ids[e], quantity=Decimal(q))
                for e, q in members
            ],
        )
    assert _shares(pool) == before


def test_shares_always_sum_to_exactly_100():
    for quantities in ([1, 1, 1], [1, 2, 3, 4, 5, 6, 7], [333, 333, 334], [1, 9999]):
        shares = matching.pool_shares([Decimal(q) for q in quantities])
        assert sum(shares) == Decimal(100)
        assert all(s > 0 for s in shares)


def test_the_shipment_carries_the_shares_and_the_members_become_indirect_exporters(users):
    w = _world(users)
    admin = users["admin"]
    inquiry = _inquiry(w["products"]["near2"], w["near"][1])
    pool = services.pool_create(
        actor=admin, demand=selectors.demand_of_inquiry(inquiry), inquiry=inquiry
    )
    assert pool.quantity == Decimal(2000)
    with pytest.raises(ConflictError):  # not confirmed yet
        services.pool_record_shipment(actor=admin, pool=pool, data=_shipment_data())
    services.pool_set_status(actor=admin, pool=pool, status=PoolStatus.CONFIRMED)
    with pytest.raises(ConflictError):  # confirmed: no more changes
        services.pool_update(actor=admin, pool=pool, members=[])
    shipment = services.pool_record_shipment(actor=admin, pool=pool, data=_shipment_data())

    assert shipment.kind == ShipmentKind.INDIRECT and shipment.enterprise_id is None
    assert shipment.exporter_name == "Koperasi Kopi Lampung"
    assert shipment.hs_code_id == "090111" and shipment.quantity == Decimal(2000)
    suppliers = dict(shipment.suppliers.values_list("enterprise_id", "share_percent"))
    pool.refresh_from_db()
    assert suppliers == _shares(pool) and sum(suppliers.values()) == Decimal(100)
    assert pool.status == PoolStatus.SHIPPED and pool.shipment_id == shipment.pk
    inquiry.refresh_from_db()
    assert inquiry.stage == Stage.SHIPMENT and inquiry.shipment_id == shipment.pk
    assert shipment.pk in selectors.lead_shipment_ids()  # the funnel counts a lead export

    # Awaiting verification: nobody exports yet; verified: every member exports indirectly.
    assert all(shipment_selectors.status_of(e) is None for e in suppliers)
    shipment_verify(actor=admin, shipment=shipment, approve=True)
    for enterprise_id in suppliers:
        status = shipment_selectors.status_of(enterprise_id)
        assert status.status == StatusCode.EXPORTING
        assert status.last_indirect_date == shipment.export_date
        assert status.last_direct_date is None and status.indirect_in_window
    events = shipment_selectors.verified_export_events(list(suppliers))
    profiles = rules.derive_all(events, timezone.localdate())
    assert set(profiles) == set(suppliers)
    assert all(p.derived.last_indirect_date == shipment.export_date for p in profiles.values())

    # Recorded once: a second recording is refused.
    with pytest.raises(ConflictError):
        services.pool_record_shipment(
            actor=admin, pool=pool, data=_shipment_data(peb_number="PEB-POOL-2")
        )


def test_a_member_can_be_the_shipper(users):
    w = _world(users)
    admin = users["admin"]
    pool = services.pool_create(actor=admin, demand=_demand(1500))
    services.pool_set_status(actor=admin, pool=pool, status=PoolStatus.CONFIRMED)
    with pytest.raises(ValidationFailed):
        services.pool_record_shipment(
            actor=admin, pool=pool, data=_shipment_data(shipper_id=w["far"].pk)
        )
    shipment = services.pool_record_shipment(
        actor=admin, pool=pool, data=_shipment_data(shipper_id=w["near"][1].pk, exporter_name="")
    )
    assert shipment.exporter_name == "Kopi Kecil 2"
    assert shipment.suppliers.count() == 2


def test_a_bad_shipment_leaves_the_pool_confirmed(users):
    _world(users)
    admin = users["admin"]
    pool = services.pool_create(actor=admin, demand=_demand(1500))
    services.pool_set_status(actor=admin, pool=pool, status=PoolStatus.CONFIRMED)
    with pytest.raises(ValidationFailed):
        services.pool_record_shipment(
            actor=admin, pool=pool, data=_shipment_data(destination="IDN")
        )
    pool.refresh_from_db()
    assert pool.status == PoolStatus.CONFIRMED and pool.shipment_id is None


def test_status_moves(users):
    _world(users)
    admin = users["admin"]
    pool = services.pool_create(actor=admin, demand=_demand(1500))
    for status in (PoolStatus.SHIPPED, "nonsense"):  # "shipped" only by recording the shipment
        with pytest.raises(ValidationFailed):
            services.pool_set_status(actor=admin, pool=pool, status=status)
    services.pool_set_status(actor=admin, pool=pool, status=PoolStatus.CONFIRMED)
    services.pool_set_status(actor=admin, pool=pool, status=PoolStatus.PROPOSED)
    services.pool_set_status(actor=admin, pool=pool, status=PoolStatus.CANCELLED)
    with pytest.raises(ConflictError):
        services.pool_set_status(actor=admin, pool=pool, status=PoolStatus.CONFIRMED)


# ---- who may -------------------------------------------------------------------------------


def test_a_regency_officer_manages_only_pools_inside_their_regency(users):
    w = _world(users, far_member=True)
    admin, regency = users["admin"], users["regency_officer"]
    # Their own proposal stays in Bandar Lampung (matching only sees their regency).
    inside = services.pool_create(actor=regency, demand=_demand(1500))
    assert {m.enterprise.regency_id for m in inside.members.select_related("enterprise")} == {
        "18.71"
    }
    services.pool_set_status(actor=regency, pool=inside, status=PoolStatus.CONFIRMED)
    # A province-wide pool with a member in Lampung Selatan: neither seen nor changed.
    mixed = services.pool_create(actor=admin, demand=_demand(1500))
    services.pool_update(
        actor=admin,
        pool=mixed,
        members=[
            services.PoolMemberData(enterprise_id=w["near"][1].pk, quantity=Decimal(800)),
            services.PoolMemberData(enterprise_id=w["far"].pk, quantity=Decimal(700)),
        ],
    )
    assert set(selectors.pool_list(regency)) == {inside}
    assert not access.can_change_pool(regency, mixed)
    with pytest.raises(PermissionDeniedError):
        services.pool_set_status(actor=regency, pool=mixed, status=PoolStatus.CONFIRMED)
    # Nor can they add a member from elsewhere to their own.
    services.pool_set_status(actor=regency, pool=inside, status=PoolStatus.PROPOSED)
    with pytest.raises(ValidationFailed):
        services.pool_update(
            actor=regency,
            pool=inside,
            members=[
                services.PoolMemberData(enterprise_id=w["near"][1].pk, quantity=Decimal(800)),
                services.PoolMemberData(enterprise_id=w["far"].pk, quantity=Decimal(700)),
            ],
        )


def test_partners_and_owners_cannot_save_or_change_pools(users):
    w = _world(users)
    admin = users["admin"]
    for role in ("partner_officer", "enterprise_owner"):
        with pytest.raises(PermissionDeniedError):
            services.pool_create(actor=users[role], demand=_demand(1500))
    pool = services.pool_create(actor=admin, demand=_demand(1500))
    services.pool_update(
        actor=admin,
        pool=pool,
        members=[
            services.PoolMemberData(enterprise_id=w["own"].pk, quantity=Decimal(600)),
            services.PoolMemberData(enterprise_id=w["near"][1].pk, quantity=Decimal(800)),
        ],
    )
    owner = users["enterprise_owner"]
    assert list(selectors.pool_list(owner)) == [pool]  # a member: reads it
    assert list(selectors.pool_list(users["partner_officer"])) == []
    for role in ("partner_officer", "enterprise_owner"):
        with pytest.raises(PermissionDeniedError):
            services.pool_set_status(actor=users[role], pool=pool, status=PoolStatus.CONFIRMED)
        with pytest.raises(PermissionDeniedError):
            services.pool_record_shipment(actor=users[role], pool=pool, data=_shipment_data())
    # Not a member: not seen.
    services.pool_update(
        actor=admin,
        pool=pool,
        members=[
            services.PoolMemberData(enterprise_id=w["near"][0].pk, quantity=Decimal(700)),
            services.PoolMemberData(enterprise_id=w["near"][1].pk, quantity=Decimal(800)),
        ],
    )
    assert list(selectors.pool_list(owner)) == []


# ---- pages ---------------------------------------------------------------------------------


def test_save_edit_confirm_and_ship_through_the_pages(client, users):
    w = _world(users)
    buyer = make_buyer(users["admin"])
    client.force_login(users["province_officer"])
    page = client.get(f"/buyers/{buyer.pk}/matches/?quantity=1.500&unit=kg").content.decode()
    assert "Simpan kelompok ini" in page  # "Save this pool", in Indonesian
    response = client.post(
        "/buyers/pools/new/", {"buyer": buyer.pk, "quantity": "1.500", "unit": "kg"}
    )
    pool = Pool.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/buyers/pools/{pool.pk}/"
    assert pool.buyer == buyer and pool.quantity == Decimal(1500)

    page = client.get(f"/buyers/pools/{pool.pk}/").content.decode()
    assert "Kopi Kecil 2" in page and "barchart" in page and "53,33" in page
    near1, near2 = w["near"]
    # Over capacity: the form shows the Indonesian error, nothing changes.
    response = client.post(
        f"/buyers/pools/{pool.pk}/",
        {"months": "1", f"quantity_{near1.pk}": "1.000", f"quantity_{near2.pk}": "500"},
    )
    assert response.status_code == 200 and "paling banyak" in response.content.decode()
    # Add the owner's IKM, drop one.
    response = client.post(
        f"/buyers/pools/{pool.pk}/",
        {
            "months": "1",
            f"quantity_{near1.pk}": "0",
            f"quantity_{near2.pk}": "800",
            "add_enterprise": w["own"].pk,
            "add_quantity": "600",
        },
    )
    assert response.status_code == 302
    assert set(_shares(pool)) == {near2.pk, w["own"].pk}

    client.post(f"/buyers/pools/{pool.pk}/status/", {"status": "confirmed"})
    pool.refresh_from_db()
    assert pool.status == PoolStatus.CONFIRMED
    # A stale edit form after confirming: a message, nothing changed.
    response = client.post(f"/buyers/pools/{pool.pk}/", {"months": "2"}, follow=True)
    assert "Hanya kelompok berstatus diusulkan" in response.content.decode()
    pool.refresh_from_db()
    assert pool.months == 1
    assert client.get(f"/buyers/pools/{pool.pk}/shipment/").status_code == 200
    response = client.post(
        f"/buyers/pools/{pool.pk}/shipment/",
        {
            "peb_number": "PEB-POOL-9",
            "shipper": "",
            "exporter_name": "",
            "export_date": "2026-11-01",
            "destination": "JPN",
            "fob_usd": "9.000",
            "fob_idr": "144.000.000",
            "incoterm": "FOB",
        },
    )
    assert response.status_code == 200  # no exporter named
    assert "eksportir" in response.content.decode().lower()
    response = client.post(
        f"/buyers/pools/{pool.pk}/shipment/",
        {
            "peb_number": "PEB-POOL-9",
            "shipper": str(near2.pk),
            "export_date": "2026-11-01",
            "destination": "JPN",
            "fob_usd": "9.000",
            "fob_idr": "144.000.000",
            "incoterm": "FOB",
        },
    )
    pool.refresh_from_db()
    assert pool.status == PoolStatus.SHIPPED
    assert response.status_code == 302 and response["Location"].endswith(f"/{pool.shipment_id}/")
    assert "PEB-POOL-9" in client.get(f"/buyers/pools/{pool.pk}/").content.decode()
    page = client.get("/buyers/pools/?status=shipped").content.decode()
    assert f"/buyers/pools/{pool.pk}/" in page


def test_save_from_an_inquiry_page(client, users):
    w = _world(users)
    inquiry = _inquiry(w["products"]["near2"], w["near"][1])
    client.force_login(users["admin"])
    page = client.get(f"/buyers/inquiries/{inquiry.pk}/").content.decode()
    assert 'name="inquiry"' in page
    response = client.post("/buyers/pools/new/", {"inquiry": inquiry.pk})
    pool = Pool.objects.get()
    assert response.status_code == 302 and pool.inquiry == inquiry
    assert (
        f"/buyers/pools/{pool.pk}/"
        in client.get(f"/buyers/inquiries/{inquiry.pk}/").content.decode()
    )


def test_no_proposal_is_a_message_not_an_error(client, users):
    _world(users)
    buyer = make_buyer(users["admin"])
    client.force_login(users["admin"])
    response = client.post(
        "/buyers/pools/new/", {"buyer": buyer.pk, "quantity": "10", "unit": "kg"}
    )
    assert response.status_code == 302 and response["Location"] == f"/buyers/{buyer.pk}/matches/"
    assert not Pool.objects.exists()


def test_owner_reads_their_pool_without_forms(client, users):
    w = _world(users)
    admin = users["admin"]
    pool = services.pool_create(actor=admin, demand=_demand(1500))
    services.pool_update(
        actor=admin,
        pool=pool,
        members=[
            services.PoolMemberData(enterprise_id=w["own"].pk, quantity=Decimal(600)),
            services.PoolMemberData(enterprise_id=w["near"][1].pk, quantity=Decimal(800)),
        ],
    )
    client.force_login(users["enterprise_owner"])
    page = client.get(f"/buyers/pools/{pool.pk}/").content.decode()
    assert "Kopi robusta pemilik" in page
    assert "quantity_" not in page and "/status/" not in page and "/shipment/" not in page
    assert client.post(f"/buyers/pools/{pool.pk}/", {"months": "1"}).status_code == 403
    assert (
        client.post(f"/buyers/pools/{pool.pk}/status/", {"status": "confirmed"}).status_code == 403
    )
    assert client.get(f"/buyers/pools/{pool.pk}/shipment/").status_code == 403
    # On the enterprise's own page, a panel lists it.
    page = client.get(f"/registry/enterprises/{w['own'].pk}/").content.decode()
    assert f"/buyers/pools/{pool.pk}/" in page
    client.force_login(users["partner_officer"])
    assert client.get(f"/buyers/pools/{pool.pk}/").status_code == 404
    assert client.get("/buyers/pools/").status_code == 403


def test_pool_pages_in_six_languages(client, users):
    from siapekspor.core import i18n

    _world(users)
    pool = services.pool_create(actor=users["admin"], demand=_demand(1500))
    client.force_login(users["admin"])
    titles = set()
    for language in i18n.codes():
        prefix = "" if language == i18n.default() else f"/{language}"
        page = client.get(f"{prefix}/buyers/pools/{pool.pk}/")
        assert page.status_code == 200
        titles.add(re.search(r"<h2>([^<]+)</h2>", page.content.decode()).group(1))
    assert len(titles) == len(i18n.codes())


def test_pool_list_queries_are_bounded(client, api_client, users, django_assert_max_num_queries):
    _world(users)
    for _n in range(5):
        services.pool_create(actor=users["admin"], demand=_demand(1500))
    client.force_login(users["admin"])
    with django_assert_max_num_queries(12):
        assert client.get("/buyers/pools/").status_code == 200
    api = api_client.as_user(users["admin"])
    with django_assert_max_num_queries(8):
        response = api.get("/api/v1/buyers/pools")
    assert len(response.json()) == 5


# ---- API -----------------------------------------------------------------------------------


def test_pools_api(api_client, users):
    w = _world(users)
    buyer = make_buyer(users["admin"])
    api = api_client.as_user(users["admin"])
    response = api.post("/api/v1/buyers/pools", {"buyer_id": buyer.pk, "quantity": "10"})
    assert response.status_code == 400  # no pool proposed: a single IKM suffices
    assert api.post("/api/v1/buyers/pools", {}).status_code == 400
    response = api.post("/api/v1/buyers/pools", {"buyer_id": buyer.pk, "quantity": "1500"})
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "proposed"
    assert sum(Decimal(m["share_percent"]) for m in body["members"]) == Decimal(100)
    pool_id = body["id"]
    assert [p["id"] for p in api.get("/api/v1/buyers/pools").json()] == [pool_id]
    assert api.get(f"/api/v1/buyers/pools/{pool_id}").json()["hs_code"] == "090111"
    shipment = {
        "peb_number": "PEB-API-1",
        "export_date": "2026-11-01",
        "destination": "JPN",
        "fob_usd": "9000",
        "fob_idr": "144000000",
        "shipper_id": w["near"][1].pk,
    }
    assert api.post(f"/api/v1/buyers/pools/{pool_id}/shipment", shipment).status_code == 409
    response = api.post(f"/api/v1/buyers/pools/{pool_id}/status", {"status": "confirmed"})
    assert response.status_code == 200 and response.json()["status"] == "confirmed"
    response = api.post(f"/api/v1/buyers/pools/{pool_id}/shipment", shipment)
    assert response.status_code == 201
    body = response.json()
    assert (
        body["pool"]["status"] == "shipped" and body["pool"]["shipment_id"] == body["shipment_id"]
    )
    again = api.post(f"/api/v1/buyers/pools/{pool_id}/shipment", {**shipment, "peb_number": "X-2"})
    assert again.status_code == 409
    # A partner: nothing; an owner who is no member: an empty list.
    assert (
        api_client.as_user(users["partner_officer"]).get("/api/v1/buyers/pools").status_code == 403
    )
    assert api_client.as_user(users["enterprise_owner"]).get("/api/v1/buyers/pools").json() == []


def test_a_pool_in_tonnes_is_saved_with_quantities_the_column_can_hold(users):
    """Capacities in kg converted to tonnes have more than two decimals (700 kg = 0.7 t is
    fine, 333 kg a month over one month of 0.333 t…): saved rounded down, never a 500."""
    admin = users["admin"]
    makers = [make_enterprise(regency="18.71", name=f"Kopi Ton {n}") for n in (1, 2, 3)]
    for enterprise, kg in zip(makers, (333, 444, 555), strict=True):
        make_product(admin, enterprise, "090111", f"Kopi {kg}", kg)
    demand = matching.Demand(hs_codes=["090111"], market="JPN", quantity=Decimal("1.2"), unit="ton")
    pool = services.pool_create(actor=admin, demand=demand)
    quantities = [m.quantity for m in pool.members.all()]
    assert all(q == q.quantize(Decimal("0.01")) and q > 0 for q in quantities)
    assert sum(_shares(pool).values()) == Decimal(100)


def test_a_proposal_keeps_to_one_hs_heading(users):
    """A buyer asking for shrimp (0306) and fish (0303) gets a pool of one product, never a
    mix that cannot be saved."""
    admin = users["admin"]
    shrimp = [make_enterprise(regency="18.71", name=f"Udang {n}") for n in (1, 2)]
    fish = [make_enterprise(regency="18.71", name=f"Ikan {n}") for n in (1, 2)]
    for enterprise in shrimp:
        make_product(admin, enterprise, "030617", "Udang vaname beku", 600)
    for enterprise in fish:
        make_product(admin, enterprise, "030389", "Ikan beku", 700)
    demand = matching.Demand(
        hs_codes=["030617", "030389"], market="JPN", quantity=Decimal(1200), unit="kg"
    )
    proposal = selectors.matches_for(admin, demand).pool
    assert proposal is not None
    assert len({m.match.hs_code[:4] for m in proposal.members}) == 1
    pool = services.pool_create(actor=admin, demand=demand)
    assert pool.members.count() == len(proposal.members)


# ---- one rule for shares: the proposal and the stored pool ---------------------------------


@pytest.mark.parametrize(
    ("capacities", "expected"),
    [
        # Thirds: 33.33 each is 99.99; the first of equals takes the last 0.01 in both.
        ((300, 300, 300), {300: {"33.34", "33.33"}}),
        # The split that read 21,67 % in the proposal and 21,68 % once saved.
        ((4118, 4093, 3669, 3614, 1788, 1718), {4118: {"21.68"}}),
    ],
    ids=["thirds", "21.67-vs-21.68"],
)
def test_a_proposals_shares_are_the_saved_pools(client, users, capacities, expected):
    admin = users["admin"]
    makers = [
        make_enterprise(regency="18.71", name=f"Kopi Bagi {n}") for n in range(len(capacities))
    ]
    for enterprise, kg in zip(makers, capacities, strict=True):
        make_product(admin, enterprise, "090111", f"Kopi robusta {kg}", kg)
    total = sum(capacities)
    demand = _demand(total)
    proposal = selectors.matches_for(admin, demand).pool
    assert proposal is not None and len(proposal.members) == len(capacities)
    proposed = {m.match.enterprise_id: (m.quantity, m.share_percent) for m in proposal.members}
    assert sum(share for _q, share in proposed.values()) == Decimal(100)
    assert dict(proposal.shipment_suppliers()) == {e: s for e, (_q, s) in proposed.items()}

    pool = services.pool_create(actor=admin, demand=demand)
    saved = {m.enterprise_id: (m.quantity, m.share_percent) for m in pool.members.all()}
    assert saved == proposed
    by_capacity = {}
    for enterprise, kg in zip(makers, capacities, strict=True):
        by_capacity.setdefault(kg, set()).add(str(saved[enterprise.pk][1]))
    for kg, shares in expected.items():
        assert by_capacity[kg] == shares

    # The pages say the same: the proposal under the buyer's matches and the saved pool.
    buyer = make_buyer(admin)
    client.force_login(admin)
    page = client.get(f"/buyers/{buyer.pk}/matches/?quantity={total}&unit=kg").content.decode()
    stored = client.get(f"/buyers/pools/{pool.pk}/").content.decode()
    for _q, share in proposed.values():
        shown = str(share).replace(".", ",")
        assert f">{shown}<" in page and f">{shown}<" in stored
    if 4118 in capacities:
        assert ">21,67<" not in page and ">21,67<" not in stored


def test_shares_go_to_the_largest_and_refuse_a_zero_total():
    assert matching.pool_shares([Decimal(1), Decimal(2)]) == [Decimal("33.33"), Decimal("66.67")]
    assert matching.pool_shares([Decimal(1)] * 3) == [
        Decimal("33.34"),
        Decimal("33.33"),
        Decimal("33.33"),
    ]
    with pytest.raises(ValidationFailed):
        matching.pool_shares([Decimal(0), Decimal(0)])


# ---- the history in the reader's language --------------------------------------------------


def _history_text(pool, language):
    from siapekspor.core.audit import history_lines

    with translation.override(language):
        lines = history_lines(audit_history(pool))
    return "\n".join(
        f"{line.what} | " + " | ".join(f"{c.label}: {c.before} → {c.after}" for c in line.changes)
        for line in lines
    )


def test_the_history_shows_quantities_and_shares_in_the_readers_language(client, users):
    admin = users["admin"]
    makers = [make_enterprise(regency="18.71", name=f"Kopi Riwayat {n}") for n in range(6)]
    capacities = (4118, 4093, 3669, 3614, 1788, 1718)
    for enterprise, kg in zip(makers, capacities, strict=True):
        make_product(admin, enterprise, "090111", f"Kopi robusta {kg}", kg)
    pool = services.pool_create(actor=admin, demand=_demand(sum(capacities)))
    members = [
        services.PoolMemberData(enterprise_id=e.pk, quantity=Decimal(kg))
        for e, kg in zip(makers, capacities, strict=True)
    ]
    members[-1] = services.PoolMemberData(enterprise_id=makers[-1].pk, quantity=Decimal("1700.5"))
    services.pool_update(actor=admin, pool=pool, members=members)

    indonesian = _history_text(pool, "id")
    assert "Kopi Riwayat 0: 4.118 (21,68 %)" in indonesian  # the saved proposal
    assert "Kopi Riwayat 5: 1.700,5 (" in indonesian  # the change
    assert "18.982,5" in indonesian  # the pool's quantity after the change
    assert "4118.00" not in indonesian and "21.68 %" not in indonesian
    english = _history_text(pool, "en")
    assert "Kopi Riwayat 0: 4,118 (21.68 %)" in english and "18,982.5" in english
    # The page shows the history in the reader's language too.
    client.force_login(admin)
    page = client.get(f"/buyers/pools/{pool.pk}/").content.decode()
    assert "4.118 (21,68 %)" in page and "4118.00" not in page


def test_history_entries_stored_as_text_still_read_in_the_readers_language():
    from siapekspor.buyers.history import members_text

    stored = "Kopi A; Jaya: 4118.00 (21.68 %); Kopi B: 14882.50 (78.32 %)"
    with translation.override("id"):
        assert members_text(stored) == "Kopi B: 14.882,5 (78,32 %), Kopi A; Jaya: 4.118 (21,68 %)"
    with translation.override("en"):
        assert members_text(stored) == "Kopi B: 14,882.5 (78.32 %), Kopi A; Jaya: 4,118 (21.68 %)"
    assert members_text("something else") == "something else"
