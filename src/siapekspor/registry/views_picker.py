"""The enterprise picker's JSON endpoint (see `picker.py`)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from siapekspor.registry import picker


@login_required
@require_GET
def enterprise_pick(request):
    """Matches for the search box: names, places and products, within the user's scope."""
    query = request.GET.get("q", "")[:100]
    return JsonResponse(
        {"results": [picker.choice_json(e) for e in picker.enterprise_choices(request.user, query)]}
    )
