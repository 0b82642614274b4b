from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts import access, services
from siapekspor.core.http import client_ip


class ThrottledSignInMixin:
    """Sign-in that takes a throttle slot before the password is checked (accounts.services):
    a locked account or address is refused without evaluating the password, even inside a
    burst of parallel attempts."""

    throttle_messages = {
        "account": _("Too many failed sign-ins. This account is locked for %(minutes)s minutes."),
        "address": _(
            "Too many failed sign-ins from your address. Try again in %(minutes)s minutes."
        ),
    }

    def clean(self):
        username = (self.cleaned_data.get("username") or "").strip()
        password = self.cleaned_data.get("password")
        if not (username and password):
            return super().clean()
        attempt = services.login_attempt_begin(
            username=username, ip_address=client_ip(self.request)
        )
        if attempt.refused:
            raise forms.ValidationError(
                self.throttle_messages[attempt.refused],
                code="locked",
                params={"minutes": settings.LOGIN_FAILURE_WINDOW_MINUTES},
            )
        try:
            cleaned = super().clean()
        except forms.ValidationError:
            services.login_attempt_failed(attempt)
            raise
        services.login_attempt_succeeded(attempt, user=self.get_user())
        return cleaned


class ThrottledAuthenticationForm(ThrottledSignInMixin, AuthenticationForm):
    """The sign-in page's form."""


class ThrottledAdminAuthenticationForm(ThrottledSignInMixin, AdminAuthenticationForm):
    """The Django admin's sign-in form, under the same throttle."""


class RateLimitedPasswordResetForm(PasswordResetForm):
    """Password-reset mail, at most PASSWORD_RESET_*_LIMIT an hour per client address and per
    e-mail address asked for."""

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        super().__init__(*args, **kwargs)

    def clean_email(self):
        email = self.cleaned_data["email"]
        if not services.password_reset_allowed(email=email, ip_address=client_ip(self.request)):
            raise forms.ValidationError(
                _("Too many password-reset requests. Try again in an hour."), code="throttled"
            )
        return email


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=80)


class UserAdminForm(UserChangeForm):
    """The Django admin's user form: the role and scope rules of `accounts.access` (a regency
    officer needs a regency, an owner an enterprise, only a partner officer carries a partner
    organisation), each on its field."""

    def clean(self):
        cleaned = super().clean()
        role = cleaned.get("role")
        if not role:
            return cleaned
        problems = access.account_scope_problems(
            role, regency=cleaned.get("regency"), enterprise=cleaned.get("enterprise")
        ) + access.partner_org_problems(role, cleaned.get("partner_org"))
        for field, message in problems:
            self.add_error(field if field in self.fields else None, message)
        return cleaned
