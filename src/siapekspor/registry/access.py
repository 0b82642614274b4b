"""Who may do what in the registry, and what each user may see: the one place of these rules.

Services call the predicates before they write; views and API operations fetch through
`get_*_for_user` and pass the predicates to templates as flags; selectors start from the
scopes. Roles are named only here and in `accounts.roles`.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.core.errors import NotFoundError, PermissionDeniedError
from siapekspor.registry.models import Enterprise, Product, Regency
from siapekspor.registry.models_import import (
    CandidateStatus,
    DuplicateCandidate,
    EnterpriseMerge,
    ImportBatch,
)

# --- enterprises ---------------------------------------------------------------------------


class Area(models.TextChoices):
    """The parts of an enterprise's record, each disclosed to a partner organisation only for
    the purposes that need it (`partners.access.AREA_PURPOSES`). Officers and the owner see
    every area of the enterprises in their scope; the area matters for partners only."""

    PROFILE = "profile", _("profile (business and products)")  # personal data masked
    READINESS = "readiness", _("export readiness")  # assessments, diagnosis, gaps
    TRAINING = "training", _("classes and learning")  # classes, modules, certificates
    MARKETS = "markets", _("market suggestions")
    SHIPMENTS = "shipments", _("export record")
    COMPLIANCE = "compliance", _("certificates held")  # and assistance cases
    IMPROVEMENT = "improvement", _("improvement plans")
    EUDR = "eudr", _("production plots (EUDR)")
    PAPERWORK = "paperwork", _("export documents")


def enterprise_scope(user: Actor, area: Area | None = None) -> QuerySet[Enterprise]:
    """Every enterprise the user may open; empty for roles without registry access.

    A partner officer sees an enterprise only in an `area` that the owner's consent to the
    officer's organisation covers (by purpose, while in force); without an area, nothing.
    """
    qs = Enterprise.objects.all()
    if roles.is_province_wide(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        return qs.filter(regency_id=lock)
    owned = roles.owned_enterprise_id(user)
    if owned:
        return qs.filter(pk=owned)
    if roles.is_partner(user) and area is not None:
        # Exactly the enterprises whose owners consent to the officer's organisation for a
        # purpose that covers `area`, while the consent is in force (partners app); personal
        # data stays masked for them.
        from siapekspor.partners import access as partner_access

        return partner_access.partner_enterprise_scope(user, area=area)
    return qs.none()


def disclosed_areas(user: Actor, enterprise: Enterprise) -> frozenset[str] | None:
    """The parts of `enterprise` a partner officer sees now (one query); None for everybody
    else (officers and the owner see every part)."""
    if not roles.is_partner(user):
        return None
    from siapekspor.partners import access as partner_access

    return frozenset(str(a) for a in partner_access.disclosed_areas(user, enterprise))


def area_filter(user: Actor, enterprise: Enterprise) -> Callable[[str | None], bool]:
    """Whether each part of one enterprise's page may be shown to `user` (`disclosed_areas`)."""
    shown = disclosed_areas(user, enterprise)
    if shown is None:
        return lambda _area: True
    return lambda area: area is not None and area in shown


def can_see_owner(user: Actor) -> bool:
    """The owner's section of an enterprise (name, gender, NIK, phone — masked): officers and
    the owner; never a partner organisation, which contacts the owner through the office."""
    return not roles.is_partner(user)


def can_see_history(user: Actor) -> bool:
    """The audit history of an enterprise (who changed what): officers and the owner, never a
    partner organisation."""
    return not roles.is_partner(user)


def enterprise_aggregate_scope(user: Actor) -> QuerySet[Enterprise]:
    """What aggregates cover: the whole province for partners, otherwise the user's scope."""
    if roles.is_partner(user):
        return Enterprise.objects.all()
    return enterprise_scope(user)


def can_list_enterprises(user: Actor) -> bool:
    return roles.can_list_enterprises(user)


def can_create_enterprise(user: Actor) -> bool:
    return roles.can_create_enterprise(user)


def can_write_enterprise(
    user: Actor, enterprise: Enterprise | None = None, *, regency: Regency | None = None
) -> bool:
    """May `user` change `enterprise` (None: register a new one), placing it in `regency`
    (None: where it is)? Province-wide officers anywhere; a regency officer within their
    regency, before and after; an owner their own enterprise, without moving it."""
    if roles.is_province_wide(user):
        return True
    target = regency.code if regency is not None else None
    lock = roles.regency_lock(user)
    if lock:
        return (target is None or target == lock) and (
            enterprise is None or enterprise.regency_id == lock
        )
    owned = roles.owned_enterprise_id(user)
    return (
        owned is not None
        and enterprise is not None
        and enterprise.pk == owned
        and (target is None or target == enterprise.regency_id)
    )


