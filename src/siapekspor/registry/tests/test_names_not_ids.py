"""Names instead of IDs (issue 13 item 5) and reference names in every language (14.4)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.utils import translation

from siapekspor.core import i18n
from siapekspor.core.audit import audit_history, history_lines
from siapekspor.registry.models import HsCode, KbliCode
from siapekspor.registry.picker import enterprise_choices
from siapekspor.registry.refnames import name_of
from siapekspor.registry.services import enterprise_update, product_save
from siapekspor.registry.tests.factories import enterprise_data, make_enterprise
from siapekspor.shipments.models import Shipment
from siapekspor.shipments.tests.factories import hs6


def _pick(client, q):
    response = client.get("/registry/enterprises/pick.json", {"q": q})
    assert response.status_code == 200
    return response.json()["results"]


def test_the_picker_finds_by_name_within_the_scope_and_carries_no_personal_data(client, users):
    mine = make_enterprise(regency="18.71", name="Kopi Bubuk Sinar Jaya")
    product_save(
        actor=users["admin"],
        enterprise=mine,
        hs_code=HsCode.objects.get(code="090121"),
        name="Kopi bubuk robusta",
    )
    other = make_enterprise(regency="18.01", name="Kopi Luwak Sinar Liwa")
    client.force_login(users["regency_officer"])
    found = _pick(client, "kopi sinar")
    assert [r["id"] for r in found] == [mine.pk]  # the other regency stays out
    assert found[0]["place"].endswith("Bandar Lampung")
    assert found[0]["products"][0]["code"] == "090121"
    assert found[0]["products"][0]["dotted"] == "0901.21"
    body = json.dumps(found)
    for secret in (mine.nik, mine.phone, "Siti Aminah", mine.nib):
        assert secret not in body
    client.force_login(users["province_officer"])
    assert {r["id"] for r in _pick(client, "Sinar")} >= {mine.pk, other.pk}
    assert _pick(client, "k") == []  # too short
    client.force_login(users["partner_officer"])
    assert _pick(client, "kopi") == []  # partners see aggregates only
    client.force_login(users["enterprise_owner"])
    assert [r["name"] for r in _pick(client, "kopi")] == ["Kopi Milik Pemilik"]


def test_picker_query_budget(users, django_assert_max_num_queries):
    for n in range(15):
        make_enterprise(regency="18.71", name=f"Tapis Jaya {n}")
    with django_assert_max_num_queries(3):
        found = enterprise_choices(users["province_officer"], "tapis jaya")
        assert len(found) == 10
        [list(e.products.all()) for e in found]


def test_the_shipment_form_takes_names_and_suppliers_by_picker(client, users):
    direct_ent = make_enterprise(regency="18.71", name="Keripik Maju")
    a = make_enterprise(regency="18.71", name="Pemasok A")
    b = make_enterprise(regency="18.71", name="Pemasok B")
    stranger = make_enterprise(regency="18.01", name="Luar Wilayah")
    client.force_login(users["regency_officer"])
    page = client.get("/shipments/new/").content.decode()
    assert "(ID)" not in page and "data-picker-input" in page
    base = {
        "export_date": "2025-04-01",
        "hs_code": hs6(),
        "destination": "MYS",
        "fob_usd": "1.200,50",
        "fob_idr": "Rp 19,5 juta",
        "quantity": "1.500",
        "unit": "kg",
        "incoterm": "FOB",
    }
    response = client.post(
        "/shipments/new/",
        {**base, "peb_number": "PK-1", "kind": "direct", "enterprise": direct_ent.pk},
    )
    assert response.status_code == 302
    shipment = Shipment.objects.get(peb_number="PK-1")
    assert shipment.fob_usd == Decimal("1200.50") and shipment.fob_idr == Decimal("19500000")
    assert shipment.quantity == Decimal("1500")
    response = client.post(
        "/shipments/new/",
        {
            **base,
            "peb_number": "PK-2",
            "kind": "indirect",
            "exporter_name": "PT Agregator",
            "supplier_0": a.pk,
            "share_0": "60 %",
            "supplier_1": b.pk,
            "share_1": "40",
        },
    )
    assert response.status_code == 302
    shares = dict(
        Shipment.objects.get(peb_number="PK-2").suppliers.values_list(
            "enterprise_id", "share_percent"
        )
    )
    assert shares == {a.pk: Decimal("60"), b.pk: Decimal("40")}
    # An enterprise outside the officer's scope cannot be slipped in by its id.
    response = client.post(
        "/shipments/new/",
        {**base, "peb_number": "PK-3", "kind": "direct", "enterprise": stranger.pk},
    )
    assert response.status_code == 200 and not Shipment.objects.filter(peb_number="PK-3").exists()
    assert "Pilih usaha dari daftar" in response.content.decode()


def test_the_form_shows_the_chosen_enterprise_by_name_and_its_products(client, users):
    ent = make_enterprise(regency="18.71", name="Madu Way Kanan")
    product_save(
        actor=users["admin"],
        enterprise=ent,
        hs_code=HsCode.objects.get(code="040900"),
        name="Madu hutan",
    )
    client.force_login(users["regency_officer"])
    page = client.post("/shipments/new/", {"kind": "direct", "enterprise": ent.pk}).content.decode()
    assert 'value="Madu Way Kanan — ' in page
    assert '<option value="0409.00">Madu hutan — ' in page


def test_mentor_pairing_asks_for_the_mentee_by_name(client, users):
    client.force_login(users["regency_officer"])
    page = client.get("/training/mentors/").content.decode()
    assert "(ID)" not in page and "data-picker-input" in page


def test_the_audit_history_reads_as_who_when_what_before_and_after(client, users):
    ent = make_enterprise(regency="18.71", name="Tenun Ibu Sari")
    data = enterprise_data(regency="18.71", name="Tenun Ibu Sari Lampung", phone="0813 9999 0000")
    data.workforce = 12
    enterprise_update(actor=users["province_officer"], enterprise=ent, data=data)
    with translation.override("id"):
        lines = history_lines(audit_history(ent))
        assert [line.what for line in lines] == ["Data usaha diubah", "Usaha didaftarkan"]
        changes = {c.label: (c.before, c.after) for c in lines[0].changes}
        assert changes["Nama usaha"] == ("Tenun Ibu Sari", "Tenun Ibu Sari Lampung")
        assert changes["Tenaga kerja"] == ("4", "12")
        assert changes["Telepon / WhatsApp"] == ("•••", "•••")  # personal data stays masked
        assert lines[0].who == users["province_officer"].display_label()  # never a login name
        assert lines[0].who != users["province_officer"].get_username()
    with translation.override("fr"):
        assert history_lines(audit_history(ent))[0].what == "Données de l’entreprise modifiées"
    client.force_login(users["province_officer"])
    page = client.get(f"/registry/enterprises/{ent.pk}/").content.decode()
    assert "registry.enterprise" not in page and "99990000" not in page
    assert "<bdi>Tenun Ibu Sari</bdi> → <bdi>Tenun Ibu Sari Lampung</bdi>" in page
    arabic = client.get(f"/ar/registry/enterprises/{ent.pk}/").content.decode()
    assert "<bdi>Tenun Ibu Sari</bdi> ← <bdi>Tenun Ibu Sari Lampung</bdi>" in arabic


# The machine-translated languages other than English (zh-hans, ja, ar, fr).
@pytest.mark.parametrize("language", [c for c in i18n.machine_translated() if c != "en"])
def test_kbli_and_hs_names_fall_back_to_english_marked_never_indonesian(client, users, language):
    # A heading outside Lampung's products (those are named in six languages): id and en only.
    heading = HsCode.objects.get(code="0101")
    kbli = KbliCode.objects.get(code="10794")
    with translation.override(language):
        text, fallback = name_of(heading)
        assert fallback == "en" and text == heading.__dict__["description_en"]
        assert name_of(HsCode.objects.get(code="090111"))[1] is None  # curated: own language
        assert name_of(kbli)[1] in (None, "en")
    ent = make_enterprise(regency="18.71", kbli="10794")
    product_save(
        actor=users["admin"],
        enterprise=ent,
        hs_code=HsCode.objects.get(code="851713"),
        name="Ponsel",
    )
    client.force_login(users["province_officer"])
    page = client.get(f"/{language}/registry/enterprises/{ent.pk}/").content.decode()
    assert "Telephone sets; smartphones" in page and 'class="lang-note"' in page
    assert "Perangkat telepon" not in page  # never the Indonesian text alone


def test_names_read_in_indonesian_and_english_without_a_note(users):
    heading = HsCode.objects.get(code="0409")
    for language in ("id", "en"):
        with translation.override(language):
            assert name_of(heading)[1] is None
