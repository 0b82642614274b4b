"""Pages of the registry: list, detail (with audit history), create and edit, products."""

from __future__ import annotations

import dataclasses
import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from siapekspor.core.audit import audit_history, history_lines
from siapekspor.core.errors import DomainError, PermissionDeniedError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.http import client_ip
from siapekspor.core.pagination import IdFirstPaginator
from siapekspor.core.panels import render_panels
from siapekspor.registry import access, selectors, services
from siapekspor.registry.forms import EnterpriseFilterForm, EnterpriseForm, ProductForm, RevealForm

PAGE_SIZE = 25


SEARCHES_KEPT = 20


@login_required
def enterprise_list(request):
    """The registry list. The search box is sent by POST and kept in the session under a
    random key, so a name, NIK or phone number never appears in a URL (nor in any access
    log); the other filters and the page stay in the address."""
    if not access.can_list_enterprises(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = EnterpriseFilterForm(request.POST)
        if form.is_valid():
            return _search_redirect(request, form.cleaned_data)
        return _list_page(request, form, selectors.EnterpriseFilters())
    data = request.GET.copy()
    data.pop("page", None)
    term = request.session.get("registry_searches", {}).get(data.pop("search", [""])[-1], "")
    if term:
        data["q"] = term
    form = EnterpriseFilterForm(data or None)
    filters = selectors.EnterpriseFilters()
    if form.is_valid():
        filters = _filters(form.cleaned_data, personal=bool(term))
    return _list_page(request, form, filters)


def _filters(c: dict, *, personal: bool) -> selectors.EnterpriseFilters:
    return selectors.EnterpriseFilters(
        q=c["q"],
        regency=c["regency"].code if c["regency"] else "",
        district=c["district"],
        kbli=c["kbli"],
        size_class=c["size_class"],
        status=c["status"],
        personal=personal,
    )


def _search_redirect(request, cleaned: dict):
    query = QueryDict(mutable=True)
    for name in ("district", "kbli", "size_class", "status"):
        if cleaned[name]:
            query[name] = cleaned[name]
    if cleaned["regency"]:
        query["regency"] = cleaned["regency"].code
    term = cleaned["q"].strip()
    if term:
        services.enterprise_search_audit(
            actor=request.user,
            filters=_filters(cleaned, personal=True),
            ip_address=client_ip(request),
        )
        kept = request.session.get("registry_searches", {})
        key = secrets.token_urlsafe(9)
        kept = {**dict(list(kept.items())[-(SEARCHES_KEPT - 1) :]), key: term}
        request.session["registry_searches"] = kept
        query["search"] = key
    url = reverse("registry:enterprise-list")
    return redirect(f"{url}?{query.urlencode()}" if query else url)


def _list_page(request, form, filters):
    qs = selectors.enterprise_list(request.user, filters)
    page = IdFirstPaginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "registry/enterprise_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "can_create": access.can_create_enterprise(request.user),
        },
    )


@login_required
def enterprise_detail(request, pk: int):
    enterprise = access.get_enterprise_for_user(request.user, pk)
    revealed = None
    reveal_form = RevealForm(request.POST or None) if request.method == "POST" else RevealForm()
    if request.method == "POST" and reveal_form.is_valid():
        try:
            revealed = services.enterprise_reveal_personal_data(
                actor=request.user,
                enterprise=enterprise,
                reason=reveal_form.cleaned_data["reason"],
                ip_address=client_ip(request),
            )
        except DomainError as exc:
            add_domain_error(reveal_form, exc)
    return render(
        request,
        "registry/enterprise_detail.html",
        {
            "enterprise": enterprise,
            "products": enterprise.products.select_related("hs_code"),
            "history": history_lines(audit_history(enterprise)[:50]),
            "reveal_form": reveal_form,
            "revealed": revealed,
            "can_reveal": access.can_reveal_personal_data(request.user),
            "can_edit": access.can_write_enterprise(request.user, enterprise),
            "panels": render_panels("enterprise", request, enterprise),
        },
    )


@login_required
def enterprise_create(request):
    if not access.can_create_enterprise(request.user):
        raise PermissionDenied
    form = EnterpriseForm(
        request.POST or None,
        user=request.user,
        initial={"regency": request.user.regency_id, "is_active": True},
    )
    if request.method == "POST" and form.is_valid():
        try:
            enterprise = services.enterprise_register(
                actor=request.user, data=form.to_data(), ip_address=client_ip(request)
            )
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The enterprise was registered."))
            return redirect("registry:enterprise-detail", pk=enterprise.pk)
    return render(request, "registry/enterprise_form.html", {"form": form, "creating": True})


@login_required
def enterprise_edit(request, pk: int):
    enterprise = access.get_enterprise_for_user(request.user, pk, write=True)
    current = services.enterprise_data_from(enterprise)
    initial = {
        **{f.name: getattr(current, f.name) for f in dataclasses.fields(current)},
        "regency": enterprise.regency_id,
        "district": enterprise.district_id,
        "kbli": enterprise.kbli_id,
        "nik": "",
        "phone": "",
        "owner_name": "",
    }
    form = EnterpriseForm(request.POST or None, user=request.user, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.to_data()
        # Personal fields are never sent to the browser; an empty field keeps the stored value.
        for name in ("owner_name", "nik", "phone"):
            if not getattr(data, name):
                setattr(data, name, getattr(current, name))
        try:
            services.enterprise_update(
                actor=request.user, enterprise=enterprise, data=data, ip_address=client_ip(request)
            )
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The changes were saved."))
            return redirect("registry:enterprise-detail", pk=enterprise.pk)
    return render(
        request,
        "registry/enterprise_form.html",
        {"form": form, "creating": False, "enterprise": enterprise},
    )


@login_required
def product_edit(request, pk: int, product_pk: int | None = None):
    enterprise = access.get_enterprise_for_user(request.user, pk, write=True)
    product = (
        access.get_product_for_user(request.user, enterprise, product_pk) if product_pk else None
    )
    initial = {}
    if product:
        initial = {
            "name": product.name,
            "hs_code": product.hs_code_id,
            "description": product.description,
            "monthly_capacity": product.monthly_capacity,
            "capacity_unit": product.capacity_unit,
        }
    form = ProductForm(request.POST or None, initial=initial)
    if request.method == "POST" and request.POST.get("delete") and product:
        services.product_delete(actor=request.user, product=product)
        messages.success(request, _("The product was removed."))
        return redirect("registry:enterprise-detail", pk=enterprise.pk)
    if request.method == "POST" and form.is_valid():
        c = form.cleaned_data
        try:
            services.product_save(
                actor=request.user,
                enterprise=enterprise,
                product=product,
                hs_code=c["hs_code"],
                name=c["name"],
                description=c["description"],
                monthly_capacity=c["monthly_capacity"],
                capacity_unit=c["capacity_unit"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The product was saved."))
            return redirect("registry:enterprise-detail", pk=enterprise.pk)
    return render(
        request,
        "registry/product_form.html",
        {"form": form, "enterprise": enterprise, "product": product},
    )
