"""siapekspor seed-forum-demo [--if-empty] [--replace] [--listings N] [--no-photos]

Demo data for the newer apps, all labelled synthetic: catalogue listings of demo enterprises,
buyers and their inquiries along the lead pipeline, consents to LPEI and OJK and referrals,
forum meetings with follow-up actions, and two data-rights requests. Every row is written
through the apps' services; the few backdatings (so that the demo shows expired consents,
overdue referrals and actions) are the only direct writes. No mail leaves while seeding."""

from __future__ import annotations

import random

from django.db import transaction
from django.test.utils import override_settings
from django.utils.translation import gettext as _

from siapekspor.accounts.access import first_admin
from siapekspor.accounts.models import User
from siapekspor.buyers import demo as buyers_demo
from siapekspor.buyers.models import Buyer, Inquiry
from siapekspor.catalogue import demo as catalogue_demo
from siapekspor.catalogue.models import Listing
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.forum import demo as forum_demo
from siapekspor.forum.models import DataRequest, Meeting
from siapekspor.partners import demo as partners_demo
from siapekspor.partners import services as partner_services
from siapekspor.partners.models import Consent, Organisation, Referral
from siapekspor.registry.models import Enterprise
from siapekspor.shipments.models import Shipment, ShipmentSupplier

PARTNER_ENTERPRISES = 30


def demo_rows_exist() -> bool:
    """Whether any demo row of these apps is present."""
    return (
        Listing.objects.filter(product__enterprise__is_demo=True).exists()
        or Buyer.objects.filter(company__endswith=buyers_demo.DEMO_SUFFIX).exists()
        or Consent.objects.filter(enterprise__is_demo=True).exists()
        or Referral.objects.filter(enterprise__is_demo=True).exists()
        or Meeting.objects.filter(title__endswith=forum_demo.DEMO_SUFFIX).exists()
        or DataRequest.objects.filter(enterprise__is_demo=True).exists()
    )


def demo_rows_clear() -> None:
    """Remove the demo rows of the four apps (what `seed-demo --replace` also does)."""
    forum_demo.demo_forum_clear()
    partners_demo.demo_partners_clear()
    buyers_demo.demo_buyers_clear()
    catalogue_demo.demo_listings_clear()


def _exporters() -> set[int]:
    direct = Shipment.objects.filter(enterprise__is_demo=True).values_list(
        "enterprise_id", flat=True
    )
    supplying = ShipmentSupplier.objects.filter(enterprise__is_demo=True).values_list(
        "enterprise_id", flat=True
    )
    return set(direct[:5000]) | set(supplying[:5000])


