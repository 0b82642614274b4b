"""Matching buyer demand to products (HS, words, capacity, certificates) and pooling."""

from __future__ import annotations

from decimal import Decimal

from siapekspor.buyers import matching, selectors
from siapekspor.buyers.tests.factories import make_buyer, make_product
from siapekspor.core import i18n
from siapekspor.registry.tests.factories import make_enterprise


def _products(admin):
    a = make_enterprise(regency="18.71", name="Kopi Jaya")
    b = make_enterprise(regency="18.71", name="Kopi Sejahtera")
    c = make_enterprise(regency="18.01", name="Lada Makmur")
    d = make_enterprise(regency="18.01", name="Teh Hijau")
    return {
        "robusta": make_product(
            admin, a, "090111", "Kopi robusta biji", 1500, description="biji kopi robusta"
        ),
        "roasted": make_product(admin, b, "090121", "Kopi sangrai", 800),
        "pepper": make_product(admin, c, "090411", "Lada hitam", 3000),
        "tea": make_product(admin, d, "090210", "Teh hijau", 400),
    }


def test_same_subheading_then_heading_then_chapter(users):
    p = _products(users["admin"])
    demand = matching.Demand(hs_codes=["090111"], text="kopi robusta", market="")
    ranked = selectors.matches_for(users["admin"], demand).matches
    order = [m.product_id for m in ranked]
    assert order[0] == p["robusta"].pk
    assert order.index(p["roasted"].pk) < order.index(p["pepper"].pk)
    first = ranked[0]
    texts = first.reasons_in("en")
    assert "Same HS subheading 0901.11." in texts
    assert any("similar" in t for t in texts)
    assert "Same HS heading 0901." in ranked[1].reasons_in("en")
    assert any(t.startswith("Same HS chapter 09") for t in ranked[-1].reasons_in("en"))


def test_reasons_render_in_all_six_languages(users):
    _products(users["admin"])
    demand = matching.Demand(hs_codes=["090111"], quantity=Decimal(1000), unit="kg", market="JPN")
    first = selectors.matches_for(users["admin"], demand).matches[0]
    rendered = {lang: " | ".join(first.reasons_in(lang)) for lang in i18n.codes()}
    assert len(set(rendered.values())) == len(rendered)  # a different text in each language
    assert "Subpos HS sama 0901.11" in rendered["id"]
    assert "Jepang" in rendered["id"] and "Japan" in rendered["en"]


def test_capacity_against_the_order_with_units_converted(users):
    p = _products(users["admin"])
    demand = matching.Demand(hs_codes=["090111"], quantity=Decimal(1), unit="ton")
    ranked = selectors.matches_for(users["admin"], demand).matches
    robusta = next(m for m in ranked if m.product_id == p["robusta"].pk)
    assert robusta.capacity_in_demand_unit == Decimal("1.5")
    assert any("covers the order" in t for t in robusta.reasons_in("en"))
    demand.quantity = Decimal(3)
    robusta = selectors.matches_for(users["admin"], demand).matches[0]
    assert "Monthly capacity covers 50 % of the order." in robusta.reasons_in("en")


def test_certificates_against_the_market_come_from_the_compliance_checklist(users):
    _products(users["admin"])
    demand = matching.Demand(hs_codes=["090111"], market="JPN")
    first = selectors.matches_for(users["admin"], demand).matches[0]
    assert first.certificate_gaps is not None
    assert any("Japan" in t for t in first.reasons_in("en"))


def test_buyer_matches_page_and_scope(client, users):
    p = _products(users["admin"])
    buyer = make_buyer(users["admin"])
    client.force_login(users["regency_officer"])  # sees 18.71 only
    page = client.get(f"/buyers/{buyer.pk}/matches/?quantity=1000&unit=kg").content.decode()
    assert "Kopi robusta biji" in page and "Lada hitam" not in page
    assert "Hiroshi" not in page and "H******" in page  # the contact person masked
    result = selectors.matches_for(users["regency_officer"], selectors.demand_of_buyer(buyer))
    assert p["pepper"].pk not in {m.product_id for m in result.matches}


