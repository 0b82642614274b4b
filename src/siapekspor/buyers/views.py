"""Pages: the buyer directory and matching (officers), the public inquiry form and its
confirmation, inquiries with replies and the lead pipeline."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siapekspor.buyers import access, selectors, services
from siapekspor.buyers.forms import (
    BuyerForm,
    DemandForm,
    InquiryForm,
    PoolEditForm,
    PoolShipmentForm,
    ReplyForm,
    StageForm,
)
from siapekspor.buyers.models import Buyer, PoolStatus
from siapekspor.core import i18n
from siapekspor.core.audit import audit_history, history_lines
from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.http import client_ip


@login_required
def buyer_list(request):
    if not access.can_manage_buyers(request.user):
        raise PermissionDenied
    q = (request.GET.get("q") or "").strip()[:100]
    buyers = list(selectors.buyer_list(request.user, q)[:200])
    rows = [
        (b, selectors.masked_contact(b.contact_name_sealed), selectors.masked_email(b.email_sealed))
        for b in buyers
    ]
    return render(request, "buyers/buyer_list.html", {"rows": rows, "q": q})


def _buyer_initial(buyer: Buyer) -> dict[str, Any]:
    """The fields of an existing buyer; personal data is never sent in clear (SECURITY.md):
    its fields start empty, showing the masked value, and stay as they are unless typed."""
    return {f: getattr(buyer, f) for f in services.BUYER_FIELDS}


def _masked_placeholders(form: BuyerForm, buyer: Buyer) -> None:
    from siapekspor.core.crypto import mask_phone, unseal

    masked = {
        "contact_name": selectors.masked_contact(buyer.contact_name_sealed),
        "email": selectors.masked_email(buyer.email_sealed),
        "phone": mask_phone(unseal(buyer.phone_sealed)),
    }
    for name, value in masked.items():
        if value:
            form.fields[name].widget.attrs["placeholder"] = value
            form.fields[name].help_text = _("Leave empty to keep the current value.")


@login_required
def buyer_edit(request, pk: int | None = None):
    if not access.can_manage_buyers(request.user):
        raise PermissionDenied
    buyer = access.get_buyer_for_user(request.user, pk) if pk is not None else None
    initial = _buyer_initial(buyer) if buyer is not None else {"language": "en"}
    form = BuyerForm(request.POST or None, initial=initial)
    if buyer is not None:
        _masked_placeholders(form, buyer)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        for name in services.PERSONAL_FIELDS:
            data[name] = data[name] or None
        try:
            saved = services.buyer_save(
                actor=request.user, data=services.BuyerData(**data), buyer=buyer
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The buyer was saved."))
            return redirect("buyers:matches", saved.pk)
    return render(request, "buyers/buyer_form.html", {"form": form, "buyer": buyer})


@login_required
def buyer_matches(request, pk: int):
    if not access.can_manage_buyers(request.user):
        raise PermissionDenied
    buyer = access.get_buyer_for_user(request.user, pk)
    form = DemandForm(request.GET or None)
    quantity, unit = None, "kg"
    if form.is_valid():
        quantity, unit = form.cleaned_data["quantity"], form.cleaned_data["unit"]
    demand = selectors.demand_of_buyer(buyer, quantity, unit)
    result = selectors.matches_for(request.user, demand)
    language = get_language() or i18n.default()
    return render(
        request,
        "buyers/buyer_matches.html",
        {
            "buyer": buyer,
            "form": form,
            "matches": [(m, m.reasons_in(language)) for m in result.matches],
            "pool": result.pool,
            "pool_reasons": result.pool.reasons_in(language) if result.pool else [],
            "contact": selectors.masked_contact(buyer.contact_name_sealed),
            "email": selectors.masked_email(buyer.email_sealed),
            "can_save_pool": access.can_manage_pools(request.user),
        },
    )


def _product_id(request) -> int | None:
    raw = request.GET.get("product") or request.POST.get("product") or ""
    return int(raw) if raw.isdigit() and len(raw) < 10 else None


def inquiry(request):
    """The public inquiry / RFQ form of one product (`?product=<id>`)."""
    product = services.inquiry_product(_product_id(request))
    if product is None:
        raise Http404
    form = InquiryForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["website"]:  # the honeypot: answered like a success, nothing recorded
            return render(request, "buyers/inquiry_sent.html", {"product": product})
        try:
            services.inquiry_submit(
                data=services.InquiryData(
                    product_id=product.pk,
                    company=data["company"],
                    country=data["country"],
                    contact_name=data["contact_name"],
                    email=data["email"],
                    message=data["message"],
                    language=get_language() or i18n.default(),
                    quantity=data["quantity"],
                    unit=data["unit"] if data["quantity"] else "",
                ),
                ip_address=client_ip(request),
                confirm_url=lambda token: request.build_absolute_uri(
                    reverse("buyers:inquiry-confirm", args=[token])
                ),
            )
        except services.RateLimited as exc:
            # No field is wrong: the limit's message alone, not under "correct the fields".
            return render(
                request,
                "buyers/inquiry_form.html",
                {"form": form, "product": product, "refused": exc.message},
                status=429,
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            return render(request, "buyers/inquiry_sent.html", {"product": product})
    return render(request, "buyers/inquiry_form.html", {"form": form, "product": product})


def inquiry_confirm(request, token: str):
    """The link of the confirmation mail: a button (mail scanners open links; only a person
    presses it), then the inquiry is routed."""
    if request.method == "POST":
        confirmed = services.inquiry_confirm(token=token)
        if confirmed is None:
            return _invalid_link(request)
        asked = selectors.inquiry_for_confirmation(token)
        return render(request, "buyers/inquiry_confirm.html", {"done": True, "asked": asked})
    asked = selectors.inquiry_for_confirmation(token)
    if asked is None:
        return _invalid_link(request)  # no button for a link that cannot work
    return render(request, "buyers/inquiry_confirm.html", {"done": False, "asked": asked})


def _invalid_link(request):
    return render(request, "buyers/inquiry_confirm.html", {"invalid": True}, status=404)


@login_required
def inquiry_list(request):
    if not access.can_list_inquiries(request.user):
        raise PermissionDenied
    stage = request.GET.get("stage") or ""
    inquiries = list(selectors.inquiry_list(request.user, stage)[:200])
    return render(request, "buyers/inquiry_list.html", {"inquiries": inquiries, "stage": stage})


def _shipment_choices(user: Any, inquiry: Any) -> list[tuple[int, str]]:
    from django.db.models import Q

    from siapekspor.shipments.access import shipment_scope

    rows = (
        shipment_scope(user)
        .filter(
            Q(enterprise_id=inquiry.enterprise_id)
            | Q(suppliers__enterprise_id=inquiry.enterprise_id)
        )
        .distinct()
        .order_by("-export_date")
        .values_list("pk", "peb_number", "export_date", "destination")[:100]
    )
    return [(pk, f"{peb} · {day:%Y-%m-%d} · {dest}") for pk, peb, day, dest in rows]


@login_required
def inquiry_detail(request, pk: int):
    from siapekspor.translation import services as mt

    inquiry = access.get_inquiry_for_user(request.user, pk)
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.reply_post(actor=request.user, inquiry=inquiry, text=form.cleaned_data["text"])
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The reply is being translated and sent."))
            return redirect("buyers:inquiry-detail", inquiry.pk)
    language = get_language() or i18n.default()
    result = None
    if access.can_manage_buyers(request.user):
        result = selectors.matches_for(request.user, selectors.demand_of_inquiry(inquiry), limit=10)
    return render(
        request,
        "buyers/inquiry_detail.html",
        {
            "inquiry": inquiry,
            "shown": mt.text_for(language, inquiry.message, inquiry.language),
            "contact": selectors.masked_contact(inquiry.contact_name_sealed),
            "email": selectors.masked_email(inquiry.email_sealed),
            "replies": inquiry.replies.select_related("author"),
            "form": form,
            "stage_form": StageForm(
                initial={"stage": inquiry.stage, "shipment": inquiry.shipment_id},
                shipments=_shipment_choices(request.user, inquiry),
            ),
            "matches": [(m, m.reasons_in(language)) for m in result.matches] if result else [],
            "pool": result.pool if result else None,
            "pool_reasons": result.pool.reasons_in(language) if result and result.pool else [],
            "can_save_pool": access.can_manage_pools(request.user),
            "pools": selectors.pools_of_inquiry(request.user, inquiry),
        },
    )


@login_required
@require_POST
def inquiry_stage(request, pk: int):
    inquiry = access.get_inquiry_for_user(request.user, pk)
    form = StageForm(request.POST, shipments=_shipment_choices(request.user, inquiry))
    if form.is_valid():
        try:
            services.lead_advance(
                actor=request.user,
                inquiry=inquiry,
                stage=form.cleaned_data["stage"],
                shipment_id=form.cleaned_data["shipment"],
            )
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("The lead was updated."))
    else:
        messages.error(request, _("Choose a stage and, for the last one, the shipment."))
    return redirect("buyers:inquiry-detail", inquiry.pk)


# ---- Pools ---------------------------------------------------------------------------------


@login_required
def pool_list(request):
    if not access.can_list_pools(request.user):
        raise PermissionDenied
    status = request.GET.get("status") or ""
    pools = list(selectors.pool_list(request.user, status)[:200])
    return render(
        request,
        "buyers/pool_list.html",
        {
            "pools": pools,
            "status": status,
            "statuses": PoolStatus.choices,
            "can_manage": access.can_manage_pools(request.user),
        },
    )


def _demand_from_post(request) -> tuple[Any, Any, Any]:
    """(demand, inquiry, buyer) of the "Save this pool" form: an inquiry's demand, or a
    buyer's with the quantity and unit the matches page was asked for."""
    inquiry_id, buyer_id = request.POST.get("inquiry") or "", request.POST.get("buyer") or ""
    if inquiry_id.isdigit() and len(inquiry_id) < 10:
        inquiry = access.get_inquiry_for_user(request.user, int(inquiry_id))
        return selectors.demand_of_inquiry(inquiry), inquiry, None
    if buyer_id.isdigit() and len(buyer_id) < 10:
        buyer = access.get_buyer_for_user(request.user, int(buyer_id))
        form = DemandForm(request.POST)
        quantity, unit = None, "kg"
        if form.is_valid():
            quantity, unit = form.cleaned_data["quantity"], form.cleaned_data["unit"]
        return selectors.demand_of_buyer(buyer, quantity, unit), None, buyer
    raise Http404


