"""SVG attributes carry numbers for the browser, never localised ("150,0" in Indonesian put
every dot of the progress chart at 0,0)."""

from __future__ import annotations

import re

from siapekspor.readiness.tests.test_v2 import FOOD, _assess, full, v2  # noqa: F401
from siapekspor.registry.tests.factories import make_enterprise

ATTRIBUTES = re.compile(r'\s(cx|cy|x|y|x1|x2|y1|y2|r|width|height|viewBox|points)="([^"]*)"')


def test_progress_chart_numbers_are_not_localised_in_indonesian(v2, users, client):  # noqa: F811
    officer = users["regency_officer"]
    ent = make_enterprise(regency="18.71", name="Keripik Pisang Bu Siti")
    _assess(officer, ent, full(FOOD))
    _assess(officer, ent, full(FOOD, legal_permit=full(FOOD)["legal_permit"]))
    _assess(officer, ent, full(FOOD))
    client.force_login(officer)
    page = client.get(f"/readiness/enterprises/{ent.pk}/", HTTP_ACCEPT_LANGUAGE="id")
    assert page.status_code == 200
    html = page.content.decode()
    svg = html[html.index("<svg", html.index("history-chart")) : html.index("</svg>")]
    found = ATTRIBUTES.findall(svg)
    assert any(name == "cx" for name, _v in found) and any(n == "points" for n, _v in found)
    for name, value in found:
        if name == "points":  # "x,y x,y": one comma per pair, dots for decimals
            assert all(pair.count(",") == 1 for pair in value.split()), value
            assert all(re.fullmatch(r"-?[\d.]+", n) for p in value.split() for n in p.split(","))
        else:
            assert re.fullmatch(r"[-\d. ]+", value), (name, value)
