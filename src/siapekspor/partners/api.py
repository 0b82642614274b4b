"""/api/v1/partners: what a partner's systems read and write with an officer's API token —
the organisation, the consenting enterprises (personal data masked, every opening audited),
the referrals and their updates — and /api/v1/me/consents: an owner reads the current consent
texts, gives consent (organisation × purpose, text version, expiry) and withdraws it. Every
write carries an `Idempotency-Key` header: a retried request gets the stored response and
writes nothing (docs/partner-api.md)."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from ninja import Field, Header, Query, Router, Schema, Status
from ninja.errors import ValidationError as NinjaValidationError

from siapekspor.api.params import CodeQuery, Id, code_field, id_field, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.core import i18n
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.partners import access, selectors, services
from siapekspor.partners.models import Consent, ConsentText, Organisation, Purpose, Referral
from siapekspor.registry.models import Enterprise

router = Router(tags=["partners"])

IdempotencyKey = Annotated[
    str,
    Header(
        alias="Idempotency-Key",
        min_length=1,
        max_length=100,
        description="A unique key per write (a UUID); a retry with the same key returns the "
        "stored response and writes nothing.",
    ),
]
# The owner's writes check who may write before the key, so a missing key is a 422 only for
# the owner (the permission matrix sees 403 for every other role).
OptionalIdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=100,
        description="A unique key per write (a UUID), required; a retry with the same key "
        "returns the stored response and writes nothing.",
    ),
]
MAX_AMOUNT = Decimal(10) ** 15 - 1


class PartnersOrganisationOut(Schema):
    id: int
    code: str
    name: str
    kind: str


class PartnersEnterpriseOut(Schema):
    id: int
    name: str
    regency: str
    owner_name_masked: str
    phone_masked: str
    purposes: list[str]


class PartnersPageQuery(Schema):
    purpose: str = code_field("")
    limit: int = Field(50, ge=1, le=200)
    offset: int = Field(0, ge=0, le=1_000_000)


class PartnersHistoryOut(Schema):
    status: str
    amount: Decimal | None
    note: str
    at: dt.datetime
    by_partner: bool


class PartnersReferralOut(Schema):
    id: int
    enterprise_id: int
    enterprise_name: str
    organisation: str
    kind: str
    purpose: str
    status: str
    deadline: dt.date
    amount: Decimal | None
    decline_reason: str
    note: str
    created_at: dt.datetime
    updated_at: dt.datetime
    history: list[PartnersHistoryOut]


class PartnersReferralUpdateIn(Schema):
    status: str = code_field(...)
    note: str = text_field("", max_length=2000)
    amount: Decimal | None = Field(None, ge=1, le=MAX_AMOUNT, decimal_places=0)
    reason: str = text_field("", max_length=400)


class PartnersReferralIn(Schema):
    enterprise_id: int = id_field()
    organisation: str = code_field(...)
    kind: str = code_field(...)
    deadline: dt.date
    amount: Decimal | None = Field(None, ge=1, le=MAX_AMOUNT, decimal_places=0)
    note: str = text_field("", max_length=2000)


def _enterprise_out(enterprise: Enterprise, purposes: list[str]) -> dict[str, Any]:
    return {
        "id": enterprise.pk,
        "name": enterprise.name,
        "regency": enterprise.regency_id or "",
        "owner_name_masked": enterprise.masked_owner_name,
        "phone_masked": enterprise.masked_phone,
        "purposes": purposes,
    }


def _referral_out(referral: Referral) -> dict[str, Any]:
    return {
        "id": referral.pk,
        "enterprise_id": referral.enterprise_id,
        "enterprise_name": referral.enterprise.name,
        "organisation": referral.organisation.code,
        "kind": referral.kind,
        "purpose": referral.purpose,
        "status": referral.status,
        "deadline": referral.deadline.isoformat(),
        "amount": str(referral.amount) if referral.amount is not None else None,
        "decline_reason": referral.decline_reason,
        "note": referral.note,
        "created_at": referral.created_at.isoformat(),
        "updated_at": referral.updated_at.isoformat(),
        "history": [
            {
                "status": u.status,
                "amount": str(u.amount) if u.amount is not None else None,
                "note": u.note,
                "at": u.created_at.isoformat(),
                "by_partner": u.by_partner,
            }
            for u in referral.updates.all()
        ],
    }


def _partner_org(request) -> int:
    org = access.partner_organisation_id(request.auth)
    if org is None:
        raise PermissionDeniedError()
    return org


@router.get(
    "/partners/organisation",
    response={200: PartnersOrganisationOut, **ERRORS},
    summary="The partner organisation of the token's officer",
)
def get_partner_organisation(request):
    return get_object_or_404(Organisation, pk=_partner_org(request))


@router.get(
    "/partners/enterprises",
    response={200: list[PartnersEnterpriseOut], **ERRORS},
    summary="Enterprises that consent to your organisation",
)
def list_partner_enterprises(request, query: Query[PartnersPageQuery]):
    """Enterprises whose owners' consent to your organisation is in force (for `purpose`
    when given); personal data masked."""
    org = _partner_org(request)
    purpose = query.purpose if query.purpose in Purpose.values else None
    if query.purpose and purpose is None:
        raise Http404
    consents = selectors.valid_consents(org, purpose)
    purposes: dict[int, list[str]] = {}
    for enterprise_id, p in consents.values_list("enterprise_id", "purpose"):
        purposes.setdefault(enterprise_id, [])
        if p not in purposes[enterprise_id]:
            purposes[enterprise_id].append(p)
    page = access.partner_enterprise_scope(request.auth, purpose).order_by("pk")[
        query.offset : query.offset + query.limit
    ]
    return [_enterprise_out(e, sorted(purposes.get(e.pk, []))) for e in page]


@router.get(
    "/partners/enterprises/{enterprise_id}",
    response={200: PartnersEnterpriseOut, **ERRORS},
    summary="One consenting enterprise (audited)",
)
def get_partner_enterprise(request, enterprise_id: Id):
    """One enterprise that consents to your organisation; the opening is audited."""
    org = _partner_org(request)
    enterprise = access.get_partner_enterprise(request.auth, enterprise_id)
    services.disclosure_record(actor=request.auth, enterprise=enterprise, channel="api")
    purposes = sorted(
        set(
            selectors.valid_consents(org)
            .filter(enterprise_id=enterprise.pk)
            .values_list("purpose", flat=True)
        )
    )
    return _enterprise_out(enterprise, purposes)


def _referrals():
    return Referral.objects.select_related("enterprise", "organisation").prefetch_related("updates")


@router.get(
    "/partners/referrals",
    response={200: list[PartnersReferralOut], **ERRORS},
    summary="Referrals you may see",
)
def list_partner_referrals(request, query: Query[PartnersPageQuery]):
    """A partner officer: referrals to their organisation whose consent is in force; officers
    and owners: the referrals of their scope. Newest first."""
    if not access.can_use_partners(request.auth):
        raise PermissionDeniedError()
    ids = access.referral_scope(request.auth).values("pk")
    page = (
        _referrals()
        .filter(pk__in=ids)
        .order_by("-created_at", "-pk")[query.offset : query.offset + query.limit]
    )
    return [_referral_out(r) for r in page]


@router.get(
    "/partners/referrals/{referral_id}",
    response={200: PartnersReferralOut, **ERRORS},
    summary="One referral with its history",
)
def get_partner_referral(request, referral_id: Id):
    referral = access.get_referral_for_user(request.auth, referral_id)
    return _referral_out(_referrals().get(pk=referral.pk))


@router.post(
    "/partners/referrals/{referral_id}/updates",
    response={201: PartnersReferralOut, **ERRORS},
    summary="Move a referral on (idempotent)",
)
def update_partner_referral(
    request, referral_id: Id, payload: PartnersReferralUpdateIn, idempotency_key: IdempotencyKey
):
    """A new status (accepted, in_process, approved, disbursed, declined with `reason`), a
    note, the amount where financing. Send a unique `Idempotency-Key`: a retry with the same
    key and body returns the first response and adds no second update; the same key with a
    different body is 409."""
    referral = access.get_referral_for_user(request.auth, referral_id)
    data = payload.dict()

    def write() -> tuple[int, Any]:
        services.referral_update(
            actor=request.auth,
            referral=referral,
            status=data["status"],
            note=data["note"],
            amount=data["amount"],
            reason=data["reason"],
        )
        return 201, _referral_out(_referrals().get(pk=referral.pk))

    status, body = services.idempotent_write(
        actor=request.auth,
        key=idempotency_key,
        operation=f"referral-update:{referral.pk}",
        payload=data,
        write=write,
    )
    return Status(status, body)


@router.post(
    "/partners/referrals",
    response={201: PartnersReferralOut, **ERRORS},
    summary="Refer an enterprise to a partner (officers, idempotent)",
)
def create_partner_referral(request, payload: PartnersReferralIn, idempotency_key: IdempotencyKey):
    """Officers refer an enterprise they may change; the owner's consent for that organisation
    and the kind's purpose must be in force (400 otherwise)."""
    from siapekspor.registry import access as registry_access

    data = payload.dict()
    if not access.can_refer(request.auth):
        raise PermissionDeniedError()
    enterprise = registry_access.get_enterprise_for_user(request.auth, data["enterprise_id"])
    organisation = Organisation.objects.filter(
        code__iexact=data["organisation"], is_active=True
    ).first()
    if organisation is None:
        raise Http404

    def write() -> tuple[int, Any]:
        referral = services.referral_create(
            actor=request.auth,
            enterprise=enterprise,
            organisation=organisation,
            kind=data["kind"],
            deadline=data["deadline"],
            amount=data["amount"],
            note=data["note"],
        )
        return 201, _referral_out(_referrals().get(pk=referral.pk))

    status, body = services.idempotent_write(
        actor=request.auth,
        key=idempotency_key,
        operation="referral-create",
        payload=data,
        write=write,
    )
    return Status(status, body)


