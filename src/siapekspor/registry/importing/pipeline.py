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

from siapekspor.core.audit import diff_fields
from siapekspor.core.bulk import RawJSON, insert_rows, paused_gc, reserve_ids, sync_sequence
from siapekspor.core.bulk import now as bulk_now
from siapekspor.core.crypto import blind_index, seal
from siapekspor.core.errors import ConflictError
from siapekspor.core.models import AuditEntry
from siapekspor.core.signals import announce_figures_changed
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
from siapekspor.registry import access
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
    ENTERPRISE_INSERT_COLUMNS,
    PERSONAL_FIELDS,
    EnterpriseData,
    enterprise_apply,
    enterprise_columns,
    enterprise_data_from,
    owner_name_tokens,
    personal_columns,
)

PRODUCT_INSERT_COLUMNS = [
    "created_at",
    "updated_at",
    "enterprise_id",
    "hs_code_id",
    "name",
    "description",
    "monthly_capacity",
    "capacity_unit",
]
OUTCOME_COLUMNS = [
    "batch_id",
    "sheet",
    "row_number",
    "outcome",
    "enterprise_id",
    "problems",
    "values_sealed",
]
# Fields an import row may set, and the EnterpriseData attribute for each.
IMPORTED_FIELDS = (
    "nib",
    "name",
    "owner_name",
    "nik",
    "phone",
    "address",
    "regency",
    "district",
    "kbli",
    "annual_revenue",
    "workforce",
    "legal_form",
    "owner_gender",
    "latitude",
    "longitude",
)
LEGAL_FORMS = {
    "pt": LegalForm.PT,
    "ptperorangan": LegalForm.PT_PERORANGAN,
    "cv": LegalForm.CV,
    "ud": LegalForm.UD,
    "koperasi": LegalForm.COOPERATIVE,
    "kop": LegalForm.COOPERATIVE,
    "perorangan": LegalForm.INDIVIDUAL,
    "individu": LegalForm.INDIVIDUAL,
    "perseorangan": LegalForm.INDIVIDUAL,
    "individual": LegalForm.INDIVIDUAL,
    "lainnya": LegalForm.OTHER,
    "other": LegalForm.OTHER,
}
GENDERS = {
    "l": Gender.MALE,
    "lk": Gender.MALE,
    "laki": Gender.MALE,
    "lakilaki": Gender.MALE,
    "pria": Gender.MALE,
    "male": Gender.MALE,
    "m": Gender.MALE,
    "p": Gender.FEMALE,
    "pr": Gender.FEMALE,
    "perempuan": Gender.FEMALE,
    "wanita": Gender.FEMALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "w": Gender.FEMALE,
}
UNITS = {
    "kg": "kg",
    "kilo": "kg",
    "kilogram": "kg",
    "ton": "ton",
    "t": "ton",
    "l": "l",
    "liter": "l",
    "litre": "l",
    "ltr": "l",
    "pcs": "pcs",
    "buah": "pcs",
    "unit": "pcs",
    "biji": "pcs",
    "potong": "pcs",
    "lembar": "pcs",
    "pasang": "pcs",
    "bungkus": "pcs",
    "pack": "pcs",
    "lusin": "dozen",
    "dozen": "dozen",
    "kodi": "dozen",
    "m": "m",
    "meter": "m",
    "m2": "m2",
    "m3": "m3",
    "kubik": "m3",
    "set": "set",
    "stel": "set",
}


def msgid_of(message: Any) -> str:
    """The untranslated message (stored; translated again when shown)."""
    if isinstance(message, Promise):
        with translation.override(None):
            return str(message)
    return str(message)


