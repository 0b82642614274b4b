"""One rule words a stored value (`core.readable`): the audit history reads dates, countries,
codes and numbers the way the owner's PDF does, in the reader's language, from the JSON the
audit log stored."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import translation

from siapekspor.core.audit import audit_history, history_lines
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments.services import shipment_save
from siapekspor.shipments.tests.factories import data, officer

pytestmark = pytest.mark.django_db


def _changes(shipment) -> dict[str, tuple[str, str]]:
    line = history_lines(audit_history(shipment))[0]
    return {c.label: (c.before, c.after) for c in line.changes}


def test_a_shipment_change_reads_in_words_not_as_stored_codes():
    ent = make_enterprise(regency="18.71")
    actor = officer()
    shipment = shipment_save(
        actor=actor, data=data(enterprise_id=ent.pk, export_date=dt.date(2025, 3, 1))
    )
    shipment_save(
        actor=actor,
        shipment=shipment,
        data=data(
            enterprise_id=ent.pk,
            peb_number=shipment.peb_number,
            export_date=dt.date(2025, 6, 14),
            destination="SAU",
            fob_usd=Decimal("12500.50"),
        ),
    )
    with translation.override("id"):
        changes = _changes(shipment)
        assert changes["Tanggal ekspor"] == ("1 Maret 2025", "14 Juni 2025")
        assert changes["Negara tujuan"] == ("Jepang", "Arab Saudi")
        assert changes["Nilai FOB (USD)"][1] == "12.500,50"
        shown = " ".join(" ".join(pair) for pair in changes.values())
        assert "2025-06-14" not in shown and "SAU" not in shown
    with translation.override("ar"):
        changes = {c.before for c in history_lines(audit_history(shipment))[0].changes}
        assert "اليابان" in changes
