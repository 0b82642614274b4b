"""Import enterprises from a spreadsheet: read, parse, match, then write once.

1. The file is checked and read with bounded memory (`core.tabular`), the header located
   and mapped (or the officer's mapping applied).
2. Every row is parsed by the shared validators (`parse.RowParser`), in memory.
3. Outcomes are decided against an index of the registry's natural keys (`match`).
4. One transaction writes everything (`write.write_import`). A process killed before the
   commit leaves nothing but the batch record in "running"; importing the same file again
   reuses that record and completes it.

`import_file` is what the batch service (`batch.py`: the page's worker task and the command
line) runs; it takes an explicit set of keyword arguments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from siapekspor.core.bulk import paused_gc
from siapekspor.core.errors import ConflictError
from siapekspor.core.tabular import (
    HeaderMatch,
    Outcome,
    OutcomeCounts,
    RowOutcome,
    Table,
    UnreadableFileError,
    locate_header,
    open_table,
    sha256_of,
)
from siapekspor.core.tabular.headers import score_rows
from siapekspor.core.tabular.values import is_blank
from siapekspor.registry import access
from siapekspor.registry.importing.match import KeyIndex, decide
from siapekspor.registry.importing.parse import ParsedRow, ReferenceData, RowParser
from siapekspor.registry.importing.spec import SPEC
from siapekspor.registry.importing.write import Decided, write_import
from siapekspor.registry.models_import import BatchStatus, ImportBatch

HEARTBEAT_ROWS = 5000
Progress = Callable[[str, int], None]


@dataclass
class ImportResult:
    batch: ImportBatch | None
    counts: OutcomeCounts
    outcomes: list[RowOutcome]
    headers: list[str]
    header: HeaderMatch
    sheet: str
    sha256: str
    resumed: bool = False


def import_file(
    *,
    actor,
    path: str | Path | IO[bytes],
    file_name: str | None = None,
    sheet: str | None = None,
    source: str = "",
    dry_run: bool = False,
    all_or_nothing: bool = False,
    batch: ImportBatch | None = None,
    mapping: dict[str, int] | None = None,
    revenue_period: str | None = None,
    default_regency: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import a spreadsheet of enterprises. Raises TabularError for an unusable file.

    `path` is a path or a seekable binary file (a decrypted upload). `batch` is the record
    to complete (the page's worker); without it, the interrupted batch of the same file,
    importer and source is resumed, else a new one is made (none on a `dry_run`).
    `mapping` ({key: column index}) overrides the detected header mapping; `revenue_period`
    ("yearly"/"monthly") says what the revenue column holds (default: from its header).
    `progress(stage,
    rows)` is called as rows are validated ("validating") and written ("writing").
    """
    with paused_gc():  # the cyclic collector cost a quarter of an import
        return _import(
            actor=actor,
            path=path,
            file_name=file_name or (Path(path).name if isinstance(path, (str, Path)) else "file"),
            sheet=sheet,
            source=source,
            dry_run=dry_run,
            all_or_nothing=all_or_nothing,
            batch=batch,
            mapping=mapping,
            revenue_period=revenue_period,
            default_regency=default_regency,
            progress=progress,
        )


def read_sheet(
    path: str | Path | IO[bytes], *, sheet: str | None, mapping: dict[str, int] | None
) -> tuple[Table, HeaderMatch]:
    """The sheet whose header best matches the spec, and its header (or the given mapping)."""
    table = open_table(path, sheet=sheet or None, choose=lambda rows: score_rows(SPEC, rows))
    header = locate_header(SPEC, table.rows)
    if mapping is not None:
        keys = {c.key for c in SPEC.columns}
        header.mapping = {
            k: int(v) for k, v in mapping.items() if k in keys and 0 <= int(v) < len(header.headers)
        }
        used = set(header.mapping.values())
        header.unknown = [(i, h) for i, h in enumerate(header.headers) if h and i not in used]
    return table, header


def data_rows(table: Table, header: HeaderMatch) -> list[tuple[int, list[Any]]]:
    """(row number, cells) of every row below the header with data in a mapped column."""
    columns = sorted(set(header.mapping.values()))

    def has_data(row: list[Any]) -> bool:
        width = len(row)
        return any(c < width and not is_blank(row[c]) for c in columns)

    return [
        (i + 1, row)
        for i, row in enumerate(table.rows[header.row :], start=header.row)
        if has_data(row)
    ]


def _require_columns(header: HeaderMatch, default_regency: str | None) -> None:
    missing = [k for k in ("name",) if k not in header.mapping]
    if "regency" not in header.mapping and "district" not in header.mapping and not default_regency:
        missing.append("regency")
    if missing:
        labels = ", ".join(str(SPEC.column(k).label) for k in missing)
        raise UnreadableFileError(
            _("Required columns are missing: %(columns)s.") % {"columns": labels}
        )


