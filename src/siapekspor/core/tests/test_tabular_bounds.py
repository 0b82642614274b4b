"""Hostile spreadsheets: every one is refused with a message, in bounded time and memory.

The named cases of issue 10 (a sparse sheet reaching column XFD, a csv line over 128 KB)
and a property-based fuzz test: whatever bytes arrive, `open_table` returns rows or raises
a `TabularError` with a message, never anything else.
"""

from __future__ import annotations

import hashlib
import io
import zipfile

import openpyxl
import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siapekspor.core.tabular import TabularError, UnsafeFileError, open_table
from siapekspor.core.tabular.archive import column_letters

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="'
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/'
    'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats'
    '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/></Relationships>'
)

MANIFEST = (
    '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:'
    'opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" '
    'manifest:media-type="text/xml"/></manifest:manifest>'
)


def raw_xlsx(rows_xml: str, dimension: str = "") -> bytes:
    """An xlsx whose only sheet has exactly the given `<row>` elements."""
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats'
        f'.org/spreadsheetml/2006/main">{dim}<sheetData>{rows_xml}</sheetData></worksheet>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return buffer.getvalue()


def sparse_wide_xlsx(rows: int = 20_000, cell: str = '<c r="XFD{n}"><v>{n}</v></c>') -> bytes:
    """The sheet of issue 10: one cell in column A and one in column XFD on every row."""
    return raw_xlsx(
        "".join(
            f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>Usaha {n}</t></is></c>'
            + cell.format(n=n)
            + "</row>"
            for n in range(1, rows + 1)
        )
    )


def ods(table_xml: str) -> bytes:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="IKM">'
        f"{table_xml}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", MANIFEST)
    return buffer.getvalue()


def _refusal(content: bytes) -> str:
    with translation.override("id"), pytest.raises(TabularError) as caught:
        open_table(io.BytesIO(content))
    return str(caught.value.message)


def test_sparse_wide_xlsx_is_refused_before_calamine_builds_the_grid():
    """20,000 rows, one cell in A and one in XFD: ~200 KB that calamine would make 10 GB."""
    content = sparse_wide_xlsx()
    assert len(content) < 400_000
    message = _refusal(content)
    assert "XFD" in message and "16.384" in message and "Data" in message


def test_a_dimension_that_lies_does_not_hide_the_extent():
    """The sheet says A1:B2000; its cells reach XFD, and further down a cell in another form."""
    rows = "".join(
        f'<row r="{n}"><c r="A{n}"><v>1</v></c><c r="XFD{n}"><v>2</v></c></row>'
        for n in range(1, 2001)
    )
    assert "XFD" in _refusal(raw_xlsx(rows, dimension="A1:B2000"))
    sneaky = (
        '<row r="1"><c r="A1"><v>1</v></c></row>' + "<row>" + "<c><v>1</v></c>" * 600 + "</row>"
    )
    assert column_letters(600) in _refusal(raw_xlsx(sneaky, dimension="A1:A2"))


def test_an_honest_dimension_is_read_exactly(settings):
    settings.IMPORT_MAX_CELLS = 200
    rows = "".join(f'<row r="{n}"><c r="J{n}"><v>{n}</v></c></row>' for n in range(1, 21))
    table = open_table(io.BytesIO(raw_xlsx(rows, dimension="A1:J20")))
    assert len(table.rows) == 20 and table.rows[19][9] == 20
    assert "21" in _refusal(raw_xlsx(rows + '<row r="21"><c r="J21"><v>1</v></c></row>', "A1:J20"))


def test_sparse_wide_xlsx_in_any_xml_form_is_refused():
    """Attributes in another order, single quotes: the fast scan gives way to a full parse."""
    for cell in ('<c t="n" r="XFD{n}"><v>1</v></c>', "<c r='XFD{n}'><v>1</v></c>"):
        assert "XFD" in _refusal(sparse_wide_xlsx(2_000, cell))


def test_cells_without_references_count_one_after_the_other():
    row = "<row>" + "<c><v>1</v></c>" * 600 + "</row>"
    assert column_letters(600) in _refusal(raw_xlsx(row * 3))


def test_sparse_tall_and_wide_xlsx_is_refused(settings):
    """Two cells, A1 and KZ150000: tiny in the file, 47 million cells in memory."""
    content = raw_xlsx(
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="150000"><c r="KZ150000"><v>2</v></c></row>'
    )
    message = _refusal(content)
    assert "150000" in message and "312" in message


def test_sheet_with_too_many_rows_is_refused_from_its_xml():
    content = raw_xlsx(
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="1000000"><c r="A1000000"><v>2</v></c></row>'
    )
    assert "1000000" in _refusal(content)


def test_ordinary_wide_sheet_is_read_exactly(settings):
    settings.IMPORT_MAX_CELLS = 2_000
    wb = openpyxl.Workbook()
    for n in range(40):
        wb.active.append([f"r{n}c{c}" for c in range(40)])  # 1,600 cells, columns A–AN
    buffer = io.BytesIO()
    wb.save(buffer)
    table = open_table(io.BytesIO(buffer.getvalue()))
    assert len(table.rows) == 40 and table.rows[39][39] == "r39c39"
    settings.IMPORT_MAX_CELLS = 1_500
    assert "1.500" in _refusal(buffer.getvalue())


