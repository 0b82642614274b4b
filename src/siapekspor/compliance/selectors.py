"""Reads of compliance: the gap checklist, certificate-of-origin advice, certificates, cases
and the counts other apps read (reporting's funnel: `assisted_to_certify_count`)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts.roles import Actor
from siapekspor.compliance import access, content, matching
from siapekspor.compliance.models import (
    OPEN_STATUSES,
    AssistanceCase,
    CaseStatus,
    Certificate,
    DocumentKind,
    DocumentType,
    Rule,
)
from siapekspor.core import countries
from siapekspor.core.errors import ValidationFailed

if TYPE_CHECKING:
    from siapekspor.registry.models import Enterprise

HS6 = re.compile(r"^\d{6}$")
EXPIRING_DAYS = 60


class Status:
    HAVE = "have"
    MISSING = "missing"
    EXPIRING = "expiring"
    PER_SHIPMENT = "per_shipment"
    BUYER = "buyer"
    NOTICE = "notice"


STATUS_LABELS = {
    Status.HAVE: _("have"),
    Status.MISSING: _("missing"),
    Status.EXPIRING: _("expiring"),
    Status.PER_SHIPMENT: _("for each shipment"),
    Status.BUYER: _("the buyer's duty"),
    Status.NOTICE: _("for information"),
}


@dataclass
class RuleLine:
    key: str
    legal_basis: str
    source_url: str
    source_refs: str
    verified: bool
    applies_from: dt.date | None
    applies_to: dt.date | None
    validity: str
    note: str
    question: str

    @property
    def source_site(self) -> str:
        """The source's website as a reader knows it (`eur-lex.europa.eu`), not its id."""
        host = urlsplit(self.source_url).hostname or ""
        return host.removeprefix("www.")


@dataclass
class ChecklistItem:
    document: DocumentType
    code: str
    name: str
    description: str
    kind: str
    status: str
    agency: str
    cost_idr: Decimal | None
    lead_days: int | None
    verified: bool
    rules: list[RuleLine] = field(default_factory=list)
    certificate: Certificate | None = None

    @property
    def status_label(self) -> str:
        return str(STATUS_LABELS[self.status])


@dataclass
class Checklist:
    hs6: str
    market: str
    on: dt.date
    enterprise_id: int | None
    items: list[ChecklistItem]
    to_check: list[ChecklistItem]
    counts: dict[str, int]
    cost_known_idr: Decimal
    cost_unknown: int
    longest_lead_days: int
    total_lead_days: int
    lead_unknown: int
    ready_on: dt.date
    cost_known_items: int = 0  # how many items to do have a known cost (0: the sum says nothing)


def parse_query(hs: str, market: str, on: str | dt.date | None) -> tuple[str, str, dt.date]:
    """Check the checklist's inputs; ValidationFailed with what to fix."""
    errors = []
    hs = (hs or "").strip().replace(".", "")
    if not HS6.match(hs):
        errors.append(("hs", _("Give the product's HS code with 6 digits, e.g. 090111.")))
    market = (market or "").strip().upper()
    if not countries.is_valid(market):
        errors.append(
            ("market", _("Give the destination as a three-letter country code, e.g. USA."))
        )
    day: dt.date | None
    if isinstance(on, dt.date):
        day = on
    elif not on:
        from django.utils import timezone

        day = timezone.localdate()
    else:
        try:
            day = dt.date.fromisoformat(on)
        except ValueError:
            day = None
            errors.append(("date", _("Give the shipment date as YYYY-MM-DD.")))
    if errors:
        raise ValidationFailed(details=errors)
    assert day is not None
    return hs, market, day


def _rule_line(rule: Rule, question: str) -> RuleLine:
    return RuleLine(
        key=rule.key,
        legal_basis=rule.legal_basis,
        source_url=rule.source_url,
        source_refs=rule.source_refs,
        verified=rule.verified,
        applies_from=rule.applies_from,
        applies_to=rule.applies_to,
        validity=rule.validity,
        note=content.pick(rule.notes),
        question=question,
    )


