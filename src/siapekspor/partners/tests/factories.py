"""Partners test data built through the real services."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from siapekspor.accounts.models import Role
from siapekspor.partners import selectors, services
from siapekspor.partners.models import Consent, Organisation, Referral
from siapekspor.registry.tests.factories import make_user


def organisation(code: str = "LPEI") -> Organisation:
    return Organisation.objects.get(code=code)


def consent_to(
    enterprise, code: str = "LPEI", purpose: str = "financing", expires_on=None
) -> Consent:
    """The owner of `enterprise` (made when it has none) consents in the app."""
    owner = enterprise.owner_accounts.first() or make_user(
        Role.ENTERPRISE_OWNER, enterprise=enterprise
    )
    text = selectors.current_text(purpose)
    assert text is not None
    return services.consent_give(
        actor=owner,
        enterprise=enterprise,
        organisation=organisation(code),
        purpose=purpose,
        text=text,
        language="id",
        expires_on=expires_on,
    )


def refer(enterprise, officer, code: str = "LPEI", kind: str = "working_capital") -> Referral:
    return services.referral_create(
        actor=officer,
        enterprise=enterprise,
        organisation=organisation(code),
        kind=kind,
        deadline=timezone.localdate() + dt.timedelta(days=14),
    )


def advance(referral: Referral, actor, to: str, **last) -> Referral:
    """Move `referral` along the allowed path (sent → accepted → in process → approved →
    disbursed) up to `to`; `last` goes with the final step (amount, note)."""
    path = ["accepted", "in_process", "approved", "disbursed"]
    current = Referral.objects.get(pk=referral.pk).status
    start = path.index(current) + 1 if current in path else 0
    for step in path[start : path.index(to) + 1]:
        services.referral_update(
            actor=actor, referral=referral, status=step, **(last if step == to else {})
        )
    referral.refresh_from_db()
    return referral
