"""/api/v1/forum/… (meetings, follow-up actions, the officers' queue of data requests) and
/api/v1/me/… (the owner's own data and requests): the same services as the pages."""

import datetime as dt
from typing import Annotated, Any

from django.http import Http404
from ninja import Field, Router, Schema, Status
from ninja.pagination import paginate

from siapekspor.api.params import MAX_DB_INT, Id, text_field
from siapekspor.api.schemas import ERRORS
from siapekspor.core.errors import PermissionDeniedError
from siapekspor.core.http import client_ip
from siapekspor.core.pagination import IdFirstPageNumberPagination
from siapekspor.forum import access, selectors, services
from siapekspor.forum.models import Action, Meeting

router = Router(tags=["forum"])

Ids = Annotated[list[Annotated[int, Field(ge=1, le=MAX_DB_INT)]], Field(max_length=200)]


class ForumActionOut(Schema):
    id: int
    meeting_id: int
    text: str
    owner_id: int
    owner: str
    deadline: dt.date
    status: str
    note: str
    overdue: bool
    enterprise_ids: list[int]
    programme_ids: list[int]

    @staticmethod
    def resolve_owner(obj):
        return selectors.person_label(obj.owner)

    @staticmethod
    def resolve_overdue(obj):
        return obj.is_overdue()

    @staticmethod
    def resolve_enterprise_ids(obj):
        return sorted(e.pk for e in obj.enterprises.all())

    @staticmethod
    def resolve_programme_ids(obj):
        return sorted(p.pk for p in obj.programmes.all())


class ForumMeetingOut(Schema):
    id: int
    title: str
    held_on: dt.date
    place: str
    agenda: list[str]
    decisions: list[str]
    attendee_ids: list[int]
    guests: list[str]
    enterprise_ids: list[int]
    programme_ids: list[int]
    actions: list[ForumActionOut]

    @staticmethod
    def resolve_agenda(obj):
        return obj.agenda_items

    @staticmethod
    def resolve_decisions(obj):
        return obj.decision_items

    @staticmethod
    def resolve_guests(obj):
        return obj.guest_items

    @staticmethod
    def resolve_attendee_ids(obj):
        return sorted(u.pk for u in obj.attendees.all())

    @staticmethod
    def resolve_enterprise_ids(obj):
        return sorted(e.pk for e in obj.enterprises.all())

    @staticmethod
    def resolve_programme_ids(obj):
        return sorted(p.pk for p in obj.programmes.all())

    @staticmethod
    def resolve_actions(obj):
        return list(selectors.meeting_actions(obj))


class ForumMeetingIn(Schema):
    title: str = text_field(..., min_length=1)
    held_on: dt.date
    place: str = text_field(..., min_length=1)
    agenda: list[str] = Field(default=[], max_length=50)
    decisions: list[str] = Field(default=[], max_length=50)
    guests: list[str] = Field(default=[], max_length=100)
    attendee_ids: Ids = []
    enterprise_ids: Ids = []
    programme_ids: Ids = []


class ForumActionIn(Schema):
    text: str = text_field(..., min_length=1, max_length=500)
    owner_id: int = Field(..., ge=1, le=MAX_DB_INT)
    deadline: dt.date
    enterprise_ids: Ids = []
    programme_ids: Ids = []


class ForumActionUpdateIn(Schema):
    status: str = Field(..., max_length=20)
    note: str = text_field(max_length=500)


class ForumDataRequestOut(Schema):
    id: int
    enterprise_id: int
    kind: str
    details: str
    status: str
    created_at: dt.datetime
    due_at: dt.datetime
    decided_at: dt.datetime | None
    answer: str


class ForumDataRequestIn(Schema):
    kind: str = Field(..., max_length=20)
    details: str = text_field(max_length=2000)


class ForumDecisionIn(Schema):
    approve: bool
    answer: str = text_field(max_length=2000)


class ForumOwnerDataOut(Schema):
    generated_at: str
    account: dict[str, Any]
    enterprise: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    processing_history: list[dict[str, Any]]


def _lines(items: list[str]) -> str:
    return "\n".join(" ".join(i.split())[:500] for i in items if i.strip())


def _forum(user) -> None:
    if not access.can_see_forum(user):
        raise PermissionDeniedError()


@router.get(
    "/forum/meetings", response={200: list[ForumMeetingOut], **ERRORS}, url_name="forum_meetings"
)
@paginate(IdFirstPageNumberPagination)
def list_meetings(request):
    """The meetings the caller may open (officers; partners those they attended)."""
    _forum(request.auth)
    return selectors.meetings_for(request.auth)


