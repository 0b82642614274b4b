"""Reads of the registry for pages, the API and reports, scoped to what the user may see."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from django.conf import settings
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from siapekspor.accounts.roles import Actor
from siapekspor.core.crypto import blind_index

# The scopes live with the rest of the access policy; other apps read them from here too.
from siapekspor.registry import access, refnames
from siapekspor.registry.access import enterprise_aggregate_scope, enterprise_scope, regency_lock
from siapekspor.registry.identifiers import (
    IdentifierError,
    normalize_name,
    parse_nik,
    parse_phone,
)
from siapekspor.registry.models import Enterprise, HsCode, KbliCode, Product, Regency
from siapekspor.registry.models_import import BatchStatus
from siapekspor.registry.services import owner_word_token


@dataclass
class EnterpriseFilters:
    q: str = ""
    regency: str = ""
    district: str = ""
    kbli: str = ""
    size_class: str = ""
    status: str = ""  # "active" | "inactive" | ""
    # Does `q` also look up personal data (owner-name words, a whole NIK or phone number)?
    # Only for searches sent in a request body and audited (the page's search form,
    # POST /api/v1/enterprises/search): a term in a URL lands in access logs.
    personal: bool = False
    # Column order of the list: a key of ORDERINGS, "-" in front for descending.
    order: str = ""


# The list's sortable columns: key → the ordering it stands for (the id breaks ties).
ORDERINGS: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "nib": ("nib",),
    "regency": ("regency_id", "name"),
    "district": ("district__name", "name"),
    "kbli": ("kbli_id", "name"),
    "size": ("size_class", "name"),
    "status": ("is_active", "name"),
}


def _ordering(order: str) -> list[str]:
    key = order.removeprefix("-")
    if key not in ORDERINGS:
        return ["name", "id"]
    sign = "-" if order.startswith("-") else ""
    return [f"{sign}{field}" for field in ORDERINGS[key]] + [f"{sign}id"]


def enterprise_list(user: Actor, filters: EnterpriseFilters) -> QuerySet[Enterprise]:
    """Enterprises visible to `user`, filtered; search by business name or NIB, and with
    `filters.personal` also by owner's name, NIK or phone.

    Personal data is sealed, so an owner search matches whole words through their blind
    index, and a NIK or phone number the blind index of the whole value.
    """
    qs = enterprise_scope(user).select_related("regency", "district", "kbli")
    if filters.regency:
        qs = qs.filter(regency_id=filters.regency)
    if filters.district:
        qs = qs.filter(district_id=filters.district)
    if filters.kbli:
        code = filters.kbli.replace(".", "").strip()
        qs = (
            qs.filter(kbli_division=code)
            if len(code) == 2
            else qs.filter(kbli__code__startswith=code)
        )
    if filters.size_class:
        qs = qs.filter(size_class=filters.size_class)
    if filters.status == "active":
        qs = qs.filter(is_active=True)
    elif filters.status == "inactive":
        qs = qs.filter(is_active=False)
    term = filters.q.strip()
    if term:
        qs = qs.filter(_search_condition(term, personal=filters.personal))
    return qs.order_by(*_ordering(filters.order))


def identifier_kinds(term: str) -> list[str]:
    """The identifiers a search term is, whole: "nik" and/or "phone" (any usual way of
    writing them: `0812-7822-5627`, `+62 813 1248 6940`, a NIK with spaces); [] otherwise.

    A search sent in a URL (the list's `?q=`, `GET /api/v1/enterprises?q=`) looks such a
    term up through the blind index too, and is audited; a name is never looked up there."""
    kinds = []
    for kind, parser in (("nik", parse_nik), ("phone", parse_phone)):
        try:
            parser(term)
        except IdentifierError:
            continue
        kinds.append(kind)
    return kinds


def personal_lookups(term: str) -> dict[str, Q]:
    """What a personal-data search for `term` looks up, by kind ("owner_name", "nik",
    "phone"); empty when the term can match no personal data."""
    lookups: dict[str, Q] = {}
    # Names are words of letters; digits are a NIK, a phone or an NIB, not a name.
    words = [w for w in normalize_name(term).split() if len(w) > 1 and not w.isdigit()]
    if words:
        owner = Q()
        for w in words:
            owner &= Q(owner_name_index__contains=owner_word_token(w))
        lookups["owner_name"] = owner
    for kind, parser in (("nik", parse_nik), ("phone", parse_phone)):
        try:
            value = parser(term)
        except IdentifierError:
            continue
        lookups[kind] = Q(**{f"{kind}_hmac": blind_index(value, purpose=kind)})
    return lookups


def _search_condition(term: str, *, personal: bool) -> Q:
    digits = term.replace(" ", "").replace(".", "").replace("-", "")
    lookups = personal_lookups(term) if personal else {}
    if lookups and "owner_name" not in lookups:
        # A whole NIK or phone number: exact lookups of indexed columns only (blind
        # indexes, or the NIB it may also be), never a scan of the business names.
        exact = [lookup for kind, lookup in lookups.items() if kind in ("nik", "phone")]
        if len(digits) == 13 and digits.isdigit():
            exact.append(Q(nib=digits))
        condition = exact[0]
        for lookup in exact[1:]:
            condition |= lookup
        return condition
    condition = (
        Q(name_normalized__contains=normalize_name(term))
        if normalize_name(term)
        else Q(name__icontains=term)
    )
    if digits.isdigit() and len(digits) >= 4:
        condition |= Q(nib__startswith=digits)
    for lookup in lookups.values():
        condition |= lookup
    return condition


def enterprise_counts_by_regency(user: Actor) -> list[dict[str, Any]]:
    """Enterprises per regency within the user's aggregate scope: all 15 (zeros included),
    or only their own for a user bound to one regency."""
    base = enterprise_aggregate_scope(user)
    counts = dict(
        base.values_list("regency_id").annotate(n=Count("id")).values_list("regency_id", "n")
    )
    regencies = Regency.objects.all()
    lock = regency_lock(user)
    if lock:
        regencies = regencies.filter(code=lock)
    return [
        {"code": r.code, "name": r.display_name, "count": counts.get(r.code, 0)} for r in regencies
    ]


def enterprise_counts_by_sector(user: Actor) -> list[dict[str, Any]]:
    """Enterprises per KBLI division (2-digit), largest first; '' = not classified."""
    base = enterprise_aggregate_scope(user)
    counts = base.values("kbli_division").annotate(n=Count("id")).order_by("-n")
    # The name in the reader's language (English, marked, where none exists).
    titles = {k.code: _named(k) for k in KbliCode.objects.filter(level=2)}
    return [
        {
            "code": row["kbli_division"],
            "name": titles.get(row["kbli_division"], ""),
            "count": row["n"],
        }
        for row in counts
    ]


def enterprise_has_demo_data() -> bool:
    """Whether synthetic demo enterprises are present (the demo banner shows then)."""
    return Enterprise.objects.filter(is_demo=True).exists()


# --- For the indicators (reporting reads the registry only through these) ---------------------


class EnterpriseFacts(NamedTuple):
    id: int
    regency: str
    division: str
    size_class: str
    is_demo: bool


def enterprise_facts() -> Iterator[EnterpriseFacts]:
    """Every enterprise's regency, KBLI division, size class and demo flag ('' when unknown)."""
    rows = Enterprise.objects.values_list(
        "id", "regency_id", "kbli_division", "size_class", "is_demo"
    ).iterator(chunk_size=20000)
    for pk, regency, division, size, demo in rows:
        yield EnterpriseFacts(pk, regency, division or "", size or "", demo)


def regency_names() -> list[tuple[str, str]]:
    """(code, display name) of every regency and city, in code order."""
    return [(r.code, r.display_name) for r in Regency.objects.all()]


def regency_labels() -> list[tuple[str, str, str]]:
    """(code, display name, short name without "Kab."/"Kota") of every regency, in code order."""
    return [(r.code, r.display_name, r.name) for r in Regency.objects.all()]


def _named(code: KbliCode | HsCode) -> str:
    """The name in the current language, else in English followed by "(English)"."""
    text, fallback = refnames.name_of(code)
    return f"{text} {refnames.FALLBACK_NOTES[fallback]}" if fallback else text


def kbli_choices(*, divisions: bool = False) -> list[tuple[str, str]]:
    """(code, title in the current language) of every 5-digit KBLI 2020 code — and of every
    2-digit division first with `divisions` — for the pickers of the forms."""
    levels = [2, 5] if divisions else [5]
    return list(
        KbliCode.objects.filter(level__in=levels)
        .order_by("level", "code")
        .values_list("code", "title")
    )


def kbli_division_titles() -> dict[str, str]:
    """Two-digit KBLI division → its title in the current language (or English, marked)."""
    return {k.code: _named(k) for k in KbliCode.objects.filter(level=2)}


def hs_descriptions(codes: Iterable[str]) -> dict[str, str]:
    """HS code → its description in the current language (or English, marked)."""
    return {h.code: _named(h) for h in HsCode.objects.filter(code__in=list(codes))}


# --- the officer's to-do list (counts in the user's scope; 0 where the role has no task) ----


def imports_needing_attention_count(user: Actor) -> int:
    """Import batches of the last 30 days that failed, or whose worker stopped reporting."""

    from siapekspor.registry import access

    if not access.can_import(user):
        return 0
    now = timezone.now()
    stale = now - dt.timedelta(minutes=settings.IMPORT_STALE_MINUTES)
    running = (BatchStatus.CHECKING, BatchStatus.QUEUED, BatchStatus.RUNNING)
    return (
        access.batch_scope(user)
        .filter(created_at__gte=now - dt.timedelta(days=30))
        .filter(
            Q(status=BatchStatus.FAILED)
            | Q(status__in=running, heartbeat_at__lt=stale)
            | Q(status__in=running, heartbeat_at__isnull=True, created_at__lt=stale)
        )
        .count()
    )


def open_duplicates_count(user: Actor) -> int:
    """Duplicate pairs waiting for the user's decision."""
    if not access.can_review_duplicates(user):
        return 0
    return access.candidate_scope(user).count()


def products_to_review_count(user: Actor) -> int:
    """Products an import kept with an HS code the nomenclature does not know."""
    if not access.can_import(user):
        return 0
    return Product.objects.filter(
        enterprise__in=access.enterprise_scope(user), hs_code_to_review__gt=""
    ).count()


def products_to_review(user: Actor, limit: int = 200) -> list[Product]:
    """The products behind `products_to_review_count`, with their enterprises (officers)."""
    if not access.can_import(user):
        return []
    return list(
        Product.objects.filter(
            enterprise__in=access.enterprise_scope(user), hs_code_to_review__gt=""
        )
        .select_related("enterprise", "enterprise__regency")
        .order_by("enterprise__name", "id")[:limit]
    )
