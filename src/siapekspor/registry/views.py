"""Pages of the registry: list, detail (with audit history), create and edit, products."""

from __future__ import annotations

import dataclasses
import secrets

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from siapekspor.core.audit import audit_history, history_lines
from siapekspor.core.errors import DomainError, PermissionDeniedError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.http import client_ip
from siapekspor.core.pagination import IdFirstPaginator
from siapekspor.core.panels import render_panels
from siapekspor.registry import access, selectors, services
from siapekspor.registry.forms import EnterpriseFilterForm, EnterpriseForm, ProductForm, RevealForm
from siapekspor.registry.importing.export import enterprises_export

PAGE_SIZE = 25


SEARCHES_KEPT = 20


@login_required
def enterprise_list(request):
    """The registry list. The search box is sent by POST and kept in the session under a
    random key, so a name, NIK or phone number never appears in a URL (nor in any access
    log); the other filters, the column order and the page stay in the address. A whole
    NIK or phone number typed into the address (`?q=`) is found too, through its blind
    index, and audited (access logs lose their query strings)."""
    if not access.can_list_enterprises(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = EnterpriseFilterForm(request.POST, user=request.user)
        if form.is_valid():
            return _search_redirect(request, form.cleaned_data)
        return _list_page(request, form, selectors.EnterpriseFilters())
    form, filters = _read_filters(request, request.GET, audit=True)
    return _list_page(request, form, filters)


def _read_filters(request, query: QueryDict, *, audit: bool):
    """The filter form and the filters of a list address (its query string)."""
    data = query.copy()
    data.pop("page", None)
    order = data.pop("sort", [""])[-1]
    term = request.session.get("registry_searches", {}).get(data.pop("search", [""])[-1], "")
    if term:
        data["q"] = term
    form = EnterpriseFilterForm(data or None, user=request.user)
    filters = selectors.EnterpriseFilters(order=order)
    if form.is_valid():
        typed = form.cleaned_data["q"].strip()
        # A search key from the session was audited when it was posted; a whole NIK or
        # phone number in the address is looked up (blind index) and audited now.
        in_url = bool(typed) and not term and bool(selectors.identifier_kinds(typed))
        filters = _filters(form.cleaned_data, personal=bool(term) or in_url, order=order)
        if in_url and audit:
            services.enterprise_search_audit(
                actor=request.user, filters=filters, ip_address=client_ip(request)
            )
    return form, filters


def _filters(c: dict, *, personal: bool, order: str = "") -> selectors.EnterpriseFilters:
    return selectors.EnterpriseFilters(
        q=c["q"],
        regency=c["regency"].code if c["regency"] else "",
        district=c["district"],
        kbli=c["kbli"],
        size_class=c["size_class"],
        status=c["status"],
        personal=personal,
        order=order,
    )


def _search_redirect(request, cleaned: dict):
    query = QueryDict(mutable=True)
    for name in ("district", "kbli", "size_class", "status"):
        if cleaned[name]:
            query[name] = cleaned[name]
    if cleaned["regency"]:
        query["regency"] = cleaned["regency"].code
    if request.GET.get("sort"):
        query["sort"] = request.GET["sort"]
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


# The list's columns: (heading, sort key or "" when the column does not sort).
COLUMNS = (
    (gettext_lazy("Business name"), "name"),
    (gettext_lazy("NIB"), "nib"),
    (gettext_lazy("Owner"), ""),
    (gettext_lazy("Regency or city"), "regency"),
    (gettext_lazy("District"), "district"),
    (gettext_lazy("KBLI"), "kbli"),
    (gettext_lazy("Size"), "size"),
    (gettext_lazy("Status"), "status"),
)


def _columns(query: QueryDict, order: str) -> list[dict]:
    """Headings with the address that sorts by them (again: the other way round)."""
    out = []
    for label, key in COLUMNS:
        column = {"label": label, "key": key, "url": "", "direction": ""}
        if key:
            ascending = order == key
            column["direction"] = (
                "ascending" if ascending else "descending" if order == f"-{key}" else ""
            )
            q = query.copy()
            q["sort"] = f"-{key}" if ascending else key
            column["url"] = "?" + q.urlencode()
        out.append(column)
    return out


def kbli_datalist(*, divisions: bool = False) -> str:
    """The `<datalist id="kbli-codes">` of the KBLI pickers (built here: ~1,800 options
    through the template engine would cost the list page more than its query)."""
    options = format_html_join(
        "",
        '<option value="{}">{}</option>',
        selectors.kbli_choices(divisions=divisions),
    )
    return format_html('<datalist id="kbli-codes">{}</datalist>', options)


def _list_page(request, form, filters):
    qs = selectors.enterprise_list(request.user, filters)
    page = IdFirstPaginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    unsorted = query.copy()
    unsorted.pop("sort", None)
    return render(
        request,
        "registry/enterprise_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "columns": _columns(unsorted, filters.order),
            "kbli_datalist": kbli_datalist(divisions=True),
            "can_create": access.can_create_enterprise(request.user),
            "can_export": access.can_export_registry(request.user),
        },
    )


