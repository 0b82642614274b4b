"""Writes of the catalogue: a listing saved, published with the owner's consent, withdrawn;
photos added and removed; the search text kept current. Every write checks `access`, runs
`full_clean()` and is audited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from siapekspor.catalogue import access, photos, search, vocabulary
from siapekspor.catalogue.models import CONSENT_VERSION, Listing, ListingPhoto, PriceTerms
from siapekspor.core import i18n
from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.errors import PermissionDeniedError, ValidationFailed

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Product

MAX_PHOTOS = 6
_FIELDS = (
    "description",
    "min_order",
    "min_order_unit",
    "price_terms",
    "price_min_usd",
    "price_max_usd",
    "incoterm",
    "certificates_entered",
    "show_export_values",
)


@dataclass
class ListingData:
    description: str = ""
    min_order: Decimal | None = None
    min_order_unit: str = "kg"
    price_terms: str = PriceTerms.ON_REQUEST
    price_min_usd: Decimal | None = None
    price_max_usd: Decimal | None = None
    incoterm: str = "FOB"
    certificates_entered: str = ""
    show_export_values: bool = False


def _values(listing: Listing) -> dict[str, Any]:
    return {f: getattr(listing, f) for f in (*_FIELDS, "is_published")}


def _check_prices(data: ListingData) -> None:
    errors = []
    if data.price_terms != PriceTerms.ON_REQUEST and data.price_min_usd is None:
        errors.append(("price_min_usd", _("Give the price, or choose “price on request”.")))
    if (
        data.price_min_usd is not None
        and data.price_max_usd is not None
        and data.price_max_usd < data.price_min_usd
    ):
        errors.append(("price_max_usd", _("The highest price cannot be below the lowest.")))
    if errors:
        raise ValidationFailed(details=errors)


@transaction.atomic
def listing_save(
    *, actor: User, product: Product, data: ListingData, consent: bool = False
) -> Listing:
    """Create or change the listing of `product`. With `consent` the owner's agreement to
    publish (the current consent text) is recorded — who, when, which version — and the
    listing is published; without it a published listing stays published (consent given
    earlier still holds) and a new one stays unpublished."""
    if not access.can_manage_listing(actor, product):
        raise PermissionDeniedError()
    _check_prices(data)
    listing = Listing.objects.select_for_update().filter(product=product).first()
    created = listing is None
    if listing is None:
        listing = Listing(product=product)
    before = {} if created else _values(listing)
    for field in _FIELDS:
        setattr(listing, field, getattr(data, field))
    if data.price_terms == PriceTerms.ON_REQUEST:
        listing.price_min_usd = listing.price_max_usd = None
    now = timezone.now()
    if consent:
        listing.consent_by = actor
        listing.consent_at = now
        listing.consent_version = CONSENT_VERSION
        listing.withdrawn_at = None
        listing.withdrawn_by = None
        if not listing.is_published:
            listing.is_published = True
            listing.published_at = now
    listing.search_text = search_text(listing)
    try:
        listing.full_clean(exclude=["product"])
    except ValidationError as exc:
        raise ValidationFailed(
            details=[
                (None if name == "__all__" else name, message)
                for name, found in exc.message_dict.items()
                for message in found
            ]
        ) from exc
    if created:
        listing.save()
    else:
        listing.save(
            update_fields=[
                *_FIELDS,
                "is_published",
                "published_at",
                "consent_by",
                "consent_at",
                "consent_version",
                "withdrawn_at",
                "withdrawn_by",
                "search_text",
                "updated_at",
            ]
        )
    _sync_index(listing)
    audit_record(
        actor=actor,
        action="catalogue.listing.created" if created else "catalogue.listing.updated",
        target=listing,
        changes=diff_fields(before, _values(listing)),
        reason=f"consent {CONSENT_VERSION}" if consent else "",
    )
    if listing.description:
        _translate_ahead(listing.description)
    return listing


@transaction.atomic
def listing_withdraw(*, actor: User, listing: Listing, reason: str = "") -> Listing:
    """Withdraw the consent: the listing leaves the public catalogue at once (pages, API and
    search); its data stays for the owner to publish again."""
    if not access.can_manage_listing(actor, listing.product):
        raise PermissionDeniedError()
    listing = Listing.objects.select_for_update().get(pk=listing.pk)
    if not listing.is_published:
        return listing
    listing.is_published = False
    listing.withdrawn_at = timezone.now()
    listing.withdrawn_by = actor
    listing.save(update_fields=["is_published", "withdrawn_at", "withdrawn_by", "updated_at"])
    search.unindex([listing.pk])
    audit_record(
        actor=actor,
        action="catalogue.listing.withdrawn",
        target=listing,
        changes={"is_published": [True, False]},
        reason=reason,
    )
    return listing


@transaction.atomic
def photo_add(*, actor: User, listing: Listing, upload: Any) -> ListingPhoto:
    """Add a photo (JPEG or PNG): resized, re-encoded without metadata, stored encrypted."""
    if not access.can_manage_listing(actor, listing.product):
        raise PermissionDeniedError()
    count = listing.photos.count()
    if count >= MAX_PHOTOS:
        raise ValidationFailed(
            _("A listing has at most %(count)s photos: remove one first.") % {"count": MAX_PHOTOS},
            field="photo",
        )
    full, thumb = photos.process(upload)
    last = listing.photos.aggregate(m=Max("position"))["m"]
    photo = ListingPhoto(
        listing=listing,
        full_file=full.stored.name,
        full_width=full.width,
        full_height=full.height,
        full_size=full.stored.size,
        thumb_file=thumb.stored.name,
        thumb_width=thumb.width,
        thumb_height=thumb.height,
        thumb_size=thumb.stored.size,
        position=0 if last is None else last + 1,
    )
    try:
        photo.full_clean()
        photo.save()
    except BaseException:
        photos.discard(full.stored.name, thumb.stored.name)
        raise
    audit_record(actor=actor, action="catalogue.photo.added", target=listing)
    return photo


@transaction.atomic
def photo_delete(*, actor: User, photo: ListingPhoto) -> None:
    """Remove a photo and its files."""
    listing = photo.listing
    if not access.can_manage_listing(actor, listing.product):
        raise PermissionDeniedError()
    names = (photo.full_file, photo.thumb_file)
    photo.delete()
    transaction.on_commit(lambda: photos.discard(*names))
    audit_record(actor=actor, action="catalogue.photo.removed", target=listing)


def search_text(listing: Listing, words: vocabulary.Vocabulary | None = None) -> str:
    """The searchable text of a listing: product name and descriptions, HS code and the names
    of its subheading and heading in every language, the buyers' words for the product in
    every language (`catalogue.vocabulary`: curated words per HS heading, the glossary's
    renderings of the product terms it names), certificate names in every language, and
    the machine translations of the description already in the memory."""
    from siapekspor.catalogue.selectors import certificate_documents
    from siapekspor.translation import services as mt

    words = words or vocabulary.Vocabulary()
    product = listing.product
    own = [product.name, product.description, listing.description]
    parts = [*own, listing.certificates_entered]
    hs = product.hs_code
    if hs is not None:
        parts.append(hs.code)
        parts.extend(str(getattr(hs, col) or "") for col in i18n.columns("description").values())
    parts += words.texts(hs_code=hs.code if hs else "", own_text=" ".join(p for p in own if p))
    for document in certificate_documents(product.enterprise_id):
        parts.append(document.code)
        parts.extend(str(v) for v in (document.names or {}).values())
    if listing.description:
        for code in i18n.codes():
            if code == i18n.default():
                continue
            shown = mt.texts_for(code, [listing.description])[0]
            if not shown.is_fallback:
                parts.append(shown.text)
    text = search.normalise(" ".join(p for p in parts if p))
    bare = search.without_article(text)
    return f"{text} {bare}" if bare else text


def _sync_index(listing: Listing) -> None:
    if listing.is_published:
        search.index(listing.pk, listing.search_text)
    else:
        search.unindex([listing.pk])


def _translate_ahead(text: str) -> None:
    from siapekspor.translation.tasks import translate_missing

    transaction.on_commit(lambda: translate_missing.enqueue(texts=[text], source_language="id"))


def listings_reindex(*, since: dt.datetime | None = None) -> int:
    """Rebuild the search text (and the FTS5 index) of published listings — after new
    machine translations, certificates or HS names. Returns how many were rebuilt."""
    qs = Listing.objects.filter(is_published=True).select_related("product__hs_code")
    if since is not None:
        qs = qs.filter(updated_at__gte=since)
    count = 0
    words = vocabulary.Vocabulary()
    for listing in qs.iterator(chunk_size=500):
        text = search_text(listing, words)
        with transaction.atomic():
            if text != listing.search_text:
                listing.search_text = text
                listing.save(update_fields=["search_text"])
            search.index(listing.pk, text)
        count += 1
    return count
