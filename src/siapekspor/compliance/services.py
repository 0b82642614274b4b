"""Every write of compliance: loading and editing requirements (versioned, audited),
certificates with evidence, expiry reminders and assistance cases."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from siapekspor.compliance import access, content, evidence
from siapekspor.compliance.models import (
    AssistanceCase,
    CaseStatus,
    Certificate,
    DocumentType,
    ExpiryReminder,
    Rule,
    RuleVersion,
)
from siapekspor.core import i18n
from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.signals import announce_figures_changed

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise

RULE_FIELDS = (
    "document",
    "hs_prefixes",
    "destination",
    "condition",
    "applies_from",
    "applies_to",
    "agencies",
    "cost_idr",
    "lead_days",
    "validity",
    "legal_basis",
    "notes",
    "source_refs",
    "source_url",
    "last_reviewed",
    "verified",
    "is_active",
)
DOCUMENT_FIELDS = (
    "kind",
    "names",
    "descriptions",
    "agencies",
    "cost_idr",
    "cost_text",
    "lead_days",
    "validity_days",
    "source_url",
    "verified",
    "last_reviewed",
)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _plain(rule: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in RULE_FIELDS:
        value = getattr(rule, "document_id" if name == "document" else name)
        if isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        out[name] = value
    return out


# ---- Requirements ---------------------------------------------------------------------------


@dataclass
class LoadResult:
    documents_created: int = 0
    documents_updated: int = 0
    rules_created: int = 0
    rules_updated: int = 0


def _agencies(item: dict[str, Any], *, where: str) -> dict[str, str]:
    """The item's issuing agency in every language, or {} when it names none. A file in the
    former format (one `agency` text) is refused rather than loaded without its agency."""
    if "agency" in item:
        raise content.MissingLanguage(
            f"{where}: 'agency' is now 'agencies', a text in every language of the site"
        )
    texts = item.get("agencies") or {}
    content.check_texts(texts, where=f"{where} agencies", optional=True)
    return dict(texts)


def _document_values(item: dict[str, Any], reviewed: dt.date | None) -> dict[str, Any]:
    content.check_texts(item["names"], where=f"document {item['code']} names")
    content.check_texts(item["descriptions"], where=f"document {item['code']} descriptions")
    return {
        "kind": item["kind"],
        "names": item["names"],
        "descriptions": item["descriptions"],
        "agencies": _agencies(item, where=f"document {item['code']}"),
        "cost_idr": None if item.get("cost_idr") is None else Decimal(item["cost_idr"]),
        "cost_text": item.get("cost_text", ""),
        "lead_days": item.get("lead_days"),
        "validity_days": item.get("validity_days"),
        "source_url": item.get("source", ""),
        "verified": bool(item.get("figures_verified")),
        "last_reviewed": reviewed,
    }


def _rule_values(
    item: dict[str, Any], documents: dict[str, DocumentType], reviewed: dt.date
) -> dict[str, Any]:
    content.check_texts(item.get("notes") or {}, where=f"rule {item['key']} notes", optional=True)
    if item["document"] not in documents:
        raise ValidationFailed(_("Unknown document type %(code)s.") % {"code": item["document"]})
    return {
        "document": documents[item["document"]],
        "hs_prefixes": list(item.get("hs") or []),
        "destination": item["destination"],
        "condition": item.get("condition", ""),
        "applies_from": _date(item.get("from")),
        "applies_to": _date(item.get("to")),
        "agencies": _agencies(item, where=f"rule {item['key']}"),
        "cost_idr": None if item.get("cost_idr") is None else Decimal(item["cost_idr"]),
        "lead_days": item.get("lead_days"),
        "validity": item.get("validity", ""),
        "legal_basis": item.get("legal_basis", ""),
        "notes": item.get("notes") or {},
        "source_refs": item.get("sources", ""),
        "source_url": item.get("source", ""),
        "last_reviewed": reviewed,
        "verified": bool(item.get("verified", True)),
    }


@transaction.atomic
def requirements_load(*, actor: User, data: dict[str, Any]) -> LoadResult:
    """Create or update document types and rules from the data file's content (by code and
    key). Loading the same data again changes nothing; a changed rule gets a new version
    (the previous state kept in RuleVersion) and an audit entry."""
    result = LoadResult()
    reviewed = _date(data.get("reviewed")) or timezone.localdate()
    documents: dict[str, DocumentType] = {d.code: d for d in DocumentType.objects.all()}
    for item in data["documents"]:
        values = _document_values(item, reviewed)
        doc = documents.get(item["code"])
        if doc is None:
            doc = DocumentType(code=item["code"], **values)
            doc.full_clean()
            doc.save()
            documents[doc.code] = doc
            result.documents_created += 1
            continue
        before = {name: getattr(doc, name) for name in DOCUMENT_FIELDS}
        changes = diff_fields(before, values)
        if changes:
            for name, value in values.items():
                setattr(doc, name, value)
            doc.full_clean()
            doc.save(update_fields=list(values))
            audit_record(
                actor=actor, action="compliance.document.load", target=doc, changes=changes
            )
            result.documents_updated += 1
    rules = {r.key: r for r in Rule.objects.all()}
    for item in data["rules"]:
        values = _rule_values(item, documents, reviewed)
        rule = rules.get(item["key"])
        if rule is None:
            rule = Rule(key=item["key"], **values)
            _check_rule(rule)
            rule.full_clean()
            rule.save()
            audit_record(actor=actor, action="compliance.rule.create", target=rule)
            result.rules_created += 1
            continue
        if _apply_rule_changes(actor=actor, rule=rule, values=values, reason="load-requirements"):
            result.rules_updated += 1
    return result


KNOWN_CONDITIONS = frozenset({"", "lampung_or_java", "size_large_medium", "size_micro_small"})


def _check_rule(rule: Rule) -> None:
    """Destination, HS prefixes and condition must be ones the checklist understands."""
    from siapekspor.compliance import matching
    from siapekspor.core import countries

    errors = []
    if rule.destination not in {matching.ANY, *matching.GROUPS} and not countries.is_valid(
        rule.destination
    ):
        errors.append(
            ("destination", _("Give a three-letter country code, a group (EU, ASEAN, GCC) or ANY."))
        )
    for prefix in rule.hs_prefixes or []:
        text = str(prefix)
        if text not in matching.HS_GROUPS and not (text.isdigit() and 2 <= len(text) <= 6):
            errors.append(("hs_prefixes", _("HS prefixes have 2 to 6 digits (or: food).")))
            break
    known = KNOWN_CONDITIONS | set(content.builtin().get("conditions", {}))
    if rule.condition not in known and matching.question_key(rule.condition) not in known:
        errors.append(("condition", _("Unknown condition.")))
    if rule.applies_from and rule.applies_to and rule.applies_to < rule.applies_from:
        errors.append(("applies_to", _("The end date cannot be before the start date.")))
    if errors:
        raise ValidationFailed(details=errors)


def _apply_rule_changes(*, actor: User, rule: Rule, values: dict[str, Any], reason: str) -> bool:
    before = _plain(rule)
    for name, value in values.items():
        setattr(rule, name, value)
    after = _plain(rule)
    changes = diff_fields(before, after)
    if not changes:
        return False
    _check_rule(rule)
    try:
        rule.full_clean()
    except ValidationError as exc:
        raise ValidationFailed.from_django(exc) from exc
    RuleVersion.objects.create(
        rule=rule, version=rule.version, data=before, changed_by=actor if actor.pk else None
    )
    rule.version += 1
    rule.save(update_fields=[*values, "version", "updated_at"])
    audit_record(
        actor=actor, action="compliance.rule.update", target=rule, changes=changes, reason=reason
    )
    return True


@transaction.atomic
def rule_update(*, actor: User, rule: Rule, changes: dict[str, Any], reason: str = "") -> Rule:
    """An officer edits a rule: the previous state becomes a RuleVersion, the version rises,
    the edit is audited. Only province-wide officers edit (the rules apply to everyone)."""
    if not access.can_edit_requirements(actor):
        raise PermissionDeniedError()
    unknown = set(changes) - set(RULE_FIELDS)
    if unknown:
        raise ValidationFailed(
            details=[(name, _("This field cannot be changed.")) for name in unknown]
        )
    if "notes" in changes:
        try:
            content.check_texts(changes["notes"] or {}, where="notes", optional=True)
        except content.MissingLanguage as exc:
            raise ValidationFailed(
                _("Give the note in every language of the site, or none."), field="notes"
            ) from exc
    if "agencies" in changes:
        changes = {**changes, "agencies": _edited_agencies(changes["agencies"])}
    rule = Rule.objects.select_for_update().get(pk=rule.pk)
    _apply_rule_changes(actor=actor, rule=rule, values=changes, reason=reason)
    return rule


AGENCY_MAX_LENGTH = 300


def _edited_agencies(texts: dict[str, str] | None) -> dict[str, str]:
    """An officer's agency texts, trimmed: every language of the site or none (then the
    document type's agency shows), each at most AGENCY_MAX_LENGTH characters."""
    trimmed = {str(code): str(text or "").strip() for code, text in (texts or {}).items()}
    if not any(trimmed.values()) and set(trimmed) <= set(i18n.codes()):
        return {}
    try:
        content.check_texts(trimmed, where="agencies")
    except content.MissingLanguage as exc:
        raise ValidationFailed(
            _("Give the issuing agency in every language of the site, or none."),
            field="agencies",
        ) from exc
    if any(len(text) > AGENCY_MAX_LENGTH for text in trimmed.values()):
        raise ValidationFailed(
            _("The issuing agency has at most %(limit)d characters in each language.")
            % {"limit": AGENCY_MAX_LENGTH},
            field="agencies",
        )
    return {code: trimmed[code] for code in i18n.codes()}


