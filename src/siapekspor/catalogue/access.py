"""Who may see and change catalogue listings: the one place of these rules for the catalogue.

- Published listings are public: anyone, signed in or not, reads them (no personal data is
  on them).
- A listing is prepared, published (with the owner's consent) and withdrawn by whoever may
  change its enterprise (`registry.access.can_write_enterprise`): the owner for their own,
  a regency officer within the regency, province officers and admins everywhere. Partner
  officers have no catalogue pages beyond the public ones.
"""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.catalogue.models import Listing
from siapekspor.registry.access import can_write_enterprise, enterprise_scope
from siapekspor.registry.models import Product


def can_read_catalogue(user: Actor) -> bool:
    """The public catalogue is open to everybody, anonymous visitors included."""
    return True


def shows_public_link(user: Actor) -> bool:
    """The menu's link to the public catalogue is for visitors who are not signed in (staff
    and owners reach it from their catalogue page)."""
    return not user.is_authenticated


def can_manage_catalogue(user: Actor) -> bool:
    """Officers and owners prepare listings for the products they may change."""
    return roles.is_officer(user) or roles.is_owner(user)


def manages_own_listings_only(user: Actor) -> bool:
    """An owner's page is "my listings"; an officer's covers every enterprise in scope."""
    return roles.is_owner(user) and not roles.is_officer(user)


def can_manage_listing(user: Actor, product: Product) -> bool:
    return can_manage_catalogue(user) and can_write_enterprise(user, product.enterprise)


def product_scope(user: Actor) -> QuerySet[Product]:
    """Products the user may list; none for partners and anonymous visitors."""
    if not can_manage_catalogue(user):
        return Product.objects.none()
    return Product.objects.filter(enterprise__in=enterprise_scope(user))


def get_product(user: Actor, pk: int) -> Product:
    """A product the user may list; 404 otherwise (existence not disclosed)."""
    try:
        product = product_scope(user).select_related("enterprise", "hs_code").get(pk=pk)
    except (Product.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if not can_manage_listing(user, product):
        raise Http404
    return product


def get_managed_listing(user: Actor, pk: int) -> Listing:
    """A listing (published or not) of a product the user may list; 404 otherwise."""
    try:
        listing = Listing.objects.select_related("product__enterprise", "product__hs_code").get(
            pk=pk, product__in=product_scope(user)
        )
    except (Listing.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if not can_manage_listing(user, listing.product):
        raise Http404
    return listing