def applicable_rules(
    hs6: str, market: str, on: dt.date, *, regency: str | None, size_class: str | None
) -> tuple[list[Rule], list[Rule]]:
    """(rules that apply, rules that apply only if the owner confirms a condition) for a
    product going to a market on a date, for an enterprise in `regency` of `size_class`."""
    rules = (
        Rule.objects.filter(is_active=True, destination__in=matching.destinations_of(market))
        .select_related("document")
        .order_by("key")
    )
    sure, maybe = [], []
    for rule in rules:
        if not matching.hs_matches(rule.hs_prefixes, hs6):
            continue
        if not matching.in_force(rule.applies_from, rule.applies_to, on):
            continue
        decided = matching.evaluate(rule.condition, regency=regency, size_class=size_class)
        if decided is True:
            sure.append(rule)
        elif decided is None:
            maybe.append(rule)
    return sure, maybe


def _held(certificates: Iterable[Certificate], on: dt.date) -> dict[int, Certificate]:
    """document id → the certificate valid on `on` that lasts longest."""
    best: dict[int, Certificate] = {}
    for cert in certificates:
        if cert.issued_on and cert.issued_on > on:
            continue
        if cert.valid_until and cert.valid_until < on:
            continue
        known = best.get(cert.document_id)
        if known is None or (known.valid_until or dt.date.max) < (cert.valid_until or dt.date.max):
            best[cert.document_id] = cert
    return best


def _status(doc: DocumentType, cert: Certificate | None, on: dt.date) -> str:
    if doc.kind == DocumentKind.SHIPMENT:
        return Status.PER_SHIPMENT
    if doc.kind == DocumentKind.BUYER:
        return Status.BUYER
    if doc.kind == DocumentKind.NOTICE:
        return Status.NOTICE
    if cert is None:
        return Status.MISSING
    if cert.valid_until and cert.valid_until < on + dt.timedelta(days=EXPIRING_DAYS):
        return Status.EXPIRING
    return Status.HAVE


def _items(
    rules: list[Rule], held: dict[int, Certificate], on: dt.date, *, ask: bool
) -> list[ChecklistItem]:
    items: dict[int, ChecklistItem] = {}
    for rule in rules:
        doc = rule.document
        question = content.condition_question(matching.question_key(rule.condition)) if ask else ""
        item = items.get(doc.pk)
        if item is None:
            cert = held.get(doc.pk)
            item = items[doc.pk] = ChecklistItem(
                document=doc,
                code=doc.code,
                name=content.pick(doc.names),
                description=content.pick(doc.descriptions),
                kind=doc.kind,
                status=_status(doc, cert, on),
                agency=rule.agency,
                cost_idr=rule.cost_idr if rule.cost_idr is not None else doc.cost_idr,
                lead_days=rule.lead_days if rule.lead_days is not None else doc.lead_days,
                verified=rule.verified,
                certificate=cert,
            )
        else:
            item.verified = item.verified and rule.verified
        item.rules.append(_rule_line(rule, question))
    return list(items.values())


ACTIONABLE = (Status.MISSING, Status.EXPIRING, Status.PER_SHIPMENT)


def checklist(
    *,
    hs6: str,
    market: str,
    on: dt.date,
    enterprise: Enterprise | None = None,
    certificates: Iterable[Certificate] | None = None,
) -> Checklist:
    """The gap checklist for a product (HS6) going to `market` (ISO3) on `on`: what applies,
    what the enterprise has, what is missing or expiring, and the cost and time to be ready
    (longest lead time if done in parallel; sum if one after another). Without an enterprise
    every held document is missing and conditions on the enterprise are asked."""
    regency = enterprise.regency_id if enterprise is not None else None
    size = enterprise.size_class if enterprise is not None else None
    sure, maybe = applicable_rules(hs6, market, on, regency=regency, size_class=size)
    if certificates is None:
        certificates = (
            list(Certificate.objects.filter(enterprise=enterprise))
            if enterprise is not None
            else []
        )
    held = _held(certificates, on)
    items = _items(sure, held, on, ask=False)
    sure_docs = {i.document.pk for i in items}
    to_check = [i for i in _items(maybe, held, on, ask=True) if i.document.pk not in sure_docs]
    order = {
        s: n
        for n, s in enumerate(
            [
                Status.MISSING,
                Status.EXPIRING,
                Status.PER_SHIPMENT,
                Status.HAVE,
                Status.BUYER,
                Status.NOTICE,
            ]
        )
    }
    items.sort(key=lambda i: (order[i.status], i.code))
    counts = {s: 0 for s in order}
    for item in items:
        counts[item.status] += 1
    todo = [i for i in items if i.status in ACTIONABLE]
    costs = [i.cost_idr for i in todo if i.cost_idr is not None]
    leads = [i.lead_days for i in todo if i.lead_days is not None]
    longest = max(leads, default=0)
    return Checklist(
        hs6=hs6,
        market=market,
        on=on,
        enterprise_id=enterprise.pk if enterprise is not None else None,
        items=items,
        to_check=to_check,
        counts=counts,
        cost_known_idr=sum(costs, Decimal(0)),
        cost_unknown=len(todo) - len(costs),
        longest_lead_days=longest,
        total_lead_days=sum(leads),
        lead_unknown=len(todo) - len(leads),
        ready_on=timezone.localdate() + dt.timedelta(days=longest),
        cost_known_items=len(costs),
    )