# ---- the owner's consents (/me/consents) ----------------------------------------------------


class PartnersConsentTextOut(Schema):
    purpose: str
    purpose_label: str
    version: int
    language: str
    text: str


class PartnersConsentOptionsOut(Schema):
    organisations: list[PartnersOrganisationOut]
    texts: list[PartnersConsentTextOut]


class PartnersConsentOut(Schema):
    id: int
    enterprise_id: int
    organisation: str
    purpose: str
    text_version: int
    language: str
    method: str
    given_at: dt.datetime
    expires_on: dt.date
    withdrawn_at: dt.datetime | None
    in_force: bool


class PartnersConsentIn(Schema):
    organisation: str = code_field(..., description="The organisation's code, e.g. LPEI")
    purpose: str = code_field(..., description="financing, coaching, certification, buyer_contact")
    text_version: int = Field(..., ge=1, le=32767, description="The version of the text read")
    language: str = code_field(
        "", description="The language the text was read in (default: the request's language)"
    )
    expires_on: dt.date | None = Field(None, description="Default: one year; at most three")


class PartnersConsentWithdrawIn(Schema):
    reason: str = text_field("", max_length=500)


def _language(requested: str = "") -> str:
    return i18n.normalise(requested or get_language() or None)


def _text_out(text: ConsentText, language: str) -> dict[str, Any]:
    return {
        "purpose": text.purpose,
        "purpose_label": str(Purpose(text.purpose).label),
        "version": text.version,
        "language": language,
        "text": text.texts.get(language) or text.texts.get(i18n.default(), ""),
    }


