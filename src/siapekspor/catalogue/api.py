"""/api/v1/catalogue: the public catalogue (read without a token) and the listings owners and
officers prepare, publish and withdraw — the same selectors and services as the pages."""

import datetime as dt
import math
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import get_language
from ninja import Field, File, Query, Router, Schema
from ninja.files import UploadedFile

from siapekspor.api.params import Id, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.catalogue import access, selectors, services
from siapekspor.catalogue.models import Incoterm, PriceTerms
from siapekspor.compliance.content import pick
from siapekspor.core import countries
from siapekspor.registry import refnames
from siapekspor.registry.models import CapacityUnit
from siapekspor.translation import services as mt

router = Router(tags=["catalogue"])
AMOUNT = {"ge": 0, "le": Decimal("999999999999.99"), "max_digits": 14, "decimal_places": 2}


class CatalogueMarketOut(Schema):
    country: str
    country_name: str
    shipments: int
    last_year: int
    fob_usd: Decimal | None


class CatalogueListingOut(Schema):
    id: int
    product_id: int
    name: str
    hs_code: str | None
    hs_name: str
    description: str
    description_language: str
    description_machine_translated: bool
    monthly_capacity: Decimal | None
    capacity_unit: str
    min_order: Decimal | None
    min_order_unit: str
    price_terms: str
    price_min_usd: Decimal | None
    price_max_usd: Decimal | None
    incoterm: str
    certificates: list[str]
    certificates_entered: str
    regency: str
    photos: list[str]
    published_at: dt.datetime | None
    markets: list[CatalogueMarketOut] | None = None


class CatalogueListingPage(Schema):
    items: list[CatalogueListingOut]
    count: int
    page: int
    pages: int


class CatalogueListingQuery(Schema):
    q: str = text_field("")
    hs_chapter: str = Field("", pattern=r"^(\d{2})?$")
    certificate: str = Field("", max_length=40)
    capacity_min: Decimal | None = Field(None, **AMOUNT)
    capacity_unit: str = Field("", max_length=10)
    page: int = Field(1, ge=1, le=100_000)


class CatalogueListingIn(Schema):
    description: str = text_field("", max_length=4000)
    min_order: Decimal | None = Field(None, **AMOUNT)
    min_order_unit: CapacityUnit = CapacityUnit.KG
    price_terms: PriceTerms = PriceTerms.ON_REQUEST
    price_min_usd: Decimal | None = Field(None, **AMOUNT)
    price_max_usd: Decimal | None = Field(None, **AMOUNT)
    incoterm: Incoterm = Incoterm.FOB
    certificates_entered: str = text_field("", max_length=300)
    show_export_values: bool = False
    consent: bool = Field(False, description="The owner agrees to publish (current text)")


def _out(card: selectors.ListingCard, shown: mt.Rendered, *, markets: bool = False) -> dict:
    listing = card.listing
    product = listing.product
    data = {
        "id": listing.pk,
        "product_id": product.pk,
        "name": product.name,
        "hs_code": product.hs_code_id,
        "hs_name": refnames.name_of(product.hs_code)[0] if product.hs_code else "",
        "description": shown.text,
        "description_language": shown.language,
        "description_machine_translated": shown.is_machine,
        "monthly_capacity": product.monthly_capacity,
        "capacity_unit": product.capacity_unit,
        "min_order": listing.min_order,
        "min_order_unit": listing.min_order_unit,
        "price_terms": listing.price_terms,
        "price_min_usd": listing.price_min_usd,
        "price_max_usd": listing.price_max_usd,
        "incoterm": listing.incoterm,
        "certificates": [pick(d.names) or d.code for d in card.certificates],
        "certificates_entered": listing.certificates_entered,
        "regency": product.enterprise.regency.name,
        "photos": [f"/catalogue/photos/{p.pk}/full/" for p in listing.photos.all()],
        "published_at": listing.published_at,
    }
    if markets:
        data["markets"] = [
            {
                "country": m.iso3,
                "country_name": countries.name(m.iso3),
                "shipments": m.shipments,
                "last_year": m.last_year,
                "fob_usd": m.fob_usd,
            }
            for m in selectors.markets_served(listing)
        ]
    return data


