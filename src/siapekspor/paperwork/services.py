"""Every write of paperwork: saving a product's export price and issuing trade documents."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from siapekspor.core import countries, i18n
from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.errors import ConflictError, PermissionDeniedError, ValidationFailed
from siapekspor.paperwork import access, pricing
from siapekspor.paperwork.models import (
    NUMBER_PREFIX,
    DocumentKind,
    PriceCalculation,
    TradeDocument,
)
from siapekspor.registry.models import CapacityUnit

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise, Product

PRICE_FIELDS = (
    "quantity",
    "unit",
    "production_cost",
    "margin_pct",
    "inland_transport",
    "documents",
    "handling",
    "freight",
    "insurance_rate_pct",
    "insurance_cover_pct",
    "currency",
    "exchange_rate",
    "rate_date",
    "destination_port",
)
MAX_LINES = 20
MAX_AMOUNT = Decimal("1e15")


def buyer_languages() -> tuple[str, ...]:
    """The languages a document may carry beside Indonesian."""
    return tuple(code for code in i18n.codes() if code != i18n.default())


@dataclass(frozen=True)
class PriceData:
    quantity: Decimal
    unit: str
    production_cost: Decimal
    margin_pct: Decimal
    inland_transport: Decimal
    documents: Decimal
    handling: Decimal
    freight: Decimal
    insurance_rate_pct: Decimal
    insurance_cover_pct: Decimal
    currency: str
    exchange_rate: Decimal
    rate_date: dt.date
    destination_port: str = ""


@transaction.atomic
def price_save(*, actor: User, product: Product, data: PriceData) -> PriceCalculation:
    """Save (create or replace) the export price calculation of `product`."""
    if not access.can_write(actor, product.enterprise):
        raise PermissionDeniedError()
    calc = PriceCalculation.objects.filter(product=product).first()
    created = calc is None
    if calc is None:
        calc = PriceCalculation(product=product)
    before = {f: getattr(calc, f) for f in PRICE_FIELDS}
    for field in PRICE_FIELDS:
        setattr(calc, field, getattr(data, field))
    calc.updated_by = actor if actor.pk else None
    try:
        calc.full_clean()
    except ValidationError as exc:
        raise ValidationFailed.from_django(exc) from exc
    if created:
        calc.save()
    else:
        calc.save(update_fields=[*PRICE_FIELDS, "updated_by", "updated_at"])
    after = {f: getattr(calc, f) for f in PRICE_FIELDS}
    audit_record(
        actor=actor,
        action="paperwork.price.save",
        target=calc,
        changes=diff_fields(before, after),
    )
    return calc


@dataclass(frozen=True)
class LineData:
    description: str
    hs_code: str
    quantity: Decimal
    unit: str
    unit_price: Decimal | None = None  # None: the product's calculated price at the Incoterm
    packages: int | None = None
    package_kind: str = ""
    net_kg: Decimal | None = None
    gross_kg: Decimal | None = None


@dataclass(frozen=True)
class DocumentData:
    kind: str
    buyer_name: str
    buyer_address: str
    buyer_country: str
    language: str
    incoterm: str
    named_place: str
    currency: str
    lines: list[LineData]
    payment_terms: str = ""
    issue_date: dt.date | None = None


def _line_problems(index: int, line: LineData) -> list[tuple[str | None, str]]:
    where = _("Line %(n)d") % {"n": index + 1}
    problems: list[tuple[str | None, str]] = []
    if not line.description.strip():
        problems.append(("lines", f"{where}: " + _("Enter the goods' description.")))
    if not 0 < line.quantity < MAX_AMOUNT:
        problems.append(("lines", f"{where}: " + _("The quantity must be more than zero.")))
    if line.unit not in CapacityUnit.values:
        problems.append(("lines", f"{where}: " + _("Choose a unit from the list.")))
    if line.unit_price is not None and not 0 <= line.unit_price < MAX_AMOUNT:
        problems.append(("lines", f"{where}: " + _("The unit price cannot be negative.")))
    if line.net_kg and line.gross_kg and line.gross_kg < line.net_kg:
        problems.append(
            ("lines", f"{where}: " + _("The gross weight cannot be below the net weight."))
        )
    return problems


def _price_from_calculation(product: Product | None, incoterm: str, currency: str) -> Decimal:
    calc = PriceCalculation.objects.filter(product=product).first() if product else None
    if calc is None or incoterm not in pricing.COMPUTED or calc.currency != currency:
        raise ValidationFailed(
            _(
                "Enter the unit price: the export price calculator has no %(term)s price in "
                "%(currency)s for this product."
            )
            % {"term": incoterm, "currency": currency},
            field="unit_price",
        )
    return calc.quote().step(incoterm).per_unit_foreign


def _check(data: DocumentData) -> None:
    problems: list[tuple[str | None, str]] = []
    if data.kind not in DocumentKind.values:
        problems.append(("kind", _("Choose a document from the list.")))
    if not data.buyer_name.strip():
        problems.append(("buyer_name", _("Enter the buyer's name.")))
    if not data.buyer_address.strip():
        problems.append(("buyer_address", _("Enter the buyer's address.")))
    if not countries.is_valid(data.buyer_country):
        problems.append(("buyer_country", _("Choose the buyer's country from the list.")))
    if data.language not in buyer_languages():
        problems.append(("language", _("Choose the buyer's language from the list.")))
    if data.incoterm not in pricing.CODES:
        problems.append(("incoterm", _("Choose an Incoterm 2020 rule from the list.")))
    if not data.named_place.strip():
        problems.append(("named_place", _("Enter the named place of the Incoterm.")))
    if not data.lines:
        problems.append(("lines", _("Add at least one line of goods.")))
    if len(data.lines) > MAX_LINES:
        problems.append(("lines", _("At most 20 lines per document.")))
    for index, line in enumerate(data.lines[:MAX_LINES]):
        problems.extend(_line_problems(index, line))
    if problems:
        raise ValidationFailed(details=problems)


def _save_numbered(doc: TradeDocument) -> None:
    """Save with the enterprise's next number of this kind and year; two documents issued at
    the same moment collide on the unique constraint and the later one takes the next."""
    prefix = NUMBER_PREFIX[DocumentKind(doc.kind)]
    for _attempt in range(5):
        last = TradeDocument.objects.filter(
            enterprise=doc.enterprise, kind=doc.kind, year=doc.year
        ).aggregate(m=Max("sequence"))["m"]
        doc.sequence = (last or 0) + 1
        doc.number = f"{prefix}-{doc.year}-{doc.sequence:04d}"
        try:
            with transaction.atomic():
                doc.save(force_insert=True)
        except IntegrityError:
            doc.pk = None
            continue
        return
    raise ConflictError(_("Another document took this number; please try again."))


@transaction.atomic
def document_issue(
    *, actor: User, enterprise: Enterprise, product: Product | None, data: DocumentData
) -> TradeDocument:
    """Issue a pro forma invoice, commercial invoice or packing list with the enterprise's
    next number for that kind and year (PI-2026-0001)."""
    if not access.can_write(actor, enterprise):
        raise PermissionDeniedError()
    if product is not None and product.enterprise_id != enterprise.pk:
        raise PermissionDeniedError()
    _check(data)
    lines = []
    total = Decimal(0)
    for line in data.lines:
        price = line.unit_price
        if price is None:
            price = _price_from_calculation(product, data.incoterm, data.currency)
        amount = (line.quantity * price).quantize(pricing.CENT, ROUND_HALF_UP)
        total += amount
        lines.append(
            {
                "description": line.description.strip()[:300],
                "hs_code": line.hs_code.strip()[:12],
                "quantity": str(line.quantity),
                "unit": line.unit,
                "unit_price": str(price),
                "amount": str(amount),
                "packages": line.packages,
                "package_kind": line.package_kind.strip()[:60],
                "net_kg": None if line.net_kg is None else str(line.net_kg),
                "gross_kg": None if line.gross_kg is None else str(line.gross_kg),
            }
        )
    issue_date = data.issue_date or timezone.localdate()
    calc = PriceCalculation.objects.filter(product=product).first() if product else None
    doc = TradeDocument(
        enterprise=enterprise,
        product=product,
        kind=data.kind,
        year=issue_date.year,
        sequence=1,
        issue_date=issue_date,
        buyer_name=data.buyer_name.strip(),
        buyer_address=data.buyer_address.strip(),
        buyer_country=data.buyer_country,
        language=data.language,
        incoterm=data.incoterm,
        named_place=data.named_place.strip(),
        currency=data.currency,
        exchange_rate=calc.exchange_rate if calc and calc.currency == data.currency else None,
        rate_date=calc.rate_date if calc and calc.currency == data.currency else None,
        payment_terms=data.payment_terms.strip(),
        lines=lines,
        total=total,
        created_by=actor if actor.pk else None,
    )
    try:
        doc.full_clean(exclude=["sequence", "number"])
    except ValidationError as exc:
        raise ValidationFailed.from_django(exc) from exc
    _save_numbered(doc)
    audit_record(actor=actor, action="paperwork.document.issue", target=doc, label=doc.number)
    return doc
