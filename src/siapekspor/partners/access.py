"""Who may do what with partners, consents and referrals: the one place of these rules.

A partner officer sees exactly the enterprises whose owners consented to their organisation,
for the purpose consented, while the consent is in force: `AREA_PURPOSES` says which parts of
an enterprise's record each purpose opens (`registry.access.enterprise_scope(user, area)`
reads `partner_enterprise_scope`); personal data stays masked for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.partners import selectors
from siapekspor.partners.models import Consent, Organisation, Purpose, Referral
from siapekspor.registry import access as registry_access
from siapekspor.registry.access import Area
from siapekspor.registry.models import Enterprise

if TYPE_CHECKING:
    from siapekspor.accounts.models import User


def partner_organisation_id(user: Actor) -> int | None:
    """The organisation a partner officer acts for; None for every other role."""
    return selectors.organisation_id_of(user) if roles.is_partner(user) else None


def partner_officers(organisation: Organisation) -> QuerySet[User]:
    """The active partner officers of an organisation (linked, or named by its code or name
    in their `partner_organisation` text)."""
    from siapekspor.accounts.models import User

    named = Q(partner_org__isnull=True) & (
        Q(partner_organisation__iexact=organisation.code)
        | Q(partner_organisation__iexact=organisation.name)
    )
    return User.objects.filter(
        Q(partner_org=organisation) | named, role=roles.Role.PARTNER_OFFICER, is_active=True
    )


def is_partner_officer(user: Actor) -> bool:
    return partner_organisation_id(user) is not None


def can_use_partners(user: Actor) -> bool:
    """The partners pages: officers, partner officers of a known organisation, owners."""
    return roles.is_officer(user) or roles.is_owner(user) or is_partner_officer(user)


# Which parts of an enterprise's record each consented purpose discloses to the partner
# organisation (UU PDP 27/2022: no more than the purpose needs). The profile (business,
# sector, regency, products; never the owner's section) comes with every purpose; an area
# that is not listed (improvement plans, EUDR plots, export documents, import provenance, the
# audit history) is never disclosed to a partner.
AREA_PURPOSES: dict[Area, frozenset[str]] = {
    Area.PROFILE: frozenset(Purpose.values),
    Area.READINESS: frozenset({Purpose.FINANCING, Purpose.COACHING, Purpose.CERTIFICATION}),
    Area.TRAINING: frozenset({Purpose.COACHING}),
    Area.MARKETS: frozenset({Purpose.COACHING, Purpose.BUYER_CONTACT}),
    Area.SHIPMENTS: frozenset({Purpose.FINANCING, Purpose.BUYER_CONTACT}),
    Area.COMPLIANCE: frozenset({Purpose.CERTIFICATION, Purpose.BUYER_CONTACT}),
}


def purposes_for(area: Area) -> frozenset[str]:
    """The purposes whose consent discloses `area` to a partner organisation."""
    return AREA_PURPOSES.get(area, frozenset())


def partner_enterprise_scope(
    user: Actor, purpose: str | None = None, *, area: Area = Area.PROFILE
) -> QuerySet[Enterprise]:
    """The enterprises a partner officer may open in `area` (a consent in force for a purpose
    that discloses it — and for `purpose` itself when given); empty for everybody else."""
    org = partner_organisation_id(user)
    if org is None:
        return Enterprise.objects.none()
    allowed = purposes_for(area)
    if purpose is not None:
        allowed = allowed & {purpose}
    if not allowed:
        return Enterprise.objects.none()
    return Enterprise.objects.filter(
        pk__in=selectors.valid_consents(org)
        .filter(purpose__in=sorted(allowed))
        .values_list("enterprise_id", flat=True)
    )


def disclosed_areas(user: Actor, enterprise: Enterprise) -> frozenset[Area]:
    """The areas of `enterprise` a partner officer sees now (from the consents in force to
    their organisation); empty for everybody else."""
    org = partner_organisation_id(user)
    if org is None:
        return frozenset()
    purposes = set(
        selectors.valid_consents(org)
        .filter(enterprise_id=enterprise.pk)
        .values_list("purpose", flat=True)
    )
    return frozenset(area for area, needs in AREA_PURPOSES.items() if needs & purposes)


def get_partner_enterprise(user: Actor, pk: int) -> Enterprise:
    """An enterprise a partner officer may open, else Http404 (not disclosed)."""
    found = partner_enterprise_scope(user).select_related("regency").filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def is_disclosure(user: Actor) -> bool:
    """Is a page or API answer about one enterprise, for this user, a disclosure to a partner
    (to be audited)?"""
    return is_partner_officer(user)


def referral_scope(user: Actor) -> QuerySet[Referral]:
    """Referrals the user may see: province-wide officers all, a regency officer their
    regency's, a partner officer their organisation's whose consent is still in force, an
    owner their own enterprise's."""
    qs = Referral.objects.select_related("enterprise", "organisation", "created_by")
    if roles.is_province_wide(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        return qs.filter(enterprise__regency_id=lock)
    org = partner_organisation_id(user)
    if org is not None:
        return selectors.with_consent_in_force(qs.filter(organisation_id=org))
    owned = roles.owned_enterprise_id(user)
    if owned:
        return qs.filter(enterprise_id=owned)
    return qs.none()


def get_referral_for_user(user: Actor, pk: int) -> Referral:
    """The referral if the user may see it, else Http404 (not disclosed)."""
    found = referral_scope(user).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def can_refer(user: Actor, enterprise: Enterprise | None = None) -> bool:
    """Officers refer the enterprises they may change."""
    return roles.is_officer(user) and (
        enterprise is None or registry_access.can_write_enterprise(user, enterprise)
    )


def can_update_referral(user: Actor, referral: Referral) -> bool:
    """The referral's partner (consent in force) and the officers who may refer it."""
    if roles.is_officer(user):
        return can_refer(user, referral.enterprise)
    org = partner_organisation_id(user)
    return org is not None and referral_scope(user).filter(pk=referral.pk).exists()


def can_give_consent(user: Actor, enterprise: Enterprise) -> bool:
    """An owner gives consent for their own enterprise in the app."""
    return roles.owned_enterprise_id(user) == enterprise.pk


def owner_enterprise(user: Actor) -> Enterprise | None:
    """The enterprise an owner gives and withdraws consent for (their own); None for every
    other role."""
    owned = roles.owned_enterprise_id(user)
    if owned is None:
        return None
    return Enterprise.objects.select_related("regency").filter(pk=owned).first()


def can_record_consent(user: Actor, enterprise: Enterprise | None = None) -> bool:
    """Officers record a signed consent form for an enterprise they may change."""
    return roles.is_officer(user) and (
        enterprise is None or registry_access.can_write_enterprise(user, enterprise)
    )


def can_withdraw_consent(user: Actor, consent: Consent) -> bool:
    """The owner, or an officer who may change the enterprise (on the owner's request)."""
    return can_give_consent(user, consent.enterprise) or can_record_consent(
        user, consent.enterprise
    )


def can_see_consent_form(user: Actor, consent: Consent) -> bool:
    """The signed form: the owner and the officers who may change the enterprise."""
    return bool(consent.form_file) and can_withdraw_consent(user, consent)


def consent_scope(user: Actor) -> QuerySet[Consent]:
    """Consents the user may see: an owner's own, officers' within their enterprise scope,
    a partner officer's given to their organisation."""
    qs = Consent.objects.select_related("organisation", "enterprise", "text")
    if roles.is_officer(user):
        return qs.filter(enterprise__in=registry_access.enterprise_scope(user))
    org = partner_organisation_id(user)
    if org is not None:
        return qs.filter(organisation_id=org)
    owned = roles.owned_enterprise_id(user)
    if owned:
        return qs.filter(enterprise_id=owned)
    return qs.none()


def get_consent_for_user(user: Actor, pk: int) -> Consent:
    """The consent if the user may see it, else Http404."""
    found = consent_scope(user).filter(pk=pk).first()
    if found is None:
        raise Http404
    return found


def require(allowed: bool) -> None:
    """PermissionDenied unless `allowed`."""
    if not allowed:
        raise PermissionDenied
