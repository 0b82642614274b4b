"""Reads of the forum: meetings, actions and the to-do counts, the request queue, and
everything the database holds about one owner's enterprise (the data-subject export)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts.roles import Actor
from siapekspor.core import readable
from siapekspor.core.audit import HistoryLine, history_lines
from siapekspor.core.crypto import unseal
from siapekspor.core.models import AuditEntry
from siapekspor.forum import access
from siapekspor.forum.models import Action, ActionStatus, DataRequest, Meeting, RequestStatus
from siapekspor.registry.models import Enterprise

# --- people -------------------------------------------------------------------------------


def person_label(user: Any) -> str:
    """How the forum names a person (attendee, responsible, actor): `User.display_label`."""
    return user.display_label() if user is not None else ""


# Related rows `person_label` reads, for select_related.
PERSON_RELATED = ("regency", "partner_org", "enterprise")


def meeting_attendees(meeting: Meeting) -> list[Any]:
    """A meeting's attendees with an account, by name."""
    return list(
        meeting.attendees.select_related(*PERSON_RELATED).order_by("first_name", "last_name", "id")
    )


# --- meetings and actions -----------------------------------------------------------------


def meetings_for(user: Actor) -> QuerySet[Meeting]:
    """The meetings the user may open, newest first, with their counts of open actions."""
    return access.meeting_scope(user).prefetch_related("attendees").order_by("-held_on", "-id")


def overdue_actions(user: Actor, *, today: dt.date | None = None) -> QuerySet[Action]:
    """Actions the user answers for whose deadline has passed and that are not done."""
    today = today or timezone.localdate()
    return (
        access.action_scope(user)
        .filter(deadline__lt=today)
        .exclude(status=ActionStatus.DONE)
        .select_related("meeting", *(f"owner__{r}" for r in PERSON_RELATED))
        .order_by("deadline", "id")
    )


def overdue_actions_count(user: Actor) -> int:
    """How many of the user's follow-up actions are overdue (the officer's to-do list; 0 for
    other roles, who see their actions on the forum page)."""
    if not access.is_officer(user):
        return 0
    return overdue_actions(user).count()


def my_actions(user: Actor) -> QuerySet[Action]:
    """The actions the user is responsible for that are not done, soonest deadline first."""
    uid = getattr(user, "pk", None)
    return (
        Action.objects.filter(owner_id=uid)
        .exclude(status=ActionStatus.DONE)
        .select_related("meeting")
        .order_by("deadline", "id")
    )


def actions_to_remind(today: dt.date | None = None) -> QuerySet[Action]:
    """Actions past their deadline, not done, whose reminder has not gone out yet."""
    day = today or timezone.localdate()
    return (
        Action.objects.filter(deadline__lt=day, reminded_at__isnull=True)
        .exclude(status=ActionStatus.DONE)
        .select_related("meeting", "meeting__created_by", "owner")
        .order_by("deadline", "id")
    )


def meeting_actions(meeting: Meeting) -> QuerySet[Action]:
    """A meeting's actions with what they concern."""
    return (
        meeting.actions.select_related(*(f"owner__{r}" for r in PERSON_RELATED))
        .prefetch_related("enterprises", "programmes")
        .order_by("deadline", "id")
    )


# --- data requests ------------------------------------------------------------------------


def request_queue(user: Actor) -> QuerySet[DataRequest]:
    """The requests the user may see: open ones first, the nearest due first."""
    return access.request_scope(user).select_related("enterprise", "requested_by", "decided_by")


def open_requests_count(user: Actor) -> int:
    """Open data-subject requests an officer must answer (the officer's to-do list)."""
    if not access.can_see_request_queue(user):
        return 0
    return access.request_scope(user).filter(status=RequestStatus.OPEN).count()


def requests_of_owner(user: Actor) -> QuerySet[DataRequest]:
    """An owner's own requests, newest first."""
    owned = access.data_subject_enterprise_id(user)
    if owned is None:
        return DataRequest.objects.none()
    return DataRequest.objects.filter(enterprise_id=owned).order_by("-created_at", "-id")


# --- the owner's data ---------------------------------------------------------------------

