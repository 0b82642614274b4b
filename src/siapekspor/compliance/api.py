"""/api/v1/compliance: requirements, gap checklist, origin advice, certificates and cases —
the same selectors and services as the pages."""

import datetime as dt
from decimal import Decimal
from typing import Annotated

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext
from ninja import Field, File, Query, Router, Schema, Status
from ninja.files import UploadedFile
from ninja.pagination import paginate
from pydantic import StringConstraints

from siapekspor.api.params import CODE_MAX, CodeQuery, Id, code_field, id_field, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.compliance import access, content, selectors, services
from siapekspor.compliance.models import DocumentType, Rule
from siapekspor.compliance.services import AGENCY_MAX_LENGTH
from siapekspor.core import i18n
from siapekspor.core.errors import ValidationFailed
from siapekspor.core.pagination import IdFirstPageNumberPagination

router = Router(tags=["compliance"])

CodeText = Annotated[str, StringConstraints(max_length=CODE_MAX)]
AgencyText = Annotated[str, StringConstraints(max_length=AGENCY_MAX_LENGTH)]


class ComplianceDocumentOut(Schema):
    code: str
    kind: str
    name: str
    description: str
    agency: str = Field(..., description="The issuing agency in the request's language")
    agencies: dict[str, str] = Field(..., description="The issuing agency, {language: text}")
    cost_idr: Decimal | None
    lead_days: int | None
    validity_days: int | None
    source_url: str
    figures_verified: bool = Field(..., alias="verified")

    @staticmethod
    def resolve_name(obj):
        return content.pick(obj.names)

    @staticmethod
    def resolve_description(obj):
        return content.pick(obj.descriptions)


class ComplianceRuleOut(Schema):
    id: int
    key: str
    document: str
    hs_prefixes: list[str]
    destination: str
    condition: str
    applies_from: dt.date | None
    applies_to: dt.date | None
    agency: str = Field(
        ...,
        description="The issuing agency in the request's language (the rule's, else its "
        "document type's)",
    )
    agencies: dict[str, str] = Field(
        ..., description="The rule's own issuing agency, {language: text}; {} if none"
    )
    cost_idr: Decimal | None
    lead_days: int | None
    validity: str
    legal_basis: str
    note: str
    source_refs: str
    source_url: str
    last_reviewed: dt.date
    verified: bool
    is_active: bool
    version: int

    @staticmethod
    def resolve_document(obj):
        return obj.document.code

    @staticmethod
    def resolve_note(obj):
        return content.pick(obj.notes)


class ComplianceRuleIn(Schema):
    hs_prefixes: list[str] | None = Field(None, max_length=60)
    destination: str | None = code_field(None)
    condition: str | None = text_field(None, max_length=40)
    applies_from: dt.date | None = None
    applies_to: dt.date | None = None
    agencies: dict[CodeText, AgencyText] | None = Field(
        None,
        max_length=len(i18n.codes()),
        description="The issuing agency, {language code: text}, in every language of the site; "
        "{} for none (the document type's agency shows)",
    )
    agency: str | None = text_field(
        None,
        max_length=AGENCY_MAX_LENGTH,
        deprecated=True,
        description="Replaced by `agencies`: refused",
    )
    lead_days: int | None = Field(None, ge=0, le=3650)
    validity: str | None = text_field(None)
    legal_basis: str | None = text_field(None, max_length=400)
    last_reviewed: dt.date | None = None
    verified: bool | None = None
    is_active: bool | None = None
    reason: str = text_field("", max_length=500)


class ComplianceRuleFilter(Schema):
    destination: str = code_field()
    hs: str = text_field(max_length=6)


class ComplianceChecklistQuery(Schema):
    hs: str = text_field(max_length=10)
    market: str = code_field()
    enterprise: int | None = id_field(None)
    date: str = text_field(max_length=10)


class ComplianceRuleLineOut(Schema):
    key: str
    legal_basis: str
    source_url: str
    source_refs: str
    verified: bool
    applies_from: dt.date | None
    applies_to: dt.date | None
    validity: str
    note: str
    question: str


class ComplianceChecklistItemOut(Schema):
    code: str
    name: str
    description: str
    kind: str
    status: str
    agency: str
    cost_idr: Decimal | None
    lead_days: int | None
    verified: bool
    certificate_id: int | None
    valid_until: dt.date | None
    rules: list[ComplianceRuleLineOut]

    @staticmethod
    def resolve_certificate_id(obj):
        return obj.certificate.pk if obj.certificate else None

    @staticmethod
    def resolve_valid_until(obj):
        return obj.certificate.valid_until if obj.certificate else None


