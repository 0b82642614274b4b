"""Writes of the partners app: organisations, consents (given, recorded, withdrawn),
referrals and their updates, deadline reminders, disclosures and API idempotency."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from siapekspor.core import i18n
from siapekspor.core.audit import audit_record
from siapekspor.core.errors import ConflictError, PermissionDeniedError, ValidationFailed
from siapekspor.core.signals import announce_figures_changed
from siapekspor.partners import access, content, selectors
from siapekspor.partners import uploads as partner_uploads
from siapekspor.partners.models import (
    CLOSED_STATUSES,
    KIND_PURPOSE,
    Consent,
    ConsentMethod,
    ConsentText,
    IdempotencyRecord,
    Organisation,
    Purpose,
    Referral,
    ReferralStatus,
    ReferralUpdate,
    referral_next_statuses,
)
from siapekspor.registry import validation as registry_validation

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise

# How long a consent lasts when nobody says otherwise, and the longest allowed.
DEFAULT_CONSENT_DAYS = 365
MAX_CONSENT_DAYS = 3 * 365


# Marked with a name makemessages knows (an alias such as `_lazy` is never extracted, so the
# message stayed English in every language).
TEXT_TOO_LONG = gettext_lazy("The text is longer than %(max)s characters.")


def free_text(raw: str, *, field: str, maximum: int) -> str:
    """A note or a reason (the services here and the forms' `FreeTextField`): trimmed, line
    breaks kept, at most `maximum` characters; control characters (a NUL byte, an escape…)
    refused by the project's one rule (`registry.validation`, the registry's message)."""
    text = (raw or "").strip()
    try:
        registry_validation.plain_text(text, maximum, TEXT_TOO_LONG)
    except registry_validation.FieldProblem as exc:
        raise ValidationFailed(str(exc.message), field=field) from exc
    return text


# ---- reference data ---------------------------------------------------------------------


@transaction.atomic
def partners_load() -> dict[str, int]:
    """Create or update the seeded organisations and consent texts (content.py); safe to run
    again. Returns how many of each were created."""
    created = {"organisations": 0, "texts": 0}
    for code, name, kind in content.ORGANISATIONS:
        _org, made = Organisation.objects.update_or_create(
            code=code, defaults={"name": name, "kind": kind}
        )
        created["organisations"] += int(made)
    for purpose, versions in content.CONSENT_TEXTS.items():
        for version, texts in versions.items():
            missing = [c for c in i18n.codes() if not texts.get(c)]
            if missing:
                raise ValidationFailed(
                    _("The consent text lacks a language: %(codes)s") % {"codes": missing}
                )
            _text, made = ConsentText.objects.get_or_create(
                purpose=purpose, version=version, defaults={"texts": texts}
            )
            created["texts"] += int(made)
    return created


# ---- consent ----------------------------------------------------------------------------


def _expiry(expires_on: dt.date | None) -> dt.date:
    today = timezone.localdate()
    if expires_on is None:
        return today + dt.timedelta(days=DEFAULT_CONSENT_DAYS)
    if expires_on < today:
        raise ValidationFailed(_("The expiry date cannot be in the past."), field="expires_on")
    if expires_on > today + dt.timedelta(days=MAX_CONSENT_DAYS):
        raise ValidationFailed(
            _("A consent lasts at most three years; choose an earlier expiry date."),
            field="expires_on",
        )
    return expires_on


def _refused_twice(in_force: Consent, method: str) -> ConflictError:
    """The consent in force already covers what is asked: say whose, to whom and since when
    (the owner is told in the second person, an officer names the enterprise)."""
    dates = {
        "org": in_force.organisation.code,
        "given": formats.date_format(timezone.localtime(in_force.given_at), "DATE_FORMAT"),
        "date": formats.date_format(in_force.expires_on, "DATE_FORMAT"),
    }
    if method == ConsentMethod.APP:
        return ConflictError(
            _(
                "You already consent to %(org)s for this purpose (until %(date)s): "
                "nothing to add. Withdraw it first to change it."
            )
            % dates
        )
    return ConflictError(
        _(
            "%(enterprise)s already consents to %(org)s for this purpose: the consent given "
            "on %(given)s is in force until %(date)s, so there is nothing to record. "
            "Withdraw that consent first to record a new one."
        )
        % {**dates, "enterprise": in_force.enterprise.name}
    )


def _one_in_force(
    *,
    actor: User,
    enterprise: Enterprise,
    organisation: Organisation,
    purpose: str,
    text: ConsentText,
    method: str,
) -> None:
    """One consent in force per enterprise × organisation × purpose, whoever records it (the
    owner in the app, an officer from a signed form): the same text again is refused; a
    consent to a newer text replaces the one given under an older text (both audited)."""
    in_force = selectors.consent_for(enterprise.pk, organisation.pk, purpose)
    if in_force is None:
        return
    if in_force.text_id == text.pk or in_force.text.version >= text.version:
        raise _refused_twice(in_force, method)
    consent_withdraw(
        actor=actor,
        consent=in_force,
        reason=f"replaced by text version {text.version}",
    )


def _consent_create(
    *,
    actor: User,
    enterprise: Enterprise,
    organisation: Organisation,
    purpose: str,
    text: ConsentText,
    language: str,
    method: str,
    expires_on: dt.date | None,
    form: Any = None,
) -> Consent:
    """The one way a consent is created (in the app or from a signed form): checks, the
    one-in-force rule, then the signed form stored (encrypted) and the consent audited."""
    if purpose not in Purpose.values:
        raise ValidationFailed(_("Choose a purpose."), field="purpose")
    if text.purpose != purpose:
        raise ValidationFailed(_("The consent text does not match the purpose."), field="text")
    if not organisation.is_active:
        raise ValidationFailed(_("This organisation is no longer a partner."), field="organisation")
    expires = _expiry(expires_on)
    _one_in_force(
        actor=actor,
        enterprise=enterprise,
        organisation=organisation,
        purpose=purpose,
        text=text,
        method=method,
    )
    consent = Consent(
        enterprise=enterprise,
        organisation=organisation,
        purpose=purpose,
        text=text,
        language=i18n.normalise(language),
        method=method,
        # stored only once the consent will be made: a refused one leaves no file behind
        form_file=partner_uploads.store(form).name if form is not None else "",
        given_by=actor,
        expires_on=expires,
    )
    consent.full_clean()
    consent.save()
    audit_record(
        actor=actor,
        action="partners.consent.give",
        target=consent,
        changes={
            "organisation": [None, organisation.code],
            "purpose": [None, purpose],
            "text_version": [None, text.version],
            "method": [None, method],
            "expires_on": [None, consent.expires_on.isoformat()],
        },
    )
    return consent


@transaction.atomic
def consent_give(
    *,
    actor: User,
    enterprise: Enterprise,
    organisation: Organisation,
    purpose: str,
    text: ConsentText,
    language: str,
    expires_on: dt.date | None = None,
) -> Consent:
    """The owner consents in the app (or the API) to the exact `text` shown in `language`,
    which must be the current version of the purpose's text."""
    if not access.can_give_consent(actor, enterprise):
        raise PermissionDeniedError(_("Only the owner can give consent in the app."))
    current = selectors.current_text(purpose)
    if current is not None and current.pk != text.pk:
        raise ValidationFailed(
            _("This consent text has been replaced by a newer version: read it and consent again."),
            field="text_version",
        )
    return _consent_create(
        actor=actor,
        enterprise=enterprise,
        organisation=organisation,
        purpose=purpose,
        text=text,
        language=language,
        method=ConsentMethod.APP,
        expires_on=expires_on,
    )