@dataclass(slots=True)
class ParsedRow:
    row: int
    values: list[Any]
    data: EnterpriseData | None = None
    present: frozenset[str] = frozenset()
    hmacs: dict[str, str] = field(default_factory=dict)
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
        self.word_memo: dict[str, str] = {}  # owner-name word -> blind token, for this import
        self.present_sets: dict[frozenset[str], frozenset[str]] = {}  # shared, not one per row
        self.regency_objs = {r.code: r for r in Regency.objects.all()}
        self.district_objs = {d.code: d for d in District.objects.all()}
        self.kbli_objs = {k.code: k for k in KbliCode.objects.all()}
        self.hs6 = set(HsCode.objects.filter(level=6).values_list("code", flat=True))
        self.scope = access.regency_lock(actor)
        self.default_regency = default_regency or self.scope
        self.by_nib: dict[str, int] = {}
        self.by_nik: dict[tuple[str, str], int] = {}
        self.by_phone: dict[tuple[str, str, str], int] = {}
        self.info: dict[int, tuple] = {}
        for row in Enterprise.objects.values_list(
            "id", "nib", "nik_hmac", "name_normalized", "phone_hmac", "regency_id"
        ):
            pk, nib, nik_h, name_n, phone_h, regency = row
            if nib:
                self.by_nib[nib] = pk
            if nik_h:
                self.by_nik.setdefault((nik_h, name_n), pk)
            if phone_h:
                self.by_phone.setdefault((regency, name_n, phone_h), pk)
            self.info[pk] = (nib, regency)


def _problem(
    parsed: ParsedRow, headers: list[str], mapping: dict[str, int], key: str, message: Any
) -> None:
    column = headers[mapping[key]] if key in mapping else str(SPEC.column(key).label)
    parsed.problems.append((column, message))


_SEPARATORS = re.compile(r"[\s.\-]")
_CAPACITY = re.compile(r"([\d.,\s]+)\s*([a-zA-Z0-9]+)?\.?(?:\s*/\s*\w+)?")
_LETTERS_ONLY = re.compile(r"[^a-z]")


def _digits(value: Any) -> str:
    return _SEPARATORS.sub("", cell_text(value))


def _parse_row(
    ctx: _Context, number: int, values: list[Any], mapping: dict[str, int], headers: list[str]
) -> ParsedRow:
    width = len(values)
    cells = {
        key: v
        for key, i in mapping.items()
        if i < width and (v := values[i]) is not None and not (isinstance(v, str) and not v.strip())
    }
    get = cells.get

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
                bad(
                    "revenue",
                    _(
                        "Annual revenue above Rp 50 billion is a large enterprise, "
                        "not an IKM (PP 7/2021)."
                    ),
                )
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
        legal_form = LEGAL_FORMS.get(_LETTERS_ONLY.sub("", cell_text(raw).lower()))
        if legal_form is None:
            bad("legal_form", _("Unknown legal form (use PT, CV, UD, Koperasi or Perorangan)."))
        else:
            present.add("legal_form")
    gender = Gender.UNKNOWN
    if (raw := get("gender")) is not None:
        gender = GENDERS.get(_LETTERS_ONLY.sub("", cell_text(raw).lower()))
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
            bad("hs_code", _("Unknown HS code: give the 6-digit subheading (for example 0901.11)."))
            hs = None
    capacity, unit = None, CapacityUnit.KG
    if (raw := get("capacity")) is not None:
        text = cell_text(raw)
        m = _CAPACITY.fullmatch(text)
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
            bad(
                "capacity_unit",
                _("Unknown unit (use kg, ton, liter, pcs, lusin, m, m2, m3 or set)."),
            )
    if (hs or capacity is not None) and not product_name:
        bad("product", _("Give the product's name for its HS code or capacity."))
    if product_name:
        if len(product_name) > 200:
            bad("product", _("The product name is longer than 200 characters."))
        parsed.product = (
            product_name,
            hs,
            capacity and capacity.quantize(Decimal("0.01")),
            unit or CapacityUnit.KG,
        )

    if parsed.problems:
        return parsed
    name_n = normalize_name(name)[:200]
    if nib:
        parsed.keys.append(("nib", nib))
    if nik:
        parsed.hmacs["nik"] = nik_h = blind_index(nik, purpose="nik")
        parsed.keys.append(("nik", nik_h, name_n))
    if phone:
        parsed.hmacs["phone"] = phone_h = blind_index(phone, purpose="phone")
        parsed.keys.append(("phone", regency_code, name_n, phone_h))
    if not parsed.keys:
        bad("nib", _("The row needs a NIB, a NIK or a phone number to identify the enterprise."))
        return parsed
    present |= {"name", "regency"} | ({"district"} if district_code else set())
    frozen = frozenset(present)
    parsed.present = ctx.present_sets.setdefault(frozen, frozen)
    parsed.data = EnterpriseData(
        name=name,
        regency=ctx.regency_objs[regency_code],
        nib=nib,
        legal_form=legal_form,
        owner_name=owner,
        owner_gender=gender,
        nik=nik or "",
        phone=phone or "",
        address=address,
        district=ctx.district_objs.get(district_code) if district_code else None,
        latitude=lat,
        longitude=lng,
        kbli=kbli,
        annual_revenue=revenue,
        workforce=workforce,
    )
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
        _problem(
            parsed,
            [],
            {},
            "nib",
            _("This NIK and business name are registered with a different NIB; check the NIB."),
        )
        return None
    if ctx.scope and regency != ctx.scope:
        _problem(
            parsed,
            [],
            {},
            "regency",
            _(
                "This enterprise is registered in another regency; only that regency or the "
                "province can update it."
            ),
        )
        return None
    return found


