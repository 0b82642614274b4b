"""Export of the registry (filtered) to xlsx or csv; masked unless revealed with a reason."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.crypto import mask_name, mask_nik, mask_phone, unseal
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.tabular import escape_formula
from siapekspor.registry import access, selectors
from siapekspor.registry.models import Product
from siapekspor.registry.services import search_term_key

# Indonesian headers, the same the import recognises: an export can be re-imported.
EXPORT_HEADERS = [
    "NIB",
    "Nama Usaha",
    "Bentuk Usaha",
    "Nama Pemilik",
    "NIK",
    "No HP",
    "Alamat",
    "Kab/Kota",
    "Kecamatan",
    "KBLI",
    "Produk",
    "Kode HS",
    "Tenaga Kerja",
    "Omzet",
    "Aktif",
]


@dataclass
class ExportResult:
    content: bytes
    rows: int
    content_type: str
    extension: str


def _rows(queryset, reveal: bool) -> Iterator[list]:
    products: dict[int, tuple[str, str]] = {}
    ids = list(queryset.values_list("pk", flat=True))
    for start in range(0, len(ids), 5000):
        for eid, name, hs in (
            Product.objects.filter(enterprise_id__in=ids[start : start + 5000])
            .order_by("enterprise_id", "id")
            .values_list("enterprise_id", "name", "hs_code_id")
        ):
            products.setdefault(eid, (name, hs or ""))
    qs = queryset.select_related("regency", "district").order_by("pk")
    for e in qs.iterator(chunk_size=5000):
        owner, nik, phone = (
            unseal(e.owner_name_sealed),
            unseal(e.nik_sealed),
            unseal(e.phone_sealed),
        )
        if not reveal:
            owner, nik, phone = mask_name(owner), mask_nik(nik), mask_phone(phone)
        product, hs = products.get(e.pk, ("", ""))
        yield [
            e.nib or "",
            e.name,
            e.legal_form,
            owner,
            nik,
            phone,
            e.address,
            e.regency.name,
            e.district.name if e.district else "",
            e.kbli_id or "",
            product,
            hs,
            e.workforce if e.workforce is not None else "",
            int(e.annual_revenue) if e.annual_revenue is not None else "",
            "ya" if e.is_active else "tidak",
        ]


@transaction.atomic
def enterprises_export(
    *,
    actor,
    filters: selectors.EnterpriseFilters | None = None,
    fmt: str = "xlsx",
    reveal: bool = False,
    reason: str = "",
    ip_address: str | None = None,
) -> ExportResult:
    """The enterprises the actor may see (filtered) as a file; audited with the row count."""
    if not access.can_export_registry(actor):
        raise PermissionDeniedError(_("Your role may not export the registry."))
    reason = (reason or "").strip()
    if reveal:
        if not access.can_reveal_personal_data(actor):
            raise PermissionDeniedError(_("Your role may not see personal data."))
        if len(reason) < 10:
            raise ValidationFailed(
                _("State the reason for exporting personal data (at least 10 characters)."),
                field="reason",
            )
    if fmt not in ("xlsx", "csv"):
        raise ValidationFailed(_("Choose xlsx or csv."), field="format")
    queryset = selectors.enterprise_list(actor, filters or selectors.EnterpriseFilters())
    count = 0
    if fmt == "csv":
        text = io.StringIO(newline="")
        writer = csv.writer(text, delimiter=";")
        writer.writerow(EXPORT_HEADERS)
        for row in _rows(queryset, reveal):
            writer.writerow([escape_formula(v) if isinstance(v, str) else v for v in row])
            count += 1
        content = ("\ufeff" + text.getvalue()).encode("utf-8")
        content_type = "text/csv; charset=utf-8"
    else:
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet("IKM")
        ws.append(EXPORT_HEADERS)
        for row in _rows(queryset, reveal):
            ws.append([escape_formula(v) if isinstance(v, str) else v for v in row])
            count += 1
        buffer = io.BytesIO()
        wb.save(buffer)
        content = buffer.getvalue()
        content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    filt = dict(filters.__dict__) if filters else {}
    if filt.get("q"):  # a search term may be a name or a NIK: only its keyed hash is kept
        filt["q"] = search_term_key(filt["q"])
    audit_record(
        actor=actor,
        action="registry.enterprise.exported",
        target_type="registry.enterprise",
        target_id="*",
        label=f"{count} enterprises ({fmt})",
        reason=reason,
        ip_address=ip_address,
        changes={
            "rows": count,
            "format": fmt,
            "personal_data": reveal,
            "filters": {k: v for k, v in filt.items() if v},
        },
    )
    return ExportResult(content=content, rows=count, content_type=content_type, extension=fmt)
