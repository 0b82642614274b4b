"""Demo listings of the public catalogue (`siapekspor seed-forum-demo`): products of demo
enterprises published through `services.listing_save` with the consent recorded, each with
a photo drawn at seed time (Pillow) that says "CONTOH / DEMO". Descriptions say that they are
synthetic. `demo_listings_clear` removes them (and their photo files and index entries)."""

from __future__ import annotations

import datetime as dt
import io
import random
from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from siapekspor.catalogue import photos, search, services
from siapekspor.catalogue.models import Listing, ListingPhoto, PriceTerms
from siapekspor.compliance.models import Certificate, DocumentType
from siapekspor.registry.models import Product

if TYPE_CHECKING:
    from siapekspor.accounts.models import User

DEMO_NOTE = "Data contoh (demo sintetis), bukan penawaran nyata."
# The certificates named in PRODUCTS that Certification knows (compliance document codes):
# recorded as the demo enterprise's certificates, so the catalogue shows them in the
# reader's language and its certificate filter offers them. The others stay as entered.
CERTIFICATE_CODES = {
    "PIRT": "pirt",
    "Halal": "halal-bpjph",
    "BPOM": "bpom-md",
    "HACCP": "haccp",
    "SVLK": "svlk",
    "Sertifikat Kesehatan Ikan": "health-cert",
}
DEMO_CERTIFICATE_PREFIX = "DEMO-"