class ComplianceChecklistOut(Schema):
    hs6: str
    market: str
    on: dt.date
    enterprise_id: int | None
    items: list[ComplianceChecklistItemOut]
    to_check: list[ComplianceChecklistItemOut]
    counts: dict[str, int]
    cost_known_idr: Decimal
    cost_unknown: int
    longest_lead_days: int
    total_lead_days: int
    lead_unknown: int
    ready_on: dt.date


class ComplianceTariffOut(Schema):
    scheme: str
    rate_pct: Decimal | None
    text: str
    source: str


class ComplianceOriginOptionOut(Schema):
    form: str
    name: str
    scheme: str
    rule: str
    rule_verified: bool = False
    preferential: ComplianceTariffOut | None
    saving_pct: Decimal | None


class ComplianceOriginOut(Schema):
    hs6: str
    market: str
    tariffs_loaded: bool
    mfn: ComplianceTariffOut | None
    options: list[ComplianceOriginOptionOut]
    tariffs: list[ComplianceTariffOut]


class ComplianceCertificateOut(Schema):
    id: int
    enterprise_id: int
    document: str
    number: str
    issued_on: dt.date | None
    valid_until: dt.date | None
    has_evidence: bool

    @staticmethod
    def resolve_document(obj):
        return obj.document.code

    @staticmethod
    def resolve_has_evidence(obj):
        return bool(obj.evidence_file)


class ComplianceCertificateIn(Schema):
    document: str = text_field(..., max_length=40)
    number: str = text_field("", max_length=100)
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None


class ComplianceCaseOut(Schema):
    id: int
    enterprise_id: int
    document: str
    market: str
    status: str
    assignee_id: int | None
    deadline: dt.date | None
    notes: str
    refusal_reason: str
    closed_on: dt.date | None

    @staticmethod
    def resolve_document(obj):
        return obj.document.code


class ComplianceCaseIn(Schema):
    document: str = text_field(..., max_length=40)
    market: str = text_field("", max_length=3)
    notes: str = text_field("", max_length=4000)


class ComplianceCaseUpdateIn(Schema):
    status: str | None = code_field(None)
    assignee_id: int | None = id_field(None)
    deadline: dt.date | None = None
    notes: str | None = text_field(None, max_length=4000)
    refusal_reason: str | None = text_field(None, max_length=500)


class ComplianceCaseFilter(Schema):
    status: str = code_field()
    mine: bool = False


def _document(code: str) -> DocumentType:
    try:
        return DocumentType.objects.get(code=code)
    except DocumentType.DoesNotExist as exc:
        from siapekspor.core.errors import ValidationFailed

        raise ValidationFailed(content_error_unknown_document(), field="document") from exc


def content_error_unknown_document():
    from django.utils.translation import gettext

    return gettext("Unknown certificate type.")


@router.get(
    "/compliance/documents",
    response={200: list[ComplianceDocumentOut], **ERRORS},
    summary="List certificate and document types",
)
def list_compliance_documents(request, kind: CodeQuery = ""):
    if not access.can_read_requirements(request.auth):
        raise PermissionDenied
    return selectors.document_types(kind or None)


@router.get(
    "/compliance/rules",
    response={200: list[ComplianceRuleOut], **ERRORS},
    summary="List requirement rules",
)
def list_compliance_rules(request, filters: Query[ComplianceRuleFilter]):
    if not access.can_read_requirements(request.auth):
        raise PermissionDenied
    hs = filters.hs if filters.hs.isdigit() else ""
    return selectors.rules_list(destination=filters.destination, hs=hs)


@router.patch(
    "/compliance/rules/{rule_id}",
    response={200: ComplianceRuleOut, **ERRORS},
    summary="Edit a requirement rule (a new version, audited)",
)
def update_compliance_rule(request, rule_id: Id, payload: ComplianceRuleIn):
    if not access.can_edit_requirements(request.auth):
        raise PermissionDenied
    try:
        rule = Rule.objects.select_related("document").get(pk=rule_id)
    except Rule.DoesNotExist as exc:
        raise Http404 from exc
    changes = payload.dict(exclude_unset=True)
    reason = changes.pop("reason", "")
    if "agency" in changes:
        raise ValidationFailed(
            gettext("Give the issuing agency in every language of the site in `agencies`."),
            field="agency",
        )
    if changes.get("destination"):
        changes["destination"] = changes["destination"].upper()
    return services.rule_update(actor=request.auth, rule=rule, changes=changes, reason=reason)


