"""`siapekspor catalogue-reindex`: rebuild the searchable text of published listings (after
machine translations arrive, certificates change or HS names are reloaded)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from siapekspor.catalogue import services
from siapekspor.core.commands import SiapEksporCommand


class Command(SiapEksporCommand):
    help = "Rebuild the search text and the full-text index of published catalogue listings."

    def handle(self, *args, **options):
        count = services.listings_reindex()
        self.stdout.write(_("%(count)s published listings reindexed.") % {"count": count})
