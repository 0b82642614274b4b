"""Checks on zip-based spreadsheets (xlsx, xlsm, ods) before any parser sees them.

One streaming pass over every part of the archive refuses, with nothing materialised:

- too many parts, a declared or an actual uncompressed size over the cap, a compression ratio
  over the cap (the actual size is counted chunk by chunk, so a lying central directory cannot
  slip through), encrypted parts, any XML part that declares a DTD or entities;
- a sheet whose cell grid is too large. calamine builds a *dense* grid of every sheet it
  loads (rows × columns from the first to the last cell), so a 200 KB sheet with one cell in
  column A and one in column XFD on 20,000 rows asks for ten gigabytes. The grid's extent is
  therefore read here, from the sheet XML itself, while it streams past: for xlsx from the
  cell references (a fast byte scan for the standard `<c r="B12"` form, else a streaming
  defusedxml parse), for ods by following the repeat counts of rows and cells (defusedxml).

`inspect_zip` returns the kind of workbook and the extent of each sheet; the readers compare
the extents with the caps (`Limits`) before asking calamine for a sheet.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from typing import IO, Any

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeET
from defusedxml.sax import make_parser
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular.errors import UnreadableFileError, UnsafeFileError

CHUNK = 1 << 20
# In a cell reference `<c r="AB12"`: one to three letters, one to seven digits.
_MAX_REF = (16_384, 1_048_576)  # the largest sheet Excel knows (XFD1048576)
_ODS_MAX_CELL_TEXT = 32_767  # Excel's limit of one cell; ods can repeat spaces beyond it
# What a damaged archive raises while a part is read (names, headers, deflate stream).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


@dataclass(frozen=True)
class Limits:
    """The caps on an uploaded spreadsheet (settings `IMPORT_MAX_*`)."""

    bytes: int
    rows: int
    columns: int
    cells: int
    line: int
    entries: int
    uncompressed: int
    ratio: int

    @classmethod
    def current(cls) -> Limits:
        return cls(
            bytes=settings.IMPORT_MAX_FILE_BYTES,
            rows=settings.IMPORT_MAX_ROWS,
            columns=settings.IMPORT_MAX_COLUMNS,
            cells=settings.IMPORT_MAX_CELLS,
            line=settings.IMPORT_MAX_LINE_LENGTH,
            entries=settings.IMPORT_MAX_ZIP_ENTRIES,
            uncompressed=settings.IMPORT_MAX_UNCOMPRESSED_BYTES,
            ratio=settings.IMPORT_MAX_COMPRESSION_RATIO,
        )


@dataclass
class Extent:
    """How far a sheet's cells reach: its dense grid is `rows × columns`.

    `exact` is False when only an upper bound was needed (and is known).
    """

    rows: int = 0
    columns: int = 0
    exact: bool = True

    @property
    def cells(self) -> int:
        return self.rows * self.columns


@dataclass
class WorkbookInfo:
    kind: str  # "xlsx" | "ods"
    extents: dict[str, Extent] = field(default_factory=dict)  # by sheet name
    largest: Extent = field(default_factory=Extent)  # for a sheet whose part was not mapped

    def extent_of(self, sheet: str) -> Extent:
        return self.extents.get(sheet, self.largest)


def column_letters(index: int) -> str:
    """1 → A, 27 → AA, 16384 → XFD."""
    letters = ""
    while index > 0:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: bytes | str) -> int:
    n = 0
    for ch in letters if isinstance(letters, str) else letters.decode("ascii"):
        n = n * 26 + (ord(ch) - 64)
    return n


def _split_ref(ref: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})", ref.strip().upper())
    if not m:
        return None
    return int(m.group(2)), _column_index(m.group(1))


# ---- xlsx: the fast scan of the standard form -------------------------------------------
#
# The scan keeps a threshold (rows, columns) that no cell seen so far exceeds, and looks for
# what breaks it with one regular expression whose literal prefix `<c` keeps it at memchr
# speed: a cell beyond the threshold's column or row, or a cell element in any form other
# than `<c r="B12"` (attributes in another order, other quotes or spacing, no reference, a
# namespace prefix). The threshold starts from the sheet's `<dimension ref="A1:N95001"/>`
# (which a file can get wrong: it is only a starting point), else from the exact references
# of the first chunk, with rows never below 99,999 (rows grow down the file: a lower
# threshold would match every chunk of a long sheet). A chunk that breaks the threshold is
# read exactly and raises it.
# A plain sheet gives no match after its first chunk. Another XML form means a full
# defusedxml parse instead.

_PREFIXED_CELL = re.compile(rb":c[\s/>]")
_EVERY_REF = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
_DIMENSION = re.compile(rb'<dimension ref="(?:[A-Z]{1,3}[0-9]{1,7}:)?([A-Z]{1,3})([0-9]{1,7})"')
_ROWS_FLOOR = 99_999
_NONSTANDARD = re.compile(rb'<c(?=[\s/>])(?! r="[A-Z]{1,3}[0-9]{1,7}")')


def _digits_above(n: int) -> bytes:
    """A regex for a decimal number (as written in a cell reference) greater than n."""
    text = str(n)
    width = len(text)
    alternatives = [f"[0-9]{{{width + 1},}}"]
    for i, ch in enumerate(text):
        if ch < "9":
            rest = width - i - 1
            tail = f"[0-9]{{{rest}}}" if rest else ""
            alternatives.append(f"{text[:i]}[{chr(ord(ch) + 1)}-9]{tail}")
    return "|".join(alternatives).encode()


def _letters_above(index: int) -> bytes:
    """A regex for column letters after column `index` (0: any letters)."""
    letters = column_letters(index)
    width = len(letters)
    alternatives = [f"[A-Z]{{{width + 1},3}}"] if width < 3 else []
    for i, ch in enumerate(letters):
        if ch < "Z":
            rest = width - i - 1
            tail = f"[A-Z]{{{rest}}}" if rest else ""
            alternatives.append(f"{letters[:i]}[{chr(ord(ch) + 1)}-Z]{tail}")
    return "|".join(alternatives or ["(?!)"]).encode()


def _scanner(rows: int, columns: int) -> re.Pattern[bytes]:
    return re.compile(
        rb"<c(?:"
        rb' r="(?:' + _letters_above(columns) + rb")[0-9]"
        rb'| r="[A-Z]{1,3}(?:' + _digits_above(rows) + rb')"'
        rb'|(?=[\s/>])(?! r="[A-Z]{1,3}[0-9]{1,7}"))'
    )


class _XlsxScan:
    """Feeds on the decompressed chunks of one worksheet part."""

    def __init__(self) -> None:
        self.tail = b""
        self.rows = _ROWS_FLOOR
        self.columns = 0
        self.pattern: re.Pattern[bytes] | None = None
        self.standard = True  # every cell element in the `<c r="B12"` form
        self.any_cell = False

    def feed(self, chunk: bytes) -> None:
        buf = self.tail + chunk
        if self.pattern is None:
            self._start(buf)
        cut = buf.rfind(b"<")
        if cut == -1 or len(buf) - cut > 256:
            body, self.tail = buf, b""
        else:
            body, self.tail = buf[:cut], buf[cut:]
        self._scan(body)

    def _start(self, head: bytes) -> None:
        hint = _DIMENSION.search(head, 0, 64 * 1024)
        if hint:
            self.rows, self.columns = int(hint.group(2)), _column_index(hint.group(1))
        self.pattern = _scanner(self.rows, self.columns)

    def close(self) -> None:
        if self.pattern is None:
            self._start(self.tail)
        self._scan(self.tail)
        self.tail = b""

    def _scan(self, body: bytes) -> None:
        if not self.standard or not body:
            return
        if not self.any_cell and b"<c " in body:
            self.any_cell = True
        if _PREFIXED_CELL.search(body):
            self.standard = False
            return
        found = self.pattern.search(body)
        if found is None:
            return
        if not found.group(0).startswith(b'<c r="') or _NONSTANDARD.search(body):
            self.standard = False
            return
        refs = _EVERY_REF.findall(body)  # beyond the threshold: this chunk, exactly
        self.rows = max([self.rows, *(int(r) for r in {r for _c, r in refs})])
        self.columns = max([self.columns, *(_column_index(c) for c in {c for c, _r in refs})])
        self.pattern = _scanner(self.rows, self.columns)

    def bound(self) -> Extent:
        """No cell is beyond (rows, columns); without a dimension, rows may be the floor."""
        if not self.any_cell:
            return Extent(0, 0)
        return Extent(rows=self.rows, columns=self.columns, exact=False)


class _SharedStrings:
    """calamine keeps every shared string in memory: their number and size are capped (a
    sheet cannot use more strings than it has cells)."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.count = 0
        self.size = 0

    def feed(self, chunk: bytes) -> None:
        self.count += chunk.count(b"<si>") + chunk.count(b"<si ")
        self.size += len(chunk)
        if self.count > self.limits.cells or self.size > self.limits.uncompressed // 4:
            raise UnsafeFileError(
                _("The file was refused: it holds far more texts than its sheets can use.")
            )

    def close(self) -> None:
        pass


