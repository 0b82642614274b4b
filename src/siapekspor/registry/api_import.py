"""/api/v1/import-batches and /api/v1/duplicates: read-only views for officers."""

import datetime as dt

from django.core.exceptions import PermissionDenied
from ninja import Router, Schema

from siapekspor.accounts import roles
from siapekspor.api.params import Id
from siapekspor.registry.importing import services
from siapekspor.registry.models_import import CandidateStatus, DuplicateCandidate

router = Router(tags=["import"])
LIMIT = 100


class BatchOut(Schema):
    id: int
    file_name: str
    file_sha256: str
    file_size: int
    sheet: str
    source: str
    status: str
    created_at: dt.datetime
    finished_at: dt.datetime | None
    imported_by: str | None
    rows_total: int
    created: int
    updated: int
    unchanged: int
    rejected: int
    unknown_columns: list[str]

    @staticmethod
    def resolve_imported_by(obj):
        return obj.created_by.username if obj.created_by else None


class CandidateOut(Schema):
    id: int
    first_id: int
    second_id: int
    score: float
    reasons: dict
    status: str


def _officer(request) -> None:
    if not roles.is_officer(request.user):
        raise PermissionDenied


@router.get("/import-batches", response=list[BatchOut])
def list_import_batches(request):
    """The latest import batches the user may see (at most 100)."""
    _officer(request)
    return list(services.batches_for(request.user).order_by("-created_at", "-id")[:LIMIT])


@router.get("/import-batches/{batch_id}", response=BatchOut)
def get_import_batch(request, batch_id: Id):
    return services.get_batch_for_user(request.user, batch_id)


@router.get("/duplicates", response=list[CandidateOut])
def list_duplicates(request):
    """Open duplicate pairs in the user's scope, best score first (at most 100)."""
    _officer(request)
    qs = DuplicateCandidate.objects.filter(status=CandidateStatus.OPEN)
    if not roles.is_province_wide(request.user):
        qs = qs.filter(
            first__regency_id=request.user.regency_id, second__regency_id=request.user.regency_id
        )
    return list(qs.order_by("-score", "id")[:LIMIT])
