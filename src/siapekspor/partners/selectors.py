"""Reads of the partners app: which enterprises consented to whom, referrals and their
outcomes, and the suggestions readiness gaps make."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.utils import timezone

from siapekspor.partners.models import (
    Consent,
    ConsentText,
    Organisation,
    OrganisationKind,
    Purpose,
    Referral,
    ReferralKind,
    ReferralStatus,
)

if TYPE_CHECKING:
    from siapekspor.accounts.roles import Actor
    from siapekspor.registry.models import Enterprise


def valid_consents(
    organisation_id: int | None = None, purpose: str | None = None, on: dt.datetime | None = None
) -> QuerySet[Consent]:
    """Consents in force at `on` (now): given, not withdrawn, not past their expiry date."""
    when = on or timezone.now()
    qs = Consent.objects.filter(
        Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gt=when),
        given_at__lte=when,
        expires_on__gte=timezone.localdate(when),
    )
    if organisation_id is not None:
        qs = qs.filter(organisation_id=organisation_id)
    if purpose:
        qs = qs.filter(purpose=purpose)
    return qs


def consented_enterprise_ids(
    organisation_id: int, purpose: str | None = None, on: dt.datetime | None = None
) -> QuerySet[Consent, int]:
    """The ids of the enterprises whose owners consent, at `on` (now), that this organisation
    sees them for `purpose` (any purpose when None): a subquery for `pk__in`."""
    return (
        valid_consents(organisation_id, purpose, on).values_list("enterprise_id", flat=True)
    ).distinct()


def consent_for(enterprise_id: int, organisation_id: int, purpose: str) -> Consent | None:
    """The consent in force now for this enterprise, organisation and purpose, if any."""
    return (
        valid_consents(organisation_id, purpose)
        .filter(enterprise_id=enterprise_id)
        .order_by("-given_at", "-pk")
        .first()
    )


def organisation_id_of(user: Actor) -> int | None:
    """The partner organisation a user works for: their `partner_org` record, else the
    organisation whose code or name matches their `partner_organisation` text."""
    org_id = getattr(user, "partner_org_id", None)
    if org_id:
        return int(org_id)
    label = (getattr(user, "partner_organisation", "") or "").strip()
    if not label:
        return None
    found = Organisation.objects.filter(Q(code__iexact=label) | Q(name__iexact=label)).first()
    return found.pk if found else None


def organisations() -> QuerySet[Organisation]:
    """The active partner organisations, by code."""
    return Organisation.objects.filter(is_active=True).order_by("code")


def current_text(purpose: str) -> ConsentText | None:
    """The latest version of the consent text for `purpose`."""
    return ConsentText.objects.filter(purpose=purpose).order_by("-version").first()


def text_version(purpose: str, version: int) -> ConsentText | None:
    """One version of the consent text of `purpose`, if it exists."""
    return ConsentText.objects.filter(purpose=purpose, version=version).first()


def consents_of(enterprise_id: int) -> QuerySet[Consent]:
    """Every consent of an enterprise, newest first, with what it points to."""
    return Consent.objects.filter(enterprise_id=enterprise_id).select_related(
        "organisation", "text", "given_by"
    )


def consent_is_valid(consent: Consent, on: dt.datetime | None = None) -> bool:
    """Is this consent in force at `on` (now)?"""
    when = on or timezone.now()
    return (
        (consent.withdrawn_at is None or consent.withdrawn_at > when)
        and consent.given_at <= when
        and consent.expires_on >= timezone.localdate(when)
    )


def with_consent_in_force(qs: QuerySet[Referral]) -> QuerySet[Referral]:
    """The referrals whose enterprise still consents to their organisation for their purpose."""
    return qs.filter(
        Exists(
            valid_consents().filter(
                enterprise_id=OuterRef("enterprise_id"),
                organisation_id=OuterRef("organisation_id"),
                purpose=OuterRef("purpose"),
            )
        )
    )


def referral_history(referral: Referral) -> list[Any]:
    """The partner's and the office's updates of a referral, oldest first."""
    return list(
        referral.updates.select_related(
            "actor", "actor__regency", "actor__partner_org", "actor__enterprise"
        ).order_by("created_at", "pk")
    )


def overdue_referrals(today: dt.date | None = None) -> QuerySet[Referral]:
    """Open referrals past their deadline that have not been reminded yet."""
    day = today or timezone.localdate()
    return (
        Referral.objects.filter(deadline__lt=day, reminded_at__isnull=True)
        .exclude(status__in=[ReferralStatus.DISBURSED, ReferralStatus.DECLINED])
        .select_related("organisation", "enterprise", "created_by")
    )


def referral_outcome_counts(
    since: dt.date | None = None, until: dt.date | None = None, *, enterprise_ids: Any = None
) -> dict[str, int]:
    """Outcomes for the funnel and the monthly report, counted in enterprises (each once):
    `financed` (a financing referral approved or disbursed), `coached_by_lpei` (an LPEI
    coaching referral accepted or further), `referred` (any referral) and `declined`.
    Dates bound the referral's last change (`updated_at`); `enterprise_ids` limits the
    enterprises (a subquery or list)."""
    qs = Referral.objects.all()
    if since:
        qs = qs.filter(updated_at__date__gte=since)
    if until:
        qs = qs.filter(updated_at__date__lte=until)
    if enterprise_ids is not None:
        qs = qs.filter(enterprise_id__in=enterprise_ids)
    financed = Q(
        purpose=Purpose.FINANCING,
        status__in=[ReferralStatus.APPROVED, ReferralStatus.DISBURSED],
    )
    coached = Q(
        kind=ReferralKind.LPEI_COACHING,
        organisation__kind=OrganisationKind.EXIM,
        status__in=[
            ReferralStatus.ACCEPTED,
            ReferralStatus.IN_PROCESS,
            ReferralStatus.APPROVED,
            ReferralStatus.DISBURSED,
        ],
    )
    counts = qs.aggregate(
        referred=Count("enterprise", distinct=True),
        financed=Count("enterprise", filter=financed, distinct=True),
        coached_by_lpei=Count("enterprise", filter=coached, distinct=True),
        declined=Count("enterprise", filter=Q(status=ReferralStatus.DECLINED), distinct=True),
    )
    return {key: int(value or 0) for key, value in counts.items()}


FINANCED_STATUSES = (ReferralStatus.APPROVED, ReferralStatus.DISBURSED)
COACHED_STATUSES = (
    ReferralStatus.ACCEPTED,
    ReferralStatus.IN_PROCESS,
    ReferralStatus.APPROVED,
    ReferralStatus.DISBURSED,
)


def _first_reached(qs: QuerySet[Referral], statuses: tuple[str, ...]) -> dict[int, dt.date]:
    from django.db.models import Min

    rows = (
        qs.filter(status__in=statuses, updates__status__in=statuses)
        .values("enterprise_id")
        .annotate(first=Min("updates__created_at"))
    )
    return {r["enterprise_id"]: timezone.localdate(r["first"]) for r in rows}


def referral_outcome_dates(*, end: dt.date | None = None) -> dict[str, dict[int, dt.date]]:
    """The enterprises `referral_outcome_counts` counts as `financed` and `coached_by_lpei`,
    each with the day a referral of theirs first reached that outcome (its history line):
    reporting's KPI snapshot splits them by regency, sector, size and level, and by month.
    `end` drops enterprises that reached it only after that day."""
    financed = _first_reached(Referral.objects.filter(purpose=Purpose.FINANCING), FINANCED_STATUSES)
    coached = _first_reached(
        Referral.objects.filter(
            kind=ReferralKind.LPEI_COACHING, organisation__kind=OrganisationKind.EXIM
        ),
        COACHED_STATUSES,
    )
    out = {"financed": financed, "coached_by_lpei": coached}
    if end is not None:
        out = {k: {e: d for e, d in v.items() if d <= end} for k, v in out.items()}
    return out


@dataclass(frozen=True)
class Suggestion:
    """A financing need readiness found: refer this enterprise to this organisation."""

    enterprise: Enterprise
    organisation: Organisation
    kind: str
    next_step: str
    consented: bool


# The suggestions read the most recently submitted assessments only (a page stays fast).
MAX_ASSESSMENTS_READ = 300


def referral_suggestions(enterprises: QuerySet[Enterprise], limit: int = 50) -> list[Suggestion]:
    """Readiness gaps that point to a partner (a `referral` next step naming an organisation,
    such as "discuss working-capital financing with LPEI") in the latest submitted assessment
    of each enterprise (among the `MAX_ASSESSMENTS_READ` most recent) — every gap, not only the first eight the owner sees — that have no
    open referral to that organisation yet."""
    from siapekspor.readiness.models import Assessment, AssessmentStatus, Question
    from siapekspor.readiness.scoring import gaps, load_structure, score

    orgs = {o.code.upper(): o for o in organisations()}
    latest = (
        Assessment.objects.filter(enterprise__in=enterprises, status=AssessmentStatus.SUBMITTED)
        .order_by("-submitted_at", "-pk")
        .select_related("enterprise", "questionnaire")[:MAX_ASSESSMENTS_READ]
    )
    seen: set[int] = set()
    open_pairs = set(
        Referral.objects.filter(enterprise__in=enterprises)
        .exclude(status__in=[ReferralStatus.DECLINED, ReferralStatus.DISBURSED])
        .values_list("enterprise_id", "organisation_id")
    )
    structures: dict[int, Any] = {}
    out: list[Suggestion] = []
    for assessment in latest:
        if assessment.enterprise_id in seen:
            continue
        seen.add(assessment.enterprise_id)
        structure = structures.get(assessment.questionnaire_id)
        if structure is None:
            structure = structures[assessment.questionnaire_id] = load_structure(
                assessment.questionnaire
            )
        result = score(
            structure,
            list(assessment.answers.values_list("option_id", flat=True)),
            assessment.learning_bonus or {},
            exported=bool((assessment.export_record or {}).get("exporting")),
        )
        for info in gaps(structure, result, limit=10_000):
            org = orgs.get((info.next_step_ref or "").strip().upper())
            if info.next_step_kind != "referral" or org is None:
                continue
            if (assessment.enterprise_id, org.pk) in open_pairs:
                continue
            open_pairs.add((assessment.enterprise_id, org.pk))  # one suggestion per pair
            question = Question.objects.get(pk=info.id)
            out.append(
                Suggestion(
                    enterprise=assessment.enterprise,
                    organisation=org,
                    kind=ReferralKind.WORKING_CAPITAL
                    if org.kind == OrganisationKind.EXIM
                    else ReferralKind.KUR,
                    next_step=question.next_step,
                    consented=consent_for(assessment.enterprise_id, org.pk, Purpose.FINANCING)
                    is not None,
                )
            )
            if len(out) >= limit:
                return out
    return out