# What the export leaves out, by name (docs/DEVELOPING.md, "The owner's data export"); every
# other column of the owner's rows is theirs and exported:
# - columns that only serve search and lookups: keyed hashes of personal data, normalised
#   and vector copies, the catalogue's search blob, a code copy kept for an index;
_LOOKUP_ONLY = ("_hmac", "_index", "_normalized", "_vector")
_SEARCH_ONLY = {"search_text", "kbli_division"}
# - internal flags and account ids: the demo marker, and which account recorded or changed
#   a row (`*_by`; the processing history names the people who did what);
_INTERNAL = {"is_demo"}
_ACCOUNT_IDS = ("_by_id",)
# - rows about two enterprises keep the other's sealed data in a snapshot.
_OTHER_PARTIES = {"snapshot"}
# Secrets that protect the account (hashes of passwords and tokens), never exported.
_SECRET_WORDS = ("password", "token", "secret", "key_hash", "digest")
# The owner's user account is its own section (`account`), without its password hash.
_OWN_SECTION = {"accounts.user"}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time | Decimal):
        return value.isoformat() if not isinstance(value, Decimal) else str(value)
    if hasattr(value, "name") and hasattr(value, "storage"):  # a FieldFile
        return value.name or ""
    return value


def _exported(obj: models.Model) -> Iterator[tuple[models.Field[Any, Any], str]]:
    """The columns of a row that are the owner's (field, column name): search and lookup
    columns, internal flags, account ids and secrets left out (see above)."""
    for f in obj._meta.concrete_fields:
        name = f.attname
        if (
            name.endswith(_LOOKUP_ONLY + _ACCOUNT_IDS)
            or name in _SEARCH_ONLY | _INTERNAL | _OTHER_PARTIES
            or any(w in name for w in _SECRET_WORDS)
        ):
            continue
        yield f, name


def _opened(name: str, value: Any) -> tuple[str, str]:
    """A sealed column opened for its owner: `nik_sealed` → (`nik`, the NIK)."""
    return name.removesuffix("_sealed"), unseal(value) if value else ""


def _row(obj: models.Model) -> dict[str, Any]:
    """One row as {column: value}; sealed columns opened (`nik_sealed` → `nik`)."""
    out: dict[str, Any] = {}
    for _field, name in _exported(obj):
        value = getattr(obj, name)
        if name.endswith("_sealed"):
            key, opened = _opened(name, value)
            out[key] = opened
            continue
        out[name] = _plain(value)
    return out


def _related_rows(enterprise: Enterprise) -> dict[str, list[models.Model]]:
    """Every row of every model that points at the enterprise (one hop), by model label."""
    found: dict[str, list[models.Model]] = {}
    for rel in Enterprise._meta.related_objects:
        model = rel.related_model
        if model._meta.label_lower in _OWN_SECTION:
            continue
        accessor = rel.get_accessor_name()
        if rel.many_to_many and accessor:
            rows = list(getattr(enterprise, accessor).all())
        else:
            rows = list(model._default_manager.filter(**{rel.field.name: enterprise}))
        if rows:
            found.setdefault(model._meta.label_lower, []).extend(rows)
    return found


def _second_hop(found: dict[str, list[models.Model]]) -> None:
    """Rows hanging off the first hop that are the owner's too (training certificates,
    assessment answers, shipment suppliers …): one more level, same rule."""
    for label, rows in list(found.items()):
        model = apps.get_model(label)
        ids = [r.pk for r in rows]
        for rel in model._meta.related_objects:
            if rel.many_to_many or rel.related_model is Enterprise:
                continue
            child = rel.related_model
            key = child._meta.label_lower
            if key in found:
                continue
            children = list(child._default_manager.filter(**{f"{rel.field.name}__in": ids}))
            if children:
                found[key] = children


# The owner's account as exported (never its password hash or permissions).
_ACCOUNT_FIELDS = ("username", "first_name", "last_name", "email", "date_joined", "last_login")


def _account(user: Actor) -> dict[str, Any]:
    return {name: _plain(getattr(user, name, None)) for name in _ACCOUNT_FIELDS}


def _audit_entries(targets: dict[str, list[str]]) -> QuerySet[AuditEntry]:
    match = Q(pk__in=[])
    for label, ids in targets.items():
        match |= Q(target_type=label, target_id__in=ids)
    return (
        AuditEntry.objects.filter(match)
        .select_related(*(f"actor__{r}" for r in PERSON_RELATED))
        .order_by("created_at", "id")
    )


def _audit(entries: QuerySet[AuditEntry]) -> list[dict[str, Any]]:
    return [
        {
            "when": _plain(e.created_at),
            "who": person_label(e.actor),
            "action": e.action,
            "record": e.target_type,
            "record_id": e.target_id,
            "changes": e.changes,
            "reason": e.reason,
        }
        for e in entries
    ]


