"""Pages, services, API and PDFs of paperwork."""

import datetime as dt
import io
import re
from decimal import Decimal as D  # noqa: N817 (figures read as in the worked example)

import pytest
from django.utils import translation

from siapekspor.accounts.models import Role
from siapekspor.paperwork import documents, services
from siapekspor.paperwork.models import PriceCalculation, TradeDocument
from siapekspor.registry.models import Product
from siapekspor.registry.tests.factories import make_enterprise, make_user

pytestmark = pytest.mark.django_db

PRICE_FORM = {
    "quantity": "19.200",
    "unit": "kg",
    "production_cost": "60.000",
    "margin_pct": "10",
    "inland_transport": "3.500.000",
    "documents": "Rp 1,5 juta",
    "handling": "2.800.000",
    "freight": "25.000.000",
    "insurance_rate_pct": "0,2",
    "insurance_cover_pct": "110",
    "currency": "USD",
    "exchange_rate": "16.000",
    "rate_date": "2026-11-27",
    "destination_port": "Hamburg",
}


@pytest.fixture
def coffee(users):
    owner = users["enterprise_owner"]
    return Product.objects.create(
        enterprise_id=owner.enterprise_id, hs_code_id="090111", name="Kopi robusta Lampung"
    )


def _document(client, product, **extra):
    data = {
        "kind": "proforma",
        "language": "zh-hans",
        "buyer_name": "Hamburg Kaffee GmbH",
        "buyer_address": "Am Sandtorkai 1, 20457 Hamburg",
        "buyer_country": "DEU",
        "incoterm": "FOB",
        "named_place": "Pelabuhan Panjang, Bandar Lampung",
        "currency": "USD",
        "issue_date": "2026-11-28",
        "payment_terms": "T/T 30 %",
        "description": "Kopi robusta grade 4",
        "hs_code": "090111",
        "quantity": "19.200",
        "unit": "kg",
        "unit_price": "",
        "packages": "320",
        "package_kind": "karung goni 60 kg",
        "net_kg": "19.200",
        "gross_kg": "19.520",
        **extra,
    }
    return client.post(f"/paperwork/products/{product.pk}/documents/new/", data)


def test_owner_saves_the_calculator_with_indonesian_numbers(client, users, coffee):
    client.force_login(users["enterprise_owner"])
    response = client.post(f"/paperwork/products/{coffee.pk}/", PRICE_FORM)
    assert response.status_code == 302
    calc = PriceCalculation.objects.get(product=coffee)
    assert calc.documents == D(1_500_000)
    assert calc.quantity == D(19200)
    page = client.get(f"/paperwork/products/{coffee.pk}/").content.decode()
    assert "1.302.866.306" in page  # CIF in rupiah, Indonesian grouping
    assert "does not look up" not in page  # the page is Indonesian
    assert "daring" in page or "online" in page  # the no-lookup notice


