"""Writing the audit log. Every service that changes data calls `audit_record`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.db import models

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