# product name (as in registry.demo.SECTORS) → (description, USD per unit from–to or None,
# minimum order, its unit, Incoterm, certificates, photo colour)
PRODUCTS: dict[str, tuple[str, tuple[str, str] | None, int, str, str, str, str]] = {
    "Kopi robusta biji (green bean)": (
        "Robusta Lampung petik merah, proses kering, kadar air maks. 12,5 %, grade 1–2, "
        "dikemas karung goni 60 kg.",
        ("3.80", "4.60"),
        1000,
        "kg",
        "FOB",
        "Sertifikat indikasi geografis Robusta Lampung",
        "#5b3a29",
    ),
    "Kopi bubuk robusta": (
        "Kopi bubuk robusta sangrai sedang, kemasan valve bag 250 g dan 1 kg.",
        ("7.50", "9.00"),
        200,
        "kg",
        "FOB",
        "PIRT, Halal",
        "#6f4e37",
    ),
    "Kopi luwak": (
        "Kopi luwak liar{origin}, sangrai medium, kemasan 100 g.",
        ("60.00", "90.00"),
        10,
        "kg",
        "EXW",
        "Halal",
        "#3e2723",
    ),
    "Lada hitam": (
        "Lada hitam Lampung (Lampung black pepper), ASTA grade, densitas 550 g/l, kadar "
        "air maks. 13 %.",
        ("5.20", "6.40"),
        500,
        "kg",
        "FOB",
        "",
        "#263238",
    ),
    "Lada hitam bubuk": (
        "Lada hitam bubuk halus, kemasan standing pouch 100 g.",
        ("8.00", "10.00"),
        100,
        "kg",
        "FOB",
        "PIRT, Halal",
        "#37474f",
    ),
    "Keripik pisang": (
        "Keripik pisang kepok Lampung, rasa original, cokelat dan balado; kemasan 200 g.",
        ("4.50", "6.00"),
        300,
        "kg",
        "FOB",
        "PIRT, Halal",
        "#f9a825",
    ),
    "Biji kakao fermentasi": (
        "Biji kakao fermentasi 5 hari, dijemur, bean count 100–110 per 100 g.",
        ("2.90", "3.40"),
        2000,
        "kg",
        "FOB",
        "",
        "#795548",
    ),
    "Bubuk kakao": (
        "Bubuk kakao alkali, lemak 10–12 %, kemasan 1 kg dan 25 kg.",
        ("6.00", "7.20"),
        250,
        "kg",
        "CIF",
        "Halal",
        "#4e342e",
    ),
    "Udang vaname beku": (
        "Udang vaname beku HOSO dan PD, size 40–60, IQF, dari tambak{origin}.",
        ("7.80", "9.50"),
        1000,
        "kg",
        "CFR",
        "HACCP, Sertifikat Kesehatan Ikan",
        "#e57373",
    ),
    "Gula aren cetak": (
        "Gula aren cetak dari nira pohon aren{origin}, tanpa pengawet.",
        ("2.20", "2.80"),
        500,
        "kg",
        "FOB",
        "Halal",
        "#8d6e63",
    ),
    "Gula semut kelapa": (
        "Gula semut kelapa organik, kadar air maks. 2 %, kemasan 500 g dan 25 kg.",
        ("3.00", "3.80"),
        500,
        "kg",
        "FOB",
        "Halal",
        "#a1887f",
    ),
    "Kelapa parut kering (desiccated)": (
        "Kelapa parut kering fine grade, lemak tinggi, kemasan 25 kg.",
        ("2.10", "2.60"),
        1000,
        "kg",
        "FOB",
        "",
        "#eeeeee",
    ),
    "Minyak kelapa murni (VCO)": (
        "Minyak kelapa murni (VCO) proses dingin, botol 250 ml dan jeriken 20 l.",
        ("4.00", "5.50"),
        100,
        "l",
        "FOB",
        "BPOM, Halal",
        "#c5e1a5",
    ),
    "Rumput laut kering": (
        "Rumput laut Eucheuma cottonii kering, kadar air maks. 35 %{origin}.",
        ("1.10", "1.50"),
        5000,
        "kg",
        "FOB",
        "",
        "#558b2f",
    ),
    "Ikan teri kering": (
        "Ikan teri nasi kering tawar dari {origin}, kemasan karton 10 kg.",
        ("6.50", "8.00"),
        200,
        "kg",
        "CFR",
        "Sertifikat Kesehatan Ikan",
        "#90a4ae",
    ),
    "Madu hutan": (
        "Madu hutan{origin}, mentah, tidak dipanaskan; botol 250 g dan 500 g.",
        None,
        50,
        "kg",
        "EXW",
        "PIRT",
        "#ffb300",
    ),
    "Kain tapis Lampung": (
        "Kain tapis Lampung tenun tangan dengan sulaman benang emas, motif pucuk rebung.",
        ("120.00", "350.00"),
        5,
        "pcs",
        "EXW",
        "",
        "#b71c1c",
    ),
    "Selendang sulam usus": (
        "Selendang sulam usus khas Lampung, satin, berbagai warna.",
        ("18.00", "30.00"),
        20,
        "pcs",
        "FOB",
        "",
        "#ad1457",
    ),
    "Keranjang rotan": (
        "Keranjang rotan anyaman tangan, set tiga ukuran, finishing natural.",
        ("6.00", "12.00"),
        100,
        "pcs",
        "FOB",
        "SVLK",
        "#bcaaa4",
    ),
    "Kerajinan batok kelapa": (
        "Mangkuk dan gelas batok kelapa dipoles, aman untuk makanan.",
        ("1.50", "3.00"),
        200,
        "pcs",
        "FOB",
        "",
        "#6d4c41",
    ),
}


# Where a description names a place ({origin}): the wording for an enterprise in one of
# these regencies (its own name filled in as {regency}), and for one elsewhere. A listing
# names no regency but its enterprise's own.
ORIGINS: dict[str, tuple[set[str], str, str]] = {
    # Luwak coffee comes from the robusta highlands.
    "Kopi luwak": ({"18.04", "18.06", "18.08", "18.13"}, " dari {regency}", ""),
    # Shrimp ponds line the east and south coasts.
    "Udang vaname beku": (
        {"18.01", "18.05", "18.06", "18.07", "18.09", "18.11", "18.13"},
        " {regency}",
        " di pesisir Lampung",
    ),
    "Gula aren cetak": (
        {"18.03", "18.04", "18.06", "18.08", "18.09", "18.10", "18.13"},
        " {regency}",
        "",
    ),
    "Rumput laut kering": ({"18.01", "18.06", "18.09", "18.13", "18.71"}, ", dari {regency}", ""),
    # Teluk Lampung (the bay) borders these four.
    "Ikan teri kering": ({"18.01", "18.06", "18.09", "18.71"}, "Teluk Lampung", "perairan Lampung"),
    # Way Kambas National Park lies in Lampung Timur.
    "Madu hutan": ({"18.07"}, " Way Kambas", ""),
}
# Units a capacity converts from (to the listing's minimum-order unit).
UNIT_FACTORS = {("ton", "kg"): Decimal(1000), ("kg", "ton"): Decimal("0.001")}


