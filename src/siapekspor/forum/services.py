"""Writes of the forum: meetings and follow-up actions, data-subject requests and their
decisions (on an approved deletion the enterprise's personal data is erased, its row kept
anonymised for the statistics). Every write is audited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from siapekspor.core import i18n
from siapekspor.core.audit import audit_record
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.forum import access, selectors
from siapekspor.forum.models import (
    ANSWER_WITHIN,
    Action,
    ActionStatus,
    DataRequest,
    Meeting,
    RequestKind,
    RequestStatus,
)
from siapekspor.registry.access import enterprise_scope
from siapekspor.registry.identifiers import normalize_name
from siapekspor.registry.models import Enterprise

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.training.models import Programme

ANSWER_MIN = 10


def _check(obj: Any) -> None:
    from django.core.exceptions import ValidationError

    try:
        obj.full_clean()
    except ValidationError as exc:
        details = [(f, str(m)) for f, msgs in exc.message_dict.items() for m in msgs]
        raise ValidationFailed(details=details) from exc


def _enterprises(actor: User, ids: Iterable[int]) -> list[Enterprise]:
    wanted = sorted(set(ids))
    found = list(enterprise_scope(actor).filter(pk__in=wanted))
    if len(found) != len(wanted):
        raise ValidationFailed(_("An enterprise was not found."), field="enterprises")
    return found


def _programmes(ids: Iterable[int]) -> list[Programme]:
    from siapekspor.training.models import Programme

    wanted = sorted(set(ids))
    found = list(Programme.objects.filter(pk__in=wanted))
    if len(found) != len(wanted):
        raise ValidationFailed(_("A programme was not found."), field="programmes")
    return found


@transaction.atomic
def meeting_create(
    *,
    actor: User,
    title: str,
    held_on: dt.date,
    place: str,
    agenda: str = "",
    decisions: str = "",
    guests: str = "",
    attendee_ids: Iterable[int] = (),
    enterprise_ids: Iterable[int] = (),
    programme_ids: Iterable[int] = (),
) -> Meeting:
    """Record a forum meeting (province-wide officers): agenda, attendees, decisions and
    what it concerns; audited."""
    from siapekspor.accounts.models import User as UserModel

    if not access.can_record_meeting(actor):
        raise PermissionDeniedError(_("Only province officers record forum meetings."))
    meeting = Meeting(
        title=title.strip(),
        held_on=held_on,
        place=place.strip(),
        agenda=agenda.strip(),
        decisions=decisions.strip(),
        guests=guests.strip(),
        created_by=actor,
    )
    _check(meeting)
    enterprises = _enterprises(actor, enterprise_ids)
    programmes = _programmes(programme_ids)
    wanted = sorted(set(attendee_ids))
    attendees = list(UserModel.objects.filter(pk__in=wanted, is_active=True))
    if len(attendees) != len(wanted):
        raise ValidationFailed(_("An attendee was not found."), field="attendees")
    meeting.save()
    meeting.attendees.set(attendees)
    meeting.enterprises.set(enterprises)
    meeting.programmes.set(programmes)
    audit_record(
        actor=actor,
        action="forum.meeting.created",
        target=meeting,
        changes={
            "held_on": [None, str(held_on)],
            "place": [None, meeting.place],
            "attendees": [None, len(attendees)],
            "enterprises": [None, [e.pk for e in enterprises]],
        },
    )
    return meeting


@transaction.atomic
def action_create(
    *,
    actor: User,
    meeting: Meeting,
    text: str,
    owner: User,
    deadline: dt.date,
    enterprise_ids: Iterable[int] = (),
    programme_ids: Iterable[int] = (),
) -> Action:
    """Add a follow-up action with the user responsible and a deadline (province-wide
    officers); audited."""
    if not access.can_record_meeting(actor):
        raise PermissionDeniedError(_("Only province officers record forum meetings."))
    if not owner.is_active:
        raise ValidationFailed(_("The person responsible must have an active account."))
    action = Action(meeting=meeting, text=text.strip(), owner=owner, deadline=deadline)
    _check(action)
    enterprises = _enterprises(actor, enterprise_ids)
    programmes = _programmes(programme_ids)
    action.save()
    action.enterprises.set(enterprises)
    action.programmes.set(programmes)
    audit_record(
        actor=actor,
        action="forum.action.created",
        target=action,
        changes={"owner": [None, owner.pk], "deadline": [None, str(deadline)]},
    )
    return action


@transaction.atomic
def action_update(*, actor: User, action: Action, status: str, note: str = "") -> Action:
    """Report progress on an action (its owner, or a province-wide officer); audited."""
    if not access.can_update_action(actor, action):
        raise PermissionDeniedError(_("Only the person responsible may update this action."))
    if status not in ActionStatus.values:
        raise ValidationFailed(_("Choose a valid status."), field="status")
    before = {"status": action.status, "note": action.note}
    action.status = status
    action.note = note.strip()
    action.done_on = timezone.localdate() if status == ActionStatus.DONE else None
    _check(action)
    action.save(update_fields=["status", "note", "done_on", "updated_at"])
    audit_record(
        actor=actor,
        action="forum.action.updated",
        target=action,
        changes={k: [v, getattr(action, k)] for k, v in before.items() if v != getattr(action, k)},
    )
    return action


def actions_remind(*, today: dt.date | None = None) -> int:
    """E-mail once, for every follow-up action past its deadline and not done, the person
    responsible and the meeting's organiser (each in their language). Safe to run twice:
    each action is claimed by a conditional update before anything is sent. Returns the
    number of actions reminded."""
    sent = 0
    for action in list(selectors.actions_to_remind(today)):
        if _remind(action):
            sent += 1
    return sent


@transaction.atomic
def _remind(action: Action) -> bool:
    claimed = Action.objects.filter(pk=action.pk, reminded_at__isnull=True).update(
        reminded_at=timezone.now()
    )
    if not claimed:
        return False
    recipients = [action.owner, action.meeting.created_by]
    by_language: dict[str, set[str]] = {}
    for user in recipients:
        if user is not None and user.is_active and user.email:
            code = i18n.normalise(user.preferred_language or None)
            by_language.setdefault(code, set()).add(user.email)
    for code, addresses in sorted(by_language.items()):
        with translation.override(code):
            subject = gettext("Forum action overdue: %(text)s") % {"text": action.text[:80]}
            body = gettext(
                'The follow-up action "%(text)s" of the forum meeting "%(meeting)s" passed its '
                'deadline of %(deadline)s with the status "%(status)s". Please update it in '
                "SiapEkspor."
            ) % {
                "text": action.text,
                "meeting": action.meeting.title,
                "deadline": action.deadline.isoformat(),
                "status": action.get_status_display(),
            }
        send_mail(subject, body, None, sorted(addresses))
    audit_record(
        actor=None,
        action="forum.action.remind",
        target=action,
        changes={"recipients": sum(len(a) for a in by_language.values())},
    )
    return True


# --- data-subject rights ------------------------------------------------------------------


@transaction.atomic
def data_export_audit(*, actor: User, fmt: str, ip_address: str | None = None) -> None:
    """Record that an owner downloaded their data (the download is processing too)."""
    owned = access.data_subject_enterprise_id(actor)
    if owned is None:
        raise PermissionDeniedError()
    audit_record(
        actor=actor,
        action="forum.data.exported",
        target_type="registry.enterprise",
        target_id=str(owned),
        label=str(Enterprise.objects.get(pk=owned)),
        changes={"format": fmt},
        ip_address=ip_address,
    )


@transaction.atomic
def data_request_create(
    *, actor: User, kind: str, details: str, ip_address: str | None = None
) -> DataRequest:
    """An owner asks for a correction or the deletion of their personal data; the regency
    officer must answer within 3 × 24 hours; audited."""
    owned = access.data_subject_enterprise_id(actor)
    if owned is None:
        raise PermissionDeniedError(_("Only an enterprise owner may file this request."))
    if kind not in RequestKind.values:
        raise ValidationFailed(_("Choose a valid kind of request."), field="kind")
    details = details.strip()
    if kind == RequestKind.CORRECTION and len(details) < ANSWER_MIN:
        raise ValidationFailed(
            _("Say what is wrong and what it should be (at least 10 characters)."),
            field="details",
        )
    if DataRequest.objects.filter(enterprise_id=owned, kind=kind, status=RequestStatus.OPEN):
        raise ValidationFailed(_("A request of this kind is already open."), field="kind")
    request = DataRequest(
        enterprise_id=owned,
        requested_by=actor,
        kind=kind,
        details=details,
        due_at=timezone.now() + ANSWER_WITHIN,
    )
    _check(request)
    request.save()
    audit_record(
        actor=actor,
        action="forum.request.created",
        target=request,
        changes={"kind": [None, kind], "enterprise": [None, owned]},
        ip_address=ip_address,
    )
    return request


@transaction.atomic
def data_request_decide(
    *,
    actor: User,
    request: DataRequest,
    approve: bool,
    answer: str,
    ip_address: str | None = None,
) -> DataRequest:
    """An officer of the enterprise's regency closes a request: done (a correction made, or
    the personal data erased for a deletion) or refused with the reason; audited."""
    if not access.can_decide_request(actor, request):
        raise PermissionDeniedError(_("Only an officer of this regency may decide."))
    if request.status != RequestStatus.OPEN:
        raise ValidationFailed(_("This request has already been decided."))
    answer = answer.strip()
    if not approve and len(answer) < ANSWER_MIN:
        raise ValidationFailed(
            _("Give the reason for refusing (at least 10 characters)."), field="answer"
        )
    request.status = RequestStatus.DONE if approve else RequestStatus.REFUSED
    request.answer = answer
    request.decided_by = actor
    request.decided_at = timezone.now()
    _check(request)
    request.save(update_fields=["status", "answer", "decided_by", "decided_at", "updated_at"])
    audit_record(
        actor=actor,
        action="forum.request.decided",
        target=request,
        changes={"status": [RequestStatus.OPEN, request.status]},
        reason=answer,
        ip_address=ip_address,
    )
    if approve and request.kind == RequestKind.DELETION:
        enterprise_anonymise(actor=actor, enterprise=request.enterprise, ip_address=ip_address)
    return request


def _blank_snapshots(enterprise: Enterprise) -> int:
    from siapekspor.registry.models_import import EnterpriseMerge
    from siapekspor.registry.rekeying import INDEX_COLUMNS, SEALED_COLUMNS

    changed = 0
    merges = EnterpriseMerge.objects.filter(survivor=enterprise) | EnterpriseMerge.objects.filter(
        merged=enterprise
    )
    for merge in merges:
        side = "survivor" if merge.survivor_id == enterprise.pk else "merged"
        record = (merge.snapshot or {}).get(side)
        if not record:
            continue
        for column in (*SEALED_COLUMNS, *INDEX_COLUMNS, "address"):
            if column in record:
                record[column] = ""
        merge.save(update_fields=["snapshot"])
        changed += 1
    return changed


@transaction.atomic
def enterprise_anonymise(
    *, actor: User, enterprise: Enterprise, ip_address: str | None = None
) -> Enterprise:
    """Erase an enterprise's personal data on an approved deletion request: the sealed
    columns and their blind indexes, the NIB, address and coordinates, the business name
    (replaced), class participants' names, rejected import cells, merge snapshots, the
    shipments' buyer, source and evidence scans (the shipments stay as figures: date, HS
    code, destination, value, quantity), every consent to a partner (withdrawn), and the
    owner's account (deactivated, names and e-mail blanked). What the statistics need stays:
    regency, district, KBLI, size class, revenue, workforce, gender, shipment figures,
    products, assessments, and the audit log (legal retention). Audited."""
    from siapekspor.accounts.models import User as UserModel
    from siapekspor.partners.services import consents_withdraw_all
    from siapekspor.registry.models_import import ImportRowOutcome
    from siapekspor.shipments import evidence
    from siapekspor.shipments.models import Shipment
    from siapekspor.training.models import Enrollment

    if not access.can_see_request_queue(actor):
        raise PermissionDeniedError()
    consents = consents_withdraw_all(
        actor=actor, enterprise=enterprise, reason="Personal data erased at the owner's request"
    )
    shipments = Shipment.objects.filter(enterprise=enterprise)
    scans = [name for name in shipments.values_list("evidence_file", flat=True) if name]
    shipments_blanked = shipments.update(
        buyer="", source="", evidence_file="", evidence_type="", evidence_size=None
    )

    def remove_scans() -> None:
        for name in scans:
            evidence.remove(name)

    transaction.on_commit(remove_scans)
    enterprise.name = str(_("Erased enterprise #%(id)s") % {"id": enterprise.pk})
    enterprise.name_normalized = normalize_name(enterprise.name)
    for column in (
        "owner_name_sealed",
        "owner_name_index",
        "nik_sealed",
        "nik_hmac",
        "phone_sealed",
        "phone_hmac",
        "address",
        "source",
    ):
        setattr(enterprise, column, "")
    enterprise.nib = None
    enterprise.latitude = None
    enterprise.longitude = None
    enterprise.is_active = False
    enterprise.save(
        update_fields=[
            "name",
            "name_normalized",
            "owner_name_sealed",
            "owner_name_index",
            "nik_sealed",
            "nik_hmac",
            "phone_sealed",
            "phone_hmac",
            "address",
            "source",
            "nib",
            "latitude",
            "longitude",
            "is_active",
            "updated_at",
        ]
    )
    participants = Enrollment.objects.filter(enterprise=enterprise).update(
        participant_name_sealed=""
    )
    rows = ImportRowOutcome.objects.filter(enterprise=enterprise).update(values_sealed="")
    merges = _blank_snapshots(enterprise)
    accounts = 0
    for user in UserModel.objects.filter(enterprise=enterprise):
        user.first_name = ""
        user.last_name = ""
        user.email = ""
        user.username = f"erased-{user.pk}"
        user.is_active = False
        user.set_unusable_password()
        user.save(
            update_fields=["first_name", "last_name", "email", "username", "is_active", "password"]
        )
        accounts += 1
    audit_record(
        actor=actor,
        action="forum.enterprise.anonymised",
        target=enterprise,
        changes={
            "personal_data": ["•••", None],
            "participants": participants,
            "import_rows": rows,
            "merges": merges,
            "accounts": accounts,
            "consents_withdrawn": consents,
            "shipments_blanked": shipments_blanked,
        },
        ip_address=ip_address,
    )
    return enterprise
