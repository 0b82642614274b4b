"""Fetch + permission check in one place: every view and API operation uses these."""

from __future__ import annotations

from django.http import Http404
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts import roles
from siapekspor.accounts.models import Role
from siapekspor.core.errors import NotFoundError, PermissionDeniedError
from siapekspor.registry.models import Enterprise, Product
from siapekspor.registry.models_import import ImportBatch
from siapekspor.registry.selectors import enterprise_scope


def get_enterprise_for_user(user, pk: int, *, write: bool = False) -> Enterprise:
    """The enterprise if `user` may see it (and change it when `write`), else Http404/403.

    Records outside the user's scope are reported as not found, so their existence is not
    disclosed.
    """
    try:
        enterprise = enterprise_scope(user).select_related("regency", "district", "kbli").get(pk=pk)
    except (Enterprise.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if write and getattr(user, "role", None) == "partner_officer":
        raise PermissionDeniedError()
    return enterprise


def get_product_for_user(user, enterprise: Enterprise, pk: int) -> Product:
    try:
        return enterprise.products.select_related("hs_code").get(pk=pk)
    except (Product.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


# ---- Import batches (bulk import of enterprises) -------------------------------------------


def can_import(user) -> bool:
    """May upload spreadsheets of enterprises (officers; a regency officer for their own)."""
    return roles.is_officer(user)


def import_scope(user) -> str | None:
    """The regency an importer is limited to (a regency officer's own), else None."""
    return user.regency_id if roles.role_of(user) == Role.REGENCY_OFFICER else None


def batch_scope(user):
    """Batches the user may see (status, counts, reasons): every batch for province-wide
    roles, their own regency's and their own for a regency officer."""
    qs = ImportBatch.objects.select_related("created_by", "regency")
    if roles.is_province_wide(user):
        return qs
    if roles.is_officer(user):
        return qs.filter(regency_id=user.regency_id) | qs.filter(created_by=user)
    return qs.none()


def get_batch_for_user(user, pk: int) -> ImportBatch:
    """The batch if the user may see it; PermissionDeniedError for non-officers, else
    NotFoundError (a batch outside the scope is not disclosed)."""
    if not can_import(user):
        raise PermissionDeniedError(_("Only officers can import enterprises."))
    batch = batch_scope(user).filter(pk=pk).first()
    if batch is None:
        raise NotFoundError(_("The import batch was not found."))
    return batch


def can_see_batch_rows(user, batch: ImportBatch) -> bool:
    """May see the rows of an uploaded file (the confirmation preview, the source cells of
    rejected rows in the report). The rows belong to the batch's scope: its importer, the
    officers of its regency for a regency's batch, province-wide officers for a province
    batch. A province officer sees a regency's batch, its counts and reasons, not its rows."""
    if not can_import(user):
        return False
    if batch.created_by_id == user.pk:
        return True
    if batch.regency_id is None:
        return roles.is_province_wide(user)
    return roles.role_of(user) == Role.REGENCY_OFFICER and user.regency_id == batch.regency_id


def can_reveal_batch_rows(user, batch: ImportBatch) -> bool:
    """May see the rows unmasked (NIK, phone, owner name), with a reason that is audited."""
    return can_see_batch_rows(user, batch) and roles.can_reveal_personal_data(user)
