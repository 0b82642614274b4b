"""The officer's home page: a to-do list and the exporting share against the target
(issue 13 item 7)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments.tests.factories import direct


def test_the_home_page_lists_what_awaits_the_officer(client, users, django_assert_max_num_queries):
    ent = make_enterprise(regency="18.71")
    direct(ent, dt.date.today() - dt.timedelta(days=10), fob_usd=Decimal(900))
    direct(ent, dt.date.today() - dt.timedelta(days=3), verified=False)  # awaits verification
    rebuild_indicators()
    client.force_login(users["regency_officer"])
    with django_assert_max_num_queries(40):
        page = client.get("/").content.decode()
    assert "Yang perlu dikerjakan" in page
    assert "Pengiriman yang perlu diverifikasi" in page and "?verification=pending" in page
    assert '<span class="todo-count">1</span>' in page
    assert "dibanding target 30%." in page  # the regency's own share, against the target
    assert "Dihitung pada" in page


def test_the_province_sees_the_share_of_the_baseline(client, users):
    ent = make_enterprise(regency="18.01")
    direct(ent, dt.date.today() - dt.timedelta(days=10))
    rebuild_indicators()
    client.force_login(users["province_officer"])
    page = client.get("/").content.decode()
    assert "1 usaha mengekspor: 0,0% dari jumlah dasar, dibanding target 30%." in page
    assert "95.000" in page and "Dasar perhitungan target ekspor" in page


def test_partners_get_no_officer_to_do(client, users):
    client.force_login(users["partner_officer"])
    page = client.get("/").content.decode()
    assert "Yang perlu dikerjakan" not in page


def test_a_regency_officer_sees_the_regency_target_not_the_province_baseline(client, users):
    """Walkthrough: the province's baseline (95.000) sat next to the regency's enterprises,
    and "30%" next to "30 %". A regency officer sees the regency's count and its own target
    (30 % of its registered enterprises); every percentage is written one way."""
    for _ in range(10):
        make_enterprise(regency="18.71")
    make_enterprise(regency="18.01")
    rebuild_indicators()
    client.force_login(users["regency_officer"])
    page = client.get("/").content.decode()
    assert "95.000" not in page and "Dasar perhitungan target ekspor" not in page
    assert "Usaha terdaftar di <bdi>Kota Bandar Lampung</bdi>" in page
    assert '<div class="value">3</div>' in page  # 30% of the regency's 10
    assert "30% dari usaha terdaftarnya" in page
    assert " %" not in page.replace("{%", "")
    client.force_login(users["province_officer"])
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="id").content.decode()
    assert " %" not in page
