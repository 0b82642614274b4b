"""/api/v1/paperwork: a product's export price (EXW → CIF) and trade documents — the same
services as the pages."""

import datetime as dt
from decimal import Decimal

from django.http import Http404
from django.urls import reverse
from ninja import Field, Router, Schema, Status

from siapekspor.api.params import Id, code_field, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.paperwork import access, selectors, services
from siapekspor.paperwork.models import PriceCalculation, TradeDocument

router = Router(tags=["paperwork"])

MONEY = {"ge": 0, "le": Decimal("9999999999999999"), "max_digits": 18, "decimal_places": 2}
AMOUNT = {"ge": 0, "le": Decimal("99999999999"), "max_digits": 16, "decimal_places": 4}


class PaperworkPriceIn(Schema):
    quantity: Decimal = Field(..., gt=0, le=Decimal("99999999999"), max_digits=16, decimal_places=3)
    unit: str = code_field("kg")
    production_cost: Decimal = Field(..., **MONEY, description="Rp per unit")
    margin_pct: Decimal = Field(..., ge=0, le=500, max_digits=6, decimal_places=2)
    inland_transport: Decimal = Field(Decimal(0), **MONEY, description="Rp per shipment")
    documents: Decimal = Field(Decimal(0), **MONEY, description="PEB, e-SKA, fumigation …")
    handling: Decimal = Field(Decimal(0), **MONEY, description="Port handling and THC")
    freight: Decimal = Field(Decimal(0), **MONEY, description="Sea freight")
    insurance_rate_pct: Decimal = Field(Decimal("0.2"), ge=0, le=5, max_digits=6, decimal_places=3)
    insurance_cover_pct: Decimal = Field(
        Decimal(110), ge=100, le=150, max_digits=6, decimal_places=2
    )
    currency: str = code_field("USD")
    exchange_rate: Decimal = Field(
        ...,
        gt=0,
        le=Decimal("999999999999"),
        max_digits=17,
        decimal_places=4,
        description="Rupiah per one unit of the currency, as entered (never looked up)",
    )
    rate_date: dt.date
    destination_port: str = text_field("", max_length=120)


class PaperworkStepOut(Schema):
    term: str
    official_name: str
    seller_bears: str
    added_idr: Decimal
    total_idr: Decimal
    per_unit_idr: Decimal
    total_foreign: Decimal
    per_unit_foreign: Decimal


class PaperworkPriceOut(Schema):
    product_id: int
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
    destination_port: str
    production_idr: Decimal
    margin_idr: Decimal
    insurance_idr: Decimal
    steps: list[PaperworkStepOut]


class PaperworkLineIn(Schema):
    description: str = text_field(..., max_length=300)
    hs_code: str = code_field("")
    quantity: Decimal = Field(..., gt=0, le=Decimal("99999999999"), max_digits=16, decimal_places=3)
    unit: str = code_field("kg")
    unit_price: Decimal | None = Field(
        None, **AMOUNT, description="In the document's currency; null: the calculator's price"
    )
    packages: int | None = Field(None, ge=0, le=10_000_000)
    package_kind: str = text_field("", max_length=60)
    net_kg: Decimal | None = Field(None, **AMOUNT)
    gross_kg: Decimal | None = Field(None, **AMOUNT)


class PaperworkDocumentIn(Schema):
    kind: str = code_field(..., description="proforma, commercial or packing")
    buyer_name: str = text_field(..., max_length=200)
    buyer_address: str = text_field(..., max_length=300)
    buyer_country: str = code_field(..., description="ISO 3166-1 alpha-3")
    language: str = code_field("en", description="The buyer's language beside Indonesian")
    incoterm: str = code_field("FOB")
    named_place: str = text_field(..., max_length=120)
    currency: str = code_field("USD")
    payment_terms: str = text_field("", max_length=200)
    issue_date: dt.date | None = None
    lines: list[PaperworkLineIn] = Field(..., min_length=1, max_length=services.MAX_LINES)


class PaperworkLineOut(Schema):
    description: str
    hs_code: str
    quantity: Decimal
    unit: str
    unit_price: Decimal
    amount: Decimal
    packages: int | None
    package_kind: str
    net_kg: Decimal | None
    gross_kg: Decimal | None


class PaperworkDocumentOut(Schema):
    id: int
    number: str
    kind: str
    enterprise_id: int
    product_id: int | None
    issue_date: dt.date
    buyer_name: str
    buyer_address: str
    buyer_country: str
    language: str
    incoterm: str
    named_place: str
    currency: str
    exchange_rate: Decimal | None
    rate_date: dt.date | None
    payment_terms: str
    lines: list[PaperworkLineOut]
    total: Decimal
    pdf_url: str

    @staticmethod
    def resolve_pdf_url(obj):
        return reverse("paperwork:document-pdf", args=[obj.pk])


def _price_out(calc: PriceCalculation) -> dict:
    quote = calc.quote()
    data = {f: getattr(calc, f) for f in services.PRICE_FIELDS}
    steps = [
        {
            "term": s.term,
            "official_name": s.official_name,
            "seller_bears": s.seller_bears,
            "added_idr": s.added_idr,
            "total_idr": s.total_idr,
            "per_unit_idr": s.per_unit_idr,
            "total_foreign": s.total_foreign,
            "per_unit_foreign": s.per_unit_foreign,
        }
        for s in quote.steps
    ]
    return {
        "product_id": calc.product_id,
        **data,
        "production_idr": quote.production_idr,
        "margin_idr": quote.margin_idr,
        "insurance_idr": quote.insurance_idr,
        "steps": steps,
    }


@router.get(
    "/paperwork/products/{product_id}/price",
    response={200: PaperworkPriceOut, **ERRORS},
    summary="A product's saved export price, EXW to CIF",
)
def get_paperwork_price(request, product_id: Id):
    product = access.get_product(request.auth, product_id)
    calc = selectors.calculation_of(product)
    if calc is None:
        raise Http404
    return _price_out(calc)


@router.post(
    "/paperwork/products/{product_id}/price",
    response={200: PaperworkPriceOut, **ERRORS},
    summary="Save a product's export price calculation (replaces the previous one)",
)
def save_paperwork_price(request, product_id: Id, payload: PaperworkPriceIn):
    """The exchange rate is the caller's, with its date: nothing is looked up online."""
    product = access.get_product(request.auth, product_id)
    calc = services.price_save(
        actor=request.auth, product=product, data=services.PriceData(**payload.dict())
    )
    return _price_out(calc)


@router.get(
    "/paperwork/enterprises/{enterprise_id}/documents",
    response={200: list[PaperworkDocumentOut], **ERRORS},
    summary="An enterprise's trade documents, newest first",
)
def list_paperwork_documents(request, enterprise_id: Id):
    enterprise = access.get_enterprise(request.auth, enterprise_id)
    return list(selectors.enterprise_documents(request.auth, enterprise)[:200])


@router.post(
    "/paperwork/products/{product_id}/documents",
    response={201: PaperworkDocumentOut, **ERRORS},
    summary="Issue a pro forma invoice, commercial invoice or packing list for a product",
)
def create_paperwork_document(request, product_id: Id, payload: PaperworkDocumentIn):
    product = access.get_product(request.auth, product_id)
    data = payload.dict()
    lines = [services.LineData(**line) for line in data.pop("lines")]
    doc: TradeDocument = services.document_issue(
        actor=request.auth,
        enterprise=product.enterprise,
        product=product,
        data=services.DocumentData(**data, lines=lines),
    )
    return Status(201, doc)
