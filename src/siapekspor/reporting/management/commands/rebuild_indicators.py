"""siapekspor rebuild-indicators [--as-of YYYY-MM-DD] [--enqueue]"""

import datetime as dt

from siapekspor.core.commands import SiapEksporCommand


class Command(SiapEksporCommand):
    help = (
        "Recompute every enterprise's export status and a new KPI snapshot (dashboards, "
        "KPI API and reports read it). --enqueue hands the work to the task worker."
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

    def handle(self, *args, **options):
        if options["enqueue"]:
            from siapekspor.reporting.tasks import rebuild_indicators_task

            result = rebuild_indicators_task.enqueue()
            self.stdout.write(f"queued {result.id}")
            return
        from siapekspor.reporting.models import KpiCell
        from siapekspor.reporting.services import rebuild_indicators

        snapshot = rebuild_indicators(as_of=options["as_of"])
        cells = KpiCell.objects.filter(snapshot=snapshot)
        total = sum(cells.values_list("exporting", flat=True))
        self.stdout.write(
            f"snapshot {snapshot.pk} as of {snapshot.as_of}: {total} exporting "
            f"enterprises; {snapshot.seconds:.1f} s"
        )
