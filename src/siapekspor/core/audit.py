"""Writing the audit log (every service that changes data calls `audit_record`) and reading
it back as people read a history (`history_lines`, shown by `includes/audit_history.html`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from siapekspor.core import readable
from siapekspor.core.models import AuditEntry

PII_MARK = "•••"


def _plain(value: Any) -> Any:
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, (dt.date, dt.datetime, Decimal)):
        return str(value)
    return value


def diff_fields(
    before: dict[str, Any], after: dict[str, Any], *, secret_fields: frozenset[str] = frozenset()
) -> dict[str, list[Any]]:
    """{field: [old, new]} for fields that changed; secret fields show only a marker."""
    changes: dict[str, list[Any]] = {}
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if _plain(old) == _plain(new):
            continue
        if name in secret_fields:
            changes[name] = [PII_MARK if old else None, PII_MARK if new else None]
        else:
            changes[name] = [_plain(old), _plain(new)]
    return changes


def audit_record(
    *,
    actor,
    action: str,
    target: models.Model | None = None,
    target_type: str = "",
    target_id: str = "",
    label: str = "",
    changes: dict | None = None,
    reason: str = "",
    ip_address: str | None = None,
) -> AuditEntry:
    """Append one audit entry. Call inside the service's transaction."""
    if target is not None:
        target_type = target_type or target._meta.label_lower
        target_id = target_id or str(target.pk)
        label = label or str(target)[:255]
    return AuditEntry.objects.create(
        actor=actor if getattr(actor, "pk", None) else None,
        action=action,
        target_type=target_type,
        target_id=target_id,
        target_label=label[:255],
        changes=changes or {},
        reason=reason,
        ip_address=ip_address,
    )


def audit_history(obj: models.Model):
    """Audit entries of one record, newest first (with actors)."""
    return (
        AuditEntry.objects.filter(target_type=obj._meta.label_lower, target_id=str(obj.pk))
        .select_related("actor")
        .order_by("-created_at", "-id")
    )


# --- reading the log: who, when, what changed, before → after, in the reader's language ------

_ACTIONS: dict[str, Any] = {}
_FIELD_LABELS: dict[str, dict[str, Any]] = {}
_MASKED: dict[str, frozenset[str]] = {}
VERBS = {
    "created": _("created"),
    "updated": _("changed"),
    "deleted": _("deleted"),
    "delete": _("deleted"),
    "merged": _("merged"),
    "issued": _("issued"),
    "revoked": _("revoked"),
    "corrected": _("corrected"),
    "confirmed": _("confirmed"),
    "uploaded": _("uploaded"),
    "completed": _("completed"),
    "exported": _("exported"),
    "paired": _("paired"),
    "offered": _("offered"),
    "verified": _("verified"),
    "rejected": _("rejected"),
}


def register_actions(sentences: dict[str, Any]) -> None:
    """How an app's actions read in the history (`{"registry.product.created": _("Product
    added")}`); call in AppConfig.ready(). Unregistered actions read "<record>: <verb>"."""
    _ACTIONS.update(sentences)


_VALUES: dict[tuple[str, str], Callable[[Any], str]] = {}


def register_values(action: str, renderers: dict[str, Callable[[Any], str]]) -> None:
    """How the history shows the stored values of one action where they are not columns of
    its target (an organisation's id, a code): `{name: value → text}`; the name `"reason"`
    renders the entry's reason. Labels of such names: `register_fields`."""
    for name, render in renderers.items():
        _VALUES[(action, name)] = render


_CHANGES: dict[str, Callable[[dict[str, Any]], list[tuple[str, Any, Any]]]] = {}


def register_changes(
    action: str, render: Callable[[dict[str, Any]], list[tuple[str, Any, Any]]]
) -> None:
    """How the history shows the changes of one action whose names are not fields (answers
    keyed by question code): `render(changes)` → [(label, before, after)] in words."""
    _CHANGES[action] = render


def register_fields(
    model_label: str, labels: dict[str, Any], *, masked: frozenset[str] = frozenset()
) -> None:
    """Labels of audited names that are not model fields (`nik` for the sealed column) and
    the names whose values are personal data: always shown masked."""
    _FIELD_LABELS.setdefault(model_label, {}).update(labels)
    _MASKED[model_label] = _MASKED.get(model_label, frozenset()) | masked


