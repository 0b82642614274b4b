"""The /api/v1 API: mounts each app's router, token and session auth, one JSON error format.

Every error is `{"error": {"code": "...", "message": "...", "details": [{"field", "message"}]}}`
(api/schemas.py: ErrorOut, documented on every operation) with the message in the request's
language (Accept-Language; Indonesian by default).
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied
from django.db import DataError
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import django_auth

from siapekspor.api.auth import RateLimited, TokenAuth
from siapekspor.api.schemas import error_body
from siapekspor.api.validation import error_message
from siapekspor.core.errors import (
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDeniedError,
    is_transient_db_error,
)

logger = logging.getLogger("siapekspor.api")

api = NinjaAPI(
    title="SiapEkspor API",
    version="1.0.0",
    description=(
        "The SiapEkspor API. Authenticate with `Authorization: Bearer <token>` "
        "(create a token on your profile page). Errors share one JSON format."
    ),
    auth=[TokenAuth(), django_auth],
    urls_namespace="api-v1",
)


def error_response(request, status: int, code: str, message, details=None):
    """An error in the one documented shape (api.schemas.ErrorOut)."""
    return api.create_response(request, error_body(code, message, details or ()), status=status)


@api.exception_handler(DomainError)
def _domain_error(request, exc: DomainError):
    status = 400
    if isinstance(exc, PermissionDeniedError):
        status = 403
    elif isinstance(exc, NotFoundError):
        status = 404
    elif isinstance(exc, ConflictError):
        status = 409
    details = exc.details or ([(exc.field, exc.message)] if exc.field else [])
    return error_response(request, status, exc.code, exc.message, details)


@api.exception_handler(NinjaValidationError)
def _validation_error(request, exc: NinjaValidationError):
    details = []
    for err in exc.errors:
        loc = [str(p) for p in err.get("loc", []) if p not in ("body", "query", "path", "payload")]
        details.append((".".join(loc), error_message(err)))
    return error_response(
        request,
        422,
        "validation_error",
        _("Some fields are not valid. Please correct them."),
        details,
    )


@api.exception_handler(AuthenticationError)
def _auth_error(request, exc):
    return error_response(
        request, 401, "unauthorized", _("Authentication required: send a valid API token.")
    )


@api.exception_handler(RateLimited)
def _rate_limited(request, exc):
    response = error_response(
        request, 429, "rate_limited", _("Too many requests. Wait a minute and try again.")
    )
    response["Retry-After"] = "60"
    return response


@api.exception_handler(Http404)
def _not_found(request, exc):
    return error_response(request, 404, "not_found", _("The record was not found."))


@api.exception_handler(PermissionDenied)
def _forbidden(request, exc):
    return error_response(request, 403, "forbidden", _("You do not have permission to do this."))


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    if exc.status_code == 400 and str(exc.message).startswith("Cannot parse request body"):
        return error_response(  # django-ninja's own words, in English: ours in every language
            request,
            400,
            "invalid_body",
            _(
                "The request body could not be read: send valid JSON (Content-Type: application/json)."
            ),
        )
    return error_response(request, exc.status_code, "error", exc.message)


@api.exception_handler(Exception)
def _server_error(request, exc: Exception):
    """Anything else: never a traceback (not even with DEBUG on), always the JSON format.

    A value the database cannot hold (a number out of range that slipped past the schema)
    is the caller's error: 400. A database that is away answers 503, as on the pages.
    """
    if is_transient_db_error(exc):
        response = error_response(
            request,
            503,
            "service_unavailable",
            _("The database is unavailable. Please try again shortly."),
        )
        response["Retry-After"] = "5"
        return response
    if isinstance(exc, (DataError, OverflowError)):
        logger.warning("API %s %s: value out of range: %s", request.method, request.path, exc)
        return error_response(
            request, 400, "out_of_range", _("A value is out of the accepted range.")
        )
    logger.exception("API %s %s failed", request.method, request.path)
    return error_response(
        request,
        500,
        "server_error",
        _("Something went wrong on our side. The error was recorded; please try again."),
    )


# Routers of each app. Add one line per app; the app's api.py holds its operations.
from siapekspor.registry.api import router as registry_router  # noqa: E402

api.add_router("/", registry_router)
from siapekspor.registry.api_import import router as registry_import_router  # noqa: E402

api.add_router("/", registry_import_router)
from siapekspor.readiness.api import router as readiness_router  # noqa: E402

api.add_router("/", readiness_router)
from siapekspor.training.api import router as training_router  # noqa: E402

api.add_router("/", training_router)
from siapekspor.markets.api import router as markets_router  # noqa: E402

api.add_router("/", markets_router)
from siapekspor.shipments.api import router as shipments_router  # noqa: E402

api.add_router("/", shipments_router)
from siapekspor.compliance.api import router as compliance_router  # noqa: E402

api.add_router("/", compliance_router)
from siapekspor.improvement.api import router as improvement_router  # noqa: E402

api.add_router("/", improvement_router)
from siapekspor.eudr.api import router as eudr_router  # noqa: E402

api.add_router("/", eudr_router)
from siapekspor.translation.api import router as translation_router  # noqa: E402

api.add_router("/", translation_router)
from siapekspor.forum.api import router as forum_router  # noqa: E402

api.add_router("/", forum_router)
from siapekspor.reporting.api import router as reporting_router  # noqa: E402

api.add_router("/", reporting_router)
from siapekspor.buyers.api import router as buyers_router  # noqa: E402

api.add_router("/", buyers_router)
from siapekspor.paperwork.api import router as paperwork_router  # noqa: E402

api.add_router("/", paperwork_router)
from siapekspor.partners.api import router as partners_router  # noqa: E402

api.add_router("/", partners_router)
from siapekspor.catalogue.api import router as catalogue_router  # noqa: E402

api.add_router("/", catalogue_router)