def _import(
    *,
    actor,
    path,
    file_name: str,
    sheet: str | None,
    source: str,
    dry_run: bool,
    all_or_nothing: bool,
    batch: ImportBatch | None,
    mapping: dict[str, int] | None,
    revenue_period: str | None,
    default_regency: str | None,
    progress: Progress | None,
) -> ImportResult:
    sha = sha256_of(path)
    table, header = read_sheet(path, sheet=sheet, mapping=mapping)
    scope = access.regency_lock(actor)
    default_regency = default_regency or scope
    _require_columns(header, default_regency)
    rows = data_rows(table, header)
    table.rows = []  # the data rows are referenced from `rows`; nothing else needs the rest
    resumed = False
    if not dry_run:
        if batch is None:
            batch = _find_resumable(sha, actor, source)
            resumed = batch is not None
        batch = _start(
            batch,
            actor=actor,
            sha=sha,
            size=_size(path),
            file_name=file_name,
            sheet=table.sheet,
            source=source,
            all_or_nothing=all_or_nothing,
            scope=scope,
            header=header,
            rows_total=len(rows),
        )
    parser = RowParser(
        ReferenceData(),
        mapping=header.mapping,
        headers=header.headers,
        scope=scope,
        default_regency=default_regency,
        revenue_period=revenue_period,
    )
    parsed = _parse_all(parser, rows, batch, progress)
    rows = []
    index = KeyIndex(scope)
    decide(index, parsed)
    outcomes = [_outcome(p, table.sheet) for p in parsed]
    result = ImportResult(
        batch=batch,
        counts=OutcomeCounts.of(outcomes),
        outcomes=outcomes,
        headers=header.headers,
        header=header,
        sheet=table.sheet,
        sha256=sha,
        resumed=resumed,
    )
    if not dry_run:
        refuse = all_or_nothing and result.counts.rejected > 0
        _write(actor, index, Decided(batch, table.sheet, parsed, result.counts, refuse), progress)
    return result


def _size(path) -> int:
    if isinstance(path, (str, Path)):
        return Path(path).stat().st_size
    path.seek(0, 2)
    size = path.tell()
    path.seek(0)
    return size


def _parse_all(parser: RowParser, rows, batch: ImportBatch | None, progress) -> list[ParsedRow]:
    parsed: list[ParsedRow] = []
    for n, (number, values) in enumerate(rows, start=1):
        parsed.append(parser.parse(number, values))
        if n % HEARTBEAT_ROWS == 0:
            if progress:
                progress("validating", HEARTBEAT_ROWS)
            if batch is not None:
                ImportBatch.objects.filter(pk=batch.pk).update(
                    rows_done=n, heartbeat_at=timezone.now()
                )
    if progress:
        progress("validating", len(rows) % HEARTBEAT_ROWS)
    return parsed


def _outcome(p: ParsedRow, sheet: str) -> RowOutcome:
    rejected = p.outcome == Outcome.REJECTED
    outcome = RowOutcome(
        sheet=sheet,
        row=p.row,
        outcome=p.outcome,
        problems=list(p.problems),
        values=list(p.values) if rejected else [],
        target_id=p.enterprise_id,
    )
    if not rejected:
        p.values = []  # an accepted row's cells are not needed any more: free them
    return outcome


def _write(actor, index: KeyIndex, decided: Decided, progress) -> None:
    try:
        write_import(actor=actor, index=index, decided=decided, progress=progress)
    except ConflictError:
        raise  # another run finished this batch: its record stays as that run left it
    except Exception as exc:
        ImportBatch.objects.filter(pk=decided.batch.pk).update(
            status=BatchStatus.FAILED, error=str(exc)[:2000]
        )
        raise


def _find_resumable(sha: str, actor, source: str) -> ImportBatch | None:
    return (
        ImportBatch.objects.filter(
            file_sha256=sha,
            created_by=actor if getattr(actor, "pk", None) else None,
            source=source,
            status__in=[BatchStatus.RUNNING, BatchStatus.QUEUED, BatchStatus.FAILED],
        )
        .order_by("-created_at")
        .first()
    )


def _start(
    batch: ImportBatch | None,
    *,
    actor,
    sha: str,
    size: int,
    file_name: str,
    sheet: str,
    source: str,
    all_or_nothing: bool,
    scope: str | None,
    header: HeaderMatch,
    rows_total: int,
) -> ImportBatch:
    """Record the batch as running (committed before the write transaction starts)."""
    if batch is None:
        batch = ImportBatch(
            created_by=actor if getattr(actor, "pk", None) else None, file_sha256=sha
        )
    batch.file_name, batch.file_sha256 = file_name[:255], sha
    batch.file_size, batch.sheet, batch.source = size, sheet, source[:200]
    batch.all_or_nothing, batch.status = all_or_nothing, BatchStatus.RUNNING
    batch.regency_id = scope
    batch.header_row = header.row
    batch.column_mapping = {"headers": header.headers, "mapping": header.mapping}
    batch.unknown_columns = [h for _i, h in header.unknown]
    batch.rows_total, batch.rows_done, batch.error = rows_total, 0, ""
    batch.heartbeat_at = timezone.now()
    with transaction.atomic():
        if (
            batch.pk is not None
            and ImportBatch.objects.select_for_update()
            .filter(pk=batch.pk, status__in=[BatchStatus.COMPLETED, BatchStatus.REFUSED])
            .exists()
        ):
            raise ConflictError(_("This import batch has already been completed by another run."))
        batch.save()
    return batch
