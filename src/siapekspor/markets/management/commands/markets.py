"""siapekspor markets complexity|recommend|province|diversify"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import pandas as pd
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.markets import selectors
from siapekspor.markets.engine import reference
from siapekspor.markets.engine.complexity import (
    ATLAS_MIN_EXPORTS,
    OUTPUT_FILE_COLUMNS,
    atlas_filter,
    compute_complexity,
    read_table,
    write_table,
)
from siapekspor.markets.engine.ingest import parse_mapping
from siapekspor.markets.engine.store import TradeStoreError
from siapekspor.markets.engine.texts import money, normalise_language, percent
from siapekspor.markets.management.commands._common import add_language_option, table


class Command(SiapEksporCommand):
    help = (
        "Market intelligence: economic complexity of any long table, ranked destination "
        "markets for an HS6 product, the province view and diversification candidates."
    )

    def add_arguments(self, parser):
        languages = [code for code, _name in settings.LANGUAGES]
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

        cx = sub.add_parser("complexity", help="RCA, M, density, ECI, PCI, COI, COG of a table.")
        cx.add_argument("--input", required=True, type=Path, help="CSV (gzip allowed)")
        cx.add_argument(
            "--columns",
            required=True,
            help="time=COL,loc=COL,prod=COL,val=COL[,pop=COL] (duplicates are summed; pop "
            "feeds the population filter, else World Bank population from the store)",
        )
        cx.add_argument(
            "--out",
            required=True,
            type=Path,
            help="File to write: .parquet (Parquet), .csv or .csv.gz (CSV)",
        )
        cx.add_argument("--rca-threshold", type=float, default=1.0)
        cx.add_argument(
            "--filters",
            action=argparse.BooleanOptionalAction,
            default=True,
            help="Atlas-style filters before computing (default on): population ≥ 1 million "
            "(World Bank population in the trade store), average exports ≥ US$1 billion, "
            "exports in every year; --no-filters keeps every location",
        )
        cx.add_argument(
            "--population-unit",
            choices=["persons", "thousand", "million"],
            default="persons",
            help="Unit of a pop=COL column given in --columns (population filter)",
        )
        cx.add_argument(
            "--value-unit",
            choices=["usd", "thousand", "million"],
            default="usd",
            help="Unit of the value column, for the US$1 billion filter",
        )

        rec = sub.add_parser("recommend", help="Ranked destination markets for an HS6 product.")
        rec.add_argument("--hs", required=True, help="6-digit HS code, e.g. 090111")
        rec.add_argument("--exporter", default="IDN", help="ISO3 code (default IDN)")
        rec.add_argument("--year", type=int)
        rec.add_argument("--top", type=int, default=10)
        rec.add_argument("--weights", help="e.g. market_size=0.4,growth=0.2")
        rec.add_argument("--format", choices=["table", "csv", "json"], default="table")

        prov = sub.add_parser("province", help="National potential scaled to the province.")
        prov.add_argument("--hs", required=True)
        prov.add_argument(
            "--share",
            type=float,
            help="Province share (0–1); default from the BPS production table",
        )
        prov.add_argument("--exporter", default="IDN")
        prov.add_argument("--year", type=int)
        prov.add_argument("--top", type=int, default=10)
        prov.add_argument("--format", choices=["table", "csv", "json"], default="table")

        div = sub.add_parser("diversify", help="Products close to the province's (density, PCI).")
        div.add_argument(
            "--present",
            help="HS codes or prefixes the province exports well, "
            "comma-separated; default: commodities with ≥ --min-share of national "
            "production (BPS table)",
        )
        div.add_argument("--min-share", type=float, default=0.05)
        div.add_argument("--year", type=int)
        div.add_argument("--top", type=int, default=20)
        div.add_argument("--format", choices=["table", "csv", "json"], default="table")
        for p in (cx, rec, prov, div):
            add_language_option(p, languages)

    def handle(self, *args, **options):
        try:
            getattr(self, f"do_{options['action']}")(options)
        except DomainError as exc:
            self.fail(exc.message)
        except TradeStoreError as exc:
            self.fail(_("The trade data could not be used: %(detail)s") % {"detail": exc})

    def _emit(self, frame: pd.DataFrame, fmt: str, rows: list[list[str]], header: list[str]):
        if fmt == "csv":
            frame.to_csv(self.stdout, index=False)
        elif fmt == "json":
            self.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=2))
        else:
            self.stdout.write(table(rows, header))

    def do_complexity(self, options):
        try:
            mapping = parse_mapping(options["columns"], ("time", "loc", "prod", "val", "pop"))
        except TradeStoreError as exc:
            self.fail(_("Bad --columns: %(detail)s") % {"detail": exc})
        missing = {"time", "loc", "prod", "val"} - set(mapping)
        if missing:
            self.fail(
                _("--columns must name time, loc, prod and val (missing: %(cols)s).")
                % {"cols": ", ".join(sorted(missing))}
            )
        if not options["input"].exists():
            self.fail(_("File not found: %(path)s") % {"path": options["input"]})
        pop_column = mapping.pop("pop", None)
        out_name = options["out"].name.lower()
        if not out_name.endswith((".parquet", ".csv", ".csv.gz")):
            self.fail(_("--out must end in .parquet, .csv or .csv.gz."))
        started = time.perf_counter()
        try:
            frame = read_table(
                options["input"], {**mapping, **({"pop": pop_column} if pop_column else {})}
            )
        except (KeyError, ValueError, OSError) as exc:
            self.fail(
                _("Columns %(cols)s are not in %(path)s.")
                % {"cols": ", ".join(mapping.values()), "path": options["input"].name}
                + f" ({exc})"
            )
        report = None
        if options["filters"]:
            scale = {"usd": 1.0, "thousand": 1e3, "million": 1e6}[options["value_unit"]]
            if pop_column:
                unit = {"persons": 1.0, "thousand": 1e3, "million": 1e6}
                population = pd.DataFrame(
                    {
                        "loc": frame[mapping["loc"]].astype(str),
                        "pop": pd.to_numeric(frame[pop_column], errors="coerce")
                        * unit[options["population_unit"]],
                    }
                )
            else:
                population = reference.macro(selectors.trade_store(), "population")
                if population is not None:
                    population = population.rename(columns={"iso3": "loc", "value": "pop"})
            frame, report = atlas_filter(
                frame,
                mapping,
                population=population,
                min_exports=ATLAS_MIN_EXPORTS / scale,
            )
        out = compute_complexity(frame, mapping, rca_threshold=options["rca_threshold"])
        out = out[OUTPUT_FILE_COLUMNS]
        write_table(out, options["out"])
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Complexity of %(locs)s locations × %(prods)s products over %(years)s year(s) written "
                    "to %(out)s (%(rows)s rows, %(seconds).1f s)."
                )
                % {
                    "locs": out["loc"].nunique(),
                    "prods": out["prod"].nunique(),
                    "years": out["time"].nunique(),
                    "out": options["out"],
                    "rows": f"{len(out):,}",
                    "seconds": time.perf_counter() - started,
                }
            )
        )
        if report is not None:
            self.stdout.write(
                _("Atlas filters: %(kept)s locations kept, %(dropped)s left out (%(list)s).")
                % {
                    "kept": len(report.kept),
                    "dropped": len(report.dropped),
                    "list": ", ".join(sorted(report.dropped)[:12])
                    + (" …" if len(report.dropped) > 12 else ""),
                }
            )
            if "population" in report.missing:
                self.stdout.write(
                    _(
                        "The population filter was not applied: World Bank population is not "
                        "loaded (siapekspor trade load-gdp FILE --indicator population)."
                    )
                )

    def do_recommend(self, options):
        language = normalise_language(options.get("language") or get_language())
        result = selectors.product_markets(
            options["hs"].replace(".", ""),
            exporter=options["exporter"].upper(),
            year=options["year"],
            top=options["top"],
            weights=options["weights"],
            language=language,
        )
        frame = pd.DataFrame(
            [
                {
                    **{k: v for k, v in vars(m).items() if k != "components"},
                    **{f"n_{k}": v for k, v in m.components.items()},
                }
                for m in result.markets
            ]
        )
        rows = [
            [
                str(m.rank),
                m.country,
                f"{m.score:.0f}",
                money(m.imports_usd, language),
                percent(m.exporter_share, language),
                money(m.untapped_usd, language),
            ]
            for m in result.markets
        ]
        header = ["#", _("market"), _("score"), _("imports"), _("share"), _("untapped")]
        if options["format"] == "json":
            payload = {
                "hs": result.hs,
                "exporter": result.exporter,
                "year": result.year,
                "synthetic": result.synthetic,
                "weights": result.weights,
                "caveats": result.caveats,
                "notes": result.notes,
                "markets": json.loads(frame.to_json(orient="records", force_ascii=False)),
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
        else:
            self._emit(frame, options["format"], rows, header)
        if options["format"] == "table":
            for m in result.markets:
                self.stdout.write(f"{m.rank}. {m.reason}")
            self.stdout.write(
                _("Weights: %(w)s")
                % {"w": ", ".join(f"{k}={v:g}" for k, v in result.weights.items())}
            )
            for caveat in result.caveats:
                self.stdout.write(f"  - {caveat}")
        elif options["format"] == "csv":
            for caveat in result.caveats:  # a CSV file has no room for them: stderr
                self.stderr.write(caveat)
        if result.synthetic:
            sys.stderr.write(_("Warning: the trade data is SYNTHETIC (demo), not real.") + "\n")
        self.stderr.write(
            _("%(n)s markets ranked for %(hs)s (%(year)s).")
            % {"n": len(result.markets), "hs": result.hs, "year": result.year}
        )

    def do_province(self, options):
        hs = options["hs"].replace(".", "")
        language = normalise_language(options.get("language") or get_language())
        fmt = options["format"]
        if options["share"] is not None:
            from siapekspor.markets.engine.province import province_potential

            frame = province_potential(
                selectors.trade_store(),
                hs,
                share=options["share"],
                share_note=_("given on the command line"),
                exporter=options["exporter"].upper(),
                year=options["year"],
            )
            frame = frame.drop(columns=["factors_missing"], errors="ignore")
            basis, share, year, total, sources = "given", options["share"], None, None, []
            note = _("Province share used: %(share)s (%(note)s)") % {
                "share": percent(options["share"], language),
                "note": _("given on the command line"),
            }
        else:
            view = selectors.province_view(
                hs, exporter=options["exporter"].upper(), year=options["year"], top=10_000
            )
            if view is None:
                self.fail(
                    _(
                        "No province view for %(hs)s: it is not one of the province's products "
                        "(coffee, pepper, cocoa, shrimp, fish, seaweed, tapioca, pineapple, "
                        "coconut, palm oil, crafts) or no trade data covers it."
                    )
                    % {"hs": hs}
                )
            frame = pd.DataFrame(view.rows).drop(columns=["factors_missing"], errors="ignore")
            basis, share, year = view.basis, view.share, view.year
            total, sources = view.province_total_usd, [view.province_source, view.national_source]
            note = self._province_note(view, language)
        frame = frame.head(options["top"])
        if fmt == "json":
            payload = {
                "hs": hs,
                "basis": basis,
                "share": share,
                "year": year,
                "province_total_usd": total,
                "sources": [s for s in sources if s],
                "note": note,
                "rows": json.loads(frame.to_json(orient="records", force_ascii=False)),
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        if fmt == "csv":
            frame.to_csv(self.stdout, index=False)
            self.stderr.write(note)  # a CSV file has no room for it
            return
        self.stdout.write(note)
        own = basis == "own_exports"

        def cell(r: dict, key: str) -> str:
            value = r.get(key)
            return "–" if value is None or pd.isna(value) else money(float(value), language)

        rows = [
            [
                r["importer"],
                cell(r, "province_exports_usd" if own else "province_exports_est_usd"),
                cell(r, "province_potential_usd"),
                cell(r, "province_untapped_usd"),
            ]
            for r in frame.to_dict("records")
        ]
        self.stdout.write(
            table(
                rows,
                [
                    _("market"),
                    _("province exports") if own else _("estimated province exports"),
                    _("province potential"),
                    _("province untapped"),
                ],
            )
        )

    def _province_note(self, view, language: str) -> str:
        if view.basis == "own_exports":
            note = _(
                "The province's own exports drive this view: %(total)s in %(year)s (%(sources)s)."
            ) % {
                "total": money(view.province_total_usd or 0.0, language),
                "year": view.year,
                "sources": view.province_source,
            }
            if view.share is not None:
                note += " " + _(
                    "That is %(share)s of Indonesia's exports of the product; markets where the "
                    "province does not sell yet get national untapped potential × that share."
                ) % {"share": percent(view.share, language)}
            coarse = [n for n in view.hs_levels if n < 6]
            if coarse:
                note += " " + _(
                    "The province's figures are at HS %(levels)s-digit level, so they cover "
                    "more than this product."
                ) % {"levels": ", ".join(map(str, coarse))}
            return note
        if view.basis == "production_share":
            return _("Province share used: %(share)s (%(note)s)") % {
                "share": percent(view.share, language),
                "note": _("%(year)s: %(prov)s t of %(nat)s t; %(psrc)s; %(nsrc)s")
                % {
                    "year": view.year,
                    "prov": f"{view.province_tonnes:,.0f}",
                    "nat": f"{view.national_tonnes:,.0f}",
                    "psrc": view.province_source,
                    "nsrc": view.national_source,
                },
            }
        if view.basis == "sector_share":
            return _(
                "No figures of the province for this product: its share of national "
                "agriculture-sector exports, %(share)s (%(year)s), scales national potential "
                "(%(source)s)."
            ) % {
                "share": percent(view.share, language),
                "year": view.year,
                "source": view.province_source,
            }
        return _(
            "No province figures are loaded for this product: the national markets are shown "
            "(load them with `siapekspor trade load-province-exports FILE`)."
        )

    def do_diversify(self, options):
        present = [p.strip() for p in (options["present"] or "").split(",") if p.strip()]
        if not present:
            shares = selectors.province_share_table(options["year"])
            if shares is None:
                self.fail(
                    _(
                        "Give --present (HS codes) or load the BPS production table with "
                        "`siapekspor trade load-production FILE`."
                    )
                )
            chosen = shares[shares["share"] >= options["min_share"]]
            present = sorted({code for codes in chosen["hs_codes"] for code in codes})
        frame = selectors.province_diversification(
            present, year=options["year"], top=options["top"]
        )
        products = selectors.products_in(frame["product"])
        rows = [
            [
                str(r["rank"]),
                r["product"],
                f"{r['density']:.3f}",
                f"{r['pci']:.2f}",
                (products[r["product"]].description[:60] if r["product"] in products else ""),
            ]
            for r in frame.to_dict("records")
        ]
        self.stdout.write(
            _("Products the province already does well: %(codes)s")
            % {"codes": ", ".join(frame.attrs.get("present_matched", present))}
        )
        self._emit(
            frame, options["format"], rows, ["#", _("HS"), _("density"), _("PCI"), _("description")]
        )
