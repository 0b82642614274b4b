"""Demo consents and referrals (`siapekspor seed-forum-demo`) for demo enterprises, through
the partners services: consents to LPEI and OJK recorded by an officer with a drawn form that
says "CONTOH / DEMO" (the demo owner gives theirs in the app), some withdrawn, some expired;
referrals in every status, moved on by the partner's officer, a few past their deadline.
Notes say that they are synthetic. `demo_partners_clear` removes them."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from siapekspor.core import uploads
from siapekspor.partners import access, selectors, services
from siapekspor.partners import uploads as partner_uploads
from siapekspor.partners.models import (
    Consent,
    Organisation,
    Purpose,
    Referral,
    ReferralKind,
    ReferralStatus,
)

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise

DEMO_NOTE = "(data demo sintetis)"

# (organisation, purpose, enterprise positions) — each position is one demo enterprise.
# Positions 15–17 and 21 (LPEI) and 27–28 (OJK) consented only once, then withdrew or let
# it expire: that partner no longer sees them.
CONSENTS: list[tuple[str, str, list[int]]] = [
    ("LPEI", Purpose.FINANCING, list(range(0, 18))),
    ("LPEI", Purpose.COACHING, [*range(10, 15), *range(18, 22)]),
    ("LPEI", Purpose.CERTIFICATION, list(range(0, 5))),
    ("LPEI", Purpose.BUYER_CONTACT, list(range(5, 9))),
    ("OJK", Purpose.FINANCING, list(range(18, 30))),
    ("OJK", Purpose.COACHING, list(range(24, 27))),
]
# (organisation, purpose, position): consents withdrawn on the owner's request, and expired.
WITHDRAWN = [
    ("LPEI", Purpose.FINANCING, 15),
    ("LPEI", Purpose.COACHING, 21),
    ("OJK", "financing", 27),
]
EXPIRED = [
    ("LPEI", Purpose.FINANCING, 16),
    ("LPEI", Purpose.FINANCING, 17),
    ("OJK", "financing", 28),
]

STEPS = [
    ReferralStatus.ACCEPTED,
    ReferralStatus.IN_PROCESS,
    ReferralStatus.APPROVED,
    ReferralStatus.DISBURSED,
]
STEP_NOTES = {
    ReferralStatus.ACCEPTED: "Berkas diterima",
    ReferralStatus.IN_PROCESS: "Sedang dianalisis",
    ReferralStatus.APPROVED: "Disetujui komite",
    ReferralStatus.DISBURSED: "Dana dicairkan / program dimulai",
}


@dataclass(frozen=True)
class DemoReferral:
    position: int
    organisation: str
    kind: str
    status: str
    amount: int | None = None
    overdue: bool = False


REFERRALS = [
    DemoReferral(0, "LPEI", ReferralKind.WORKING_CAPITAL, ReferralStatus.SENT, 250_000_000),
    DemoReferral(1, "LPEI", ReferralKind.WORKING_CAPITAL, ReferralStatus.ACCEPTED, 500_000_000),
    DemoReferral(
        2, "LPEI", ReferralKind.WORKING_CAPITAL, ReferralStatus.IN_PROCESS, 750_000_000, True
    ),
    DemoReferral(3, "LPEI", ReferralKind.WORKING_CAPITAL, ReferralStatus.APPROVED, 400_000_000),
    DemoReferral(4, "LPEI", ReferralKind.WORKING_CAPITAL, ReferralStatus.DISBURSED, 300_000_000),
    DemoReferral(5, "LPEI", ReferralKind.CREDIT_INSURANCE, ReferralStatus.DECLINED, 200_000_000),
    DemoReferral(10, "LPEI", ReferralKind.LPEI_COACHING, ReferralStatus.SENT, overdue=True),
    DemoReferral(11, "LPEI", ReferralKind.LPEI_COACHING, ReferralStatus.ACCEPTED),
    DemoReferral(12, "LPEI", ReferralKind.LPEI_COACHING, ReferralStatus.IN_PROCESS),
    DemoReferral(13, "LPEI", ReferralKind.LPEI_COACHING, ReferralStatus.APPROVED),
    DemoReferral(0, "LPEI", ReferralKind.CERTIFICATION, ReferralStatus.IN_PROCESS),
    DemoReferral(1, "LPEI", ReferralKind.CERTIFICATION, ReferralStatus.ACCEPTED, overdue=True),
    DemoReferral(18, "OJK", ReferralKind.KUR, ReferralStatus.SENT, 50_000_000),
    DemoReferral(19, "OJK", ReferralKind.KUR, ReferralStatus.APPROVED, 100_000_000),
    DemoReferral(20, "OJK", ReferralKind.KUR, ReferralStatus.DISBURSED, 75_000_000),
    DemoReferral(22, "OJK", ReferralKind.KUR, ReferralStatus.DECLINED, 150_000_000),
]

NOTES = {
    ReferralKind.WORKING_CAPITAL: "Kebutuhan modal kerja untuk pesanan ekspor",
    ReferralKind.CREDIT_INSURANCE: "Asuransi kredit ekspor untuk pembeli baru",
    ReferralKind.LPEI_COACHING: "Calon peserta program Coaching Program for New Exporters",
    ReferralKind.CERTIFICATION: "Pendampingan sertifikasi (HACCP / halal) sebelum ekspor",
    ReferralKind.KUR: "KUR untuk pembelian mesin pengemas",
}


def demo_form() -> SimpleUploadedFile:
    """A PNG "signed consent form" that says it is a demo sample."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (620, 820), "white")
    draw = ImageDraw.Draw(image)
    try:
        big, small = ImageFont.load_default(size=30), ImageFont.load_default(size=20)
    except TypeError:  # Pillow < 10.1: one bitmap size
        big = small = ImageFont.load_default()
    draw.text((310, 80), "FORMULIR PERSETUJUAN", fill="black", font=big, anchor="mm")
    draw.text(
        (310, 130), "CONTOH / DEMO — bukan dokumen asli", fill="black", font=small, anchor="mm"
    )
    for y in range(200, 620, 36):
        draw.line((60, y, 560, y), fill=(180, 180, 180), width=2)
    draw.line((360, 720, 560, 700), fill=(25, 35, 95), width=3)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return SimpleUploadedFile("formulir-demo.png", out.getvalue(), content_type="image/png")


