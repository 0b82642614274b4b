"""What happens when a password changes, wherever it changes.

Django calls `password_changed()` on every entry of AUTH_PASSWORD_VALIDATORS after a new
password is saved (the reset link, a password change, the admin, `changepassword`): the one
hook all of them pass through. This entry sets no rule on the password itself.
"""

from __future__ import annotations

from django.utils.translation import gettext as _


class RevokeApiTokensOnPasswordChange:
    """Revokes the user's API tokens when their password changes (issue 10: a token must
    not outlive a reset)."""

    def validate(self, password, user=None) -> None:
        return None

    def get_help_text(self) -> str:
        return _("Setting a new password revokes your API tokens.")

    def password_changed(self, password, user=None) -> None:
        if user is None or user.pk is None:
            return
        from siapekspor.accounts.services import api_tokens_revoke_all

        api_tokens_revoke_all(user=user, reason="password changed")
