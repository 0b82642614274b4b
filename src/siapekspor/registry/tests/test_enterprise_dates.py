"""One date format on the enterprise page: its panels write dates as text reads them
(DATE_FORMAT); the short numeric form is for dense tables only (docs/DEVELOPING.md).

Walkthrough: the Arabic page showed "27/08/2026" (with right-to-left marks) next to "14 مارس، 2026", and the
Indonesian one "29-10-2026" (Django's SHORT_DATE_FORMAT for id)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.template.loader import get_template

from siapekspor.core import panels
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments.tests.factories import direct

DAY = dt.date(2026, 10, 29)


def _page(client, enterprise, language):
    prefix = "" if language == "id" else f"/{language}"
    client.cookies["django_language"] = language
    response = client.get(
        f"{prefix}/registry/enterprises/{enterprise.pk}/", HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize(
    ("language", "reading", "short"),
    [("id", "29 Oktober 2026", "29-10-2026"), ("ar", "29 أكتوبر، 2026", "29\u200f/10\u200f/2026")],
)
def test_a_shipment_date_on_the_enterprise_page_reads_as_text(
    client, users, language, reading, short
):
    ent = make_enterprise(regency="18.71")
    direct(ent, DAY)
    client.force_login(users["province_officer"])
    page = _page(client, ent, language)
    assert reading in page
    assert short not in page


def test_no_enterprise_panel_uses_a_short_or_hand_made_date_format():
    templates = [p.template for p in panels._PANELS.get("enterprise", [])]
    assert templates
    for name in [*templates, "registry/enterprise_detail.html"]:
        source = Path(get_template(name).origin.name).read_text(encoding="utf-8")
        formats = re.findall(r'\|date:"([^"]*)"', source)
        assert all(f == "DATE_FORMAT" for f in formats), (name, formats)
