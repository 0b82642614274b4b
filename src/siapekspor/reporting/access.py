"""Who sees which figures: the one place of these rules for reporting (roles are named only
here and in `accounts.roles`)."""

from __future__ import annotations

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor


def can_see_dashboard(user: Actor) -> bool:
    """Officers and partners (aggregates only); not enterprise owners."""
    return roles.is_officer(user) or roles.is_partner(user)


def regency_lock(user: Actor) -> str | None:
    """Regency officers see their own regency's figures only; None for everybody else."""
    return roles.regency_lock(user)


def home_enterprise_id(user: Actor) -> int | None:
    """An owner's home page is their own enterprise; None for the other roles."""
    return roles.owned_enterprise_id(user)
