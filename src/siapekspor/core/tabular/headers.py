"""Find the header row and map its columns to a spec through normalised synonyms."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _
from rapidfuzz import fuzz, process

from siapekspor.core.tabular.errors import UnreadableFileError

HEADER_SCAN_ROWS = 30


def normalize_header(text: Any) -> str:
    """Case, accents, spacing and punctuation removed: "No. Telp/WA" → "notelpwa"."""
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", text.lower())


@dataclass(frozen=True)
class Column:
    """A column the importer understands: its key, English label and header synonyms."""

    key: str
    label: Any
    synonyms: tuple[str, ...]
    required: bool = False


@dataclass
class ColumnSpec:
    columns: Sequence[Column]
    _lookup: dict[str, str] = field(init=False, repr=False)

    def __post_init__(self):
        self._lookup = {}
        for col in self.columns:
            for name in (col.key, *col.synonyms):
                self._lookup.setdefault(normalize_header(name), col.key)

    def match(self, header: Any) -> str | None:
        """The key for a header cell (exact after normalising, else a close spelling)."""
        norm = normalize_header(header)
        if not norm:
            return None
        if norm in self._lookup:
            return self._lookup[norm]
        if len(norm) >= 6:
            hit = process.extractOne(norm, list(self._lookup), scorer=fuzz.ratio, score_cutoff=90)
            if hit:
                return self._lookup[hit[0]]
        return None

    def column(self, key: str) -> Column:
        return next(c for c in self.columns if c.key == key)


@dataclass
class HeaderMatch:
    """Where the header is (1-based row) and which column index holds which key."""

    row: int
    headers: list[str]
    mapping: dict[str, int]
    unknown: list[tuple[int, str]]
    missing_required: list[str]

    def header_of(self, key: str) -> str:
        return self.headers[self.mapping[key]]


def _labels(rows: list[list[Any]], r: int) -> list[str]:
    row = rows[r]
    return [str(v).strip() if v not in (None, "") else "" for v in row]


def _match_row(spec: ColumnSpec, rows: list[list[Any]], r: int) -> tuple[dict[str, int], list[str]]:
    labels = _labels(rows, r)
    above = _labels(rows, r - 1) if r > 0 else []
    mapping: dict[str, int] = {}
    headers = list(labels)
    for i, label in enumerate(labels):
        key = spec.match(label)
        if key is None and i < len(above) and above[i]:
            # A merged group header above ("Pemilik" over "Nama", "NIK"): try both together.
            key = spec.match(f"{above[i]} {label}")
            if key is not None:
                headers[i] = f"{above[i]} {label}".strip()
        if key is not None and key not in mapping:
            mapping[key] = i
    return mapping, headers


def score_rows(spec: ColumnSpec, rows: list[list[Any]]) -> float:
    """How well the best header candidate in these rows matches (for choosing a sheet)."""
    best = 0
    for r in range(min(HEADER_SCAN_ROWS, len(rows))):
        best = max(best, len(_match_row(spec, rows, r)[0]))
    return best


def locate_header(spec: ColumnSpec, rows: list[list[Any]]) -> HeaderMatch:
    """The row (among the first 30) whose cells match the most spec columns."""
    best: tuple[int, int, dict[str, int], list[str]] | None = None
    for r in range(min(HEADER_SCAN_ROWS, len(rows))):
        mapping, headers = _match_row(spec, rows, r)
        if mapping and (best is None or len(mapping) > best[0]):
            best = (len(mapping), r, mapping, headers)
    if best is None or best[0] < 2:
        raise UnreadableFileError(
            _(
                "No header row was recognised in the first 30 rows. Put "
                'column names such as "Nama Usaha", "NIK", "Kab/Kota" '
                "above the data."
            )
        )
    _n, r, mapping, headers = best
    used = set(mapping.values())
    unknown = [(i, h) for i, h in enumerate(headers) if h and i not in used]
    missing = [c.key for c in spec.columns if c.required and c.key not in mapping]
    return HeaderMatch(
        row=r + 1, headers=headers, mapping=mapping, unknown=unknown, missing_required=missing
    )