class Command(SiapEksporCommand):
    help = (
        "Demo data for the catalogue, buyers, partners and forum (labelled as demo): "
        "published listings, buyers and inquiries, consents and referrals, meetings and "
        "data-rights requests of demo enterprises."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if listings, buyers, consents, referrals or meetings exist.",
        )
        parser.add_argument(
            "--replace", action="store_true", help="Delete the existing demo rows first."
        )
        parser.add_argument("--listings", type=int, default=45)
        parser.add_argument("--no-photos", action="store_true", help="Listings without photos.")
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, **options):
        if options["if_empty"] and any(
            model.objects.exists()
            for model in (Listing, Buyer, Inquiry, Consent, Referral, Meeting, DataRequest)
        ):
            self.stdout.write("forum data present: forum demo not seeded")
            return
        if options["listings"] < 1 or options["listings"] > 500:
            self.fail(_("--listings must be between 1 and 500."))
        admin = first_admin()
        if admin is None or not Enterprise.objects.filter(is_demo=True).exists():
            if options["if_empty"]:
                self.stdout.write("no demo registry: forum demo not seeded")
                return
            self.fail(_("Seed the demo registry and its accounts first: siapekspor seed-demo"))
        # No mail leaves while seeding (confirmations and routing of the demo inquiries).
        quiet = override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend")
        with quiet, transaction.atomic():
            if demo_rows_exist():
                if not options["replace"]:
                    self.fail(_("Forum demo data already exists; use --replace."))
                demo_rows_clear()
                self.stdout.write("removed the previous forum demo rows")
            counts = self._seed(admin, options)
        self.stdout.write(" ".join(f"{k}={v}" for k, v in counts.items()))

    def _seed(self, admin: User, options) -> dict[str, int]:
        rng = random.Random(options["seed"])  # noqa: S311 — deterministic demo data
        if Organisation.objects.filter(code__in=["LPEI", "OJK"]).count() != 2:
            partner_services.partners_load()
        owner = forum_demo.demo_owner()
        wanted = options["listings"]
        total = wanted + len(buyers_demo.STAGE_PLAN) + 60 + len(partners_demo.REFERRALS) + 3
        bar = self.progress(total, "seed-forum-demo")
        own_products = []
        if owner is not None:
            own_products = list(
                owner.enterprise.products.filter(catalogue_listing__isnull=True).order_by("pk")[:1]
            )
        products = own_products + catalogue_demo.demo_products(
            rng, count=wanted - len(own_products), prefer=_exporters()
        )
        listings = catalogue_demo.seed_listings(
            actor=admin,
            products=products,
            owners={owner.enterprise_id: owner} if owner is not None else {},
            with_photos=not options["no_photos"],
            progress=bar.update,
        )
        buyers = buyers_demo.seed_buyers(actor=admin)
        inquiries = buyers_demo.seed_inquiries(
            actor=admin, buyers=buyers, listings=listings, rng=rng, progress=bar.update
        )
        owner_enterprise = owner.enterprise_id if owner is not None else None
        partner_enterprises: list[Enterprise] = []
        for listing in listings:
            ent = listing.product.enterprise
            if ent.pk != owner_enterprise and ent not in partner_enterprises:
                partner_enterprises.append(ent)
        if len(partner_enterprises) < PARTNER_ENTERPRISES:
            partner_enterprises += list(
                Enterprise.objects.filter(is_demo=True, is_active=True)
                .exclude(pk__in=[e.pk for e in partner_enterprises])
                .exclude(pk=owner_enterprise)
                .order_by("pk")[: PARTNER_ENTERPRISES - len(partner_enterprises)]
            )
        partner_enterprises = partner_enterprises[:PARTNER_ENTERPRISES]
        partners_demo.seed_consents(
            actor=admin, enterprises=partner_enterprises, owner=owner, progress=bar.update
        )
        referrals = partners_demo.seed_referrals(
            actor=admin, enterprises=partner_enterprises, progress=bar.update
        )
        from siapekspor.training.models import Programme

        programme = Programme.objects.filter(is_demo=True).order_by("pk").first()
        meetings = forum_demo.seed_meetings(
            actor=admin,
            enterprises=partner_enterprises,
            programme_id=programme.pk if programme else None,
            progress=bar.update,
        )
        used = {e.pk for e in partner_enterprises} | {owner_enterprise}
        other = (
            Enterprise.objects.filter(is_demo=True, is_active=True, regency_id="18.71")
            .exclude(pk__in=[pk for pk in used if pk])
            .order_by("pk")
            .first()
        ) or Enterprise.objects.filter(is_demo=True, is_active=True).exclude(
            pk__in=[pk for pk in used if pk]
        ).order_by("pk").first()
        requests = (
            forum_demo.seed_data_requests(actor=admin, owner=owner, other=other) if other else []
        )
        bar.close()
        return {
            "listings": len(listings),
            "buyers": len(buyers),
            "inquiries": len(inquiries),
            "consents": Consent.objects.filter(enterprise__is_demo=True).count(),
            "referrals": len(referrals),
            "meetings": len(meetings),
            "actions": sum(m.actions.count() for m in meetings),
            "data_requests": len(requests),
        }