def test_a_bad_number_is_refused_in_indonesian(client, users, coffee):
    client.force_login(users["enterprise_owner"])
    response = client.post(
        f"/paperwork/products/{coffee.pk}/",
        {**PRICE_FORM, "production_cost": "enam puluh ribu", "insurance_cover_pct": "90"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Bukan angka." in page
    assert "Isi paling sedikit 100." in page
    assert not PriceCalculation.objects.exists()


def test_documents_are_numbered_per_enterprise_and_use_the_calculators_price(client, users, coffee):
    client.force_login(users["enterprise_owner"])
    client.post(f"/paperwork/products/{coffee.pk}/", PRICE_FORM)
    assert _document(client, coffee).status_code == 302
    assert _document(client, coffee, language="ar").status_code == 302
    assert _document(client, coffee, kind="packing").status_code == 302
    numbers = list(TradeDocument.objects.order_by("pk").values_list("number", flat=True))
    assert numbers == ["PI-2026-0001", "PI-2026-0002", "PL-2026-0001"]
    first = TradeDocument.objects.order_by("pk").first()
    assert first.lines[0]["unit_price"] == "4.1504"  # FOB per kg in USD
    assert first.total == D("79687.68")  # 19,200 × 4.1504
    # another enterprise starts its own numbering
    other = make_enterprise(regency="18.71", name="Lada Hitam Way Kanan")
    pepper = Product.objects.create(enterprise=other, hs_code_id="090411", name="Lada hitam")
    client.force_login(users["admin"])
    assert _document(client, pepper, unit_price="6,5").status_code == 302
    assert TradeDocument.objects.get(enterprise=other).number == "PI-2026-0001"


def test_document_without_a_price_asks_for_one(client, users, coffee):
    client.force_login(users["enterprise_owner"])
    response = _document(client, coffee)
    assert response.status_code == 200
    assert "Isi harga satuan" in response.content.decode()
    assert not TradeDocument.objects.exists()


def _pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("zh-hans", ["形式发票", "卖方", "德国"]),
        ("ja", ["プロフォーマ"]),
        ("fr", ["Facture pro forma", "Vendeur", "Allemagne"]),
        ("en", ["Pro forma invoice", "Seller"]),
    ],
)
def test_pdf_carries_indonesian_and_the_buyers_language(client, users, coffee, language, expected):
    client.force_login(users["enterprise_owner"])
    client.post(f"/paperwork/products/{coffee.pk}/", PRICE_FORM)
    _document(client, coffee, language=language)
    doc = TradeDocument.objects.get()
    response = client.get(f"/paperwork/documents/{doc.pk}/pdf/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _pdf_text(response.content)
    for word in ["Faktur Proforma", "Penjual", "Jerman", "PI-2026-0001", "FOB", "79,687.68"]:
        assert word in text, word
    for word in expected:
        assert word in text, word
    # business data only: never the owner's NIK or phone
    assert "Siti Aminah" not in text
    assert not re.search(r"0812\d{6,}", text)


def test_arabic_pdf_has_arabic_text(users, coffee):
    owner = users["enterprise_owner"]
    calc = services.price_save(
        actor=owner,
        product=coffee,
        data=services.PriceData(
            quantity=D(19200),
            unit="kg",
            production_cost=D(60000),
            margin_pct=D(10),
            inland_transport=D(0),
            documents=D(0),
            handling=D(0),
            freight=D(0),
            insurance_rate_pct=D("0.2"),
            insurance_cover_pct=D(110),
            currency="SAR",
            exchange_rate=D(4200),
            rate_date=dt.date(2026, 11, 27),
        ),
    )
    doc = services.document_issue(
        actor=owner,
        enterprise=coffee.enterprise,
        product=coffee,
        data=services.DocumentData(
            kind="commercial",
            buyer_name="Riyadh Coffee Co.",
            buyer_address="King Fahd Rd",
            buyer_country="SAU",
            language="ar",
            incoterm="CIF",
            named_place="Jeddah",
            currency=calc.currency,
            lines=[
                services.LineData(description="Kopi", hs_code="090111", quantity=D(100), unit="kg")
            ],
        ),
    )
    text = _pdf_text(documents.render(doc))
    assert "Faktur Komersial" in text
    assert re.search(r"[\u0600-\u06ff\ufb50-\ufefc]{3}", text)


def test_scope_other_enterprise_and_partner_get_404(client, users, coffee):
    other_owner = make_user(Role.ENTERPRISE_OWNER, enterprise=make_enterprise(regency="18.01"))
    far_officer = make_user(Role.REGENCY_OFFICER, regency="18.01")
    for user in (other_owner, far_officer, users["partner_officer"]):
        client.force_login(user)
        assert client.get(f"/paperwork/products/{coffee.pk}/").status_code == 404
        assert client.post(f"/paperwork/products/{coffee.pk}/", PRICE_FORM).status_code == 404
    client.force_login(users["regency_officer"])  # 18.71: the owner's regency
    assert client.post(f"/paperwork/products/{coffee.pk}/", PRICE_FORM).status_code == 302


def test_api_price_and_document(api_client, users, coffee):
    api_client.as_user(users["enterprise_owner"])
    body = {
        "quantity": "19200",
        "unit": "kg",
        "production_cost": "60000",
        "margin_pct": "10",
        "inland_transport": "3500000",
        "documents": "1500000",
        "handling": "2800000",
        "freight": "25000000",
        "currency": "USD",
        "exchange_rate": "16000",
        "rate_date": "2026-11-27",
    }
    response = api_client.post(f"/api/v1/paperwork/products/{coffee.pk}/price", body)
    assert response.status_code == 200, response.content
    steps = {s["term"]: s for s in response.json()["steps"]}
    assert D(steps["CIF"]["total_idr"]) == D(1_302_866_306)
    assert D(steps["FOB"]["per_unit_foreign"]) == D("4.1504")
    bad = api_client.post(
        f"/api/v1/paperwork/products/{coffee.pk}/price", {**body, "insurance_cover_pct": "90"}
    )
    assert bad.status_code == 422
    doc = api_client.post(
        f"/api/v1/paperwork/products/{coffee.pk}/documents",
        {
            "kind": "commercial",
            "buyer_name": "Tokyo Coffee KK",
            "buyer_address": "Chiyoda",
            "buyer_country": "JPN",
            "language": "ja",
            "incoterm": "CIF",
            "named_place": "Yokohama",
            "currency": "USD",
            "lines": [{"description": "Kopi robusta", "hs_code": "090111", "quantity": "1000"}],
        },
    )
    assert doc.status_code == 201, doc.content
    assert doc.json()["number"].startswith("CI-")
    assert D(doc.json()["lines"][0]["unit_price"]) == D("4.2411")
    listed = api_client.get(f"/api/v1/paperwork/enterprises/{coffee.enterprise_id}/documents")
    assert [d["number"] for d in listed.json()] == [doc.json()["number"]]
    with translation.override("id"):
        wrong = api_client.post(
            f"/api/v1/paperwork/products/{coffee.pk}/documents",
            {
                "kind": "invoice",
                "buyer_name": "X",
                "buyer_address": "Y",
                "buyer_country": "XXX",
                "language": "de",
                "incoterm": "FOB",
                "named_place": "Panjang",
                "currency": "USD",
                "lines": [{"description": "Kopi", "quantity": "1", "unit_price": "1"}],
            },
        )
    assert wrong.status_code in (400, 422)
    assert "Pilih" in wrong.content.decode()


def test_document_form_errors_are_shown_not_raised(client, users, coffee):
    client.force_login(users["enterprise_owner"])
    empty = client.post(f"/paperwork/products/{coffee.pk}/documents/new/", {})
    assert empty.status_code == 200
    assert "wajib" in empty.content.decode().lower()  # Django's "This field is required."
    heavy = _document(client, coffee, unit_price="4", net_kg="20.000", gross_kg="19.000")
    assert heavy.status_code == 200
    assert "Berat kotor tidak boleh kurang dari berat bersih." in heavy.content.decode()
    assert not TradeDocument.objects.exists()


def test_history_names_the_actions(users, coffee):
    from siapekspor.core.audit import audit_history, history_lines

    owner = users["enterprise_owner"]
    calc = services.price_save(
        actor=owner,
        product=coffee,
        data=services.PriceData(
            quantity=D(1),
            unit="kg",
            production_cost=D(1000),
            margin_pct=D(0),
            inland_transport=D(0),
            documents=D(0),
            handling=D(0),
            freight=D(0),
            insurance_rate_pct=D(0),
            insurance_cover_pct=D(110),
            currency="USD",
            exchange_rate=D(16000),
            rate_date=dt.date(2026, 11, 27),
        ),
    )
    with translation.override("id"):
        lines = history_lines(audit_history(calc)[:5])
        assert any("Harga ekspor disimpan" in str(line.what) for line in lines)


def test_a_document_with_more_lines_of_goods(client, users, coffee):
    client.force_login(users["enterprise_owner"])
    client.post(f"/paperwork/products/{coffee.pk}/", PRICE_FORM)
    more = {
        "more-TOTAL_FORMS": "3",
        "more-INITIAL_FORMS": "0",
        "more-MIN_NUM_FORMS": "0",
        "more-MAX_NUM_FORMS": "19",
        "more-0-description": "Kopi arabika Liwa (sampel)",
        "more-0-hs_code": "090111",
        "more-0-quantity": "60",
        "more-0-unit": "kg",
        "more-0-unit_price": "7,5",
        "more-1-unit": "kg",  # untouched: skipped
        "more-2-unit": "kg",
    }
    response = _document(client, coffee, **more)
    assert response.status_code == 302, response.content.decode()[-2000:]
    doc = TradeDocument.objects.get()
    assert [line["description"] for line in doc.lines] == [
        "Kopi robusta grade 4",
        "Kopi arabika Liwa (sampel)",
    ]
    assert doc.total == D("79687.68") + D(450)
    # a further line half filled is refused on its own row, nothing is issued
    bad = _document(client, coffee, **{**more, "more-1-description": "Lada"})
    assert bad.status_code == 200
    assert TradeDocument.objects.count() == 1
