"""Demo buyers and inquiries (`siapekspor seed-forum-demo`): synthetic companies, labelled
"(demo)" in their names and notes, with e-mail addresses at example.com; inquiries about demo
listings made through the public-form services (submit, confirm) and moved along the lead
pipeline with `lead_advance`. `demo_buyers_clear` removes them."""

from __future__ import annotations

import datetime as dt
import random
import secrets
from decimal import Decimal
from typing import TYPE_CHECKING

from django.db.models import Q
from django.utils import timezone

from siapekspor.buyers import services
from siapekspor.buyers.models import STAGE_ORDER, Buyer, BuyerSource, Inquiry, Stage
from siapekspor.shipments.models import Shipment

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.catalogue.models import Listing

DEMO_SUFFIX = " (demo)"
DEMO_NOTE = "Pembeli contoh (data demo sintetis)."

# (company without the suffix, ISO3, language, source, HS codes, what they want)
BUYERS: list[tuple[str, str, str, str, str, str]] = [
    ("Kyoto Coffee Trading K.K.", "JPN", "ja", "attache", "090111 090121",
     "Robusta green bean grade 1, 2 × 20 ft container per quarter (about 38 t)"),
    ("Hamburg Kaffee Import GmbH", "DEU", "en", "fair", "090111",
     "Robusta green bean, 19 t per month from January"),
    ("Rotterdam Spice Traders B.V.", "NLD", "en", "itpc", "090411 090412",
     "Lampung black pepper ASTA grade, 10 t per month"),
    ("Shanghai Ocean Foods Co.", "CHN", "zh-hans", "attache", "030617 030389",
     "Frozen vannamei shrimp 40–60, one 40 ft reefer (about 24 t) per month"),
    ("Dubai Fine Foods LLC", "ARE", "ar", "fair", "200899 170290 090411",
     "Banana chips and palm sugar for retail, 2 t per month"),
    ("Jeddah Sweets Trading", "SAU", "ar", "itpc", "170290 180500",
     "Coconut sugar and cocoa powder, 5 t per quarter"),
    ("Lyon Épicerie Fine SARL", "FRA", "fr", "partner", "090411 040900",
     "Black pepper and wild honey for delicatessen shops, 500 kg per quarter"),
    ("Seoul Snack Distribution", "KOR", "en", "fair", "200899 190590",
     "Fruit chips in 200 g packs, 3 t per month"),
    ("Kuala Lumpur Agro Sdn Bhd", "MYS", "en", "partner", "180100 080111 121229",
     "Fermented cocoa beans and dried seaweed, 20 t per month"),
    ("Singapore Cocoa Processing Pte Ltd", "SGP", "en", "itpc", "180100 180500",
     "Fermented cocoa beans, 50 t per quarter"),
    ("Chicago Home Décor Inc.", "USA", "en", "attache", "460212 960200",
     "Rattan baskets and coconut-shell tableware, 2 000 pieces per order"),
    ("Melbourne Organic Pantry Pty Ltd", "AUS", "en", "fair", "170290 151311 080111",
     "Organic coconut sugar and VCO, 4 t per quarter"),
    ("Osaka Seafood Shoji", "JPN", "ja", "itpc", "030617 030554",
     "Frozen shrimp and dried anchovy, 10 t per month"),
    ("Paris Textile Heritage", "FRA", "fr", "partner", "581091 621430",
     "Hand-woven tapis cloth and embroidered scarves, 100 pieces per season"),
    ("Taipei Tea & Coffee Co.", "TWN", "zh-hans", "fair", "090111 090121",
     "Robusta beans and ground coffee, 5 t per month"),
]  # fmt: skip

MESSAGES = {
    "en": "We are interested in your {product}. Please send your price for {qty} {unit}, "
    "specifications and lead time. (Demo inquiry: synthetic data.)",
    "ja": "{product}に関心があります。{qty} {unit}の価格、仕様、納期をお知らせください。"
    "(デモの問い合わせ：合成データ)",
    "zh-hans": "我们对贵公司的{product}感兴趣。请提供{qty} {unit}的报价、规格和交货期。"
    "(演示询盘：合成数据)",
    "ar": "نحن مهتمون بمنتجكم {product}. يرجى إرسال السعر لكمية {qty} {unit} والمواصفات "
    "ومدة التسليم. (استفسار تجريبي: بيانات اصطناعية)",
    "fr": "Nous sommes intéressés par votre produit {product}. Merci de nous envoyer votre prix "
    "pour {qty} {unit}, les spécifications et le délai. (Demande de démonstration : données "
    "synthétiques.)",
}

# The stages the demo inquiries end at: 5 new, 4 sample, 4 negotiation, 3 order,
# 2 shipment (linked to a demo shipment of the enterprise), 2 lost.
STAGE_PLAN = (
    [Stage.INQUIRY] * 5
    + [Stage.SAMPLE] * 4
    + [Stage.NEGOTIATION] * 4
    + [Stage.ORDER] * 3
    + [Stage.SHIPMENT] * 2
    + [Stage.LOST] * 2
)


