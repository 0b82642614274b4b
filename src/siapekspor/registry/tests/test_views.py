import re

import pytest
from django.core import mail

from siapekspor.core.models import AuditEntry
from siapekspor.registry.models import Enterprise
from siapekspor.registry.tests.factories import make_enterprise

NIK = "1871014105900777"


def test_list_page_never_shows_personal_data(client, users):
    make_enterprise(nik=NIK, phone="081234560777", owner_name="Rahmawati Sari")
    client.force_login(users["province_officer"])
    html = client.get("/registry/enterprises/").content.decode()
    assert NIK not in html and "081234560777" not in html and "Rahmawati" not in html
    assert "R******** S***" in html


def test_detail_reveals_with_reason_and_records_it(client, users):
    e = make_enterprise(nik=NIK)
    client.force_login(users["province_officer"])
    html = client.get(f"/registry/enterprises/{e.pk}/").content.decode()
    assert NIK not in html and "187101******0777" in html
    html = client.post(
        f"/registry/enterprises/{e.pk}/", {"reason": "Pemeriksaan dokumen kelas ekspor"}
    ).content.decode()
    assert NIK in html
    assert (
        AuditEntry.objects.filter(
            action="registry.enterprise.personal_data_viewed", actor=users["province_officer"]
        ).count()
        == 1
    )


