"""Plausible synthetic shipments for the demo registry (labelled demo: PEB numbers start
with DEMO-, `is_demo` is set, the dashboard shows the demo badge)."""

from __future__ import annotations

import datetime as dt
import heapq
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import FloatField
from django.db.models.functions import Cast
from django.utils import timezone

from siapekspor.core.audit import audit_record
from siapekspor.core.bulk import insert_rows, reserve_ids, sync_sequence
from siapekspor.core.bulk import now as bulk_now
from siapekspor.registry.models import Enterprise, HsCode, Product
from siapekspor.shipments.models import Shipment, ShipmentSupplier
from siapekspor.shipments.services import FIELDS

# Destinations of Lampung's processed goods (coffee, cocoa, fish, spices, handicrafts).
DESTINATIONS = [
    ("USA", 18),
    ("CHN", 12),
    ("JPN", 10),
    ("MYS", 10),
    ("SGP", 9),
    ("NLD", 6),
    ("DEU", 5),
    ("SAU", 5),
    ("ARE", 4),
    ("KOR", 4),
    ("AUS", 4),
    ("TWN", 3),
    ("IND", 3),
    ("EGY", 2),
    ("FRA", 2),
    ("ITA", 2),
    ("VNM", 2),
    ("THA", 2),
]
AGGREGATORS = [
    "PT Agro Ekspor Lampung (demo)",
    "CV Rempah Nusantara (demo)",
    "Koperasi Kopi Lampung Barat (demo)",
    "PT Sumber Laut Teluk (demo)",
]
BUYERS = [
    "Demo Trading Co.",
    "Demo Foods Ltd.",
    "Demo Import GmbH",
    "Demo Shoji K.K.",
    "Demo Market LLC",
    "Demo Spice B.V.",
]
# What the demo enterprises export, by product name (as in `registry.demo.SECTORS`):
# (weight, FOB USD per unit from–to, shipment unit, lot from–to in that unit, price rises
# over the years). The weight is how likely an enterprise making it exports at all: BPS
# Lampung's releases put coffee, tea and spices (HS 09) first among the goods that small
# firms make (US$ 1,245 million in Jan–Sep 2025), then fruit and vegetable preparations
# (HS 20), fish and shrimp (HS 03, 16), wood and cocoa; bakery, clothing and sauces are
# sold at home. Prices are FOB ranges of 2022–2026 (robusta, cocoa and pepper rose over the
# period: `rises` moves the price up the range with the date). Lots run from a few months'
# output of a small firm to a full container (19–24 t).
PRODUCTS: dict[str, tuple[float, tuple[float, float], str, tuple[int, int], bool]] = {
    "Kopi robusta biji (green bean)": (10, (2.3, 5.6), "kg", (1_000, 19_200), True),
    "Kopi bubuk robusta": (3, (7.0, 12.0), "kg", (100, 3_000), True),
    "Kopi luwak": (2, (60.0, 100.0), "kg", (5, 100), False),
    "Lada hitam": (10, (3.6, 7.2), "kg", (500, 18_000), True),
    "Lada hitam bubuk": (3, (6.0, 9.5), "kg", (100, 3_000), True),
    "Kayu manis": (4, (2.5, 4.5), "kg", (500, 12_000), False),
    "Biji kakao fermentasi": (6, (2.4, 8.0), "kg", (1_000, 15_000), True),
    "Bubuk kakao": (2, (4.0, 8.5), "kg", (250, 5_000), True),
    "Udang vaname beku": (10, (6.0, 9.5), "kg", (1_000, 24_000), False),
    "Ikan beku": (5, (1.5, 3.0), "kg", (1_000, 24_000), False),
    "Ikan teri kering": (4, (5.0, 8.0), "kg", (200, 8_000), False),
    "Ikan asin": (2, (2.5, 4.5), "kg", (200, 8_000), False),
    "Rumput laut kering": (5, (0.9, 1.6), "kg", (2_000, 20_000), False),
    "Kelapa parut kering (desiccated)": (5, (1.8, 2.6), "kg", (1_000, 18_000), False),
    "Minyak kelapa murni (VCO)": (3, (3.5, 6.0), "kg", (100, 8_000), False),
    "Tepung tapioka": (6, (0.45, 0.62), "kg", (5_000, 25_000), False),
    "Mutiara tapioka": (3, (1.0, 1.6), "kg", (500, 10_000), False),
    "Gula aren cetak": (3, (2.0, 3.2), "kg", (300, 8_000), False),
    "Gula semut kelapa": (4, (2.5, 3.8), "kg", (300, 12_000), False),
    "Keripik pisang": (2, (3.0, 5.0), "kg", (100, 4_000), False),
    "Keripik singkong": (1, (2.0, 3.5), "kg", (100, 4_000), False),
    "Kerupuk ikan": (1, (3.0, 5.0), "kg", (100, 3_000), False),
    "Keripik tempe": (0.5, (3.5, 5.5), "kg", (100, 2_000), False),
    "Madu hutan": (1, (5.0, 10.0), "kg", (50, 1_000), False),
    "Sambal kemasan": (0.3, (3.0, 5.0), "kg", (100, 1_500), False),
    "Minuman jahe instan": (0.5, (4.0, 7.0), "kg", (100, 2_000), False),
    "Kain tapis Lampung": (1.5, (120.0, 350.0), "pcs", (5, 60), False),
    "Selendang sulam usus": (1, (15.0, 30.0), "pcs", (20, 300), False),
    "Kemeja batik": (0.3, (8.0, 15.0), "pcs", (100, 1_500), False),
    "Gamis": (0.3, (10.0, 20.0), "pcs", (100, 1_000), False),
    "Keranjang rotan": (3, (3.0, 12.0), "pcs", (200, 3_000), False),
    "Anyaman bambu": (2, (1.5, 6.0), "pcs", (200, 4_000), False),
    "Kayu gergajian": (1, (250.0, 450.0), "m3", (10, 60), False),
    "Kursi kayu": (1.5, (25.0, 80.0), "pcs", (40, 400), False),
    "Lemari kayu": (1, (120.0, 300.0), "pcs", (10, 80), False),
    "Kerajinan batok kelapa": (2, (1.0, 3.0), "pcs", (300, 5_000), False),
    "Arang tempurung": (3, (0.6, 0.95), "kg", (5_000, 25_000), False),
    "Tas kulit": (0.5, (15.0, 40.0), "pcs", (30, 500), False),
    # Roti manis, Bolu: not exported (weight 0, left out).
}
# An enterprise whose products carry no HS code (or none of the above) ships one of Lampung's
# key products (curated subheadings of `registry/reference_data/hs2022.csv`), by weight:
# (HS6, weight, FOB USD per kg from–to, lot in kg from–to, rises).
KEY_PRODUCTS: list[tuple[str, float, tuple[float, float], tuple[int, int], bool]] = [
    ("090111", 10, (2.3, 5.6), (1_000, 19_200), True),
    ("090411", 10, (3.6, 7.2), (500, 18_000), True),
    ("030617", 10, (6.0, 9.5), (1_000, 24_000), False),
    ("180100", 6, (2.4, 8.0), (1_000, 15_000), True),
    ("200820", 4, (1.0, 1.6), (2_000, 20_000), False),
    ("110814", 6, (0.45, 0.62), (5_000, 25_000), False),
    ("200899", 2, (3.0, 5.0), (100, 4_000), False),
    ("121229", 3, (0.9, 1.6), (2_000, 20_000), False),
    ("170290", 3, (2.0, 3.8), (300, 12_000), False),
    ("080111", 3, (1.8, 2.6), (1_000, 18_000), False),
]
# A product's monthly capacity in the shipment's unit.
TO_SHIPMENT_UNIT = {("ton", "kg"): 1000.0, ("l", "kg"): 0.92}
# The value columns in the services' order (`services.FIELDS`), then the rest of a row.
COLUMNS = [
    "id",
    "created_at",
    "updated_at",
    *FIELDS,
    "evidence_file",
    "evidence_type",
    "evidence_size",
    "verification",
    "verified_by_id",
    "verified_at",
    "rejection_reason",
    "is_demo",
    "source",
]


