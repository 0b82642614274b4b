"""siapekspor load-reference [--hs FILE] [--kbli FILE] [--regions FILE]"""

from pathlib import Path

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.registry import reference


class Command(SiapEksporCommand):
    help = (
        "Load reference data: without options, the curated tables shipped with SiapEkspor "
        "(Lampung regions, KBLI codes of IKM, HS 2022 chapters/headings and IKM HS6 codes); "
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
        parser.add_argument(
            "--regions-geojson",
            type=Path,
            help="GeoJSON of the regency outlines (property kode) for the map.",
        )
        parser.add_argument(
            "--builtin",
            action="store_true",
            help="Also (re)load the curated tables when files are given.",
        )

    def handle(self, *args, **options):
        files = [options["hs"], options["kbli"], options["regions"], options["regions_geojson"]]
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
            if options["regions_geojson"]:
                from siapekspor.reporting.geo import load_regions_geojson

                count, problems = load_regions_geojson(options["regions_geojson"])
                for problem in problems[:20]:
                    self.stderr.write(problem)
                self.stdout.write(f"regency outlines: {count}")
        except DomainError as exc:
            self.fail(exc.message)
        for summary in summaries:
            for problem in summary.problems[:20]:
                self.stderr.write(problem)
            self.stdout.write(summary.line())
