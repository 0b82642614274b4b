"""The page of the confirmation link says what the buyer is confirming: the product and the
quantity asked, in the buyer's language, and nothing about the enterprise's owner."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from siapekspor.accounts.models import Role
from siapekspor.buyers.tests.factories import make_product
from siapekspor.catalogue.tests.helpers import publish
from siapekspor.registry.tests.factories import make_enterprise, make_user

pytestmark = pytest.mark.django_db


def test_confirmation_page_names_the_product_and_quantity_in_the_buyers_language(
    client, users, django_capture_on_commit_callbacks
):
    enterprise = make_enterprise(regency="18.71", name="Kopi Tanggamus Jaya")
    owner = make_user(Role.ENTERPRISE_OWNER, enterprise=enterprise)
    product = make_product(users["admin"], enterprise, "090111", "Kopi robusta biji", 5000)
    publish(owner, product)
    form = {
        "company": "Maison du Café",
        "country": "FRA",
        "contact_name": "Claire Martin",
        "email": "claire@example.fr",
        "quantity": "2000",
        "unit": "ton",
        "message": "Nous souhaitons recevoir du robusta chaque mois.",
        "website": "",
    }
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/fr/buyers/inquiry/?product={product.pk}", form)
    link = re.search(r"https?://\S+/inquiry/confirm/\S+/", mail.outbox[0].body).group(0)
    path = link.split("testserver", 1)[1]
    assert path.startswith("/fr/")  # the link keeps the buyer's language
    html = client.get(path).content.decode()
    asked = re.search(r'<dl class="facts" id="inquiry-asked">.*?</dl>', html, re.S).group(0)
    assert "Kopi robusta biji" in asked and "0901" in asked
    assert "Café" in asked  # the HS name in French
    assert "Quantité par mois" in asked and re.search(r"2[\s\u202f\xa0]?000 tonne", asked)
    assert "Maison du Café" in asked
    for private in (enterprise.name, owner.username, "Claire Martin", "claire@example.fr"):
        assert private not in html
    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(path).content.decode()
    assert "Kopi robusta biji" in done and "Merci" in done
    # An unknown token shows nothing of any inquiry.
    refused = client.get("/fr/buyers/inquiry/confirm/not-a-token/")
    assert refused.status_code == 404 and "inquiry-asked" not in refused.content.decode()