_COMPARE_FIELDS = (
    "nib",
    "name",
    "legal_form",
    "owner_gender",
    "address",
    "regency_id",
    "district_id",
    "latitude",
    "longitude",
    "kbli_id",
    "annual_revenue",
    "workforce",
    "nik_hmac",
    "phone_hmac",
    "owner_name_index",
)
_FIELD_OF = {
    "regency_id": "regency",
    "district_id": "district",
    "kbli_id": "kbli",
    "nik_hmac": "nik",
    "phone_hmac": "phone",
    "owner_name_index": "owner_name",
    "annual_revenue": "annual_revenue",
}


def _row_values(ctx: _Context, p: ParsedRow) -> dict[str, Any]:
    data = p.data
    return {
        "nib": data.nib,
        "name": " ".join(data.name.split()),
        "legal_form": data.legal_form,
        "owner_gender": data.owner_gender,
        "address": data.address,
        "regency_id": data.regency.code,
        "district_id": data.district.code if data.district else None,
        "latitude": data.latitude,
        "longitude": data.longitude,
        "kbli_id": data.kbli.code if data.kbli else None,
        "annual_revenue": data.annual_revenue,
        "workforce": data.workforce,
        "nik_hmac": p.hmacs.get("nik", ""),
        "phone_hmac": p.hmacs.get("phone", ""),
        "owner_name_index": owner_name_tokens(data.owner_name, ctx.word_memo)
        if data.owner_name
        else "",
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
            p.problems.append(
                (
                    "",
                    _(
                        "Same enterprise as an earlier row of this file (same NIB, "
                        "or same NIK or phone with the same business name): "
                        "row %(row)s."
                    )
                    % {"row": earlier},
                )
            )
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
            p.problems.append(
                (
                    "",
                    _(
                        "Same enterprise as an earlier row of this file (same NIB, "
                        "or same NIK or phone with the same business name): "
                        "row %(row)s."
                    )
                    % {"row": matched[found].row},
                )
            )
            p.outcome = Outcome.REJECTED
        else:
            p.enterprise_id = found
            matched[found] = p
    if not matched:
        return
    # Compare chunk by chunk against the stored rows: memory stays flat on a re-import.
    ids = list(matched)
    want_products = any(p.product for p in matched.values())
    for start in range(0, len(ids), 2000):
        chunk = ids[start : start + 2000]
        products: dict[int, set[str]] = {}
        if want_products:
            for eid, pname in Product.objects.filter(enterprise_id__in=chunk).values_list(
                "enterprise_id", "name"
            ):
                products.setdefault(eid, set()).add(normalize_name(pname))
        for row in Enterprise.objects.filter(pk__in=chunk).values_list("id", *_COMPARE_FIELDS):
            p = matched[row[0]]
            new = _row_values(ctx, p)
            changes = set()
            for name, old in zip(_COMPARE_FIELDS, row[1:], strict=True):
                field_name = _FIELD_OF.get(name, name)
                if field_name not in p.present and name != "name":
                    continue
                value = new[name]
                if isinstance(old, Decimal) and value is not None:
                    value = Decimal(value)
                if old != value and not (old in (None, "") and value in (None, "")):
                    changes.add(field_name)
            if p.product and normalize_name(p.product[0]) not in products.get(row[0], set()):
                changes.add("product")
            p.changes = changes
            p.outcome = Outcome.UPDATED if changes else Outcome.UNCHANGED
    for p in matched.values():  # deleted by someone else since the keys were read
        if not p.outcome:
            p.outcome, p.enterprise_id = Outcome.CREATED, None


def _outcome_record(p: ParsedRow, sheet: str, with_values: bool) -> RowOutcome:
    return RowOutcome(
        sheet=sheet,
        row=p.row,
        outcome=p.outcome,
        problems=list(p.problems),
        values=list(p.values) if with_values else [],
        target_id=p.enterprise_id,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


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


def import_file(**kwargs) -> ImportResult:
    """Import a spreadsheet of enterprises (see `_import_file`) with the collector paused."""
    with paused_gc():
        return _import_file(**kwargs)


def _import_file(
    *,
    actor,
    path: str | Path,
    file_name: str | None = None,
    sheet: str | None = None,
    source: str = "",
    dry_run: bool = False,
    all_or_nothing: bool = False,
    batch: ImportBatch | None = None,
    mapping: dict[str, int] | None = None,
    default_regency: str | None = None,
    progress: Callable[[str, int], None] | None = None,
) -> ImportResult:
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
        header.mapping = {
            k: int(v)
            for k, v in mapping.items()
            if k in {c.key for c in SPEC.columns} and 0 <= int(v) < len(header.headers)
        }
        used = set(header.mapping.values())
        header.unknown = [(i, h) for i, h in enumerate(header.headers) if h and i not in used]
    ctx = _Context(actor, default_regency)
    missing = [k for k in ("name",) if k not in header.mapping]
    if (
        "regency" not in header.mapping
        and "district" not in header.mapping
        and not ctx.default_regency
    ):
        missing.append("regency")
    if missing:
        labels = ", ".join(str(SPEC.column(k).label) for k in missing)
        raise UnreadableFileError(
            _("Required columns are missing: %(columns)s.") % {"columns": labels}
        )
    headers = header.headers
    columns = sorted(set(header.mapping.values()))

    def has_data(row: list[Any]) -> bool:
        width = len(row)
        return any(c < width and not is_blank(row[c]) for c in columns)

    data_rows = [
        (i + 1, row)
        for i, row in enumerate(table.rows[header.row :], start=header.row)
        if has_data(row)
    ]
    table.rows = []  # the data rows are referenced from data_rows; nothing else needs the rest

    resumed = False
    if not dry_run:
        if batch is None:
            batch = _find_resumable(sha, actor, source)
            resumed = batch is not None
        if batch is None:
            batch = ImportBatch(
                created_by=actor if getattr(actor, "pk", None) else None, file_sha256=sha
            )
        batch.file_name, batch.file_sha256 = file_name[:255], sha
        batch.file_size, batch.sheet, batch.source = path.stat().st_size, table.sheet, source[:200]
        batch.all_or_nothing, batch.status = all_or_nothing, BatchStatus.RUNNING
        batch.regency_id = ctx.scope
        batch.header_row = header.row
        batch.column_mapping = {"headers": headers, "mapping": header.mapping}
        batch.unknown_columns = [h for _i, h in header.unknown]
        batch.rows_total, batch.rows_done, batch.error = len(data_rows), 0, ""
        batch.heartbeat_at = timezone.now()
        with transaction.atomic():
            if (
                batch.pk is not None
                and ImportBatch.objects.select_for_update()
                .filter(pk=batch.pk, status__in=[BatchStatus.COMPLETED, BatchStatus.REFUSED])
                .exists()
            ):
                raise ConflictError(
                    _("This import batch has already been completed by another run.")
                )
            batch.save()

    parsed_rows: list[ParsedRow] = []
    for n, (number, values) in enumerate(data_rows, start=1):
        parsed_rows.append(_parse_row(ctx, number, values, header.mapping, headers))
        if n % 5000 == 0:
            if progress:
                progress("validating", 5000)
            if batch is not None:
                ImportBatch.objects.filter(pk=batch.pk).update(
                    rows_done=n, heartbeat_at=timezone.now()
                )
    if progress:
        progress("validating", len(data_rows) % 5000)
    _decide(ctx, parsed_rows)
    data_rows = []
    outcomes = [_outcome_record(p, table.sheet, p.outcome == Outcome.REJECTED) for p in parsed_rows]
    for p in parsed_rows:  # an accepted row's cells are not needed any more: free them
        if p.outcome != Outcome.REJECTED:
            p.values = []
    counts = OutcomeCounts.of(outcomes)
    result = ImportResult(
        batch=batch,
        counts=counts,
        outcomes=outcomes,
        headers=headers,
        header=header,
        sheet=table.sheet,
        sha256=sha,
        resumed=resumed,
    )
    if dry_run:
        return result
    refuse = all_or_nothing and counts.rejected > 0
    try:
        _write(ctx, actor, batch, table.sheet, parsed_rows, counts, refuse, progress)
    except ConflictError:
        raise  # another run finished this batch: its record stays as that run left it
    except Exception as exc:
        ImportBatch.objects.filter(pk=batch.pk).update(
            status=BatchStatus.FAILED, error=str(exc)[:2000]
        )
        raise
    return result


@transaction.atomic
def _write(
    ctx: _Context,
    actor,
    batch: ImportBatch,
    sheet: str,
    parsed_rows: list[ParsedRow],
    counts: OutcomeCounts,
    refuse: bool,
    progress,
) -> None:
    from siapekspor.core.audit import audit_record

    # Two runs of one batch (a worker thought dead was only slow) must not both write: the
    # batch row is locked, and a batch that already has its row outcomes is finished.
    locked = ImportBatch.objects.select_for_update().only("status").get(pk=batch.pk)
    if (
        locked.status in (BatchStatus.COMPLETED, BatchStatus.REFUSED)
        or ImportRowOutcome.objects.filter(batch_id=batch.pk).exists()
    ):
        raise ConflictError(_("This import batch has already been completed by another run."))
    stamp = bulk_now()
    if not refuse:
        creates = [p for p in parsed_rows if p.outcome == Outcome.CREATED]
        ids = reserve_ids(Enterprise, len(creates))
        for pk, p in zip(ids, creates, strict=True):
            p.enterprise_id = pk
        source = (batch.source or str(_("Import: %(file)s") % {"file": batch.file_name}))[:200]

        def enterprise_rows():
            for p in creates:
                p.data.source = source
                values = enterprise_columns(p.data)
                values.update(personal_columns(p.data, hmacs=p.hmacs, word_memo=ctx.word_memo))
                values.update(id=p.enterprise_id, created_at=stamp, updated_at=stamp)
                values["is_demo"] = False
                yield tuple(values[c] for c in ENTERPRISE_INSERT_COLUMNS)

        # Rows are generated while they are inserted: memory stays flat however large the file.
        insert_rows(Enterprise, ENTERPRISE_INSERT_COLUMNS, enterprise_rows())
        sync_sequence(Enterprise)
        if progress:
            progress("writing", len(creates))
        product_rows = [
            (
                stamp,
                stamp,
                p.enterprise_id,
                p.product[1],
                p.product[0],
                "",
                p.product[2],
                p.product[3],
            )
            for p in creates
            if p.product
        ]
        _apply_updates(
            actor,
            batch,
            [p for p in parsed_rows if p.outcome == Outcome.UPDATED],
            product_rows,
            stamp,
        )
        insert_rows(Product, PRODUCT_INSERT_COLUMNS, product_rows)
        templates: dict[frozenset[str], str] = {}  # one JSON shape per set of present fields
        for present in {p.present for p in creates}:
            templates[present] = (
                json.dumps({f: [batch.pk, -1] for f in sorted(present)})
                .replace("%", "%%")
                .replace("-1]", "%(row)d]")
            )
        insert_rows(
            EnterpriseProvenance,
            ["enterprise_id", "fields"],
            ((p.enterprise_id, RawJSON(templates[p.present] % {"row": p.row})) for p in creates),
        )
    batch_id, no_problems = batch.pk, RawJSON("[]")

    def outcome_rows():
        for p in parsed_rows:
            if p.outcome == Outcome.REJECTED:
                problems = [[str(c), msgid_of(m)] for c, m in p.problems]
                sealed = seal(json.dumps([_jsonable(v) for v in p.values], ensure_ascii=False))
            else:
                problems, sealed = no_problems, ""
            yield (
                batch_id,
                sheet,
                p.row,
                p.outcome,
                None if refuse else p.enterprise_id,
                problems,
                sealed,
            )

    insert_rows(ImportRowOutcome, OUTCOME_COLUMNS, outcome_rows())
    batch.status = BatchStatus.REFUSED if refuse else BatchStatus.COMPLETED
    batch.finished_at = timezone.now()
    batch.rows_done = len(parsed_rows)
    if refuse:
        batch.created = batch.updated = batch.unchanged = 0
    else:
        batch.created, batch.updated, batch.unchanged = (
            counts.created,
            counts.updated,
            counts.unchanged,
        )
    batch.rejected = counts.rejected
    batch.save()
    audit_record(
        actor=actor,
        action="registry.import." + ("refused" if refuse else "completed"),
        target=batch,
        label=f"{batch.file_name} ({batch.file_sha256[:12]})",
        changes={
            "created": batch.created,
            "updated": batch.updated,
            "unchanged": batch.unchanged,
            "rejected": batch.rejected,
            "rows": len(parsed_rows),
            "sha256": batch.file_sha256,
        },
    )
    if not refuse:
        announce_figures_changed("registry.import")
    if progress:
        progress("writing", len(parsed_rows))


def _apply_updates(
    actor, batch: ImportBatch, updates: list[ParsedRow], product_rows: list[tuple], stamp
) -> None:
    """Merge the non-empty cells of each row into its enterprise; audit each diff."""
    from siapekspor.registry.services import _snapshot

    if not updates:
        return
    by_id = {p.enterprise_id: p for p in updates}
    ids = list(by_id)
    audit_rows = []
    changed_fields = {
        "updated_at",
        "nib",
        "name",
        "name_normalized",
        "legal_form",
        "owner_name_sealed",
        "owner_name_index",
        "owner_gender",
        "nik_sealed",
        "nik_hmac",
        "phone_sealed",
        "phone_hmac",
        "address",
        "regency",
        "district",
        "latitude",
        "longitude",
        "kbli",
        "kbli_division",
        "size_class",
        "annual_revenue",
        "workforce",
    }
    provenance = {
        pv.enterprise_id: pv for pv in EnterpriseProvenance.objects.filter(enterprise_id__in=ids)
    }
    new_provenance = []
    for start in range(0, len(ids), 1000):
        chunk = list(
            Enterprise.objects.filter(pk__in=ids[start : start + 1000]).select_related(
                "regency", "district", "kbli"
            )
        )
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
                audit_rows.append(
                    AuditEntry(
                        actor=actor if getattr(actor, "pk", None) else None,
                        action="registry.enterprise.updated",
                        target_type="registry.enterprise",
                        target_id=str(e.pk),
                        target_label=str(e)[:255],
                        changes=changes,
                        reason=f"import #{batch.pk}, row {p.row}",
                    )
                )
            if p.product:
                product_rows.append(
                    (stamp, stamp, e.pk, p.product[1], p.product[0], "", p.product[2], p.product[3])
                )
            fields = {f: [batch.pk, p.row] for f in p.changes}
            if e.pk in provenance:
                provenance[e.pk].fields.update(fields)
            else:
                new_provenance.append(EnterpriseProvenance(enterprise_id=e.pk, fields=fields))
        Enterprise.objects.bulk_update(chunk, sorted(changed_fields))
    EnterpriseProvenance.objects.bulk_update(list(provenance.values()), ["fields"])
    EnterpriseProvenance.objects.bulk_create(new_provenance)
    AuditEntry.objects.bulk_create(audit_rows)
