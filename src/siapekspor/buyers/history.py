"""How the buyers app's audit entries read in a history (`core.audit.history_lines`)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from siapekspor.core import audit


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
