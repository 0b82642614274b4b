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