@dataclass
class ShipmentSeedSummary:
    shipments: int
    suppliers: int
    seconds: float


@dataclass
class _Line:
    """What one exporter can ship: an HS code, its price and lot, and the monthly output."""

    hs: str
    weight: float
    price: tuple[float, float]
    unit: str
    lot: tuple[int, int]
    rises: bool
    monthly: float | None  # in `unit`; None when the registry has no capacity


def _lines(
    rng: random.Random, known_hs: set[str], enterprises: list[int]
) -> dict[int, list[_Line]]:
    """The exportable products of each demo enterprise: its own (PRODUCTS, or KEY_PRODUCTS
    by HS code); an enterprise with no product that carries an HS code gets one of the
    KEY_PRODUCTS by weight; one whose products are not exported (bread) gets none."""
    key = {hs: (w, price, "kg", lot, rises) for hs, w, price, lot, rises in KEY_PRODUCTS}
    out: dict[int, list[_Line]] = {pk: [] for pk in enterprises}
    classified: set[int] = set()
    rows = (
        Product.objects.filter(enterprise__is_demo=True, hs_code__isnull=False)
        .annotate(capacity=Cast("monthly_capacity", FloatField()))  # no Decimal per row
        .values_list("enterprise_id", "hs_code_id", "name", "capacity", "capacity_unit")
    )
    for ent, hs, name, capacity, capacity_unit in rows.iterator(chunk_size=20_000):
        classified.add(ent)
        profile = PRODUCTS.get(name) or key.get(hs)
        if profile is None or ent not in out:
            continue
        weight, price, unit, lot, rises = profile
        monthly = None
        if capacity:
            monthly = capacity * TO_SHIPMENT_UNIT.get((capacity_unit, unit), 1.0)
        out[ent].append(_Line(hs, weight, price, unit, lot, rises, monthly))
    fallback = [k for k in KEY_PRODUCTS if k[0] in known_hs]
    if fallback:
        picks = rng.choices(fallback, weights=[k[1] for k in fallback], k=len(out))
        for (pk, lines), (hs, w, price, lot, rises) in zip(out.items(), picks, strict=True):
            if not lines and pk not in classified:
                lines.append(_Line(hs, w, price, "kg", lot, rises, None))
    return out


