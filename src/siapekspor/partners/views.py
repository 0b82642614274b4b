"""Pages of the partners app: the home page of each role, consent (given, recorded,
withdrawn), referrals and their updates."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from siapekspor.core import i18n
from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error, show_number
from siapekspor.core.uploads import file_response
from siapekspor.partners import access, selectors, services
from siapekspor.partners.forms import (
    ConsentGiveForm,
    ConsentRecordForm,
    ReferralForm,
    ReferralUpdateForm,
    WithdrawForm,
)
from siapekspor.partners.models import CLOSED_STATUSES, Organisation, Purpose
from siapekspor.partners.uploads import CONSENT_FORMS
from siapekspor.registry import access as registry_access
from siapekspor.registry.models import Enterprise


def _text_in(texts: dict[str, str]) -> str:
    return texts.get(i18n.normalise(get_language())) or texts.get(i18n.default(), "")


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Officers: referrals and suggestions; partner officers: consenting enterprises and their
    referrals; owners: their consents and referrals."""
    user = request.user
    access.require(access.can_use_partners(user))
    referrals = access.referral_scope(user).order_by("-created_at", "-pk")[:100]
    context: dict[str, object] = {
        "referrals": referrals,
        "can_refer": access.can_refer(user),
        "organisation": None,
        "enterprises": [],
        "consents": [],
        "suggestions": [],
        "owner_enterprise": None,
    }
    org_id = access.partner_organisation_id(user)
    if org_id is not None:
        context["organisation"] = Organisation.objects.get(pk=org_id)
        context["enterprises"] = access.partner_enterprise_scope(user).order_by("name")[:200]
    elif access.can_refer(user):
        context["suggestions"] = selectors.referral_suggestions(
            registry_access.enterprise_scope(user), limit=20
        )
    else:
        owned = registry_access.enterprise_scope(user).first()
        context["owner_enterprise"] = owned
        if owned is not None:
            context["consents"] = _consent_rows(owned)
    return render(request, "partners/partner_home.html", context)


def _consent_rows(enterprise: Enterprise) -> list[dict[str, object]]:
    return [
        {"consent": c, "valid": selectors.consent_is_valid(c), "text": _text_in(c.text.texts)}
        for c in selectors.consents_of(enterprise.pk)
    ]


