"""Demo listings (`seed-forum-demo`) a practitioner would believe: a listing names no regency
but its enterprise's own, and its minimum order is within a few months of the enterprise's
capacity."""

from __future__ import annotations

import random
import re
from decimal import Decimal

import pytest
from django.core.management import call_command

from siapekspor.catalogue import demo
from siapekspor.catalogue.models import Listing
from siapekspor.registry.models import Product, Regency

pytestmark = pytest.mark.django_db


def _seed(admin) -> list[Listing]:
    call_command("seed_demo", "--enterprises", "1500", "--no-users", verbosity=0)
    products = demo.demo_products(random.Random(3), count=60, prefer=set())
    # Every product whose description names a place, in and out of its regencies.
    products += list(
        Product.objects.filter(enterprise__is_demo=True, name__in=list(demo.ORIGINS))
        .exclude(pk__in=[p.pk for p in products])
        .select_related("enterprise__regency")
        .order_by("pk")[:150]
    )
    demo.seed_listings(actor=admin, products=products, with_photos=False)
    return list(Listing.objects.select_related("product__enterprise__regency"))


def test_demo_listings_name_only_their_own_regency_and_order_within_capacity(users):
    listings = _seed(users["admin"])
    assert len(listings) > 150
    names = list(Regency.objects.values_list("name", flat=True))
    named_own = capped = 0
    for listing in listings:
        product = listing.product
        own = product.enterprise.regency.name
        text = f"{product.name} {listing.description}"
        named_own += own in text
        rest = text.replace(own, "")
        for name in names:
            assert not re.search(rf"\b{re.escape(name)}\b", rest), (name, own, text)
        # The minimum order: at most three months of capacity, in the same unit.
        capacity = product.monthly_capacity
        assert capacity and listing.min_order and listing.min_order > 0
        factor = (
            Decimal(1)
            if product.capacity_unit == listing.min_order_unit
            else demo.UNIT_FACTORS[(product.capacity_unit, listing.min_order_unit)]
        )
        assert listing.min_order <= 3 * capacity * factor, (product.name, capacity, listing)
        usual = demo.PRODUCTS.get(product.name, (None, None, 100))[2]
        capped += listing.min_order < usual
    assert named_own > 10  # places are named where they fit
    assert capped > 0  # small producers get a smaller minimum order


def test_minimum_order_is_the_usual_one_or_one_month_of_capacity():
    product = Product(name="Kopi luwak", monthly_capacity=Decimal(7), capacity_unit="kg")
    assert demo.minimum_order(product, 10, "kg") == (Decimal(5), "kg")
    product.monthly_capacity = Decimal(40)
    assert demo.minimum_order(product, 10, "kg") == (Decimal(10), "kg")
    product = Product(name="Tepung tapioka", monthly_capacity=Decimal(3), capacity_unit="ton")
    assert demo.minimum_order(product, 5000, "kg") == (Decimal(2000), "kg")
    product = Product(name="Lain", monthly_capacity=Decimal(240), capacity_unit="m3")
    assert demo.minimum_order(product, 100, "kg") == (Decimal(100), "m3")
