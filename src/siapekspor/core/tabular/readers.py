"""Open a spreadsheet safely and read one sheet into raw cell values, with bounded memory.

Every check that protects the server runs *before* anything is materialised:

- the size cap, and type sniffing from the content (never the name);
- for zip-based formats (xlsx, xlsm, ods) `archive.inspect_zip`: entry count, declared and
  actual uncompressed size, compression ratio, DTDs, and the *extent of each sheet's cell
  grid* read from its XML (calamine builds the dense grid, so a sparse sheet reaching column
  XFD would ask for gigabytes): a sheet over the column, row or cell caps is refused with a
  message that says what to fix, before calamine loads it;
- for csv: lines are read one at a time with a length cap (a line over
  `IMPORT_MAX_LINE_LENGTH` characters is refused), and rows, columns and cells are counted
  as they are read.

Every failure is a `TabularError` with a translatable message: callers show it, never a 500.
xlsx and ods are read by python-calamine (Rust, no DTD support); csv is decoded after
detecting its encoding (UTF-8, UTF-8 with BOM, UTF-16, cp1252) and delimiter (`,` `;` tab).
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import hashlib
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular.archive import (
    Limits,
    WorkbookInfo,
    check_extent,
    inspect_zip,
)
from siapekspor.core.tabular.errors import UnreadableFileError, UnsafeFileError

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_CHUNK = 1 << 20
Source = str | Path | IO[bytes]


# The one "sheet" of a csv file: stored as such on an import batch, never shown as a sheet.
CSV_SHEET = "csv"


@dataclass
class Table:
    """The cells of one sheet. `rows[i]` is spreadsheet row `i + 1`; blank rows are kept."""

    sheet: str
    rows: list[list[Any]]
    kind: str  # "xlsx" | "ods" | "csv"
    encoding: str = ""
    delimiter: str = ""
    sheets: list[str] = field(default_factory=list)  # every visible sheet of the workbook
    hidden_sheets: list[str] = field(default_factory=list)


def sha256_of(source: Source) -> str:
    digest = hashlib.sha256()
    with _binary(source) as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


@contextlib.contextmanager
def _binary(source: Source) -> Iterator[IO[bytes]]:
    """A binary file object at offset 0: the path opened (and closed), or the given object."""
    if isinstance(source, (str, Path)):
        try:
            fh = open(source, "rb")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise UnreadableFileError(_("The file cannot be opened.")) from exc
        with fh:
            yield fh
    else:
        source.seek(0)
        yield source


def _size_of(fh: IO[bytes]) -> int:
    fh.seek(0, io.SEEK_END)
    size = fh.tell()
    fh.seek(0)
    return size


def sniff_kind(head: bytes) -> str:
    """ "zip" (xlsx, xlsm or ods: told apart inside), "csv", or a refusal for .xls."""
    if head.startswith(ZIP_MAGIC):
        return "zip"
    if head.startswith(OLE_MAGIC):
        raise UnreadableFileError(
            _(
                "Old Excel files (.xls) are not accepted: save the file as "
                ".xlsx or .csv and upload it again."
            )
        )
    return "csv"


def open_table(source: Source, *, sheet: str | None = None, choose: Any = None) -> Table:
    """Check the file, then read one sheet.

    `source` is a path or a seekable binary file object (a decrypted upload). `sheet` names a
    sheet (hidden sheets are read only when named). Without it, `choose` (a callable
    `rows -> score`) picks the best visible sheet, else the first visible sheet with data is
    used. Raises `TabularError` (with a message for the user) for anything it cannot read.
    """
    limits = Limits.current()
    with _binary(source) as fh:
        size = _size_of(fh)
        if size > limits.bytes:
            raise UnsafeFileError(
                _("The file is too large (%(size)s MB; at most %(limit)s MB).")
                % {"size": round(size / 1e6, 1), "limit": round(limits.bytes / 1e6, 1)}
            )
        if size == 0:
            raise UnreadableFileError(_("The file is empty."))
        if sniff_kind(fh.read(8)) == "csv":
            return _read_csv(fh, limits)
        info = inspect_zip(fh, limits)
        fh.seek(0)
        return _read_workbook(fh, info, sheet, choose, limits)


def _read_workbook(
    fh: IO[bytes], info: WorkbookInfo, sheet: str | None, choose, limits: Limits
) -> Table:
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    if info.kind == "ods":  # calamine reads every table of an ods when it opens the file
        for name, extent in info.extents.items():
            check_extent(name, extent, limits)
    try:
        workbook = CalamineWorkbook.from_filelike(fh)
        meta = workbook.sheets_metadata
    except (CalamineError, OSError, ValueError) as exc:
        raise UnreadableFileError(_("The spreadsheet is damaged and cannot be read.")) from exc
    worksheets = [m for m in meta if m.typ == SheetTypeEnum.WorkSheet]
    visible = [m.name for m in worksheets if m.visible == SheetVisibleEnum.Visible]
    hidden = [m.name for m in worksheets if m.visible != SheetVisibleEnum.Visible]
    candidates = _candidates([m.name for m in worksheets], visible, sheet)

    def load(name: str) -> list[list[Any]]:
        check_extent(name, info.extent_of(name), limits)
        try:
            ws = workbook.get_sheet_by_name(name)
            if ws.total_height > limits.rows + 50:
                raise UnsafeFileError(
                    _("The sheet has too many rows (%(n)s; at most %(max)s).")
                    % {"n": ws.total_height, "max": limits.rows}
                )
            rows = ws.to_python(skip_empty_area=False)
            merged = ws.merged_cell_ranges or []
        except (CalamineError, ValueError, OverflowError) as exc:
            raise UnreadableFileError(_("The spreadsheet is damaged and cannot be read.")) from exc
        _fill_merged(rows, merged, limits)
        return rows

    try:
        best = _best_sheet(candidates, load, choose)
    finally:
        workbook.close()
    if best is None:
        raise UnreadableFileError(_("The spreadsheet contains no data."))
    return Table(sheet=best[1], rows=best[2], kind=info.kind, sheets=visible, hidden_sheets=hidden)


def _candidates(names: list[str], visible: list[str], sheet: str | None) -> list[str]:
    if sheet:
        match = next((n for n in names if n == sheet), None) or next(
            (n for n in names if n.strip().lower() == sheet.strip().lower()), None
        )
        if match is None:
            raise UnreadableFileError(
                _('The sheet "%(sheet)s" is not in the file. Sheets: %(names)s.')
                % {"sheet": sheet, "names": ", ".join(names)}
            )
        return [match]
    if not visible:
        raise UnreadableFileError(_("The spreadsheet has no visible sheet."))
    return visible


def _best_sheet(candidates, load, choose) -> tuple[float, str, list[list[Any]]] | None:
    best: tuple[float, str, list[list[Any]]] | None = None
    for name in candidates:
        rows = load(name)
        if not any(any(c not in ("", None) for c in r) for r in rows):
            continue
        score = choose(rows) if choose else 1.0
        if best is None or score > best[0]:
            best = (score, name, rows)
        if not choose:
            break
    return best


def _fill_merged(rows: list[list[Any]], merged: Sequence, limits: Limits) -> None:
    """Copy a merged range's value into every cell of the range (headers and data).

    The ranges are clipped to the grid; their total area is capped (overlapping ranges
    could otherwise make this loop run for hours on a small file).
    """
    budget = 2 * limits.cells
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows):
            continue
        last_row = min(r1, len(rows) - 1)
        budget -= (last_row - r0 + 1) * max(0, min(c1, len(rows[r0]) - 1) - c0 + 1)
        if budget < 0:
            raise UnsafeFileError(_("The file was refused: it has too many merged cells."))
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, last_row + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if row[c] in ("", None):
                    row[c] = value


def detect_encoding(sample: bytes) -> str:
    """The encoding of csv bytes from their start: BOMs, UTF-16 without BOM, else UTF-8
    (cp1252 is tried when UTF-8 fails while reading)."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if sample and sample.count(0) > len(sample) // 4:
        return "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
    return "utf-8"


