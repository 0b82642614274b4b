"""Session idle timeout and a clean 503 when the database is unreachable."""

from __future__ import annotations

import datetime as dt
import time

from django.conf import settings
from django.contrib.auth import logout
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from siapekspor.core.errors import is_transient_db_error


class SessionTimeoutMiddleware:
    """End a session idle for SESSION_IDLE_TIMEOUT_SECONDS, and every session
    SESSION_ABSOLUTE_TIMEOUT_SECONDS after its sign-in, however active it was.

    The sign-in time is stored in the session when it is first seen signed in, and the
    session's expiry is pinned to sign-in + absolute (a date, not an age): saving `last_seen`
    no longer pushes the cookie or the stored session further out.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(request, "session"):
            session = request.session
            now = int(time.time())
            absolute = settings.SESSION_ABSOLUTE_TIMEOUT_SECONDS
            started = session.get("login_at")
            if started is None:
                session["login_at"] = started = now
                session.set_expiry(dt.datetime.fromtimestamp(now + absolute, tz=dt.UTC))
            last = session.get("last_seen", now)
            if now - started >= absolute or now - last > settings.SESSION_IDLE_TIMEOUT_SECONDS:
                logout(request)
            elif now - last > 60 or "last_seen" not in session:
                session["last_seen"] = now
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    """A database restart gives 503 (retry later), not a 500 traceback; it recovers by itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_transient_db_error(exception):
            return None
        if request.path.startswith("/api/"):
            return JsonResponse(
                {
                    "error": {
                        "code": "service_unavailable",
                        "message": _("The database is unavailable. Please try again shortly."),
                        "details": [],
                    }
                },
                status=503,
                headers={"Retry-After": "5"},
            )
        response = TemplateResponse(request, "503.html", status=503, headers={"Retry-After": "5"})
        return response.render()


class ApiLanguageMiddleware:
    """The API speaks the caller's language (Accept-Language, then the language cookie).

    LocaleMiddleware gives unprefixed paths the default language when i18n_patterns uses
    prefix_default_language=False; /api/ is not a page, so it negotiates instead.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/api/"):
            from django.utils import translation

            language = translation.get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


class StickyLanguageMiddleware:
    """A chosen language stays chosen: a GET to a page without a language prefix (a bookmark,
    a redirect to "/", a link typed by hand) is sent to the same page in the reader's language
    — the language cookie set by the language switch, else the signed-in user's preferred
    language — when that is not the default. Paths outside `i18n_patterns` (the API, health,
    static files) are left alone. Runs after the authentication middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        target = self._redirect_target(request)
        if target is not None:
            from django.http import HttpResponseRedirect

            return HttpResponseRedirect(target)
        return self.get_response(request)

    @staticmethod
    def _redirect_target(request) -> str | None:
        from django.conf import settings
        from django.urls import is_valid_path
        from django.utils import translation

        from siapekspor.core import i18n

        if request.method not in ("GET", "HEAD"):
            return None
        path = request.path_info
        if translation.get_language_from_path(path):
            return None
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        if not chosen:
            user = getattr(request, "user", None)
            chosen = getattr(user, "preferred_language", "") if user is not None else ""
        code = i18n.normalise(chosen or None) if chosen else None
        if not code or code == i18n.default():
            return None
        prefixed = f"/{code}{path}"
        with translation.override(code):  # the prefix pattern matches the active language
            if not is_valid_path(prefixed, getattr(request, "urlconf", None)):
                return None
        query = request.META.get("QUERY_STRING", "")
        return request.META.get("SCRIPT_NAME", "") + prefixed + (f"?{query}" if query else "")


class PrivateNoStoreMiddleware:
    """Every response to a signed-in user (a session or an API token) may show personal data:
    it is sent `Cache-Control: no-store, private`, so neither the browser's cache nor a
    shared proxy keeps a copy. Public pages (sign-in, certificate check, static files) keep
    their caching."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            response["Cache-Control"] = "no-store, private"
        return response