@login_required
@require_POST
def pool_create(request):
    """ "Save this pool" on a buyer's matches or an inquiry: the proposal, recomputed here."""
    if not access.can_manage_pools(request.user):
        raise PermissionDenied
    demand, inquiry, buyer = _demand_from_post(request)
    try:
        pool = services.pool_create(actor=request.user, demand=demand, inquiry=inquiry, buyer=buyer)
    except DomainError as exc:
        messages.error(request, str(exc.message))
        if inquiry is not None:
            return redirect("buyers:inquiry-detail", inquiry.pk)
        return redirect("buyers:matches", buyer.pk)
    messages.success(request, _("The pool was saved. Check the members, then confirm it."))
    return redirect("buyers:pool-detail", pool.pk)


def _share_bars(members: list[Any]) -> list[Any]:
    from django.utils.formats import number_format

    from siapekspor.core.charts import bars

    return bars(
        [{"name": m.enterprise.name, "count": m.share_percent} for m in members],
        text=lambda v: f"{number_format(v, 2)} %",
    )


@login_required
def pool_detail(request, pk: int):
    pool = access.get_pool_for_user(request.user, pk)
    members = selectors.pool_members(pool)
    can_change = access.can_change_pool(request.user, pool)
    form = None
    if can_change and pool.status == PoolStatus.PROPOSED:
        form = PoolEditForm(
            request.POST or None,
            members=members,
            user=request.user,
            initial={"months": pool.months},
        )
        if request.method == "POST" and form.is_valid():
            try:
                services.pool_update(
                    actor=request.user,
                    pool=pool,
                    months=form.cleaned_data["months"],
                    members=[
                        services.PoolMemberData(enterprise_id=e, product_id=p, quantity=q)
                        for e, p, q in form.member_rows()
                    ],
                )
            except DomainError as exc:
                add_domain_error(form, exc)
            else:
                messages.success(
                    request, _("The pool was changed; the shares follow the quantities.")
                )
                return redirect("buyers:pool-detail", pool.pk)
    elif request.method == "POST":
        if not can_change:
            raise PermissionDenied
        messages.error(request, _("Only a proposed pool can be changed."))
        return redirect("buyers:pool-detail", pool.pk)
    return render(
        request,
        "buyers/pool_detail.html",
        {
            "pool": pool,
            "members": members,
            "bars": _share_bars(members),
            "form": form,
            "can_change": can_change,
            "history": history_lines(audit_history(pool)[:50]) if can_change else [],
        },
    )