# ---- Certificates ---------------------------------------------------------------------------


@dataclass
class CertificateData:
    document: DocumentType
    number: str = ""
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None


def _certificate_fields(cert: Certificate) -> dict[str, Any]:
    return {
        "document": cert.document_id,
        "number": cert.number,
        "issued_on": cert.issued_on,
        "valid_until": cert.valid_until,
        "evidence_file": cert.evidence_file,
    }


@transaction.atomic
def certificate_save(
    *,
    actor: User,
    enterprise: Enterprise,
    data: CertificateData,
    certificate: Certificate | None = None,
    evidence_upload: UploadedFile[bytes] | None = None,
) -> Certificate:
    """Record (or correct) a certificate the enterprise holds, with an optional evidence file
    (PDF, PNG or JPEG; checked and stored by `core.uploads`)."""
    if not access.can_manage_certificates(actor, enterprise):
        raise PermissionDeniedError()
    if data.issued_on and data.valid_until and data.valid_until < data.issued_on:
        raise ValidationFailed(
            _("The expiry date cannot be before the date of issue."), field="valid_until"
        )
    cert = certificate or Certificate(enterprise=enterprise, created_by=actor)
    before = _certificate_fields(cert) if certificate else {}
    cert.document = data.document
    cert.number = data.number.strip()
    cert.issued_on = data.issued_on
    cert.valid_until = data.valid_until
    if evidence_upload is not None:
        evidence.FILES.attach(cert, evidence_upload)
    try:
        cert.full_clean()
    except ValidationError as exc:
        raise ValidationFailed.from_django(exc) from exc
    if cert.pk is None:
        cert.save()
    else:
        cert.save(
            update_fields=[
                *_certificate_fields(cert),
                "evidence_type",
                "evidence_size",
                "updated_at",
            ]
        )
    audit_record(
        actor=actor,
        action="compliance.certificate.update" if certificate else "compliance.certificate.create",
        target=cert,
        changes=diff_fields(before, _certificate_fields(cert)),
    )
    announce_figures_changed("certificates")
    return cert


