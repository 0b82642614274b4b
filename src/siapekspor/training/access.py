"""Fetch + permission check for classes, enrollments, sessions and modules."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404

from siapekspor.training import services
from siapekspor.training.models import ClassSession, Enrollment, LearningModule, TrainingClass
from siapekspor.training.selectors import can_see_roster, class_scope


def get_class_for_user(
    user, pk: int, *, manage: bool = False, roster: bool = False
) -> TrainingClass:
    try:
        cls = (
            class_scope(user)
            .select_related("stage__programme", "regency", "facilitator")
            .get(pk=pk)
        )
    except (TrainingClass.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if manage and not services.can_manage_class(user, cls):
        raise PermissionDenied
    if roster and not can_see_roster(user, cls):
        raise PermissionDenied
    return cls


def get_enrollment_for_user(user, pk: int) -> Enrollment:
    try:
        e = Enrollment.objects.select_related("training_class", "enterprise").get(pk=pk)
    except (Enrollment.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if not (
        services.can_manage_class(user, e.training_class)
        or (
            getattr(user, "enterprise_id", None) == e.enterprise_id
            and user.role == "enterprise_owner"
        )
    ):
        raise Http404
    return e


def get_session_for_user(user, pk: int) -> ClassSession:
    try:
        s = ClassSession.objects.select_related("training_class").get(pk=pk)
    except (ClassSession.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if not services.can_manage_class(user, s.training_class):
        raise Http404
    return s


def get_module(code: str) -> LearningModule:
    try:
        return LearningModule.objects.get(code=code)
    except LearningModule.DoesNotExist as exc:
        raise Http404 from exc
