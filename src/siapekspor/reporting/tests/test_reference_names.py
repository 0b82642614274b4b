"""Reference names on the dashboard and the monthly report are in the reader's language:
sectors (KBLI divisions), products (HS headings of Lampung's products) and countries — never
the English fallback where a translation is shipped. Regency names are proper nouns and stay as they are."""

import datetime as dt
import io
from decimal import Decimal

import pytest

from siapekspor.core import i18n
from siapekspor.registry.models import HsCode, KbliCode
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.reporting.services import rebuild_indicators
from siapekspor.shipments.tests.factories import direct

pytestmark = pytest.mark.django_db

FOOD = {  # KBLI 10, the division of the factories' default KBLI 10794
    "id": "Industri Makanan",
    "en": "Manufacture of food products",
    "zh-hans": "食品制造业",
    "ja": "食料品製造業",
    "ar": "صناعة المنتجات الغذائية",
    "fr": "Fabrication de produits alimentaires",
}


@pytest.fixture
def built(users):
    shop = make_enterprise(regency="18.71")
    day = dt.date.today() - dt.timedelta(days=40)
    direct(shop, day, fob_usd=Decimal(900), hs_code="090111")
    return rebuild_indicators()


def test_every_shipped_division_has_a_name_in_every_language():
    for division in KbliCode.objects.filter(level=2):
        for code, column in i18n.columns("title").items():
            assert getattr(division, column), (division.code, code)
    food = KbliCode.objects.get(code="10")
    assert food.title == FOOD["id"]
    for code, column in i18n.columns("title").items():
        assert getattr(food, column) == FOOD[code]


MACHINE = [code for code in i18n.machine_translated() if code != "en"]
# How a name shown in English instead is marked (registry "(English)").
ENGLISH_MARK = {
    "ar": "(بالإنجليزية)",
    "zh-hans": "（英文）",
    "ja": "（英語）",
    "fr": "(en anglais)",
}
COFFEE = "0901"  # a heading of Lampung's products: named in every language


@pytest.mark.parametrize("language", MACHINE)
def test_dashboard_and_home_show_the_sector_in_the_readers_language(client, users, built, language):
    client.force_login(users["province_officer"])
    for path in (f"/{language}/outcomes/", f"/{language}/"):
        page = client.get(path).content.decode()
        assert FOOD[language] in page, path
        assert FOOD["en"] not in page and FOOD["id"] not in page, path
    # The products chart names the HS heading in that language too, not in marked English.
    page = client.get(f"/{language}/outcomes/").content.decode()
    coffee = HsCode.objects.get(code=COFFEE)
    assert getattr(coffee, i18n.column("description", language)) in page
    assert ENGLISH_MARK[language] not in page


def test_arabic_monthly_report_names_sectors_products_and_countries_in_arabic(client, users, built):
    from openpyxl import load_workbook

    client.force_login(users["province_officer"])
    xlsx = client.get("/ar/outcomes/report.xlsx")
    assert xlsx.status_code == 200
    cells = {
        str(cell)
        for sheet in load_workbook(io.BytesIO(xlsx.content)).worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell
    }
    assert FOOD["ar"] in cells
    assert FOOD["en"] not in cells
    assert "اليابان" in cells  # the shipment's destination (JPN)
    assert getattr(HsCode.objects.get(code=COFFEE), i18n.column("description", "ar")) in cells
    assert not [c for c in cells if ENGLISH_MARK["ar"] in c]
