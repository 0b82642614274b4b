"""Who may do what in the markets app: the one place of these rules (roles are named only
here and in `accounts.roles`). Views pass the answers to templates as flags."""

from __future__ import annotations

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor


def can_load_trade_data(user: Actor) -> bool:
    """Admins and province officers load trade statistics (`siapekspor trade load`), so
    only they are told how; everybody else reads a plain sentence."""
    return roles.is_province_wide(user)
