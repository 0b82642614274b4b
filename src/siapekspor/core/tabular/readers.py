"""Open a spreadsheet safely and read one sheet into raw cell values.

Every check that protects the server runs *before* the file is parsed: size cap, then for
zip-based formats (xlsx, xlsm, ods) the entry count, the declared and the actual uncompressed
size (read in chunks, so a lying central directory cannot slip through) and the compression
ratio, and a refusal of any XML part that declares a DTD (no entity expansion can happen).
xlsx and ods are read by python-calamine (Rust, no DTD support); csv is decoded after
detecting its encoding (UTF-8, UTF-8 with BOM, UTF-16, cp1252) and delimiter (`,` `;` tab).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular.errors import UnreadableFileError, UnsafeFileError

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
_CHUNK = 1 << 20


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


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _limits() -> dict[str, int]:
    return {
        "bytes": settings.IMPORT_MAX_FILE_BYTES,
        "rows": settings.IMPORT_MAX_ROWS,
        "entries": settings.IMPORT_MAX_ZIP_ENTRIES,
        "uncompressed": settings.IMPORT_MAX_UNCOMPRESSED_BYTES,
        "ratio": settings.IMPORT_MAX_COMPRESSION_RATIO,
    }


def check_zip(path: str | Path) -> str:
    """Refuse zip bombs and DTDs before any parser sees the file. Returns "xlsx" or "ods"."""
    limits = _limits()
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise UnreadableFileError(
            _("The file is damaged: it is not a valid xlsx or ods file.")
        ) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits["entries"]:
            raise UnsafeFileError(
                _("The file was refused: it contains too many parts (%(n)s).") % {"n": len(infos)}
            )
        names = {i.filename for i in infos}
        if "xl/workbook.xml" in names:
            kind = "xlsx"
        elif "content.xml" in names and "mimetype" in names:
            kind = "ods"
        else:
            raise UnreadableFileError(
                _("The file is a zip archive but not an xlsx or ods spreadsheet.")
            )
        declared = sum(i.file_size for i in infos)
        compressed = max(1, sum(i.compress_size for i in infos))
        if declared > limits["uncompressed"] or declared / compressed > limits["ratio"]:
            raise UnsafeFileError(
                _(
                    "The file was refused: it expands to far more data than its "
                    "size (a possible zip bomb)."
                )
            )
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise UnsafeFileError(_("The file was refused: it is encrypted."))
            try:
                with archive.open(info) as part:
                    first = True
                    while chunk := part.read(_CHUNK):
                        total += len(chunk)
                        if total > limits["uncompressed"] or total / compressed > limits["ratio"]:
                            raise UnsafeFileError(
                                _(
                                    "The file was refused: it expands to far more data than its "
                                    "size (a possible zip bomb)."
                                )
                            )
                        if first and info.filename.endswith((".xml", ".rels")):
                            head = chunk[:2048].upper()
                            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                                raise UnsafeFileError(
                                    _(
                                        "The file was refused: it contains XML declarations that "
                                        "spreadsheets never use (DTD or entities)."
                                    )
                                )
                        first = False
            except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:
                raise UnreadableFileError(
                    _("The file is damaged: a part of it cannot be decompressed.")
                ) from exc
    return kind


def check_file(path: str | Path) -> str:
    """Size cap and type sniffing from content. Returns "xlsx", "ods" or "csv"."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise UnreadableFileError(_("The file cannot be opened.")) from exc
    limit = _limits()["bytes"]
    if size > limit:
        raise UnsafeFileError(
            _("The file is too large (%(size)s MB; at most %(limit)s MB).")
            % {"size": round(size / 1e6, 1), "limit": round(limit / 1e6, 1)}
        )
    if size == 0:
        raise UnreadableFileError(_("The file is empty."))
    if head.startswith(ZIP_MAGIC):
        return check_zip(path)
    if head.startswith(OLE_MAGIC):
        raise UnreadableFileError(
            _(
                "Old Excel files (.xls) are not accepted: save the file as "
                ".xlsx or .csv and upload it again."
            )
        )
    return "csv"


