"""core.tabular: safe opening, encodings, delimiters, headers, values and the report."""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import zipfile
from decimal import Decimal

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from siapekspor.core.tabular import (
    Column,
    ColumnSpec,
    UnreadableFileError,
    UnsafeFileError,
    ValueProblem,
    escape_formula,
    locate_header,
    normalize_header,
    open_table,
    parse_date,
    parse_decimal,
    parse_int,
    parse_money,
    write_report,
)
from siapekspor.core.tabular.outcome import RowOutcome

SPEC = ColumnSpec(
    [
        Column(
            "name", "Business name", ("Nama Usaha", "Nama IKM", "Nama Perusahaan"), required=True
        ),
        Column("nik", "NIK", ("NIK", "No KTP")),
        Column("phone", "Phone", ("No. HP", "No Telp/WA")),
        Column("regency", "Regency", ("Kab/Kota", "Kabupaten / Kota")),
    ]
)
ROWS = [
    ["Nama Usaha", "NIK", "No. HP", "Kab/Kota"],
    ["Keripik Mbok Sri", "1871014105900001", "0812-3456-7890", "Bandar Lampung"],
    ["Kopi Café Ünggul", "1871014105900002", "0813 1111 2222", "Kota Metro"],
]


def _xlsx(path, rows, *, title="Data", hidden=None, merges=()):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    if hidden:
        hs = wb.create_sheet(hidden[0])
        hs.sheet_state = "hidden"
        for row in hidden[1]:
            hs.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le"])
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_every_encoding_and_delimiter(tmp_path, encoding, delimiter):
    text = io.StringIO(newline="")
    csv.writer(text, delimiter=delimiter).writerows(ROWS)
    path = tmp_path / "f.csv"
    data = text.getvalue().encode(encoding)
    if encoding == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    path.write_bytes(data)
    table = open_table(path)
    assert table.delimiter == delimiter
    assert table.rows[2][0] == "Kopi Café Ünggul"
    assert table.rows[1][1] == "1871014105900001"  # identifiers stay text


def test_xlsx_header_not_on_first_row_and_merged_header(tmp_path):
    rows = [
        ["Daftar IKM 2024"],
        [],
        ["Identitas", None, "Kontak", None],
        ["Nama Usaha", "NIK", "No Telp/WA", "Kabupaten / Kota"],
        *ROWS[1:],
    ]
    path = _xlsx(tmp_path / "f.xlsx", rows, merges=["A3:B3", "C3:D3"])
    table = open_table(path)
    match = locate_header(SPEC, table.rows)
    assert match.row == 4
    assert match.mapping == {"name": 0, "nik": 1, "phone": 2, "regency": 3}
    assert table.rows[2][1] == "Identitas"  # merged cell value copied across the range


def test_merged_group_header_above_ambiguous_labels(tmp_path):
    spec = ColumnSpec(
        [
            Column("name", "n", ("Nama Usaha",)),
            Column("owner", "o", ("Nama Pemilik", "Pemilik Nama")),
            Column("nik", "k", ("NIK",)),
        ]
    )
    rows = [[None, "Pemilik", None], ["Nama Usaha", "Nama", "NIK"], ["A", "Budi", "x"]]
    path = _xlsx(tmp_path / "f.xlsx", rows, merges=["B1:C1"])
    match = locate_header(spec, open_table(path).rows)
    assert match.mapping["owner"] == 1 and match.mapping["nik"] == 2


def test_hidden_sheets_are_ignored_unless_named(tmp_path):
    path = _xlsx(tmp_path / "f.xlsx", ROWS, hidden=("Rahasia", [["Nama Usaha", "NIK"], ["X", "1"]]))
    assert open_table(path).sheet == "Data"
    assert open_table(path, sheet="Rahasia").rows[1][0] == "X"
    with pytest.raises(UnreadableFileError):
        open_table(path, sheet="Tidak Ada")


