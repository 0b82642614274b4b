"""The PDF of a trade document, in Indonesian and the buyer's language side by side.

Every label is the catalogue's translation in Indonesian (authoritative) over the buyer's
language; the body is set in the buyer's script's Noto font, with the others as fallbacks
(core.pdf), and laid out right to left for Arabic."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from siapekspor.core import countries, i18n
from siapekspor.core.pdf import render_pdf
from siapekspor.paperwork import pricing
from siapekspor.paperwork.models import DocumentKind, TradeDocument
from siapekspor.registry.models import CapacityUnit

LABELS = {
    "seller": _("Seller / exporter"),
    "buyer": _("Buyer / consignee"),
    "number": _("Number"),
    "date": _("Date"),
    "nib": _("NIB (business identification number)"),
    "country": _("Country"),
    "incoterm": _("Delivery term (Incoterms 2020)"),
    "currency": _("Currency"),
    "payment": _("Payment terms"),
    "description": _("Description of goods"),
    "hs": _("HS code"),
    "quantity": _("Quantity"),
    "unit": _("Unit"),
    "unit_price": _("Unit price"),
    "amount": _("Amount"),
    "total": _("Total"),
    "packages": _("Packages"),
    "net": _("Net weight (kg)"),
    "gross": _("Gross weight (kg)"),
    "rate": _("Exchange rate"),
    "origin": _("Country of origin: Indonesia"),
    "signature": _("Signature and stamp"),
    "proforma_note": _(
        "This pro forma invoice is an offer and not a demand for payment; prices are valid "
        "until confirmed by both parties."
    ),
    "declaration": _("We declare that this invoice shows the actual price of the goods described."),
}
KIND_LABELS = {
    DocumentKind.PROFORMA: pgettext_lazy("document title", "Pro forma invoice"),
    DocumentKind.COMMERCIAL: pgettext_lazy("document title", "Commercial invoice"),
    DocumentKind.PACKING: pgettext_lazy("document title", "Packing list"),
}


def _in(language: str, text: Any) -> str:
    with translation.override(language):
        return str(text)


def _pair(language: str, text: Any) -> dict[str, str]:
    first = _in(i18n.default(), text)
    second = _in(language, text)
    return {"id": first, "other": "" if second == first else second}


def _number(value: Any, places: int = 2) -> str:
    """Digits grouped with commas and a decimal point: one form for both languages of the
    document, as international trade documents write amounts."""
    if value in (None, ""):
        return ""
    return f"{Decimal(str(value)):,.{places}f}"


def _quantity(value: Any) -> str:
    if value in (None, ""):
        return ""
    number = Decimal(str(value)).normalize()
    places = max(0, -number.as_tuple().exponent)  # type: ignore[operator]
    return f"{number:,.{places}f}"


def context(doc: TradeDocument) -> dict[str, Any]:
    """Everything the document template shows."""
    lang = doc.language
    enterprise = doc.enterprise
    lines = []
    packages = 0
    net = gross = Decimal(0)
    for line in doc.lines:
        unit = line.get("unit", "")
        unit_label = CapacityUnit(unit).label if unit in CapacityUnit.values else unit
        lines.append(
            {
                **line,
                "unit_pair": _pair(lang, unit_label),
                "quantity_text": _quantity(line.get("quantity")),
                "unit_price_text": _number(
                    line.get("unit_price"), 4 if doc.currency != "IDR" else 2
                ),
                "amount_text": _number(line.get("amount")),
                "net_text": _quantity(line.get("net_kg")),
                "gross_text": _quantity(line.get("gross_kg")),
            }
        )
        packages += int(line.get("packages") or 0)
        net += Decimal(str(line.get("net_kg") or 0))
        gross += Decimal(str(line.get("gross_kg") or 0))
    return {
        "doc": doc,
        "language": lang,
        "rtl": i18n.is_rtl(lang),
        "title": _pair(lang, KIND_LABELS[DocumentKind(doc.kind)]),
        "labels": {key: _pair(lang, text) for key, text in LABELS.items()},
        "seller": {
            "name": enterprise.name,
            "nib": enterprise.nib,
            "address": enterprise.address,
            "regency": enterprise.regency.name if enterprise.regency_id else "",
            "country": {
                "id": countries.name("IDN", i18n.default()),
                "other": countries.name("IDN", lang),
            },
        },
        "buyer_country": {
            "id": countries.name(doc.buyer_country, i18n.default()),
            "other": countries.name(doc.buyer_country, lang),
        },
        "incoterm_name": pricing.OFFICIAL_NAMES.get(doc.incoterm, ""),
        "lines": lines,
        "total_text": _number(doc.total),
        "packages_total": packages,
        "net_total": _quantity(net),
        "gross_total": _quantity(gross),
        "rate_text": _number(doc.exchange_rate, 2) if doc.exchange_rate else "",
        "is_packing": doc.kind == DocumentKind.PACKING,
        "is_proforma": doc.kind == DocumentKind.PROFORMA,
    }


def render(doc: TradeDocument) -> bytes:
    """The document as PDF bytes."""
    html = render_to_string("paperwork/document_pdf.html", context(doc))
    return render_pdf(html, language=doc.language, stylesheets=["paperwork/document.css"])