def _consent_out(consent: Consent) -> dict[str, Any]:
    return {
        "id": consent.pk,
        "enterprise_id": consent.enterprise_id,
        "organisation": consent.organisation.code,
        "purpose": consent.purpose,
        "text_version": consent.text.version,
        "language": consent.language,
        "method": consent.method,
        "given_at": consent.given_at.isoformat(),
        "expires_on": consent.expires_on.isoformat(),
        "withdrawn_at": consent.withdrawn_at.isoformat() if consent.withdrawn_at else None,
        "in_force": selectors.consent_is_valid(consent),
    }


def _owner(request) -> Enterprise:
    enterprise = access.owner_enterprise(request.auth)
    if enterprise is None:
        raise PermissionDeniedError()
    return enterprise


def _key(idempotency_key: str | None) -> str:
    if not (idempotency_key or "").strip():
        raise NinjaValidationError([{"type": "missing", "loc": ["header", "Idempotency-Key"]}])
    return str(idempotency_key)


@router.get(
    "/me/consent-texts",
    response={200: PartnersConsentOptionsOut, **ERRORS},
    summary="The partner organisations and the current consent texts (owners)",
)
def list_my_consent_texts(request, language: CodeQuery = ""):
    """What an owner may consent to: the active partner organisations and, per purpose, the
    current version of the consent text in `language` (default: the request's language)."""
    _owner(request)
    code = _language(language)
    texts = [selectors.current_text(p) for p in Purpose.values]
    return {
        "organisations": list(selectors.organisations()),
        "texts": [_text_out(t, code) for t in texts if t is not None],
    }