def test_shared_strings_beyond_what_the_sheets_can_use_are_refused(settings):
    settings.IMPORT_MAX_CELLS = 1_000
    source = zipfile.ZipFile(io.BytesIO(raw_xlsx('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for item in source.infolist():
            z.writestr(item.filename, source.read(item))
        strings = "".join(
            f"<si><t>{hashlib.sha256(bytes(n)).hexdigest()}</t></si>" for n in range(1_500)
        )
        z.writestr("xl/sharedStrings.xml", f"<sst>{strings}</sst>")
    assert _refusal(buffer.getvalue())


def test_ods_with_a_repeated_cell_across_every_column_is_refused():
    rows = "".join(
        "<table:table-row>"
        '<table:table-cell office:value-type="string" table:number-columns-repeated="16000">'
        f"<text:p>{hashlib.sha256(bytes(n)).hexdigest()}</text:p></table:table-cell>"
        "</table:table-row>"
        for n in range(2_000)
    )
    assert "16.000" in _refusal(ods(rows))


def test_ods_trailing_empty_cells_and_rows_are_fine():
    """LibreOffice writes empty cells up to column AMJ and rows up to 1,048,576."""
    rows = "".join(
        "<table:table-row>"
        f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
        '<table:table-cell table:number-columns-repeated="1023"/></table:table-row>'
        for v in ("Nama Usaha", "Keripik")
    )
    rows += (
        '<table:table-row table:number-rows-repeated="1048574">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    table = open_table(io.BytesIO(ods(rows)))
    assert [r[0] for r in table.rows] == ["Nama Usaha", "Keripik"]


def test_ods_cell_of_repeated_spaces_is_refused():
    row = (
        '<table:table-row><table:table-cell office:value-type="string"><text:p>a'
        '<text:s text:c="100000000"/></text:p></table:table-cell></table:table-row>'
    )
    assert _refusal(ods(row))


def test_csv_line_over_128_kb_is_a_clear_refusal():
    content = b"Nama Usaha;NIK\n" + b"A" * (130 * 1024) + b";1\n"
    message = _refusal(content)
    assert "2" in message and "131.072" in message


def test_csv_line_over_128_kb_on_the_first_line_too():
    assert "131.072" in _refusal(b"x" * (200 * 1024))


def test_csv_with_too_many_columns_is_refused():
    assert "501" in _refusal(b"Nama Usaha" + b";" * 500 + b"\nA;1\n")


def test_overlapping_merged_ranges_are_capped(settings):
    settings.IMPORT_MAX_CELLS = 1_000
    wb = openpyxl.Workbook()
    ws = wb.active
    for n in range(30):
        ws.append([f"v{n}-{c}" for c in range(30)])
    for n in range(2, 30):
        ws.merge_cells(start_row=1, start_column=1, end_row=n, end_column=n)
    buffer = io.BytesIO()
    wb.save(buffer)
    with pytest.raises(UnsafeFileError):
        open_table(io.BytesIO(buffer.getvalue()))


# ---- fuzz ----------------------------------------------------------------------------------


def _ok_or_refused(content: bytes) -> None:
    try:
        table = open_table(io.BytesIO(content))
    except TabularError as exc:
        assert str(exc.message).strip()
    else:
        assert isinstance(table.rows, list)


def _valid_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nama Usaha", "NIK", "Kab/Kota"])
    ws.append(["Keripik", "1871014105900001", "Bandar Lampung"])
    ws.merge_cells("A3:C3")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


VALID_XLSX = _valid_xlsx()
VALID_ODS = ods(
    '<table:table-row><table:table-cell office:value-type="string"><text:p>Nama</text:p>'
    '</table:table-cell><table:table-cell office:value-type="float" office:value="3">'
    "<text:p>3</text:p></table:table-cell></table:table-row>"
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.binary(max_size=4096))
def test_fuzz_random_bytes(content):
    _ok_or_refused(content)


@FUZZ
@given(
    st.lists(
        st.lists(st.text(max_size=40), max_size=12),
        max_size=30,
    ),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
)
def test_fuzz_random_csv(rows, delimiter, encoding):
    text = "\n".join(delimiter.join(cells) for cells in rows)
    _ok_or_refused(text.encode(encoding, errors="replace"))


@FUZZ
@given(
    st.sampled_from([VALID_XLSX, VALID_ODS]),
    st.lists(st.tuples(st.integers(min_value=0), st.integers(0, 255)), max_size=8),
    st.integers(min_value=0),
)
def test_fuzz_damaged_xlsx_and_ods(original, flips, cut):
    content = bytearray(original)
    for position, value in flips:
        content[position % len(content)] = value
    if cut % 3 == 0:
        content = content[: cut % len(content)]
    _ok_or_refused(bytes(content))


@FUZZ
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml",
                "xl/sharedStrings.xml",
                "content.xml",
                "mimetype",
                "[Content_Types].xml",
            ]
        ),
        st.one_of(
            st.binary(max_size=300),
            st.sampled_from(
                [
                    WORKBOOK.encode(),
                    WORKBOOK_RELS.encode(),
                    b'<worksheet><sheetData><row r="1"><c r="B2"><v>1</v></c></row>'
                    b"</sheetData></worksheet>",
                    b"<sst><si><t>x</t></si></sst>",
                    b"application/vnd.oasis.opendocument.spreadsheet",
                    b"<office:document-content/>",
                ]
            ),
        ),
        min_size=1,
    )
)
def test_fuzz_zip_of_random_parts(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    _ok_or_refused(buffer.getvalue())
