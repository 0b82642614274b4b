"""/api/v1/import-batches and /api/v1/duplicates: read-only views for officers."""

import datetime as dt

from django.core.exceptions import PermissionDenied
from ninja import Field, Router, Schema

from siapekspor.api.params import Id
from siapekspor.api.schemas import ERRORS
from siapekspor.registry import access
from siapekspor.registry.dedup.evidence import describe

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
    evidence: str = Field(
        "", description="The reasons in words of the request's language, e.g. 'same NIK, …'"
    )
    status: str

    @staticmethod
    def resolve_evidence(obj):
        return describe(obj.reasons)


def _officer(request) -> None:
    if not access.is_officer(request.user):
        raise PermissionDenied


@router.get("/import-batches", response={200: list[BatchOut], **ERRORS})
def list_import_batches(request):
    """The latest import batches the user may see (at most 100)."""
    _officer(request)
    return list(access.batch_scope(request.user).order_by("-created_at", "-id")[:LIMIT])


@router.get("/import-batches/{batch_id}", response={200: BatchOut, **ERRORS})
def get_import_batch(request, batch_id: Id):
    return access.get_batch_for_user(request.user, batch_id)


@router.get("/duplicates", response={200: list[CandidateOut], **ERRORS})
def list_duplicates(request):
    """Open duplicate pairs in the user's scope, best score first (at most 100)."""
    _officer(request)
    return list(access.candidate_scope(request.user).order_by("-score", "id")[:LIMIT])
