"""Reads of the catalogue: the public list (search and filters), one public listing with its
certificates and verified export record, and the listings an owner or officer manages."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone

from siapekspor.accounts.roles import Actor
from siapekspor.catalogue import access, search
from siapekspor.catalogue.models import Listing, ListingPhoto
from siapekspor.compliance.content import pick
from siapekspor.compliance.models import Certificate, DocumentType
from siapekspor.registry.models import Product

PAGE_SIZE = 20


@dataclass
class CatalogueFilters:
    q: str = ""
    hs_chapter: str = ""  # two digits
    certificate: str = ""  # a compliance document code (e.g. "haccp")
    capacity_min: Decimal | None = None
    capacity_unit: str = ""


@dataclass
class Market:
    iso3: str
    shipments: int
    last_year: int
    fob_usd: Decimal | None  # only when the owner agreed to show values


@dataclass
class ListingCard:
    listing: Listing
    certificates: list[DocumentType] = field(default_factory=list)

    @property
    def certificate_names(self) -> list[str]:
        """The certificates' names in the reader's language."""
        return [pick(d.names) or d.code for d in self.certificates]


def _published() -> QuerySet[Listing]:
    return Listing.objects.filter(is_published=True, product__enterprise__is_active=True)


def public_listings(filters: CatalogueFilters) -> QuerySet[Listing]:
    """Published listings matching the filters; with a search text, the best matches first
    (FTS5 or PostgreSQL full text; every word `icontains` where neither is available)."""
    qs = _published().select_related("product__hs_code", "product__enterprise__regency")
    if filters.hs_chapter:
        qs = qs.filter(product__hs_code__code__startswith=filters.hs_chapter)
    if filters.certificate:
        held = _valid_certificates(timezone.localdate()).filter(document__code=filters.certificate)
        qs = qs.filter(product__enterprise_id__in=held.values("enterprise_id"))
    if filters.capacity_min is not None:
        qs = qs.filter(product__monthly_capacity__gte=filters.capacity_min)
        if filters.capacity_unit:
            qs = qs.filter(product__capacity_unit=filters.capacity_unit)
    query_terms = search.terms(filters.q)
    if not query_terms:
        return qs
    engine = search.backend()
    if engine == "fts5":
        # Joined to the FTS5 index in SQL, best match first (bm25): no id list in Python.
        # Constant SQL; the search words are a bound parameter.
        return qs.extra(  # noqa: S610  # nosec B610
            tables=[search.FTS_TABLE],
            where=[
                "catalogue_listing_fts.rowid = catalogue_listing.id",
                "catalogue_listing_fts MATCH %s",
            ],
            params=[search.fts_query(query_terms)],
            select={"fts_rank": "bm25(catalogue_listing_fts)"},
            order_by=["fts_rank", "-published_at"],
        )
    if engine == "postgres":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
        from django.db.models.expressions import RawSQL

        text = " ".join(
            " ".join(t) if len(t) == 1 else '"' + " ".join(t) + '"' for t in query_terms
        )
        # The stored, GIN-indexed tsvector of search_text (migration 0003): constant SQL.
        vector = RawSQL(  # noqa: S611  # nosec B611
            f'"catalogue_listing"."{search.PG_VECTOR}"', [], output_field=SearchVectorField()
        )
        query = SearchQuery(text, config="simple", search_type="websearch")
        return (
            qs.annotate(document=vector, rank=SearchRank(vector, query))
            .filter(document=query)
            .order_by("-rank", "-published_at")
        )
    for tokens in query_terms:
        qs = qs.filter(search_text__icontains=" ".join(tokens))
    return qs


def published_count() -> int:
    """How many products the public catalogue shows (the landing page)."""
    return _published().count()


def with_photos(qs: QuerySet[Listing]) -> QuerySet[Listing]:
    """The listings with their photos in order (one more query for a page)."""
    return qs.prefetch_related(
        Prefetch("photos", queryset=ListingPhoto.objects.order_by("position", "id"))
    )


def _valid_certificates(on: dt.date) -> QuerySet[Certificate]:
    return Certificate.objects.filter(
        Q(valid_until__isnull=True) | Q(valid_until__gte=on),
        Q(issued_on__isnull=True) | Q(issued_on__lte=on),
    )


def certificates_held(enterprise_ids: Iterable[int]) -> dict[int, list[DocumentType]]:
    """enterprise id → the document types of the certificates it holds today (compliance
    records), one query."""
    held: dict[int, list[DocumentType]] = defaultdict(list)
    seen: set[tuple[int, int]] = set()
    for cert in (
        _valid_certificates(timezone.localdate())
        .filter(enterprise_id__in=list(enterprise_ids))
        .select_related("document")
        .order_by("document__code")
    ):
        key = (cert.enterprise_id, cert.document_id)
        if key not in seen:
            seen.add(key)
            held[cert.enterprise_id].append(cert.document)
    return held


def certificate_documents(enterprise_id: int) -> list[DocumentType]:
    """The document types of the certificates one enterprise holds today."""
    return certificates_held([enterprise_id]).get(enterprise_id, [])


def certificate_choices() -> list[DocumentType]:
    """Document types some published listing's enterprise holds (the certificate filter)."""
    held = _valid_certificates(timezone.localdate()).filter(
        enterprise_id__in=_published().values("product__enterprise_id")
    )
    return list(DocumentType.objects.filter(pk__in=held.values("document_id")).order_by("code"))


def cards(listings: Iterable[Listing]) -> list[ListingCard]:
    """Listings with the certificates their enterprises hold (one query for the page)."""
    rows = list(listings)
    held = certificates_held({row.product.enterprise_id for row in rows})
    return [ListingCard(row, held.get(row.product.enterprise_id, [])) for row in rows]


def public_listing(pk: int) -> Listing | None:
    """One published listing, or None (unpublished, withdrawn, unknown)."""
    return (
        with_photos(_published().select_related("product__hs_code", "product__enterprise__regency"))
        .filter(pk=pk)
        .first()
    )


def public_listing_for_product(product_id: int) -> Listing | None:
    """The published listing of a registry product, or None — for other apps (buyers'
    inquiries link to it with `catalogue:listing`)."""
    return _published().select_related("product__hs_code").filter(product_id=product_id).first()


def markets_served(listing: Listing) -> list[Market]:
    """The enterprise's verified export record by destination: shipments, the last year
    exported; FOB values only when the owner agreed to show them."""
    from siapekspor.shipments.selectors import verified_export_events

    by_market: dict[str, Market] = {}
    for event in verified_export_events([listing.product.enterprise_id]):
        _eid, day, _channel, _sid, fob_usd, _fob_idr, _hs, destination = event
        if not destination:
            continue
        market = by_market.setdefault(
            destination,
            Market(destination, 0, day.year, Decimal(0) if listing.show_export_values else None),
        )
        market.shipments += 1
        market.last_year = max(market.last_year, day.year)
        if market.fob_usd is not None:
            market.fob_usd += fob_usd or Decimal(0)
    return sorted(by_market.values(), key=lambda m: (-m.shipments, m.iso3))


def managed_products(user: Actor) -> QuerySet[Product]:
    """Products the user may list, with their listing (if any)."""
    return (
        access.product_scope(user)
        .select_related("enterprise", "hs_code", "catalogue_listing")
        .order_by("enterprise__name", "name", "id")
    )
