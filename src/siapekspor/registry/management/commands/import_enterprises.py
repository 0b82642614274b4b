"""siapekspor import-enterprises FILE [--sheet NAME] [--dry-run] [--report PATH]
[--all-or-nothing] [--source LABEL] [--user USERNAME]

Exit 0 when the file was processed (rejected rows are in the report); non-zero with a clear
message when the file itself is unreadable, too large or unsafe. The last line of output is
always `created=N updated=N unchanged=N rejected=N`.
"""

from __future__ import annotations

from pathlib import Path

from django.utils.translation import gettext as _

from siapekspor.accounts.access import first_admin
from siapekspor.accounts.models import User
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.core.tabular import TabularError, write_report
from siapekspor.registry.importing.batch import import_local_file


class Command(SiapEksporCommand):
    help = "Import enterprises from an xlsx, ods or csv file (see docs/import.md)."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--sheet", default="", help="Sheet name (hidden sheets only when named)."
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="Validate and report; write nothing."
        )
        parser.add_argument(
            "--report", default="", help="Write the row report to PATH (.xlsx or .csv)."
        )
        parser.add_argument(
            "--all-or-nothing", action="store_true", help="Write nothing if any row is rejected."
        )
        parser.add_argument("--source", default="", help="Source label stored on new enterprises.")
        parser.add_argument(
            "--revenue-period",
            choices=["yearly", "monthly"],
            default=None,
            help="What the revenue column holds (default: from its header, e.g. Omzet per Bulan).",
        )
        parser.add_argument("--user", default="", help="Username recorded as the importer.")

    def handle(self, *args, **opts):
        path = Path(opts["file"])
        if not path.is_file():
            self.fail(_("The file %(path)s does not exist.") % {"path": path})
        actor = None
        if opts["user"]:
            actor = User.objects.filter(username=opts["user"]).first()
            if actor is None:
                self.fail(_("Unknown user %(user)s.") % {"user": opts["user"]})
        else:
            actor = first_admin()
        bars: dict[str, object] = {}

        def progress(stage: str, n: int) -> None:
            bar = bars.get(stage)
            if bar is None:
                bar = bars[stage] = self.progress(None, stage)
            bar.update(n)

        try:
            result = import_local_file(
                actor=actor,
                path=path,
                sheet=opts["sheet"] or None,
                source=opts["source"],
                dry_run=opts["dry_run"],
                all_or_nothing=opts["all_or_nothing"],
                revenue_period=opts["revenue_period"],
                progress=progress,
            )
        except TabularError as exc:
            self.fail(_("The file was not imported: %(reason)s") % {"reason": exc.message})
        except DomainError as exc:  # no permission, a batch finished by another run
            self.fail(_("The file was not imported: %(reason)s") % {"reason": exc.message})
        finally:
            for bar in bars.values():
                bar.close()
        out = self.stdout
        out.write(
            _("File %(file)s, sheet %(sheet)s, header on row %(row)s, SHA-256 %(sha)s")
            % {
                "file": path.name,
                "sheet": result.sheet,
                "row": result.header.row,
                "sha": result.sha256,
            }
        )
        if result.header.unknown:
            out.write(
                _("Columns not recognised (not imported): %(cols)s")
                % {"cols": ", ".join(h for _i, h in result.header.unknown)}
            )
        if result.resumed:
            out.write(_("Completed the interrupted batch #%(id)s.") % {"id": result.batch.pk})
        elif result.batch is not None:
            out.write(_("Batch #%(id)s.") % {"id": result.batch.pk})
        if opts["dry_run"]:
            out.write(_("Dry run: nothing was written."))
        if result.batch is not None and result.batch.status == "refused":
            out.write(_("All or nothing: rows were rejected, so nothing was written."))
        rejected = [o for o in result.outcomes if o.outcome == "rejected"]
        for o in rejected[:20]:
            out.write(
                _("Rejected: sheet %(sheet)s row %(row)s: %(reason)s")
                % {"sheet": o.sheet, "row": o.row, "reason": o.reason}
            )
        if len(rejected) > 20:
            out.write(
                _("… and %(n)s more rejected rows (see the report).") % {"n": len(rejected) - 20}
            )
        if opts["report"]:
            report = Path(opts["report"])
            fmt = "csv" if report.suffix.lower() == ".csv" else "xlsx"
            report.touch(mode=0o600)  # rejected rows carry their cells: NIK, phone, owner
            report.chmod(0o600)
            write_report(report, result.headers, result.outcomes, fmt=fmt)
            out.write(_("Report written to %(path)s") % {"path": report})
        out.write(result.counts.line())