@login_required
def consent_give(request: HttpRequest) -> HttpResponse:
    """The owner reads the exact text of a purpose and consents for one organisation."""
    enterprise = registry_access.enterprise_scope(request.user).first()
    if enterprise is None or not access.can_give_consent(request.user, enterprise):
        raise Http404
    purpose = request.GET.get("purpose", "")
    text = selectors.current_text(purpose) if purpose in Purpose.values else None
    form = ConsentGiveForm(request.POST or None) if text else None
    if request.method == "POST" and text is not None and form is not None and form.is_valid():
        try:
            services.consent_give(
                actor=request.user,  # type: ignore[arg-type]
                enterprise=enterprise,
                organisation=form.cleaned_data["organisation"],
                purpose=purpose,
                text=text,
                language=get_language() or i18n.default(),
                expires_on=form.cleaned_data["expires_on"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request, _("Your consent is recorded. You can withdraw it at any time.")
            )
            return redirect("partners:home")
    return render(
        request,
        "partners/consent_form.html",
        {
            "purposes": Purpose.choices,
            "purpose": purpose,
            "purpose_label": Purpose(purpose).label if text else "",
            "text": _text_in(text.texts) if text else "",
            "version": text.version if text else None,
            "form": form,
        },
    )


@login_required
def consent_record(request: HttpRequest, pk: int) -> HttpResponse:
    """An officer records a consent signed on paper (form uploaded) and sees the enterprise's
    consents."""
    enterprise = registry_access.get_enterprise_for_user(request.user, pk)
    access.require(access.can_record_consent(request.user, enterprise))
    form = ConsentRecordForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.consent_record(
                actor=request.user,  # type: ignore[arg-type]
                enterprise=enterprise,
                organisation=form.cleaned_data["organisation"],
                purpose=form.cleaned_data["purpose"],
                form=form.cleaned_data["form_file"],
                language=i18n.default(),
                expires_on=form.cleaned_data["expires_on"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The consent is recorded."))
            return redirect("partners:consent-record", pk=enterprise.pk)
    return render(
        request,
        "partners/consent_record.html",
        {"enterprise": enterprise, "form": form, "consents": _consent_rows(enterprise)},
    )


@login_required
@require_http_methods(["GET", "POST"])
def consent_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw a consent (the owner, or an officer on the owner's request) in two steps: GET
    shows what withdrawing means (which organisation, which purpose, that the partner stops
    seeing the data at once) with an optional reason; POST withdraws at once. A POST without
    the page (the API's twin, tests) withdraws as well; a reason that cannot be stored shows
    the page again with the error, and nothing is withdrawn."""
    consent = access.get_consent_for_user(request.user, pk)
    access.require(access.can_withdraw_consent(request.user, consent))
    by_owner = access.can_give_consent(request.user, consent.enterprise)
    back = (
        reverse("partners:home")
        if by_owner
        else reverse("partners:consent-record", kwargs={"pk": consent.enterprise_id})
    )
    if request.method == "POST" and consent.withdrawn_at is not None:
        # nothing to do, nothing audited: say so rather than report a withdrawal
        when = formats.date_format(timezone.localtime(consent.withdrawn_at), "DATETIME_FORMAT")
        messages.info(
            request,
            _("This consent was already withdrawn on %(date)s; nothing has changed.")
            % {"date": when},
        )
        return redirect(back)
    form = WithdrawForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.consent_withdraw(
                actor=request.user,  # type: ignore[arg-type]
                consent=consent,
                reason=form.cleaned_data["reason"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request, _("The consent is withdrawn; the partner no longer sees the data.")
            )
            return redirect(back)
    return render(
        request,
        "partners/consent_withdraw.html",
        {
            "consent": consent,
            "form": form,
            "back": back,
            "by_owner": by_owner,
            "in_force": selectors.consent_is_valid(consent),
        },
    )


@login_required
def consent_file(request: HttpRequest, pk: int) -> HttpResponse:
    """The signed form, for the owner and the officers who may change the enterprise."""
    consent = access.get_consent_for_user(request.user, pk)
    if not access.can_see_consent_form(request.user, consent):
        raise Http404
    return file_response(
        consent.form_file,
        area=CONSENT_FORMS,
        permitted=True,
        download_name=f"consent-{consent.pk}.{consent.form_file.rsplit('.', 1)[-1]}",
    )


@login_required
def referral_create(request: HttpRequest) -> HttpResponse:
    """An officer refers an enterprise to a partner (the owner's consent must be in force)."""
    access.require(access.can_refer(request.user))
    initial = {}
    if request.method == "GET":
        for name in ("enterprise", "organisation", "kind"):
            if request.GET.get(name, "").isdigit() or name == "kind":
                initial[name] = request.GET.get(name, "")
    form = ReferralForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            referral = services.referral_create(
                actor=request.user,  # type: ignore[arg-type]
                enterprise=form.cleaned_data["enterprise"],
                organisation=form.cleaned_data["organisation"],
                kind=form.cleaned_data["kind"],
                deadline=form.cleaned_data["deadline"],
                amount=form.cleaned_data["amount"],
                note=form.cleaned_data["note"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The referral is sent."))
            return redirect("partners:referral-detail", pk=referral.pk)
    return render(request, "partners/referral_form.html", {"form": form})


@login_required
def referral_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A referral with its history; the partner and the office add updates here."""
    referral = access.get_referral_for_user(request.user, pk)
    can_update = access.can_update_referral(request.user, referral)
    form = ReferralUpdateForm(request.POST or None, referral=referral) if can_update else None
    if request.method == "POST":
        access.require(can_update)
        if form is not None and form.is_valid():
            try:
                services.referral_update(
                    actor=request.user,  # type: ignore[arg-type]
                    referral=referral,
                    status=form.cleaned_data["status"],
                    note=form.cleaned_data["note"],
                    amount=form.cleaned_data["amount"],
                    reason=form.cleaned_data["reason"],
                )
            except DomainError as exc:
                add_domain_error(form, exc)
            else:
                messages.success(request, _("The referral is updated."))
                return redirect("partners:referral-detail", pk=referral.pk)
    history = list(selectors.referral_history(referral))
    for update in history:  # money as every form and page shows it (core.forms.show_number)
        update.amount_text = show_number(update.amount) if update.amount else ""
    return render(
        request,
        "partners/referral_detail.html",
        {
            "referral": referral,
            "amount_text": show_number(referral.amount) if referral.amount else "",
            "history": history,
            "form": form,
            "closed": referral.status in CLOSED_STATUSES,
        },
    )