def test_best_visible_sheet_is_chosen_by_header_score(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Petunjuk"
    wb.active.append(["Isi data di sheet berikutnya"])
    ws = wb.create_sheet("Data IKM")
    for row in ROWS:
        ws.append(row)
    wb.save(tmp_path / "f.xlsx")
    from siapekspor.core.tabular.headers import score_rows

    table = open_table(tmp_path / "f.xlsx", choose=lambda rows: score_rows(SPEC, rows))
    assert table.sheet == "Data IKM"


def test_zip_bomb_is_refused_before_parsing(tmp_path, settings):
    settings.IMPORT_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (200 * 1024 * 1024))
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(UnsafeFileError):
        open_table(path)


def test_zip_with_too_many_entries_is_refused(tmp_path, settings):
    settings.IMPORT_MAX_ZIP_ENTRIES = 50
    path = tmp_path / "many.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(60):
            z.writestr(f"xl/x{i}.xml", "<a/>")
    with pytest.raises(UnsafeFileError):
        open_table(path)


def test_zip_with_lying_sizes_is_caught_while_reading(tmp_path, settings):
    """A central directory that under-declares sizes: the chunked read still stops it."""
    settings.IMPORT_MAX_COMPRESSION_RATIO = 20
    path = tmp_path / "liar.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<x>" + b"a" * (5 * 1024 * 1024) + b"</x>")
    with pytest.raises(UnsafeFileError):
        open_table(path)


def test_xml_with_entities_is_refused(tmp_path):
    src = _xlsx(tmp_path / "ok.xlsx", ROWS)
    path = tmp_path / "laughs.xlsx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/workbook.xml":
                data = (
                    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                    b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>' + data.split(b"?>", 1)[-1]
                )
            zout.writestr(item, data)
    with pytest.raises(UnsafeFileError):
        open_table(path)


def test_size_and_row_caps(tmp_path, settings):
    path = tmp_path / "big.csv"
    path.write_text("Nama Usaha;NIK\n" + "a;1\n" * 2000)
    settings.IMPORT_MAX_ROWS = 100
    with pytest.raises(UnsafeFileError):
        open_table(path)
    settings.IMPORT_MAX_ROWS = 100_000
    settings.IMPORT_MAX_FILE_BYTES = 1000
    with pytest.raises(UnsafeFileError):
        open_table(path)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", UnreadableFileError),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, UnreadableFileError),  # old .xls
        (b"PK\x03\x04garbage-not-a-zip", UnreadableFileError),
        (b"\x89PNG\r\n\x1a\n" + b"\0\1\2\3" * 500, UnreadableFileError),
    ],
)
def test_unreadable_files(tmp_path, content, error):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    with pytest.raises(error):
        open_table(path)


def test_header_synonyms_normalised():
    assert normalize_header(" No. Telp / WA ") == "notelpwa"
    assert SPEC.match("KABUPATEN/KOTA") == "regency"
    assert SPEC.match("nama  perusahaan") == "name"
    assert SPEC.match("Nama Perusahan") == "name"  # one letter missing
    assert SPEC.match("Keterangan") is None


def test_no_header_is_a_clear_error():
    with pytest.raises(UnreadableFileError):
        locate_header(SPEC, [["a", "b"], ["c", "d"]])


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.250.000", Decimal(1250000)),
        ("1.234,56", Decimal("1234.56")),
        ("Rp 15 jt", Decimal(15000000)),
        ("Rp. 2,5 juta", Decimal(2500000)),
        ("1,5 M", Decimal(1500000000)),
        ("150 rb", Decimal(150000)),
        ("1,234,567", Decimal(1234567)),
        ("1.5", Decimal("1.5")),
        ("Rp 1.000.000,-", Decimal(1000000)),
        (1250000.0, Decimal("1250000.0")),
        ("", None),
        (None, None),
    ],
)
def test_parse_decimal(raw, expected):
    assert parse_decimal(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "12 apel", "1.2.3,4,5", "Rp", True])
