"""Background work of compliance: the daily expiry reminders."""

from __future__ import annotations

from django_tasks import task


@task()
def send_expiry_reminders() -> int:
    """Send the reminders of certificates that expire soon (each once); returns how many."""
    from siapekspor.compliance.services import reminders_send

    return reminders_send()