def detect_delimiter(lines: Sequence[str]) -> str:
    """`,` `;` or tab: the one that splits the first lines into the most consistent rows."""
    lines = [ln for ln in lines[:50] if ln.strip()]
    best, best_score = ",", (-1, -1)
    for delim in (";", ",", "\t"):
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        except csv.Error:
            continue
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = (counts.count(mode) if mode > 1 else 0, mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _line_too_long(number: int, limits: Limits) -> UnsafeFileError:
    return UnsafeFileError(
        _(
            "Line %(line)s of the csv file is longer than %(max)s characters: this is not a "
            "table of rows and columns. Check that the file is the right one, or save the "
            "sheet again as csv."
        )
        % {"line": number, "max": f"{limits.line:,}".replace(",", ".")}
    )


def _lines(text: IO[str], limits: Limits) -> Iterator[str]:
    """Physical lines, each refused beyond the length cap before more is read."""
    number = 0
    while True:
        line = text.readline(limits.line + 2)  # room for a CRLF
        if not line:
            return
        number += 1
        if len(line.rstrip("\r\n")) > limits.line:
            raise _line_too_long(number, limits)
        yield line


def _read_csv(fh: IO[bytes], limits: Limits) -> Table:
    head = fh.read(4096)
    fh.seek(0)
    bom16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    if b"\x00" in head and not bom16 and head.count(0) <= len(head) // 4:
        raise UnreadableFileError(_("The file is not a spreadsheet or text file."))
    encoding = detect_encoding(head)
    try:
        return _parse_csv(fh, encoding, limits)
    except UnicodeDecodeError:
        if encoding != "utf-8":
            raise UnreadableFileError(_("The csv file cannot be decoded.")) from None
    fh.seek(0)
    return _parse_csv(fh, "cp1252", limits)


def _parse_csv(fh: IO[bytes], encoding: str, limits: Limits) -> Table:
    errors = "strict" if encoding == "utf-8" else "replace"
    text = io.TextIOWrapper(fh, encoding=encoding, errors=errors, newline="")
    try:
        lines = _lines(text, limits)
        first: list[str] = []
        for line in lines:
            first.append(line)
            if len(first) >= 50:
                break
        if first and first[0].startswith("\ufeff"):
            first[0] = first[0][1:]
        delimiter = detect_delimiter(first)
        rows = _csv_rows(_chain(first, lines), delimiter, limits)
    except csv.Error as exc:
        raise UnreadableFileError(
            _("The csv file is malformed: %(error)s") % {"error": exc}
        ) from exc
    finally:
        text.detach()
    return Table(
        sheet=CSV_SHEET,
        rows=rows,
        kind="csv",
        encoding=encoding,
        delimiter=delimiter,
        sheets=[CSV_SHEET],
    )


def _chain(first: list[str], rest: Iterator[str]) -> Iterator[str]:
    yield from first
    yield from rest


def _csv_rows(lines: Iterator[str], delimiter: str, limits: Limits) -> list[list[Any]]:
    rows: list[list[Any]] = []
    cells = 0
    for row in csv.reader(lines, delimiter=delimiter):
        rows.append(row)
        cells += len(row)
        if len(row) > limits.columns:
            raise UnsafeFileError(
                _("Row %(row)s of the csv file has %(n)s columns (at most %(max)s).")
                % {"row": len(rows), "n": len(row), "max": limits.columns}
            )
        if len(rows) > limits.rows + 50:
            raise UnsafeFileError(
                _("The file has too many rows (at most %(max)s).") % {"max": limits.rows}
            )
        if cells > limits.cells:
            raise UnsafeFileError(
                _("The file has too many cells (at most %(max)s).")
                % {"max": f"{limits.cells:,}".replace(",", ".")}
            )
    return rows
