"""Background work of buyers: sending a reply in the buyer's language, importing an uploaded
spreadsheet of buyers."""

from __future__ import annotations

from django_tasks import task


@task()
def deliver_reply(reply_id: int) -> str:
    """Translate and mail one reply (never in the request: the engine may be slow)."""
    from siapekspor.buyers.services import reply_deliver

    return reply_deliver(reply_id)


@task()
def run_buyer_import(job_id: int) -> str:
    """Import the stored upload of a buyer import (never in the request)."""
    from siapekspor.buyers.importing import import_run

    return import_run(job_id)
