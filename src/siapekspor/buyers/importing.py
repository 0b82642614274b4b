"""The buyer directory from a spreadsheet, on `core.tabular` (the registry's safe reading:
size, type, zip bombs and the grid checked before anything is built; header synonyms; the
same report of every row with its outcome and reasons, formula-escaped).

The natural key is the company and its country: an existing buyer with the same values is
"unchanged", with other values "updated". Each row is written whole or not at all (its own
savepoint); a rejected row says which column and why. Used by `siapekspor import-buyers`
and by the "Import buyers" page (`import_upload` in the request stores the file encrypted,
`import_run` in the worker, task `buyers.tasks.run_buyer_import`, imports it).
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from django.conf import settings
from django.db import transaction
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from siapekspor.buyers import access, services, validation
from siapekspor.buyers.models import Buyer, BuyerImport, BuyerSource
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
    cell_text,
    locate_header,
    normalize_header,
    open_table,
    write_report,
)
from siapekspor.core.tabular.headers import score_rows
from siapekspor.registry.validation import FieldProblem

if TYPE_CHECKING:
    from siapekspor.accounts.models import User

logger = logging.getLogger(__name__)

SPEC = ColumnSpec(
    [
        Column(
            "company",
            gettext_lazy("Company"),
            ("perusahaan", "nama perusahaan", "importir", "buyer", "pembeli", "company name"),
            required=True,
        ),
        Column(
            "country",
            gettext_lazy("Country"),
            ("negara", "negara asal", "kode negara"),
            required=True,
        ),
        Column(
            "contact_name",
            gettext_lazy("Contact person"),
            ("kontak", "nama kontak", "contact", "narahubung", "pic"),
        ),
        Column("email", gettext_lazy("E-mail"), ("email", "surel", "alamat email", "e mail")),
        Column("phone", gettext_lazy("Phone"), ("telepon", "no telp", "telp", "hp", "whatsapp")),
        Column("source", gettext_lazy("Source"), ("sumber", "sumber data", "asal data")),
        Column(
            "hs_interests",
            gettext_lazy("HS codes of interest"),
            ("kode hs", "hs", "hs code", "hs codes", "minat hs"),
        ),
        Column(
            "products_wanted",
            gettext_lazy("Products wanted"),
            ("produk", "produk diminati", "products", "komoditas", "kebutuhan"),
        ),
        Column("language", gettext_lazy("Language"), ("bahasa",)),
    ]
)

SOURCES = {
    "atase": BuyerSource.ATTACHE,
    "ataseperdagangan": BuyerSource.ATTACHE,
    "attache": BuyerSource.ATTACHE,
    "tradeattache": BuyerSource.ATTACHE,
    "itpc": BuyerSource.ITPC,
    "pameran": BuyerSource.FAIR,
    "fair": BuyerSource.FAIR,
    "tradefair": BuyerSource.FAIR,
    "mitra": BuyerSource.PARTNER,
    "partner": BuyerSource.PARTNER,
}
LANGUAGES = {
    "id": "id",
    "indonesia": "id",
    "en": "en",
    "inggris": "en",
    "english": "en",
    "zh": "zh-hans",
    "zhhans": "zh-hans",
    "mandarin": "zh-hans",
    "tionghoa": "zh-hans",
    "chinese": "zh-hans",
    "ja": "ja",
    "jepang": "ja",
    "japanese": "ja",
    "ar": "ar",
    "arab": "ar",
    "arabic": "ar",
    "fr": "fr",
    "prancis": "fr",
    "perancis": "fr",
    "french": "fr",
}

_VALIDATORS: dict[str, Any] = {
    "company": validation.company,
    "country": validation.country,
    "contact_name": validation.person_name,
    "email": validation.email,
    "phone": validation.phone,
    "hs_interests": validation.hs_interests,
    "products_wanted": lambda raw: " ".join(cell_text(raw).split())[:2000],
}


@dataclass
class BuyerImportResult:
    outcomes: list[RowOutcome]
    counts: OutcomeCounts
    headers: list[str]


def _row_data(
    match_cols: dict[str, int], labels: dict[str, str], row: list[Any], default_source: str
) -> tuple[services.BuyerData | None, list[tuple[str, str]]]:
    problems: list[tuple[str, str]] = []
    clean: dict[str, Any] = {}

    def cell(key: str) -> Any:
        i = match_cols.get(key)
        return row[i] if i is not None and i < len(row) else None

    for key, check in _VALIDATORS.items():
        try:
            clean[key] = check(cell(key))
        except FieldProblem as exc:
            problems.append((labels.get(key, str(SPEC.column(key).label)), str(exc.message)))
    source_text = normalize_header(cell("source"))
    source = SOURCES.get(source_text) if source_text else default_source
    if source is None:
        problems.append(
            (
                labels.get("source", ""),
                _("Unknown source: trade attaché, ITPC, fair or partner."),
            )
        )
    language = LANGUAGES.get(normalize_header(cell("language")), "en")
    if problems:
        return None, problems
    return (
        services.BuyerData(
            company=clean["company"],
            country=clean["country"],
            source=str(source),
            # An empty personal cell keeps what the directory has.
            contact_name=clean["contact_name"] or None,
            email=clean["email"] or None,
            phone=clean["phone"] or None,
            hs_interests=clean["hs_interests"],
            products_wanted=clean["products_wanted"],
            language=language,
        ),
        [],
    )


def _save(actor: User, data: services.BuyerData) -> tuple[str, int | None, list[tuple[str, str]]]:
    existing = Buyer.objects.filter(company__iexact=data.company, country=data.country).first()
    if existing is not None and services.buyer_is_unchanged(existing, data):
        return Outcome.UNCHANGED, existing.pk, []
    try:
        with transaction.atomic():
            saved = services.buyer_save(actor=actor, data=data, buyer=existing)
    except DomainError as exc:
        return Outcome.REJECTED, None, [(exc.field or "", str(exc.message))]
    return (Outcome.UPDATED if existing else Outcome.CREATED), saved.pk, []


def import_buyers(
    *,
    actor: User,
    path: str | Path | IO[bytes],
    file_name: str | None = None,
    default_source: str = "",
) -> BuyerImportResult:
    """Import a spreadsheet of buyers (xlsx, ods or csv). Every row gets an outcome; rejected
    rows say which column and why. `default_source` applies to rows without a source.
    Raises TabularError for an unusable file, ValidationFailed for missing columns,
    PermissionDeniedError."""
    if not access.can_import_buyers(actor):
        raise PermissionDeniedError()
    file_name = file_name or (Path(path).name if isinstance(path, (str, Path)) else "file")
    table = open_table(path, choose=lambda rows: score_rows(SPEC, rows))
    match = locate_header(SPEC, table.rows)
    if match.missing_required:
        raise ValidationFailed(
            _("Columns missing: %(cols)s.")
            % {"cols": ", ".join(str(SPEC.column(k).label) for k in match.missing_required)}
        )
    labels = {k: match.header_of(k) for k in match.mapping}
    outcomes: list[RowOutcome] = []
    seen: dict[tuple[str, str], int] = {}
    for number, row in enumerate(table.rows[match.row :], start=match.row + 1):
        if not any(cell_text(v) for v in row):
            continue
        data, problems = _row_data(match.mapping, labels, row, default_source)
        result, target = Outcome.REJECTED, None
        if data is not None:
            key = (data.company.lower(), data.country)
            if key in seen:
                problems = [
                    (
                        labels["company"],
                        _("Same company and country as row %(row)s.") % {"row": seen[key]},
                    )
                ]
            else:
                seen[key] = number
                result, target, problems = _save(actor, data)
        outcomes.append(
            RowOutcome(
                table.sheet,
                number,
                Outcome.REJECTED if problems else result,
                problems,
                values=list(row),
                target_id=target,
            )
        )
    counts = OutcomeCounts.of(outcomes)
    audit_record(
        actor=actor,
        action="buyers.import",
        target_type="buyers.buyer",
        target_id="*",
        label=file_name[:255],
        changes={"counts": counts.line()},
    )
    return BuyerImportResult(outcomes=outcomes, counts=counts, headers=match.headers)


def write_import_report(result: BuyerImportResult, out: Any, fmt: str = "xlsx") -> None:
    """The report: every row with its outcome and reasons (core.tabular.write_report)."""
    write_report(out, result.headers, result.outcomes, fmt=fmt)


# ---- the page: stored by the request, imported by the worker ---------------------------------
# The shape of `shipments.importing.import_upload/import_run`: the request only stores the
# file (encrypted) and queues the job; the worker reads it, writes the row report (encrypted,
# kept for download) and deletes the upload.


def _referenced_uploads() -> set[str]:
    return set(BuyerImport.objects.exclude(stored_file="").values_list("stored_file", flat=True))


def _referenced_reports() -> set[str]:
    """Reports are kept SIAPEKSPOR_UPLOAD_RETENTION_DAYS (at least a day) after their import:
    older ones are orphans, deleted by the daily upload sweep (`registry.sweep_uploads`)."""
    days = max(settings.UPLOAD_RETENTION_DAYS, 1)
    kept = BuyerImport.objects.exclude(report_file="").filter(
        finished_at__gte=timezone.now() - dt.timedelta(days=days)
    )
    return set(kept.values_list("report_file", flat=True))


def report_available(job: BuyerImport) -> bool:
    """Whether the job's row report is still stored (it goes with the upload retention)."""
    return uploads.path_of(job.report_file, area=REPORTS) is not None


