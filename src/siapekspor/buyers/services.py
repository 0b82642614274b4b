"""Writes of the buyers app: the buyer directory, inquiries, replies and the lead pipeline.

Inquiries: `inquiry_submit` (public form: rate limit per client address, confirmation mail)
→ `inquiry_confirm` (the link in the mail: routed to the owner and the regency officer) →
`reply_post` (written in Indonesian; `reply_deliver` sends it in the buyer's language, from
the worker) and `lead_advance` (inquiry → sample → negotiation → order → shipment).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.mail import send_mail
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts.services import rate_limit_take
from siapekspor.buyers import access
from siapekspor.buyers.models import (
    STAGE_ORDER,
    Buyer,
    BuyerSource,
    Inquiry,
    Pool,
    PoolMember,
    PoolStatus,
    Reply,
    Stage,
)
from siapekspor.core import countries, i18n
from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.crypto import blind_index, seal, sealed_with_primary, unseal
from siapekspor.core.errors import (
    ConflictError,
    DomainError,
    PermissionDeniedError,
    ValidationFailed,
)
from siapekspor.core.http import throttle_address
from siapekspor.core.signals import announce_figures_changed

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.buyers.matching import Demand
    from siapekspor.registry.models import Product
    from siapekspor.shipments.models import Shipment

BUYER_FIELDS = ("company", "country", "source", "hs_interests", "products_wanted", "language")
PERSONAL_FIELDS = ("contact_name", "email", "phone")
MAX_MESSAGE_CHARS = 4000


class RateLimited(DomainError):
    code = "rate_limited"
    default_message = _("Too many inquiries from your address. Please try again in an hour.")


class RecipientLimited(RateLimited):
    """The confirmation mail would go to a mailbox that had its share this hour."""

    default_message = _(
        "Too many inquiries were sent to this e-mail address. Please try again in an hour."
    )


class SiteBusy(RateLimited):
    """The whole site took its hourly number of inquiries."""

    default_message = _(
        "Too many inquiries reach SiapEkspor right now. Please try again in an hour."
    )


@dataclass
class BuyerData:
    """A buyer's fields, already checked by `buyers.validation`."""

    company: str
    country: str
    source: str
    # Personal data: None keeps what an existing buyer has (edit forms never show it in clear).
    contact_name: str | None = None
    email: str | None = None
    phone: str | None = None
    hs_interests: str = ""
    products_wanted: str = ""
    language: str = "en"


def _email_index(email: str) -> str:
    return blind_index(email.strip().lower(), purpose="buyer-email") if email else ""


def _snapshot(buyer: Buyer) -> dict[str, object]:
    values: dict[str, object] = {f: getattr(buyer, f) for f in BUYER_FIELDS}
    values.update(
        contact_name=unseal(buyer.contact_name_sealed),
        email=unseal(buyer.email_sealed),
        phone=unseal(buyer.phone_sealed),
    )
    return values


def _personal(data: BuyerData, current: dict[str, object]) -> dict[str, str]:
    return {
        f: str(current.get(f, "")) if getattr(data, f) is None else str(getattr(data, f))
        for f in PERSONAL_FIELDS
    }


def buyer_is_unchanged(buyer: Buyer, data: BuyerData) -> bool:
    """Whether saving `data` would change nothing (an import's "unchanged")."""
    current = _snapshot(buyer)
    wanted: dict[str, object] = {f: getattr(data, f) for f in BUYER_FIELDS}
    wanted.update(_personal(data, current))
    return current == wanted


