"""Parse one source row of an enterprise import into `EnterpriseData`, or its problems.

The row parser is a table: each spec column → the shared validator of its field
(`registry.validation`), so an import row, the enterprise form and the API give the same
verdict and the same message for the same value. What only an import needs lives here:
regency and district names as typed by hand (`regions.RegionIndex`), codes looked up in the
reference data loaded once, a NIK that also gives the owner's gender, the natural keys.
No query per row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from siapekspor.core.crypto import blind_index
from siapekspor.registry import validation
from siapekspor.registry.identifiers import nik_is_female, normalize_name
from siapekspor.registry.importing.regions import RegionIndex
from siapekspor.registry.importing.spec import REVENUE_MONTHLY, SPEC, revenue_period_of
from siapekspor.registry.models import (
    CapacityUnit,
    District,
    Gender,
    HsCode,
    KbliCode,
    LegalForm,
    Regency,
)
from siapekspor.registry.services import EnterpriseData

# Spec column → (EnterpriseData attribute, validator). `name` is required: see `_fields`.
FIELD_COLUMNS: dict[str, tuple[str, Any]] = {
    "name": ("name", validation.business_name),
    "nib": ("nib", validation.nib),
    "nik": ("nik", validation.nik),
    "phone": ("phone", validation.phone),
    "owner_name": ("owner_name", validation.owner_name),
    "address": ("address", validation.address),
    "revenue": ("annual_revenue", validation.annual_revenue),
    "workforce": ("workforce", validation.workforce),
    "latitude": ("latitude", validation.latitude),
    "longitude": ("longitude", validation.longitude),
    "legal_form": ("legal_form", validation.legal_form),
    "gender": ("owner_gender", validation.gender),
}
# Fields an import row may set (the EnterpriseData attributes), for merging into a record.
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
DUPLICATE_IN_FILE = _(
    "Same enterprise as an earlier row of this file (same NIB, or same NIK or phone with the "
    "same business name): row %(row)s."
)


@dataclass(slots=True)
class ParsedRow:
    row: int
    values: list[Any]
    data: EnterpriseData | None = None
    present: frozenset[str] = frozenset()
    hmacs: dict[str, str] = field(default_factory=dict)
    # (name, HS code, capacity, unit, HS code to review)
    product: tuple[str, str | None, Decimal | None, str, str] | None = None
    keys: list[tuple] = field(default_factory=list)
    problems: list[tuple[str, Any]] = field(default_factory=list)
    outcome: str = ""
    enterprise_id: int | None = None
    changes: set[str] = field(default_factory=set)


class ReferenceData:
    """Regions, KBLI and HS codes, loaded once per import."""

    def __init__(self) -> None:
        self.regions = RegionIndex.load()
        self.regencies = {r.code: r for r in Regency.objects.all()}
        self.districts = {d.code: d for d in District.objects.all()}
        self.kbli = {k.code: k for k in KbliCode.objects.all()}
        self.hs6 = set(HsCode.objects.filter(level=6).values_list("code", flat=True))


class RowParser:
    """Parses rows of one file: its header mapping, the importer's scope, the reference data."""

    def __init__(
        self,
        reference: ReferenceData,
        *,
        mapping: dict[str, int],
        headers: list[str],
        scope: str | None,
        default_regency: str | None,
        revenue_period: str | None = None,
    ):
        self.ref = reference
        self.mapping = mapping
        self.headers = headers
        self.scope = scope
        self.default_regency = default_regency or scope
        self.present_sets: dict[frozenset[str], frozenset[str]] = {}  # shared, not one per row
        self.columns = [(key, i) for key, i in mapping.items()]
        self.fields = [(key, *FIELD_COLUMNS[key]) for key in mapping if key in FIELD_COLUMNS]
        if "name" not in mapping:
            self.fields.append(("name", *FIELD_COLUMNS["name"]))
        if "revenue" in mapping:
            period = revenue_period or revenue_period_of(headers[mapping["revenue"]])
            if period == REVENUE_MONTHLY:
                self.fields = [
                    (k, a, validation.monthly_revenue if k == "revenue" else v)
                    for k, a, v in self.fields
                ]

    def column_label(self, key: str) -> str:
        if key in self.mapping:
            return self.headers[self.mapping[key]]
        return str(SPEC.column(key).label)

    def parse(self, number: int, values: list[Any]) -> ParsedRow:
        width = len(values)
        cells = {
            key: v
            for key, i in self.columns
            if i < width
            and (v := values[i]) is not None
            and not (isinstance(v, str) and not v.strip())
        }
        parsed = ParsedRow(row=number, values=values)
        clean, present = self._fields(parsed, cells)
        regency, district = self._region(parsed, cells)
        kbli = self._kbli(parsed, cells, present)
        parsed.product = self._product(parsed, cells)
        if parsed.problems:
            return parsed
        self._keys(parsed, clean, regency)
        if not parsed.keys:
            self.bad(
                parsed,
                "nib",
                _("The row needs a NIB, a NIK or a phone number to identify the enterprise."),
            )
            return parsed
        if "owner_gender" not in present and clean.get("nik"):
            clean["owner_gender"] = Gender.FEMALE if nik_is_female(clean["nik"]) else Gender.MALE
            present.add("owner_gender")
        present |= {"name", "regency"} | ({"district"} if district else set())
        frozen = frozenset(present)
        parsed.present = self.present_sets.setdefault(frozen, frozen)
        parsed.data = EnterpriseData(
            name=clean["name"],
            regency=self.ref.regencies[regency],
            nib=clean.get("nib"),
            legal_form=clean.get("legal_form") or LegalForm.INDIVIDUAL,
            owner_name=clean.get("owner_name", ""),
            owner_gender=clean.get("owner_gender") or Gender.UNKNOWN,
            nik=clean.get("nik", ""),
            phone=clean.get("phone", ""),
            address=clean.get("address", ""),
            district=self.ref.districts.get(district) if district else None,
            latitude=clean.get("latitude"),
            longitude=clean.get("longitude"),
            kbli=kbli,
            annual_revenue=clean.get("annual_revenue"),
            workforce=clean.get("workforce"),
        )
        return parsed

    def bad(self, parsed: ParsedRow, key: str, message: Any) -> None:
        parsed.problems.append((self.column_label(key), message))

    def _fields(self, parsed: ParsedRow, cells: dict[str, Any]) -> tuple[dict, set[str]]:
        clean: dict[str, Any] = {}
        present: set[str] = set()
        for key, attr, validator in self.fields:
            raw = cells.get(key)
            if raw is None and key != "name":  # the name is required: its validator says so
                continue
            try:
                value = validator(raw)
            except validation.FieldProblem as exc:
                self.bad(parsed, key, exc.message)
                continue
            clean[attr] = value
            if value is not None and value != "":
                present.add(attr)
        return clean, present

    def _region(self, parsed: ParsedRow, cells: dict[str, Any]) -> tuple[str | None, str | None]:
        regions = self.ref.regions
        regency = None
        raw_regency = cells.get("regency")
        if raw_regency is not None:
            regency = regions.regency(raw_regency)
            if regency is None:
                self.bad(
                    parsed, "regency", _("Unknown regency or city in Lampung; check the spelling.")
                )
        district = None
        raw_district = cells.get("district")
        if raw_district is not None and (regency or raw_regency is None):
            district = regions.district(raw_district, regency or self.default_regency)
            if district is None and raw_regency is None and self.default_regency is None:
                district = regions.district(raw_district, None)
            if district is None:
                self.bad(
                    parsed,
                    "district",
                    _("Unknown district (kecamatan) for this regency; check the spelling."),
                )
        if regency is None and raw_regency is None:
            regency = district[:5] if district else self.default_regency
            if regency is None:
                self.bad(parsed, "regency", _("The regency or city is required."))
        if regency and self.scope and regency != self.scope:
            self.bad(parsed, "regency", _("You may only import enterprises of your own regency."))
        return regency, district

    def _kbli(self, parsed: ParsedRow, cells: dict[str, Any], present: set[str]):
        raw = cells.get("kbli")
        if raw is None:
            return None
        try:
            kbli = self.ref.kbli.get(validation.kbli_code(raw))
        except validation.FieldProblem:
            kbli = None
        if kbli is None:
            self.bad(parsed, "kbli", validation.UNKNOWN_KBLI)
            return None
        present.add("kbli")
        return kbli

    def _check(self, parsed: ParsedRow, key: str, validator, raw: Any) -> Any:
        """A product cell through its validator; a problem is recorded, None returned."""
        try:
            return validator(raw)
        except validation.FieldProblem as exc:
            self.bad(parsed, key, exc.message)
            return None

    def _product(self, parsed: ParsedRow, cells: dict[str, Any]):
        hs = capacity = unit = None
        name = review = ""
        problems = len(parsed.problems)
        if (raw := cells.get("hs_code")) is not None:
            hs = self._check(parsed, "hs_code", validation.hs_code, raw)
            if hs is not None and hs not in self.ref.hs6:
                # Well-formed but unknown: never reject the enterprise over reference data;
                # the product is kept without a code and flagged for review.
                hs, review = None, hs
        if (raw := cells.get("capacity")) is not None:
            capacity, unit = self._check(parsed, "capacity", validation.capacity, raw) or (
                None,
                None,
            )
        if (raw := cells.get("capacity_unit")) is not None:
            unit = self._check(parsed, "capacity_unit", validation.capacity_unit, raw) or unit
        if (raw := cells.get("product")) is not None:
            name = self._check(parsed, "product", validation.product_name, raw)
            if name is None:
                return None
        if (hs or review or capacity is not None) and not name:
            self.bad(parsed, "product", _("Give the product's name for its HS code or capacity."))
        if not name or len(parsed.problems) > problems:
            return None
        return (name, hs, capacity, unit or CapacityUnit.KG, review)

    def _keys(self, parsed: ParsedRow, clean: dict[str, Any], regency: str) -> None:
        name_n = normalize_name(clean["name"])[:200]
        if clean.get("nib"):
            parsed.keys.append(("nib", clean["nib"]))
        if clean.get("nik"):
            parsed.hmacs["nik"] = nik_h = blind_index(clean["nik"], purpose="nik")
            parsed.keys.append(("nik", nik_h, name_n))
        if clean.get("phone"):
            parsed.hmacs["phone"] = phone_h = blind_index(clean["phone"], purpose="phone")
            parsed.keys.append(("phone", regency, name_n, phone_h))