# ---- Certificate-of-origin advice -----------------------------------------------------------


@dataclass
class TariffLine:
    scheme: str
    rate_pct: Decimal | None
    text: str
    source: str


@dataclass
class OriginOption:
    form: str
    name: str
    scheme: str
    rule: str
    preferential: TariffLine | None
    saving_pct: Decimal | None


@dataclass
class OriginAdvice:
    hs6: str
    market: str
    options: list[OriginOption]
    mfn: TariffLine | None
    tariffs_loaded: bool
    tariffs: list[TariffLine]


def _tariffs(hs6: str, market: str, on: dt.date) -> tuple[bool, list[TariffLine]]:
    """Destination tariffs from the markets app's loaded schedules (USA, Japan, Australia);
    (False, []) when none is loaded for `market`."""
    from siapekspor.markets.selectors import destination_tariffs

    rows = destination_tariffs(hs6, market, on=on)
    return bool(rows), [
        TariffLine(scheme=r.scheme, rate_pct=r.rate_pct, text=r.text, source=r.source) for r in rows
    ]


def _lowest(lines: list[TariffLine]) -> TariffLine | None:
    """The line with the lowest ad valorem rate (a non-ad-valorem one only if nothing else)."""
    if not lines:
        return None
    priced = [t for t in lines if t.rate_pct is not None]
    return min(priced, key=lambda t: t.rate_pct or Decimal(0)) if priced else lines[0]


def origin_advice(*, hs6: str, market: str, on: dt.date) -> OriginAdvice:
    """Which preferential certificate of origin applies to `market`, its origin rule in plain
    words (unverified summaries) and the duty it saves against MFN where tariffs are loaded
    (percentage points of the customs value). Options that save most come first."""
    keys = matching.destinations_of(market)
    loaded, tariffs = _tariffs(hs6, market, on)
    by_scheme: dict[str, list[TariffLine]] = {}
    for line in tariffs:
        by_scheme.setdefault(line.scheme, []).append(line)
    mfn_lines = by_scheme.get("MFN", [])
    mfn = mfn_lines[0] if mfn_lines else None
    forms = content.origin_forms()
    docs = {d.code: d for d in DocumentType.objects.filter(code__in=[f["form"] for f in forms])}
    options = []
    for form in forms:
        if not keys & set(form["destinations"]):
            continue
        doc = docs.get(form["form"])
        schemes = form.get("schemes") or [form["scheme"]]
        pref = _lowest([line for s in schemes for line in by_scheme.get(s, [])])
        saving = None
        if pref and mfn and pref.rate_pct is not None and mfn.rate_pct is not None:
            saving = mfn.rate_pct - pref.rate_pct
        options.append(
            OriginOption(
                form=form["form"],
                name=content.pick(doc.names) if doc else form["form"],
                scheme=pref.scheme if pref else form["scheme"],
                rule=content.pick(form["rule"]),
                preferential=pref,
                saving_pct=saving,
            )
        )
    options.sort(key=lambda o: -(o.saving_pct if o.saving_pct is not None else Decimal(-1)))
    return OriginAdvice(
        hs6=hs6, market=market, options=options, mfn=mfn, tariffs_loaded=loaded, tariffs=tariffs
    )


# ---- Lists and counts -----------------------------------------------------------------------


def enterprise_certificates(enterprise: Enterprise) -> list[Certificate]:
    """Every certificate the enterprise holds, with its document type."""
    return list(
        Certificate.objects.filter(enterprise=enterprise)
        .select_related("document")
        .order_by("document__code", "-valid_until")
    )