@dataclass
class HistoryChange:
    label: str
    before: str
    after: str
    created: bool = False


@dataclass
class HistoryLine:
    when: dt.datetime
    who: str
    what: str
    reason: str = ""
    changes: list[HistoryChange] = field(default_factory=list)


def _model_for(entry: AuditEntry) -> type[models.Model] | None:
    """The model an action is about: `registry.product.created` → Product, else the target's."""
    parts = entry.action.split(".")
    for label in (".".join(parts[:2]), entry.target_type):
        try:
            return apps.get_model(label)
        except (LookupError, ValueError):
            continue
    return None


def _what(entry: AuditEntry, model: type[models.Model] | None) -> str:
    if entry.action in _ACTIONS:
        return str(_ACTIONS[entry.action])
    verb = VERBS.get(entry.action.rsplit(".", 1)[-1])
    thing = str(model._meta.verbose_name) if model is not None else ""
    if verb and thing:
        return str(_("%(record)s %(verb)s") % {"record": capfirst(thing), "verb": verb})
    return str(_("Recorded change"))


def _label(model: type[models.Model] | None, label: str, name: str) -> str:
    extra = _FIELD_LABELS.get(label, {})
    if name in extra:
        return str(extra[name])
    if model is not None:
        try:
            return str(capfirst(model._meta.get_field(name).verbose_name))
        except FieldDoesNotExist:
            pass
    return name.replace("_", " ").capitalize()


def _value(model: type[models.Model] | None, name: str, value: Any, memo: dict) -> str:
    """A before or after value in words (`core.readable`, the rule the owner's PDF uses
    too); a column the model no longer has shows as it was stored."""
    if value is None or value == "" or value == []:
        return "—"
    if value == PII_MARK:
        return PII_MARK
    model_field = None
    if model is not None:
        try:
            model_field = model._meta.get_field(name)
        except FieldDoesNotExist:
            model_field = None
    if isinstance(model_field, models.Field):
        return readable.value_text(model_field, value, memo) or "—"
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, dict | list):
        return ", ".join(str(v) for v in (value.keys() if isinstance(value, dict) else value))
    return str(value)


def _shown(render: Callable[[Any], str], value: Any) -> str:
    if value is None or value == "":
        return "—"
    return str(render(value))


def _reason(entry: AuditEntry) -> str:
    render = _VALUES.get((entry.action, "reason"))
    return _shown(render, entry.reason) if render and entry.reason else entry.reason


def history_lines(entries: Iterable[AuditEntry]) -> list[HistoryLine]:
    """Audit entries as the history panel shows them, in the active language; personal data
    stays masked (values registered as personal are never shown, whatever was stored)."""
    lines, memo = [], {}
    people: dict[Any, str] = {}
    for entry in entries:
        model = _model_for(entry)
        label = model._meta.label_lower if model is not None else entry.target_type
        masked = _MASKED.get(label, frozenset()) | _MASKED.get(entry.target_type, frozenset())
        changes = []
        raw = entry.changes if isinstance(entry.changes, dict) else {}
        if entry.action in _CHANGES:
            changes = [
                HistoryChange(
                    label=str(lab),
                    before=_shown(str, old),
                    after=_shown(str, new),
                    created=old is None,
                )
                for lab, old, new in _CHANGES[entry.action](raw)
            ]
            raw = {}
        for name, pair in raw.items():
            if not (isinstance(pair, list) and len(pair) == 2):
                continue  # a summary value (counts, filters), not a before → after
            before, after = pair
            if name in masked:
                before = PII_MARK if before else None
                after = PII_MARK if after else None
            render = _VALUES.get((entry.action, name))
            changes.append(
                HistoryChange(
                    label=_label(model, label, name),
                    before=_shown(render, before) if render else _value(model, name, before, memo),
                    after=_shown(render, after) if render else _value(model, name, after, memo),
                    created=before is None,
                )
            )
        actor = entry.actor
        if actor is None:
            who = str(_("system"))
        else:  # one label per person (a role and regency may need a query)
            if actor.pk not in people:
                label = getattr(actor, "display_label", None)
                people[actor.pk] = label() if label else actor.get_username()
            who = people[actor.pk]
        lines.append(
            HistoryLine(
                when=entry.created_at,
                who=who,
                what=_what(entry, model),
                reason=_reason(entry),
                changes=changes,
            )
        )
    return lines