def _exact_standard(archive: zipfile.ZipFile, part: str) -> Extent:
    """Every cell reference of a standard-form part, read again (only for wide sheets)."""
    rows = columns = 0
    tail = b""
    with archive.open(part) as fh:
        while chunk := fh.read(CHUNK):
            buf = tail + chunk
            cut = buf.rfind(b"<")
            body, tail = (buf, b"") if cut == -1 else (buf[:cut], buf[cut:])
            found = _EVERY_REF.findall(body)
            if found:
                rows = max([rows, *(int(r) for r in {r for _c, r in found})])
                columns = max([columns, *(_column_index(c) for c in {c for c, _r in found})])
    return Extent(rows, columns)


class _XlsxCells:
    """SAX handler: the extent of any form of worksheet XML (prefixes, attribute order,
    quotes, cells without a reference placed one after the other)."""

    def __init__(self) -> None:
        self.row = 0
        self.column = 0
        self.extent = Extent()

    def start(self, name: str, attrs: Any) -> None:
        local = name.rpartition(":")[2]
        if local == "row":
            r = attrs.get("r")
            r = (r or "").strip()
            self.row = int(r) if r.isascii() and r.isdigit() and len(r) < 10 else self.row + 1
            self.column = 0
        elif local == "c":
            ref = _split_ref(attrs.get("r") or "")
            if ref is None:
                self.column += 1
            else:
                self.row, self.column = ref
            self.extent.rows = max(self.extent.rows, self.row)
            self.extent.columns = max(self.extent.columns, self.column)


