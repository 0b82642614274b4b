"""Shipment import from a spreadsheet, on the shared machinery in `core.tabular` (safe file
opening, header matching, Indonesian number and date parsers, report with formula escaping).

One row per shipment; an indirect shipment with several IKM suppliers repeats its PEB number
on one row per supplier (the shipment columns are read from its first row). The PEB number is
the natural key: a shipment already recorded with the same values is "unchanged", with
different values "updated" (and back to awaiting verification), else "created".

On the page, the request only stores the file (`import_upload`: encrypted, `core.uploads`)
and the worker imports it (`import_run`, task `shipments.tasks.run_shipment_import`); the
command line reads its file in place. Every file error is a refusal with a message.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import IO

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from siapekspor.core import i18n, uploads
from siapekspor.core.audit import audit_record
from siapekspor.core.errors import DomainError, PermissionDeniedError, ValidationFailed
from siapekspor.core.models import ImportStatus
from siapekspor.core.tabular import (
    Column,
    ColumnSpec,
    Outcome,
    OutcomeCounts,
    RowOutcome,
    ValueProblem,
    cell_text,
    locate_header,
    open_table,
    parse_date,
    parse_decimal,
    write_report,
)
from siapekspor.core.tabular.headers import score_rows
from siapekspor.registry.selectors import enterprise_scope
from siapekspor.shipments import access, services
from siapekspor.shipments.models import Shipment, ShipmentImport, ShipmentKind

logger = logging.getLogger(__name__)

SPEC = ColumnSpec(
    [
        Column(
            "peb_number",
            gettext_lazy("PEB number"),
            ("no peb", "nomor peb", "peb", "no aju", "nomor pendaftaran peb"),
            required=True,
        ),
        Column(
            "export_date",
            gettext_lazy("Export date"),
            ("tanggal peb", "tgl ekspor", "tanggal ekspor", "tanggal"),
            required=True,
        ),
        Column("kind", gettext_lazy("Kind"), ("jenis", "jenis ekspor", "langsung/tidak langsung")),
        Column(
            "nib", gettext_lazy("NIB of the exporting IKM"), ("nib", "nib eksportir", "nib ikm")
        ),
        Column("enterprise_id", gettext_lazy("Enterprise ID"), ("id usaha", "id ikm")),
        Column(
            "exporter_name",
            gettext_lazy("Exporter or aggregator"),
            ("eksportir", "agregator", "nama eksportir"),
        ),
        Column(
            "supplier_nib",
            gettext_lazy("NIB of the IKM supplier"),
            ("nib pemasok", "nib ikm pemasok"),
        ),
        Column("share", gettext_lazy("Share (%)"), ("porsi", "porsi %", "persentase", "bagian")),
        Column("hs_code", gettext_lazy("HS code"), ("kode hs", "hs", "pos tarif"), required=True),
        Column(
            "destination",
            gettext_lazy("Destination country"),
            ("negara tujuan", "tujuan", "kode negara"),
            required=True,
        ),
        Column(
            "fob_usd",
            gettext_lazy("FOB value (USD)"),
            ("fob usd", "nilai fob usd", "fob us$", "nilai fob"),
            required=True,
        ),
        Column(
            "fob_idr",
            gettext_lazy("FOB value (Rp)"),
            ("fob rp", "nilai fob rp", "fob idr", "nilai rupiah"),
            required=True,
        ),
        Column("quantity", gettext_lazy("Quantity"), ("jumlah", "volume", "qty"), required=True),
        Column("unit", gettext_lazy("Unit"), ("satuan",), required=True),
        Column("buyer", gettext_lazy("Buyer"), ("pembeli", "importir", "nama pembeli")),
        Column("incoterm", gettext_lazy("Incoterm"), ("cara penyerahan", "incoterms")),
    ]
)

KINDS = {
    "langsung": ShipmentKind.DIRECT,
    "direct": ShipmentKind.DIRECT,
    "tidaklangsung": ShipmentKind.INDIRECT,
    "indirect": ShipmentKind.INDIRECT,
    "tidak langsung": ShipmentKind.INDIRECT,
}


@dataclass
class ImportResult:
    outcomes: list[RowOutcome]
    counts: OutcomeCounts
    headers: list[str]


def _enterprise_by(actor, nib: str, ident: str) -> int | None:
    scope = enterprise_scope(actor)
    if nib:
        return (
            scope.filter(nib=nib.replace(".", "").replace(" ", ""))
            .values_list("pk", flat=True)
            .first()
        )
    if ident.isdigit():
        return scope.filter(pk=int(ident)).values_list("pk", flat=True).first()
    return None


def _same(shipment: Shipment, data: services.ShipmentData) -> bool:
    current = services._snapshot(shipment)
    wanted = {
        "peb_number": data.peb_number,
        "kind": data.kind,
        "enterprise_id": data.enterprise_id,
        "exporter_name": data.exporter_name.strip(),
        "export_date": data.export_date,
        "hs_code_id": data.hs_code,
        "destination": data.destination.upper(),
        "fob_usd": data.fob_usd,
        "fob_idr": data.fob_idr,
        "quantity": data.quantity,
        "unit": data.unit.strip(),
        "buyer": data.buyer.strip(),
        "incoterm": data.incoterm,
    }
    suppliers = sorted(
        (e, Decimal(s)) for e, s in shipment.suppliers.values_list("enterprise_id", "share_percent")
    )
    return all(current[k] == v for k, v in wanted.items()) and suppliers == sorted(data.suppliers)


class _Sheet:
    """The located header of a shipments sheet: cell access by key, labels for messages."""

    def __init__(self, table, match):
        self.table, self.match = table, match
        self.col = match.mapping
        self.label = {k: match.header_of(k) for k in self.col}

    def cell(self, row, key):
        i = self.col.get(key)
        return row[i] if i is not None and i < len(row) else None

    def text(self, row, key) -> str:
        return cell_text(self.cell(row, key))


def import_shipments(
    *, actor, path: str | Path | IO[bytes], file_name: str | None = None
) -> ImportResult:
    """Import a spreadsheet of shipments (`path`: a path or a seekable binary file).
    Raises TabularError for an unusable file, ValidationFailed for missing columns."""
    file_name = file_name or (Path(path).name if isinstance(path, (str, Path)) else "file")
    table = open_table(path, choose=lambda rows: score_rows(SPEC, rows))
    match = locate_header(SPEC, table.rows)
    if match.missing_required:
        raise ValidationFailed(
            _("Columns missing: %(cols)s.")
            % {"cols": ", ".join(str(SPEC.column(k).label) for k in match.missing_required)}
        )
    sheet = _Sheet(table, match)
    groups, outcomes = _group_by_peb(sheet)
    for peb, rows in groups.items():
        data, problems = _shipment_data(actor, sheet, peb, rows, file_name)
        result, target = Outcome.REJECTED, None
        if not problems:
            result, target, problems = _save(actor, sheet, data)
        for n, row in rows:
            outcomes.append(
                RowOutcome(
                    table.sheet,
                    n,
                    result if not problems else Outcome.REJECTED,
                    problems,
                    values=list(row),
                    target_id=target,
                )
            )
    outcomes.sort(key=lambda o: o.row)
    counts = OutcomeCounts.of(outcomes)
    audit_record(
        actor=actor,
        action="shipments.import",
        target_type="shipments.shipment",
        target_id="*",
        label=file_name[:255],
        changes={"counts": counts.line()},
    )
    return ImportResult(outcomes=outcomes, counts=counts, headers=match.headers)


def _group_by_peb(sheet: _Sheet) -> tuple[dict[str, list[tuple[int, list]]], list[RowOutcome]]:
    """Rows by PEB number (an indirect shipment spans one row per supplier); rows without
    a PEB number are rejected at once."""
    groups: dict[str, list[tuple[int, list]]] = {}
    outcomes: list[RowOutcome] = []
    table, start = sheet.table, sheet.match.row
    for number, row in enumerate(table.rows[start:], start=start + 1):
        if not any(cell_text(v) for v in row):
            continue
        peb = sheet.text(row, "peb_number").upper()
        if not peb:
            problem = (sheet.label["peb_number"], _("The PEB number is empty."))
            outcomes.append(
                RowOutcome(table.sheet, number, Outcome.REJECTED, [problem], values=list(row))
            )
            continue
        groups.setdefault(peb, []).append((number, row))
    return groups, outcomes


def _parties(actor, sheet: _Sheet, kind: str, rows, value, problems):
    """The exporting enterprise (direct) or the suppliers and their shares (indirect)."""
    first = rows[0][1]
    not_found = _("The enterprise was not found in your scope.")
    if kind == ShipmentKind.DIRECT:
        enterprise_id = _enterprise_by(
            actor, sheet.text(first, "nib"), sheet.text(first, "enterprise_id")
        )
        if enterprise_id is None:
            label = sheet.label
            problems.append((label.get("nib", label.get("enterprise_id", "")), not_found))
        return enterprise_id, []
    suppliers = []
    for _n, row in rows:
        supplier = _enterprise_by(actor, sheet.text(row, "supplier_nib"), "")
        share = value("share", parse_decimal, row=row)
        if supplier is None:
            problems.append((sheet.label.get("supplier_nib", ""), not_found))
        elif share is not None:
            suppliers.append((supplier, share))
    return None, suppliers


def _shipment_data(actor, sheet: _Sheet, peb: str, rows, file_name: str):
    first = rows[0][1]
    problems: list[tuple[str, str]] = []
    label = sheet.label

    def value(key, parser, row=first):
        try:
            return parser(sheet.cell(row, key))
        except ValueProblem as exc:
            problems.append((label.get(key, key), str(exc)))
            return None

    kind_text = sheet.text(first, "kind").lower()
    kind = KINDS.get(kind_text, KINDS.get(kind_text.replace(" ", "")))
    if kind is None:
        indirect = sheet.text(first, "supplier_nib")
        kind = ShipmentKind.INDIRECT if indirect else ShipmentKind.DIRECT
    enterprise_id, suppliers = _parties(actor, sheet, kind, rows, value, problems)
    data = services.ShipmentData(
        peb_number=peb,
        kind=kind,
        enterprise_id=enterprise_id,
        exporter_name=sheet.text(first, "exporter_name"),
        suppliers=suppliers,
        export_date=value("export_date", parse_date),
        hs_code=sheet.text(first, "hs_code").replace(".", "").replace(" ", ""),
        destination=sheet.text(first, "destination").upper(),
        fob_usd=value("fob_usd", parse_decimal),
        fob_idr=value("fob_idr", parse_decimal),
        quantity=value("quantity", parse_decimal),
        unit=sheet.text(first, "unit"),
        buyer=sheet.text(first, "buyer"),
        incoterm=(sheet.text(first, "incoterm") or "FOB").upper()[:3],
        source=f"import: {file_name}"[:200],
    )
    for key in ("export_date", "fob_usd", "fob_idr", "quantity"):
        if getattr(data, key) is None and not any(p[0] == label.get(key) for p in problems):
            problems.append((label.get(key, key), _("This value is required.")))
    return data, problems


def _save(actor, sheet: _Sheet, data: services.ShipmentData):
    """Record one shipment: (outcome, shipment id, problems from the service)."""
    existing = Shipment.objects.filter(peb_number=data.peb_number).first()
    try:
        with transaction.atomic():
            if existing is not None and _same(existing, data):
                return Outcome.UNCHANGED, existing.pk, []
            saved = services.shipment_save(actor=actor, data=data, shipment=existing)
            return (Outcome.UPDATED if existing else Outcome.CREATED), saved.pk, []
    except DomainError as exc:
        label = sheet.label
        details = exc.details or [(exc.field or "", exc.message)]
        problems = [
            (label.get(f, label.get("supplier_nib" if f == "suppliers" else f, f or "")), str(m))
            for f, m in details
        ]
        return Outcome.REJECTED, None, problems


def write_import_report(result: ImportResult, out, fmt: str = "xlsx") -> None:
    write_report(out, result.headers, result.outcomes, fmt=fmt)


# ---- the page: stored by the request, imported by the worker ---------------------------------


def _referenced() -> set[str]:
    return set(ShipmentImport.objects.exclude(stored_file="").values_list("stored_file", flat=True))


UPLOADS = uploads.register(
    uploads.UploadArea(
        folder="shipments/imports",
        kinds=uploads.SPREADSHEETS,
        max_bytes=lambda: settings.IMPORT_MAX_FILE_BYTES,
        referenced=_referenced,
    )
)


def import_upload(*, actor, uploaded, language: str = "") -> ShipmentImport:
    """Store an uploaded spreadsheet of shipments (encrypted) and queue its import.
    `language` is the page's (`request.LANGUAGE_CODE`): the worker writes the reasons and
    the report in it. Nothing of the file is read in the request. Raises ValidationFailed (size, type)."""
    if not access.can_verify(actor):
        raise PermissionDeniedError()
    stored = uploads.store(uploaded, area=UPLOADS, field="file")
    try:
        with transaction.atomic():
            job = ShipmentImport.objects.create(
                created_by=actor,
                file_name=Path(str(getattr(uploaded, "name", "") or "file")).name[:255],
                file_sha256=stored.sha256,
                file_size=stored.size,
                stored_file=stored.name,
                language=i18n.normalise(language) if language else "",
            )
            transaction.on_commit(lambda: _enqueue(job.pk))
    except BaseException:
        uploads.delete(stored.name, area=UPLOADS)
        raise
    return job


def _enqueue(job_id: int) -> None:
    from siapekspor.shipments.tasks import run_shipment_import

    run_shipment_import.enqueue(job_id)


def import_run(job_id: int) -> str:
    """Worker: import a stored upload, record its counts and problems, delete the file.
    Never leaves the job "running": any failure is recorded with a message."""
    job = ShipmentImport.objects.select_related("created_by").get(pk=job_id)
    if job.status != ImportStatus.QUEUED:
        return job.status
    ShipmentImport.objects.filter(pk=job.pk).update(status=ImportStatus.RUNNING)
    with translation.override(job.report_language()):
        try:
            with uploads.open_plain(job.stored_file, area=UPLOADS) as fh:
                result = import_shipments(actor=job.created_by, path=fh, file_name=job.file_name)
        except DomainError as exc:  # TabularError included: the file itself is refused
            _finish(job, ImportStatus.FAILED, error=str(exc.message))
            return ImportStatus.FAILED
        except Exception:
            logger.exception("shipment import %s failed", job.pk)
            _finish(job, ImportStatus.FAILED, error=_("The import failed; nothing was written."))
            return ImportStatus.FAILED
        problems = [[o.sheet, o.row, str(o.reason)] for o in result.outcomes if o.problems][:500]
    _finish(
        job,
        ImportStatus.COMPLETED,
        created=result.counts.created,
        updated=result.counts.updated,
        unchanged=result.counts.unchanged,
        rejected=result.counts.rejected,
        problems=problems,
    )
    return result.counts.line()


def _finish(job: ShipmentImport, status: str, **fields) -> None:
    uploads.delete(job.stored_file, area=UPLOADS)
    ShipmentImport.objects.filter(pk=job.pk).update(
        status=status, stored_file="", finished_at=timezone.now(), **fields
    )
