"""siapekspor find-duplicates [--out FILE.csv] [--threshold 0.8] [--no-save]

Scores the registry for likely duplicates and adds new pairs to the officers' review queue.
With --out, writes every scored pair (ids, names, score, evidence) as csv.
"""

from __future__ import annotations

import csv

from django.utils.translation import gettext as _

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.tabular import escape_formula
from siapekspor.registry.dedup.evidence import describe
from siapekspor.registry.dedup.scoring import THRESHOLD
from siapekspor.registry.dedup.services import duplicates_find, duplicates_find_recorded
from siapekspor.registry.models import Enterprise


class Command(SiapEksporCommand):
    help = "Find likely duplicate enterprises and queue them for review."

    def add_arguments(self, parser):
        parser.add_argument("--out", default="", help="Write the scored pairs to this csv file.")
        parser.add_argument("--threshold", type=float, default=THRESHOLD)
        parser.add_argument(
            "--no-save", action="store_true", help="Do not add to the review queue."
        )

    def handle(self, *args, **opts):
        if opts["no_save"] or opts["threshold"] != THRESHOLD:
            summary = duplicates_find(threshold=opts["threshold"], save=not opts["no_save"])
        else:  # the usual run: recorded, so the duplicates page shows it as the last run
            summary = duplicates_find_recorded()
        if opts["out"]:
            ids = {p.first for p in summary.pairs} | {p.second for p in summary.pairs}
            names = dict(Enterprise.objects.filter(pk__in=ids).values_list("pk", "name"))
            with open(opts["out"], "w", newline="", encoding="utf-8") as fh:
                w = csv.writer(fh)
                w.writerow(
                    ["first_id", "first_name", "second_id", "second_name", "score", "evidence"]
                )
                for p in summary.pairs:
                    w.writerow(
                        [
                            p.first,
                            escape_formula(names.get(p.first, "")),
                            p.second,
                            escape_formula(names.get(p.second, "")),
                            f"{p.score:.4f}",
                            describe(p.reasons),
                        ]
                    )
        self.stdout.write(
            _(
                "%(records)s enterprises compared; %(pairs)s likely duplicate pairs; "
                "%(new)s new in the review queue."
            )
            % {
                "records": summary.records,
                "pairs": len(summary.pairs),
                "new": summary.new_candidates,
            }
        )