def _parse(archive: zipfile.ZipFile, part: str, handler: Any) -> None:
    """Stream one XML part through a defusedxml SAX parser (no DTD, no entities)."""
    from xml.sax import SAXException
    from xml.sax.handler import ContentHandler

    class Adapter(ContentHandler):
        def startElement(self, name, attrs):  # noqa: N802 (SAX API)
            handler.start(name, attrs)

        def endElement(self, name):  # noqa: N802
            end = getattr(handler, "end", None)
            if end:
                end(name)

        def characters(self, content):
            chars = getattr(handler, "characters", None)
            if chars:
                chars(content)

    parser = make_parser()
    parser.forbid_dtd = True
    parser.forbid_entities = True
    parser.forbid_external = True
    parser.setContentHandler(Adapter())
    try:
        with archive.open(part) as fh:
            while chunk := fh.read(CHUNK):
                parser.feed(chunk)
        parser.close()
    except DefusedXmlException as exc:
        raise _dtd_refusal() from exc
    except SAXException as exc:
        raise UnreadableFileError(
            _("The spreadsheet is damaged: a part of it is not valid XML.")
        ) from exc


def _dtd_refusal() -> UnsafeFileError:
    return UnsafeFileError(
        _(
            "The file was refused: it contains XML declarations that spreadsheets never "
            "use (DTD or entities)."
        )
    )


def _read_small(archive: zipfile.ZipFile, name: str, cap: int = 16 * CHUNK) -> bytes:
    """A small part (workbook, relationships) read whole, refused beyond `cap`."""
    out = bytearray()
    with archive.open(name) as fh:
        while chunk := fh.read(CHUNK):
            out += chunk
            if len(out) > cap:
                raise _bomb()
    return bytes(out)


