"""siapekspor seed-demo [--enterprises N] [--seed S] [--replace] [--if-empty] [--demo-users]"""

from django.conf import settings
from django.db.models import ProtectedError
from django.utils.translation import gettext as _

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.registry import demo
from siapekspor.registry.models import Enterprise
from siapekspor.registry.reference import reference_is_loaded


class Command(SiapEksporCommand):
    help = (
        "Build a synthetic demo registry (labelled as demo data everywhere), spread over "
        "the regencies by population, and one demo account per role."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enterprises", type=int, default=95_000)
        parser.add_argument("--seed", type=int, default=2022)
        parser.add_argument(
            "--replace", action="store_true", help="Delete existing demo enterprises first."
        )
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the registry already has enterprises.",
        )
        parser.add_argument("--no-users", action="store_true", help="Create no demo accounts.")
        parser.add_argument(
            "--demo-users",
            action="store_true",
            help=(
                "Create the demo accounts (one per role, superuser 'admin' included, all with "
                "the published demo password) even with SIAPEKSPOR_DEBUG off."
            ),
        )

    def handle(self, *args, **options):
        if options["enterprises"] < 1:
            self.fail(_("--enterprises must be at least 1."))
        if not reference_is_loaded():
            self.fail(_("Reference data is not loaded yet: run `siapekspor load-reference` first."))
        if options["if_empty"] and Enterprise.objects.exists():
            self.stdout.write("registry not empty: demo data not seeded")
            return
        if Enterprise.objects.filter(is_demo=True).exists():
            if not options["replace"]:
                self.fail(_("Demo data already exists; use --replace to build it again."))
            try:
                removed = demo.demo_clear()
            except ProtectedError as exc:
                models = sorted({obj._meta.verbose_name_plural for obj in exc.protected_objects})
                self.fail(
                    _(
                        "Demo enterprises cannot be replaced: real records refer to them "
                        "(%(what)s). Nothing was deleted."
                    )
                    % {"what": ", ".join(map(str, models))}
                )
            self.stdout.write(f"removed {removed} demo enterprises")
        # Accounts with a published password are a demo convenience: with DEBUG off (a real
        # installation) they are made only when asked for by name.
        with_users = not options["no_users"] and (settings.DEBUG or options["demo_users"])
        if not options["no_users"] and not with_users:
            self.stdout.write(
                _(
                    "Demo accounts not created: SIAPEKSPOR_DEBUG is off. Pass --demo-users "
                    "to create them (their password is published)."
                )
            )
        bar = self.progress(options["enterprises"], "seed-demo")
        summary = demo.seed_demo(
            count=options["enterprises"],
            seed=options["seed"],
            with_users=with_users,
            progress=bar.update,
        )
        bar.close()
        for username, role, scope in summary.users:
            self.stdout.write(
                f"demo login: {username} / {demo.DEMO_PASSWORD}  ({role}{' — ' + scope if scope else ''})"
            )
        self.stdout.write(
            f"enterprises={summary.enterprises} products={summary.products} "
            f"seconds={summary.seconds:.1f}"
        )
