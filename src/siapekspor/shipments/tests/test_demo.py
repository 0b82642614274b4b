"""Demo data: replacing the demo registry also replaces the demo shipments that refer to it,
and never deletes a real record; demo shipments carry their exporters' own products at
plausible prices and quantities, the same for the same seed."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from siapekspor.registry import reference
from siapekspor.registry.models import Enterprise, Product
from siapekspor.shipments.demo import demo_shipments_clear, seed_shipments
from siapekspor.shipments.models import Shipment
from siapekspor.shipments.tests.factories import direct


@pytest.mark.django_db
def test_seed_demo_replace_clears_demo_shipments_first():
    call_command("seed_demo", "--enterprises", "60", "--no-users", verbosity=0)
    seed_shipments(count=25)
    old_ids = set(Enterprise.objects.filter(is_demo=True).values_list("pk", flat=True))
    assert Shipment.objects.filter(is_demo=True).count() == 25

    call_command("seed_demo", "--enterprises", "60", "--no-users", "--replace", verbosity=0)
    new_ids = set(Enterprise.objects.filter(is_demo=True).values_list("pk", flat=True))
    assert len(new_ids) == 60 and not (old_ids & new_ids)
    assert not Shipment.objects.exists()


@pytest.mark.django_db
def test_seed_demo_replace_refuses_when_a_real_shipment_refers_to_a_demo_enterprise():
    call_command("seed_demo", "--enterprises", "30", "--no-users", verbosity=0)
    seed_shipments(count=5)
    demo_enterprise = Enterprise.objects.filter(is_demo=True).first()
    real = direct(demo_enterprise, dt.date(2025, 5, 1))
    with pytest.raises(CommandError, match="Tidak ada yang dihapus"):
        call_command("seed_demo", "--enterprises", "30", "--no-users", "--replace", verbosity=0)
    assert Enterprise.objects.filter(is_demo=True).count() == 30
    assert Shipment.objects.filter(is_demo=True).count() == 5  # rolled back with the rest
    assert Shipment.objects.filter(pk=real.pk).exists()


def _curated_hs() -> set[str]:
    """Lampung's key products: the subheadings of the curated table (six languages)."""
    with (reference.BUILTIN_DIR / reference.CURATED_HS).open(encoding="utf-8") as f:
        return {row["code"] for row in csv.DictReader(f) if row["level"] == "6"}


def _shipment_rows() -> list[tuple]:
    return list(
        Shipment.objects.filter(is_demo=True)
        .order_by("pk")
        .values_list("enterprise_id", "hs_code_id", "quantity", "unit", "fob_usd", "export_date")
    )


@pytest.mark.django_db
def test_demo_shipments_carry_the_exporters_own_products_at_plausible_prices():
    call_command("seed_demo", "--enterprises", "1500", "--no-users", verbosity=0)
    seed_shipments()
    made: dict[int, set[str]] = {}
    for ent, hs in Product.objects.values_list("enterprise_id", "hs_code_id"):
        made.setdefault(ent, set()).add(hs)
    curated = _curated_hs()
    shipments = list(Shipment.objects.filter(is_demo=True).prefetch_related("suppliers"))
    assert len(shipments) >= 40
    for s in shipments:
        makers = (
            [s.enterprise_id] if s.enterprise_id else [x.enterprise_id for x in s.suppliers.all()]
        )
        assert makers, s.peb_number
        for ent in makers:  # direct exporter, or every supplier of an aggregator's shipment
            assert s.hs_code_id in made.get(ent, set()) | curated, (s.peb_number, ent)
    # Coffee and spices, fish and shrimp, and cocoa (HS 09, 03, 18) make most of the value,
    # as in Lampung's exports of what small firms make; green coffee leads.
    by_hs: dict[str, Decimal] = {}
    for s in shipments:
        by_hs[s.hs_code_id] = by_hs.get(s.hs_code_id, Decimal(0)) + s.fob_usd
    total = sum(by_hs.values())
    key = sum(v for hs, v in by_hs.items() if hs[:2] in {"09", "03", "18"})
    assert key > total / 2, (key, total)
    assert max(by_hs, key=by_hs.__getitem__) in {"090111", "090411", "030617"}
    # A kilogram of green coffee costs a few dollars; quantities are in the product's unit.
    for s in shipments:
        if s.hs_code_id in ("090111", "090411", "180100"):
            assert s.unit == "kg" and Decimal(2) <= s.fob_usd / s.quantity <= Decimal(9), s
        if s.hs_code_id == "030617":
            assert s.unit == "kg" and 1000 <= s.quantity <= 24_000
        assert s.unit in {"kg", "pcs", "m3"}


@pytest.mark.django_db
def test_demo_shipments_are_the_same_for_the_same_seed():
    call_command("seed_demo", "--enterprises", "200", "--no-users", verbosity=0)
    seed_shipments(seed=7)
    first = _shipment_rows()
    demo_shipments_clear()
    seed_shipments(seed=7)
    assert _shipment_rows() == first
    demo_shipments_clear()
    seed_shipments(seed=8)
    assert _shipment_rows() != first
