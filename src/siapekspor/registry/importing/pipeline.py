"""Import enterprises from a spreadsheet: parse, validate the whole file, then write once.

1. The file is checked and read (`core.tabular`), the header located and mapped.
2. Every row is validated in memory against an index of the natural keys already in the
   registry (NIB, else HMAC(NIK) + normalised business name, else phone HMAC + name in the
   regency): no query per row.
3. Outcomes are decided: created, updated (only non-empty cells overwrite: nothing is lost),
   unchanged, or rejected with sheet, row, column and reason. A row repeating an earlier row's
   natural key is rejected and points at the earlier row.
4. One transaction writes the new enterprises (`core.bulk`), the updates (through
   `services.enterprise_apply`, so sealing and blind indexes live in one place), products,
   field provenance, row outcomes, audit entries and the batch's final counts. A process
   killed before the commit leaves nothing but the batch record in "running"; importing the
   same file again reuses that record and completes it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.db import transaction
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts import roles
from siapekspor.accounts.models import Role
from siapekspor.core.audit import diff_fields
from siapekspor.core.bulk import insert_rows, reserve_ids, sync_sequence
from siapekspor.core.bulk import now as bulk_now
from siapekspor.core.crypto import blind_index, seal
from siapekspor.core.models import AuditEntry
from siapekspor.core.tabular import (
    HeaderMatch,
    Outcome,
    OutcomeCounts,
    RowOutcome,
    UnreadableFileError,
    ValueProblem,
    cell_text,
    locate_header,
    open_table,
    parse_decimal,
    parse_int,
    parse_money,
    sha256_of,
)
from siapekspor.core.tabular.headers import score_rows
from siapekspor.core.tabular.values import is_blank
from siapekspor.registry.identifiers import (
    IdentifierError,
    nik_is_female,
    normalize_name,
    parse_nib,
    parse_nik,
    parse_phone,
)
from siapekspor.registry.importing.regions import RegionIndex
from siapekspor.registry.importing.spec import SPEC
from siapekspor.registry.models import (
    CapacityUnit,
    District,
    Enterprise,
    Gender,
    HsCode,
    KbliCode,
    LegalForm,
    Product,
    Regency,
    size_class_for_revenue,
)
from siapekspor.registry.models_import import (
    BatchStatus,
    EnterpriseProvenance,
    ImportBatch,
    ImportRowOutcome,
)
from siapekspor.registry.services import (
    PERSONAL_FIELDS,
    EnterpriseData,
    enterprise_apply,
    enterprise_data_from,
    owner_name_tokens,
)

ENTERPRISE_INSERT_COLUMNS = [
    "id", "created_at", "updated_at", "nib", "name", "name_normalized", "legal_form",
    "owner_name_sealed", "owner_name_index", "owner_gender", "nik_sealed", "nik_hmac",
    "phone_sealed", "phone_hmac", "address", "regency_id", "district_id", "latitude",
    "longitude", "kbli_id", "kbli_division", "size_class", "annual_revenue", "workforce",
    "is_active", "is_demo", "source"]
PRODUCT_INSERT_COLUMNS = ["created_at", "updated_at", "enterprise_id", "hs_code_id", "name",
                          "description", "monthly_capacity", "capacity_unit"]
OUTCOME_COLUMNS = ["batch_id", "sheet", "row_number", "outcome", "enterprise_id", "problems",
                   "values_sealed"]
# Fields an import row may set, and the EnterpriseData attribute for each.
IMPORTED_FIELDS = ("nib", "name", "owner_name", "nik", "phone", "address", "regency",
                   "district", "kbli", "annual_revenue", "workforce", "legal_form",
                   "owner_gender", "latitude", "longitude")
LEGAL_FORMS = {
    "pt": LegalForm.PT, "ptperorangan": LegalForm.PT_PERORANGAN, "cv": LegalForm.CV,
    "ud": LegalForm.UD, "koperasi": LegalForm.COOPERATIVE, "kop": LegalForm.COOPERATIVE,
    "perorangan": LegalForm.INDIVIDUAL, "individu": LegalForm.INDIVIDUAL,
    "perseorangan": LegalForm.INDIVIDUAL, "individual": LegalForm.INDIVIDUAL,
    "lainnya": LegalForm.OTHER, "other": LegalForm.OTHER,
}
GENDERS = {"l": Gender.MALE, "lk": Gender.MALE, "laki": Gender.MALE, "lakilaki": Gender.MALE,
           "pria": Gender.MALE, "male": Gender.MALE, "m": Gender.MALE, "p": Gender.FEMALE,
           "pr": Gender.FEMALE, "perempuan": Gender.FEMALE, "wanita": Gender.FEMALE,
           "female": Gender.FEMALE, "f": Gender.FEMALE, "w": Gender.FEMALE}
UNITS = {"kg": "kg", "kilo": "kg", "kilogram": "kg", "ton": "ton", "t": "ton", "l": "l",
         "liter": "l", "litre": "l", "ltr": "l", "pcs": "pcs", "buah": "pcs", "unit": "pcs",
         "biji": "pcs", "potong": "pcs", "lembar": "pcs", "pasang": "pcs", "bungkus": "pcs",
         "pack": "pcs", "lusin": "dozen", "dozen": "dozen", "kodi": "dozen", "m": "m",
         "meter": "m", "m2": "m2", "m3": "m3", "kubik": "m3", "set": "set", "stel": "set"}


def msgid_of(message: Any) -> str:
    """The untranslated message (stored; translated again when shown)."""
    if isinstance(message, Promise):
        with translation.override(None):
            return str(message)
    return str(message)


@dataclass
class ParsedRow:
    row: int
    values: list[Any]
    data: EnterpriseData | None = None
    present: set[str] = field(default_factory=set)
    product: tuple[str, str | None, Decimal | None, str] | None = None
    keys: list[tuple] = field(default_factory=list)
    problems: list[tuple[str, Any]] = field(default_factory=list)
    outcome: str = ""
    enterprise_id: int | None = None
    changes: set[str] = field(default_factory=set)


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


class _Context:
    """Reference data and the natural-key index, loaded once per import."""

    def __init__(self, actor, default_regency: str | None):
        self.regions = RegionIndex.load()
        self.regency_objs = {r.code: r for r in Regency.objects.all()}
        self.district_objs = {d.code: d for d in District.objects.all()}
        self.kbli_objs = {k.code: k for k in KbliCode.objects.all()}
        self.hs6 = set(HsCode.objects.filter(level=6).values_list("code", flat=True))
        self.scope = actor.regency_id if roles.role_of(actor) == Role.REGENCY_OFFICER else None
        self.default_regency = default_regency or self.scope
        self.by_nib: dict[str, int] = {}
        self.by_nik: dict[tuple[str, str], int] = {}
        self.by_phone: dict[tuple[str, str, str], int] = {}
        self.info: dict[int, tuple] = {}
        for row in Enterprise.objects.values_list(
                "id", "nib", "nik_hmac", "name_normalized", "phone_hmac", "regency_id"):
            pk, nib, nik_h, name_n, phone_h, regency = row
            if nib:
                self.by_nib[nib] = pk
            if nik_h:
                self.by_nik.setdefault((nik_h, name_n), pk)
            if phone_h:
                self.by_phone.setdefault((regency, name_n, phone_h), pk)
            self.info[pk] = (nib, regency)


def _problem(parsed: ParsedRow, headers: list[str], mapping: dict[str, int], key: str,
             message: Any) -> None:
    column = headers[mapping[key]] if key in mapping else str(SPEC.column(key).label)
    parsed.problems.append((column, message))


def _digits(value: Any) -> str:
    return re.sub(r"[\s.\-]", "", cell_text(value))


def _parse_row(ctx: _Context, number: int, values: list[Any], mapping: dict[str, int],
               headers: list[str]) -> ParsedRow:
    def get(key: str) -> Any:
        i = mapping.get(key)
        if i is None or i >= len(values):
            return None
        v = values[i]
        return None if is_blank(v) else v

    parsed = ParsedRow(row=number, values=values)

    def bad(key, message):
        _problem(parsed, headers, mapping, key, message)

    name = cell_text(get("name"))
    if not name:
        bad("name", _("The business name is required."))
    elif len(name) > 200:
        bad("name", _("The business name is longer than 200 characters."))
    present: set[str] = set()
    nib = nik = phone = None
    for key, parser in (("nib", parse_nib), ("nik", parse_nik), ("phone", parse_phone)):
        raw = get(key)
        if raw is None:
            continue
        try:
            value = parser(raw)
        except IdentifierError as exc:
            bad(key, exc.message)
            continue
        present.add(key)
        if key == "nib":
            nib = value
        elif key == "nik":
            nik = value
        else:
            phone = value
    owner = cell_text(get("owner_name"))
    if owner:
        if len(owner) > 200:
            bad("owner_name", _("The owner's name is longer than 200 characters."))
        present.add("owner_name")
    address = cell_text(get("address"))
    if address:
        if len(address) > 300:
            bad("address", _("The address is longer than 300 characters."))
        present.add("address")

    regency_code = None
    raw_regency = get("regency")
    if raw_regency is not None:
        regency_code = ctx.regions.regency(raw_regency)
        if regency_code is None:
            bad("regency", _("Unknown regency or city in Lampung; check the spelling."))
    district_code = None
    raw_district = get("district")
    if raw_district is not None and (regency_code or raw_regency is None):
        district_code = ctx.regions.district(raw_district, regency_code or ctx.default_regency)
        if district_code is None and raw_regency is None and ctx.default_regency is None:
            district_code = ctx.regions.district(raw_district, None)
        if district_code is None:
            bad("district", _("Unknown district (kecamatan) for this regency; check the spelling."))
    if regency_code is None and raw_regency is None:
        regency_code = district_code[:5] if district_code else ctx.default_regency
        if regency_code is None:
            bad("regency", _("The regency or city is required."))
    if regency_code and ctx.scope and regency_code != ctx.scope:
        bad("regency", _("You may only import enterprises of your own regency."))

    kbli = None
    if (raw := get("kbli")) is not None:
        code = _digits(raw)
        kbli = ctx.kbli_objs.get(code)
        if kbli is None:
            bad("kbli", _("Unknown KBLI 2020 code."))
        else:
            present.add("kbli")
    revenue = workforce = lat = lng = None
    try:
        revenue = parse_money(get("revenue"))
        if revenue is not None:
            present.add("annual_revenue")
            if size_class_for_revenue(revenue) is None:
                bad("revenue", _("Annual revenue above Rp 50 billion is a large enterprise, "
                                 "not an IKM (PP 7/2021)."))
    except ValueProblem as exc:
        bad("revenue", exc.message)
    try:
        workforce = parse_int(get("workforce"))
        if workforce is not None:
            present.add("workforce")
            if workforce > 100_000:
                bad("workforce", _("The workforce is implausibly large."))
    except ValueProblem as exc:
        bad("workforce", exc.message)
    for key, limit in (("latitude", 90), ("longitude", 180)):
        try:
            value = parse_decimal(get(key))
        except ValueProblem as exc:
            bad(key, exc.message)
            continue
        if value is None:
            continue
        if abs(value) > limit:
            bad(key, _("The coordinate is out of range."))
            continue
        present.add(key)
        if key == "latitude":
            lat = value.quantize(Decimal("0.000001"))
        else:
            lng = value.quantize(Decimal("0.000001"))
    legal_form = LegalForm.INDIVIDUAL
    if (raw := get("legal_form")) is not None:
        legal_form = LEGAL_FORMS.get(re.sub(r"[^a-z]", "", cell_text(raw).lower()))
        if legal_form is None:
            bad("legal_form", _("Unknown legal form (use PT, CV, UD, Koperasi or Perorangan)."))
        else:
            present.add("legal_form")
    gender = Gender.UNKNOWN
    if (raw := get("gender")) is not None:
        gender = GENDERS.get(re.sub(r"[^a-z]", "", cell_text(raw).lower()))
        if gender is None:
            bad("gender", _("Unknown gender (use L or P)."))
        else:
            present.add("owner_gender")
    elif nik:
        gender = Gender.FEMALE if nik_is_female(nik) else Gender.MALE
        present.add("owner_gender")

    product_name = cell_text(get("product"))
    hs = None
    if (raw := get("hs_code")) is not None:
        hs = _digits(raw)
        if len(hs) == 5 and isinstance(raw, (int, float)):
            hs = "0" + hs  # a number column dropped the leading zero of chapters 01–09
        if hs not in ctx.hs6:
            bad("hs_code", _("Unknown HS code: give the 6-digit subheading (for example "
                             "0901.11)."))
            hs = None
    capacity, unit = None, CapacityUnit.KG
    if (raw := get("capacity")) is not None:
        text = cell_text(raw)
        m = re.fullmatch(r"([\d.,\s]+)\s*([a-zA-Z0-9]+)?\.?(?:\s*/\s*\w+)?", text)
        try:
            capacity = parse_decimal(m.group(1) if m else raw)
            if capacity is not None and capacity < 0:
                raise ValueProblem(_("The number cannot be negative."))
            if m and m.group(2):
                unit = UNITS.get(m.group(2).lower(), unit)
        except ValueProblem as exc:
            bad("capacity", exc.message)
    if (raw := get("capacity_unit")) is not None:
        unit = UNITS.get(cell_text(raw).lower().rstrip("."))
        if unit is None:
            bad("capacity_unit", _("Unknown unit (use kg, ton, liter, pcs, lusin, m, m2, m3 or "
                                   "set)."))
    if (hs or capacity is not None) and not product_name:
        bad("product", _("Give the product's name for its HS code or capacity."))
    if product_name:
        if len(product_name) > 200:
            bad("product", _("The product name is longer than 200 characters."))
        parsed.product = (product_name, hs, capacity and capacity.quantize(Decimal("0.01")),
                          unit or CapacityUnit.KG)

    if parsed.problems:
        return parsed
    name_n = normalize_name(name)[:200]
    if nib:
        parsed.keys.append(("nib", nib))
    if nik:
        parsed.keys.append(("nik", blind_index(nik, purpose="nik"), name_n))
    if phone:
        parsed.keys.append(("phone", regency_code, name_n, blind_index(phone, purpose="phone")))
    if not parsed.keys:
        bad("nib", _("The row needs a NIB, a NIK or a phone number to identify the enterprise."))
        return parsed
    present |= {"name", "regency"} | ({"district"} if district_code else set())
    parsed.present = present
    parsed.data = EnterpriseData(
        name=name, regency=ctx.regency_objs[regency_code], nib=nib, legal_form=legal_form,
        owner_name=owner, owner_gender=gender, nik=nik or "", phone=phone or "",
        address=address, district=ctx.district_objs.get(district_code) if district_code else None,
        latitude=lat, longitude=lng, kbli=kbli, annual_revenue=revenue, workforce=workforce)
    return parsed


def _find_existing(ctx: _Context, parsed: ParsedRow) -> int | None:
    found = None
    for key in parsed.keys:
        if key[0] == "nib":
            found = ctx.by_nib.get(key[1])
        elif key[0] == "nik":
            found = ctx.by_nik.get((key[1], key[2]))
        else:
            found = ctx.by_phone.get((key[1], key[2], key[3]))
        if found is not None:
            break
    if found is None:
        return None
    nib, regency = ctx.info[found]
    row_nib = parsed.data.nib
    if row_nib and nib and row_nib != nib:
        _problem(parsed, [], {}, "nib", _(
            "This NIK and business name are registered with a different NIB; check the NIB."))
        return None
    if ctx.scope and regency != ctx.scope:
        _problem(parsed, [], {}, "regency", _(
            "This enterprise is registered in another regency; only that regency or the "
            "province can update it."))
        return None
    return found


_COMPARE_FIELDS = ("nib", "name", "legal_form", "owner_gender", "address", "regency_id",
                   "district_id", "latitude", "longitude", "kbli_id", "annual_revenue",
                   "workforce", "nik_hmac", "phone_hmac", "owner_name_index")
_FIELD_OF = {"regency_id": "regency", "district_id": "district", "kbli_id": "kbli",
             "nik_hmac": "nik", "phone_hmac": "phone", "owner_name_index": "owner_name",
             "annual_revenue": "annual_revenue"}


def _row_values(data: EnterpriseData) -> dict[str, Any]:
    return {
        "nib": data.nib, "name": " ".join(data.name.split()), "legal_form": data.legal_form,
        "owner_gender": data.owner_gender, "address": data.address,
        "regency_id": data.regency.code, "district_id": data.district.code if data.district else None,
        "latitude": data.latitude, "longitude": data.longitude,
        "kbli_id": data.kbli.code if data.kbli else None, "annual_revenue": data.annual_revenue,
        "workforce": data.workforce,
        "nik_hmac": blind_index(data.nik, purpose="nik") if data.nik else "",
        "phone_hmac": blind_index(data.phone, purpose="phone") if data.phone else "",
        "owner_name_index": owner_name_tokens(data.owner_name) if data.owner_name else "",
    }


def _decide(ctx: _Context, parsed_rows: list[ParsedRow]) -> None:
    """Created / updated / unchanged / rejected for every parsed row (set-based)."""
    seen: dict[tuple, int] = {}
    matched: dict[int, ParsedRow] = {}
    for p in parsed_rows:
        if p.problems or p.data is None:
            p.outcome = Outcome.REJECTED
            continue
        earlier = next((seen[k] for k in p.keys if k in seen), None)
        if earlier is not None:
            p.problems.append(("", _("Same enterprise as an earlier row of this file (same NIB, "
                                     "or same NIK or phone with the same business name): "
                                     "row %(row)s.") % {"row": earlier}))
            p.outcome = Outcome.REJECTED
            continue
        for k in p.keys:
            seen[k] = p.row
        found = _find_existing(ctx, p)
        if p.problems:
            p.outcome = Outcome.REJECTED
            continue
        if found is None:
            p.outcome = Outcome.CREATED
        elif found in matched:  # an earlier row reached the same enterprise by another key
            p.problems.append(("", _("Same enterprise as an earlier row of this file (same NIB, "
                                     "or same NIK or phone with the same business name): "
                                     "row %(row)s.") % {"row": matched[found].row}))
            p.outcome = Outcome.REJECTED
        else:
            p.enterprise_id = found
            matched[found] = p
    if not matched:
        return
    current: dict[int, dict[str, Any]] = {}
    ids = list(matched)
    for start in range(0, len(ids), 2000):
        for row in Enterprise.objects.filter(pk__in=ids[start:start + 2000]).values(
                "id", *_COMPARE_FIELDS):
            current[row["id"]] = row
    products: dict[int, set[str]] = {}
    if any(p.product for p in matched.values()):
        for start in range(0, len(ids), 2000):
            for eid, pname in Product.objects.filter(
                    enterprise_id__in=ids[start:start + 2000]).values_list("enterprise_id", "name"):
                products.setdefault(eid, set()).add(normalize_name(pname))
    for eid, p in matched.items():
        now = current[eid]
        new = _row_values(p.data)
        changes = set()
        for name in _COMPARE_FIELDS:
            field_name = _FIELD_OF.get(name, name)
            if field_name not in p.present and name != "name":
                continue
            old, value = now[name], new[name]
            if isinstance(old, Decimal) and value is not None:
                value = Decimal(value)
            if old != value and not (old in (None, "") and value in (None, "")):
                changes.add(field_name)
        if p.product and normalize_name(p.product[0]) not in products.get(eid, set()):
            changes.add("product")
        p.changes = changes
        p.outcome = Outcome.UPDATED if changes else Outcome.UNCHANGED


def _outcome_record(p: ParsedRow, sheet: str, with_values: bool) -> RowOutcome:
    return RowOutcome(sheet=sheet, row=p.row, outcome=p.outcome, problems=list(p.problems),
                      values=list(p.values) if with_values else [], target_id=p.enterprise_id)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _find_resumable(sha: str, actor, source: str) -> ImportBatch | None:
    return ImportBatch.objects.filter(
        file_sha256=sha, created_by=actor if getattr(actor, "pk", None) else None,
        source=source, status__in=[BatchStatus.RUNNING, BatchStatus.QUEUED, BatchStatus.FAILED],
    ).order_by("-created_at").first()


def import_file(*, actor, path: str | Path, file_name: str | None = None,
                sheet: str | None = None, source: str = "", dry_run: bool = False,
                all_or_nothing: bool = False, batch: ImportBatch | None = None,
                mapping: dict[str, int] | None = None, default_regency: str | None = None,
                progress: Callable[[str, int], None] | None = None) -> ImportResult:
    """Import a spreadsheet of enterprises. Raises TabularError for an unusable file.

    `progress(stage, rows)` is called as rows are validated ("validating") and written
    ("writing"). `mapping` ({key: column index}) overrides the detected header mapping.
    """
    path = Path(path)
    file_name = file_name or path.name
    sha = sha256_of(path)
    table = open_table(path, sheet=sheet or None, choose=lambda rows: score_rows(SPEC, rows))
    header = locate_header(SPEC, table.rows)
    if mapping is not None:
        header.mapping = {k: int(v) for k, v in mapping.items()
                          if k in {c.key for c in SPEC.columns} and 0 <= int(v) < len(header.headers)}
        used = set(header.mapping.values())
        header.unknown = [(i, h) for i, h in enumerate(header.headers) if h and i not in used]
    ctx = _Context(actor, default_regency)
    missing = [k for k in ("name",) if k not in header.mapping]
    if "regency" not in header.mapping and "district" not in header.mapping \
            and not ctx.default_regency:
        missing.append("regency")
    if missing:
        labels = ", ".join(str(SPEC.column(k).label) for k in missing)
        raise UnreadableFileError(_("Required columns are missing: %(columns)s.")
                                  % {"columns": labels})
    headers = header.headers
    data_rows = [(i + 1, row) for i, row in enumerate(table.rows[header.row:], start=header.row)
                 if any(not is_blank(row[c]) for c in header.mapping.values() if c < len(row))]

    resumed = False
    if not dry_run:
        if batch is None:
            batch = _find_resumable(sha, actor, source)
            resumed = batch is not None
        if batch is None:
            batch = ImportBatch(created_by=actor if getattr(actor, "pk", None) else None,
                                file_sha256=sha)
        batch.file_name, batch.file_sha256 = file_name[:255], sha
        batch.file_size, batch.sheet, batch.source = path.stat().st_size, table.sheet, source[:200]
        batch.all_or_nothing, batch.status = all_or_nothing, BatchStatus.RUNNING
        batch.regency_id = ctx.scope
        batch.header_row = header.row
        batch.column_mapping = {"headers": headers, "mapping": header.mapping}
        batch.unknown_columns = [h for _i, h in header.unknown]
        batch.rows_total, batch.rows_done, batch.error = len(data_rows), 0, ""
        batch.save()

    parsed_rows: list[ParsedRow] = []
    for n, (number, values) in enumerate(data_rows, start=1):
        parsed_rows.append(_parse_row(ctx, number, values, header.mapping, headers))
        if n % 5000 == 0:
            if progress:
                progress("validating", 5000)
            if batch is not None:
                ImportBatch.objects.filter(pk=batch.pk).update(rows_done=n)
    if progress:
        progress("validating", len(data_rows) % 5000)
    _decide(ctx, parsed_rows)
    outcomes = [_outcome_record(p, table.sheet, p.outcome == Outcome.REJECTED)
                for p in parsed_rows]
    counts = OutcomeCounts.of(outcomes)
    result = ImportResult(batch=batch, counts=counts, outcomes=outcomes, headers=headers,
                          header=header, sheet=table.sheet, sha256=sha, resumed=resumed)
    if dry_run:
        return result
    refuse = all_or_nothing and counts.rejected > 0
    try:
        _write(actor, batch, table.sheet, parsed_rows, counts, refuse, progress)
    except Exception as exc:
        ImportBatch.objects.filter(pk=batch.pk).update(status=BatchStatus.FAILED,
                                                       error=str(exc)[:2000])
        raise
    return result


@transaction.atomic
def _write(actor, batch: ImportBatch, sheet: str, parsed_rows: list[ParsedRow],
           counts: OutcomeCounts, refuse: bool, progress) -> None:
    from siapekspor.core.audit import audit_record

    stamp = bulk_now()
    provenance_rows: list[tuple] = []
    if not refuse:
        creates = [p for p in parsed_rows if p.outcome == Outcome.CREATED]
        ids = reserve_ids(Enterprise, len(creates))
        source = batch.source or str(_("Import: %(file)s") % {"file": batch.file_name})
        rows, product_rows = [], []
        for pk, p in zip(ids, creates, strict=True):
            p.enterprise_id = pk
            e = Enterprise()
            p.data.source = source[:200]
            enterprise_apply(e, p.data)
            rows.append((pk, stamp, stamp, e.nib, e.name, e.name_normalized, e.legal_form,
                         e.owner_name_sealed, e.owner_name_index, e.owner_gender, e.nik_sealed,
                         e.nik_hmac, e.phone_sealed, e.phone_hmac, e.address, e.regency_id,
                         e.district_id, e.latitude, e.longitude, e.kbli_id, e.kbli_division,
                         e.size_class, e.annual_revenue, e.workforce, True, False, e.source))
            if p.product:
                product_rows.append((stamp, stamp, pk, p.product[1], p.product[0], "",
                                     p.product[2], p.product[3]))
            provenance_rows.append((pk, {f: [batch.pk, p.row] for f in sorted(p.present)}))
        insert_rows(Enterprise, ENTERPRISE_INSERT_COLUMNS, rows)
        sync_sequence(Enterprise)
        if progress:
            progress("writing", len(rows))
        _apply_updates(actor, batch, [p for p in parsed_rows if p.outcome == Outcome.UPDATED],
                       product_rows, stamp)
        insert_rows(Product, PRODUCT_INSERT_COLUMNS, product_rows)
        insert_rows(EnterpriseProvenance, ["enterprise_id", "fields"], provenance_rows)
    outcome_rows = []
    for p in parsed_rows:
        problems = [[str(c), msgid_of(m)] for c, m in p.problems]
        sealed = seal(json.dumps([_jsonable(v) for v in p.values], ensure_ascii=False)) \
            if p.outcome == Outcome.REJECTED else ""
        outcome_rows.append((batch.pk, sheet, p.row, p.outcome,
                             None if refuse else p.enterprise_id, problems, sealed))
    insert_rows(ImportRowOutcome, OUTCOME_COLUMNS, outcome_rows)
    batch.status = BatchStatus.REFUSED if refuse else BatchStatus.COMPLETED
    batch.finished_at = timezone.now()
    batch.rows_done = len(parsed_rows)
    if refuse:
        batch.created = batch.updated = batch.unchanged = 0
    else:
        batch.created, batch.updated, batch.unchanged = counts.created, counts.updated, counts.unchanged
    batch.rejected = counts.rejected
    batch.save()
    audit_record(actor=actor, action="registry.import." + ("refused" if refuse else "completed"),
                 target=batch, label=f"{batch.file_name} ({batch.file_sha256[:12]})",
                 changes={"created": batch.created, "updated": batch.updated,
                          "unchanged": batch.unchanged, "rejected": batch.rejected,
                          "rows": len(parsed_rows), "sha256": batch.file_sha256})
    if progress:
        progress("writing", len(parsed_rows))


def _apply_updates(actor, batch: ImportBatch, updates: list[ParsedRow],
                   product_rows: list[tuple], stamp) -> None:
    """Merge the non-empty cells of each row into its enterprise; audit each diff."""
    from siapekspor.registry.services import _snapshot

    if not updates:
        return
    by_id = {p.enterprise_id: p for p in updates}
    ids = list(by_id)
    audit_rows = []
    changed_fields = {"updated_at", "nib", "name", "name_normalized", "legal_form",
                      "owner_name_sealed", "owner_name_index", "owner_gender", "nik_sealed",
                      "nik_hmac", "phone_sealed", "phone_hmac", "address", "regency",
                      "district", "latitude", "longitude", "kbli", "kbli_division",
                      "size_class", "annual_revenue", "workforce"}
    provenance = {pv.enterprise_id: pv for pv in
                  EnterpriseProvenance.objects.filter(enterprise_id__in=ids)}
    new_provenance = []
    for start in range(0, len(ids), 1000):
        chunk = list(Enterprise.objects.filter(pk__in=ids[start:start + 1000])
                     .select_related("regency", "district", "kbli"))
        for e in chunk:
            p = by_id[e.pk]
            before = _snapshot(e)
            data = enterprise_data_from(e)
            for name in IMPORTED_FIELDS:
                if name in p.present:
                    setattr(data, name, getattr(p.data, name))
            data.size_class = None if "annual_revenue" in p.present else e.size_class
            enterprise_apply(e, data)
            e.updated_at = stamp
            changes = diff_fields(before, _snapshot(e), secret_fields=PERSONAL_FIELDS)
            if changes:
                audit_rows.append(AuditEntry(
                    actor=actor if getattr(actor, "pk", None) else None,
                    action="registry.enterprise.updated", target_type="registry.enterprise",
                    target_id=str(e.pk), target_label=str(e)[:255], changes=changes,
                    reason=f"import #{batch.pk}, row {p.row}"))
            if p.product:
                product_rows.append((stamp, stamp, e.pk, p.product[1], p.product[0], "",
                                     p.product[2], p.product[3]))
            fields = {f: [batch.pk, p.row] for f in p.changes}
            if e.pk in provenance:
                provenance[e.pk].fields.update(fields)
            else:
                new_provenance.append(EnterpriseProvenance(enterprise_id=e.pk, fields=fields))
        Enterprise.objects.bulk_update(chunk, sorted(changed_fields))
    EnterpriseProvenance.objects.bulk_update(list(provenance.values()), ["fields"])
    EnterpriseProvenance.objects.bulk_create(new_provenance)
    AuditEntry.objects.bulk_create(audit_rows)
