"""siapekspor seed-shipments-demo [--if-empty] [--replace] [--shipments N] [--seed S]"""

from django.utils.translation import gettext as _

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.signals import announce_figures_changed
from siapekspor.registry.models import Enterprise
from siapekspor.shipments import demo
from siapekspor.shipments.models import Shipment
from siapekspor.shipments.services import status_recompute


class Command(SiapEksporCommand):
    help = (
        "Add plausible demo shipments (PEB numbers DEMO-…, labelled demo) for the demo "
        "enterprises, then recompute the export statuses (the indicators follow by themselves)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--shipments",
            type=int,
            default=None,
            help="Total number of shipments (default: about 4 per exporter).",
        )
        parser.add_argument("--seed", type=int, default=2024)
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if shipments already exist."
        )
        parser.add_argument(
            "--replace", action="store_true", help="Delete existing demo shipments first."
        )

    def handle(self, *args, **options):
        if options["if_empty"] and Shipment.objects.exists():
            self.stdout.write("shipments exist: demo shipments not seeded")
            return
        if not Enterprise.objects.filter(is_demo=True).exists():
            self.fail(_("There are no demo enterprises: run `siapekspor seed-demo` first."))
        if Shipment.objects.filter(is_demo=True).exists():
            if not options["replace"]:
                self.fail(_("Demo shipments already exist; use --replace to build them again."))
            self.stdout.write(f"removed {demo.demo_shipments_clear()} demo shipments")
        bar = self.progress(options["shipments"], "seed-shipments-demo")
        summary = demo.seed_shipments(
            count=options["shipments"], seed=options["seed"], progress=bar.update
        )
        bar.close()
        self.stdout.write(
            f"{summary.shipments} demo shipments, {summary.suppliers} supplier "
            f"shares in {summary.seconds:.1f} s"
        )
        counts = status_recompute()
        announce_figures_changed("shipments.demo")
        self.stdout.write(
            "export statuses: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        )