@router.get(
    "/catalogue/listings",
    response={200: CatalogueListingPage, **ERRORS},
    auth=None,
    summary="Search the public catalogue (no token needed)",
)
def list_catalogue_listings(request, query: Query[CatalogueListingQuery]):
    filters = selectors.CatalogueFilters(
        q=query.q,
        hs_chapter=query.hs_chapter,
        certificate=query.certificate,
        capacity_min=query.capacity_min,
        capacity_unit=query.capacity_unit,
    )
    qs = selectors.with_photos(selectors.public_listings(filters))
    count = qs.count()
    size = selectors.PAGE_SIZE
    start = (query.page - 1) * size
    rows = selectors.cards(qs[start : start + size])
    shown = mt.texts_for(get_language(), [c.listing.description for c in rows])
    return {
        "items": [_out(c, s) for c, s in zip(rows, shown, strict=True)],
        "count": count,
        "page": query.page,
        "pages": max(1, math.ceil(count / size)),
    }


@router.get(
    "/catalogue/listings/{listing_id}",
    response={200: CatalogueListingOut, **ERRORS},
    auth=None,
    summary="One published product with its verified export record (no token needed)",
)
def get_catalogue_listing(request, listing_id: Id):
    listing = selectors.public_listing(listing_id)
    if listing is None:
        raise Http404
    card = selectors.cards([listing])[0]
    return _out(card, mt.text_for(get_language(), listing.description), markets=True)


@router.post(
    "/catalogue/products/{product_id}/listing",
    response={200: CatalogueListingOut, **ERRORS},
    summary="Create or change a product's listing; `consent: true` publishes it",
)
def save_catalogue_listing(request, product_id: Id, payload: CatalogueListingIn):
    user = request.auth
    if not access.can_manage_catalogue(user):
        raise PermissionDenied
    product = access.get_product(user, product_id)
    data = services.ListingData(
        description=payload.description.strip(),
        min_order=payload.min_order,
        min_order_unit=str(payload.min_order_unit),
        price_terms=str(payload.price_terms),
        price_min_usd=payload.price_min_usd,
        price_max_usd=payload.price_max_usd,
        incoterm=str(payload.incoterm),
        certificates_entered=payload.certificates_entered.strip(),
        show_export_values=payload.show_export_values,
    )
    listing = services.listing_save(actor=user, product=product, data=data, consent=payload.consent)
    listing = access.get_managed_listing(user, listing.pk)
    card = selectors.cards([listing])[0]
    return _out(card, mt.text_for(get_language(), listing.description))


@router.post(
    "/catalogue/listings/{listing_id}/withdraw",
    response={200: CatalogueListingOut, **ERRORS},
    summary="Withdraw the owner's consent: the product leaves the catalogue at once",
)
def withdraw_catalogue_listing(request, listing_id: Id):
    user = request.auth
    if not access.can_manage_catalogue(user):
        raise PermissionDenied
    listing = access.get_managed_listing(user, listing_id)
    services.listing_withdraw(actor=user, listing=listing)
    listing = access.get_managed_listing(user, listing_id)
    card = selectors.cards([listing])[0]
    return _out(card, mt.text_for(get_language(), listing.description))


@router.post(
    "/catalogue/listings/{listing_id}/photos",
    response={200: CatalogueListingOut, **ERRORS},
    summary="Add a photo (JPEG or PNG): resized, metadata removed",
)
def add_catalogue_photo(request, listing_id: Id, file: File[UploadedFile]):
    """Multipart upload, field `file`. The type is sniffed from the content and the size
    capped; a wrong type, an unreadable picture or a seventh photo is a 400 with the reason."""
    user = request.auth
    if not access.can_manage_catalogue(user):
        raise PermissionDenied
    listing = access.get_managed_listing(user, listing_id)
    services.photo_add(actor=user, listing=listing, upload=file)
    listing = access.get_managed_listing(user, listing_id)
    card = selectors.cards([listing])[0]
    return _out(card, mt.text_for(get_language(), listing.description))
