"""Who may do what in the forum and with data-subject requests: the one place of these rules.

| role             | meetings                         | actions                | data requests           |
|------------------|----------------------------------|------------------------|-------------------------|
| admin, province  | all; record meetings and actions | update any             | decide any              |
| regency officer  | those they attended or act in    | update their own       | decide their regency's  |
| partner officer  | those they attended              | update their own       | —                       |
| enterprise owner | —                                | —                      | file and follow their own; download their data |
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet
from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.forum.models import Action, DataRequest, Meeting

if TYPE_CHECKING:
    from siapekspor.accounts.models import User


def can_see_forum(user: Actor) -> bool:
    """Officers and partner officers open the forum pages; owners do not."""
    return roles.is_officer(user) or roles.is_partner(user)


def is_officer(user: Actor) -> bool:
    """Officers (admin, province, regency) have the to-do list on their home page."""
    return roles.is_officer(user)


def can_record_meeting(user: Actor) -> bool:
    """Province-wide officers record meetings and their actions."""
    return roles.is_province_wide(user)


def meeting_scope(user: Actor) -> QuerySet[Meeting]:
    """Every meeting the user may open."""
    qs = Meeting.objects.all()
    if roles.is_province_wide(user):
        return qs
    if roles.is_officer(user) or roles.is_partner(user):
        return qs.filter(Q(attendees=user) | Q(actions__owner=user)).distinct()
    return qs.none()


def action_scope(user: Actor) -> QuerySet[Action]:
    """The actions the user is answerable for (all of them for province-wide officers)."""
    qs = Action.objects.all()
    if roles.is_province_wide(user):
        return qs
    if roles.is_officer(user) or roles.is_partner(user):
        return qs.filter(Q(owner_id=getattr(user, "pk", None)))
    return qs.none()


def can_update_action(user: Actor, action: Action) -> bool:
    """Province-wide officers any action; everybody else the actions they are responsible for."""
    if roles.is_province_wide(user):
        return True
    return can_see_forum(user) and action.owner_id == getattr(user, "pk", None)


def get_meeting_for_user(user: Actor, pk: int) -> Meeting:
    """The meeting if `user` may open it, else Http404 (its existence is not disclosed)."""
    try:
        return meeting_scope(user).get(pk=pk)
    except (Meeting.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def get_action_for_user(user: Actor, pk: int) -> Action:
    """The action if `user` may update it, else Http404."""
    try:
        action = Action.objects.select_related("meeting").get(pk=pk)
    except (Action.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
    if not can_update_action(user, action):
        raise Http404
    return action


# --- data-subject rights ------------------------------------------------------------------


def data_subject_enterprise_id(user: Actor) -> int | None:
    """The enterprise whose owner `user` is (the data subject), else None."""
    return roles.owned_enterprise_id(user)


def can_use_data_rights(user: Actor) -> bool:
    """An enterprise owner downloads their data and files requests about it."""
    return data_subject_enterprise_id(user) is not None


def can_see_request_queue(user: Actor) -> bool:
    """Officers answer owners' requests (regency officers those of their regency)."""
    return roles.is_officer(user)


def request_scope(user: Actor) -> QuerySet[DataRequest]:
    """The requests the user may see: officers within their regency, an owner their own."""
    qs = DataRequest.objects.all()
    if roles.is_province_wide(user):
        return qs
    lock = roles.regency_lock(user)
    if lock:
        return qs.filter(enterprise__regency_id=lock)
    owned = roles.owned_enterprise_id(user)
    if owned:
        return qs.filter(enterprise_id=owned)
    return qs.none()


def can_decide_request(user: Actor, request: DataRequest) -> bool:
    """The officers of the enterprise's regency (and province-wide officers) decide."""
    return roles.is_officer(user) and roles.in_own_regency(user, request.enterprise.regency_id)


def get_request_for_user(user: Actor, pk: int) -> DataRequest:
    """The request if `user` may see it, else Http404."""
    try:
        return request_scope(user).select_related("enterprise").get(pk=pk)
    except (DataRequest.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def responsible_candidates() -> QuerySet[User]:
    """Who may attend a meeting or be responsible for an action: active officers and
    partner officers (not enterprise owners)."""
    from siapekspor.accounts.models import User as UserModel

    return (
        UserModel.objects.filter(is_active=True)
        .exclude(role=roles.Role.ENTERPRISE_OWNER, is_superuser=False)
        .order_by("username")
    )
