"""Users, roles, API tokens and login failures."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

# The roles are declared with what they may do, in accounts.roles; `Role` stays importable here.
from siapekspor.accounts.roles import DEFAULT_ROLE, REGENCY_OFFICER_HAS_REGENCY, Role


class User(AbstractUser):
    """A person who signs in. What they may see follows from `role` (see accounts.roles)."""

    role = models.CharField(_("role"), max_length=32, choices=Role.choices, default=DEFAULT_ROLE)
    regency = models.ForeignKey(
        "registry.Regency",
        verbose_name=_("regency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officers",
        help_text=_("Regency officers see only this regency."),
    )
    partner_organisation = models.CharField(
        _("partner organisation"),
        max_length=120,
        blank=True,
        help_text=_("For example LPEI or OJK."),
    )
    # The partner organisation record (partners app); the text above stays as a label.
    partner_org = models.ForeignKey(
        "partners.Organisation",
        verbose_name=_("partner organisation record"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="officers",
    )
    enterprise = models.ForeignKey(
        "registry.Enterprise",
        verbose_name=_("enterprise"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="owner_accounts",
        help_text=_("Enterprise owners see only this enterprise."),
    )
    preferred_language = models.CharField(_("preferred language"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.CheckConstraint(
                condition=REGENCY_OFFICER_HAS_REGENCY,
                name="regency_officer_has_regency",
            ),
        ]

    def __str__(self) -> str:
        return self.get_username()

    def display_label(self) -> str:
        """How pages, minutes and histories name this person: the full name when there is
        one, else the role with the regency, partner organisation or enterprise
        ("Petugas kabupaten/kota · Lampung Selatan"); never the bare login name, which says
        nothing to a reader."""
        full = self.get_full_name().strip()
        if full:
            return str(full)
        parts = [str(self.get_role_display())]
        if self.regency_id:
            parts.append(str(self.regency.display_name))
        elif self.partner_org_id:
            parts.append(str(self.partner_org.name))
        elif self.partner_organisation:
            parts.append(str(self.partner_organisation))
        elif self.enterprise_id:
            parts.append(str(self.enterprise.name))
        return " · ".join(parts)


class ApiToken(models.Model):
    """A personal API token. Only a SHA-256 of the secret is stored; it is shown once."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=80)
    prefix = models.CharField(_("prefix"), max_length=12, db_index=True)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Set at issue (SIAPEKSPOR_API_TOKEN_DAYS); an expired token authenticates nobody.
    expires_at = models.DateTimeField(_("expires at"))
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class LoginFailure(models.Model):
    """A failed sign-in; enough of them in the window lock the account (SECURITY.md)."""

    username = models.CharField(max_length=150, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    ip_address = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        verbose_name = _("login failure")
        verbose_name_plural = _("login failures")

    def __str__(self) -> str:
        return f"{self.username} {self.created_at:%Y-%m-%d %H:%M}"


class Throttle(models.Model):
    """How many attempts one key made in its current window: sign-ins per account and
    address, per address, per account from unknown addresses; password-reset mail per
    address and per e-mail. The key is a keyed hash (no address or e-mail in clear).

    A slot is taken with one conditional UPDATE (`count < limit`) before the password is
    checked, so a burst of parallel attempts cannot all get through (accounts.services)."""

    key = models.CharField(max_length=80, unique=True)
    window_start = models.DateTimeField(db_index=True)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("throttle counter")
        verbose_name_plural = _("throttle counters")

    def __str__(self) -> str:
        return f"{self.key[:12]}… {self.count}"


class KnownAddress(models.Model):
    """An address this account signed in from. Failures from unknown addresses may lock the
    account for them; a known address keeps working, so a flood cannot lock its owner out."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="known_addresses"
    )
    ip_address = models.GenericIPAddressField(_("IP address"))
    last_success_at = models.DateTimeField(_("last sign-in"))

    class Meta:
        verbose_name = _("known address")
        verbose_name_plural = _("known addresses")
        constraints = [
            models.UniqueConstraint(fields=["user", "ip_address"], name="known_address_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.ip_address}"
