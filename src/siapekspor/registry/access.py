"""Fetch + permission check in one place: every view and API operation uses these."""

from __future__ import annotations

from django.http import Http404

from siapekspor.core.errors import PermissionDeniedError
from siapekspor.registry.models import Enterprise, Product
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