@transaction.atomic
def consent_record(
    *,
    actor: User,
    enterprise: Enterprise,
    organisation: Organisation,
    purpose: str,
    form: Any,
    language: str,
    expires_on: dt.date | None = None,
) -> Consent:
    """An officer records a consent the owner signed on paper; the signed form (PDF, JPEG or
    PNG) is stored encrypted. The current text version of the purpose is the one recorded;
    the one-in-force rule is the owner's (`_one_in_force`)."""
    if not access.can_record_consent(actor, enterprise):
        raise PermissionDeniedError(_("You may not record consent for this enterprise."))
    if form is None:
        raise ValidationFailed(_("Upload the signed consent form."), field="form_file")
    text = selectors.current_text(purpose)
    if text is None:
        raise ValidationFailed(_("Choose a purpose."), field="purpose")
    return _consent_create(
        actor=actor,
        enterprise=enterprise,
        organisation=organisation,
        purpose=purpose,
        text=text,
        language=language,
        method=ConsentMethod.FORM,
        expires_on=expires_on,
        form=form,
    )


@transaction.atomic
def consent_withdraw(*, actor: User, consent: Consent, reason: str = "") -> Consent:
    """Withdraw a consent now: the partner loses access at once (every scope reads consents
    in force). Withdrawing twice changes nothing."""
    if not access.can_withdraw_consent(actor, consent):
        raise PermissionDeniedError(_("You may not withdraw this consent."))
    reason = free_text(reason, field="reason", maximum=500)
    if consent.withdrawn_at is not None:
        return consent
    consent.withdrawn_at = timezone.now()
    consent.withdrawn_by = actor
    consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
    audit_record(
        actor=actor,
        action="partners.consent.withdraw",
        target=consent,
        changes={"withdrawn_at": [None, consent.withdrawn_at.isoformat()]},
        reason=reason[:500],
    )
    return consent


