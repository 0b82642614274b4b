"""Safe, model-independent reading and reporting of spreadsheets for bulk imports.

The registry import (`registry.importing`) and the shipments import both use it:

1. ``open_table(path_or_file, sheet=None)`` checks the file (size, zip entry count,
   uncompressed size and ratio, DTDs, and the extent of every sheet's cell grid: columns, rows,
   cells; csv line length) *before* anything is built (`archive.py`), then reads xlsx/xlsm
   (python-calamine), ods or csv (encoding and delimiter detected) into a :class:`Table` of raw
   cell values with 1-based row numbers. Whatever goes wrong is a :class:`TabularError` with a
   message: :class:`UnsafeFileError` / :class:`UnreadableFileError`.
2. ``locate_header(table, spec)`` finds the header row (not necessarily row 1, merged cells
   filled in) and maps columns to the keys of a :class:`ColumnSpec` through normalised
   synonyms; unknown columns are kept in ``HeaderMatch.unknown``.
3. The ``values`` parsers turn Indonesian numbers, money and dates into Python values or raise
   :class:`ValueProblem` with a translatable message.
4. The caller's row handler returns a :class:`RowOutcome` per row; ``write_report`` writes
   them (with the source cells, so the officer can fix and re-upload) as xlsx or csv with
   every text cell escaped against formula injection.
"""

from siapekspor.core.tabular.errors import TabularError, UnreadableFileError, UnsafeFileError
from siapekspor.core.tabular.headers import (
    Column,
    ColumnSpec,
    HeaderMatch,
    locate_header,
    normalize_header,
)
from siapekspor.core.tabular.outcome import Outcome, OutcomeCounts, RowOutcome
from siapekspor.core.tabular.readers import Table, open_table, sha256_of
from siapekspor.core.tabular.report import escape_formula, write_report, xlsx_row
from siapekspor.core.tabular.values import (
    ValueProblem,
    cell_text,
    parse_date,
    parse_decimal,
    parse_int,
    parse_money,
)

__all__ = [
    "Column",
    "ColumnSpec",
    "HeaderMatch",
    "Outcome",
    "OutcomeCounts",
    "RowOutcome",
    "Table",
    "TabularError",
    "UnreadableFileError",
    "UnsafeFileError",
    "ValueProblem",
    "cell_text",
    "escape_formula",
    "locate_header",
    "normalize_header",
    "open_table",
    "parse_date",
    "parse_decimal",
    "parse_int",
    "parse_money",
    "sha256_of",
    "write_report",
    "xlsx_row",
]
