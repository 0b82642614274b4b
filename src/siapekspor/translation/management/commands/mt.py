"""siapekspor mt install|list|remove|translate|glossary-load"""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext as _

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.translation import services


class Command(SiapEksporCommand):
    help = (
        "Machine translation: install Argos Translate model packages (.argosmodel) under "
        "var/mt/, list or remove them, translate a text, load the glossary's seed terms. "
        "Nothing is ever downloaded: packages are files you bring."
    )

    def add_arguments(self, parser):
        languages = services.site_languages()
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

        install = sub.add_parser(
            "install", help="Check, unpack and record a package (replaces the same pair)."
        )
        install.add_argument("file", type=Path, help="an .argosmodel file")

        sub.add_parser("list", help="Installed packages and the language pairs they serve.")

        remove = sub.add_parser("remove", help="Remove the package of a language pair.")
        remove.add_argument("pair", help="e.g. id_en")

        translate = sub.add_parser(
            "translate", help="Translate texts now (through the memory and the glossary)."
        )
        translate.add_argument("--from", dest="source", default="id", choices=languages)
        translate.add_argument("--to", dest="target", required=True, choices=languages)
        translate.add_argument(
            "--no-memory",
            action="store_true",
            help="Neither read nor write the translation memory (to test a model).",
        )
        translate.add_argument("texts", nargs="+", help="one or more texts")

        sub.add_parser(
            "glossary-load",
            help="Add the seed terms of translation/data/glossary.csv that are missing.",
        )

    def handle(self, *args, **options):
        action = options["action"].replace("-", "_")
        try:
            getattr(self, f"_{action}")(options)
        except DomainError as exc:
            self.fail(exc.message)

    def _install(self, options) -> None:
        path = options["file"]
        if not path.is_file():
            self.fail(_("File not found: %(path)s") % {"path": path})
        installed, replaced = services.package_install(actor=None, path=path)
        if options["verbosity"] == 0:
            return
        self.stdout.write(
            self.style.SUCCESS(
                _("Installed %(source)s → %(target)s, version %(version)s.")
                % {
                    "source": installed.from_code,
                    "target": installed.to_code,
                    "version": installed.package_version,
                }
            )
        )
        if replaced is not None:
            self.stdout.write(
                _("It replaces version %(version)s.") % {"version": replaced.package_version}
            )

    def _list(self, options) -> None:
        status = services.engine_status()
        if status.error:
            self.fail(status.error)
        if not status.packages:
            self.stdout.write(
                _(
                    "No translation package is installed: content is shown in Indonesian. "
                    "Install one with: siapekspor mt install FILE.argosmodel"
                )
            )
        for p in status.packages:
            self.stdout.write(
                f"{p.pair:8} {p.package_version:10} {p.size / 1e6:8.1f} MB  "
                f"{p.installed_at}  {p.sha256[:12]}"
            )
        routes = [r for r in status.routes if r.route]
        if routes:
            self.stdout.write(_("Language pairs that can be translated:"))
            for r in routes:
                self.stdout.write("  " + " → ".join(r.route))
        self.stdout.write(
            _("Memory: %(machine)s machine translations, %(reviewed)s reviewed.")
            % {"machine": status.machine, "reviewed": status.reviewed}
        )

    def _remove(self, options) -> None:
        removed = services.package_remove(actor=None, pair=options["pair"])
        if options["verbosity"] == 0:
            return
        self.stdout.write(
            self.style.SUCCESS(
                _("Removed %(source)s → %(target)s, version %(version)s.")
                % {
                    "source": removed.from_code,
                    "target": removed.to_code,
                    "version": removed.package_version,
                }
            )
        )

    def _translate(self, options) -> None:
        outcome = services.translate_texts(
            options["texts"],
            source_language=options["source"],
            target_language=options["target"],
            use_memory=not options["no_memory"],
        )
        for rendered in outcome.rendered:
            self.stdout.write(rendered.text)
        route = ", ".join(" → ".join(r) for r in sorted(outcome.routes))
        self.stderr.write(
            _("%(translated)s translated (%(route)s), %(memory)s from the memory.")
            % {
                "translated": outcome.translated,
                "route": route or "-",
                "memory": outcome.from_memory,
            }
        )

    def _glossary_load(self, options) -> None:
        added = services.glossary_load(actor=None)
        self.stdout.write(self.style.SUCCESS(_("%(n)s glossary terms added.") % {"n": added}))