@transaction.atomic
def buyer_save(*, actor: User, data: BuyerData, buyer: Buyer | None = None) -> Buyer:
    """Create or edit a buyer of the directory (officers). Contact person, e-mail and phone
    are sealed; the change is audited with those fields masked. Raises PermissionDeniedError,
    ValidationFailed."""
    if not access.can_manage_buyers(actor):
        raise PermissionDeniedError()
    if data.source not in BuyerSource.values:
        raise ValidationFailed(_("Unknown source."), field="source")
    if data.language not in i18n.codes():
        data.language = "en"
    clash = Buyer.objects.filter(company__iexact=data.company, country=data.country)
    if buyer is not None:
        clash = clash.exclude(pk=buyer.pk)
    if clash.exists():
        raise ValidationFailed(
            _("This company is already in the directory for this country."), field="company"
        )
    before = _snapshot(buyer) if buyer is not None else {}
    target = buyer or Buyer()
    for f in BUYER_FIELDS:
        setattr(target, f, getattr(data, f))
    personal = _personal(data, before)
    target.contact_name_sealed = seal(personal["contact_name"]) if personal["contact_name"] else ""
    target.email_sealed = seal(personal["email"]) if personal["email"] else ""
    target.email_index = _email_index(personal["email"])
    target.phone_sealed = seal(personal["phone"]) if personal["phone"] else ""
    target.full_clean()
    creating = buyer is None
    if creating:
        target.save()
    else:
        target.save(
            update_fields=[
                *BUYER_FIELDS,
                "contact_name_sealed",
                "email_sealed",
                "email_index",
                "phone_sealed",
                "updated_at",
            ]
        )
    audit_record(
        actor=actor,
        action="buyers.buyer.update" if buyer is not None else "buyers.buyer.create",
        target=target,
        changes=diff_fields(
            before, _snapshot(target), secret_fields=frozenset({"contact_name", "email", "phone"})
        ),
    )
    return target


# ---- Inquiries -----------------------------------------------------------------------------


@dataclass
class InquiryData:
    """What the public form asks (checked by the form)."""

    product_id: int
    company: str
    country: str
    contact_name: str
    email: str
    message: str
    language: str
    quantity: Decimal | None = None
    unit: str = ""


CATALOGUE_MISSING = object()


def listing_for_product(product_id: int) -> object:
    """The public catalogue listing of a product (None: not published), or
    `CATALOGUE_MISSING` when the catalogue app is not installed."""
    try:
        selectors = importlib.import_module("siapekspor.catalogue.selectors")
    except ImportError:
        return CATALOGUE_MISSING
    finder = getattr(selectors, "public_listing_for_product", None)
    if finder is None:
        return CATALOGUE_MISSING
    return finder(product_id)


def inquiry_product(product_id: int | None) -> Product | None:
    """The product a public inquiry may be about: of an active enterprise and, once the
    catalogue exists, published there with the owner's consent; else None."""
    from siapekspor.registry.models import Product

    if not product_id:
        return None
    product = (
        Product.objects.select_related("enterprise")
        .filter(pk=product_id, enterprise__is_active=True)
        .first()
    )
    if product is None or listing_for_product(product.pk) is None:
        return None
    return product


def _listing_id(listing: object) -> int | None:
    if listing is None or listing is CATALOGUE_MISSING:
        return None
    pk = getattr(listing, "pk", listing)
    return pk if isinstance(pk, int) else None


def mailbox(email: str) -> str:
    """The mailbox an address reaches, for the per-recipient limit: lower case, without a
    `+tag` (`Victim+1@Example.test` and `victim@example.test` are one mailbox)."""
    local, _, domain = email.strip().lower().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def _take_inquiry_slots(email: str, ip_address: str | None) -> None:
    """The three hourly limits, in order: the client address (an IPv6 client by its /64),
    the recipient's mailbox, the whole site. A refusal leaves the slots already taken
    taken: a flood pays for its refused attempts. Raises RateLimited (or a subclass)."""
    window = dt.timedelta(hours=1)
    limits: list[tuple[str, str, int, type[RateLimited]]] = [
        ("inquiry-addr", throttle_address(ip_address), settings.INQUIRY_ADDRESS_LIMIT, RateLimited),
        ("inquiry-mail", mailbox(email), settings.INQUIRY_EMAIL_LIMIT, RecipientLimited),
        ("inquiry-site", "all", settings.INQUIRY_HOURLY_LIMIT, SiteBusy),
    ]
    for kind, part, limit, refusal in limits:
        if not rate_limit_take(kind=kind, parts=[part], limit=limit, window=window):
            raise refusal()