@transaction.atomic
def certificate_delete(*, actor: User, certificate: Certificate) -> None:
    """Remove a certificate record and its evidence file."""
    if not access.can_manage_certificates(actor, certificate.enterprise):
        raise PermissionDeniedError()
    evidence.FILES.delete_on_commit(certificate)
    audit_record(actor=actor, action="compliance.certificate.delete", target=certificate)
    certificate.delete()
    announce_figures_changed("certificates")


def reminder_days() -> int:
    """Days before expiry when the reminder goes out (`COMPLIANCE_REMINDER_DAYS`, 60)."""
    return int(getattr(settings, "COMPLIANCE_REMINDER_DAYS", 60))


def reminders_send(*, today: dt.date | None = None) -> int:
    """Send one reminder for every certificate that expires within `reminder_days()` and has
    not been reminded for that expiry date (an e-mail to its owners and regency officers).
    Safe to run twice: the reminder row is claimed (unique per certificate and date) in the
    same transaction that sends. Returns the number of reminders sent."""
    today = today or timezone.localdate()
    horizon = today + dt.timedelta(days=reminder_days())
    due = list(
        Certificate.objects.filter(valid_until__gte=today, valid_until__lte=horizon)
        .exclude(
            Exists(
                ExpiryReminder.objects.filter(
                    certificate=OuterRef("pk"), valid_until=OuterRef("valid_until")
                )
            )
        )
        .select_related("enterprise", "document")
        .order_by("pk")
    )
    sent = 0
    for cert in due:
        if _remind(cert):
            sent += 1
    return sent