def test_pool_when_no_single_ikm_meets_the_order(users):
    admin = users["admin"]
    small = [make_enterprise(regency="18.71", name=f"Kopi Kecil {n}") for n in range(3)]
    for n, e in enumerate(small):
        make_product(admin, e, "090111", f"Kopi robusta {n}", 600 + 100 * n)
    far = make_enterprise(regency="18.01", name="Kopi Jauh")
    make_product(admin, far, "090111", "Kopi robusta jauh", 900)
    demand = matching.Demand(hs_codes=["090111"], quantity=Decimal(1500), unit="kg")
    result = selectors.matches_for(admin, demand)
    pool = result.pool
    assert pool is not None
    assert sum(m.quantity for m in pool.members) == Decimal(1500)
    assert sum(m.share_percent for m in pool.members) == Decimal(100)
    assert {m.match.regency_id for m in pool.members} == {"18.71"}  # one regency first
    assert len(pool.members) == 2  # the largest capacities first: 800 + 700
    texts = pool.reasons_in("en")
    assert texts[0].startswith("No single IKM can supply 1,500 kg a month")
    assert "1.500 kg" in pool.reasons_in("id")[0]  # grouped as Indonesian writes numbers
    assert "Bandar Lampung" in texts[1]
    # One IKM big enough: no pool.
    demand.quantity = Decimal(800)
    assert selectors.matches_for(admin, demand).pool is None
    # Even all together fall short: no pool.
    demand.quantity = Decimal(100000)
    assert selectors.matches_for(admin, demand).pool is None


def test_matches_api(api_client, users):
    _products(users["admin"])
    buyer = make_buyer(users["admin"])
    response = api_client.as_user(users["admin"]).get(
        f"/api/v1/buyers/{buyer.pk}/matches?quantity=1000&unit=kg"
    )
    assert response.status_code == 200
    body = response.json()
    assert body["matches"][0]["hs_code"] == "090111"
    assert body["matches"][0]["reasons"]


def test_matching_queries_are_bounded(users, django_assert_max_num_queries):
    """The compliance checklist runs for the best candidates only (CHECKED_CANDIDATES)."""
    admin = users["admin"]
    for n in range(3):
        enterprise = make_enterprise(regency="18.71", name=f"Kopi Banyak {n}")
        for k in range(20):
            make_product(admin, enterprise, "090111", f"Kopi robusta {n}-{k}", 100)
    demand = matching.Demand(hs_codes=["090111"], market="JPN", quantity=Decimal(5000))
    with django_assert_max_num_queries(3 + 2 * matching.CHECKED_CANDIDATES):
        result = selectors.matches_for(admin, demand)
    assert len(result.matches) == 20
    # 60 products of 100 kg, but only 3 IKM: a pool counts each IKM once (300 kg < 5,000).
    assert result.pool is None


def test_a_pool_carries_its_shares_into_the_indirect_shipment(users):
    import datetime as dt

    from siapekspor.buyers import services
    from siapekspor.buyers.models import Inquiry, Stage
    from siapekspor.shipments.models import ShipmentKind
    from siapekspor.shipments.services import ShipmentData, shipment_save

    admin = users["admin"]
    members = [make_enterprise(regency="18.71", name=f"Kopi Kecil {n}") for n in range(3)]
    products = [
        make_product(admin, e, "090111", f"Kopi robusta {n}", 333) for n, e in enumerate(members)
    ]
    demand = matching.Demand(hs_codes=["090111"], quantity=Decimal(1000), unit="kg")
    pool = selectors.matches_for(admin, demand).pool
    assert pool is None  # 3 × 333 = 999 < 1,000
    demand.quantity = Decimal(999)
    pool = selectors.matches_for(admin, demand).pool
    suppliers = pool.shipment_suppliers()
    assert sum(s for _e, s in suppliers) == Decimal(100)
    shipment = shipment_save(
        actor=admin,
        data=ShipmentData(
            peb_number="PEB-POOL",
            kind=ShipmentKind.INDIRECT,
            exporter_name="Koperasi Kopi Lampung",
            suppliers=suppliers,
            export_date=dt.date(2026, 4, 1),
            hs_code="090111",
            destination="JPN",
            fob_usd=Decimal(5000),
            fob_idr=Decimal(80_000_000),
            quantity=Decimal(999),
            unit="kg",
        ),
    )
    assert sorted(shipment.suppliers.values_list("enterprise_id", flat=True)) == sorted(
        e.pk for e in members
    )
    inquiry = Inquiry.objects.create(
        product=products[0],
        enterprise=members[0],
        company="Tokyo Coffee Trading",
        country="JPN",
        language="ja",
        message="robusta",
        token_hash="x" * 64,
        confirmed_at=dt.datetime(2026, 3, 1, tzinfo=dt.UTC),
    )
    services.lead_advance(
        actor=admin, inquiry=inquiry, stage=Stage.SHIPMENT, shipment_id=shipment.pk
    )
    assert selectors.lead_shipment_ids() == {shipment.pk}