@transaction.atomic
def consents_withdraw_all(*, actor: User, enterprise: Enterprise, reason: str = "") -> int:
    """Withdraw now every consent of an enterprise not yet withdrawn (its owner's personal
    data erased on their request: no partner sees it any more); each one audited. Returns
    how many were withdrawn."""
    withdrawn = 0
    for consent in Consent.objects.filter(enterprise=enterprise, withdrawn_at__isnull=True):
        consent_withdraw(actor=actor, consent=consent, reason=reason)
        withdrawn += 1
    return withdrawn


@transaction.atomic
def disclosure_record(
    *, actor: User, enterprise: Enterprise, channel: str, area: str = "profile"
) -> None:
    """Audit that a partner officer saw `area` of an enterprise's record (`channel`: page or
    api); nothing for other users."""
    if not access.is_disclosure(actor):
        return
    audit_record(
        actor=actor,
        action="partners.enterprise.disclose",
        target=enterprise,
        changes={
            "organisation": [None, access.partner_organisation_id(actor)],
            "area": [None, str(area)[:200]],
        },
        reason=channel[:40],
    )


# ---- referrals ---------------------------------------------------------------------------


def _amount(amount: Decimal | None, purpose: str) -> Decimal | None:
    if amount is None:
        return None
    if purpose != Purpose.FINANCING:
        raise ValidationFailed(_("An amount is only recorded for financing."), field="amount")
    if amount <= 0 or amount >= Decimal(10) ** 15:
        raise ValidationFailed(_("Enter an amount in rupiah greater than zero."), field="amount")
    return amount