def token_hash(token: str) -> str:
    """How an inquiry's confirmation token is stored and looked up (never the token itself)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _new_inquiry(data: InquiryData, product: Product, token: str) -> Inquiry:
    inquiry = Inquiry(
        product=product,
        enterprise=product.enterprise,
        buyer=Buyer.objects.filter(email_index=_email_index(data.email)).first(),
        listing_id=_listing_id(listing_for_product(product.pk)),
        company=data.company,
        country=data.country,
        language=data.language if data.language in i18n.codes() else "en",
        contact_name_sealed=seal(data.contact_name) if data.contact_name else "",
        email_sealed=seal(data.email),
        message=data.message[:MAX_MESSAGE_CHARS],
        quantity=data.quantity,
        unit=data.unit,
        token_hash=token_hash(token),
    )
    inquiry.full_clean()
    inquiry.save()
    return inquiry


def inquiry_submit(
    *, data: InquiryData, ip_address: str | None, confirm_url: Callable[[str], str]
) -> Inquiry:
    """Record a buyer's inquiry and send the confirmation link to its e-mail address; it is
    routed only once confirmed. Per hour, at most `INQUIRY_ADDRESS_LIMIT` per client address,
    `INQUIRY_EMAIL_LIMIT` confirmation mails per recipient mailbox and `INQUIRY_HOURLY_LIMIT`
    for the site (atomic counters). Raises RateLimited (RecipientLimited, SiteBusy),
    ValidationFailed (unknown product)."""
    product = inquiry_product(data.product_id)
    if product is None:
        raise ValidationFailed(_("This product cannot receive inquiries."), field="product")
    _take_inquiry_slots(data.email, ip_address)
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        inquiry = _new_inquiry(data, product, token)
        audit_record(
            actor=None,
            action="buyers.inquiry.submit",
            target=inquiry,
            ip_address=ip_address,
            changes={"product": product.pk},
        )
        link = confirm_url(token)
        language = inquiry.language

        def _mail() -> None:
            with translation.override(language):
                send_mail(
                    gettext("Please confirm your inquiry"),
                    gettext(
                        "You sent an inquiry about %(product)s through SiapEkspor. Open this "
                        "link to confirm your e-mail address; only then is it sent to the "
                        "producer:\n\n%(link)s\n\nIf you did not send it, ignore this message."
                    )
                    % {"product": product.name, "link": link},
                    None,
                    [data.email],
                )

        transaction.on_commit(_mail)
    return inquiry


@transaction.atomic
def inquiry_confirm(*, token: str) -> Inquiry | None:
    """Confirm an inquiry by the token of its mail and route it to the enterprise's owner and
    its regency officers (each in Indonesian, the buyer's text machine-translated). None for
    an unknown token; confirming twice routes once."""
    inquiry = (
        Inquiry.objects.select_for_update(of=("self",))  # not the nullable joined rows
        .select_related("enterprise", "product")
        .filter(token_hash=token_hash(token or ""))
        .first()
    )
    if inquiry is None:
        return None
    if inquiry.confirmed_at is not None:
        return inquiry
    inquiry.confirmed_at = timezone.now()
    inquiry.save(update_fields=["confirmed_at", "updated_at"])
    audit_record(actor=None, action="buyers.inquiry.confirm", target=inquiry)
    recipients = list(access.inquiry_recipients(inquiry.enterprise).values_list("email", flat=True))
    transaction.on_commit(lambda: _route(inquiry.pk, recipients))
    return inquiry


def _route(inquiry_id: int, recipients: list[str]) -> None:
    from siapekspor.translation import services as mt

    if not recipients:
        return
    inquiry = Inquiry.objects.select_related("product").get(pk=inquiry_id)
    with translation.override(i18n.default()):
        shown = mt.text_for(i18n.default(), inquiry.message, inquiry.language)
        note = (
            gettext("Machine-translated from the buyer's language; the original follows.")
            if shown.is_translated
            else gettext("Not translated yet: the buyer's own words.")
            if inquiry.language != i18n.default()
            else ""
        )
        body = "\n\n".join(
            part
            for part in [
                gettext("%(company)s (%(country)s) asks about %(product)s.")
                % {
                    "company": inquiry.company,
                    "country": countries.name(inquiry.country, i18n.default()),
                    "product": inquiry.product.name if inquiry.product else "",
                },
                note,
                shown.text,
                inquiry.message if shown.is_translated else "",
                gettext("Answer it in SiapEkspor (Buyers → Inquiries)."),
            ]
            if part
        )
        send_mail(gettext("New inquiry from a buyer"), body, None, recipients)


@transaction.atomic
def reply_post(*, actor: User, inquiry: Inquiry, text: str) -> Reply:
    """An answer written in Indonesian; the worker sends it in the buyer's language
    (`reply_deliver`). Raises PermissionDeniedError, ValidationFailed (empty)."""
    if not access.can_answer(actor, inquiry):
        raise PermissionDeniedError()
    text = (text or "").strip()
    if not text:
        raise ValidationFailed(_("Write the reply."), field="text")
    if len(text) > MAX_MESSAGE_CHARS:
        raise ValidationFailed(
            _("The reply is longer than %(n)s characters.") % {"n": MAX_MESSAGE_CHARS},
            field="text",
        )
    reply = Reply(inquiry=inquiry, author=actor, text=text)
    reply.full_clean()
    reply.save()
    audit_record(actor=actor, action="buyers.reply.post", target=inquiry)
    transaction.on_commit(lambda: _enqueue_delivery(reply.pk))
    return reply


def _enqueue_delivery(reply_id: int) -> None:
    from siapekspor.buyers.tasks import deliver_reply

    deliver_reply.enqueue(reply_id)


def reply_deliver(reply_id: int) -> str:
    """Worker: translate a reply into the buyer's language (memory, else the engine) and mail
    it, marked machine-translated; without a model, the Indonesian text with a note. Safe to
    repeat: a reply already sent is not sent again."""
    from siapekspor.translation import services as mt

    reply = Reply.objects.select_related("inquiry__product").get(pk=reply_id)
    if reply.sent_at is not None:
        return "already sent"
    inquiry = reply.inquiry
    target = inquiry.language
    shown = mt.text_for(target, reply.text, i18n.default())
    text, machine = shown.text, shown.is_machine
    if shown.is_fallback and target != i18n.default():
        try:
            outcome = mt.translate_texts(
                [reply.text], source_language=i18n.default(), target_language=target
            )
            text, machine = outcome.rendered[0].text, outcome.rendered[0].is_machine
        except DomainError:  # no model for this pair: the Indonesian text, said so
            text, machine = reply.text, False
    translated = text != reply.text or machine
    with translation.override(target):
        if translated and machine:
            note = gettext(
                "Machine-translated from Indonesian; the Indonesian original is authoritative."
            )
        elif translated:
            note = gettext("Translated from Indonesian; the Indonesian original is authoritative.")
        else:
            note = gettext("No translation is available yet: the answer is in Indonesian.")
        body = "\n\n".join([note, text, "— " + gettext("Original (Indonesian):"), reply.text])
        send_mail(
            gettext("Answer to your inquiry about %(product)s")
            % {"product": inquiry.product.name if inquiry.product else ""},
            body,
            None,
            [unseal(inquiry.email_sealed)],
        )
    Reply.objects.filter(pk=reply.pk, sent_at__isnull=True).update(
        sent_at=timezone.now(), sent_language=target, sent_machine=machine and translated
    )
    return "sent"


@transaction.atomic
def lead_advance(
    *, actor: User, inquiry: Inquiry, stage: str, shipment_id: int | None = None
) -> Inquiry:
    """Move a lead along inquiry → sample → negotiation → order → shipment (or lost). The
    shipment stage links the shipment the lead produced, one the user may see, of the same
    enterprise. Raises PermissionDeniedError, ValidationFailed."""
    from siapekspor.shipments.access import shipment_scope

    if not access.can_answer(actor, inquiry):
        raise PermissionDeniedError()
    if stage not in Stage.values:
        raise ValidationFailed(_("Unknown stage."), field="stage")
    moves_back = (
        stage in STAGE_ORDER
        and inquiry.stage in STAGE_ORDER
        and STAGE_ORDER.index(stage) < STAGE_ORDER.index(inquiry.stage)
    )
    if moves_back:
        raise ValidationFailed(_("A lead does not move back."), field="stage")
    shipment: Shipment | None = None
    if stage == Stage.SHIPMENT:
        shipment = (
            shipment_scope(actor)
            .filter(pk=shipment_id or 0)
            .filter(
                Q(enterprise_id=inquiry.enterprise_id)
                | Q(suppliers__enterprise_id=inquiry.enterprise_id)
            )
            .first()
        )
        if shipment is None:
            raise ValidationFailed(
                _("Choose the shipment this lead produced (one of this enterprise's)."),
                field="shipment",
            )
    _lead_move(actor, inquiry, stage, shipment)
    return inquiry


def _lead_move(actor: User, inquiry: Inquiry, stage: str, shipment: Shipment | None) -> None:
    before = {"stage": inquiry.stage, "shipment": inquiry.shipment_id}
    inquiry.stage = stage
    inquiry.shipment = shipment
    inquiry.save(update_fields=["stage", "shipment", "updated_at"])
    audit_record(
        actor=actor,
        action="buyers.lead.advance",
        target=inquiry,
        changes=diff_fields(before, {"stage": stage, "shipment": inquiry.shipment_id}),
    )
    if Stage.SHIPMENT in (stage, before["stage"]):
        # "Exported through a forum lead" in the figures reads the leads' shipments.
        announce_figures_changed("buyers.lead_shipment")


# ---- Pools: several IKM filling one order together ------------------------------------------

MAX_POOL_MEMBERS = 20


@dataclass
class PoolMemberData:
    """One member of a pool as the officer sets it: the enterprise, its quantity (in the
    pool's unit) and, optionally, which of its products (else its largest of the pool's HS
    heading)."""

    enterprise_id: int
    quantity: Decimal
    product_id: int | None = None


@dataclass
class PoolShipmentData:
    """What the officer gives to record a pool's shipment. The shipper is another exporter
    or aggregator (`exporter_name`) or one of the members (`shipper_id`)."""

    peb_number: str
    export_date: dt.date
    destination: str
    fob_usd: Decimal
    fob_idr: Decimal
    quantity: Decimal | None = None
    exporter_name: str = ""
    shipper_id: int | None = None
    incoterm: str = "FOB"
    buyer: str = ""


def _pool_product(enterprise_id: int, product_id: int | None, heading: str) -> Product | None:
    from siapekspor.registry.models import Product

    qs = Product.objects.filter(enterprise_id=enterprise_id, hs_code__code__startswith=heading)
    if product_id is not None:
        return qs.filter(pk=product_id).first()
    return qs.order_by(models.F("monthly_capacity").desc(nulls_last=True), "pk").first()


def _pool_members(actor: User, pool: Pool, members: list[PoolMemberData]) -> list[PoolMember]:
    """The members checked: in the actor's scope and active, each once, a product of the
    pool's HS heading, a quantity above zero within monthly capacity × months. Shares follow
    from the quantities."""
    from siapekspor.buyers.matching import convert, pool_quantity, pool_shares
    from siapekspor.registry.access import enterprise_scope

    if len(members) < 2:
        raise ValidationFailed(_("A pool needs at least two IKM."), field="members")
    if len(members) > MAX_POOL_MEMBERS:
        raise ValidationFailed(
            _("A pool has at most %(n)s IKM.") % {"n": MAX_POOL_MEMBERS}, field="members"
        )
    ids = [m.enterprise_id for m in members]
    if len(set(ids)) != len(ids):
        raise ValidationFailed(_("Each IKM may appear only once in a pool."), field="members")
    visible = {
        e.pk: e
        for e in enterprise_scope(actor).filter(pk__in=ids, is_active=True).only("pk", "name")
    }
    heading = pool.hs_code_id[:4]
    problems: list[tuple[str, object]] = []
    rows: list[PoolMember] = []
    for m in members:
        enterprise = visible.get(m.enterprise_id)
        if enterprise is None:
            problems.append(("members", _("The enterprise was not found in your scope.")))
            continue
        quantity = None if m.quantity is None else pool_quantity(m.quantity)
        if quantity is None or quantity <= 0:
            problems.append(
                (
                    "members",
                    _("Give %(enterprise)s a quantity above zero.")
                    % {"enterprise": enterprise.name},
                )
            )
            continue
        product = _pool_product(m.enterprise_id, m.product_id, heading)
        if product is None:
            problems.append(
                (
                    "members",
                    _("%(enterprise)s has no product in HS heading %(heading)s.")
                    % {"enterprise": enterprise.name, "heading": heading},
                )
            )
            continue
        capacity = convert(product.monthly_capacity, product.capacity_unit, pool.unit)
        if capacity is None:
            problems.append(
                (
                    "members",
                    _(
                        "The monthly capacity of %(enterprise)s is unknown or in another unit: "
                        "record it on the product first."
                    )
                    % {"enterprise": enterprise.name},
                )
            )
            continue
        limit = capacity * pool.months
        if quantity > limit:
            problems.append(
                (
                    "members",
                    _(
                        "%(enterprise)s can supply at most %(limit)s %(unit)s in %(months)s "
                        "month(s) (monthly capacity × months)."
                    )
                    % {
                        "enterprise": enterprise.name,
                        "limit": number_format(limit, 0, force_grouping=True),
                        "unit": pool.unit,
                        "months": pool.months,
                    },
                )
            )
            continue
        rows.append(
            PoolMember(enterprise=enterprise, product=product, quantity=quantity, share_percent=0)
        )
    if problems:
        raise ValidationFailed(details=problems)
    shares = pool_shares([r.quantity for r in rows])
    if any(s <= 0 for s in shares):
        raise ValidationFailed(
            _("Every member's share must be at least 0.01 %: raise the smallest quantity."),
            field="members",
        )
    for row, share in zip(rows, shares, strict=True):
        row.share_percent = share
    if sum(shares, Decimal(0)) != 100:  # pragma: no cover - pool_shares guarantees it
        raise ValidationFailed(_("The shares must add up to 100 %."), field="members")
    return rows


def _pool_snapshot(pool: Pool) -> dict[str, object]:
    """What the history keeps of a pool, language-neutral (numbers as plain decimals); the
    history renders the members in the reader's language (`buyers.history`)."""
    return {
        "quantity": str(pool.quantity),
        "months": pool.months,
        "status": pool.status,
        "shares": [
            {
                "enterprise": m.enterprise.name,
                "quantity": str(m.quantity),
                "share": str(m.share_percent),
            }
            for m in pool.members.select_related("enterprise").order_by("enterprise_id")
        ],
    }


def _pool_store_members(pool: Pool, rows: list[PoolMember]) -> None:
    pool.members.all().delete()
    for row in rows:
        row.pool = pool
        row.full_clean()
    PoolMember.objects.bulk_create(rows)
    pool.quantity = sum((r.quantity for r in rows), Decimal(0))


@transaction.atomic
def pool_create(
    *,
    actor: User,
    demand: Demand,
    inquiry: Inquiry | None = None,
    buyer: Buyer | None = None,
) -> Pool:
    """Save the group of IKM that matching proposes for a demand (a buyer's with a quantity,
    or an inquiry's): its members, quantities and shares, status "proposed". Raises
    PermissionDeniedError, ValidationFailed (no proposal for this demand)."""
    from siapekspor.buyers import selectors

    if not access.can_manage_pools(actor):
        raise PermissionDeniedError()
    if inquiry is not None and not access.can_answer(actor, inquiry):
        raise PermissionDeniedError()
    if buyer is not None and not access.can_manage_buyers(actor):
        raise PermissionDeniedError()
    proposal = selectors.matches_for(actor, demand).pool
    if proposal is None or not proposal.members:
        raise ValidationFailed(
            _(
                "No group of IKM can be proposed for this demand: give a monthly quantity that "
                "no single IKM can supply but several together can."
            ),
            field="quantity",
        )
    pool = Pool(
        inquiry=inquiry,
        buyer=buyer or (inquiry.buyer if inquiry is not None else None),
        hs_code_id=proposal.members[0].match.hs_code,
        market=demand.market or "",
        quantity=demand.quantity or Decimal(0),
        unit=demand.unit,
        months=1,
        created_by=actor,
    )
    pool.full_clean(exclude=["shipment"])
    pool.save()
    rows = _pool_members(
        actor,
        pool,
        [
            PoolMemberData(
                enterprise_id=m.match.enterprise_id,
                product_id=m.match.product_id,
                quantity=m.quantity,
            )
            for m in proposal.members
        ],
    )
    _pool_store_members(pool, rows)
    pool.save(update_fields=["quantity", "updated_at"])
    audit_record(
        actor=actor,
        action="buyers.pool.create",
        target=pool,
        changes=diff_fields({}, _pool_snapshot(pool)),
    )
    return pool


def _ensure_can_change(actor: User, pool: Pool) -> None:
    if not access.can_change_pool(actor, pool):
        raise PermissionDeniedError()


@transaction.atomic
def pool_update(
    *, actor: User, pool: Pool, members: list[PoolMemberData], months: int | None = None
) -> Pool:
    """Change a proposed pool's members, quantities and months; shares are recomputed from
    the quantities (summing to 100) and each quantity is checked against the member's monthly
    capacity × months. Raises PermissionDeniedError, ConflictError (not proposed),
    ValidationFailed."""
    _ensure_can_change(actor, pool)
    pool = Pool.objects.select_for_update().get(pk=pool.pk)
    if pool.status != PoolStatus.PROPOSED:
        raise ConflictError(_("Only a proposed pool can be changed."), field="members")
    before = _pool_snapshot(pool)
    if months is not None:
        pool.months = months
    pool.full_clean(exclude=["shipment"])
    rows = _pool_members(actor, pool, members)
    _pool_store_members(pool, rows)
    pool.save(update_fields=["quantity", "months", "updated_at"])
    audit_record(
        actor=actor,
        action="buyers.pool.update",
        target=pool,
        changes=diff_fields(before, _pool_snapshot(pool)),
    )
    return pool


POOL_MOVES = {
    PoolStatus.CONFIRMED: {PoolStatus.PROPOSED},
    PoolStatus.CANCELLED: {PoolStatus.PROPOSED, PoolStatus.CONFIRMED},
    PoolStatus.PROPOSED: {PoolStatus.CONFIRMED},  # reopened to change it
}


@transaction.atomic
def pool_set_status(*, actor: User, pool: Pool, status: str) -> Pool:
    """Confirm a proposed pool, reopen a confirmed one, or cancel it (not once shipped).
    Raises PermissionDeniedError, ValidationFailed (unknown status), ConflictError."""
    _ensure_can_change(actor, pool)
    pool = Pool.objects.select_for_update().get(pk=pool.pk)
    if status not in POOL_MOVES:
        raise ValidationFailed(_("Unknown status."), field="status")
    if pool.status not in POOL_MOVES[PoolStatus(status)]:
        raise ConflictError(
            _("A %(current)s pool cannot become %(wanted)s.")
            % {
                "current": PoolStatus(pool.status).label,
                "wanted": PoolStatus(status).label,
            },
            field="status",
        )
    before = {"status": pool.status}
    pool.status = status
    pool.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        action=f"buyers.pool.{status}",
        target=pool,
        changes=diff_fields(before, {"status": status}),
    )
    return pool


