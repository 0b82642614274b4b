"""`seed-forum-demo`: the demo of the catalogue, buyers, partners and forum — counts, run twice
(`--if-empty`, `--replace`), cleared by `seed-demo --replace`, and the demo partner officer
sees exactly the enterprises that consented to LPEI."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from siapekspor.accounts.models import User
from siapekspor.buyers.models import Buyer, Inquiry, Stage
from siapekspor.catalogue.models import Listing, ListingPhoto
from siapekspor.forum.models import Action, DataRequest, Meeting
from siapekspor.partners.models import Consent, Referral, ReferralStatus
from siapekspor.partners.selectors import consented_enterprise_ids
from siapekspor.registry.access import Area, enterprise_scope
from siapekspor.registry.models import Enterprise

MODELS = (Listing, ListingPhoto, Buyer, Inquiry, Consent, Referral, Meeting, Action, DataRequest)


def _counts() -> dict[str, int]:
    return {m.__name__: m.objects.count() for m in MODELS}


def _seed_registry() -> None:
    call_command(
        "seed_demo", "--enterprises", "1500", "--demo-users", verbosity=0, stdout=StringIO()
    )
    call_command("seed_shipments_demo", verbosity=0, stdout=StringIO())


def _seed_forum(*args: str) -> str:
    out = StringIO()
    call_command("seed_forum_demo", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_forum_demo_counts_runs_twice_and_is_cleared_with_the_registry():
    _seed_registry()
    out = _seed_forum("--if-empty")
    assert "listings=45" in out
    counts = _counts()
    assert counts["Listing"] == 45 and counts["ListingPhoto"] == 45
    assert Listing.objects.filter(is_published=True, consent_at__isnull=False).count() == 45
    assert counts["Buyer"] == 15 and all(b.company.endswith("(demo)") for b in Buyer.objects.all())
    assert counts["Inquiry"] == 20
    stages = set(Inquiry.objects.values_list("stage", flat=True))
    assert stages == {s.value for s in Stage}
    assert Inquiry.objects.filter(stage=Stage.SHIPMENT, shipment__isnull=False).count() == 2
    assert not Inquiry.objects.filter(confirmed_at__isnull=True).exists()
    # Consents to LPEI and OJK from 30 enterprises (and the demo owner), some ended.
    assert Consent.objects.values("enterprise").distinct().count() == 31
    assert set(Consent.objects.values_list("organisation__code", flat=True)) == {"LPEI", "OJK"}
    today = timezone.localdate()
    assert Consent.objects.filter(expires_on__lt=today).count() == 3
    assert Consent.objects.filter(withdrawn_at__isnull=False).count() == 3
    assert set(Referral.objects.values_list("status", flat=True)) == set(ReferralStatus.values)
    open_late = Referral.objects.filter(deadline__lt=today).exclude(
        status__in=[ReferralStatus.DISBURSED, ReferralStatus.DECLINED]
    )
    assert open_late.count() == 3
    assert Referral.objects.filter(kind__in=["kur", "working_capital"], amount__gt=0).count() >= 8
    assert counts["Meeting"] == 3 and counts["Action"] == 8
    assert sum(a.is_overdue(today) for a in Action.objects.all()) == 4
    requests = list(DataRequest.objects.all())
    now = timezone.now()
    assert sorted(r.due_at > now for r in requests) == [False, True]  # one within, one late

    # Twice: --if-empty does nothing; without --replace it refuses; --replace rebuilds.
    assert "not seeded" in _seed_forum("--if-empty")
    assert _counts() == counts
    with pytest.raises(CommandError):
        _seed_forum()
    _seed_forum("--replace")
    assert _counts() == counts

    # seed-demo --replace removes the forum demo rows with the demo enterprises.
    call_command("seed_demo", "--enterprises", "300", "--replace", verbosity=0, stdout=StringIO())
    assert set(_counts().values()) == {0}


@pytest.mark.django_db
def test_demo_partner_officer_sees_exactly_the_consented_enterprises(client):
    _seed_registry()
    _seed_forum("--if-empty", "--no-photos")
    lpei = User.objects.select_related("partner_org").get(username="lpei")
    assert lpei.partner_org is not None and lpei.partner_org.code == "LPEI"
    consented = set(consented_enterprise_ids(lpei.partner_org_id))
    assert len(consented) >= 15
    # Enterprises whose only LPEI consent expired or was withdrawn are not disclosed.
    ended = (
        set(
            Consent.objects.filter(organisation=lpei.partner_org).values_list(
                "enterprise_id", flat=True
            )
        )
        - consented
    )
    assert ended
    other = Enterprise.objects.filter(is_demo=True).exclude(pk__in=consented).order_by("pk")
    client.force_login(lpei)
    for pk in sorted(consented)[:3]:
        assert client.get(reverse("registry:enterprise-detail", args=[pk])).status_code == 200
    for pk in [*sorted(ended)[:2], other.first().pk]:
        assert client.get(reverse("registry:enterprise-detail", args=[pk])).status_code == 404
    assert set(enterprise_scope(lpei, Area.PROFILE).values_list("pk", flat=True)) == consented

    out = StringIO()
    call_command("demo_logins", stdout=out)
    assert "LPEI — Lembaga Pembiayaan Ekspor Indonesia" in out.getvalue()