@router.get(
    "/me/consents",
    response={200: list[PartnersConsentOut], **ERRORS},
    summary="Your enterprise's consents (owners)",
)
def list_my_consents(request):
    """Every consent of the owner's enterprise, newest first, with whether it is in force."""
    enterprise = _owner(request)
    return [_consent_out(c) for c in selectors.consents_of(enterprise.pk)[:200]]


@router.post(
    "/me/consents",
    response={201: PartnersConsentOut, **ERRORS},
    summary="Give consent to a partner (owners, idempotent)",
)
def give_my_consent(
    request, payload: PartnersConsentIn, idempotency_key: OptionalIdempotencyKey = None
):
    """The owner consents that `organisation` sees their enterprise for `purpose`, to the
    current `text_version` of that purpose's text (400 when it has been replaced: read it
    again), until `expires_on`. Send a unique `Idempotency-Key`: a retry returns the first
    response and records no second consent."""
    enterprise = _owner(request)
    key = _key(idempotency_key)
    data = payload.dict()
    organisation = Organisation.objects.filter(
        code__iexact=data["organisation"], is_active=True
    ).first()
    if organisation is None:
        raise Http404
    if data["purpose"] not in Purpose.values:
        raise ValidationFailed(_("Choose a purpose."), field="purpose")
    text = selectors.text_version(data["purpose"], data["text_version"])
    if text is None:
        raise ValidationFailed(
            _("There is no such version of this consent text."), field="text_version"
        )

    def write() -> tuple[int, Any]:
        consent = services.consent_give(
            actor=request.auth,
            enterprise=enterprise,
            organisation=organisation,
            purpose=data["purpose"],
            text=text,
            language=_language(data["language"]),
            expires_on=data["expires_on"],
        )
        return 201, _consent_out(consent)

    status, body = services.idempotent_write(
        actor=request.auth, key=key, operation="consent-give", payload=data, write=write
    )
    return Status(status, body)


@router.post(
    "/me/consents/{consent_id}/withdraw",
    response={200: PartnersConsentOut, **ERRORS},
    summary="Withdraw a consent at once (owners, idempotent)",
)
def withdraw_my_consent(
    request,
    consent_id: Id,
    payload: PartnersConsentWithdrawIn,
    idempotency_key: OptionalIdempotencyKey = None,
):
    """The partner loses access at once. Withdrawing an already withdrawn consent changes
    nothing; send an `Idempotency-Key` as for every write."""
    enterprise = _owner(request)
    key = _key(idempotency_key)
    consent = access.get_consent_for_user(request.auth, consent_id)
    if consent.enterprise_id != enterprise.pk:
        raise Http404
    data = payload.dict()

    def write() -> tuple[int, Any]:
        withdrawn = services.consent_withdraw(
            actor=request.auth, consent=consent, reason=data["reason"]
        )
        return 200, _consent_out(withdrawn)

    status, body = services.idempotent_write(
        actor=request.auth,
        key=key,
        operation=f"consent-withdraw:{consent.pk}",
        payload=data,
        write=write,
    )
    return Status(status, body)