def _officer(code: str, fallback: User) -> User:
    org = Organisation.objects.get(code=code)
    return access.partner_officers(org).order_by("pk").first() or fallback


def seed_consents(
    *,
    actor: User,
    enterprises: list[Enterprise],
    owner: User | None = None,
    progress=None,
) -> list[Consent]:
    """The consents of CONSENTS for `enterprises` (by position), recorded by `actor` with a
    demo form; the enterprise of `owner` (the demo owner's) consents in the app to LPEI for
    financing. Then WITHDRAWN are withdrawn and EXPIRED are moved into the past."""
    orgs = {o.code: o for o in Organisation.objects.filter(code__in=["LPEI", "OJK"])}
    made: dict[tuple[str, str, int], Consent] = {}
    now = timezone.now()
    for code, purpose, positions in CONSENTS:
        for position in positions:
            if position >= len(enterprises):
                continue
            consent = services.consent_record(
                actor=actor,
                enterprise=enterprises[position],
                organisation=orgs[code],
                purpose=purpose,
                form=demo_form(),
                language="id",
            )
            made[(code, purpose, position)] = consent
            # Given some weeks ago (consent lasts a year from then).
            given = now - dt.timedelta(days=20 + 7 * position)
            Consent.objects.filter(pk=consent.pk).update(
                given_at=given, expires_on=given.date() + dt.timedelta(days=365)
            )
            if progress:
                progress(1)
    if owner is not None and owner.enterprise_id is not None:
        text = selectors.current_text(Purpose.FINANCING)
        if text is not None and not selectors.consent_for(
            owner.enterprise_id, orgs["LPEI"].pk, Purpose.FINANCING
        ):
            services.consent_give(
                actor=owner,
                enterprise=owner.enterprise,
                organisation=orgs["LPEI"],
                purpose=Purpose.FINANCING,
                text=text,
                language="id",
            )
    for code, purpose, position in WITHDRAWN:
        if (code, purpose, position) in made:
            services.consent_withdraw(
                actor=actor,
                consent=made[(code, purpose, position)],
                reason=f"Permintaan pemilik {DEMO_NOTE}",
            )
    for key in EXPIRED:
        if key in made:
            given = now - dt.timedelta(days=400 + 10 * key[2])
            Consent.objects.filter(pk=made[key].pk).update(
                given_at=given, expires_on=given.date() + dt.timedelta(days=365)
            )
    return list(made.values())


