"""Writes of the markets app: loading trade statistics and reference tables into the store.

The trade store is Parquet under `settings.TRADE_STORE_DIR` (see markets/engine/store.py); each
load is idempotent and leaves one audit entry (`markets.trade.loaded`, …) with its summary.
Engine errors become `TradeDataError` with a message in the active language.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from siapekspor.core.audit import audit_record
from siapekspor.core.tabular import TabularError, cell_text, open_table
from siapekspor.markets.engine import province_exports, reference, schedules
from siapekspor.markets.engine.potential import potential_table
from siapekspor.markets.engine.store import TradeStore, TradeStoreError, ValidationSummary
from siapekspor.markets.engine.synthetic import KNOWN_PRODUCTS, LAMPUNG_PRODUCTS, generate
from siapekspor.markets.errors import TradeDataError

Progress = Callable[[str, int, int], None]


def _store() -> TradeStore:
    return TradeStore(settings.TRADE_STORE_DIR)


def _fail(exc: object) -> TradeDataError:
    return TradeDataError(_("The trade data could not be loaded: %(detail)s") % {"detail": exc})


def _audit(action: str, *, actor: Any, target_id: str, label: str, changes: dict[str, Any]) -> None:
    with transaction.atomic():
        audit_record(
            actor=actor,
            action=action,
            target_type="markets.tradesource",
            target_id=target_id[:64],
            label=label,
            changes=changes,
        )


def _audit_files(action: str, infos: list[dict[str, Any]], *, actor: Any) -> None:
    """One audit line per file loaded (its `source`, `file` and summary)."""
    for info in infos:
        _audit(action, actor=actor, target_id=info["source"], label=info["file"], changes=info)


def trade_load(
    *,
    paths: Sequence[str | Path],
    format: str = "auto",
    columns: str | None = None,
    value_unit: str = "usd",
    hs_revision: str | None = None,
    country_codes: str | Path | None = None,
    product_codes: str | Path | None = None,
    actor: Any = None,
    progress: Progress | None = None,
) -> list[ValidationSummary]:
    """Load trade-flow files (BACI, Comtrade or a mapped long CSV) into the store.

    Guarantees: re-loading a file replaces its partition; values are stored in USD
    (`value_unit="thousand"` multiplies a long table's values by 1,000; BACI is converted
    automatically). Raises TradeDataError for unreadable files or bad mappings.
    """
    if value_unit not in ("usd", "thousand"):
        raise TradeDataError(_("The value unit must be 'usd' or 'thousand'."))
    try:
        summaries = _store().load(
            [Path(p) for p in paths],
            format=format,
            columns=columns,
            value_scale=1000.0 if value_unit == "thousand" else 1.0,
            hs_revision=hs_revision,
            country_codes=country_codes,
            product_codes=product_codes,
            progress=progress,
        )
    except TradeStoreError as exc:
        raise _fail(exc) from exc
    for summary in summaries:
        _audit(
            "markets.trade.loaded",
            actor=actor,
            target_id=summary.source,
            label=", ".join(summary.files),
            changes={
                k: v
                for k, v in summary.as_dict().items()
                if k
                in {
                    "rows_read",
                    "rows_kept",
                    "unknown_country_rows",
                    "years",
                    "unknown_product_rows",
                    "negative_values",
                    "missing_values",
                    "synthetic",
                    "sha256",
                    "replaced",
                }
            },
        )
    return summaries


def trade_load_geodist(
    *, dist: str | Path | None = None, geo: str | Path | None = None, actor: Any = None
) -> dict[str, Any]:
    """Load CEPII GeoDist distances and/or capitals. Raises TradeDataError."""
    try:
        info = reference.load_geodist(_store(), dist, geo)
    except TradeStoreError as exc:
        raise _fail(exc) from exc
    _audit(
        "markets.geodist.loaded",
        actor=actor,
        target_id="geodist",
        label="CEPII GeoDist",
        changes=info,
    )
    return info


def trade_load_macro(
    *, path: str | Path, indicator: str | None = None, actor: Any = None
) -> dict[str, Any]:
    """Load a World Bank indicator (GDP, population; long or wide). Raises TradeDataError."""
    try:
        info = reference.load_macro(_store(), path, indicator=indicator)
    except TradeStoreError as exc:
        raise _fail(exc) from exc
    _audit(
        "markets.macro.loaded", actor=actor, target_id="macro", label=Path(path).name, changes=info
    )
    return info


def _read_table(path: Path) -> pd.DataFrame:
    """A spreadsheet or CSV through core.tabular (checked first), as a frame of text cells.

    The header is the first row with at least three filled cells (BPS tables carry title rows).
    """
    if not path.exists():
        raise TradeStoreError(f"{path}: file not found")
    table = open_table(path)
    rows = [[cell_text(c) for c in row] for row in table.rows]
    start = next((i for i, r in enumerate(rows) if sum(1 for c in r if c) >= 3), None)
    if start is None:
        raise TradeStoreError(f"{path.name}: no header row")
    header = [c or f"column_{i}" for i, c in enumerate(rows[start])]
    body = [r + [""] * (len(header) - len(r)) for r in rows[start + 1 :] if any(r)]
    return pd.DataFrame([r[: len(header)] for r in body], columns=header, dtype=str)


def trade_load_province_exports(
    *, paths: Sequence[str | Path], actor: Any = None
) -> list[dict[str, Any]]:
    """Load the province's own exports (BPS by province of origin, e-SKA records, BPS sector
    table). Raises TradeDataError."""
    try:
        infos = province_exports.load_province_exports(
            _store(), list(paths), province=settings.PROVINCE_NAME, reader=_read_table
        )
    except TradeStoreError as exc:
        raise _fail(exc) from exc
    except TabularError as exc:
        raise _fail(exc.message) from exc
    _audit_files("markets.province_exports.loaded", infos, actor=actor)
    return infos


def trade_load_weo(*, path: str | Path, actor: Any = None) -> dict[str, Any]:
    """Load IMF WEO real GDP growth (forecasts drive the projections). Raises TradeDataError."""
    try:
        info = reference.load_weo(_store(), path)
    except TradeStoreError as exc:
        raise _fail(exc) from exc
    _audit("markets.weo.loaded", actor=actor, target_id="weo", label=Path(path).name, changes=info)
    return info


def trade_load_tariffs(
    *, paths: Sequence[str | Path], columns: str | None = None, actor: Any = None
) -> list[dict[str, Any]]:
    """Load tariff files: destination schedules (USA, Japan, Australia; files or a folder in the
    layout of shared/data/tariffs/destination_markets) and WITS/TRAINS, WTO IDB or mapped long
    tables. Raises TradeDataError."""
    try:
        found, other = schedules.expand(list(paths))
        if not found and not other:
            raise TradeStoreError(", ".join(str(p) for p in paths) + ": no tariff file found there")
        infos = schedules.load_schedules(_store(), found) if found else []
        if other:
            infos += reference.load_tariffs(_store(), other, columns=columns)
    except TradeStoreError as exc:
        raise _fail(exc) from exc
    _audit_files("markets.tariffs.loaded", infos, actor=actor)
    return infos


def trade_load_production(*, path: str | Path, actor: Any = None) -> dict[str, Any]:
    """Load the BPS production table used for the province's share. Raises TradeDataError."""
    try:
        info = reference.load_production(_store(), path)
    except TradeStoreError as exc:
        raise _fail(exc) from exc
    _audit(
        "markets.production.loaded",
        actor=actor,
        target_id="production",
        label=Path(path).name,
        changes=info,
    )
    return info