def describe(product: Product, text: str) -> str:
    """The description with {origin} worded for the enterprise's regency (ORIGINS)."""
    if "{origin}" not in text:
        return text
    regencies, near, elsewhere = ORIGINS[product.name]
    regency = product.enterprise.regency
    wording = near if regency.code in regencies else elsewhere
    return text.replace("{origin}", wording.replace("{regency}", regency.name))


def minimum_order(product: Product, usual: int, unit: str) -> tuple[Decimal, str]:
    """The usual minimum order of the product, but never more than one month of the
    enterprise's capacity (rounded down to 1, 2 or 5 × 10ⁿ), in the capacity's unit when the
    usual unit does not convert."""
    capacity = product.monthly_capacity
    if not capacity:
        return Decimal(usual), unit
    factor = (
        Decimal(1)
        if product.capacity_unit == unit
        else UNIT_FACTORS.get((product.capacity_unit, unit))
    )
    if factor is None:
        unit, factor = product.capacity_unit, Decimal(1)
    monthly = capacity * factor
    if monthly >= usual:
        return Decimal(usual), unit
    if monthly < 1:
        return monthly, unit
    magnitude = Decimal(10) ** (len(str(int(monthly))) - 1)
    step = max(m * magnitude for m in (1, 2, 5) if m * magnitude <= monthly)
    return step, unit


