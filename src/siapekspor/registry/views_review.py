"""Products an import kept with an HS code that HS 2022 does not know (officers)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from siapekspor.registry import access, selectors


@login_required
def products_to_review(request):
    if not access.can_import(request.user):
        raise PermissionDenied
    return render(
        request,
        "registry/products_to_review.html",
        {"products": selectors.products_to_review(request.user)},
    )
