"""/api/v1/enterprises: the same selectors and services as the pages."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from ninja import Field, FilterSchema, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import BeforeValidator
from pydantic_core import PydanticCustomError

from siapekspor.api.params import Id, code_field, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.core.errors import ValidationFailed
from siapekspor.core.http import client_ip
from siapekspor.core.pagination import IdFirstPageNumberPagination
from siapekspor.registry import access, selectors, services, validation
from siapekspor.registry.models import District, KbliCode, Regency

router = Router(tags=["enterprises"])


class ProductOut(Schema):
    id: int
    name: str
    hs_code: str | None = Field(None, alias="hs_code_id")
    description: str
    monthly_capacity: Decimal | None
    capacity_unit: str


class EnterpriseOut(Schema):
    id: int
    nib: str | None
    name: str
    legal_form: str
    owner_name_masked: str = Field(..., alias="masked_owner_name")
    owner_gender: str
    nik_masked: str = Field(..., alias="masked_nik")
    phone_masked: str = Field(..., alias="masked_phone")
    address: str
    regency: str = Field(..., alias="regency_id")
    district: str | None = Field(None, alias="district_id")
    latitude: Decimal | None
    longitude: Decimal | None
    kbli: str | None = Field(None, alias="kbli_id")
    size_class: str
    annual_revenue: Decimal | None
    workforce: int | None
    is_active: bool
    is_demo: bool
    source: str
    created_at: dt.datetime
    updated_at: dt.datetime


class EnterpriseDetailOut(EnterpriseOut):
    products: list[ProductOut]

    @staticmethod
    def resolve_products(obj):
        return list(obj.products.all())


def _checked(validator=None, *, nullable: bool = False) -> BeforeValidator:
    """The field's shared validator (`registry.validation`) before pydantic's type check: the
    same verdict and message as the form and the import, a 422 with the API's JSON error.
    A null is refused for a field that cannot be empty (PATCH `{"owner_name": null}`)."""

    def run(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise PydanticCustomError("not_null", str(validation.NOT_NULL))
        if validator is None:
            return value
        try:
            return validator(value)
        except validation.FieldProblem as exc:
            raise PydanticCustomError("invalid", str(exc.message)) from None

    return BeforeValidator(run)


Name = Annotated[str, _checked(validation.business_name)]
OwnerName = Annotated[str, _checked(validation.owner_name)]
Nib = Annotated[str | None, _checked(validation.nib, nullable=True)]
Nik = Annotated[str, _checked(validation.nik)]
Phone = Annotated[str, _checked(validation.phone)]
Address = Annotated[str, _checked(validation.address)]
LegalFormCode = Annotated[str, _checked(validation.legal_form)]
GenderCode = Annotated[str, _checked(validation.gender)]
Latitude = Annotated[Decimal | None, _checked(validation.latitude, nullable=True)]
Longitude = Annotated[Decimal | None, _checked(validation.longitude, nullable=True)]
Revenue = Annotated[Decimal | None, _checked(validation.annual_revenue, nullable=True)]
Workforce = Annotated[int | None, _checked(validation.workforce, nullable=True)]
Kbli = Annotated[str | None, _checked(validation.kbli_code, nullable=True)]
Code = Annotated[str, _checked()]
Flag = Annotated[bool, _checked()]


class EnterpriseIn(Schema):
    name: Name = Field(..., max_length=validation.NAME_MAX)
    regency: Code = Field(..., description="Kemendagri code, e.g. 18.71")
    nib: Nib = Field(None, description="13 digits")
    legal_form: LegalFormCode = "individual"
    owner_name: OwnerName = Field("", max_length=validation.OWNER_NAME_MAX)
    owner_gender: GenderCode = "unknown"
    nik: Nik = Field("", description="16 digits, as text")
    phone: Phone = Field("", description="Any Indonesian form; stored as E.164")
    address: Address = Field("", max_length=validation.ADDRESS_MAX)
    district: str | None = None
    latitude: Latitude = None
    longitude: Longitude = None
    kbli: Kbli = Field(None, description="5-digit KBLI 2020 code")
    size_class: str | None = None
    annual_revenue: Revenue = None
    workforce: Workforce = Field(None, ge=0, le=validation.WORKFORCE_MAX)
    is_active: Flag = True
    confirm_different: Flag = Field(
        False,
        description=(
            "Register it although an enterprise with the same NIK, or the same phone and a "
            "similar name, exists (the answer was 409 duplicate_suspected): the owner runs "
            "another business. A NIB already registered is always refused."
        ),
    )


class EnterprisePatch(Schema):
    """Only the fields sent change. A field that cannot be empty refuses null (422); the
    nullable ones (nib, district, coordinates, kbli, size class, revenue, workforce) clear."""

    # `T | None` only so that a field left out has a default; a null sent is validated (and
    # refused by the fields that cannot be empty).
    name: Annotated[str | None, _checked(validation.business_name)] = Field(
        None, max_length=validation.NAME_MAX
    )
    regency: Annotated[str | None, _checked()] = None
    nib: Nib = None
    legal_form: Annotated[str | None, _checked(validation.legal_form)] = None
    owner_name: Annotated[str | None, _checked(validation.owner_name)] = Field(
        None, max_length=validation.OWNER_NAME_MAX
    )
    owner_gender: Annotated[str | None, _checked(validation.gender)] = None
    nik: Annotated[str | None, _checked(validation.nik)] = None
    phone: Annotated[str | None, _checked(validation.phone)] = None
    address: Annotated[str | None, _checked(validation.address)] = Field(
        None, max_length=validation.ADDRESS_MAX
    )
    district: str | None = None
    latitude: Latitude = None
    longitude: Longitude = None
    kbli: Kbli = None
    size_class: str | None = None
    annual_revenue: Revenue = None
    workforce: Workforce = Field(None, ge=0, le=validation.WORKFORCE_MAX)
    is_active: Annotated[bool | None, _checked()] = None
    confirm_different: bool = Field(False, description="As for POST /enterprises")


class EnterpriseFilter(FilterSchema):
    q: str = text_field(
        description=(
            "Business name, NIB, or a whole NIK or phone number in any usual form "
            "(0812-7822-5627, +62 813 1248 6940): found through the blind index, the search "
            "audited. To find an owner by a word of their name use POST /enterprises/search "
            "(a request body, never a URL)."
        ),
    )
    regency: str = code_field()
    district: str = code_field()
    kbli: str = code_field()
    size_class: str = code_field()
    status: str = Field("", pattern="^(active|inactive|)$")


def _resolve(payload: dict) -> dict:
    """Turn codes into reference rows; unknown codes become field errors."""
    errors = []
    out = dict(payload)
    if "regency" in payload and payload["regency"] is not None:
        out["regency"] = Regency.objects.filter(code=payload["regency"]).first()
        if out["regency"] is None:
            errors.append(("regency", _("Unknown regency code.")))
    unknown = {"district": _("Unknown district code."), "kbli": validation.UNKNOWN_KBLI}
    for name, model in (("district", District), ("kbli", KbliCode)):
        code = payload.get(name)
        if code:
            out[name] = model.objects.filter(code=str(code).replace(" ", "")).first()
            if out[name] is None:
                errors.append((name, unknown[name]))
        elif name in payload:
            out[name] = None
    if errors:
        raise ValidationFailed(details=errors)
    return out


@router.get(
    "/enterprises", response={200: list[EnterpriseOut], **ERRORS}, summary="List enterprises"
)
@paginate(IdFirstPageNumberPagination)
def list_enterprises(request, filters: Query[EnterpriseFilter]):
    """Enterprises visible to the caller, filtered like the list page. Personal data masked."""
    if not access.can_list_enterprises(request.auth):
        raise PermissionDenied
    term = filters.q.strip()
    identifier = bool(term) and bool(selectors.identifier_kinds(term))
    found = selectors.EnterpriseFilters(
        q=filters.q,
        regency=filters.regency,
        district=filters.district,
        kbli=filters.kbli,
        size_class=filters.size_class,
        status=filters.status,
        personal=identifier,
    )
    if identifier:  # a whole NIK or phone number: blind-index lookup, audited
        services.enterprise_search_audit(
            actor=request.auth, filters=found, ip_address=client_ip(request)
        )
    return selectors.enterprise_list(request.auth, found)


class EnterpriseSearchIn(Schema):
    q: str = Field(
        ...,
        min_length=1,
        max_length=100,
        description="Business name, NIB, a word of the owner's name, a whole NIK or phone number",
    )
    regency: str = ""
    district: str = ""
    kbli: str = ""
    size_class: str = ""
    status: str = Field("", pattern="^(active|inactive|)$")


@router.post(
    "/enterprises/search",
    response={200: list[EnterpriseOut], **ERRORS},
    summary="Search enterprises, personal data included",
)
@paginate(IdFirstPageNumberPagination)
def search_enterprises(request, payload: EnterpriseSearchIn):
    """Like the list, and the term also finds owners by name, NIK or phone number. The term
    travels in the body (never in a URL or an access log); the search is audited (without
    the term). Personal data stays masked in the results."""
    if not access.can_list_enterprises(request.auth):
        raise PermissionDenied
    filters = selectors.EnterpriseFilters(**payload.dict(), personal=True)
    services.enterprise_search_audit(
        actor=request.auth, filters=filters, ip_address=client_ip(request)
    )
    return selectors.enterprise_list(request.auth, filters)


@router.get(
    "/enterprises/{enterprise_id}",
    response={200: EnterpriseDetailOut, **ERRORS},
    summary="Get one enterprise",
)
def get_enterprise(request, enterprise_id: Id):
    enterprise = access.get_enterprise_for_user(request.auth, enterprise_id)
    from siapekspor.partners.services import disclosure_record  # audits partners only

    disclosure_record(actor=request.auth, enterprise=enterprise, channel="api")
    return enterprise if access.can_see_owner(request.auth) else _WithoutOwner(enterprise)


class _WithoutOwner:
    """An enterprise as a partner organisation reads it: the business, not its owner."""

    masked_owner_name = masked_nik = masked_phone = owner_gender = ""

    def __init__(self, enterprise):
        self._enterprise = enterprise

    def __getattr__(self, name):
        return getattr(self._enterprise, name)


@router.post(
    "/enterprises", response={201: EnterpriseDetailOut, **ERRORS}, summary="Register an enterprise"
)
def create_enterprise(request, payload: EnterpriseIn):
    """Register an enterprise. 409 `duplicate_suspected` when its NIB, the owner's NIK, or
    its phone with a similar name is already registered: `details` name each match (the
    business only when the caller may see it); send again with `confirm_different: true`
    when it is another business of the same owner."""
    data = _resolve(payload.dict())
    confirm = data.pop("confirm_different")
    enterprise = services.enterprise_register(
        actor=request.auth,
        data=services.EnterpriseData(**data, source="API"),
        ip_address=client_ip(request),
        confirm_different=confirm,
    )
    return Status(201, enterprise)


@router.patch(
    "/enterprises/{enterprise_id}",
    response={200: EnterpriseDetailOut, **ERRORS},
    summary="Update an enterprise",
)
def update_enterprise(request, enterprise_id: Id, payload: EnterprisePatch):
    """Change the fields sent. A new NIB, NIK or phone that another enterprise has answers
    409 `duplicate_suspected`, as for POST /enterprises."""
    enterprise = access.get_enterprise_for_user(request.auth, enterprise_id, write=True)
    sent = payload.dict(exclude_unset=True)
    confirm = bool(sent.pop("confirm_different", False))
    changes = _resolve(sent)
    data = services.enterprise_data_from(enterprise)
    for name, value in changes.items():
        setattr(data, name, value)
    services.enterprise_update(
        actor=request.auth,
        enterprise=enterprise,
        data=data,
        ip_address=client_ip(request),
        confirm_different=confirm,
    )
    return enterprise
