"""Plausible synthetic shipments for the demo registry (labelled demo: PEB numbers start
with DEMO-, `is_demo` is set, the dashboard shows the demo badge)."""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from siapekspor.core.audit import audit_record
from siapekspor.core.bulk import insert_rows, reserve_ids, sync_sequence
from siapekspor.core.bulk import now as bulk_now
from siapekspor.registry.models import Enterprise, HsCode
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
UNITS = ["kg", "kg", "kg", "ton", "pcs"]
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


def seed_shipments(
    *,
    count: int | None = None,
    exporter_share: float = 0.035,
    years: int = 4,
    seed: int = 2024,
    progress: Callable[[int], None] | None = None,
) -> ShipmentSeedSummary:
    """Shipments for about `exporter_share` of the demo enterprises over `years` years, with a
    growing number of exporters; `count` fixes the total (for benchmarks)."""
    started = time.perf_counter()
    rng = random.Random(seed)  # noqa: S311 (synthetic demo data)
    enterprises = list(Enterprise.objects.filter(is_demo=True).values_list("id", flat=True))
    hs = list(HsCode.objects.filter(level=6).values_list("code", flat=True))
    if not enterprises or not hs:
        raise RuntimeError("Seed the demo registry and load the reference data first.")
    enterprises.sort()
    exporters = rng.sample(enterprises, k=max(1, int(len(enterprises) * exporter_share)))
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
            day = first_day + dt.timedelta(days=rng.randint(min(start, span), span))
            indirect = (ent % 5) < 2
            usd = Decimal(int(rng.lognormvariate(9.6, 0.9))).quantize(Decimal(1))
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
                    rng.choice(hs),
                    rng.choices(dests, weights=weights)[0],
                    usd,
                    usd * rate,
                    Decimal(rng.randint(50, 20_000)),
                    rng.choice(UNITS),
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
                share = Decimal(rng.choice([20, 25, 30, 40, 50, 60, 100]))
                sup_rows.append((pk, ent, share))
                if share <= 50 and rng.random() < 0.5:
                    other = (
                        enterprises[(enterprises.index(ent) + 1) % len(enterprises)]
                        if len(enterprises) < 2000
                        else rng.choice(enterprises)
                    )
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
