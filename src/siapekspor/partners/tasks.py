"""Background work of partners: the daily referral deadline reminders."""

from __future__ import annotations

from django_tasks import task


@task()
def send_deadline_reminders() -> int:
    """Remind once every open referral past its deadline; also forget old API responses."""
    from siapekspor.partners.services import idempotency_sweep, referrals_remind

    idempotency_sweep()
    return referrals_remind()