def seed_referrals(*, actor: User, enterprises: list[Enterprise], progress=None) -> list[Referral]:
    """REFERRALS for `enterprises` (by position), sent by `actor` and moved on by the
    partner's officer; the overdue ones have their deadline moved into the past."""
    orgs = {o.code: o for o in Organisation.objects.filter(code__in=["LPEI", "OJK"])}
    officers = {code: _officer(code, actor) for code in orgs}
    today = timezone.localdate()
    made = []
    for n, plan in enumerate(REFERRALS):
        if plan.position >= len(enterprises):
            continue
        enterprise = enterprises[plan.position]
        amount = Decimal(plan.amount) if plan.amount else None
        referral = services.referral_create(
            actor=actor,
            enterprise=enterprise,
            organisation=orgs[plan.organisation],
            kind=plan.kind,
            deadline=today + dt.timedelta(days=10 + 3 * n),
            amount=amount,
            note=f"{NOTES.get(plan.kind, '')} {DEMO_NOTE}".strip(),
        )
        by = officers[plan.organisation]
        if plan.status == ReferralStatus.DECLINED:
            services.referral_update(
                actor=by, referral=referral, status=ReferralStatus.ACCEPTED, note="Berkas diterima"
            )
            services.referral_update(
                actor=by,
                referral=referral,
                status=ReferralStatus.DECLINED,
                reason=f"Laporan keuangan belum memadai {DEMO_NOTE}",
            )
        elif plan.status != ReferralStatus.SENT:
            for step in STEPS[: STEPS.index(plan.status) + 1]:
                step_amount = None
                if amount is not None and step == ReferralStatus.APPROVED:
                    step_amount = (amount * Decimal("0.9")).quantize(Decimal(1))
                services.referral_update(
                    actor=by,
                    referral=referral,
                    status=step,
                    amount=step_amount,
                    note=f"{STEP_NOTES[step]} {DEMO_NOTE}",
                )
        created = timezone.now() - dt.timedelta(days=30 + 2 * n)
        fields: dict[str, object] = {"created_at": created}
        if plan.overdue:
            fields["deadline"] = today - dt.timedelta(days=3 + n % 5)
        Referral.objects.filter(pk=referral.pk).update(**fields)
        made.append(referral)
        if progress:
            progress(1)
    return made


def demo_partners_clear() -> int:
    """Delete the referrals and consents of demo enterprises (and the stored forms); returns
    how many consents were removed."""
    Referral.objects.filter(enterprise__is_demo=True).delete()
    consents = Consent.objects.filter(enterprise__is_demo=True)
    forms = [name for name in consents.values_list("form_file", flat=True) if name]
    _total, detail = consents.delete()

    def _discard() -> None:
        for name in forms:
            uploads.delete(name, area=partner_uploads.CONSENT_FORMS)

    transaction.on_commit(_discard)
    return detail.get(Consent._meta.label, 0)
