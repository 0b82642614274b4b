"""Reads of improvement plans: the officer's list, an enterprise's plans, and the counts
other apps read (reporting's funnel: `improved_enterprises`, `improved_count`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import Min, QuerySet

from siapekspor.accounts.roles import Actor
from siapekspor.improvement import access
from siapekspor.improvement.models import OPEN_STATUSES, ImprovementPlan, PlanKind, PlanStatus
from siapekspor.registry.models import Enterprise


def plan_list(user: Actor, *, status: str = "", kind: str = "") -> QuerySet[ImprovementPlan]:
    """The plans the user may read, newest first; `status` "" = open ones (planned or in
    progress), "all" = every status; `kind` filters the intervention."""
    qs = access.plan_scope(user).select_related("enterprise", "enterprise__regency")
    if status == "all":
        pass
    elif status in PlanStatus.values:
        qs = qs.filter(status=status)
    else:
        qs = qs.filter(status__in=OPEN_STATUSES)
    if kind in PlanKind.values:
        qs = qs.filter(kind=kind)
    return qs.order_by("-id")


def enterprise_plans(enterprise: Enterprise) -> list[ImprovementPlan]:
    """Every plan of one enterprise, newest first (the caller checked access)."""
    return list(ImprovementPlan.objects.filter(enterprise=enterprise).order_by("-id"))


def _done(
    enterprise_ids: Iterable[int] | None, start: dt.date | None, end: dt.date | None
) -> QuerySet[ImprovementPlan]:
    qs = ImprovementPlan.objects.filter(status=PlanStatus.DONE)
    if enterprise_ids is not None:
        qs = qs.filter(enterprise_id__in=list(enterprise_ids))
    if start is not None:
        qs = qs.filter(completed_on__gte=start)
    if end is not None:
        qs = qs.filter(completed_on__lte=end)
    return qs


def improved_enterprises(*, start: dt.date | None = None, end: dt.date | None = None) -> set[int]:
    """Enterprises with a completed plan ("capacity or quality improved" in the funnel):
    completed in [start, end] (either bound optional)."""
    return set(_done(None, start, end).values_list("enterprise_id", flat=True).distinct())


def improvement_dates(
    *, start: dt.date | None = None, end: dt.date | None = None
) -> dict[int, dt.date]:
    """The enterprises `improved_enterprises` names, each with the day its first plan was
    completed (reporting counts them by the month of completion)."""
    rows = (
        _done(None, start, end)
        .filter(completed_on__isnull=False)
        .values("enterprise_id")
        .annotate(first=Min("completed_on"))
    )
    return {r["enterprise_id"]: r["first"] for r in rows}


def improved_count(
    enterprise_ids: Iterable[int] | None = None,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> int:
    """How many enterprises (among `enterprise_ids`; None: all) completed a plan in
    [start, end]."""
    return _done(enterprise_ids, start, end).values("enterprise_id").distinct().count()


def status_counts(user: Actor) -> dict[str, int]:
    """Plans per status in the user's scope (the list's summary line)."""
    from django.db.models import Count

    rows = access.plan_scope(user).values("status").annotate(n=Count("id"))
    counts = dict.fromkeys(PlanStatus.values, 0)
    counts.update({r["status"]: r["n"] for r in rows})
    return counts
