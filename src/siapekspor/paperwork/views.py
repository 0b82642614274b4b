"""Paperwork pages: an enterprise's products and documents, a product's export price
calculator, issuing a document and its PDF."""

from __future__ import annotations

from decimal import Decimal

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error
from siapekspor.paperwork import access, documents, pricing, selectors, services
from siapekspor.paperwork.forms import DocumentForm, MoreLines, PriceForm
from siapekspor.paperwork.models import DEFAULT_PLACE


def _incoterm_rows(quote: pricing.Quote | None) -> list[dict[str, object]]:
    rows = []
    for code, name, mode, computed in pricing.INCOTERMS:
        step = quote.step(code) if quote is not None and computed else None
        rows.append(
            {
                "code": code,
                "name": name,
                "mode": pricing.MODES[mode],
                "computed": computed,
                "step": step,
                "seller_bears": pricing.SELLER_BEARS.get(code, ""),
            }
        )
    return rows


@login_required
def enterprise(request, pk):
    """The enterprise's products (with their saved price) and its documents."""
    user = request.user
    if not access.can_use_paperwork(user):
        raise PermissionDenied
    ent = access.get_enterprise(user, pk)
    return render(
        request,
        "paperwork/enterprise.html",
        {
            "enterprise": ent,
            "products": selectors.enterprise_products(ent),
            "documents": list(selectors.enterprise_documents(user, ent)[:100]),
            "can_write": access.can_write(user, ent),
        },
    )


@login_required
def product(request, pk):
    """The export price calculator of a product (GET shows, POST saves)."""
    user = request.user
    prod = access.get_product(user, pk)
    ent = prod.enterprise
    can_write = access.can_write(user, ent)
    calc = selectors.calculation_of(prod)
    if request.method == "POST":
        if not can_write:
            raise PermissionDenied
        form = PriceForm(request.POST)
        if form.is_valid():
            try:
                services.price_save(actor=user, product=prod, data=form.data_object())
            except DomainError as exc:
                add_domain_error(form, exc)
            else:
                return redirect("paperwork:product", pk=prod.pk)
    elif calc is not None:
        form = PriceForm(initial={f: getattr(calc, f) for f in services.PRICE_FIELDS})
    else:
        form = PriceForm(
            initial={
                "unit": prod.capacity_unit,
                "margin_pct": Decimal(10),
                "insurance_rate_pct": Decimal("0.2"),
                "insurance_cover_pct": Decimal(110),
                "currency": "USD",
                "rate_date": timezone.localdate(),
            }
        )
    quote = calc.quote() if calc is not None else None
    return render(
        request,
        "paperwork/product.html",
        {
            "product": prod,
            "enterprise": ent,
            "form": form,
            "calc": calc,
            "quote": quote,
            "incoterms": _incoterm_rows(quote),
            "documents": list(selectors.product_documents(user, prod)[:50]),
            "can_write": can_write,
        },
    )


@login_required
def document_create(request, pk):
    """Issue a pro forma invoice, commercial invoice or packing list for a product."""
    user = request.user
    prod = access.get_product(user, pk)
    ent = prod.enterprise
    if not access.can_write(user, ent):
        raise PermissionDenied
    calc = selectors.calculation_of(prod)
    more = MoreLines(request.POST if "more-TOTAL_FORMS" in request.POST else None, prefix="more")
    if request.method == "POST":
        form = DocumentForm(request.POST)
        more_valid = not more.is_bound or more.is_valid()
        if form.is_valid() and more_valid:
            extra = [f.line() for f in more.forms if more.is_bound and f.has_changed()]
            try:
                doc = services.document_issue(
                    actor=user, enterprise=ent, product=prod, data=form.data_object(extra)
                )
            except DomainError as exc:
                add_domain_error(form, exc, field="unit_price")
            else:
                return redirect(f"{redirect('paperwork:product', pk=prod.pk).url}#doc-{doc.pk}")
    else:
        form = DocumentForm(
            initial={
                "kind": request.GET.get("kind", "proforma"),
                "language": "en",
                "incoterm": "FOB",
                "named_place": DEFAULT_PLACE,
                "currency": calc.currency if calc else "USD",
                "issue_date": timezone.localdate(),
                "description": prod.name,
                "hs_code": prod.hs_code_id or "",
                "quantity": calc.quantity if calc else None,
                "unit": calc.unit if calc else prod.capacity_unit,
            }
        )
    quote = calc.quote() if calc is not None else None
    return render(
        request,
        "paperwork/document_form.html",
        {
            "product": prod,
            "enterprise": ent,
            "form": form,
            "more": more,
            "more_forms": [(_("Line %(n)d") % {"n": i + 2}, f) for i, f in enumerate(more.forms)],
            "calc": calc,
            "incoterms": [r for r in _incoterm_rows(quote) if r["step"]],
        },
    )


@login_required
def document_pdf(request, pk):
    """The PDF of a document (in scope only)."""
    doc = access.get_document(request.user, pk)
    response = HttpResponse(documents.render(doc), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{doc.number}.pdf"'
    return response