def _collect(
    user: Actor,
) -> tuple[Enterprise, dict[str, list[models.Model]], QuerySet[AuditEntry]]:
    owned = access.data_subject_enterprise_id(user)
    if owned is None:
        raise Enterprise.DoesNotExist
    enterprise = Enterprise.objects.get(pk=owned)
    found = _related_rows(enterprise)
    _second_hop(found)
    targets: dict[str, list[str]] = {"registry.enterprise": [str(enterprise.pk)]}
    for label, rows in found.items():
        targets.setdefault(label, []).extend(str(r.pk) for r in rows)
    return enterprise, found, _audit_entries(targets)


def owner_data(user: Actor) -> dict[str, Any]:
    """Everything the database holds about the user's own enterprise, with personal data
    opened for its owner, and the processing history (every audit entry about those rows).

    Sections: `account`, `enterprise`, `records` ({model label: rows}: products,
    assessments, enrollments, shipments, certificates, consents when the partners app is
    installed, data requests …), `processing_history`."""
    enterprise, found, entries = _collect(user)
    return _export(user, enterprise, found, entries)


def _export(
    user: Actor,
    enterprise: Enterprise,
    found: dict[str, list[models.Model]],
    entries: QuerySet[AuditEntry],
) -> dict[str, Any]:
    records = {
        label: [_row(r) for r in sorted(rows, key=lambda r: r.pk)]
        for label, rows in sorted(found.items())
    }
    return {
        "generated_at": _plain(timezone.now()),
        "account": _account(user),
        "enterprise": _row(enterprise),
        "records": records,
        "processing_history": _audit(entries),
    }


# Opened sealed columns, named as people read them.
_OPENED = {
    "owner_name": _("owner's name"),
    "nik": _("NIK"),
    "phone": _("phone"),
    "participant_name": _("participant's name"),
    "values": _("cells of the rejected row"),
    "contact_name": _("contact name"),
    "email": _("email"),
}
# Columns whose model gives them no translated name (an id kept as a plain number, a field
# named only by its column).
_UNNAMED = {
    "listing_id": _("catalogue listing"),
    "product": _("product"),
}


def _column_label(model: type[models.Model], column: str) -> str:
    if column in _OPENED:
        return str(capfirst(_OPENED[column]))
    for name in (column, column.removesuffix("_id")):
        try:
            found = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if isinstance(found, models.Field):
            if column in _UNNAMED and isinstance(found.verbose_name, str):  # never translated
                return str(capfirst(_UNNAMED[column]))
            return str(capfirst(found.verbose_name))
    return column.replace("_", " ").capitalize()


Lines = list[tuple[str, str]]


def _readable(obj: models.Model, memo: dict[Any, str]) -> Lines:
    """The row's exported columns (the same as `_row`) as (label, value in words); columns
    with nothing stored are left out."""
    model = type(obj)
    lines: Lines = []
    for field, name in _exported(obj):
        value = getattr(obj, name)
        if name.endswith("_sealed"):
            column, text = _opened(name, value)
        else:
            column, text = name, readable.value_text(field, value, memo)
        if text:
            lines.append((_column_label(model, column), text))
    return lines


def _readable_account(user: Actor, memo: dict[Any, str]) -> Lines:
    model = get_user_model()
    lines: Lines = []
    for name in _ACCOUNT_FIELDS:
        field = model._meta.get_field(name)
        assert isinstance(field, models.Field)
        text = readable.value_text(field, getattr(user, name, None), memo)
        if text:
            lines.append((_column_label(model, name), text))
    return lines


@dataclass
class OwnerReport:
    """The owner's data as people read it (the PDF): sections of labelled values in words
    (`core.readable`) and the processing history in sentences."""

    account: Lines
    enterprise: Lines
    sections: list[tuple[str, list[Lines]]]
    history: list[HistoryLine]


def owner_report(user: Actor) -> OwnerReport:
    """What `owner_data` exports, row by row and column by column, in the reader's language:
    field labels, choice labels, names of referenced rows and codes, local dates."""
    enterprise, found, entries = _collect(user)
    memo: dict[Any, str] = {}
    sections = []
    for label, rows in sorted(found.items()):
        model = apps.get_model(label)
        title = str(capfirst(model._meta.verbose_name_plural))
        ordered = sorted(rows, key=lambda r: r.pk)
        sections.append((title, [_readable(r, memo) for r in ordered]))
    return OwnerReport(
        account=_readable_account(user, memo),
        enterprise=_readable(enterprise, memo),
        sections=sections,
        history=history_lines(entries),
    )