def open_table(path: str | Path, *, sheet: str | None = None, choose: Any = None) -> Table:
    """Check the file, then read one sheet.

    `sheet` names a sheet (hidden sheets are read only when named). Without it, `choose`
    (a callable `rows -> score`) picks the best visible sheet, else the first visible sheet
    with data is used.
    """
    kind = check_file(path)
    if kind == "csv":
        return _read_csv(Path(path))
    return _read_workbook(Path(path), kind, sheet, choose)


def _read_workbook(path: Path, kind: str, sheet: str | None, choose) -> Table:
    from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

    max_rows = _limits()["rows"]
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        meta = workbook.sheets_metadata
    except (CalamineError, OSError, ValueError) as exc:
        raise UnreadableFileError(_("The spreadsheet is damaged and cannot be read.")) from exc
    worksheets = [m for m in meta if m.typ == SheetTypeEnum.WorkSheet]
    visible = [m.name for m in worksheets if m.visible == SheetVisibleEnum.Visible]
    hidden = [m.name for m in worksheets if m.visible != SheetVisibleEnum.Visible]
    if sheet:
        names = [m.name for m in worksheets]
        match = next((n for n in names if n == sheet), None) or next(
            (n for n in names if n.strip().lower() == sheet.strip().lower()), None
        )
        if match is None:
            raise UnreadableFileError(
                _('The sheet "%(sheet)s" is not in the file. Sheets: %(names)s.')
                % {"sheet": sheet, "names": ", ".join(names)}
            )
        candidates = [match]
    else:
        candidates = visible
    if not candidates:
        raise UnreadableFileError(_("The spreadsheet has no visible sheet."))

    def load(name: str) -> list[list[Any]]:
        try:
            ws = workbook.get_sheet_by_name(name)
            if ws.total_height > max_rows + 50:
                raise UnsafeFileError(
                    _("The sheet has too many rows (%(n)s; at most %(max)s).")
                    % {"n": ws.total_height, "max": max_rows}
                )
            rows = ws.to_python(skip_empty_area=False)
            merged = ws.merged_cell_ranges or []
        except CalamineError as exc:
            raise UnreadableFileError(_("The spreadsheet is damaged and cannot be read.")) from exc
        _fill_merged(rows, merged)
        return rows

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
    workbook.close()
    if best is None:
        raise UnreadableFileError(_("The spreadsheet contains no data."))
    return Table(sheet=best[1], rows=best[2], kind=kind, sheets=visible, hidden_sheets=hidden)


def _fill_merged(rows: list[list[Any]], merged: Sequence) -> None:
    """Copy a merged range's value into every cell of the range (headers and data)."""
    for (r0, c0), (r1, c1) in merged:
        if r0 >= len(rows):
            continue
        value = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            for c in range(c0, min(c1, len(row) - 1) + 1):
                if row[c] in ("", None):
                    row[c] = value


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode csv bytes: BOMs first, then UTF-16 without BOM, UTF-8, else cp1252."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    sample = data[:4096]
    if sample and sample.count(0) > len(sample) // 4:
        le = sample[1::2].count(0) > sample[0::2].count(0)
        enc = "utf-16-le" if le else "utf-16-be"
        return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def detect_delimiter(text: str) -> str:
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    best, best_score = ",", (-1, -1)
    for delim in (";", ",", "\t"):
        counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        if not counts:
            continue
        mode = max(set(counts), key=counts.count)
        score = (counts.count(mode) if mode > 1 else 0, mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if (
        b"\x00" in data[:4096]
        and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        and data[:4096].count(0) <= len(data[:4096]) // 4
    ):
        raise UnreadableFileError(_("The file is not a spreadsheet or text file."))
    text, encoding = decode_text(data)
    delimiter = detect_delimiter(text)
    max_rows = _limits()["rows"]
    rows: list[list[Any]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > max_rows + 50:
                raise UnsafeFileError(
                    _("The file has too many rows (at most %(max)s).") % {"max": max_rows}
                )
    except csv.Error as exc:
        raise UnreadableFileError(
            _("The csv file is malformed: %(error)s") % {"error": exc}
        ) from exc
    return Table(
        sheet="csv", rows=rows, kind="csv", encoding=encoding, delimiter=delimiter, sheets=["csv"]
    )
