"""Never lose a row over reference data (issue 13 item 4): the complete HS 2022 nomenclature,
unknown codes kept for review, Indonesian units, Omzet columns and the xlsx template."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.utils import translation

from siapekspor.core import i18n
from siapekspor.registry import hs_nomenclature, reference, validation
from siapekspor.registry.importing.pipeline import import_file
from siapekspor.registry.models import Enterprise, HsCode, Product
from siapekspor.registry.models_import import ImportBatch

HEADER = [
    "Nama Usaha",
    "Kab/Kota",
    "No HP",
    "Produk",
    "Kode HS",
    "Kapasitas",
    "Satuan",
    "Omzet (Rp)",
]
# Products a regency office lists that our curated table of 168 subheadings does not hold,
# with the units people write, and one well-formed code that HS 2022 does not have.
ROWS = [
    (
        "Kerajinan Bambu Sari",
        "Lampung Barat",
        "0812-1111-0001",
        "Sumpit bambu",
        "4421.91",
        "200",
        "lusin",
        "350.000.000",
    ),
    (
        "Sambal Bu Tini",
        "Lampung Barat",
        "0812-1111-0002",
        "Sambal botol",
        "2103.90",
        "300",
        "botol",
        "Rp 1,5 juta",
    ),
    (
        "Gula Semut Makmur",
        "Lampung Barat",
        "0812-1111-0003",
        "Gula semut",
        "1701.13",
        "50",
        "karung",
        "120000000",
    ),
    (
        "Kain Tapis Indah",
        "Lampung Barat",
        "0812-1111-0004",
        "Sarung tapis",
        "6304.91",
        "10",
        "kodi",
        "Rp 90 jt",
    ),
    (
        "Roti Pak Budi",
        "Lampung Barat",
        "0812-1111-0005",
        "Roti manis",
        "1905.90",
        "1.000",
        "bungkus",
        "60.000.000",
    ),
    (
        "Kripik Ceria",
        "Lampung Barat",
        "0812-1111-0006",
        "Kripik tempe",
        "2008.19",
        "80",
        "Pak",
        "45.500.000",
    ),
    ("Batu Alam Liwa", "Lampung Barat", "0812-1111-0007", "Batu hias", "6802.93", "3", "ton", ""),
    (
        "Madu Hutan Way Tenong",
        "Lampung Barat",
        "0812-1111-0008",
        "Madu",
        "0409.00",
        "120",
        "Ltr",
        "",
    ),
    (
        "Usaha Kode Baru",
        "Lampung Barat",
        "0812-1111-0009",
        "Produk baru",
        "0901.19",
        "5",
        "buah",
        "",
    ),
]


def workbook(path, header, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Data IKM Lampung Barat"
    sheet.append(["Rekap IKM Kabupaten Lampung Barat 2025"])
    sheet.append(header)
    for row in rows:
        sheet.append(list(row))
    for cell in sheet["C"]:
        cell.number_format = "@"
    book.save(path)
    return path


def test_the_complete_nomenclature_is_known_out_of_the_box(db):
    assert HsCode.objects.filter(level=6).count() == 5612
    assert HsCode.objects.filter(level=4).count() >= 1228
    smartphone = HsCode.objects.get(code="851713")
    with translation.override("id"):
        assert "Smartphone" in smartphone.description
    with translation.override("en"):
        assert smartphone.description.startswith("Telephone sets; smartphones")
    # Our curated wording stays on top for the IKM subheadings, in six languages.
    coffee = HsCode.objects.get(code="090111")
    assert getattr(coffee, i18n.column("description", "id")).startswith("Kopi robusta/arabika")
    assert getattr(coffee, i18n.column("description", "ja"))


def test_the_shipped_nomenclature_is_built_from_the_official_lists(shared_data):
    folder = shared_data / "hs_nomenclature"
    rebuilt = hs_nomenclature.build(
        folder / "harmonized-system_hs2022.csv", folder / "btki_2022_hs8_id_en_duties.csv.gz"
    )
    with (reference.BUILTIN_DIR / reference.NOMENCLATURE).open(encoding="utf-8") as fh:
        shipped = list(csv.DictReader(fh))
    assert shipped == rebuilt
    assert sum(r["level"] == "6" for r in shipped) == 5612
    assert all(r["description_id"] and r["description_en"] for r in shipped)
    # Two subheadings of a heading never read the same in Indonesian.
    titles = [(r["code"][:4], r["description_id"]) for r in shipped if r["level"] == "6"]
    assert len(titles) == len(set(titles))


def test_a_regency_workbook_keeps_every_valid_enterprise(tmp_path, users):
    path = workbook(tmp_path / "lambar.xlsx", HEADER, ROWS)
    result = import_file(actor=users["admin"], path=path)
    assert result.counts.rejected == 0, [o.problems for o in result.outcomes]
    assert result.counts.created == len(ROWS)
    products = {p.name: p for p in Product.objects.select_related("enterprise")}
    assert products["Sumpit bambu"].hs_code_id == "442191"
    assert products["Sumpit bambu"].capacity_unit == "dozen"
    assert products["Sambal botol"].capacity_unit == "bottle"
    assert products["Gula semut"].capacity_unit == "sack"
    assert products["Sarung tapis"].capacity_unit == "kodi"
    assert products["Roti manis"].capacity_unit == "pack"
    assert products["Roti manis"].monthly_capacity == Decimal("1000")
    assert products["Kripik tempe"].capacity_unit == "pack"
    assert products["Madu"].capacity_unit == "l"
    unknown = products["Produk baru"]
    assert unknown.hs_code_id is None and unknown.hs_code_to_review == "090119"
    revenue = dict(Enterprise.objects.values_list("name", "annual_revenue"))
    assert revenue["Kerajinan Bambu Sari"] == Decimal("350000000")
    assert revenue["Sambal Bu Tini"] == Decimal("1500000")
    assert revenue["Kain Tapis Indah"] == Decimal("90000000")


def test_a_monthly_omzet_column_becomes_annual_revenue(tmp_path, users):
    header = ["Nama Usaha", "Kab/Kota", "No HP", "Omzet per Bulan"]
    path = workbook(
        tmp_path / "m.xlsx", header, [("Toko A", "Lampung Barat", "0812-2222-0001", "10.000.000")]
    )
    import_file(actor=users["admin"], path=path)
    assert Enterprise.objects.get(name="Toko A").annual_revenue == Decimal("120000000")
    # The officer's answer wins over the header's wording.
    path = workbook(
        tmp_path / "y.xlsx", header, [("Toko B", "Lampung Barat", "0812-2222-0002", "10.000.000")]
    )
    import_file(actor=users["admin"], path=path, revenue_period="yearly")
    assert Enterprise.objects.get(name="Toko B").annual_revenue == Decimal("10000000")


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("botol", "bottle"),
        ("Btl.", "bottle"),
        ("bungkus", "pack"),
        ("bks", "pack"),
        ("pak", "pack"),
        ("Pack", "pack"),
        ("lusin", "dozen"),
        ("Lsn", "dozen"),
        ("kodi", "kodi"),
        ("karung", "sack"),
        ("sak", "sack"),
        ("ton", "ton"),
        ("kg", "kg"),
        ("Kg.", "kg"),
        ("kilogram", "kg"),
        ("liter", "l"),
        ("ltr", "l"),
        ("pcs", "pcs"),
        ("buah", "pcs"),
        ("bh", "pcs"),
        ("lembar", "sheet"),
        ("meter", "m"),
        ("mtr", "m"),
        ("set", "set"),
        ("kg/bulan", "kg"),
        ("dus", "box"),
        ("pasang", "pair"),
        ("gram", "g"),
    ],
)
def test_usual_units_and_their_spellings(written, unit):
    assert validation.capacity_unit(written) == unit


def test_capacity_with_its_unit_in_one_cell():
    assert validation.capacity("1.500 botol") == (Decimal("1500.00"), "bottle")
    assert validation.capacity("2,5 ton/bulan") == (Decimal("2.50"), "ton")
    with pytest.raises(validation.FieldProblem):
        validation.capacity_unit("gelas kaca besar")


def test_the_template_downloads_and_imports(client, users, tmp_path):
    client.force_login(users["regency_officer"])
    response = client.get("/registry/import/template.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["Petunjuk", "Data IKM"]
    guide = "\n".join(str(c.value) for row in book["Petunjuk"].iter_rows() for c in row if c.value)
    assert "Cara mengisi" in guide and "Omzet per Bulan" in guide
    data = book["Data IKM"]
    header = [c.value for c in data[1]]
    assert data.cell(row=2, column=header.index("NIK") + 1).number_format == "@"
    values = {
        "Nama Usaha": "Tapis Ibu Ani",
        "Kab/Kota": "Bandar Lampung",
        "No HP": "081277889900",
        "Produk": "Tapis",
        "Kode HS": "5810.92",
        "Satuan": "lembar",
        "Kapasitas Produksi per Bulan": "12",
        "Omzet per Tahun (Rp)": "Rp 80 juta",
    }
    for index, name in enumerate(header, start=1):
        data.cell(row=2, column=index, value=values.get(name))
    path = tmp_path / "filled.xlsx"
    book.save(path)
    result = import_file(actor=users["regency_officer"], path=path)
    assert result.counts.created == 1, [o.problems for o in result.outcomes]
    assert Enterprise.objects.get(name="Tapis Ibu Ani").annual_revenue == Decimal("80000000")


def test_the_template_is_for_officers_only(client, users):
    client.force_login(users["enterprise_owner"])
    assert client.get("/registry/import/template.xlsx").status_code == 403


def test_the_mapping_step_asks_the_revenue_period(
    client, users, tmp_path, django_capture_on_commit_callbacks
):
    path = workbook(
        tmp_path / "m.xlsx",
        ["Nama Usaha", "Kab/Kota", "No HP", "Omzet per Bulan"],
        [("Toko C", "Bandar Lampung", "0812-3333-0001", "5.000.000")],
    )
    client.force_login(users["regency_officer"])
    with path.open("rb") as fh, django_capture_on_commit_callbacks(execute=True):
        response = client.post("/registry/import/", {"file": fh, "source": "test"})
    batch = ImportBatch.objects.latest("pk")
    assert response.status_code == 302
    page = client.get(f"/registry/import/{batch.pk}/confirm/").content.decode()
    assert 'value="monthly" checked' in page
    choices = {"col-0": "name", "col-1": "regency", "col-2": "phone", "col-3": "revenue"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/registry/import/{batch.pk}/confirm/",
            {**choices, "revenue_period": "monthly", "action": "confirm"},
        )
    assert response.status_code == 302
    assert Enterprise.objects.get(name="Toko C").annual_revenue == Decimal("60000000")


def test_an_officer_settles_a_flagged_code_by_saving_the_product(client, users, tmp_path):
    path = workbook(tmp_path / "u.xlsx", HEADER, [ROWS[-1]])
    import_file(actor=users["admin"], path=path)
    product = Product.objects.get(name="Produk baru")
    client.force_login(users["province_officer"])
    page = client.get(f"/registry/enterprises/{product.enterprise_id}/").content.decode()
    assert "0901.19" in page  # the flag is visible to officers
    response = client.post(
        f"/registry/enterprises/{product.enterprise_id}/products/{product.pk}/",
        {
            "name": "Produk baru",
            "hs_code": "0901.21",
            "capacity_unit": "pcs",
            "monthly_capacity": "5",
        },
    )
    assert response.status_code == 302
    product.refresh_from_db()
    assert product.hs_code_id == "090121" and product.hs_code_to_review == ""


def test_the_official_kbli_file_keeps_division_names_in_every_language(db, shared_data):
    from siapekspor.core import i18n
    from siapekspor.registry.models import KbliCode
    from siapekspor.registry.reference import load_kbli_file

    load_kbli_file(shared_data / "kbli_2020" / "kbli_2020_section_C_manufacturing.csv")
    # Divisions the built-in table lacks (20: chemicals) get their names too, and the
    # official Indonesian title stays the one the file gave.
    chemicals = KbliCode.objects.get(code="20")
    names = {code: getattr(chemicals, col) for code, col in i18n.columns("title").items()}
    assert names[i18n.default()] == "Industri Bahan Kimia Dan Barang Dari Bahan Kimia"
    assert names["ar"] == "صناعة المواد الكيميائية والمنتجات الكيميائية"
    assert names["en"] == "Manufacture of chemicals and chemical products"
    assert all(names.values())