def expiring_certificates(
    user: Actor, *, today: dt.date, days: int = EXPIRING_DAYS, limit: int = 50
) -> list[Certificate]:
    """Certificates in the user's scope that expire within `days` (the pages' notice)."""
    return list(
        access.certificate_scope(user)
        .filter(valid_until__gte=today, valid_until__lte=today + dt.timedelta(days=days))
        .select_related("enterprise", "document")
        .order_by("valid_until", "pk")[:limit]
    )


def case_queue(user: Actor, *, status: str = "", mine: bool = False) -> QuerySet[AssistanceCase]:
    """The officer's queue: cases in scope, open ones first by deadline."""
    qs = access.case_scope(user).select_related("enterprise", "document", "assignee")
    qs = qs.filter(status=status) if status else qs.filter(status__in=OPEN_STATUSES)
    if mine:
        qs = qs.filter(assignee_id=user.pk)
    return qs.order_by("deadline", "pk")


def enterprise_cases(enterprise: Enterprise) -> list[AssistanceCase]:
    """The enterprise's certification-assistance cases, newest first."""
    return list(
        AssistanceCase.objects.filter(enterprise=enterprise)
        .select_related("document", "assignee")
        .order_by("-created_at", "-pk")
    )


def document_types(kind: str | None = None) -> list[DocumentType]:
    """Certificate and document types, optionally of one kind."""
    qs = DocumentType.objects.all()
    if kind:
        qs = qs.filter(kind=kind)
    return list(qs.order_by("code"))


def rules_list(*, destination: str = "", hs: str = "") -> list[Rule]:
    """Requirement rules, optionally for one destination (country or group) and HS code."""
    qs = Rule.objects.select_related("document").order_by("key")
    if destination:
        qs = qs.filter(destination=destination.upper())
    rules = list(qs)
    if hs:
        rules = [r for r in rules if matching.hs_matches(r.hs_prefixes, hs)]
    return rules


def assisted_to_certify_count(
    enterprise_ids: Iterable[int] | None = None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> int:
    """Enterprises the office helped to a granted certificate ("assisted to certify" in the
    dashboard funnel): distinct enterprises with a case granted (closed) in [start, end]
    (either bound optional), among `enterprise_ids` (None: all)."""
    qs = AssistanceCase.objects.filter(status=CaseStatus.GRANTED)
    if enterprise_ids is not None:
        qs = qs.filter(enterprise_id__in=list(enterprise_ids))
    if start is not None:
        qs = qs.filter(closed_on__gte=start)
    if end is not None:
        qs = qs.filter(closed_on__lte=end)
    return qs.values("enterprise_id").distinct().count()


def case_counts(enterprise_ids: Iterable[int] | None = None) -> dict[str, int]:
    """Cases by status (all time), among `enterprise_ids` (None: all)."""
    from django.db.models import Count

    qs = AssistanceCase.objects.all()
    if enterprise_ids is not None:
        qs = qs.filter(enterprise_id__in=list(enterprise_ids))
    out = {s: 0 for s in CaseStatus.values}
    for row in qs.values("status").annotate(n=Count("id")):
        out[row["status"]] = row["n"]
    return out


def summary() -> dict[str, int]:
    """Counts of the knowledge base (documents, rules, unverified rules)."""
    return {
        "documents": DocumentType.objects.count(),
        "rules": Rule.objects.filter(is_active=True).count(),
        "unverified": Rule.objects.filter(is_active=True, verified=False).count(),
    }


def expiring_delta() -> dt.timedelta:
    """How far ahead a certificate counts as expiring on the pages."""
    return dt.timedelta(days=EXPIRING_DAYS)


def assisted_to_certify_enterprises(
    *, start: dt.date | None = None, end: dt.date | None = None
) -> dict[int, dt.date]:
    """The enterprises `assisted_to_certify_count` counts (a case granted in [start, end]),
    each with the day of its first such grant: reporting's KPI snapshot splits them by
    regency, sector, size and level, and by the month of the grant."""
    from django.db.models import Min

    qs = AssistanceCase.objects.filter(status=CaseStatus.GRANTED, closed_on__isnull=False)
    if start is not None:
        qs = qs.filter(closed_on__gte=start)
    if end is not None:
        qs = qs.filter(closed_on__lte=end)
    rows = qs.values("enterprise_id").annotate(first=Min("closed_on"))
    return {r["enterprise_id"]: r["first"] for r in rows}
