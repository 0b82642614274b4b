"""Background work of the catalogue (django-tasks, run by `siapekspor worker`)."""

from __future__ import annotations

from django_tasks import task


@task()
def reindex_listings() -> int:
    """Rebuild the searchable text of published listings: machine translations of the
    descriptions made since the last run become searchable. Safe to repeat."""
    from siapekspor.catalogue import services

    return services.listings_reindex()