def test_create_form_says_what_to_fix(client, users):
    client.force_login(users["province_officer"])
    response = client.post(
        "/registry/enterprises/new/",
        {
            "name": "Keripik Baru",
            "legal_form": "individual",
            "owner_gender": "female",
            "regency": "18.71",
            "nik": "18710141059",
            "phone": "12",
            "kbli": "99999",
        },
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "NIK harus tepat 16 digit" in html
    assert "Kode KBLI 2020 tidak dikenal: isi kode lima digit" in html
    assert not Enterprise.objects.filter(name="Keripik Baru").exists()


def test_create_then_edit_keeps_personal_data_when_fields_left_empty(client, users):
    client.force_login(users["regency_officer"])
    response = client.post(
        "/registry/enterprises/new/",
        {
            "name": "Tapis Indah",
            "legal_form": "ud",
            "owner_gender": "female",
            "owner_name": "Ani",
            "regency": "18.71",
            "nik": NIK,
            "phone": "0812 3456 0777",
            "kbli": "13134",
            "is_active": "on",
        },
    )
    assert response.status_code == 302
    e = Enterprise.objects.get(name="Tapis Indah")
    response = client.post(
        f"/registry/enterprises/{e.pk}/edit/",
        {
            "name": "Tapis Indah Lampung",
            "legal_form": "ud",
            "owner_gender": "female",
            "regency": "18.71",
            "kbli": "13134",
            "is_active": "on",
            "workforce": "5",
        },
    )
    assert response.status_code == 302
    e.refresh_from_db()
    assert e.name == "Tapis Indah Lampung" and e.nik == NIK and e.phone == "+6281234560777"
    detail = client.get(f"/registry/enterprises/{e.pk}/").content.decode()
    # The audit history reads as who, what changed, before → after; never the action code.
    assert "registry.enterprise.updated" not in detail
    assert "<bdi>Tapis Indah</bdi> → <bdi>Tapis Indah Lampung</bdi>" in detail
    assert NIK not in detail and "0777" not in detail.split("history")[-1]


def test_product_form_accepts_dotted_hs_code(client, users):
    e = make_enterprise()
    client.force_login(users["admin"])
    response = client.post(
        f"/registry/enterprises/{e.pk}/products/new/",
        {
            "name": "Kopi robusta",
            "hs_code": "0901.11",
            "capacity_unit": "kg",
            "monthly_capacity": "1200",
        },
    )
    assert response.status_code == 302
    assert e.products.get().hs_code_id == "090111"


@pytest.mark.parametrize(
    "q,expected",
    [
        ("Kopi", {"Kopi Lampung Barat", "Kopi Siger", "Kopi Milik Pemilik"}),
        ("tapis", {"Tapis Mewah"}),
        ("9100 0000 5555 5", {"Tapis Mewah"}),
    ],
)
def test_list_search_and_filters(client, users, q, expected):
    make_enterprise(name="Kopi Lampung Barat", regency="18.01")
    make_enterprise(name="Kopi Siger")
    make_enterprise(name="Tapis Mewah", kbli="13134", nib="9100000055555")
    client.force_login(users["admin"])
    response = client.get("/registry/enterprises/", {"q": q})
    assert {e.name for e in response.context["page"]} == expected
    filtered = client.get("/registry/enterprises/", {"regency": "18.01", "q": "kopi"})
    assert [e.name for e in filtered.context["page"]] == ["Kopi Lampung Barat"]
    by_kbli = client.get("/registry/enterprises/", {"kbli": "13"})
    assert [e.name for e in by_kbli.context["page"]] == ["Tapis Mewah"]


def test_list_page_query_budget(client, users, django_assert_max_num_queries):
    for i in range(30):
        make_enterprise(name=f"Usaha {i:02d}")
    client.force_login(users["province_officer"])
    # session, user, count, page ids, page rows, regency and district choices, the KBLI
    # list, session touch, savepoints
    with django_assert_max_num_queries(11):
        response = client.get("/registry/enterprises/")
    assert len(response.context["page"].object_list) == 25


def test_home_shows_real_counts(client, users):
    make_enterprise(regency="18.01")
    make_enterprise(regency="18.01")
    client.force_login(users["partner_officer"])
    response = client.get("/")
    rows = {r["code"]: r["count"] for r in response.context["by_regency"]}
    assert rows["18.01"] == 2 and rows["18.71"] == 1  # plus the owner's enterprise
    assert len(rows) == 15
    html = response.content.decode()
    assert re.search(r'<rect x="0" y="0" width="100\.00"', html)


def test_login_locks_after_five_failures(client, users):
    user = users["province_officer"]
    for _ in range(5):
        client.post("/accounts/login/", {"username": user.username, "password": "wrong"})
    response = client.post(
        "/en/accounts/login/", {"username": user.username, "password": "pw-for-tests-1"}
    )
    assert response.status_code == 200
    assert "locked" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset_sends_mail(client, users):
    user = users["province_officer"]
    user.email = "officer@example.org"
    user.save(update_fields=["email"])
    response = client.post("/accounts/password-reset/", {"email": "officer@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and "/accounts/reset/" in mail.outbox[0].body


def test_owner_home_goes_to_own_enterprise(client, users):
    owner = users["enterprise_owner"]
    client.force_login(owner)
    response = client.get("/")
    assert response.url == f"/registry/enterprises/{owner.enterprise_id}/"


def test_unknown_revenue_shows_a_dash_and_no_size_class(client, users):
    unknown = make_enterprise(name="Usaha Tanpa Omzet", annual_revenue=None)
    client.force_login(users["province_officer"])
    html = client.get(f"/registry/enterprises/{unknown.pk}/", HTTP_ACCEPT_LANGUAGE="id")
    text = html.content.decode()
    facts = text[text.index('<dl class="facts">') : text.index("</dl>")]
    assert "None" not in facts and "Belum diketahui" in facts and "Mikro" not in facts
    known = make_enterprise(name="Usaha Beromzet", annual_revenue=150_000_000)
    text = client.get(f"/registry/enterprises/{known.pk}/").content.decode()
    facts = text[text.index('<dl class="facts">') : text.index("</dl>")]
    assert "150.000.000" in facts and "Belum diketahui" not in facts


def test_number_and_identifier_inputs_read_left_to_right_in_arabic(client, users):
    client.force_login(users["province_officer"])
    html = client.get("/ar/registry/enterprises/new/").content.decode()
    for name in ("nik", "phone", "nib", "annual_revenue", "latitude", "kbli"):
        tag = re.search(rf'<input[^>]*name="{name}"[^>]*>', html)
        assert tag and 'dir="ltr"' in tag.group(0), name
    assert "\u20660812 3456 7890\u2069" in html  # the example, isolated left to right


def test_regency_officer_filter_offers_only_their_regency(client, users):
    client.force_login(users["regency_officer"])
    html = client.get("/registry/enterprises/").content.decode()
    select = re.search(r'<select[^>]*name="regency".*?</select>', html, re.S).group(0)
    assert 'value="18.71"' in select and 'value="18.01"' not in select
    districts = re.search(r'<select[^>]*name="district".*?</select>', html, re.S).group(0)
    codes = re.findall(r'value="(\d\d\.\d\d\.\d\d)"', districts)
    assert codes and all(code.startswith("18.71.") for code in codes)
    client.force_login(users["province_officer"])
    html = client.get("/registry/enterprises/").content.decode()
    select = re.search(r'<select[^>]*name="regency".*?</select>', html, re.S).group(0)
    assert 'value="18.01"' in select and 'value="18.71"' in select
