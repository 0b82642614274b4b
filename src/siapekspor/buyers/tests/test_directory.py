"""Officers keep the buyer directory; a contact person's data is sealed and shown masked."""

from __future__ import annotations

from siapekspor.buyers.models import Buyer
from siapekspor.buyers.tests.factories import make_buyer
from siapekspor.core.audit import audit_history
from siapekspor.core.crypto import unseal


def test_edit_page_never_shows_personal_data_in_clear_and_keeps_it(client, users):
    buyer = make_buyer(users["admin"])
    client.force_login(users["regency_officer"])
    page = client.get(f"/buyers/{buyer.pk}/edit/").content.decode()
    assert "Tokyo Coffee Trading" in page
    for secret in ("Hiroshi", "hiroshi@example.jp", "1234 5678", "+81312345678"):
        assert secret not in page
    assert "h***@example.jp" in page
    response = client.post(
        f"/buyers/{buyer.pk}/edit/",
        {
            "company": "Tokyo Coffee Trading",
            "country": "JPN",
            "source": "fair",
            "hs_interests": "0901",
            "products_wanted": "kopi",
            "language": "ja",
        },
    )
    assert response.status_code == 302
    buyer = Buyer.objects.get(pk=buyer.pk)
    assert buyer.source == "fair" and buyer.hs_codes == ["0901"]
    assert unseal(buyer.email_sealed) == "hiroshi@example.jp"  # kept
    changes = audit_history(buyer)[0].changes
    assert "source" in changes and "email" not in changes


def test_list_masks_contacts_and_searches(client, users):
    make_buyer(users["admin"])
    make_buyer(users["admin"], company="Paris Epices", country="FRA", email="", hs_interests="0904")
    client.force_login(users["province_officer"])
    page = client.get("/buyers/?q=0904").content.decode()
    assert "Paris Epices" in page and "Tokyo Coffee Trading" not in page
    page = client.get("/buyers/").content.decode()
    assert "H****** T*****" in page and "Hiroshi" not in page


def test_bad_input_is_refused_in_indonesian(client, users):
    client.force_login(users["admin"])
    response = client.post(
        "/buyers/new/",
        {"company": "", "country": "JPN", "source": "itpc", "email": "x@", "language": "ja"},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Alamat surel tidak valid." in page
    make_buyer(users["admin"])
    response = client.post(
        "/buyers/new/",
        {"company": "tokyo coffee trading", "country": "JPN", "source": "itpc", "language": "ja"},
    )
    assert "sudah ada di direktori" in response.content.decode()
    assert Buyer.objects.count() == 1
