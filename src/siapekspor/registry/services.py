"""Every write to the registry: enterprises, products and the audited view of personal data."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.crypto import blind_index, seal
from siapekspor.core.errors import ConflictError, PermissionDeniedError, ValidationFailed
from siapekspor.registry import access
from siapekspor.registry.identifiers import (
    IdentifierError,
    normalize_name,
    parse_nib,
    parse_nik,
    parse_phone,
)
from siapekspor.registry.models import (
    District,
    Enterprise,
    Gender,
    HsCode,
    KbliCode,
    Product,
    Regency,
    SizeClass,
    size_class_for_revenue,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from django_stubs_ext import StrOrPromise

    from siapekspor.accounts.models import User
    from siapekspor.registry.selectors import EnterpriseFilters

PERSONAL_FIELDS = frozenset({"owner_name", "nik", "phone"})
# Every stored value column of an enterprise (sealed values as stored), in one order: what
# `enterprise_columns` + `personal_columns` produce, what a merge snapshot keeps.
ENTERPRISE_VALUE_COLUMNS = (
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
    "regency_id",
    "district_id",
    "latitude",
    "longitude",
    "kbli_id",
    "kbli_division",
    "size_class",
    "annual_revenue",
    "workforce",
    "is_active",
    "source",
)
# Column order of bulk inserts (`core.bulk.insert_rows`; the demo seeder builds its tuples in
# this order): id, timestamps, the values with the demo flag before the source.
ENTERPRISE_INSERT_COLUMNS = (
    "id",
    "created_at",
    "updated_at",
    *ENTERPRISE_VALUE_COLUMNS[:-1],
    "is_demo",
    "source",
)
PLAIN_FIELDS = (
    "nib",
    "name",
    "legal_form",
    "owner_gender",
    "address",
    "regency",
    "district",
    "latitude",
    "longitude",
    "kbli",
    "size_class",
    "annual_revenue",
    "workforce",
    "is_active",
    "source",
)
AUDITED_FIELDS = (*PLAIN_FIELDS, *sorted(PERSONAL_FIELDS))


@dataclass(slots=True)
class EnterpriseData:
    """The fields of an enterprise as a form, the API or an import row supplies them."""

    name: str
    regency: Regency
    nib: str | None = None
    legal_form: str = "individual"
    owner_name: str = ""
    owner_gender: str = Gender.UNKNOWN
    nik: str = ""
    phone: str = ""
    address: str = ""
    district: District | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    kbli: KbliCode | None = None
    size_class: str | None = None
    annual_revenue: Decimal | None = None
    workforce: int | None = None
    is_active: bool = True
    source: str = ""


def owner_name_tokens(owner_name: str, memo: dict[str, str] | None = None) -> str:
    """Blind index of each word of an owner's name, so officers can search by any word.

    `memo` (word -> token), given by a bulk caller, avoids hashing the same word twice.
    """
    words = sorted({w for w in normalize_name(owner_name).split() if len(w) > 1})
    if memo is None:
        return " ".join(owner_word_token(w) for w in words)
    tokens = []
    for w in words:
        token = memo.get(w)
        if token is None:
            token = memo[w] = owner_word_token(w)
        tokens.append(token)
    return " ".join(tokens)


def owner_word_token(word: str) -> str:
    # 40 bits per word keeps the column short (fast LIKE scans); a collision only adds a
    # false candidate to a search result, never exposes a name.
    """The blind-index token of one owner-name word (for word search without decrypting)."""
    return blind_index(word, purpose="owner-word")[:10]


def _check_identifiers(data: EnterpriseData) -> list[tuple[str, StrOrPromise]]:
    errors: list[tuple[str, StrOrPromise]] = []
    for name, parser in (("nib", parse_nib), ("nik", parse_nik), ("phone", parse_phone)):
        raw = getattr(data, name)
        if raw in (None, ""):
            setattr(data, name, None if name == "nib" else "")
            continue
        try:
            setattr(data, name, parser(raw))
        except IdentifierError as exc:
            errors.append((name, exc.message))
    return errors


def enterprise_columns(
    data: EnterpriseData, *, size_class: str = SizeClass.MICRO
) -> dict[str, Any]:
    """The non-personal columns (by attname) that `data` gives an enterprise, derived fields
    included. `size_class` (the current one, else the model's default) is kept when neither
    the data nor its revenue decides one."""
    name = " ".join(data.name.split())
    return {
        "nib": data.nib,
        "name": name,
        "name_normalized": normalize_name(name)[:200],
        "legal_form": data.legal_form,
        "owner_gender": data.owner_gender,
        "address": data.address,
        "regency_id": data.regency.code,
        "district_id": data.district.code if data.district else None,
        "latitude": data.latitude,
        "longitude": data.longitude,
        "kbli_id": data.kbli.code if data.kbli else None,
        "kbli_division": data.kbli.code[:2] if data.kbli else "",
        "size_class": data.size_class or size_class_for_revenue(data.annual_revenue) or size_class,
        "annual_revenue": data.annual_revenue,
        "workforce": data.workforce,
        "is_active": data.is_active,
        "source": data.source,
    }


def personal_columns(
    data: EnterpriseData,
    fields: Iterable[str] = PERSONAL_FIELDS,
    *,
    hmacs: dict[str, str] | None = None,
    word_memo: dict[str, str] | None = None,
) -> dict[str, str]:
    """Sealed values and blind indexes of the personal `fields` of `data`.

    `hmacs` may carry blind indexes the caller already computed ({"nik": …, "phone": …});
    `word_memo` is passed on to `owner_name_tokens`.
    """
    out: dict[str, str] = {}
    if "owner_name" in fields:
        out["owner_name_sealed"] = seal(data.owner_name.strip())
        out["owner_name_index"] = owner_name_tokens(data.owner_name, word_memo)
    for name in ("nik", "phone"):
        if name in fields:
            value = getattr(data, name)
            out[f"{name}_sealed"] = seal(value)
            known = hmacs.get(name) if hmacs else None
            out[f"{name}_hmac"] = known if known is not None else blind_index(value, purpose=name)
    return out


_FOREIGN_KEYS = {"regency_id": "regency", "district_id": "district", "kbli_id": "kbli"}


def enterprise_apply(enterprise: Enterprise, data: EnterpriseData) -> list[str]:
    """Copy validated data onto an (unsaved or saved) instance, sealing personal data.

    Shared by the form/API services, the bulk import and the demo seeder so that sealing,
    blind indexes and derived fields are computed in exactly one place
    (`enterprise_columns`, `personal_columns`). Returns the columns it set (with
    `updated_at`), for `save(update_fields=...)`.
    """
    written = ["updated_at"]
    for attname, value in enterprise_columns(data, size_class=enterprise.size_class).items():
        written.append(attname)
        if attname in _FOREIGN_KEYS:  # assign the object: keeps it cached on the instance
            name = _FOREIGN_KEYS[attname]
            setattr(enterprise, name, getattr(data, name))
        else:
            setattr(enterprise, attname, value)
    changed = [
        name
        for name in ("owner_name", "nik", "phone")
        if getattr(data, name) != _current(enterprise, name)
    ]
    for attname, value in personal_columns(data, changed).items():
        setattr(enterprise, attname, value)
        written.append(attname)
    return written


def _current(enterprise: Enterprise, name: str) -> str:
    sealed = getattr(enterprise, f"{name}_sealed")
    return getattr(enterprise, name) if sealed else ""


def _snapshot(enterprise: Enterprise) -> dict[str, Any]:
    snap = {
        name: getattr(enterprise, f"{name}_id" if name in ("regency", "district", "kbli") else name)
        for name in PLAIN_FIELDS
    }
    for name in PERSONAL_FIELDS:
        snap[name] = getattr(enterprise, f"{name}_sealed") and _current(enterprise, name)
    return snap


def _validate(
    enterprise: Enterprise,
    data: EnterpriseData,
    door: Callable[[Enterprise], Any] | None = None,
) -> tuple[list[str], Any]:
    """Check and apply `data`; `door(enterprise)` runs between the two (the duplicate
    check sees the new identifiers before the NIB's unique check would refuse one). Returns
    the columns written (for `save(update_fields=...)`) and what `door` answered."""
    errors = _check_identifiers(data)
    if data.district is not None and data.district.regency_id != data.regency.code:
        errors.append(("district", _("The district does not belong to the selected regency.")))
    if not data.name or not data.name.strip():
        errors.append(("name", _("The business name is required.")))
    if data.annual_revenue is not None and size_class_for_revenue(data.annual_revenue) is None:
        errors.append(
            (
                "annual_revenue",
                _(
                    "Annual revenue above Rp 50 billion is a large enterprise, not an IKM (PP 7/2021)."
                ),
            )
        )
    if errors:
        raise ValidationFailed(details=errors)
    written = enterprise_apply(enterprise, data)
    result = door(enterprise) if door is not None else None
    try:
        enterprise.full_clean(exclude=["owner_name_sealed", "nik_sealed", "phone_sealed"])
    except ValidationError as exc:
        raise ValidationFailed(
            details=[(f, m) for f, msgs in exc.message_dict.items() for m in msgs]
        ) from exc
    return written, result


# --- No duplicate at the door ---------------------------------------------------------------

# A phone number is shared by a household or a shop: it points at the same enterprise only
# with a business name at least this alike (rapidfuzz token sort ratio, 0–100).
DOOR_PHONE_NAME_SIMILARITY = 80
DOOR_LIMIT = 10


@dataclass(frozen=True)
class DoorMatch:
    """An existing enterprise that a new or changed one may duplicate. `enterprise` is None
    when it lies outside what the user may see (its existence is said, nothing else)."""

    kind: str  # "nib" | "nik" | "phone"
    enterprise: Enterprise | None
    name_similarity: int  # percent

    @property
    def sentence(self) -> str:
        """What was found, in words, in the current language."""
        from siapekspor.registry.dedup.evidence import door_sentence

        return door_sentence(self)


class DuplicateSuspected(ConflictError):
    """An enterprise with the same NIB, NIK, or phone and a similar name already exists.
    A NIB is unique (`blocking`); the others need `confirm_different=True` (an owner may
    run several businesses)."""

    code = "duplicate_suspected"
    default_message = _(
        "An enterprise with the same NIB, NIK or phone number already exists. Check it; if "
        "this is a different business, confirm it and save again."
    )

    def __init__(self, matches: list[DoorMatch]) -> None:
        self.matches = matches
        self.blocking = any(m.kind == "nib" for m in matches)
        message = (
            _("This NIB is already registered to another enterprise.") if self.blocking else None
        )
        super().__init__(message, details=[(m.kind, m.sentence) for m in matches])


def _door_matches(actor: User, enterprise: Enterprise, before: dict[str, Any]) -> list[DoorMatch]:
    """Existing enterprises sharing what changed (all of it for a new one): the NIB, the
    owner's NIK (blind index), or the phone (blind index) with a similar business name.
    Nothing is decrypted."""
    from rapidfuzz import fuzz

    def changed(*names: str) -> bool:
        return any(before.get(n) != getattr(enterprise, n) for n in names)

    condition = Q()
    if enterprise.nib and changed("nib"):
        condition |= Q(nib=enterprise.nib)
    if enterprise.nik_hmac and changed("nik_hmac"):
        condition |= Q(nik_hmac=enterprise.nik_hmac)
    if enterprise.phone_hmac and changed("phone_hmac", "name_normalized"):
        condition |= Q(phone_hmac=enterprise.phone_hmac)
    if not condition:
        return []
    candidates = Enterprise.objects.filter(condition).select_related("regency")
    if enterprise.pk:
        candidates = candidates.exclude(pk=enterprise.pk)
    visible = set(
        access.enterprise_scope(actor)
        .filter(pk__in=[c.pk for c in candidates[:DOOR_LIMIT]])
        .values_list("pk", flat=True)
    )
    matches = []
    for other in candidates.order_by("pk")[:DOOR_LIMIT]:
        similarity = round(fuzz.token_sort_ratio(enterprise.name_normalized, other.name_normalized))
        if enterprise.nib and other.nib == enterprise.nib:
            kind = "nib"
        elif enterprise.nik_hmac and other.nik_hmac == enterprise.nik_hmac:
            kind = "nik"
        elif similarity >= DOOR_PHONE_NAME_SIMILARITY:
            kind = "phone"
        else:
            continue
        matches.append(DoorMatch(kind, other if other.pk in visible else None, similarity))
    return matches


def _door(
    actor: User, enterprise: Enterprise, before: dict[str, Any], confirmed: bool
) -> list[int]:
    """Raise DuplicateSuspected unless nothing matches, or the user confirmed a different
    business (never for a NIB). Returns the ids confirmed as different, for the audit."""
    matches = _door_matches(actor, enterprise, before)
    if not matches:
        return []
    if confirmed and not any(m.kind == "nib" for m in matches):
        return sorted(m.enterprise.pk for m in matches if m.enterprise is not None)
    raise DuplicateSuspected(matches)


_DOOR_COLUMNS = ("nib", "nik_hmac", "phone_hmac", "name_normalized")


def _ensure_can_write(actor: User, regency: Regency, enterprise: Enterprise | None = None) -> None:
    if not access.can_write_enterprise(actor, enterprise, regency=regency):
        raise PermissionDeniedError(_("You may not change enterprises of this regency."))


@transaction.atomic
def enterprise_register(
    *,
    actor: User,
    data: EnterpriseData,
    ip_address: str | None = None,
    confirm_different: bool = False,
) -> Enterprise:
    """Create an enterprise. Raises ValidationFailed (what to fix), PermissionDeniedError,
    or DuplicateSuspected when the NIB, the owner's NIK, or the phone with a similar name
    is already registered (`confirm_different=True`: the user says it is another business
    of the same owner; never for a NIB)."""
    if not access.can_create_enterprise(actor):
        raise PermissionDeniedError(_("Only officers can register enterprises."))
    _ensure_can_write(actor, data.regency)
    enterprise = Enterprise()
    if not data.source:
        data.source = str(_("Entered by form"))
    _written, confirmed = _validate(
        enterprise, data, lambda e: _door(actor, e, {}, confirm_different)
    )
    enterprise.save()
    changes = diff_fields({}, _snapshot(enterprise), secret_fields=PERSONAL_FIELDS)
    if confirmed:
        changes["confirmed_different_from"] = confirmed
    audit_record(
        actor=actor,
        action="registry.enterprise.created",
        target=enterprise,
        changes=changes,
        ip_address=ip_address,
    )
    return enterprise


@transaction.atomic
def enterprise_update(
    *,
    actor: User,
    enterprise: Enterprise,
    data: EnterpriseData,
    ip_address: str | None = None,
    confirm_different: bool = False,
) -> Enterprise:
    """Update an enterprise; audits the diff (personal data only as 'changed'). A changed
    NIB, NIK, or phone/name that another enterprise has raises DuplicateSuspected, as in
    `enterprise_register`."""
    _ensure_can_write(actor, data.regency, enterprise)
    before = _snapshot(enterprise)
    door_before = {name: getattr(enterprise, name) for name in _DOOR_COLUMNS}
    if not data.source:
        data.source = enterprise.source
    written, confirmed = _validate(
        enterprise, data, lambda e: _door(actor, e, door_before, confirm_different)
    )
    after = _snapshot(enterprise)
    changes = diff_fields(before, after, secret_fields=PERSONAL_FIELDS)
    if not changes:
        return enterprise
    if confirmed:
        changes["confirmed_different_from"] = confirmed
    enterprise.save(update_fields=written)
    audit_record(
        actor=actor,
        action="registry.enterprise.updated",
        target=enterprise,
        changes=changes,
        ip_address=ip_address,
    )
    return enterprise


def enterprise_data_from(enterprise: Enterprise) -> EnterpriseData:
    """The current values of an enterprise as EnterpriseData (for partial updates)."""
    return EnterpriseData(
        name=enterprise.name,
        regency=enterprise.regency,
        nib=enterprise.nib,
        legal_form=enterprise.legal_form,
        owner_name=_current(enterprise, "owner_name"),
        owner_gender=enterprise.owner_gender,
        nik=_current(enterprise, "nik"),
        phone=_current(enterprise, "phone"),
        address=enterprise.address,
        district=enterprise.district,
        latitude=enterprise.latitude,
        longitude=enterprise.longitude,
        kbli=enterprise.kbli,
        size_class=enterprise.size_class,
        annual_revenue=enterprise.annual_revenue,
        workforce=enterprise.workforce,
        is_active=enterprise.is_active,
        source=enterprise.source,
    )


@transaction.atomic
def enterprise_delete(
    *, actor: User, enterprise: Enterprise, ip_address: str | None = None
) -> None:
    """Delete an enterprise (province-wide officers only); the audit entry stays."""
    if not access.can_delete_enterprise(actor):
        raise PermissionDeniedError(_("Only province officers can delete enterprises."))
    audit_record(
        actor=actor,
        action="registry.enterprise.deleted",
        target=enterprise,
        changes=diff_fields(_snapshot(enterprise), {}, secret_fields=PERSONAL_FIELDS),
        ip_address=ip_address,
    )
    enterprise.delete()


@dataclass(frozen=True)
class PersonalData:
    owner_name: str
    nik: str
    phone: str


@transaction.atomic
def enterprise_reveal_personal_data(
    *, actor: User, enterprise: Enterprise, reason: str, ip_address: str | None = None
) -> PersonalData:
    """The full NIK, phone and owner name, for a permitted role that states a reason; audited."""
    if not access.can_reveal_personal_data(actor):
        raise PermissionDeniedError(_("Your role may not see personal data."))
    reason = (reason or "").strip()
    if len(reason) < 10:
        raise ValidationFailed(
            _("State the reason for viewing personal data (at least 10 characters)."),
            field="reason",
        )
    audit_record(
        actor=actor,
        action="registry.enterprise.personal_data_viewed",
        target=enterprise,
        reason=reason,
        ip_address=ip_address,
        changes={"fields": sorted(PERSONAL_FIELDS)},
    )
    return PersonalData(
        owner_name=enterprise.owner_name, nik=enterprise.nik, phone=enterprise.phone
    )


def search_term_key(term: str) -> str:
    """The keyed hash an audited search keeps instead of its term: to learn who searched for
    a given name or number, compare `search_term_key(it)` with the entries' `term_key`."""
    return blind_index(" ".join(term.split()).lower(), purpose="registry-search")


@transaction.atomic
def enterprise_search_audit(
    *, actor: User, filters: EnterpriseFilters, ip_address: str | None = None
) -> bool | None:
    """Audit a registry search that looks up personal data (owner-name words, a NIK or a
    phone number): which kinds, whether it matched any enterprise, and a keyed hash of the
    term, never the term. Returns whether it matched, or None when the search looks up no
    personal data (nothing is recorded). `exists()`, not a count: an audited search costs
    one short query more, not a second full scan."""
    from siapekspor.registry import selectors  # selectors read through these services

    kinds = sorted(selectors.personal_lookups(filters.q)) if filters.personal else []
    if not kinds:
        return None
    matched = selectors.enterprise_list(actor, filters).exists()
    audit_record(
        actor=actor,
        action="registry.enterprise.personal_data_searched",
        target_type="registry.enterprise",
        target_id="*",
        label=str(_("Search by owner's name, NIK or phone")),
        changes={"looked_up": kinds, "matched": matched, "term_key": search_term_key(filters.q)},
        ip_address=ip_address,
    )
    return matched


@transaction.atomic
def product_save(
    *,
    actor: User,
    enterprise: Enterprise,
    product: Product | None = None,
    hs_code: HsCode | None,
    name: str,
    description: str = "",
    monthly_capacity: Decimal | None = None,
    capacity_unit: str = "kg",
) -> Product:
    """Add or change a product of an enterprise. Saving it by hand settles an HS code that an
    import flagged for review (the officer has looked at the product)."""
    _ensure_can_write(actor, enterprise.regency, enterprise)
    if hs_code is not None and hs_code.level != 6:
        raise ValidationFailed(details=[("hs_code", _("Choose a 6-digit HS code."))])
    creating = product is None
    product = product or Product(enterprise=enterprise)
    before = (
        {}
        if creating
        else {
            "hs_code": product.hs_code_id,
            "name": product.name,
            "description": product.description,
            "monthly_capacity": product.monthly_capacity,
            "capacity_unit": product.capacity_unit,
            "hs_code_to_review": product.hs_code_to_review,
        }
    )
    product.hs_code_to_review = ""
    product.hs_code, product.name, product.description = hs_code, name.strip(), description
    product.monthly_capacity, product.capacity_unit = monthly_capacity, capacity_unit
    try:
        product.full_clean()
    except ValidationError as exc:
        raise ValidationFailed(
            details=[(f, m) for f, msgs in exc.message_dict.items() for m in msgs]
        ) from exc
    if creating:
        product.save()
    else:
        product.save(
            update_fields=[
                "hs_code",
                "hs_code_to_review",
                "name",
                "description",
                "monthly_capacity",
                "capacity_unit",
                "updated_at",
            ]
        )
    after = {
        "hs_code": product.hs_code_id,
        "name": product.name,
        "description": product.description,
        "monthly_capacity": product.monthly_capacity,
        "capacity_unit": product.capacity_unit,
        "hs_code_to_review": "",
    }
    audit_record(
        actor=actor,
        action="registry.product." + ("created" if creating else "updated"),
        target=enterprise,
        label=f"{enterprise} — {product.name}",
        changes=diff_fields(before, after),
    )
    return product


@transaction.atomic
def product_delete(*, actor: User, product: Product) -> None:
    """Delete a product of an enterprise the actor may write; audited."""
    enterprise = product.enterprise
    _ensure_can_write(actor, enterprise.regency, enterprise)
    audit_record(
        actor=actor,
        action="registry.product.deleted",
        target=enterprise,
        label=f"{enterprise} — {product.name}",
        changes={"name": [product.name, None], "hs_code": [product.hs_code_id, None]},
    )
    product.delete()