def _nice(quantity: float, unit: str) -> Decimal:
    """A quantity as a shipper writes it: whole pieces, kilograms to 10 kg (to 100 kg above
    five tonnes)."""
    step = 1 if unit != "kg" or quantity < 100 else (100 if quantity >= 5000 else 10)
    return Decimal(max(step, round(quantity / step) * step))


def _quantity(rng: random.Random, line: _Line, share: Decimal) -> Decimal:
    """One shipment of `line`: one to three months of the enterprise's output (its part,
    `share` %, of an aggregator's shipment), kept within the product's lot sizes."""
    lo, hi = line.lot
    if line.monthly:
        own = line.monthly * rng.uniform(1.0, 3.0)
        quantity = own * 100 / float(share)
    else:
        quantity = math.exp(rng.uniform(math.log(lo), math.log(hi)))
    if quantity > hi:  # a full load, or most of one
        quantity = hi * rng.choice((0.8, 1.0, 1.0))
    return _nice(max(quantity, lo), line.unit)


def _price(rng: random.Random, line: _Line, position: float) -> Decimal:
    """FOB USD per unit within the product's range; for a product whose price rose over the
    period, later shipments sit higher in the range (`position` 0 = first day, 1 = today)."""
    lo, hi = line.price
    spot = min(1.0, max(0.0, position + rng.uniform(-0.15, 0.15))) if line.rises else rng.random()
    return Decimal(str(round(lo + (hi - lo) * spot, 2)))


def _exporters(
    rng: random.Random, lines: dict[int, list[_Line]], active: dict[int, str], k: int
) -> list[int]:
    """`k` enterprises drawn without replacement, the likelier the more exportable their
    products (weighted sampling by random keys u ** (1 / w)); a regency that drew no active
    enterprise gets its best-keyed active one, so that every regency shows some exports."""
    keyed = [
        (rng.random() ** (1.0 / max(line.weight for line in own)), pk)
        for pk, own in sorted(lines.items())
        if own
    ]
    picked = {pk for _key, pk in heapq.nlargest(k, keyed)}
    missing = set(active.values()) - {active[pk] for pk in picked if pk in active}
    for _key, pk in sorted(keyed, reverse=True) if missing else []:
        if active.get(pk) in missing:
            missing.discard(active[pk])
            picked.add(pk)
    return sorted(picked)