@transaction.atomic
def referral_create(
    *,
    actor: User,
    enterprise: Enterprise,
    organisation: Organisation,
    kind: str,
    deadline: dt.date,
    amount: Decimal | None = None,
    note: str = "",
) -> Referral:
    """Refer an enterprise to a partner. Requires the owner's consent in force for that
    organisation and the kind's purpose; the first history line is "sent"."""
    if not access.can_refer(actor, enterprise):
        raise PermissionDeniedError(_("You may not refer this enterprise."))
    purpose = KIND_PURPOSE.get(kind)
    if purpose is None:
        raise ValidationFailed(_("Choose what the referral is for."), field="kind")
    if selectors.consent_for(enterprise.pk, organisation.pk, purpose) is None:
        raise ValidationFailed(
            _(
                "The owner has not consented to share data with %(org)s for this purpose: "
                "record their consent first."
            )
            % {"org": organisation.code},
            field="organisation",
        )
    if deadline < timezone.localdate():
        raise ValidationFailed(_("The deadline cannot be in the past."), field="deadline")
    note = free_text(note, field="note", maximum=2000)
    referral = Referral(
        enterprise=enterprise,
        organisation=organisation,
        kind=kind,
        purpose=purpose,
        deadline=deadline,
        amount=_amount(amount, purpose),
        note=note,
        created_by=actor,
    )
    referral.full_clean()
    referral.save()
    ReferralUpdate.objects.create(
        referral=referral,
        status=ReferralStatus.SENT,
        amount=referral.amount,
        note=referral.note,
        actor=actor,
    )
    audit_record(
        actor=actor,
        action="partners.referral.create",
        target=referral,
        changes={
            "organisation": [None, organisation.code],
            "kind": [None, kind],
            "deadline": [None, deadline.isoformat()],
        },
    )
    return referral


@transaction.atomic
def referral_update(
    *,
    actor: User,
    referral: Referral,
    status: str,
    note: str = "",
    amount: Decimal | None = None,
    reason: str = "",
) -> ReferralUpdate:
    """The partner (or the office) moves a referral on: a new status with a note, the amount
    approved or disbursed where financing, the reason when declined. Appends one history line;
    a closed referral (disbursed, declined) takes no more changes."""
    if not access.can_update_referral(actor, referral):
        raise PermissionDeniedError(_("You may not update this referral."))
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    if referral.status in CLOSED_STATUSES:
        raise ConflictError(_("This referral is closed and cannot change."))
    if status not in ReferralStatus.values:
        raise ValidationFailed(_("Choose a new status."), field="status")
    allowed = referral_next_statuses(referral.status)
    if status not in allowed:
        raise ConflictError(
            _('A referral that is "%(current)s" can only become: %(allowed)s.')
            % {
                "current": ReferralStatus(referral.status).label,
                "allowed": ", ".join(str(ReferralStatus(s).label) for s in allowed[1:]),
            }
        )
    note = free_text(note, field="note", maximum=2000)
    reason = free_text(reason, field="reason", maximum=400)
    if status == ReferralStatus.DECLINED and not reason:
        raise ValidationFailed(_("Give the reason for declining."), field="reason")
    if status == referral.status and not note and amount is None:
        raise ValidationFailed(
            _("Choose a new status, or write a note to add to the history."), field="note"
        )
    checked = _amount(amount, referral.purpose)
    before = {"status": referral.status, "amount": referral.amount}
    referral.status = status
    fields = ["status", "updated_at"]
    if checked is not None:
        referral.amount = checked
        fields.append("amount")
    if status == ReferralStatus.DECLINED:
        referral.decline_reason = reason[:400]
        fields.append("decline_reason")
    referral.full_clean()
    referral.save(update_fields=fields)
    line_note = note if status != ReferralStatus.DECLINED else (note or reason)
    update = ReferralUpdate(
        referral=referral,
        status=status,
        amount=checked,
        note=line_note[:2000],
        actor=actor,
        by_partner=access.is_partner_officer(actor),
    )
    update.full_clean()
    update.save()
    audit_record(
        actor=actor,
        action="partners.referral.update",
        target=referral,
        changes={
            "status": [before["status"], status],
            "amount": [
                str(before["amount"]) if before["amount"] is not None else None,
                str(referral.amount) if referral.amount is not None else None,
            ],
        },
        reason=reason[:400],
    )
    if status in selectors.COACHED_STATUSES or before["status"] in selectors.COACHED_STATUSES:
        # "Financed" and "coached by LPEI" in the figures read these outcomes.
        announce_figures_changed("partners.referral_outcome")
    return update