def _xlsx_sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → worksheet part, from the workbook and its relationships (defusedxml)."""
    try:
        workbook = SafeET.fromstring(_read_small(archive, "xl/workbook.xml"))
        rels = SafeET.fromstring(_read_small(archive, "xl/_rels/workbook.xml.rels"))
    except KeyError:
        return {}
    except DefusedXmlException as exc:
        raise _dtd_refusal() from exc
    except SafeET.ParseError as exc:
        raise UnreadableFileError(_("The spreadsheet is damaged and cannot be read.")) from exc
    targets = {}
    for rel in rels:
        target = rel.get("Target") or ""
        path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        targets[rel.get("Id")] = posixpath.normpath(path)
    parts = {}
    for el in workbook.iter():
        if el.tag.rpartition("}")[2] != "sheet":
            continue
        rid = next((v for k, v in el.attrib.items() if k.rpartition("}")[2] == "id"), None)
        if rid in targets and el.get("name") is not None:
            parts[el.get("name")] = targets[rid]
    return parts


# ---- ods: repeat counts ------------------------------------------------------------------


def _attr(attrs: Any, local: str) -> str | None:
    """An attribute by its local name, whatever prefix the file binds to its namespace."""
    for key, value in attrs.items():
        if key.rpartition(":")[2] == local:
            return value
    return None


class _OdsCells:
    """SAX handler: the extent of each table of an ods `content.xml`, following
    `number-rows-repeated` and `number-columns-repeated` as calamine does (trailing empty
    cells and rows, which LibreOffice writes up to column AMJ and row 1,048,576, do not
    count; a repeated cell that holds a value does)."""

    def __init__(self) -> None:
        self.extents: dict[str, Extent] = {}
        self.table: Extent | None = None
        self.row = 0
        self.row_repeat = 1
        self.column = 0
        self.row_width = 0
        self.cell_repeat = 1
        self.cell_filled = False
        self.cell_text = 0

    @staticmethod
    def _count(attrs: Any, local: str) -> int:
        raw = (_attr(attrs, local) or "1").strip()
        return int(raw) if raw.isascii() and raw.isdigit() and len(raw) < 10 else _MAX_REF[1] + 1

    def start(self, name: str, attrs: Any) -> None:
        local = name.rpartition(":")[2]
        if local == "table":
            self.table = self.extents.setdefault(_attr(attrs, "name") or "", Extent())
            self.row = 0
        elif self.table is None:
            return
        elif local == "table-row":
            self.row_repeat = self._count(attrs, "number-rows-repeated")
            self.column = self.row_width = 0
        elif local in ("table-cell", "covered-table-cell"):
            self.cell_repeat = self._count(attrs, "number-columns-repeated")
            self.cell_filled = bool(_attr(attrs, "value-type"))
            self.cell_text = 0
        elif local == "s":  # repeated spaces inside a cell's text
            self.cell_filled = True
            self.cell_text += self._count(attrs, "c")
            self._check_text()

    def characters(self, content: str) -> None:
        if self.table is not None and content.strip():
            self.cell_filled = True
            self.cell_text += len(content)
            self._check_text()

    def _check_text(self) -> None:
        if self.cell_text > _ODS_MAX_CELL_TEXT:
            raise UnsafeFileError(
                _("The file was refused: a cell holds more than %(n)s characters.")
                % {"n": _ODS_MAX_CELL_TEXT}
            )

    def end(self, name: str) -> None:
        local = name.rpartition(":")[2]
        if self.table is None:
            return
        if local in ("table-cell", "covered-table-cell"):
            self.column += self.cell_repeat
            if self.cell_filled:
                self.row_width = self.column
            self.cell_filled = False
        elif local == "table-row":
            self.row += self.row_repeat
            if self.row_width:
                self.table.rows = max(self.table.rows, self.row)
                self.table.columns = max(self.table.columns, self.row_width)
        elif local == "table":
            self.table = None


# ---- the pass over the archive -----------------------------------------------------------


def _bomb() -> UnsafeFileError:
    return UnsafeFileError(
        _("The file was refused: it expands to far more data than its size (a possible zip bomb).")
    )


def _kind_of(names: set[str]) -> str:
    if any(n.endswith(".bin") and n.startswith("xl/") for n in names):
        raise UnreadableFileError(
            _(
                "Binary Excel workbooks (.xlsb) are not accepted: save the file as .xlsx or "
                ".csv and upload it again."
            )
        )
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "content.xml" in names and "mimetype" in names:
        return "ods"
    raise UnreadableFileError(_("The file is a zip archive but not an xlsx or ods spreadsheet."))


def _open_archive(source: str | IO[bytes]) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source)
    except _ZIP_ERRORS as exc:
        raise UnreadableFileError(
            _("The file is damaged: it is not a valid xlsx or ods file.")
        ) from exc


def _check_declared(infos: list[zipfile.ZipInfo], limits: Limits) -> int:
    if len(infos) > limits.entries:
        raise UnsafeFileError(
            _("The file was refused: it contains too many parts (%(n)s).") % {"n": len(infos)}
        )
    declared = sum(i.file_size for i in infos)
    compressed = max(1, sum(i.compress_size for i in infos))
    if declared > limits.uncompressed or declared / compressed > limits.ratio:
        raise _bomb()
    return compressed


def _is_worksheet(name: str, mapped: set[str]) -> bool:
    return name in mapped or (name.startswith("xl/worksheets/") and name.endswith(".xml"))


def inspect_zip(source: str | IO[bytes], limits: Limits | None = None) -> WorkbookInfo:
    """Refuse zip bombs, DTDs and oversized sheets before any parser sees the file."""
    limits = limits or Limits.current()
    with _open_archive(source) as archive:
        try:
            return _inspect(archive, limits)
        except _ZIP_ERRORS as exc:
            raise UnreadableFileError(
                _("The file is damaged: a part of it cannot be decompressed.")
            ) from exc


def _inspect(archive: zipfile.ZipFile, limits: Limits) -> WorkbookInfo:
    infos = archive.infolist()
    info = WorkbookInfo(kind=_kind_of({i.filename for i in infos}))
    compressed = _check_declared(infos, limits)
    if any(i.flag_bits & 0x1 for i in infos):
        raise UnsafeFileError(_("The file was refused: it is encrypted."))
    sheet_parts = _xlsx_sheet_parts(archive) if info.kind == "xlsx" else {}
    mapped = set(sheet_parts.values())
    scans: dict[str, _XlsxScan] = {}
    total = 0
    for item in infos:
        worksheet = info.kind == "xlsx" and _is_worksheet(item.filename, mapped)
        scan: Any = _XlsxScan() if worksheet else None
        if info.kind == "xlsx" and item.filename.lower().endswith("sharedstrings.xml"):
            scan = _SharedStrings(limits)
        total = _stream_part(archive, item, scan, total, compressed, limits)
        if isinstance(scan, _XlsxScan):
            scans[item.filename] = scan
    if info.kind == "xlsx":
        _xlsx_extents(archive, info, scans, sheet_parts, limits)
    else:
        handler = _OdsCells()
        _parse(archive, "content.xml", handler)
        info.extents = handler.extents
        info.largest = _largest(handler.extents.values())
    return info


def _stream_part(
    archive: zipfile.ZipFile,
    item: zipfile.ZipInfo,
    scan: Any,
    total: int,
    compressed: int,
    limits: Limits,
) -> int:
    xml = item.filename.endswith((".xml", ".rels"))
    first = True
    with archive.open(item) as part:
        while chunk := part.read(CHUNK):
            total += len(chunk)
            if total > limits.uncompressed or total / compressed > limits.ratio:
                raise _bomb()
            if first and xml:
                head = chunk[:2048].upper()
                if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                    raise _dtd_refusal()
            first = False
            if scan is not None:
                scan.feed(chunk)
    if scan is not None:
        scan.close()
    return total


def _largest(extents) -> Extent:
    extents = list(extents)
    if not extents:
        return Extent()
    return Extent(
        rows=max(e.rows for e in extents),
        columns=max(e.columns for e in extents),
        exact=all(e.exact for e in extents),
    )


def _xlsx_extents(
    archive: zipfile.ZipFile,
    info: WorkbookInfo,
    scans: dict[str, _XlsxScan],
    sheet_parts: dict[str, str],
    limits: Limits,
) -> None:
    by_part: dict[str, Extent] = {}
    for part, scan in scans.items():
        if not scan.standard:
            handler = _XlsxCells()
            _parse(archive, part, handler)
            by_part[part] = handler.extent
            continue
        extent = scan.bound()
        if not within(extent, limits):  # the floor of 99,999 rows may be far too high
            extent = _exact_standard(archive, part)
        by_part[part] = extent
    for sheet, part in sheet_parts.items():
        if part in by_part:
            info.extents[sheet] = by_part[part]
    info.largest = _largest(by_part.values())


def within(extent: Extent, limits: Limits) -> bool:
    return (
        extent.columns <= limits.columns
        and extent.rows <= limits.rows + 50
        and extent.cells <= limits.cells
    )


def check_extent(sheet: str, extent: Extent, limits: Limits) -> None:
    """Refuse a sheet whose dense grid would exceed the caps, saying what to fix."""
    if extent.columns > limits.columns:
        raise UnsafeFileError(
            _(
                'The sheet "%(sheet)s" is too wide: it has cells up to column %(column)s '
                "(%(n)s columns; at most %(max)s). Delete the empty columns on the right "
                "(or move the data to a new sheet) and upload it again."
            )
            % {
                "sheet": sheet,
                "column": column_letters(extent.columns),
                "n": f"{extent.columns:,}".replace(",", "."),
                "max": limits.columns,
            }
        )
    if extent.rows > limits.rows + 50:
        raise UnsafeFileError(
            _("The sheet has too many rows (%(n)s; at most %(max)s).")
            % {"n": extent.rows, "max": limits.rows}
        )
    if extent.cells > limits.cells:
        raise UnsafeFileError(
            _(
                'The sheet "%(sheet)s" is too large: %(rows)s rows × %(columns)s columns '
                "(at most %(max)s cells). Delete the empty rows and columns around the data "
                "and upload it again."
            )
            % {
                "sheet": sheet,
                "rows": extent.rows,
                "columns": extent.columns,
                "max": f"{limits.cells:,}".replace(",", "."),
            }
        )
