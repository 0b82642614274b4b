"""Domain errors: raised by services, mapped to form errors or JSON 400/409 by views."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    """A rule of the domain was broken; `message` is a translatable sentence for the user."""

    code = "invalid"
    default_message = _("The request could not be processed.")

    def __init__(self, message=None, *, field: str | None = None, details=None):
        self.message = message or self.default_message
        self.field = field
        self.details = details or []
        super().__init__(str(self.message))


class ValidationFailed(DomainError):
    """Input broke one or more field rules; `details` is a list of (field, message)."""

    code = "validation_error"
    default_message = _("Some fields are not valid. Please correct them.")


class PermissionDeniedError(DomainError):
    code = "forbidden"
    default_message = _("You do not have permission to do this.")


class NotFoundError(DomainError):
    code = "not_found"
    default_message = _("The record was not found.")


class ConflictError(DomainError):
    code = "conflict"
    default_message = _("The record conflicts with an existing one.")