def referrals_remind(*, today: dt.date | None = None) -> int:
    """E-mail once, for every open referral past its deadline, the officer who referred it and
    the partner's officers. Safe to run twice: each referral is claimed by a conditional
    update before anything is sent. Returns the number of referrals reminded."""
    sent = 0
    for referral in list(selectors.overdue_referrals(today)):
        if _remind(referral):
            sent += 1
    return sent


@transaction.atomic
def _remind(referral: Referral) -> bool:
    claimed = Referral.objects.filter(pk=referral.pk, reminded_at__isnull=True).update(
        reminded_at=timezone.now()
    )
    if not claimed:
        return False
    recipients = list(access.partner_officers(referral.organisation))
    if referral.created_by is not None and referral.created_by.is_active:
        recipients.append(referral.created_by)
    by_language: dict[str, list[str]] = {}
    for user in recipients:
        if user.email:
            code = i18n.normalise(user.preferred_language or None)
            by_language.setdefault(code, []).append(user.email)
    for code, addresses in sorted(by_language.items()):
        with translation.override(code):
            subject = _("Referral deadline passed: %(name)s (%(org)s)") % {
                "name": referral.enterprise.name,
                "org": referral.organisation.code,
            }
            body = _(
                "The referral of %(name)s to %(org)s (%(kind)s) passed its deadline of "
                '%(deadline)s with the status "%(status)s". Please update it in SiapEkspor.'
            ) % {
                "name": referral.enterprise.name,
                "org": referral.organisation.code,
                "kind": referral.get_kind_display(),
                "deadline": referral.deadline.isoformat(),
                "status": referral.get_status_display(),
            }
        send_mail(subject, body, None, sorted(set(addresses)))
    audit_record(actor=None, action="partners.referral.remind", target=referral)
    return True


# ---- API idempotency ----------------------------------------------------------------------


def _request_hash(payload: Any) -> str:
    raw = json.dumps(payload, sort_keys=True, default=str, separators=(",", ":"))
    return hashlib.sha256(raw.encode()).hexdigest()


def idempotent_write(
    *,
    actor: User,
    key: str,
    operation: str,
    payload: Any,
    write: Callable[[], tuple[int, Any]],
) -> tuple[int, Any]:
    """Run `write` (→ status, JSON body) once per `Idempotency-Key` of this user: the response
    is stored in the same transaction as the write, so a retry (even a parallel one) returns
    the stored response and writes nothing. The same key with another operation or body is a
    conflict."""
    key = key.strip()
    if not key or len(key) > 100 or not key.isprintable():
        raise ValidationFailed(
            _("Send an Idempotency-Key header (1 to 100 characters) with every write."),
            field="Idempotency-Key",
        )
    digest = _request_hash(payload)
    for _attempt in range(2):
        stored = IdempotencyRecord.objects.filter(user=actor, key=key).first()
        if stored is not None:
            if stored.operation != operation or stored.request_hash != digest:
                raise ConflictError(
                    _("This Idempotency-Key was already used for a different request.")
                )
            return stored.status_code, stored.response
        try:
            with transaction.atomic():
                status, body = write()
                IdempotencyRecord.objects.create(
                    user=actor,
                    key=key,
                    operation=operation,
                    request_hash=digest,
                    status_code=status,
                    response=json.loads(json.dumps(body, default=str)),
                )
                audit_record(
                    actor=actor,
                    action="partners.api.write",
                    target_type="partners.idempotencyrecord",
                    target_id=hashlib.sha256(key.encode()).hexdigest()[:16],
                    label=operation[:200],
                )
            return status, body
        except IntegrityError:
            continue  # a parallel retry stored it first: its response is the answer
    raise ConflictError(_("This Idempotency-Key is being used by another request."))


@transaction.atomic
def idempotency_sweep(*, older_than: dt.timedelta = dt.timedelta(days=30)) -> int:
    """Forget stored API responses older than `older_than` (a retry comes within minutes)."""
    deleted, _by_model = IdempotencyRecord.objects.filter(
        created_at__lt=timezone.now() - older_than
    ).delete()
    return int(deleted)
