"""Mentoring pairs and the class discussion."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import DomainError, PermissionDeniedError
from siapekspor.training import access
from siapekspor.training.models import ClassPost, MentorPair, TrainingClass

if TYPE_CHECKING:
    from siapekspor.accounts.models import User
    from siapekspor.registry.models import Enterprise


@transaction.atomic
def mentor_pair(
    *, actor: User, mentor: Enterprise, mentee: Enterprise, reason: str = ""
) -> MentorPair:
    """Pair a mentor with a mentee (officers; regency officers within their regency);
    idempotent, audited."""
    if not access.can_pair_mentors(actor):
        raise PermissionDeniedError()
    if not access.can_pair_these(actor, mentor, mentee):
        raise PermissionDeniedError(_("You may only pair enterprises of your regency."))
    if mentor.pk == mentee.pk:
        raise DomainError(_("An enterprise cannot mentor itself."))
    pair, created = MentorPair.objects.get_or_create(
        mentor=mentor, mentee=mentee, defaults={"reason": reason, "created_by": actor}
    )
    if created:
        audit_record(actor=actor, action="training.mentor.paired", target=pair)
    return pair


@transaction.atomic
def post_create(*, actor: User, training_class: TrainingClass, body: str) -> ClassPost:
    """Post in a class discussion (its officers and owners holding a seat); audited."""
    if not access.can_post(actor, training_class):
        raise PermissionDeniedError()
    body = (body or "").strip()
    if not body:
        raise DomainError(_("Write a message first."), field="body")
    post = ClassPost.objects.create(training_class=training_class, author=actor, body=body[:2000])
    audit_record(actor=actor, action="training.post.created", target=post)
    return post