def trade_synthetic(
    *,
    size: str = "demo",
    if_empty: bool = False,
    seed: int = 20250101,
    actor: Any = None,
    progress: Progress | None = None,
) -> dict[str, Any] | None:
    """Generate a SYNTHETIC BACI-shaped dataset, load it and its approximate distances.

    Product codes come from the HS reference table when it has 6-digit codes, so the demo
    pages show real product names; every page labels the data as synthetic. With `if_empty`,
    nothing happens when the store already holds flows (returns None).
    """
    store = _store()
    if if_empty and store.sources():
        return None
    from siapekspor.registry.models import HsCode

    codes = [
        (c, d or KNOWN_PRODUCTS.get(c, c))
        for c, d in HsCode.objects.filter(level=6)
        .order_by("code")
        .values_list("code", "description_en")
    ]
    lampung = [c for c in LAMPUNG_PRODUCTS if c in {x for x, _ in codes}]
    products = (
        [(c, dict(codes)[c]) for c in lampung] + [x for x in codes if x[0] not in lampung]
        if codes
        else None
    )
    folder = Path(settings.TRADE_STORE_DIR) / "synthetic_source"
    shutil.rmtree(folder, ignore_errors=True)
    try:
        info = generate(folder, size=size, seed=seed, products=products, progress=progress)
        summaries = store.load([folder], progress=progress)
        reference.load_geodist(
            store, folder / "dist_capitals_approx.csv", folder / "geo_capitals_approx.csv"
        )
        potential_table(store, "IDN")  # warm the cache so the first page view is fast
    except (TradeStoreError, ValueError) as exc:
        raise _fail(exc) from exc
    _audit(
        "markets.synthetic.loaded",
        actor=actor,
        target_id="synthetic",
        label=_("Synthetic trade data (not real)"),
        changes={
            "size": size,
            "seed": seed,
            "years": info["years"],
            "rows": sum(s.rows_kept for s in summaries),
        },
    )
    info["summaries"] = [s.as_dict() for s in summaries]
    return info


def trade_warm(*, exporter: str = "IDN", year: int | None = None) -> int:
    """Compute and cache the potential table (so the first page view is fast); row count."""
    try:
        return len(potential_table(_store(), exporter, year))
    except TradeStoreError as exc:
        raise _fail(exc) from exc
