"""The public catalogue: consent, photos, six languages, search, filters, weight, privacy."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.staticfiles import finders
from django.db import connection
from PIL import Image

from siapekspor.catalogue import search, selectors, services
from siapekspor.catalogue.models import CONSENT_VERSION, Listing, ListingPhoto
from siapekspor.catalogue.photos import PHOTOS
from siapekspor.catalogue.tests.helpers import (
    gps_exif,
    make_product,
    photo_bytes,
    publish,
    upload,
)
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.registry.tests.factories import make_enterprise

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner(users):
    return users["enterprise_owner"]


@pytest.fixture
def product(owner):
    return make_product(owner, owner.enterprise)


def test_owner_publishes_with_consent_and_withdraws(client, owner, product):
    client.force_login(owner)
    url = f"/catalogue/manage/products/{product.pk}/"
    form = {
        "description": "Kopi robusta petik merah.",
        "min_order": "1.000",
        "min_order_unit": "kg",
        "price_terms": "range",
        "price_min_usd": "4,5",
        "price_max_usd": "5,2",
        "incoterm": "FOB",
    }
    assert client.post(url, form).status_code == 302
    listing = Listing.objects.get(product=product)
    assert not listing.is_published and listing.consent_at is None
    client.logout()
    assert client.get(f"/catalogue/{listing.pk}/").status_code == 404

    client.force_login(owner)
    assert client.post(url, {**form, "consent": "on"}).status_code == 302
    listing.refresh_from_db()
    assert listing.is_published
    assert listing.consent_by == owner and listing.consent_at is not None
    assert listing.consent_version == CONSENT_VERSION
    assert str(listing.min_order) == "1000.00" and str(listing.price_min_usd) == "4.50"
    assert selectors.public_listing_for_product(product.pk) == listing
    client.logout()
    assert client.get(f"/catalogue/{listing.pk}/").status_code == 200
    assert client.get("/catalogue/?q=robusta").context["page"].paginator.count == 1

    client.force_login(owner)
    assert client.post(f"/catalogue/manage/listings/{listing.pk}/withdraw/").status_code == 302
    listing.refresh_from_db()
    assert not listing.is_published and listing.withdrawn_by == owner
    client.logout()
    assert client.get(f"/catalogue/{listing.pk}/").status_code == 404
    assert client.get("/catalogue/?q=robusta").context["page"].paginator.count == 0
    assert client.get(f"/api/v1/catalogue/listings/{listing.pk}").status_code == 404
    assert selectors.public_listing_for_product(product.pk) is None


def test_prices_are_checked_in_indonesian(client, owner, product):
    client.force_login(owner)
    response = client.post(
        f"/catalogue/manage/products/{product.pk}/",
        {
            "min_order_unit": "kg",
            "price_terms": "range",
            "price_min_usd": "6",
            "price_max_usd": "5",
            "incoterm": "FOB",
            "consent": "on",
        },
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert response.status_code == 200
    assert "Harga tertinggi" in response.content.decode()
    assert not Listing.objects.exists()


def _stored_plain(name: str) -> bytes:
    from siapekspor.core import uploads

    return uploads.open_plain(name, area=PHOTOS).read()


def test_photo_is_resized_and_loses_exif_gps(client, owner, product):
    listing = publish(owner, product)
    original = photo_bytes(3000, 2000, exif=gps_exif())
    assert Image.open(io.BytesIO(original)).getexif().get_ifd(0x8825)  # GPS is there
    client.force_login(owner)
    response = client.post(
        f"/catalogue/manage/listings/{listing.pk}/photos/", {"photo": upload(original)}
    )
    assert response.status_code == 302
    photo = ListingPhoto.objects.get(listing=listing)
    client.logout()
    for size, limit in (("full", 1200), ("thumb", 400)):
        response = client.get(f"/catalogue/photos/{photo.pk}/{size}/")
        assert response.status_code == 200
        assert response["Content-Type"] == "image/jpeg"
        data = b"".join(response.streaming_content)
        image = Image.open(io.BytesIO(data))
        assert max(image.size) == limit
        exif = image.getexif()
        assert not exif.get_ifd(0x8825) and 0x8825 not in exif and 0x010F not in exif
        assert b"KameraUji" not in data and b"Exif" not in data
    # Stored encrypted: the file on disk is not a JPEG.
    on_disk = (Path(django_settings.MEDIA_ROOT) / PHOTOS.folder / photo.full_file).read_bytes()
    assert not on_disk.startswith(b"\xff\xd8") and _stored_plain(photo.full_file)[:2] == b"\xff\xd8"


def test_png_with_transparency_is_accepted(owner, product):
    listing = publish(owner, product)
    photo = services.photo_add(
        actor=owner,
        listing=listing,
        upload=upload(photo_bytes(800, 600, fmt="PNG"), "foto.png", "image/png"),
    )
    assert (photo.full_width, photo.full_height) == (800, 600)
    assert photo.thumb_width == 400


def test_a_file_that_is_not_a_picture_is_refused_in_indonesian(client, owner, product):
    listing = publish(owner, product)
    client.force_login(owner)
    response = client.post(
        f"/catalogue/manage/listings/{listing.pk}/photos/",
        {"photo": upload(b"<html><script>alert(1)</script></html>", "foto.jpg")},
        HTTP_ACCEPT_LANGUAGE="id",
        follow=True,
    )
    assert "Jenis berkas ini tidak diterima" in response.content.decode()
    assert not ListingPhoto.objects.exists()


def test_public_pages_show_no_personal_data(client, users, owner, product):
    listing = publish(owner, product)
    enterprise = product.enterprise
    secrets = [enterprise.owner_name, enterprise.nik, enterprise.phone, "Jl. Pagar Alam"]
    assert all(secrets)
    for url in ("/catalogue/", f"/catalogue/{listing.pk}/", "/catalogue/?q=kopi"):
        html = client.get(url).content.decode()
        for secret in secrets:
            assert secret not in html, (url, secret)
    body = client.get(f"/api/v1/catalogue/listings/{listing.pk}").content.decode()
    for secret in secrets:
        assert secret not in body


def test_structured_fields_in_six_languages_and_markets_served(client, owner, product):
    import datetime as dt

    from siapekspor.shipments.tests.factories import direct

    direct(owner.enterprise, dt.date(2025, 5, 1), destination="JPN", hs_code="090111")
    direct(owner.enterprise, dt.date(2026, 2, 1), destination="CHN", hs_code="090111")
    listing = publish(owner, product)
    expected = {
        "": ("Jepang", "Kopi robusta/arabika"),
        "/en": ("Japan", "green robusta or arabica beans"),
        "/zh-hans": ("日本", "罗布斯塔或阿拉比卡生豆"),
        "/ja": ("日本", "ロブスタ・アラビカの生豆"),
        "/ar": ("اليابان", "حبوب روبوستا"),
        "/fr": ("Japon", "grains verts robusta"),
    }
    for prefix, (country, hs_name) in expected.items():
        html = client.get(f"{prefix}/catalogue/{listing.pk}/").content.decode()
        assert country in html, prefix
        assert hs_name in html, prefix
        assert "16" not in re.findall(r"<td>([\d.,]+)</td>", html)  # no values by default
    # The owner agrees to show values: the FOB total appears.
    services.listing_save(
        actor=owner,
        product=product,
        data=services.ListingData(description=listing.description, show_export_values=True),
    )
    html = client.get(f"/en/catalogue/{listing.pk}/").content.decode()
    assert "Value (FOB USD)" in html and "1,000" in html


@pytest.mark.parametrize("engine", ["auto", "basic"])
def test_search_in_six_languages(client, settings, owner, product, engine):
    from siapekspor.translation import services as mt

    settings.CATALOGUE_SEARCH = engine
    other = make_product(
        owner, owner.enterprise, name="Lada Hitam", hs="090411", description="Lada butir"
    )
    listing = publish(owner, product)
    publish(owner, other, description="Lada hitam Lampung")
    mt.translation_provide(
        actor=owner,
        source_text=listing.description,
        target_language="zh-hans",
        text="来自塔加穆斯山坡的罗布斯塔咖啡",
    )
    assert services.listings_reindex() == 2
    full_text = {"sqlite": "fts5", "postgresql": "postgres"}[connection.vendor]
    assert search.backend() == (full_text if engine == "auto" else "basic")
    for q in (
        "kopi",
        "KOPI robusta",
        "coffee",
        "café",
        "cafe",
        "咖啡",
        "塔加穆斯",
        "コーヒー",
        "بن",
    ):
        ids = {row[0].listing.pk for row in client.get("/catalogue/", {"q": q}).context["rows"]}
        assert listing.pk in ids, (engine, q)
    ids = {row[0].listing.pk for row in client.get("/catalogue/", {"q": "lada"}).context["rows"]}
    assert ids == {other.catalogue_listing.pk}
    assert client.get("/catalogue/", {"q": "kopi lada"}).context["page"].paginator.count == 0
    # Odd input never breaks the query.
    for q in ('"', "kopi*", "AND OR NOT", "(", "^kopi", "NEAR(kopi)"):
        assert client.get("/catalogue/", {"q": q}).status_code == 200


def test_filters_by_chapter_certificate_and_capacity(client, owner, product, users):
    from siapekspor.compliance import content
    from siapekspor.compliance import services as compliance
    from siapekspor.compliance.models import DocumentType

    compliance.requirements_load(actor=users["admin"], data=content.builtin())
    publish(owner, product)  # 09, 500 kg
    other_enterprise = make_enterprise(regency="18.71", name="Keripik Jaya")
    chips = make_product(
        users["admin"], other_enterprise, name="Keripik Pisang", hs="200899", capacity=2000
    )
    publish(users["admin"], chips)
    compliance.certificate_save(
        actor=users["admin"],
        enterprise=other_enterprise,
        data=compliance.CertificateData(document=DocumentType.objects.get(code="haccp")),
    )

    def names(**params):
        rows = client.get("/catalogue/", params).context["rows"]
        return sorted(row[0].listing.product.name for row in rows)

    assert names(hs="09") == ["Kopi Robusta Lampung"]
    assert names(hs="20") == ["Keripik Pisang"]
    assert names(certificate="haccp") == ["Keripik Pisang"]
    assert names(capacity="1.000") == ["Keripik Pisang"]
    assert names(capacity="100", unit="kg") == ["Keripik Pisang", "Kopi Robusta Lampung"]
    assert names() == ["Keripik Pisang", "Kopi Robusta Lampung"]
    html = client.get("/catalogue/", {"certificate": "haccp"}).content.decode()
    assert "HACCP" in html
    # A bad filter is explained, not a 500.
    response = client.get("/catalogue/", {"hs": "kopi"}, HTTP_ACCEPT_LANGUAGE="id")
    assert response.status_code == 200 and "dua digit" in response.content.decode()


def test_list_page_with_20_listings_weighs_under_500_kb(
    client, owner, django_assert_max_num_queries
):
    for n in range(20):
        item = make_product(owner, owner.enterprise, name=f"Kopi Robusta {n}")
        listing = publish(owner, item)
        services.photo_add(actor=owner, listing=listing, upload=upload(photo_bytes(seed=n)))
    with django_assert_max_num_queries(12):
        response = client.get("/catalogue/")
    html = response.content
    srcs = re.findall(r'<img src="([^"]+)"[^>]*>', html.decode())
    assert len(srcs) == 20
    assert all('loading="lazy"' in tag for tag in re.findall(r"<img [^>]+>", html.decode()))
    images = sum(len(b"".join(client.get(src).streaming_content)) for src in srcs)
    css = sum(
        Path(finders.find(path)).stat().st_size
        for path in ("siapekspor/app.css", "siapekspor/app.js", "catalogue/catalogue.css")
    )
    total = len(html) + images + css
    print(f"list page: html {len(html)} B, 20 thumbnails {images} B, css {css} B, total {total} B")
    assert total < 500_000


def test_contact_link_goes_to_the_inquiry_form(client, owner, product):
    listing = publish(owner, product)
    html = client.get(f"/en/catalogue/{listing.pk}/").content.decode()
    assert f"/buyers/inquiry/?product={product.pk}" in html and "Contact the seller" in html


def test_contact_link_hidden_without_the_buyers_app(client, owner, product, settings):
    from django.urls import clear_url_caches, set_urlconf

    settings.ROOT_URLCONF = "siapekspor.catalogue.tests.urls_without_buyers"
    clear_url_caches()
    set_urlconf(None)
    try:
        listing = publish(owner, product)
        html = client.get(f"/en/catalogue/{listing.pk}/").content.decode()
        assert "Contact the seller" not in html
    finally:
        clear_url_caches()
        set_urlconf(None)


def test_api_public_read_and_scoped_write(api_client, client, users, owner, product):
    payload = {
        "description": "Kopi robusta.",
        "min_order": "1000",
        "price_terms": "fixed",
        "price_min_usd": "4.80",
        "incoterm": "CIF",
        "consent": True,
    }
    response = api_client.as_user(users["partner_officer"]).post(
        f"/api/v1/catalogue/products/{product.pk}/listing", payload
    )
    assert response.status_code == 403
    response = api_client.as_user(owner).post(
        f"/api/v1/catalogue/products/{product.pk}/listing", payload
    )
    assert response.status_code == 200, response.content
    listing_id = response.json()["id"]
    bad = api_client.as_user(owner).post(
        f"/api/v1/catalogue/products/{product.pk}/listing", {**payload, "incoterm": "XYZ"}
    )
    assert bad.status_code == 422
    client.logout()
    body = client.get("/api/v1/catalogue/listings?q=robusta").json()
    assert body["count"] == 1 and body["items"][0]["incoterm"] == "CIF"
    detail = client.get(f"/api/v1/catalogue/listings/{listing_id}", HTTP_ACCEPT_LANGUAGE="en")
    assert detail.status_code == 200 and detail.json()["markets"] == []
    response = api_client.as_user(owner).post(
        f"/api/v1/catalogue/listings/{listing_id}/withdraw", {}
    )
    assert response.status_code == 200
    assert client.get("/api/v1/catalogue/listings").json()["count"] == 0


def test_regency_officer_cannot_list_another_regencys_product(client, users):
    far = make_enterprise(regency="18.01", name="Usaha Jauh")
    item = make_product(users["admin"], far)
    client.force_login(users["regency_officer"])
    assert client.get(f"/catalogue/manage/products/{item.pk}/").status_code == 404
    with pytest.raises(PermissionDeniedError):
        services.listing_save(
            actor=users["regency_officer"], product=item, data=services.ListingData()
        )


def test_api_photo_upload_strips_exif(client, owner, product):
    from siapekspor.accounts.services import api_token_issue

    listing = publish(owner, product)
    token = api_token_issue(user=owner, name="foto")[1]
    response = client.post(
        f"/api/v1/catalogue/listings/{listing.pk}/photos",
        {"file": upload(photo_bytes(1600, 1200, exif=gps_exif()))},
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 200, response.content
    url = response.json()["photos"][0]
    data = b"".join(client.get(url).streaming_content)
    image = Image.open(io.BytesIO(data))
    assert max(image.size) == 1200 and not image.getexif()
    bad = client.post(
        f"/api/v1/catalogue/listings/{listing.pk}/photos",
        {"file": upload(b"not a picture at all", "x.jpg")},
        HTTP_AUTHORIZATION=f"Bearer {token}",
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert (
        bad.status_code == 400 and "tidak diterima" in bad.json()["error"]["details"][0]["message"]
    )


def _listing_columns() -> set[str]:
    with connection.cursor() as cursor:
        return {
            c.name
            for c in connection.introspection.get_table_description(cursor, "catalogue_listing")
        }


def test_postgresql_searches_a_stored_indexed_vector_that_follows_the_text(owner, product):
    """PostgreSQL: `search_vector` is a generated column (to_tsvector of search_text) with a
    GIN index, kept current by the database on every write; the search reads it. SQLite: no
    such column (FTS5 does the work)."""
    if connection.vendor != "postgresql":
        assert search.PG_VECTOR not in _listing_columns()
        return
    assert search.PG_VECTOR in _listing_columns()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = %s", [search.PG_VECTOR_INDEX]
        )
        assert "gin" in cursor.fetchone()[0].lower()
    listing = publish(owner, product, description="Kopi dijemur di para-para")

    def stored() -> str:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT search_vector::text, "
                "search_vector = to_tsvector('simple', search_text) "
                "FROM catalogue_listing WHERE id = %s",
                [listing.pk],
            )
            text, equal = cursor.fetchone()
        assert equal
        return text

    assert "'dijemur'" in stored()
    found = selectors.public_listings(selectors.CatalogueFilters(q="dijemur"))
    assert [x.pk for x in found] == [listing.pk]
    assert search.PG_VECTOR in str(found.query)  # the stored column, not a vector per row
    services.listing_save(
        actor=owner,
        product=product,
        data=services.ListingData(description="Kopi petik merah"),
    )
    assert "'petik'" in stored() and "'dijemur'" not in stored()
    assert not selectors.public_listings(selectors.CatalogueFilters(q="dijemur")).exists()


@pytest.mark.parametrize(
    ("language", "value", "expected"),
    [
        ("", "1e400", "Isi kapasitas bulanan sebagai angka 0 sampai 1.000.000.000"),
        ("", "-5", "Isi kapasitas bulanan sebagai angka 0 sampai 1.000.000.000"),
        ("/en", "9" * 400, "Give the monthly capacity as a number from 0 to 1,000,000,000"),
        ("/zh-hans", "1e400", "未应用任何筛选"),
        ("/ar", "-5", "لم يُطبَّق أي مرشح"),
    ],
)
def test_a_capacity_filter_that_cannot_be_read_is_explained_and_nothing_filtered(
    client, owner, product, users, language, value, expected
):
    publish(owner, product)  # 500 kg
    chips = make_product(
        users["admin"], make_enterprise(regency="18.71"), name="Keripik Pisang", capacity=2000
    )
    publish(users["admin"], chips)
    response = client.get(f"{language}/catalogue/", {"capacity": value, "hs": "09"})
    assert response.status_code == 200
    html = response.content.decode()
    assert expected in html
    assert 'class="form-errors" role="alert"' in html
    # no filter applied (neither the capacity nor the chapter): every product shown
    assert response.context["page"].paginator.count == 2


def test_the_manage_page_is_my_listings_for_an_owner_only(client, users, product):
    client.force_login(users["enterprise_owner"])
    assert "<h1>Produk katalog saya</h1>" in client.get("/catalogue/manage/").content.decode()
    client.force_login(users["province_officer"])
    page = client.get("/catalogue/manage/").content.decode()
    assert "<h1>Daftar produk di katalog</h1>" in page and "saya" not in page.split("<h1>")[1]
