"""Background work of the forum: the daily reminder of overdue follow-up actions."""

from __future__ import annotations

from django_tasks import task


@task()
def send_action_reminders() -> int:
    """Remind once every follow-up action past its deadline (forum.services.actions_remind)."""
    from siapekspor.forum.services import actions_remind

    return actions_remind()
