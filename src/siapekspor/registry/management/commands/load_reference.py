"""siapekspor load-reference [--hs FILE] [--kbli FILE] [--regions FILE]"""

from pathlib import Path

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.registry import reference
from siapekspor.registry.reference_hooks import reference_loaders


class Command(SiapEksporCommand):
    help = (
        "Load reference data: without options, the curated tables shipped with SiapEkspor "
        "(Lampung regions, KBLI codes of IKM, the complete HS 2022 nomenclature); "
        "with --hs/--kbli/--regions, complete official files (CSV, gzip allowed)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--hs",
            type=Path,
            help="HS 2022 list (hscode,description,level) "
            "or BTKI 2022 (hs_code,description_id,description_en,hs_level).",
        )
        parser.add_argument("--kbli", type=Path, help="KBLI 2020 list (code,judul).")
        parser.add_argument(
            "--regions", type=Path, help="Kemendagri code list (kode,nama,level) of the province."
        )
        for loader in reference_loaders():
            parser.add_argument(loader.option, type=Path, dest=loader.name, help=loader.help)
        parser.add_argument(
            "--builtin",
            action="store_true",
            help="Also (re)load the curated tables when files are given.",
        )

    def handle(self, *args, **options):
        extra = [loader for loader in reference_loaders() if options.get(loader.name)]
        files = [options["hs"], options["kbli"], options["regions"], *extra]
        summaries = []
        try:
            if options["builtin"] or not any(files):
                summaries += [
                    reference.load_regions_builtin(),
                    reference.load_kbli_builtin(),
                    reference.load_hs_builtin(),
                ]
            if options["regions"]:
                summaries.append(reference.load_regions_file(options["regions"]))
            if options["kbli"]:
                summaries.append(reference.load_kbli_file(options["kbli"]))
            if options["hs"]:
                summaries.append(reference.load_hs_file(options["hs"]))
            for loader in extra:
                count, problems = loader.load(options[loader.name])
                for problem in problems[:20]:
                    self.stderr.write(problem)
                self.stdout.write(f"{loader.label}: {count}")
        except DomainError as exc:
            self.fail(exc.message)
        for summary in summaries:
            for problem in summary.problems[:20]:
                self.stderr.write(problem)
            self.stdout.write(summary.line())
