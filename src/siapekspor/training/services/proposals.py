"""Proposals: which enterprises a class should invite, nearest and longest waiting first."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts.roles import Actor
from siapekspor.core.audit import audit_record
from siapekspor.core.errors import DomainError
from siapekspor.readiness.models import Level
from siapekspor.training import reasons as why
from siapekspor.training.content.modules import REGENCY_CENTROIDS
from siapekspor.training.models import SEAT_STATES, Enrollment, TrainingClass
from siapekspor.training.services.common import ClassFull, S, require_manage
from siapekspor.training.services.seats import _lock_class, enroll

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.training.models import TrainingClass


def distance_km(a: str, b: str) -> float:
    """Great-circle distance between two regencies' centroids, in km (one decimal)."""
    (la1, lo1), (la2, lo2) = REGENCY_CENTROIDS.get(a, (0, 0)), REGENCY_CENTROIDS.get(b, (0, 0))
    p1, p2 = math.radians(la1), math.radians(la2)
    dp, dl = p2 - p1, math.radians(lo2 - lo1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return round(2 * 6371 * math.asin(math.sqrt(h)), 1)


@dataclass
class Candidate:
    enterprise_id: int
    name: str
    regency_id: str
    level: str
    assessed: bool
    distance_km: float
    same_sector: bool
    waiting_days: int
    reasons: list[dict[str, Any]]  # codes with parameters (training.reasons)

    @property
    def reason_texts(self) -> list[str]:
        """The reasons in the active language."""
        return why.render(self.reasons)


def exporter_ids() -> set[int]:
    """Enterprises with a verified export, direct or indirect (shipments is the one place
    that derives export status): they are never proposed for a pemula class."""
    from siapekspor.shipments.selectors import first_export_dates

    return set(first_export_dates())


def propose_candidates(
    *,
    user: Actor,
    level: str,
    regency_id: str,
    size: int = 20,
    sector: str = "",
    max_km: float = 80.0,
    exclude_class: TrainingClass | None = None,
) -> list[Candidate]:
    """Candidates for a class: enterprises at `level` (never-assessed ones count as pemula),
    not already in or through a class of that level; nearest first (the class regency, then
    regencies within `max_km`), same sector first, then the longest waiting. Enterprises that
    have exported (a verified shipment, direct or indirect) are never pemula candidates."""
    from siapekspor.registry.access import enterprise_scope

    if level not in Level.values:
        raise DomainError(_("Unknown level."), field="level")
    now = timezone.now()
    regencies = sorted(
        (r for r in REGENCY_CENTROIDS if distance_km(regency_id, r) <= max_km),
        key=lambda r: distance_km(regency_id, r),
    ) or [regency_id]
    if regency_id not in regencies:
        regencies.insert(0, regency_id)
    taken = set(
        Enrollment.objects.filter(
            training_class__level=level, state__in=[*SEAT_STATES, S.PROPOSED, S.WAITLISTED]
        ).values_list("enterprise_id", flat=True)
    )
    if exclude_class is not None:
        taken |= set(exclude_class.enrollments.values_list("enterprise_id", flat=True))
    if level == Level.PEMULA:
        taken |= exporter_ids()
    out: list[Candidate] = []
    level_filter = Q(readiness_level__level=level)
    if level == Level.PEMULA:
        level_filter |= Q(readiness_level__isnull=True)
    for regency in regencies:
        dist = distance_km(regency_id, regency)
        rows = (
            enterprise_scope(user)
            .filter(level_filter, regency_id=regency, is_active=True)
            .values_list(
                "id", "name", "kbli_division", "created_at", "readiness_level__assessed_at"
            )
        )
        batch = []
        for pk, name, division, created, assessed_at in rows.iterator(chunk_size=5000):
            if pk in taken:
                continue
            batch.append((pk, name, division, assessed_at or created, assessed_at is not None))
        batch.sort(key=lambda r: (0 if sector and r[2] == sector else 1, r[3], r[0]))
        for pk, name, division, since, assessed in batch[: size - len(out)]:
            days = max(0, (now - since).days)
            reasons = [
                why.reason(why.LEVEL, level=level) if assessed else why.reason(why.NOT_ASSESSED),
                why.reason(why.SAME_SECTOR, sector=division)
                if sector and division == sector
                else why.reason(why.SECTOR, sector=division or ""),
                why.reason(why.DISTANCE, km=dist),
                why.reason(why.WAITING, days=days),
            ]
            out.append(
                Candidate(
                    pk,
                    name,
                    regency,
                    level,
                    assessed,
                    dist,
                    bool(sector) and division == sector,
                    days,
                    reasons,
                )
            )
        if len(out) >= size:
            break
    return out


@transaction.atomic
def propose_into_class(
    *, actor: User, training_class: TrainingClass, size: int | None = None
) -> int:
    """Propose candidates for a class's free seats, as `proposed` enrollments with their
    reasons. A new proposal replaces the open one (the class's `proposed` enrollments are
    removed first), so the proposals never outnumber the free seats however often an officer
    proposes. Raises ClassFull when no seat is free. Returns the number proposed."""
    require_manage(actor, training_class)
    from siapekspor.registry.models import Enterprise

    _lock_class(training_class.pk)
    training_class.refresh_from_db(fields=["seats_taken", "capacity"])
    open_proposals = training_class.enrollments.filter(state=S.PROPOSED)
    replaced = list(open_proposals.values_list("enterprise_id", flat=True))
    if replaced:
        open_proposals.delete()
        audit_record(
            actor=actor,
            action="training.proposal.replaced",
            target=training_class,
            changes={"proposed": [len(replaced), 0]},
        )
    free = training_class.seats_free
    if free < 1:
        raise ClassFull(_("The class is full: there is no free seat to propose candidates for."))
    cands = propose_candidates(
        user=actor,
        level=training_class.level,
        regency_id=training_class.regency_id,
        size=min(size or free, free),
        sector=training_class.sector,
        exclude_class=training_class,
    )
    ents = Enterprise.objects.in_bulk([c.enterprise_id for c in cands])
    for c in cands:
        enroll(
            actor=actor,
            training_class=training_class,
            enterprise=ents[c.enterprise_id],
            reasons=c.reasons,
            state=S.PROPOSED,
        )
    return len(cands)
