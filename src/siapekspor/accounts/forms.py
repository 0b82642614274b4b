from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts import services


class ThrottledAuthenticationForm(AuthenticationForm):
    """Sign-in form that refuses a locked account before checking the password."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "locked": _("Too many failed sign-ins. This account is locked for %(minutes)s minutes."),
    }

    def clean(self):
        username = (self.cleaned_data.get("username") or "").strip()
        if username and services.login_is_locked(username):
            from django.conf import settings

            raise forms.ValidationError(
                self.error_messages["locked"],
                code="locked",
                params={"minutes": settings.LOGIN_FAILURE_WINDOW_MINUTES},
            )
        try:
            return super().clean()
        except forms.ValidationError:
            if username:
                services.login_failure_record(
                    username=username, ip_address=_client_ip(self.request)
                )
            raise

    def confirm_login_allowed(self, user):
        super().confirm_login_allowed(user)
        services.login_failures_clear(username=user.get_username())


class ApiTokenForm(forms.Form):
    name = forms.CharField(label=_("Token name"), max_length=80)


def _client_ip(request) -> str | None:
    return request.META.get("REMOTE_ADDR") if request is not None else None