def seed_shipments(
    *,
    count: int | None = None,
    exporter_share: float = 0.035,
    years: int = 4,
    seed: int = 2024,
    progress: Callable[[int], None] | None = None,
) -> ShipmentSeedSummary:
    """Shipments for about `exporter_share` of the demo enterprises over `years` years, with a
    growing number of exporters; `count` fixes the total (for benchmarks). Each shipment
    carries one of its exporter's own products (`_lines`), a lot sized on the enterprise's
    monthly capacity and a price per unit of that product."""
    started = time.perf_counter()
    rng = random.Random(seed)  # noqa: S311 (synthetic demo data)
    known_hs = set(HsCode.objects.filter(level=6).values_list("code", flat=True))
    demo = Enterprise.objects.filter(is_demo=True).values_list("pk", "regency_id", "is_active")
    enterprises = sorted(demo)
    lines = _lines(rng, known_hs, [pk for pk, _r, _a in enterprises])
    if not lines or not known_hs or not any(lines.values()):
        raise RuntimeError("Seed the demo registry and load the reference data first.")
    active = {pk: regency for pk, regency, is_active in enterprises if is_active}
    exporters = _exporters(rng, lines, active, max(1, int(len(lines) * exporter_share)))
    # Enterprises by HS code, for a second supplier of the same product.
    makers: dict[str, list[int]] = {}
    for pk, own in lines.items():
        for line in own:
            makers.setdefault(line.hs, []).append(pk)
    today = timezone.localdate()
    first_day = today - dt.timedelta(days=365 * years)
    span = (today - first_day).days
    per_exporter = max(1, (count or len(exporters) * 4) // len(exporters))
    total = count or len(exporters) * per_exporter
    dests, weights = zip(*DESTINATIONS, strict=True)
    now = bulk_now()
    made = supplier_rows = 0
    with transaction.atomic():
        ids = reserve_ids(Shipment, total)
        rows, sup_rows = [], []
        for n, pk in enumerate(ids):
            ent = exporters[n % len(exporters)]
            ent_rng_start = (ent * 7919) % span  # each exporter starts at its own date
            # Later starts are likelier: the number of exporters grows over time.
            start = int(span * (1 - (1 - (ent_rng_start / span)) ** 1.6))
            offset = rng.randint(min(start, span), span)
            day = first_day + dt.timedelta(days=offset)
            indirect = (ent % 5) < 2
            own = lines[ent]
            line = own[0] if len(own) == 1 else rng.choices(own, [x.weight for x in own])[0]
            share = Decimal(rng.choice([20, 25, 30, 40, 50, 60, 100])) if indirect else Decimal(100)
            quantity = _quantity(rng, line, share)
            usd = (quantity * _price(rng, line, offset / span)).quantize(Decimal(1))
            rate = Decimal(rng.randint(15_200, 16_400))
            verification = "verified" if rng.random() < 0.92 else "pending"
            rows.append(
                (
                    pk,
                    now,
                    now,
                    f"DEMO-{day:%y%m}-{pk:07d}",
                    "indirect" if indirect else "direct",
                    None if indirect else ent,
                    rng.choice(AGGREGATORS) if indirect else "",
                    day,
                    line.hs,
                    rng.choices(dests, weights=weights)[0],
                    usd,
                    usd * rate,
                    quantity,
                    line.unit,
                    rng.choice(BUYERS),
                    rng.choice(["FOB", "FOB", "CIF", "CFR", "EXW"]),
                    "",
                    "",
                    None,
                    verification,
                    None,
                    now if verification == "verified" else None,
                    "",
                    True,
                    "demo",
                )
            )
            if indirect:
                sup_rows.append((pk, ent, share))
                if share <= 50 and rng.random() < 0.5:
                    others = makers.get(line.hs, [])
                    other = others[rng.randrange(len(others))] if others else ent
                    if other != ent:
                        sup_rows.append((pk, other, Decimal(100) - share))
            if len(rows) >= 5000:
                made += insert_rows(Shipment, COLUMNS, rows)
                supplier_rows += insert_rows(
                    ShipmentSupplier, ["shipment_id", "enterprise_id", "share_percent"], sup_rows
                )
                if progress:
                    progress(len(rows))
                rows, sup_rows = [], []
        if rows:
            made += insert_rows(Shipment, COLUMNS, rows)
            supplier_rows += insert_rows(
                ShipmentSupplier, ["shipment_id", "enterprise_id", "share_percent"], sup_rows
            )
            if progress:
                progress(len(rows))
        sync_sequence(Shipment)
        sync_sequence(ShipmentSupplier)
        audit_record(
            actor=None,
            action="shipments.demo.seeded",
            target_type="shipments.shipment",
            target_id="*",
            label=f"{made} demo shipments",
            changes={"shipments": made, "suppliers": supplier_rows, "seed": seed},
        )
    return ShipmentSeedSummary(
        shipments=made, suppliers=supplier_rows, seconds=time.perf_counter() - started
    )


def demo_shipments_clear() -> int:
    ids = list(Shipment.objects.filter(is_demo=True).values_list("pk", flat=True))
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        ShipmentSupplier.objects.filter(shipment_id__in=chunk).delete()
        Shipment.objects.filter(pk__in=chunk).delete()
    return len(ids)