def demo_products(rng: random.Random, *, count: int, prefer: set[int]) -> list[Product]:
    """`count` products of active demo enterprises named in PRODUCTS (one per enterprise),
    those of `prefer` enterprises (exporters) first for about a third."""
    candidates = list(
        Product.objects.filter(
            enterprise__is_demo=True,
            enterprise__is_active=True,
            name__in=list(PRODUCTS),
            catalogue_listing__isnull=True,
        )
        .select_related("enterprise__regency", "hs_code")
        .order_by("pk")[:20000]
    )
    preferred = [p for p in candidates if p.enterprise_id in prefer]
    picked: list[Product] = []
    seen: set[int] = set()
    for pool, k in ((preferred, count // 3), (candidates, count)):
        for product in rng.sample(pool, k=len(pool)):
            if len(picked) >= count or k <= 0:
                break
            if product.enterprise_id in seen:
                continue
            seen.add(product.enterprise_id)
            picked.append(product)
            k -= 1
    return picked


def demo_photo(name: str, colour: str) -> SimpleUploadedFile:
    """A plain JPEG with the product's name and "CONTOH / DEMO" on its colour."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (800, 600), colour)
    draw = ImageDraw.Draw(image)
    light = sum(int(colour[i : i + 2], 16) for i in (1, 3, 5)) > 3 * 150
    ink = (30, 30, 30) if light else (250, 250, 250)
    try:
        big, small = ImageFont.load_default(size=44), ImageFont.load_default(size=30)
    except TypeError:  # Pillow < 10.1: one bitmap size
        big = small = ImageFont.load_default()
    draw.rectangle((40, 40, 760, 560), outline=ink, width=4)
    words, lines, line = name.split(), [], ""
    for word in words:
        if len(line) + len(word) > 22 and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    for n, text in enumerate(lines):
        draw.text((400, 220 + n * 56), text, fill=ink, font=big, anchor="mm")
    draw.text((400, 480), "CONTOH / DEMO", fill=ink, font=small, anchor="mm")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return SimpleUploadedFile("demo.jpg", out.getvalue(), content_type="image/jpeg")


def seed_listings(
    *,
    actor: User,
    products: list[Product],
    owners: dict[int, User] | None = None,
    with_photos: bool = True,
    progress=None,
) -> list[Listing]:
    """Publish each product with the owner's consent recorded (by `actor`, or the owner's own
    account when `actor` owns the enterprise), through the catalogue services."""
    made = []
    documents = _document_types(actor)
    for product in products:
        description, prices, min_order, unit, incoterm, certificates, colour = PRODUCTS.get(
            product.name,
            (
                f"{product.name} buatan IKM Lampung.",
                None,
                100,
                product.capacity_unit or "kg",
                "FOB",
                "",
                "#607d8b",
            ),
        )
        moq, moq_unit = minimum_order(product, min_order, unit)
        data = services.ListingData(
            description=f"{describe(product, description)}\n\n{DEMO_NOTE}",
            min_order=moq,
            min_order_unit=moq_unit,
            price_terms=PriceTerms.RANGE if prices else PriceTerms.ON_REQUEST,
            price_min_usd=Decimal(prices[0]) if prices else None,
            price_max_usd=Decimal(prices[1]) if prices else None,
            incoterm=incoterm,
            certificates_entered=", ".join(
                name
                for name in (n.strip() for n in certificates.split(","))
                if name and CERTIFICATE_CODES.get(name) not in documents
            ),
            show_export_values=product.pk % 3 == 0,
        )
        _record_certificates(actor, product, certificates, documents)
        by = (owners or {}).get(product.enterprise_id, actor)
        listing = services.listing_save(actor=by, product=product, data=data, consent=True)
        if with_photos:
            services.photo_add(actor=by, listing=listing, upload=demo_photo(product.name, colour))
        made.append(listing)
        if progress:
            progress(1)
    return made


def _document_types(actor: User) -> dict[str, DocumentType]:
    """The compliance document types the demo certificates name, the requirements file
    loaded first when Certification has none yet (as `load-requirements` does)."""
    from siapekspor.compliance import content
    from siapekspor.compliance import services as compliance

    if not DocumentType.objects.exists():
        compliance.requirements_load(actor=actor, data=content.builtin())
    return {
        d.code: d for d in DocumentType.objects.filter(code__in=list(CERTIFICATE_CODES.values()))
    }


def _record_certificates(
    actor: User, product: Product, certificates: str, documents: dict[str, DocumentType]
) -> None:
    """Record the known certificates of a demo product's enterprise (once each), valid for
    two years from today, numbered DEMO-…."""
    from siapekspor.compliance import services as compliance

    held = set(
        Certificate.objects.filter(enterprise_id=product.enterprise_id).values_list(
            "document__code", flat=True
        )
    )
    today = timezone.localdate()
    for name in (n.strip() for n in certificates.split(",")):
        document = documents.get(CERTIFICATE_CODES.get(name, ""))
        if document is None or document.code in held:
            continue
        compliance.certificate_save(
            actor=actor,
            enterprise=product.enterprise,
            data=compliance.CertificateData(
                document=document,
                number=f"{DEMO_CERTIFICATE_PREFIX}{product.enterprise_id}-{document.code}".upper(),
                issued_on=today - dt.timedelta(days=90),
                valid_until=today + dt.timedelta(days=730),
            ),
        )
        held.add(document.code)


def demo_listings_clear() -> int:
    """Delete the listings of demo enterprises, their photo files and index entries."""
    listings = Listing.objects.filter(product__enterprise__is_demo=True)
    ids = list(listings.values_list("pk", flat=True))
    files = list(
        ListingPhoto.objects.filter(listing_id__in=ids).values_list("full_file", "thumb_file")
    )
    search.unindex(ids)
    ListingPhoto.objects.filter(listing_id__in=ids).delete()
    Listing.objects.filter(pk__in=ids).delete()
    Certificate.objects.filter(
        enterprise__is_demo=True, number__startswith=DEMO_CERTIFICATE_PREFIX
    ).delete()
    names = [name for pair in files for name in pair]
    transaction.on_commit(lambda: photos.discard(*names))
    return len(ids)