@router.get(
    "/forum/meetings/{meeting_id}",
    response={200: ForumMeetingOut, **ERRORS},
    url_name="forum_meeting",
)
def get_meeting(request, meeting_id: Id):
    _forum(request.auth)
    return access.get_meeting_for_user(request.auth, meeting_id)


@router.post(
    "/forum/meetings", response={201: ForumMeetingOut, **ERRORS}, url_name="forum_meeting_create"
)
def create_meeting(request, payload: ForumMeetingIn):
    """Record a meeting (province-wide officers)."""
    meeting: Meeting = services.meeting_create(
        actor=request.auth,
        title=payload.title,
        held_on=payload.held_on,
        place=payload.place,
        agenda=_lines(payload.agenda),
        decisions=_lines(payload.decisions),
        guests=_lines(payload.guests),
        attendee_ids=payload.attendee_ids,
        enterprise_ids=payload.enterprise_ids,
        programme_ids=payload.programme_ids,
    )
    return Status(201, meeting)


@router.post(
    "/forum/meetings/{meeting_id}/actions",
    response={201: ForumActionOut, **ERRORS},
    url_name="forum_action_create",
)
def create_action(request, meeting_id: Id, payload: ForumActionIn):
    """Add a follow-up action (province-wide officers)."""
    _forum(request.auth)
    meeting = access.get_meeting_for_user(request.auth, meeting_id)
    owner = access.responsible_candidates().filter(pk=payload.owner_id).first()
    if owner is None:
        raise Http404
    action: Action = services.action_create(
        actor=request.auth,
        meeting=meeting,
        text=payload.text,
        owner=owner,
        deadline=payload.deadline,
        enterprise_ids=payload.enterprise_ids,
        programme_ids=payload.programme_ids,
    )
    return Status(201, action)


@router.get(
    "/forum/actions/overdue",
    response={200: list[ForumActionOut], **ERRORS},
    url_name="forum_actions_overdue",
)
def overdue_actions(request):
    """The caller's overdue actions (all of them for province-wide officers)."""
    _forum(request.auth)
    return list(
        selectors.overdue_actions(request.auth).prefetch_related("enterprises", "programmes")
    )


@router.patch(
    "/forum/actions/{action_id}",
    response={200: ForumActionOut, **ERRORS},
    url_name="forum_action_update",
)
def update_action(request, action_id: Id, payload: ForumActionUpdateIn):
    """Report progress: the person responsible, or a province-wide officer."""
    action = access.get_action_for_user(request.auth, action_id)
    return services.action_update(
        actor=request.auth, action=action, status=payload.status, note=payload.note
    )


@router.get(
    "/forum/requests",
    response={200: list[ForumDataRequestOut], **ERRORS},
    url_name="forum_requests",
)
@paginate(IdFirstPageNumberPagination)
def list_requests(request):
    """Owners' data requests the caller answers (officers, by regency)."""
    if not access.can_see_request_queue(request.auth):
        raise PermissionDeniedError()
    return selectors.request_queue(request.auth)


@router.post(
    "/forum/requests/{request_id}/decision",
    response={200: ForumDataRequestOut, **ERRORS},
    url_name="forum_request_decide",
)
def decide_request(request, request_id: Id, payload: ForumDecisionIn):
    """Close a request: done (for a deletion, the personal data is erased) or refused."""
    if not access.can_see_request_queue(request.auth):
        raise PermissionDeniedError()
    data_request = access.get_request_for_user(request.auth, request_id)
    return services.data_request_decide(
        actor=request.auth,
        request=data_request,
        approve=payload.approve,
        answer=payload.answer,
        ip_address=client_ip(request),
    )


@router.get("/me/data", response={200: ForumOwnerDataOut, **ERRORS}, url_name="me_data")
def my_data(request):
    """Everything held about the caller's own enterprise, personal data opened, with its
    processing history (enterprise owners; audited)."""
    if not access.can_use_data_rights(request.auth):
        raise PermissionDeniedError()
    data = selectors.owner_data(request.auth)
    services.data_export_audit(actor=request.auth, fmt="api", ip_address=client_ip(request))
    return data


@router.get(
    "/me/requests", response={200: list[ForumDataRequestOut], **ERRORS}, url_name="me_requests"
)
def my_requests(request):
    if not access.can_use_data_rights(request.auth):
        raise PermissionDeniedError()
    return list(selectors.requests_of_owner(request.auth))


@router.post(
    "/me/requests", response={201: ForumDataRequestOut, **ERRORS}, url_name="me_request_create"
)
def create_request(request, payload: ForumDataRequestIn):
    """Ask for a correction or the deletion of one's personal data (enterprise owners)."""
    created = services.data_request_create(
        actor=request.auth,
        kind=payload.kind,
        details=payload.details,
        ip_address=client_ip(request),
    )
    return Status(201, created)