@transaction.atomic
def pool_record_shipment(*, actor: User, pool: Pool, data: PoolShipmentData) -> Shipment:
    """Record the one indirect shipment a confirmed pool produced, through the shipments
    service: a supplier row per member carrying its share, the pool marked shipped and linked
    to it, and the inquiry the pool came from moved to the shipment stage with it (the
    funnel's "exports from leads"). The members count as indirect exporters once an officer
    verifies the shipment. Raises PermissionDeniedError, ConflictError (not confirmed, already
    shipped, PEB number taken), ValidationFailed (the shipment's fields)."""
    from siapekspor.shipments.models import ShipmentKind
    from siapekspor.shipments.services import ShipmentData, shipment_save

    _ensure_can_change(actor, pool)
    pool = Pool.objects.select_for_update().get(pk=pool.pk)
    if pool.shipment_id is not None or pool.status == PoolStatus.SHIPPED:
        raise ConflictError(_("The shipment of this pool is already recorded."), field="pool")
    if pool.status != PoolStatus.CONFIRMED:
        raise ConflictError(_("Confirm the pool before recording its shipment."), field="pool")
    members = list(pool.members.select_related("enterprise").order_by("-share_percent", "pk"))
    exporter = data.exporter_name.strip()
    if data.shipper_id is not None:
        shipper = next((m for m in members if m.enterprise_id == data.shipper_id), None)
        if shipper is None:
            raise ValidationFailed(
                _("The shipper must be one of the pool's members."), field="shipper"
            )
        exporter = shipper.enterprise.name
    shares = [(m.enterprise_id, m.share_percent) for m in members]
    if sum((s for _e, s in shares), Decimal(0)) != 100:
        raise ValidationFailed(_("The shares must add up to 100 %."), field="members")
    shipment = shipment_save(
        actor=actor,
        data=ShipmentData(
            peb_number=data.peb_number,
            kind=ShipmentKind.INDIRECT,
            exporter_name=exporter,
            suppliers=shares,
            export_date=data.export_date,
            hs_code=pool.hs_code_id,
            destination=data.destination,
            fob_usd=data.fob_usd,
            fob_idr=data.fob_idr,
            quantity=data.quantity if data.quantity is not None else pool.quantity,
            unit=pool.unit,
            buyer=data.buyer or (pool.buyer.company if pool.buyer_id and pool.buyer else ""),
            incoterm=data.incoterm,
            source=f"pool {pool.pk}",
        ),
    )
    pool.shipment = shipment
    pool.status = PoolStatus.SHIPPED
    pool.save(update_fields=["shipment", "status", "updated_at"])
    audit_record(
        actor=actor,
        action="buyers.pool.ship",
        target=pool,
        changes={"shipment": shipment.pk, "peb_number": shipment.peb_number},
    )
    inquiry = pool.inquiry
    if inquiry is not None and inquiry.shipment_id is None:
        _lead_move(actor, inquiry, Stage.SHIPMENT, shipment)
    return shipment