def _email(company: str) -> str:
    slug = "".join(ch for ch in company.lower() if ch.isalnum())[:30]
    return f"buyer.{slug}@example.com"


def seed_buyers(*, actor: User) -> list[Buyer]:
    """The demo buyer directory, through `services.buyer_save`."""
    made = []
    for n, (company, country, language, source, hs, wanted) in enumerate(BUYERS):
        made.append(
            services.buyer_save(
                actor=actor,
                data=services.BuyerData(
                    company=company + DEMO_SUFFIX,
                    country=country,
                    source=BuyerSource(source),
                    contact_name=f"Contact Person {n + 1} (demo)",
                    email=_email(company),
                    phone=f"+1555010{n:04d}",
                    hs_interests=hs,
                    products_wanted=f"{wanted}. {DEMO_NOTE}",
                    language=language,
                ),
            )
        )
    return made


def _shipment_of(enterprise_id: int) -> int | None:
    return (
        Shipment.objects.filter(
            Q(enterprise_id=enterprise_id) | Q(suppliers__enterprise_id=enterprise_id)
        )
        .order_by("-export_date", "-pk")
        .values_list("pk", flat=True)
        .first()
    )


def _keeper(tokens: list[str]):
    """A `confirm_url` that keeps the token (the demo confirms at once, no mail)."""

    def confirm_url(token: str) -> str:
        tokens.append(token)
        return "https://example.com/demo-confirm"

    return confirm_url


def _match(rng: random.Random, buyer: Buyer, listings: list[Listing]) -> Listing:
    wanted = {code[:4] for code in buyer.hs_codes}
    fitting = [
        item
        for item in listings
        if item.product.hs_code_id and item.product.hs_code_id[:4] in wanted
    ]
    return rng.choice(fitting or listings)


def seed_inquiries(
    *, actor: User, buyers: list[Buyer], listings: list[Listing], rng: random.Random, progress=None
) -> list[Inquiry]:
    """Twenty inquiries about demo listings, confirmed, at the stages of STAGE_PLAN; created
    over the last 75 days. Inquiries that end at "shipment" are about listings of enterprises
    that have a demo shipment."""
    with_shipment = [item for item in listings if _shipment_of(item.product.enterprise_id)]
    now = timezone.now()
    made = []
    run = secrets.token_hex(2)
    for n, stage in enumerate(STAGE_PLAN):
        buyer = buyers[n % len(buyers)]
        if stage == Stage.SHIPMENT and with_shipment:
            listing = with_shipment[n % len(with_shipment)]
        else:
            listing = _match(rng, buyer, listings)
        product = listing.product
        qty = int(max(listing.min_order or 1, 1) * rng.choice([1, 2, 5, 10]))
        tokens: list[str] = []
        inquiry = services.inquiry_submit(
            data=services.InquiryData(
                product_id=product.pk,
                company=buyer.company,
                country=buyer.country,
                contact_name=f"Contact Person {n + 1} (demo)",
                # One mailbox per demo inquiry and run: the public form's per-mailbox limit
                # (3 an hour) must not stop a second seeding within the hour.
                email=_email(f"{run}{n + 1}{buyer.company.removesuffix(DEMO_SUFFIX)}"),
                message=MESSAGES.get(buyer.language, MESSAGES["en"]).format(
                    product=product.name, qty=qty, unit=listing.min_order_unit
                ),
                language=buyer.language,
                quantity=Decimal(qty),
                unit=listing.min_order_unit,
            ),
            ip_address=f"192.0.2.{n + 1}",  # TEST-NET-1 (RFC 5737): one address per demo
            confirm_url=_keeper(tokens),
        )
        services.inquiry_confirm(token=tokens[0])
        inquiry.refresh_from_db()
        if stage == Stage.LOST:
            services.lead_advance(actor=actor, inquiry=inquiry, stage=Stage.LOST)
        else:
            for step in STAGE_ORDER[1 : STAGE_ORDER.index(stage) + 1]:
                shipment = _shipment_of(product.enterprise_id) if step == Stage.SHIPMENT else None
                if step == Stage.SHIPMENT and shipment is None:
                    break
                services.lead_advance(
                    actor=actor, inquiry=inquiry, stage=step, shipment_id=shipment
                )
        when = now - dt.timedelta(days=75 - n * 3, hours=rng.randint(0, 9))
        Inquiry.objects.filter(pk=inquiry.pk).update(
            created_at=when, confirmed_at=when + dt.timedelta(minutes=rng.randint(3, 90))
        )
        made.append(inquiry)
        if progress:
            progress(1)
    return made


def demo_buyers_clear() -> int:
    """Delete the inquiries about demo enterprises and the demo buyers (company "… (demo)");
    returns how many buyers were removed. Pools with a demo enterprise among their members
    go first (a member is protected from deletion while its pool exists)."""
    from siapekspor.buyers.models import Pool

    Pool.objects.filter(members__enterprise__is_demo=True).delete()
    Inquiry.objects.filter(enterprise__is_demo=True).delete()
    _total, detail = Buyer.objects.filter(company__endswith=DEMO_SUFFIX).delete()
    return detail.get(Buyer._meta.label, 0)
