"""What a buyer abroad meets without an account: the landing page at `/`, the menu's link to
the catalogue, a search in their own words, the certificate filter in their language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from siapekspor.catalogue import demo, services
from siapekspor.catalogue.models import Listing
from siapekspor.catalogue.tests.helpers import make_product, publish
from siapekspor.catalogue.vocabulary import WORDS
from siapekspor.compliance.models import Certificate
from siapekspor.core import i18n
from siapekspor.registry.tests.factories import make_enterprise

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def glossary(db):
    """The glossary a migration seeds: a transactional test elsewhere may have flushed it."""
    from siapekspor.translation import services as mt

    mt.glossary_load()


def _prefix(code: str) -> str:
    return "" if code == i18n.default() else f"/{code}"


def _menu(html: str) -> str:
    return re.search(r'<nav id="mainnav".*?</nav>', html, re.S).group(0)


@pytest.mark.parametrize("code", i18n.codes())
def test_a_visitor_lands_on_a_public_page_that_leads_to_the_catalogue(client, users, code):
    owner = users["enterprise_owner"]
    publish(owner, make_product(owner, owner.enterprise))
    prefix = _prefix(code)
    response = client.get(f"{prefix}/")
    assert response.status_code == 200  # no longer sent to the sign-in page
    html = response.content.decode()
    assert f'<html lang="{code}" dir="{"rtl" if i18n.is_rtl(code) else "ltr"}"' in html
    assert re.search(rf'<a class="btn cta" href="{prefix}/catalogue/" id="browse-catalogue">', html)
    assert f'action="{prefix}/catalogue/"' in html  # the search box searches the catalogue
    assert f'href="{prefix}/accounts/login/"' in html  # staff and owners still find the way in
    # Every page's menu, for a visitor, links the catalogue (and sign-in) in every language.
    for path in ("/", "/catalogue/", "/accounts/login/"):
        menu = _menu(client.get(f"{prefix}{path}").content.decode())
        assert f'href="{prefix}/catalogue/"' in menu, (code, path)
        assert f'href="{prefix}/accounts/login/"' in menu
    css = sum(
        Path(finders.find(p)).stat().st_size
        for p in ("siapekspor/app.css", "siapekspor/app.js", "catalogue/catalogue.css")
    )
    assert len(response.content) + css < 500_000


def test_signed_in_people_keep_their_home_and_menu(client, users):
    client.force_login(users["province_officer"])
    response = client.get("/")
    assert "reporting/home.html" in [t.name for t in response.templates]
    assert 'id="browse-catalogue"' not in response.content.decode()
    assert 'href="/catalogue/"' not in _menu(response.content.decode())
    client.force_login(users["enterprise_owner"])
    assert client.get("/").status_code == 302  # the owner's own enterprise, as before


# --- search in a buyer's own words -----------------------------------------------------------


def _found(client, q: str) -> set[int]:
    return {row[0].listing.pk for row in client.get("/catalogue/", {"q": q}).context["rows"]}


@pytest.mark.parametrize("engine", ["auto", "basic"])
def test_a_buyer_finds_coffee_in_the_word_of_their_language(client, settings, users, engine):
    """The Arabic HS text says "بن" and the description is Indonesian: "قهوة" (and the other
    languages' ordinary words) must still find a coffee listing — on FTS5, on PostgreSQL
    (the suite's CI database) and on the plain fallback."""
    settings.CATALOGUE_SEARCH = engine
    owner = users["enterprise_owner"]
    coffee = publish(
        owner,
        make_product(owner, owner.enterprise, name="Kopi Arabika Sumber Jaya", hs="090111"),
        description="Biji arabika petik merah dari Lampung Barat.",
    )
    chips = publish(
        owner,
        make_product(
            owner, owner.enterprise, name="Keripik pisang kepok", hs="200899", description=""
        ),
        description="Renyah, rasa original.",
    )
    for q in ("قهوة", "القهوة", "咖啡", "コーヒー", "café", "kopi", "coffee"):
        found = _found(client, q)
        assert coffee.pk in found, (engine, q)
        assert chips.pk not in found, (engine, q)
    # The glossary's agreed renderings of "keripik pisang" (read from the glossary, not
    # repeated in the catalogue) find the chips, whose HS text speaks of "fruit".
    for q in ("banana chips", "香蕉片", "バナナチップス", "رقائق الموز", "موز", "chips de banane"):
        found = _found(client, q)
        assert chips.pk in found, (engine, q)
        assert coffee.pk not in found, (engine, q)


def test_a_glossary_term_changed_by_an_officer_is_searchable_after_the_reindex(client, users):
    from siapekspor.translation import services as mt
    from siapekspor.translation.models import GlossaryTerm

    owner = users["enterprise_owner"]
    listing = publish(
        owner,
        make_product(owner, owner.enterprise, name="Gula aren cetak", hs="170290"),
        description="Gula aren cetak dari Way Kanan.",
    )
    term = GlossaryTerm.objects.get(key="gula-aren")
    forms = {code: str(getattr(term, i18n.column("term", code))) for code in i18n.codes()}
    forms["fr"] = "sucre de palmier"
    mt.glossary_term_save(
        actor=users["admin"],
        data=mt.GlossaryTermData(key=term.key, kind=term.kind, forms=forms, note=term.note),
        term=term,
    )
    assert listing.pk not in _found(client, "palmier")
    services.listings_reindex()
    assert listing.pk in _found(client, "palmier")


def test_the_curated_words_cover_every_language_of_the_site():
    for heading, words in WORDS.items():
        assert re.fullmatch(r"\d{4}(\d{2})?", heading), heading
        assert set(words) == set(i18n.codes()), heading
        assert all(text.strip() for text in words.values()), heading


# --- the certificate filter ------------------------------------------------------------------


def test_certificate_filter_offers_what_published_listings_hold_in_the_readers_language(
    client, users
):
    owner = users["enterprise_owner"]
    ground = make_product(owner, owner.enterprise, name="Kopi bubuk robusta", hs="090121")
    other = make_product(
        users["admin"],
        make_enterprise(regency="18.71", name="Lada Jaya"),
        name="Lada hitam",
        hs="090411",
    )
    demo.seed_listings(actor=users["admin"], products=[ground, other], with_photos=False)

    def options(prefix: str) -> dict[str, str]:
        html = client.get(f"{prefix}/catalogue/").content.decode()
        select = re.search(r'<select name="certificate".*?</select>', html, re.S).group(0)
        return dict(re.findall(r'<option value="([^"]+)"[^>]*>([^<]+)</option>', select))

    assert options("/en") == {
        "halal-bpjph": "Halal certificate (BPJPH)",
        "pirt": "Home-industry food permit (SPP-IRT/PIRT)",
    }
    arabic = options("/ar")
    assert set(arabic) == {"halal-bpjph", "pirt"}
    assert all(re.search(r"[\u0600-\u06ff]", name) for name in arabic.values()), arabic
    rows = client.get("/catalogue/", {"certificate": "halal-bpjph"}).context["rows"]
    assert [row[0].listing.product.name for row in rows] == ["Kopi bubuk robusta"]
    page = client.get("/fr/catalogue/").content.decode()
    assert "Certificat halal (BPJPH)" in page  # the card names them in the reader's language
    assert Certificate.objects.filter(enterprise=owner.enterprise).count() == 2
    # What Certification knows is no longer repeated as entered text.
    assert Listing.objects.get(product=ground).certificates_entered == ""
