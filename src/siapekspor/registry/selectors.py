"""Reads of the registry for pages, the API and reports, scoped to what the user may see."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

# The scopes live with the rest of the access policy; other apps read them from here too.
from siapekspor.registry.access import enterprise_aggregate_scope, enterprise_scope
from siapekspor.registry.identifiers import normalize_name
from siapekspor.registry.models import Enterprise, KbliCode, Regency
from siapekspor.registry.services import owner_word_token


@dataclass
class EnterpriseFilters:
    q: str = ""
    regency: str = ""
    district: str = ""
    kbli: str = ""
    size_class: str = ""
    status: str = ""  # "active" | "inactive" | ""


def enterprise_list(user, filters: EnterpriseFilters) -> QuerySet[Enterprise]:
    """Enterprises visible to `user`, filtered; search by business name, NIB or owner's name.

    Owner names are sealed, so an owner search matches whole words through their blind index.
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
        digits = term.replace(" ", "").replace(".", "").replace("-", "")
        condition = (
            Q(name_normalized__contains=normalize_name(term))
            if normalize_name(term)
            else Q(name__icontains=term)
        )
        if digits.isdigit() and len(digits) >= 4:
            condition |= Q(nib__startswith=digits)
        words = [w for w in normalize_name(term).split() if len(w) > 1]
        if words:
            owner = Q()
            for w in words:
                owner &= Q(owner_name_index__contains=owner_word_token(w))
            condition |= owner
        qs = qs.filter(condition)
    return qs.order_by("name", "id")


def enterprise_counts_by_regency(user) -> list[dict]:
    """Enterprises per regency (all 15, zeros included) within the user's aggregate scope."""
    base = enterprise_aggregate_scope(user)
    counts = dict(
        base.values_list("regency_id").annotate(n=Count("id")).values_list("regency_id", "n")
    )
    rows = [
        {"code": r.code, "name": r.display_name, "count": counts.get(r.code, 0)}
        for r in Regency.objects.all()
    ]
    return rows


def enterprise_counts_by_sector(user) -> list[dict]:
    """Enterprises per KBLI division (2-digit), largest first; '' = not classified."""
    base = enterprise_aggregate_scope(user)
    counts = base.values("kbli_division").annotate(n=Count("id")).order_by("-n")
    titles = dict(KbliCode.objects.filter(level=2).values_list("code", "title"))
    return [
        {
            "code": row["kbli_division"],
            "name": titles.get(row["kbli_division"], ""),
            "count": row["n"],
        }
        for row in counts
    ]


def enterprise_has_demo_data() -> bool:
    return Enterprise.objects.filter(is_demo=True).exists()
