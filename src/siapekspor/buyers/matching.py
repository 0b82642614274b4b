"""Buyer demand ↔ IKM products, ranked with a reason per match; pooling several IKM when no
single one can fill the order.

Score (0–100) = 40 HS (same subheading 1, heading 0.6, chapter 0.3) + 20 text similarity
(rapidfuzz token-set ratio of the demand's words against the product's name and description)
+ 25 capacity (monthly capacity against the order quantity, kg/tonne/gram converted) + 15
certificates (the compliance checklist of the product's HS for the buyer's market: what the
enterprise holds against what the market requires). Each part that applies adds a reason,
kept as a message and its values so it renders in any of the six languages.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from rapidfuzz import fuzz

from siapekspor.core import countries
from siapekspor.registry import refnames

HS_WEIGHT, TEXT_WEIGHT, CAPACITY_WEIGHT, CERT_WEIGHT = 40, 20, 25, 15
CHECKED_CANDIDATES = 40  # the compliance checklist runs for the best ones only
MASS = {"kg": Decimal(1), "ton": Decimal(1000), "g": Decimal("0.001")}


@dataclass(frozen=True)
class Reason:
    """One reason of a match: a translatable message and its values."""

    message: Any
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        """The reason in `language` (the active language by default)."""
        if language is None:
            return str(self.message) % self._values(language)
        with translation.override(language):
            return str(self.message) % self._values(language)

    def _values(self, language: str | None) -> dict[str, Any]:
        values: dict[str, Any] = {
            k: number_format(v, 0, force_grouping=True) if isinstance(v, Decimal) else v
            for k, v in self.values.items()
        }  # quantities grouped as the reader's language writes them (1.400 / 1,400 / ١٬٤٠٠)
        if "market" in values:
            values["market"] = countries.name(values["market"], language)
        if "regency" in values:  # a Regency: "Kota Bandar Lampung" / "Kab. Tanggamus", translated
            values["regency"] = values["regency"].display_name
        if "code" in values:  # HS as the whole site writes it: 0901.11
            values["code"] = refnames.hs_dotted(str(values["code"]))
        return values

    def __str__(self) -> str:
        return self.text()


@dataclass
class Demand:
    """What a buyer wants: HS codes (2, 4 or 6 digits), words, market, quantity a month."""

    hs_codes: list[str]
    text: str = ""
    market: str = ""
    quantity: Decimal | None = None
    unit: str = "kg"


@dataclass
class Match:
    product_id: int
    product_name: str
    enterprise_id: int
    enterprise_name: str
    regency_id: str
    regency: Any  # registry.models.Regency (its display name names it in any language)
    hs_code: str
    capacity: Decimal | None
    unit: str
    score: float = 0.0
    reasons: list[Reason] = field(default_factory=list)
    certificate_gaps: int | None = None
    capacity_in_demand_unit: Decimal | None = None

    def reasons_in(self, language: str) -> list[str]:
        return [r.text(language) for r in self.reasons]


def convert(amount: Decimal | None, unit: str, to_unit: str) -> Decimal | None:
    """`amount` of `unit` in `to_unit`; None when the units do not convert."""
    if amount is None:
        return None
    if unit == to_unit:
        return amount
    if unit in MASS and to_unit in MASS:
        return amount * MASS[unit] / MASS[to_unit]
    return None


def hs_part(demand: Demand, code: str) -> tuple[float, Reason | None]:
    best, reason = 0.0, None
    for wanted in demand.hs_codes:
        if len(wanted) == 6 and code == wanted:
            return 1.0, Reason(_("Same HS subheading %(code)s."), {"code": code})
        if len(wanted) >= 4 and code[:4] == wanted[:4] and best < 0.6:
            best, reason = 0.6, Reason(_("Same HS heading %(code)s."), {"code": code[:4]})
        elif code[:2] == wanted[:2] and best < 0.3:
            best, reason = 0.3, Reason(_("Same HS chapter %(code)s."), {"code": code[:2]})
    return best, reason


def text_part(demand: Demand, name: str, description: str) -> tuple[float, Reason | None]:
    words = demand.text.strip().lower()
    if not words:
        return 0.0, None
    ratio = fuzz.token_set_ratio(words, f"{name} {description}".lower()) / 100
    if ratio < 0.3:
        return 0.0, None
    return ratio, Reason(
        _("The description matches the buyer's words (%(pct)s %% similar)."),
        {"pct": round(ratio * 100)},
    )


def capacity_part(demand: Demand, m: Match) -> tuple[float, Reason | None]:
    m.capacity_in_demand_unit = convert(m.capacity, m.unit, demand.unit)
    if not demand.quantity:
        return 0.0, None
    have = m.capacity_in_demand_unit
    if have is None:
        return 0.0, Reason(_("Monthly capacity unknown or in another unit."))
    if have >= demand.quantity:
        return 1.0, Reason(
            _("Monthly capacity %(capacity)s %(unit)s covers the order of %(quantity)s."),
            {
                "capacity": Decimal(have),
                "unit": demand.unit,
                "quantity": Decimal(demand.quantity),
            },
        )
    share = float(have / demand.quantity)
    return share, Reason(
        _("Monthly capacity covers %(pct)s %% of the order."), {"pct": round(share * 100)}
    )


def certificate_part(
    demand: Demand, m: Match, enterprise: Any, on: dt.date
) -> tuple[float, Reason | None]:
    from siapekspor.compliance.selectors import Status, checklist

    if not demand.market or not m.hs_code:
        return 0.0, None
    result = checklist(hs6=m.hs_code, market=demand.market, on=on, enterprise=enterprise)
    gaps = result.counts.get(Status.MISSING, 0) + result.counts.get(Status.EXPIRING, 0)
    m.certificate_gaps = gaps
    if not result.items:
        return 0.5, Reason(
            _("No document requirement for %(market)s is recorded for this product."),
            {"market": demand.market},
        )
    if gaps == 0:
        return 1.0, Reason(
            _("Holds every document %(market)s requires for this product."),
            {"market": demand.market},
        )
    return 1 / (1 + gaps), Reason(
        _("%(n)s document(s) that %(market)s requires are missing or expiring."),
        {"n": gaps, "market": demand.market},
    )


def rank(demand: Demand, products: Any, *, limit: int = 20) -> list[Match]:
    """Score and rank the candidate products (a queryset with enterprise selected)."""
    first: list[tuple[Match, Any]] = []
    for p in products:
        code = p.hs_code_id or ""
        m = Match(
            product_id=p.pk,
            product_name=p.name,
            enterprise_id=p.enterprise_id,
            enterprise_name=p.enterprise.name,
            regency_id=p.enterprise.regency_id,
            regency=p.enterprise.regency,
            hs_code=code,
            capacity=p.monthly_capacity,
            unit=p.capacity_unit,
        )
        for weight, (part, reason) in (
            (HS_WEIGHT, hs_part(demand, code) if code else (0.0, None)),
            (TEXT_WEIGHT, text_part(demand, p.name, p.description)),
            (CAPACITY_WEIGHT, capacity_part(demand, m)),
        ):
            m.score += weight * part
            if reason is not None:
                m.reasons.append(reason)
        if m.score > 0:
            first.append((m, p.enterprise))
    first.sort(key=lambda t: (-t[0].score, t[0].product_id))
    on = timezone.localdate()
    for m, enterprise in first[:CHECKED_CANDIDATES]:
        part, reason = certificate_part(demand, m, enterprise, on)
        m.score += CERT_WEIGHT * part
        if reason is not None:
            m.reasons.append(reason)
    ranked = [m for m, _e in first]
    ranked.sort(key=lambda m: (-m.score, m.product_id))
    for m in ranked:
        m.score = round(m.score, 1)
    return ranked[:limit]


@dataclass
class PoolMember:
    match: Match
    quantity: Decimal
    share_percent: Decimal


@dataclass
class Pool:
    members: list[PoolMember]
    total_capacity: Decimal
    reasons: list[Reason]

    def reasons_in(self, language: str) -> list[str]:
        return [r.text(language) for r in self.reasons]

    def shipment_suppliers(self) -> list[tuple[int, Decimal]]:
        """The members' shares as `shipments.services.ShipmentData.suppliers` takes them, so
        the indirect shipment the pool produces records each IKM's share (`pool_shares`:
        summing to 100)."""
        return [(m.match.enterprise_id, m.share_percent) for m in self.members]


SHARE_STEP = Decimal("0.01")
QUANTITY_STEP = Decimal("0.01")


def pool_quantity(quantity: Decimal) -> Decimal:
    """A member's quantity as a pool stores it: to 0.01 (the column's places), rounded down so
    a member filled to its capacity stays within it (a quantity converted kg → ton has more)."""
    return quantity.quantize(QUANTITY_STEP, ROUND_DOWN)


def pool_shares(quantities: list[Decimal]) -> list[Decimal]:
    """Each quantity's share of the total in %, to 0.01, summing to exactly 100 (the rounding
    difference goes to the largest, the first of equals). The one rule for a pool's shares:
    the proposal (`pool`) and the stored pool (`services.pool_create/pool_update`) both use
    it, so a share reads the same before and after saving. Raises ValidationFailed on a zero
    total."""
    from siapekspor.core.errors import ValidationFailed

    total = sum(quantities, Decimal(0))
    if total <= 0:
        raise ValidationFailed(_("The members' quantities add up to nothing."), field="members")
    shares = [(q * 100 / total).quantize(SHARE_STEP, rounding=ROUND_HALF_UP) for q in quantities]
    largest = max(range(len(quantities)), key=lambda i: (quantities[i], -i))
    shares[largest] += Decimal(100) - sum(shares, Decimal(0))
    return shares


def _fill(quantity: Decimal, candidates: list[Match]) -> list[PoolMember] | None:
    """The candidates in order, each taking what it can (as stored: `pool_quantity`) until
    `quantity` is met; their shares by `pool_shares`. None when all together fall short."""
    members: list[PoolMember] = []
    left = quantity
    for m in candidates:
        take = pool_quantity(min(m.capacity_in_demand_unit or Decimal(0), left))
        if take <= 0:
            continue
        members.append(PoolMember(m, take, Decimal(0)))
        left -= take
        if left <= 0:
            shares = pool_shares([p.quantity for p in members])
            for member, share in zip(members, shares, strict=True):
                member.share_percent = share
            return members
    return None


def _group(quantity: Decimal, usable: list[Match]) -> tuple[list[PoolMember], Any] | None:
    """The fewest IKM of one heading that fill `quantity`: within one regency when possible
    (with that Regency), else across the province (None); None when all together fall short."""
    key = lambda m: (m.certificate_gaps or 0, -(m.capacity_in_demand_unit or 0), m.product_id)  # noqa: E731
    by_regency: dict[str, list[Match]] = defaultdict(list)
    for m in usable:
        by_regency[m.regency_id].append(m)
    options = []
    for regency, group in by_regency.items():
        filled = _fill(quantity, sorted(group, key=key))
        if filled:
            options.append((len(filled), regency, filled, group[0].regency))
    if options:
        options.sort(key=lambda o: (o[0], o[1]))
        return options[0][2], options[0][3]
    members = _fill(quantity, sorted(usable, key=key))
    return (members, None) if members else None


def pool(demand: Demand, matches: list[Match]) -> Pool | None:
    """A group of IKM with the same product whose monthly capacities together meet the order,
    when no single one can: first within one regency (fewest suppliers), else across the
    province; among equals, fewer certificate gaps and larger capacity first. None when a
    single IKM suffices, no quantity is given, or even all together fall short."""
    if not demand.quantity:
        return None
    usable = [
        m
        for m in matches
        if m.capacity_in_demand_unit
        and any(m.hs_code.startswith(c) for c in demand.hs_codes if len(c) >= 4)
    ]
    if any((m.capacity_in_demand_unit or 0) >= demand.quantity for m in usable):
        return None
    # One place per IKM: its largest product of the kind.
    best: dict[int, Match] = {}
    for m in usable:
        held = best.get(m.enterprise_id)
        if held is None or (m.capacity_in_demand_unit or 0) > (held.capacity_in_demand_unit or 0):
            best[m.enterprise_id] = m
    # The same product: one HS heading per pool (the heading whose group needs fewest IKM).
    by_heading: dict[str, list[Match]] = defaultdict(list)
    for m in best.values():
        by_heading[m.hs_code[:4]].append(m)
    groups = [
        g for g in (_group(demand.quantity, ms) for _h, ms in sorted(by_heading.items())) if g
    ]
    if not groups:
        return None
    members, regency = min(groups, key=lambda g: (len(g[0]), g[1] is None))
    reasons: list[Reason] = []
    if regency is not None:
        reasons.append(
            Reason(
                _("All suppliers are in one regency or city (%(regency)s)."), {"regency": regency}
            )
        )
    total = sum((m.match.capacity_in_demand_unit or Decimal(0) for m in members), Decimal(0))
    reasons.insert(
        0,
        Reason(
            _(
                "No single IKM can supply %(quantity)s %(unit)s a month; together these %(n)s can (%(total)s %(unit)s)."
            ),
            {
                "quantity": Decimal(demand.quantity),
                "unit": demand.unit,
                "n": len(members),
                "total": Decimal(total),
            },
        ),
    )
    gaps = sum(m.match.certificate_gaps or 0 for m in members)
    if demand.market and gaps == 0 and all(m.match.certificate_gaps is not None for m in members):
        reasons.append(
            Reason(
                _("Every supplier holds the documents %(market)s requires."),
                {"market": demand.market},
            )
        )
    return Pool(members=members, total_capacity=total, reasons=reasons)
