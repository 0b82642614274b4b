"""siapekspor sweep-uploads

Delete stored uploads past SIAPEKSPOR_UPLOAD_RETENTION_DAYS (files of finished imports,
imports never confirmed, which expire) and orphan files no record points to (an upload
killed half-way), in every upload area. The worker runs the same as the periodic task
`registry.tasks.sweep_uploads`. Prints `files_deleted=N batches_expired=N orphans_deleted=N`
and one `<area>=N` per other area.
"""

from __future__ import annotations

from siapekspor.core.commands import SiapEksporCommand


class Command(SiapEksporCommand):
    help = "Delete stored uploads past their retention, and orphan upload files."

    def handle(self, *args, **opts):
        from siapekspor.registry.tasks import sweep_uploads

        self.stdout.write(sweep_uploads.call())
