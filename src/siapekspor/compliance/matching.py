"""How a rule is matched to a product, a market and an enterprise: destination groups, HS
groups and the conditions the system can or cannot decide by itself. Pure functions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

GROUPS: dict[str, frozenset[str]] = {
    "EU": frozenset(
        [
            "AUT",
            "BEL",
            "BGR",
            "HRV",
            "CYP",
            "CZE",
            "DNK",
            "EST",
            "FIN",
            "FRA",
            "DEU",
            "GRC",
            "HUN",
            "IRL",
            "ITA",
            "LVA",
            "LTU",
            "LUX",
            "MLT",
            "NLD",
            "POL",
            "PRT",
            "ROU",
            "SVK",
            "SVN",
            "ESP",
            "SWE",
        ]
    ),
    "ASEAN": frozenset(["BRN", "KHM", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]),
    "GCC": frozenset(["SAU", "ARE", "KWT", "QAT", "BHR", "OMN"]),
}
ANY = "ANY"
# HS groups a rule may name instead of prefixes: "all food lines" = chapters 02–22 except
# live plants, other animal products, lac and plaiting materials.
HS_GROUPS: dict[str, tuple[str, ...]] = {
    "food": tuple(
        f"{c:02d}" for c in (2, 3, 4, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19, 20, 21, 22)
    ),
}
# Province codes (first two digits of a regency code) named by US Import Alert 99-52:
# Lampung and the provinces of Java.
ALERT_99_52_PROVINCES = frozenset({"18", "31", "32", "33", "34", "35", "36"})


def destinations_of(iso3: str) -> set[str]:
    """The destination keys a rule may carry that cover `iso3`: itself, its groups, ANY."""
    iso3 = iso3.upper()
    return {iso3, ANY} | {name for name, members in GROUPS.items() if iso3 in members}


def prefixes_of(hs_prefixes: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in hs_prefixes:
        out.extend(HS_GROUPS.get(item, (item,)))
    return tuple(out)


def hs_matches(hs_prefixes: Iterable[str], hs6: str) -> bool:
    """True when the rule covers `hs6` (an empty list covers every product)."""
    prefixes = prefixes_of(hs_prefixes)
    return not prefixes or any(hs6.startswith(p) for p in prefixes)


def in_force(applies_from: dt.date | None, applies_to: dt.date | None, on: dt.date) -> bool:
    return (applies_from is None or applies_from <= on) and (applies_to is None or on <= applies_to)


LARGE_MEDIUM = frozenset({"medium", "large"})
MICRO_SMALL = frozenset({"micro", "small"})


def evaluate(condition: str, *, regency: str | None, size_class: str | None) -> bool | None:
    """True/False when the system can decide the condition from the enterprise's record;
    None when only the owner can tell (the checklist lists it as "check whether it applies").

    Sizes: the registry's size class stands for the operator's size (EUDR: the operator who
    places the goods on the EU market; an IKM exporting directly is that operator's
    supplier — an approximation, stated in docs/compliance.md)."""
    if not condition:
        return True
    if condition == "lampung_or_java":
        return regency is not None and regency[:2] in ALERT_99_52_PROVINCES
    if condition.endswith("large_medium") or condition.endswith("micro_small"):
        wanted = LARGE_MEDIUM if condition.endswith("large_medium") else MICRO_SMALL
        if size_class is None or size_class == "":
            # unknown size: the earlier date (large and medium) is assumed, to be safe.
            size_ok: bool = wanted is LARGE_MEDIUM
        else:
            size_ok = size_class in wanted
        if not size_ok:
            return False
        return None if condition.startswith("domestic_sale") else True
    return None


def question_key(condition: str) -> str:
    """The key of the question shown for an undecidable condition (data file: conditions)."""
    if condition.startswith("domestic_sale"):
        return "domestic_sale"
    return condition
