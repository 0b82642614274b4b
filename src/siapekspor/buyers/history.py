"""How the buyers app's audit entries read in a history (`core.audit.history_lines`)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from siapekspor.core import audit
from siapekspor.core.forms import show_number

# Entries written before the members were stored as a list: "Name: 4118.00 (21.68 %); …".
_LEGACY_MEMBER = re.compile(
    r"(?P<enterprise>.+?): (?P<quantity>-?[\d.]+) \((?P<share>[\d.]+) %\)(?:; |$)"
)


def _member_rows(value: Any) -> list[tuple[str, str, str]] | None:
    if isinstance(value, list):
        rows = [
            (str(m.get("enterprise", "")), str(m.get("quantity", "")), str(m.get("share", "")))
            for m in value
            if isinstance(m, dict)
        ]
        return rows if len(rows) == len(value) else None
    text = str(value)
    found = list(_LEGACY_MEMBER.finditer(text))
    if not found or "".join(m.group(0) for m in found) != text:
        return None
    return [(m["enterprise"], m["quantity"], m["share"]) for m in found]


def _share_key(row: tuple[int, tuple[str, str, str]]) -> tuple[Decimal, int]:
    index, (_enterprise, _quantity, share) = row
    try:
        return -Decimal(share), index
    except (InvalidOperation, ValueError):
        return Decimal(0), index


def members_text(value: Any) -> str:
    """A pool's members as its history stored them, in the order of the pool's member table
    (largest share first), with quantity and share in the reader's language, joined with the
    language's list separator: "KUB Kopi: 4.118 (21,68 %), …" in Indonesian, "4,118 (21.68 %)"
    in English, "، " between members in Arabic."""
    rows = _member_rows(value)
    if rows is None:
        return str(value)
    ordered = [row for _i, row in sorted(enumerate(rows), key=_share_key)]
    parts = []
    for enterprise, quantity, share in ordered:
        try:
            amount, percent = show_number(Decimal(quantity)), number_format(Decimal(share), 2)
        except (InvalidOperation, ValueError):
            amount, percent = quantity, share
        parts.append(
            gettext("%(enterprise)s: %(quantity)s (%(share)s %%)")
            % {"enterprise": enterprise, "quantity": amount, "share": percent}
        )
    return pgettext("list separator", ", ").join(parts)


def register() -> None:
    audit.register_actions(
        {
            "buyers.buyer.create": _("Buyer added"),
            "buyers.buyer.update": _("Buyer changed"),
            "buyers.import": _("Buyer directory imported"),
            "buyers.inquiry.submit": _("Inquiry sent"),
            "buyers.inquiry.confirm": _("Inquiry confirmed by the buyer"),
            "buyers.reply.post": _("Reply written"),
            "buyers.lead.advance": _("Lead moved"),
            "buyers.pool.create": _("Pool saved from a proposal"),
            "buyers.pool.update": _("Pool members changed"),
            "buyers.pool.confirmed": _("Pool confirmed"),
            "buyers.pool.proposed": _("Pool reopened"),
            "buyers.pool.cancelled": _("Pool cancelled"),
            "buyers.pool.ship": _("Pool shipment recorded"),
        }
    )
    audit.register_fields(
        "buyers.buyer",
        {
            "contact_name": _("Contact person"),
            "email": _("E-mail"),
            "phone": _("Phone"),
        },
        masked=frozenset({"contact_name", "email", "phone"}),
    )
    audit.register_fields(
        "buyers.pool",
        {
            "quantity": _("Quantity"),
            "months": _("Months"),
            "status": _("Status"),
            "shares": _("Members"),
            "shipment": _("Shipment"),
            "peb_number": _("PEB number"),
        },
    )
    for action in ("buyers.pool.create", "buyers.pool.update"):
        audit.register_values(action, {"shares": members_text})