def _remind(cert: Certificate) -> bool:
    recipients = access.reminder_recipients(cert.enterprise)
    by_language: dict[str, list[str]] = {}
    for user in recipients:
        if user.email:
            code = i18n.normalise(user.preferred_language or None)
            by_language.setdefault(code, []).append(user.email)
    try:
        with transaction.atomic():
            ExpiryReminder.objects.create(
                certificate=cert,
                valid_until=cert.valid_until,  # type: ignore[misc]  # only dated ones expire
                recipients=len(recipients),
            )
            for code, addresses in sorted(by_language.items()):
                with translation.override(code):
                    context = {"certificate": cert, "name": content.pick(cert.document.names)}
                    subject = render_to_string(
                        "compliance/email/expiry_subject.txt", context
                    ).strip()
                    body = render_to_string("compliance/email/expiry_body.txt", context)
                send_mail(subject, body, None, addresses)
            audit_record(actor=None, action="compliance.certificate.remind", target=cert)
    except IntegrityError:
        return False  # another run sent it
    return True


# ---- Assistance cases -----------------------------------------------------------------------


@transaction.atomic
def case_request(
    *,
    actor: User,
    enterprise: Enterprise,
    document: DocumentType,
    market: str = "",
    notes: str = "",
) -> AssistanceCase:
    """Ask the office for help to obtain a certificate (owner), or open a case (officer)."""
    if not access.can_request_case(actor, enterprise):
        raise PermissionDeniedError()
    case = AssistanceCase(
        enterprise=enterprise,
        document=document,
        market=market.upper(),
        notes=notes.strip(),
        created_by=actor,
    )
    try:
        case.full_clean()
    except ValidationError as exc:
        raise ValidationFailed.from_django(exc) from exc
    case.save()
    audit_record(actor=actor, action="compliance.case.create", target=case)
    announce_figures_changed("certificates")
    return case


def _case_fields(case: AssistanceCase) -> dict[str, Any]:
    return {
        "status": case.status,
        "assignee": case.assignee_id,
        "deadline": case.deadline,
        "notes": case.notes,
        "refusal_reason": case.refusal_reason,
    }


@dataclass
class CaseChanges:
    status: str | None = None
    assignee: Any = None
    assignee_set: bool = False
    deadline: dt.date | None = None
    deadline_set: bool = False
    notes: str | None = None
    refusal_reason: str | None = None


@transaction.atomic
def case_update(*, actor: User, case: AssistanceCase, changes: CaseChanges) -> AssistanceCase:
    """An officer moves a case on (status, assignee, deadline, notes). Refusing needs a
    reason; granted and refused cases are closed on today's date."""
    if not access.can_work_case(actor, case):
        raise PermissionDeniedError()
    before = _case_fields(case)
    if changes.status is not None:
        if changes.status not in CaseStatus.values:
            raise ValidationFailed(_("Unknown status."), field="status")
        case.status = changes.status
    if changes.refusal_reason is not None:
        case.refusal_reason = changes.refusal_reason.strip()
    if case.status == CaseStatus.REFUSED and not case.refusal_reason:
        raise ValidationFailed(_("Give the reason for the refusal."), field="refusal_reason")
    if case.status != CaseStatus.REFUSED:
        case.refusal_reason = ""
    if changes.assignee_set:
        if changes.assignee is not None and not access.can_be_assignee(changes.assignee):
            raise ValidationFailed(_("Only an officer can be assigned."), field="assignee")
        case.assignee = changes.assignee
    if changes.deadline_set:
        case.deadline = changes.deadline
    if changes.notes is not None:
        case.notes = changes.notes.strip()
    case.closed_on = (
        timezone.localdate() if case.status in (CaseStatus.GRANTED, CaseStatus.REFUSED) else None
    )
    try:
        case.full_clean()
    except ValidationError as exc:
        raise ValidationFailed.from_django(exc) from exc
    case.save(
        update_fields=[
            "status",
            "refusal_reason",
            "assignee",
            "deadline",
            "notes",
            "closed_on",
            "updated_at",
        ]
    )
    audit_record(
        actor=actor,
        action="compliance.case.update",
        target=case,
        changes=diff_fields(before, _case_fields(case)),
    )
    announce_figures_changed("certificates")
    return case
