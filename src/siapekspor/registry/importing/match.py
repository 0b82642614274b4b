"""Match parsed rows to the registry and decide each row's outcome, set-based.

The natural keys of the whole registry are read once into memory (NIB, else HMAC(NIK) +
normalised business name, else HMAC(phone) + name in the regency): no query per row. Rows
that repeat an earlier row's key are rejected, pointing at it; matched rows are compared
with the stored values chunk by chunk (memory stays flat on a re-import): updated when a
non-empty cell differs, else unchanged.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular import Outcome
from siapekspor.registry.identifiers import normalize_name
from siapekspor.registry.importing.parse import DUPLICATE_IN_FILE, ParsedRow
from siapekspor.registry.importing.spec import SPEC
from siapekspor.registry.models import Enterprise, Product
from siapekspor.registry.services import owner_name_tokens

COMPARE_FIELDS = (
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
FIELD_OF = {
    "regency_id": "regency",
    "district_id": "district",
    "kbli_id": "kbli",
    "nik_hmac": "nik",
    "phone_hmac": "phone",
    "owner_name_index": "owner_name",
}
CHUNK = 2000


class KeyIndex:
    """The natural keys of every enterprise, with each one's NIB and regency."""

    def __init__(self, scope: str | None):
        self.scope = scope
        self.word_memo: dict[str, str] = {}  # owner-name word -> blind token, for this import
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

    def lookup(self, key: tuple) -> int | None:
        if key[0] == "nib":
            return self.by_nib.get(key[1])
        if key[0] == "nik":
            return self.by_nik.get((key[1], key[2]))
        return self.by_phone.get((key[1], key[2], key[3]))

    def find(self, parsed: ParsedRow) -> int | None:
        """The enterprise a row's keys reach (first key that matches), or None; a match the
        importer may not update, or that contradicts the row's NIB, becomes a problem."""
        found = next((pk for key in parsed.keys if (pk := self.lookup(key)) is not None), None)
        if found is None:
            return None
        nib, regency = self.info[found]
        if parsed.data.nib and nib and parsed.data.nib != nib:
            parsed.problems.append(
                (
                    str(SPEC.column("nib").label),
                    _(
                        "This NIK and business name are registered with a different NIB; "
                        "check the NIB."
                    ),
                )
            )
            return None
        if self.scope and regency != self.scope:
            parsed.problems.append(
                (
                    str(SPEC.column("regency").label),
                    _(
                        "This enterprise is registered in another regency; only that regency "
                        "or the province can update it."
                    ),
                )
            )
            return None
        return found


def row_values(index: KeyIndex, p: ParsedRow) -> dict[str, Any]:
    """A parsed row in the shape of `COMPARE_FIELDS`."""
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
        "owner_name_index": owner_name_tokens(data.owner_name, index.word_memo)
        if data.owner_name
        else "",
    }


def decide(index: KeyIndex, parsed_rows: list[ParsedRow]) -> None:
    """Created / updated / unchanged / rejected for every parsed row."""
    seen: dict[tuple, int] = {}
    matched: dict[int, ParsedRow] = {}
    for p in parsed_rows:
        _decide_one(index, p, seen, matched)
    if matched:
        _compare(index, matched)


def _decide_one(
    index: KeyIndex, p: ParsedRow, seen: dict[tuple, int], matched: dict[int, ParsedRow]
) -> None:
    if p.problems or p.data is None:
        p.outcome = Outcome.REJECTED
        return
    earlier = next((seen[k] for k in p.keys if k in seen), None)
    if earlier is not None:
        p.problems.append(("", DUPLICATE_IN_FILE % {"row": earlier}))
        p.outcome = Outcome.REJECTED
        return
    for k in p.keys:
        seen[k] = p.row
    found = index.find(p)
    if p.problems:
        p.outcome = Outcome.REJECTED
    elif found is None:
        p.outcome = Outcome.CREATED
    elif found in matched:  # an earlier row reached the same enterprise by another key
        p.problems.append(("", DUPLICATE_IN_FILE % {"row": matched[found].row}))
        p.outcome = Outcome.REJECTED
    else:
        p.enterprise_id = found
        matched[found] = p


def _compare(index: KeyIndex, matched: dict[int, ParsedRow]) -> None:
    ids = list(matched)
    want_products = any(p.product for p in matched.values())
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        products = _product_names(chunk) if want_products else {}
        for row in Enterprise.objects.filter(pk__in=chunk).values_list("id", *COMPARE_FIELDS):
            p = matched[row[0]]
            p.changes = _changes(index, p, row[1:])
            if p.product and normalize_name(p.product[0]) not in products.get(row[0], set()):
                p.changes.add("product")
            p.outcome = Outcome.UPDATED if p.changes else Outcome.UNCHANGED
    for p in matched.values():  # deleted by someone else since the keys were read
        if not p.outcome:
            p.outcome, p.enterprise_id = Outcome.CREATED, None


def _product_names(ids: list[int]) -> dict[int, set[str]]:
    products: dict[int, set[str]] = {}
    for eid, name in Product.objects.filter(enterprise_id__in=ids).values_list(
        "enterprise_id", "name"
    ):
        products.setdefault(eid, set()).add(normalize_name(name))
    return products


def _changes(index: KeyIndex, p: ParsedRow, stored: tuple) -> set[str]:
    new = row_values(index, p)
    changes = set()
    for name, old in zip(COMPARE_FIELDS, stored, strict=True):
        field_name = FIELD_OF.get(name, name)
        if field_name not in p.present and name != "name":
            continue
        value = new[name]
        if isinstance(old, Decimal) and value is not None:
            value = Decimal(value)
        if old != value and not (old in (None, "") and value in (None, "")):
            changes.add(field_name)
    return changes
