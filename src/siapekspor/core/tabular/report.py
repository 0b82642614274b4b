"""The import report: every row with its outcome and reasons, safe to open in Excel."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from typing import Any

from django.utils import translation
from django.utils.translation import gettext as _

from siapekspor.core.tabular.outcome import Outcome, RowOutcome, join_reasons

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def escape_formula(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe.

    Control characters that xlsx cannot hold are removed as well.
    """
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        if value.startswith(FORMULA_START):
            return "'" + value
    return value


def xlsx_row(ws: Any, row: Iterable[Any]) -> list[Any]:
    """A row for a write-only xlsx sheet, safe to open in Excel: numbers stay numbers, every
    other value is written as a text cell (`data_type` "s"), so `=…`, `+81…` or `-2+3` show
    as typed and never run, without the apostrophe CSV needs (`escape_formula`)."""
    from openpyxl.cell import WriteOnlyCell

    cells: list[Any] = []
    for v in row:
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            cells.append(v)
            continue
        cell = WriteOnlyCell(ws, value=_ILLEGAL.sub("", str(v)))
        cell.data_type = "s"  # openpyxl would make "=…" a formula
        cells.append(cell)
    return cells


def report_rows(headers: Sequence[str], outcomes: Iterable[RowOutcome]) -> Iterable[list[Any]]:
    yield [_("Sheet"), _("Row"), _("Outcome"), _("Column"), _("Reason"), *headers]
    labels = dict(Outcome.choices)
    for o in outcomes:
        columns = "; ".join(str(c) for c, _m in o.problems if c)
        reasons = join_reasons(m for _c, m in o.problems)
        values = ["" if v is None else v for v in o.values]
        yield [o.sheet, o.row, str(labels.get(o.outcome, o.outcome)), columns, reasons, *values]


def write_report(
    out, headers: Sequence[str], outcomes: Iterable[RowOutcome], *, fmt: str = "xlsx"
) -> None:
    """Write to a path or binary file object as "xlsx" or "csv" (UTF-8 with BOM, `;`), in the
    active language (an xlsx sheet reads right to left in Arabic). CSV cells that a spreadsheet
    would run get an apostrophe (`escape_formula`); xlsx cells are text cells (`xlsx_row`)."""
    rows = report_rows([str(h) for h in headers], outcomes)
    if fmt == "csv":
        text = io.StringIO(newline="")
        writer = csv.writer(text, delimiter=";")
        for row in rows:
            writer.writerow(
                [escape_formula(v if isinstance(v, (int, float)) else str(v)) for v in row]
            )
        data = ("\ufeff" + text.getvalue()).encode("utf-8")
        if hasattr(out, "write"):
            out.write(data)
        else:
            with open(out, "wb") as fh:
                fh.write(data)
        return
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_("Report"))
    ws.sheet_view.rightToLeft = translation.get_language_bidi()  # Arabic reads from the right
    for row in rows:
        ws.append(xlsx_row(ws, row))
    wb.save(out)
