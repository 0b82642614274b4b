"""Fetch + permission check for assessments."""

from __future__ import annotations

from django.http import Http404

from siapekspor.readiness.models import Assessment
from siapekspor.readiness.selectors import assessment_scope


def get_assessment_for_user(user, pk: int) -> Assessment:
    """The assessment if its enterprise is in the user's scope; otherwise 404."""
    try:
        return (
            assessment_scope(user)
            .select_related("enterprise", "enterprise__regency", "questionnaire", "assessor")
            .get(pk=pk)
        )
    except (Assessment.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
