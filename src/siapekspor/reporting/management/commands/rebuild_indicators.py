"""siapekspor rebuild-indicators [--as-of YYYY-MM-DD] [--enqueue] [--if-stale]"""

import datetime as dt

from django.utils import timezone

from siapekspor.core.commands import SiapEksporCommand


class Command(SiapEksporCommand):
    help = (
        "Compute a new KPI snapshot (dashboards, KPI API and reports read it). The worker also "
        "does this nightly and shortly after changes; --enqueue hands the work to the worker, "
        "--if-stale skips it when today's snapshot exists and no change is waiting."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--as-of",
            type=dt.date.fromisoformat,
            default=None,
            help="Compute as of this date (default: today).",
        )
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Queue the rebuild for `siapekspor worker` instead.",
        )
        parser.add_argument(
            "--if-stale",
            action="store_true",
            help="Only when there is no snapshot as of today or a change asked for a rebuild.",
        )

    def handle(self, *args, **options):
        from siapekspor.reporting.models import KpiCell, Snapshot
        from siapekspor.reporting.services import rebuild_indicators, rebuild_pending

        if options["if_stale"]:
            as_of = options["as_of"] or timezone.localdate()
            latest = Snapshot.objects.order_by("-id").first()
            if latest is not None and latest.as_of == as_of and not rebuild_pending():
                self.stdout.write(f"snapshot {latest.pk} as of {latest.as_of} is current")
                return
        if options["enqueue"]:
            from siapekspor.reporting.tasks import rebuild_indicators_task

            result = rebuild_indicators_task.enqueue()
            self.stdout.write(f"queued {result.id}")
            return
        snapshot = rebuild_indicators(as_of=options["as_of"])
        cells = KpiCell.objects.filter(snapshot=snapshot)
        total = sum(cells.values_list("exporting", flat=True))
        self.stdout.write(
            f"snapshot {snapshot.pk} as of {snapshot.as_of}: {total} exporting "
            f"enterprises; {snapshot.seconds:.1f} s"
        )