@login_required
@require_POST
def pool_status(request, pk: int):
    pool = access.get_pool_for_user(request.user, pk)
    if not access.can_change_pool(request.user, pool):
        raise PermissionDenied
    try:
        services.pool_set_status(
            actor=request.user, pool=pool, status=(request.POST.get("status") or "")[:20]
        )
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("The pool's status was changed."))
    return redirect("buyers:pool-detail", pool.pk)


@login_required
def pool_shipment(request, pk: int):
    """ "Record the shipment" of a confirmed pool: one indirect shipment, a supplier row per
    member with its share."""
    pool = access.get_pool_for_user(request.user, pk)
    if not access.can_change_pool(request.user, pool):
        raise PermissionDenied
    members = selectors.pool_members(pool)
    form = PoolShipmentForm(
        request.POST or None,
        members=members,
        initial={"destination": pool.market, "quantity": pool.quantity},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            shipment = services.pool_record_shipment(
                actor=request.user,
                pool=pool,
                data=services.PoolShipmentData(
                    peb_number=data["peb_number"],
                    export_date=data["export_date"],
                    destination=data["destination"],
                    fob_usd=data["fob_usd"],
                    fob_idr=data["fob_idr"],
                    quantity=data["quantity"],
                    exporter_name=data["exporter_name"],
                    shipper_id=data["shipper"],
                    incoterm=data["incoterm"],
                ),
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request,
                _("The shipment was recorded with each member's share; it awaits verification."),
            )
            return redirect("shipments:detail", shipment.pk)
    return render(
        request,
        "buyers/pool_shipment.html",
        {"pool": pool, "members": members, "form": form},
    )