# ---- Key rotation (called by registry.rekeying for `rotate-pii-keys`) -----------------------

BUYER_SEALED = ("contact_name_sealed", "email_sealed", "phone_sealed")
INQUIRY_SEALED = ("contact_name_sealed", "email_sealed")


def _fresh_seal(token: str) -> str:
    return token if not token or sealed_with_primary(token) else seal(unseal(token))


def _reseal(model: type[models.Model], columns: tuple[str, ...], batch_size: int) -> int:
    changed, last = 0, 0
    while True:
        batch = list(
            model._default_manager.filter(pk__gt=last)
            .only("pk", *columns)
            .order_by("pk")[:batch_size]
        )
        if not batch:
            return changed
        last = batch[-1].pk
        stale = []
        for row in batch:
            fresh = {c: _fresh_seal(getattr(row, c)) for c in columns}
            if any(fresh[c] != getattr(row, c) for c in columns):
                for c, v in fresh.items():
                    setattr(row, c, v)
                stale.append(row)
        model._default_manager.bulk_update(stale, list(columns))
        changed += len(stale)


def contacts_reseal(*, batch_size: int = 2000) -> int:
    """Re-seal every buyer and inquiry contact value not under the current key."""
    return _reseal(Buyer, BUYER_SEALED, batch_size) + _reseal(Inquiry, INQUIRY_SEALED, batch_size)


def contacts_reindex(*, batch_size: int = 2000) -> int:
    """Recompute `Buyer.email_index` with the current pepper."""
    changed, last = 0, 0
    while True:
        batch = list(
            Buyer.objects.filter(pk__gt=last)
            .only("pk", "email_sealed", "email_index")
            .order_by("pk")[:batch_size]
        )
        if not batch:
            return changed
        last = batch[-1].pk
        stale = []
        for buyer in batch:
            email = unseal(buyer.email_sealed)
            index = blind_index(email, purpose="buyer-email") if email else ""
            if index != buyer.email_index:
                buyer.email_index = index
                stale.append(buyer)
        Buyer.objects.bulk_update(stale, ["email_index"])
        changed += len(stale)