def can_delete_enterprise(user: Actor) -> bool:
    return roles.is_province_wide(user)


def can_reveal_personal_data(user: Actor) -> bool:
    """May ask to see a full NIK/phone/owner name (with a reason, audited)."""
    return roles.can_reveal_personal_data(user)


def can_export_registry(user: Actor) -> bool:
    return roles.can_export_registry(user)


def regency_lock(user: Actor) -> str | None:
    """The regency a user's forms and imports are limited to (regency officers), else None."""
    return roles.regency_lock(user)


def is_officer(user: Actor) -> bool:
    """Officers (admin, province, regency) work on records; partners and owners do not."""
    return roles.is_officer(user)


def get_enterprise_for_user(
    user: Actor, pk: int, *, write: bool = False, area: Area = Area.PROFILE
) -> Enterprise:
    """The enterprise if `user` may see it in `area` (and change it when `write`), else
    Http404/403.

    Records outside the user's scope are reported as not found, so their existence is not
    disclosed.
    """
    try:
        enterprise = (
            enterprise_scope(user, area).select_related("regency", "district", "kbli").get(pk=pk)
        )
    except (Enterprise.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if write and not can_write_enterprise(user, enterprise):
        raise PermissionDenied
    return enterprise


def get_product_for_user(user: Actor, enterprise: Enterprise, pk: int) -> Product:
    try:
        return enterprise.products.select_related("hs_code").get(pk=pk)
    except (Product.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


# --- imports, duplicates, provenance -------------------------------------------------------


def can_import(user: Actor) -> bool:
    """Officers import spreadsheets (regency officers into their regency)."""
    return roles.is_officer(user)


def can_review_duplicates(user: Actor) -> bool:
    return roles.is_officer(user)


def can_see_provenance(user: Actor) -> bool:
    """Which import batch and row each value came from: officers."""
    return roles.is_officer(user)


def can_merge(user: Actor, *enterprises: Enterprise) -> bool:
    """Merge or undo a merge: province-wide officers anywhere, regency officers when every
    enterprise involved is in their regency."""
    if roles.is_province_wide(user):
        return True
    return roles.is_officer(user) and all(
        roles.in_own_regency(user, e.regency_id) for e in enterprises
    )


def batch_scope(user: Actor) -> QuerySet[ImportBatch]:
    """Import batches the user may see: all for province-wide roles; a regency officer's
    regency and their own uploads; none for the others."""
    qs = ImportBatch.objects.select_related("created_by", "regency")
    if roles.is_province_wide(user):
        return qs
    if roles.is_officer(user):
        return qs.filter(regency_id=getattr(user, "regency_id", None)) | qs.filter(
            created_by_id=user.pk
        )
    return qs.none()


def candidate_scope(user: Actor) -> QuerySet[DuplicateCandidate]:
    """Open duplicate pairs the user may decide: province-wide all, a regency officer the
    pairs with both records in their regency, nobody else any."""
    qs = DuplicateCandidate.objects.filter(status=CandidateStatus.OPEN)
    if roles.is_province_wide(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        return qs.filter(first__regency_id=lock, second__regency_id=lock)
    return qs.none()


def merge_scope(user: Actor) -> QuerySet[EnterpriseMerge]:
    """Merges (not undone) the user may see and undo."""
    qs = EnterpriseMerge.objects.filter(undone_at__isnull=True)
    if roles.is_province_wide(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        return qs.filter(survivor__regency_id=lock)
    return qs.none()


def get_batch_for_user(user: Actor, pk: int) -> ImportBatch:
    """The batch if the user may see it; PermissionDeniedError for non-officers, else
    NotFoundError (a batch outside the scope is not disclosed)."""
    if not can_import(user):
        raise PermissionDeniedError(_("Only officers can import enterprises."))
    batch = batch_scope(user).filter(pk=pk).first()
    if batch is None:
        raise NotFoundError(_("The import batch was not found."))
    return batch


def can_see_batch_rows(user: Actor, batch: ImportBatch) -> bool:
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
    return roles.regency_lock(user) == batch.regency_id


def can_reveal_batch_rows(user: Actor, batch: ImportBatch) -> bool:
    """May see the rows unmasked (NIK, phone, owner name), with a reason that is audited."""
    return can_see_batch_rows(user, batch) and roles.can_reveal_personal_data(user)
