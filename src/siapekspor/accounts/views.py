from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

from siapekspor.accounts import services
from siapekspor.accounts.forms import (
    ApiTokenForm,
    RateLimitedPasswordResetForm,
    ThrottledAuthenticationForm,
)


def set_language(request):
    """Django's language switch (cookie, redirect to `next` in the new language); a signed-in
    user's choice is also remembered on their account."""
    response = django_set_language(request)
    language = request.POST.get("language", "") if request.method == "POST" else ""
    if language and request.user.is_authenticated and response.status_code == 302:
        services.user_language_set(user=request.user, language=language)
    return response


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = ThrottledAuthenticationForm
    redirect_authenticated_user = True


class PasswordResetView(auth_views.PasswordResetView):
    """Ask for a reset link; rate limited per client address and per e-mail address."""

    form_class = RateLimitedPasswordResetForm
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password-reset-done")

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:login")


@login_required
def profile(request):
    """The signed-in user's account: role, scope, and personal API tokens."""
    new_secret = None
    form = ApiTokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        _token, new_secret = services.api_token_issue(
            user=request.user, name=form.cleaned_data["name"]
        )
        messages.success(request, _("Token created. Copy it now: it will not be shown again."))
        form = ApiTokenForm()
    tokens = services.api_tokens_live(request.user)
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "tokens": tokens,
            "new_secret": new_secret,
            "token_days": settings.API_TOKEN_DAYS,
        },
    )


@login_required
def password_change(request):
    """Change one's own password on "My account": the old password, then the new one twice;
    the session stays signed in, every API token is revoked."""
    form = PasswordChangeForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        revoked = services.password_change(
            user=request.user, new_password=form.cleaned_data["new_password1"]
        )
        update_session_auth_hash(request, request.user)
        messages.success(request, _("Your password was changed."))
        if revoked:
            messages.info(
                request, _("Your API tokens were revoked: create a new one if you need it.")
            )
        return redirect("accounts:profile")
    return render(request, "accounts/password_change.html", {"form": form})


@login_required
@require_POST
def token_revoke(request, pk: int):
    token = get_object_or_404(request.user.api_tokens, pk=pk, revoked_at__isnull=True)
    services.api_token_revoke(user=request.user, token=token)
    messages.success(request, _("Token revoked."))
    return redirect("accounts:profile")