@login_required
@require_POST
def enterprise_export(request):
    """The list as it is filtered (search included), as csv or xlsx: personal data masked,
    the export audited with its row count (`importing.export.enterprises_export`)."""
    if not access.can_export_registry(request.user):
        raise PermissionDenied
    fmt = request.POST.get("format", "xlsx")
    _form, filters = _read_filters(
        request, QueryDict(request.POST.get("query", "")[:2000]), audit=False
    )
    try:
        result = enterprises_export(
            actor=request.user, fmt=fmt, filters=filters, ip_address=client_ip(request)
        )
    except PermissionDeniedError as exc:
        raise PermissionDenied from exc
    except DomainError as exc:
        messages.error(request, exc.message)
        return redirect("registry:enterprise-list")
    response = HttpResponse(result.content, content_type=result.content_type)
    response["Content-Disposition"] = f'attachment; filename="ikm-export.{result.extension}"'
    return response


@login_required
def enterprise_detail(request, pk: int):
    enterprise = access.get_enterprise_for_user(request.user, pk)
    from siapekspor.partners.services import disclosure_record  # audits partners only

    shown = access.disclosed_areas(request.user, enterprise)
    disclosure_record(  # every part the page shows a partner, not only the profile
        actor=request.user,
        enterprise=enterprise,
        channel="page",
        area=",".join(sorted(shown)) if shown else access.Area.PROFILE,
    )
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
            "history": (
                history_lines(audit_history(enterprise)[:50])
                if access.can_see_history(request.user)
                else None
            ),
            "reveal_form": reveal_form,
            "revealed": revealed,
            "can_reveal": access.can_reveal_personal_data(request.user),
            "can_see_owner": access.can_see_owner(request.user),
            # Officers work with Kemendagri codes (imports, BPS tables); others read the name.
            "show_region_code": access.is_officer(request.user),
            "can_edit": access.can_write_enterprise(request.user, enterprise),
            "panels": render_panels(
                "enterprise",
                request,
                enterprise,
                allowed=(lambda area: True)
                if shown is None
                else (lambda area: area is not None and area in shown),
            ),
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
    door = None
    if request.method == "POST" and form.is_valid():
        try:
            enterprise = services.enterprise_register(
                actor=request.user,
                data=form.to_data(),
                ip_address=client_ip(request),
                confirm_different=form.cleaned_data["confirm_different"],
            )
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except services.DuplicateSuspected as exc:
            door = exc
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The enterprise was registered."))
            return redirect("registry:enterprise-detail", pk=enterprise.pk)
    return _form_page(request, form, door=door)


def _form_page(request, form, *, door=None, enterprise=None):
    return render(
        request,
        "registry/enterprise_form.html",
        {
            "form": form,
            "creating": enterprise is None,
            "enterprise": enterprise,
            "door": door,
            "kbli_datalist": kbli_datalist(),
        },
    )


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
    door = None
    if request.method == "POST" and form.is_valid():
        data = form.to_data()
        # Personal fields are never sent to the browser; an empty field keeps the stored value.
        for name in ("owner_name", "nik", "phone"):
            if not getattr(data, name):
                setattr(data, name, getattr(current, name))
        try:
            services.enterprise_update(
                actor=request.user,
                enterprise=enterprise,
                data=data,
                ip_address=client_ip(request),
                confirm_different=form.cleaned_data["confirm_different"],
            )
        except PermissionDeniedError as exc:
            raise PermissionDenied from exc
        except services.DuplicateSuspected as exc:
            door = exc
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(request, _("The changes were saved."))
            return redirect("registry:enterprise-detail", pk=enterprise.pk)
    return _form_page(
        request, form, door=door, enterprise=access.get_enterprise_for_user(request.user, pk)
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