def test_parse_decimal_rejects(raw):
    with pytest.raises(ValueProblem):
        parse_decimal(raw)


def test_parse_money_and_int():
    assert parse_money("Rp 15 jt") == 15_000_000
    with pytest.raises(ValueProblem):
        parse_money("-5")
    assert parse_int("12") == 12
    with pytest.raises(ValueProblem):
        parse_int("1,5")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12/12/2022", dt.date(2022, 12, 12)),
        ("1-2-2023", dt.date(2023, 2, 1)),
        ("12 Desember 2022", dt.date(2022, 12, 12)),
        ("3 Agustus 2021", dt.date(2021, 8, 3)),
        ("5 Mei 20", dt.date(2020, 5, 5)),
        ("2022-12-31", dt.date(2022, 12, 31)),
        (44927.0, dt.date(2023, 1, 1)),
        ("44927", dt.date(2023, 1, 1)),
        (dt.datetime(2022, 1, 2, 10, 0), dt.date(2022, 1, 2)),
        ("December 12, 2022", dt.date(2022, 12, 12)),
    ],
)
def test_parse_date(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["31/02/2022", "13 Foo 2022", "kemarin", -5, "2022-13-01", 1e9])
def test_parse_date_rejects_bad_dates(raw):
    with pytest.raises(ValueProblem):
        parse_date(raw)


@given(st.integers(min_value=0, max_value=10**13))
def test_indonesian_thousands_roundtrip(n):
    grouped = f"{n:,}".replace(",", ".")
    assert parse_decimal(grouped) == n
    assert parse_decimal("Rp " + grouped + ",00") == n


@given(st.dates(min_value=dt.date(1901, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_date_formats_roundtrip(d):
    assert parse_date(d.strftime("%d/%m/%Y")) == d
    serial = (d - dt.date(1899, 12, 30)).days
    assert parse_date(float(serial)) == d


@given(st.text(max_size=30))
def test_parsers_never_crash(text):
    for parser in (parse_decimal, parse_date, parse_int):
        with contextlib.suppress(ValueProblem):
            parser(text)


@pytest.mark.parametrize(
    "payload", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
)
def test_report_escapes_formula_injection(tmp_path, payload):
    assert escape_formula(payload).startswith("'")
    outcome = RowOutcome(
        sheet="Data",
        row=2,
        outcome="rejected",
        problems=[("Nama Usaha", payload)],
        values=[payload, 5],
    )
    write_report(tmp_path / "r.xlsx", ["Nama Usaha", "Omzet"], [outcome])
    ws = openpyxl.load_workbook(tmp_path / "r.xlsx").active
    cells = list(ws.iter_rows())[1]
    # xlsx: text cells, never formulas, shown as typed (the apostrophe is for CSV only).
    assert all(c.data_type == "s" for c in cells if isinstance(c.value, str))
    shown = payload.replace("\r", "\n")  # XML reads a carriage return as a line feed
    assert ws.cell(2, 6).value == shown and ws.cell(2, 7).value == 5
    write_report(tmp_path / "r.csv", ["Nama Usaha", "Omzet"], [outcome], fmt="csv")
    text = (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    for line in csv.reader(io.StringIO(text), delimiter=";"):
        assert all(not cell.startswith(("=", "+", "-", "@")) for cell in line)


def test_ods_is_read(tmp_path):
    """An ods made by hand (zip with content.xml) is read through calamine."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="IKM">'
        + "".join(
            "<table:table-row>"
            + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{c}</text:p></table:table-cell>'
                for c in row
            )
            + "</table:table-row>"
            for row in ROWS
        )
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    path = tmp_path / "f.ods"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
            'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>',
        )
    table = open_table(path)
    assert table.kind == "ods" and table.rows[1][1] == "1871014105900001"
