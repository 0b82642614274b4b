"""Catalogue pages: the public list and product page (no sign-in, no personal data), the
photos, and the pages where owners and officers prepare, publish and withdraw listings."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from siapekspor.catalogue import access, selectors, services
from siapekspor.catalogue.forms import CatalogueFilterForm, ListingForm, PhotoForm
from siapekspor.catalogue.models import CONSENT_VERSION, Listing, ListingPhoto, PhotoSize
from siapekspor.catalogue.photos import PHOTOS
from siapekspor.compliance.content import pick
from siapekspor.core import uploads
from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error
from siapekspor.translation import services as mt


def contact_url(listing: Listing) -> str | None:
    """The buyers app's inquiry form for this product, when that app is installed."""
    try:
        return reverse("buyers:inquiry", kwargs={"pk": listing.product_id})
    except NoReverseMatch:
        pass
    try:
        return reverse("buyers:inquiry") + f"?product={listing.product_id}"
    except NoReverseMatch:
        return None


def listing_list(request: HttpRequest) -> HttpResponse:
    """The public catalogue: search in any of the six languages, filter by HS chapter,
    certificate and monthly capacity; 20 products a page."""
    documents = selectors.certificate_choices()
    form = CatalogueFilterForm(
        request.GET or None, certificates=[(d.code, pick(d.names) or d.code) for d in documents]
    )
    filters = selectors.CatalogueFilters()
    if form.is_bound and form.is_valid():
        c = form.cleaned_data
        filters = selectors.CatalogueFilters(
            q=c["q"] or "",
            hs_chapter=c["hs"] or "",
            certificate=c["certificate"] or "",
            capacity_min=c["capacity"],
            capacity_unit=c["unit"] or "",
        )
    listings = selectors.with_photos(selectors.public_listings(filters))
    page = Paginator(listings, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    rows = selectors.cards(page.object_list)
    shown = mt.texts_for(get_language(), [c.listing.description for c in rows])
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "catalogue/listing_list.html",
        {
            "form": form,
            "page": page,
            "rows": list(zip(rows, shown, strict=True)),
            "filtered": any(request.GET.get(k) for k in ("q", "hs", "certificate", "capacity")),
            "query": query.urlencode(),
            "can_manage": access.can_manage_catalogue(request.user),
        },
    )


def listing_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """One published product; owners and officers also preview an unpublished one."""
    listing = selectors.public_listing(pk)
    preview = False
    if listing is None:
        listing = (
            access.get_managed_listing(request.user, pk) if request.user.is_authenticated else None
        )
        if listing is None:
            raise Http404
        preview = True
    documents = selectors.certificate_documents(listing.product.enterprise_id)
    return render(
        request,
        "catalogue/listing_detail.html",
        {
            "listing": listing,
            "product": listing.product,
            "photos": list(listing.photos.all()),
            "certificates": [pick(d.names) or d.code for d in documents],
            "markets": selectors.markets_served(listing),
            "contact_url": None if preview else contact_url(listing),
            "preview": preview,
            "can_edit": access.can_manage_listing(request.user, listing.product),
        },
    )


def photo(request: HttpRequest, pk: int, size: str) -> StreamingHttpResponse:
    """A photo of a published listing (or of one the user manages), inline, cached."""
    if size not in PhotoSize.values:
        raise Http404
    item = get_object_or_404(
        ListingPhoto.objects.select_related("listing__product__enterprise"), pk=pk
    )
    listing = item.listing
    public = listing.is_published and listing.product.enterprise.is_active
    if not public and not access.can_manage_listing(request.user, listing.product):
        raise Http404
    name = item.full_file if size == PhotoSize.FULL else item.thumb_file
    response = StreamingHttpResponse(
        uploads.iter_plain(name, area=PHOTOS), content_type="image/jpeg"
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Disposition"] = "inline"
    response["Cache-Control"] = "public, max-age=86400" if public else "private, no-store"
    return response


@login_required
def manage(request: HttpRequest) -> HttpResponse:
    """The products the user may list, with their catalogue status."""
    if not access.can_manage_catalogue(request.user):
        raise PermissionDenied
    products = list(selectors.managed_products(request.user)[:500])
    return render(
        request,
        "catalogue/manage.html",
        {"products": products, "own": access.manages_own_listings_only(request.user)},
    )


def _initial(listing: Listing | None, product: Any) -> dict[str, Any]:
    if listing is None:
        return {"description": product.description, "min_order_unit": product.capacity_unit}
    return {f: getattr(listing, f) for f in services._FIELDS}


@login_required
def listing_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Prepare or change the listing of product `pk`; publish it with the owner's consent."""
    product = access.get_product(request.user, pk)
    listing = Listing.objects.filter(product=product).first()
    form = ListingForm(request.POST or None, initial=_initial(listing, product))
    if request.method == "POST" and form.is_valid():
        try:
            listing = services.listing_save(
                actor=request.user,  # type: ignore[arg-type]
                product=product,
                data=form.data_object(),
                consent=form.cleaned_data["consent"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            if listing.is_published:
                messages.success(request, _("The product is published in the catalogue."))
            else:
                messages.success(
                    request,
                    _("Saved. Tick the owner's consent to publish it in the catalogue."),
                )
            return redirect("catalogue:listing-edit", pk=product.pk)
    return render(
        request,
        "catalogue/listing_edit.html",
        {
            "product": product,
            "listing": listing,
            "form": form,
            "photo_form": PhotoForm(),
            "photos": list(listing.photos.all()) if listing else [],
            "consent_version": CONSENT_VERSION,
        },
    )


@login_required
@require_POST
def listing_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw the owner's consent: the product leaves the catalogue at once."""
    listing = access.get_managed_listing(request.user, pk)
    services.listing_withdraw(actor=request.user, listing=listing)  # type: ignore[arg-type]
    messages.success(request, _("The product was removed from the public catalogue."))
    return redirect("catalogue:listing-edit", pk=listing.product_id)


@login_required
@require_POST
def photo_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a photo to listing `pk`."""
    listing = access.get_managed_listing(request.user, pk)
    form = PhotoForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            services.photo_add(
                actor=request.user,  # type: ignore[arg-type]
                listing=listing,
                upload=form.cleaned_data["photo"],
            )
        except DomainError as exc:
            messages.error(request, str(exc.message))
        else:
            messages.success(request, _("The photo was added."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    return redirect("catalogue:listing-edit", pk=listing.product_id)


@login_required
@require_POST
def photo_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Remove a photo."""
    item = get_object_or_404(ListingPhoto.objects.select_related("listing"), pk=pk)
    listing = access.get_managed_listing(request.user, item.listing_id)
    services.photo_delete(actor=request.user, photo=item)  # type: ignore[arg-type]
    messages.success(request, _("The photo was removed."))
    return redirect("catalogue:listing-edit", pk=listing.product_id)