@router.get(
    "/compliance/checklist",
    response={200: ComplianceChecklistOut, **ERRORS},
    summary="Gap checklist for a product, market and date",
)
def get_compliance_checklist(request, query: Query[ComplianceChecklistQuery]):
    """What the product needs in the market on the date; with `enterprise`, what it has,
    what is missing or expiring, and the cost and time to be ready."""
    user = request.auth
    if not access.can_read_requirements(user):
        raise PermissionDenied
    hs6, market, on = selectors.parse_query(query.hs, query.market, query.date or None)
    enterprise = access.get_enterprise(user, query.enterprise) if query.enterprise else None
    return selectors.checklist(hs6=hs6, market=market, on=on, enterprise=enterprise)


@router.get(
    "/compliance/origin",
    response={200: ComplianceOriginOut, **ERRORS},
    summary="Certificate-of-origin advice for a product and market",
)
def get_compliance_origin(
    request, hs: CodeQuery = "", market: CodeQuery = "", date: CodeQuery = ""
):
    if not access.can_read_requirements(request.auth):
        raise PermissionDenied
    hs6, iso3, on = selectors.parse_query(hs, market, date or None)
    return selectors.origin_advice(hs6=hs6, market=iso3, on=on)


@router.get(
    "/compliance/enterprises/{enterprise_id}/certificates",
    response={200: list[ComplianceCertificateOut], **ERRORS},
    summary="Certificates an enterprise holds",
)
def list_compliance_certificates(request, enterprise_id: Id):
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    return selectors.enterprise_certificates(enterprise)


@router.post(
    "/compliance/enterprises/{enterprise_id}/certificates",
    response={201: ComplianceCertificateOut, **ERRORS},
    summary="Record a certificate an enterprise holds",
)
def create_compliance_certificate(request, enterprise_id: Id, payload: ComplianceCertificateIn):
    """Evidence files are uploaded on the enterprise's compliance page."""
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    cert = services.certificate_save(
        actor=request.auth,
        enterprise=enterprise,
        data=services.CertificateData(
            document=_document(payload.document),
            number=payload.number,
            issued_on=payload.issued_on,
            valid_until=payload.valid_until,
        ),
    )
    return Status(201, cert)


@router.post(
    "/compliance/certificates/{certificate_id}/evidence",
    response={200: ComplianceCertificateOut, **ERRORS},
    summary="Upload a certificate's evidence file (PDF, PNG or JPEG)",
)
def upload_compliance_evidence(request, certificate_id: Id, file: File[UploadedFile]):
    """Multipart upload, field `file`. The type is sniffed from the content and the size
    capped; a wrong type or an oversize file is a 400 with the reason."""
    cert = access.get_certificate(request.auth, certificate_id)
    return services.certificate_save(
        actor=request.auth,
        enterprise=cert.enterprise,
        certificate=cert,
        data=services.CertificateData(
            document=cert.document,
            number=cert.number,
            issued_on=cert.issued_on,
            valid_until=cert.valid_until,
        ),
        evidence_upload=file,
    )


@router.get(
    "/compliance/cases",
    response={200: list[ComplianceCaseOut], **ERRORS},
    summary="Certification-assistance cases (the officer's queue)",
)
@paginate(IdFirstPageNumberPagination)
def list_compliance_cases(request, filters: Query[ComplianceCaseFilter]):
    if not access.can_use_compliance(request.auth):
        raise PermissionDenied
    return selectors.case_queue(request.auth, status=filters.status, mine=filters.mine)


@router.post(
    "/compliance/enterprises/{enterprise_id}/cases",
    response={201: ComplianceCaseOut, **ERRORS},
    summary="Ask the office for help with a certificate",
)
def create_compliance_case(request, enterprise_id: Id, payload: ComplianceCaseIn):
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    case = services.case_request(
        actor=request.auth,
        enterprise=enterprise,
        document=_document(payload.document),
        market=payload.market,
        notes=payload.notes,
    )
    return Status(201, case)


@router.patch(
    "/compliance/cases/{case_id}",
    response={200: ComplianceCaseOut, **ERRORS},
    summary="Move an assistance case on",
)
def update_compliance_case(request, case_id: Id, payload: ComplianceCaseUpdateIn):
    case = access.get_case(request.auth, case_id)
    given = payload.dict(exclude_unset=True)
    assignee = None
    if given.get("assignee_id"):
        assignee = access.assignee_choices(request.auth).filter(pk=given["assignee_id"]).first()
        if assignee is None:
            from django.utils.translation import gettext

            from siapekspor.core.errors import ValidationFailed

            raise ValidationFailed(gettext("Only an officer can be assigned."), field="assignee_id")
    return services.case_update(
        actor=request.auth,
        case=case,
        changes=services.CaseChanges(
            status=given.get("status"),
            assignee=assignee,
            assignee_set="assignee_id" in given,
            deadline=given.get("deadline"),
            deadline_set="deadline" in given,
            notes=given.get("notes"),
            refusal_reason=given.get("refusal_reason"),
        ),
    )
