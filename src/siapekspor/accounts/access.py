"""Who may do what with accounts (built on `accounts.roles`): the rules of user creation and
the accounts that commands act as."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from siapekspor.accounts.models import User
from siapekspor.accounts.roles import Role

if TYPE_CHECKING:
    from siapekspor.partners.models import Organisation
    from siapekspor.registry.models import Enterprise, Regency


def account_scope_problems(
    role: str, *, regency: Regency | None, enterprise: Enterprise | None
) -> list[tuple[str, object]]:
    """What a new account of `role` lacks: a regency officer needs a regency, an owner an
    enterprise. [(field, message)], empty when complete."""
    if role == Role.REGENCY_OFFICER and regency is None:
        return [("regency", _("A regency officer needs a regency."))]
    if role == Role.ENTERPRISE_OWNER and enterprise is None:
        return [("enterprise", _("An enterprise owner needs an enterprise."))]
    return []


def partner_org_problems(role: str, partner_org: Organisation | None) -> list[tuple[str, object]]:
    """Only a partner officer acts for a partner organisation: any other role carrying one is
    refused (it would read as a partner's account everywhere). [(field, message)]."""
    if partner_org is not None and role != Role.PARTNER_OFFICER:
        return [
            (
                "partner_org",
                _("Only a partner officer can belong to a partner organisation."),
            )
        ]
    return []


def is_admin_role(role: str) -> bool:
    """Administrators (and only they) are staff and superusers of the Django admin."""
    return role == Role.ADMIN


def first_admin() -> User | None:
    """The oldest active administrator: the actor of commands run without --user."""
    return (
        User.objects.filter(role=Role.ADMIN, is_active=True).order_by("pk").first()
        or User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    )


def console_operator() -> User:
    """An unsaved, province-wide identity for read-only console commands (an operator at the
    console sees what a province officer sees)."""
    return User(username="console", role=Role.PROVINCE_OFFICER, is_active=True)