UPLOADS = uploads.register(
    uploads.UploadArea(
        folder="buyers/imports",
        kinds=uploads.SPREADSHEETS,
        max_bytes=lambda: settings.IMPORT_MAX_FILE_BYTES,
        referenced=_referenced_uploads,
    )
)
# The report repeats the cells of every row (contact names, e-mail addresses, phones): it is
# kept encrypted like the upload, for the upload retention. Its cap is generous (reasons are
# added to each row).
REPORTS = uploads.register(
    uploads.UploadArea(
        folder="buyers/import-reports",
        kinds=frozenset({"xlsx"}),
        max_bytes=lambda: 4 * settings.IMPORT_MAX_FILE_BYTES,
        referenced=_referenced_reports,
    )
)


def import_upload(*, actor: User, uploaded: Any, source: str, language: str = "") -> BuyerImport:
    """Store an uploaded spreadsheet of buyers (encrypted) and queue its import; `source`
    applies to rows that name none; `language` is the page's (`request.LANGUAGE_CODE`): the
    worker writes the reasons and the report in it. Nothing of the file is read in the
    request. Raises PermissionDeniedError, ValidationFailed (size, type, source)."""
    if not access.can_import_buyers(actor):
        raise PermissionDeniedError()
    if source not in IMPORT_SOURCES:
        raise ValidationFailed(
            _("Choose the source: trade attaché, ITPC, fair or partner."), field="source"
        )
    stored = uploads.store(uploaded, area=UPLOADS, field="file")
    try:
        with transaction.atomic():
            job = BuyerImport.objects.create(
                created_by=actor,
                source=source,
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


IMPORT_SOURCES = (BuyerSource.ATTACHE, BuyerSource.ITPC, BuyerSource.FAIR, BuyerSource.PARTNER)


def _enqueue(job_id: int) -> None:
    from siapekspor.buyers.tasks import run_buyer_import

    run_buyer_import.enqueue(job_id)


def import_run(job_id: int) -> str:
    """Worker: import a stored upload in one transaction (a failure writes nothing, and a
    task run again after a lost worker starts over), keep the row report, record the counts
    and delete the upload. Never leaves the job "running": a failure is recorded with a
    message in the language of the upload's page (`UploadedImport.report_language`)."""
    job = BuyerImport.objects.select_related("created_by").filter(pk=job_id).first()
    if job is None or job.status not in (ImportStatus.QUEUED, ImportStatus.RUNNING):
        return job.status if job is not None else "missing"
    if not job.stored_file:
        _finish(job, ImportStatus.FAILED, error=_("The uploaded file is no longer there."))
        return ImportStatus.FAILED
    BuyerImport.objects.filter(pk=job.pk).update(status=ImportStatus.RUNNING)
    with translation.override(job.report_language()):
        try:
            if job.created_by is None:
                raise PermissionDeniedError()
            with transaction.atomic():
                with uploads.open_plain(job.stored_file, area=UPLOADS) as fh:
                    result = import_buyers(
                        actor=job.created_by,
                        path=fh,
                        file_name=job.file_name,
                        default_source=job.source,
                    )
                report = _store_report(result)
                problems = [[o.sheet, o.row, str(o.reason)] for o in result.outcomes if o.problems]
                _finish(
                    job,
                    ImportStatus.COMPLETED,
                    report_file=report,
                    created=result.counts.created,
                    updated=result.counts.updated,
                    unchanged=result.counts.unchanged,
                    rejected=result.counts.rejected,
                    problems=problems[:500],
                )
        except DomainError as exc:  # TabularError included: the file itself is refused
            _finish(job, ImportStatus.FAILED, error=str(exc.message))
            return ImportStatus.FAILED
        except Exception:
            logger.exception("buyer import %s failed", job.pk)
            _finish(job, ImportStatus.FAILED, error=_("The import failed; nothing was written."))
            return ImportStatus.FAILED
    return result.counts.line()


def _store_report(result: BuyerImportResult) -> str:
    from django.core.files.base import ContentFile

    buffer = io.BytesIO()
    write_import_report(result, buffer, fmt="xlsx")
    return uploads.store(ContentFile(buffer.getvalue(), name="report.xlsx"), area=REPORTS).name


def _finish(job: BuyerImport, status: str, **fields: Any) -> None:
    uploads.delete(job.stored_file, area=UPLOADS)
    BuyerImport.objects.filter(pk=job.pk).update(
        status=status, stored_file="", finished_at=timezone.now(), **fields
    )


def report_response(*, actor: User, job: BuyerImport) -> Any:
    """The kept row report of an import as a download (the caller found the job through
    `access.get_buyer_import_for_user`); the download is audited: it holds contact data."""
    if not job.report_file:
        raise Http404
    audit_record(
        actor=actor,
        action="buyers.import_report",
        target_type="buyers.buyerimport",
        target_id=str(job.pk),
        label=job.file_name[:255],
    )
    stem = Path(job.file_name).stem or "buyers"
    return uploads.file_response(
        job.report_file,
        area=REPORTS,
        permitted=access.can_import_buyers(actor),
        download_name=f"{stem}-report.xlsx",
        mime=uploads.KINDS["xlsx"].mime,
    )
