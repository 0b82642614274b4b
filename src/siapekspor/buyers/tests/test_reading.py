"""How the buyers pages read, in Arabic (RTL) and in every language: members one name a line,
quantities with their unit as one piece, titles without markup, regencies by their display
name, HS codes written 0901.11 as on the rest of the site, the pool history under the site's
heading with its members in table order."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from pathlib import Path

from django.utils import translation

from siapekspor.buyers import matching, selectors, services
from siapekspor.buyers.tests.factories import make_buyer, make_product
from siapekspor.buyers.tests.test_pooling import _history_text, _world
from siapekspor.registry.tests.factories import make_enterprise

SRC = Path(__file__).resolve().parents[2]


def _pool(users, quantity=1500):
    _world(users)
    buyer = make_buyer(users["admin"], company="Shanghai Ocean Foods Co. (demo)")
    demand = matching.Demand(hs_codes=["090111"], market="JPN", quantity=Decimal(quantity))
    return buyer, services.pool_create(actor=users["admin"], demand=demand, buyer=buyer)


def _cell(page: str, label: str) -> str:
    """The first table cell of the page with this data-label."""
    found = re.search(rf'<td data-label="{re.escape(label)}"[^>]*>(.*?)</td>', page, re.S)
    assert found, label
    return found.group(1)


def test_pool_list_shows_members_one_per_line_and_quantities_as_one_piece(client, users):
    _buyer, pool = _pool(users)
    client.force_login(users["admin"])
    page = client.get("/ar/buyers/pools/").content.decode()
    members = _cell(page, "الأعضاء")
    assert members.startswith('<ul class="plain members">')
    assert members.count("<li><bdi>") == pool.members.count() == 2
    assert "</bdi>, " not in members and "," not in re.sub(r"<[^>]+>", "", members)
    assert "<bdi>1,500 kg</bdi>" in page  # "kg 1,500" in RTL without the isolate
    assert f'<a href="/ar/buyers/pools/{pool.pk}/">#{pool.pk}</a>' in page
    detail = client.get(f"/ar/buyers/pools/{pool.pk}/").content.decode()
    assert "<dd><bdi>1,500 kg</bdi>" in detail and "<bdi>800 kg</bdi>" in detail


def test_a_proposals_members_read_enterprise_then_product_each_isolated(client, users):
    w = _world(users)
    buyer = make_buyer(users["admin"])
    client.force_login(users["province_officer"])
    page = client.get(f"/ar/buyers/{buyer.pk}/matches/?quantity=1500&unit=kg").content.decode()
    name, product = w["near"][1].name, w["products"]["near2"].name
    assert f'<bdi>{name}</bdi><br><bdi class="member-product">{product}</bdi>' in page
    assert f"{name}</bdi> — " not in page


def test_no_title_carries_markup(client, users):
    """The browser tab shows the title as text: a tag in it is shown literally."""
    buyer, _pool_row = _pool(users)
    client.force_login(users["province_officer"])
    page = client.get(f"/buyers/{buyer.pk}/matches/").content.decode()
    title = html.unescape(re.search(r"<title>(.*?)</title>", page, re.S).group(1))
    assert title == "Shanghai Ocean Foods Co. (demo) · SiapEkspor"
    # No title block of any template writes a tag (or a tag that renders one).
    block = re.compile(r"{%\s*block title\s*%}(.*?){%\s*endblock", re.S)
    offenders = [
        f"{path.relative_to(SRC)}: {found}"
        for path in sorted(SRC.glob("siapekspor/*/templates/**/*.html"))
        for found in block.findall(path.read_text(encoding="utf-8"))
        if re.search(r"<|&lt;|\|safe|{%\s*(refname|mt_show|mt_mark)\b", found)
    ]
    assert offenders == []


def test_a_proposal_names_its_regency_or_city_by_its_display_name(users):
    _world(users)  # the two smallest IKM in Bandar Lampung fill 1,500 kg together
    result = selectors.matches_for(users["admin"], matching.Demand(["090111"], quantity=1500))
    assert result.pool is not None
    reasons = result.pool.reasons_in
    assert "All suppliers are in one regency or city (Kota Bandar Lampung)." in reasons("en")
    assert "Semua pemasok berada di satu kabupaten/kota (Kota Bandar Lampung)." in reasons("id")
    # "regency or city" (was "in one province": مقاطعة alone), the city named as a city.
    assert "جميع الموردين في مقاطعة أو مدينة واحدة (مدينة Bandar Lampung)." in reasons("ar")


def test_pool_members_table_names_regencies_by_display_name(client, users):
    _buyer, pool = _pool(users)
    client.force_login(users["admin"])
    page = client.get(f"/ar/buyers/pools/{pool.pk}/").content.decode()
    with translation.override("ar"):
        label = translation.gettext("Regency or city")
    assert f"<th>{label}</th>" in page
    assert _cell(page, label) == "مدينة Bandar Lampung"
    page = client.get(f"/buyers/pools/{pool.pk}/").content.decode()
    with translation.override("id"):
        label = translation.gettext("Regency or city")
    assert _cell(page, label) == "Kota Bandar Lampung"


def test_the_pool_history_has_the_sites_heading_and_members_in_table_order(client, users):
    admin = users["admin"]
    _buyer, pool = _pool(users)
    near1, near2 = sorted((m.enterprise for m in pool.members.all()), key=lambda e: e.name)
    services.pool_update(
        actor=admin,
        pool=pool,
        members=[
            services.PoolMemberData(enterprise_id=near1.pk, quantity=Decimal(300)),
            services.PoolMemberData(enterprise_id=near2.pk, quantity=Decimal(600)),
        ],
    )
    client.force_login(admin)
    page = client.get(f"/ar/buyers/pools/{pool.pk}/").content.decode()
    assert "<h2>سجل التدقيق</h2>" in page and "<h2>تاريخ</h2>" not in page
    assert "<h2>Riwayat audit</h2>" in client.get(f"/buyers/pools/{pool.pk}/").content.decode()
    # Largest share first, as in the members table, with the language's list separator.
    arabic = _history_text(pool, "ar")
    assert "Kopi Kecil 2: 600 (66.67 %)، Kopi Kecil 1: 300 (33.33 %)" in arabic
    english = _history_text(pool, "en")
    assert "Kopi Kecil 2: 600 (66.67 %), Kopi Kecil 1: 300 (33.33 %)" in english
    assert "; " not in english.split("Members: ", 1)[1]


def test_hs_codes_are_written_the_dotted_way(client, users):
    buyer, pool = _pool(users)
    client.force_login(users["province_officer"])
    for url in ("/buyers/pools/", f"/buyers/pools/{pool.pk}/", f"/buyers/{buyer.pk}/matches/"):
        page = client.get(url).content.decode()
        assert "0901.11" in page, url
        assert not re.search(r">\s*090111\b", page), url
    matches = client.get(f"/buyers/{buyer.pk}/matches/").content.decode()
    assert "0901.11." in matches  # the reason "Same HS subheading 0901.11."
    other = make_buyer(users["admin"], company="Hamburg Kaffee", hs_interests="090111 0904")
    page = client.get("/buyers/").content.decode()
    assert "<td>0901.11 0904</td>" in page
    page = client.get(f"/buyers/{other.pk}/matches/").content.decode()
    assert "<dd>0901.11 0904</dd>" in page
    # The enterprise page writes them the same way (was 09.01.11).
    enterprise = make_enterprise(regency="18.71", name="Kopi Tercatat")
    make_product(users["admin"], enterprise, "090111", "Kopi robusta", 100)
    page = client.get(f"/registry/enterprises/{enterprise.pk}/").content.decode()
    assert "0901.11 —" in page and "09.01.11" not in page
