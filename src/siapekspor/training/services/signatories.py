"""The official who signs the certificates: name, title and signature image."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from siapekspor.core.audit import audit_record
from siapekspor.core.errors import DomainError, PermissionDeniedError
from siapekspor.training import access, signatures
from siapekspor.training.models import Signatory

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

    from siapekspor.accounts.models import User

TEXT_MAX = 200


def _text(raw: str | None, *, field: str, required: Any, too_long: Any) -> str:
    text = " ".join(str(raw or "").split())
    if not text:
        raise DomainError(required, field=field)
    if len(text) > TEXT_MAX:
        raise DomainError(too_long % {"max": TEXT_MAX}, field=field)
    return text


@transaction.atomic
def signatory_set(
    *,
    actor: User,
    name: str,
    title: str,
    signature: UploadedFile[bytes] | None,
    is_demo: bool = False,
) -> Signatory:
    """Make a new signatory the active one (administrators and province officers): the
    name, the title and the signature image (`signature`: an uploaded file, PNG or JPEG,
    checked and stored by `training.signatures`). The previous signatory stays on the
    certificates it signed. Raises PermissionDeniedError, DomainError, ValidationFailed."""
    if not access.can_manage_signatories(actor):
        raise PermissionDeniedError()
    name = _text(
        name,
        field="name",
        required=_("Enter the official's name."),
        too_long=_("The name is longer than %(max)s characters."),
    )
    title = _text(
        title,
        field="title",
        required=_("Enter the official's title."),
        too_long=_("The title is longer than %(max)s characters."),
    )
    if signature is None:
        raise DomainError(_("Choose the signature image (PNG or JPEG)."), field="signature")
    stored = signatures.store(signature)
    previous = list(Signatory.objects.filter(is_active=True).values_list("pk", flat=True))
    Signatory.objects.filter(pk__in=previous).update(is_active=False)
    signatory = Signatory(
        name=name,
        title=title,
        signature_file=stored.name,
        signature_mime=stored.mime,
        is_active=True,
        created_by=actor,
        is_demo=is_demo,
    )
    signatory.full_clean()
    signatory.save()
    audit_record(
        actor=actor,
        action="training.signatory.set",
        target=signatory,
        changes={"active": [previous[0] if previous else None, signatory.pk]},
    )
    return signatory
