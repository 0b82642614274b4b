"""/api/v1/enterprises: the same selectors and services as the pages."""

import datetime as dt
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from ninja import Field, FilterSchema, Query, Router, Schema, Status
from ninja.pagination import paginate

from siapekspor.accounts import roles
from siapekspor.api.params import Id, code_field, text_field
from siapekspor.core.errors import ValidationFailed
from siapekspor.core.pagination import IdFirstPageNumberPagination
from siapekspor.registry import access, selectors, services
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


class EnterpriseIn(Schema):
    name: str = Field(..., min_length=1, max_length=200)
    regency: str = Field(..., description="Kemendagri code, e.g. 18.71")
    nib: str | None = Field(None, description="13 digits")
    legal_form: str = "individual"
    owner_name: str = ""
    owner_gender: str = "unknown"
    nik: str = Field("", description="16 digits, as text")
    phone: str = Field("", description="Any Indonesian form; stored as E.164")
    address: str = ""
    district: str | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    kbli: str | None = Field(None, description="5-digit KBLI 2020 code")
    size_class: str | None = None
    annual_revenue: Decimal | None = None
    workforce: int | None = Field(None, ge=0)
    is_active: bool = True


class EnterprisePatch(Schema):
    name: str | None = Field(None, min_length=1, max_length=200)
    regency: str | None = None
    nib: str | None = None
    legal_form: str | None = None
    owner_name: str | None = None
    owner_gender: str | None = None
    nik: str | None = None
    phone: str | None = None
    address: str | None = None
    district: str | None = None
    latitude: Decimal | None = None
    longitude: Decimal | None = None
    kbli: str | None = None
    size_class: str | None = None
    annual_revenue: Decimal | None = None
    workforce: int | None = Field(None, ge=0)
    is_active: bool | None = None


# Fields of EnterprisePatch that may be left out but not sent as null.
NOT_NULL = (
    "name",
    "regency",
    "legal_form",
    "owner_name",
    "owner_gender",
    "nik",
    "phone",
    "address",
    "is_active",
)


class EnterpriseFilter(FilterSchema):
    q: str = text_field(description="Business name, NIB or a word of the owner's name")
    regency: str = code_field()
    district: str = code_field()
    kbli: str = code_field()
    size_class: str = code_field()
    status: str = Field("", pattern="^(active|inactive|)$")


class ErrorDetail(Schema):
    field: str | None
    message: str


class ErrorBody(Schema):
    code: str
    message: str
    details: list[ErrorDetail]


class ErrorOut(Schema):
    error: ErrorBody


ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut, 429: ErrorOut}


def _ip(request):
    return request.META.get("REMOTE_ADDR")


def _resolve(payload: dict) -> dict:
    """Turn codes into reference rows; unknown codes become field errors."""
    errors = []
    out = dict(payload)
    if "regency" in payload and payload["regency"] is not None:
        out["regency"] = Regency.objects.filter(code=payload["regency"]).first()
        if out["regency"] is None:
            errors.append(("regency", _("Unknown regency code.")))
    unknown = {"district": _("Unknown district code."), "kbli": _("Unknown KBLI code.")}
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
    if not roles.can_list_enterprises(request.auth):
        raise PermissionDenied
    return selectors.enterprise_list(
        request.auth,
        selectors.EnterpriseFilters(
            q=filters.q,
            regency=filters.regency,
            district=filters.district,
            kbli=filters.kbli,
            size_class=filters.size_class,
            status=filters.status,
        ),
    )


@router.get(
    "/enterprises/{enterprise_id}",
    response={200: EnterpriseDetailOut, **ERRORS},
    summary="Get one enterprise",
)
def get_enterprise(request, enterprise_id: Id):
    return access.get_enterprise_for_user(request.auth, enterprise_id)


@router.post(
    "/enterprises", response={201: EnterpriseDetailOut, **ERRORS}, summary="Register an enterprise"
)
def create_enterprise(request, payload: EnterpriseIn):
    data = _resolve(payload.dict())
    enterprise = services.enterprise_register(
        actor=request.auth,
        data=services.EnterpriseData(**data, source="API"),
        ip_address=_ip(request),
    )
    return Status(201, enterprise)


@router.patch(
    "/enterprises/{enterprise_id}",
    response={200: EnterpriseDetailOut, **ERRORS},
    summary="Update an enterprise",
)
def update_enterprise(request, enterprise_id: Id, payload: EnterprisePatch):
    enterprise = access.get_enterprise_for_user(request.auth, enterprise_id, write=True)
    sent = payload.dict(exclude_unset=True)
    nulls = [name for name in NOT_NULL if name in sent and sent[name] is None]
    if nulls:  # "absent" means unchanged; null cannot clear these (send "" to clear a text)
        raise ValidationFailed(details=[(name, _("This field cannot be null.")) for name in nulls])
    changes = _resolve(sent)
    data = services.enterprise_data_from(enterprise)
    for name, value in changes.items():
        setattr(data, name, value)
    services.enterprise_update(
        actor=request.auth, enterprise=enterprise, data=data, ip_address=_ip(request)
    )
    return enterprise
