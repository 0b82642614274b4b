"""What the training services share: the enrollment states' short name, the domain errors and
the "manages this class" guard."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext_lazy as _

from siapekspor.core.errors import ConflictError, DomainError, PermissionDeniedError
from siapekspor.training import access
from siapekspor.training.models import EnrollmentState

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.training.models import TrainingClass

S = EnrollmentState


class ClassFull(ConflictError):
    code = "class_full"
    default_message = _("The class is full.")


class InvalidTransition(ConflictError):
    code = "invalid_transition"
    default_message = _("This change is not possible in the enrollment's current state.")


class CapacityTooSmall(DomainError):
    code = "capacity_too_small"
    default_message = _("The capacity cannot be lower than the seats already taken.")


class NotCompleted(DomainError):
    code = "not_completed"
    default_message = _("The enrollment does not meet the completion criteria yet.")


def require_manage(actor: User, training_class: TrainingClass) -> None:
    """Raise PermissionDeniedError unless `actor` manages the class (training.access)."""
    if not access.can_manage_class(actor, training_class):
        raise PermissionDeniedError(_("Only the officers of this class's regency may do this."))
