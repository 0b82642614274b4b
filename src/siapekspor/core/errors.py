"""Domain errors: raised by services, mapped to form errors or JSON 400/409 by views."""

from __future__ import annotations

from django.core.exceptions import NON_FIELD_ERRORS
from django.core.exceptions import ValidationError as DjangoValidationError
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

    @classmethod
    def from_django(cls, exc: DjangoValidationError) -> ValidationFailed:
        """A model's `full_clean()` error: one (field, message) detail per message, None as
        the field of an error that names none (Django's `__all__`)."""
        return cls(
            details=[
                (field if field != NON_FIELD_ERRORS else None, message)
                for field, messages in exc.message_dict.items()
                for message in messages
            ]
        )


class PermissionDeniedError(DomainError):
    code = "forbidden"
    default_message = _("You do not have permission to do this.")


class NotFoundError(DomainError):
    code = "not_found"
    default_message = _("The record was not found.")


class ConflictError(DomainError):
    code = "conflict"
    default_message = _("The record conflicts with an existing one.")


# Words of the database errors that pass by themselves: a lock held by another writer, a
# connection dropped by a restart, a deadlock or serialisation failure. One list for the
# pages (503, `core.middleware`) and the worker (retry with backoff, `core.worker`).
_TRANSIENT_WORDS = (
    "database is locked",
    "database table is locked",
    "connect",
    "server closed",
    "terminat",
    "connection",
    "deadlock detected",
    "could not serialize",
    "the database system is starting up",
    "the database system is shutting down",
)


def is_transient_db_error(exc: BaseException) -> bool:
    """True for a database error that a retry after a short wait may get past."""
    from django.db import InterfaceError, OperationalError

    if not isinstance(exc, (OperationalError, InterfaceError)):
        return False
    message = str(exc).lower()
    return any(word in message for word in _TRANSIENT_WORDS)
