"""siapekspor trade load|load-geodist|load-gdp|load-weo|load-tariffs|load-production|synthetic|status|warm"""

from __future__ import annotations

import json
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from siapekspor.core.commands import SiapEksporCommand
from siapekspor.core.errors import DomainError
from siapekspor.markets import selectors, services
from siapekspor.markets.engine.synthetic import PRESETS
from siapekspor.markets.management.commands._common import (
    add_language_option,
    progress_bar,
    table,
)


class Command(SiapEksporCommand):
    help = (
        "Manage the trade-statistics store (Parquet under var/trade/): load CEPII BACI, "
        "UN Comtrade or any long CSV; load GeoDist, World Bank GDP/population, tariffs and "
        "BPS production; generate synthetic demo data; show what is loaded."
    )

    def add_arguments(self, parser):
        languages = [code for code, _name in settings.LANGUAGES]
        sub = parser.add_subparsers(dest="action", required=True, metavar="ACTION")

        load = sub.add_parser(
            "load",
            help="Load trade-flow files (BACI .csv/.csv.gz/.zip, "
            "directories of BACI files, Comtrade extracts, long CSVs).",
        )
        load.add_argument("paths", nargs="+", type=Path)
        load.add_argument("--format", choices=["auto", "baci", "comtrade", "long"], default="auto")
        load.add_argument(
            "--columns",
            help="For --format long: exporter=COL,importer=COL,"
            "product=COL,year=COL,value=COL[,quantity=COL]",
        )
        load.add_argument(
            "--value-unit",
            choices=["usd", "thousand"],
            default="usd",
            help="Unit of a long table's value column (BACI is converted itself).",
        )
        load.add_argument("--hs-revision", help="e.g. HS12 (BACI files carry it in the name).")
        load.add_argument(
            "--country-codes", type=Path, help="BACI country_codes file, if not next to the data."
        )
        load.add_argument(
            "--product-codes", type=Path, help="BACI product_codes file, if not next to the data."
        )

        geodist = sub.add_parser("load-geodist", help="Load CEPII GeoDist (dist_cepii, geo_cepii).")
        geodist.add_argument("--dist", type=Path, help="dist_cepii (.csv or .csv.gz)")
        geodist.add_argument("--geo", type=Path, help="geo_cepii (.csv)")

        gdp = sub.add_parser("load-gdp", help="Load World Bank GDP or population (long or wide).")
        gdp.add_argument("path", type=Path)
        gdp.add_argument("--indicator", choices=["gdp", "population", "gdp_per_capita"])

        weo = sub.add_parser(
            "load-weo",
            help="Load IMF WEO real GDP growth (NGDP_RPCH) for projections from forecasts.",
        )
        weo.add_argument("path", type=Path)

        tariffs = sub.add_parser(
            "load-tariffs",
            help="Load destination tariff schedules (USA HTS with additional duties on "
            "Indonesia, Japan with IJEPA/AJCEP/RCEP, Australia with IA-CEPA; files or their "
            "folder) or WITS/TRAINS / WTO IDB tariff files.",
        )
        tariffs.add_argument("paths", nargs="+", type=Path)
        tariffs.add_argument(
            "--columns",
            help="For other tables: importer=COL,partner=COL,"
            "product=COL,year=COL,rate=COL[,regime=COL]",
        )

        provx = sub.add_parser(
            "load-province-exports",
            help="Load the province's own exports: BPS tables by province of origin (Kode HS, "
            "Negara Tujuan, Tahun, Nilai FOB), e-SKA records (Tanggal, Kode HS, Negara Tujuan, "
            "Nilai FOB) or the BPS sector table by province.",
        )
        provx.add_argument("paths", nargs="+", type=Path)

        production = sub.add_parser(
            "load-production",
            help="Load the BPS estate-crop table (wilayah, komoditas, tahun, measure, value).",
        )
        production.add_argument("path", type=Path)

        synthetic = sub.add_parser("synthetic", help="Generate and load SYNTHETIC demo data.")
        synthetic.add_argument("--size", choices=sorted(PRESETS), default="demo")
        synthetic.add_argument("--seed", type=int, default=20250101)
        synthetic.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing when the store already holds trade flows.",
        )

        status = sub.add_parser("status", help="Show sources, years and rows in the store.")
        status.add_argument("--format", choices=["table", "json"], default="table")

        warm = sub.add_parser("warm", help="Precompute market indicators for an exporter.")
        warm.add_argument("--exporter", default="IDN")
        warm.add_argument("--year", type=int)
        for p in (load, geodist, gdp, weo, tariffs, provx, production, synthetic, status, warm):
            add_language_option(p, languages)

    def handle(self, *args, **options):
        action = options["action"].replace("-", "_")
        try:
            getattr(self, f"do_{action}")(options)
        except DomainError as exc:
            self.fail(exc.message)

    def do_load(self, options):
        update, close = progress_bar(_("Loading"))
        try:
            summaries = services.trade_load(
                paths=options["paths"],
                format=options["format"],
                columns=options["columns"],
                value_unit=options["value_unit"],
                hs_revision=options["hs_revision"],
                country_codes=options["country_codes"],
                product_codes=options["product_codes"],
                progress=update,
            )
        finally:
            close()
        for s in summaries:
            unknown = ", ".join(f"{code}×{n}" for code, n in list(s.unknown_countries.items())[:8])
            self.stdout.write(
                _(
                    "%(source)s: read %(read)s rows, kept %(kept)s (years %(years)s); unknown "
                    "countries %(countries)s rows%(list)s; unknown products %(products)s; negative "
                    "%(negative)s, missing %(missing)s, zero %(zero)s; merged duplicates %(dups)s; "
                    "%(seconds)s s."
                )
                % {
                    "source": s.source,
                    "read": f"{s.rows_read:,}",
                    "kept": f"{s.rows_kept:,}",
                    "years": ", ".join(map(str, s.years)) or "—",
                    "countries": s.unknown_country_rows,
                    "list": f" ({unknown})" if unknown else "",
                    "products": "—" if s.unknown_product_rows is None else s.unknown_product_rows,
                    "negative": s.negative_values,
                    "missing": s.missing_values,
                    "zero": s.zero_values,
                    "dups": s.duplicate_rows,
                    "seconds": s.seconds,
                }
            )
            self.stdout.write("  " + s.value_note)
            if s.synthetic:
                self.stdout.write(self.style.WARNING(_("  SYNTHETIC data: not real trade.")))
        total = sum(s.rows_kept for s in summaries)
        self.stdout.write(
            self.style.SUCCESS(
                _("Loaded %(files)s file(s), %(rows)s flows.")
                % {"files": len(summaries), "rows": f"{total:,}"}
            )
        )

    def do_load_geodist(self, options):
        if not options["dist"] and not options["geo"]:
            self.fail(_("Give --dist (dist_cepii) and/or --geo (geo_cepii)."))
        info = services.trade_load_geodist(dist=options["dist"], geo=options["geo"])
        self.stdout.write(self.style.SUCCESS(_("GeoDist loaded: %(info)s") % {"info": info}))

    def do_load_gdp(self, options):
        info = services.trade_load_macro(path=options["path"], indicator=options["indicator"])
        self.stdout.write(self.style.SUCCESS(_("Indicator loaded: %(info)s") % {"info": info}))

    def do_load_province_exports(self, options):
        for info in services.trade_load_province_exports(paths=options["paths"]):
            if info["kind"] == "sector":
                self.stdout.write(
                    self.style.SUCCESS(
                        _("%(file)s: the province's sector exports, years %(years)s.")
                        % {"file": info["file"], "years": ", ".join(map(str, info["years"]))}
                    )
                )
                continue
            self.stdout.write(
                self.style.SUCCESS(
                    _(
                        "%(file)s (%(kind)s): read %(read)s rows, kept %(kept)s, other provinces "
                        "%(other)s, dropped %(dropped)s; unknown destinations: %(unknown)s; "
                        "years %(years)s."
                    )
                    % {
                        "file": info["file"],
                        "kind": info["kind"],
                        "read": info["rows_read"],
                        "kept": info["rows_kept"],
                        "other": info["rows_other_province"],
                        "dropped": info["rows_dropped"],
                        "unknown": ", ".join(info["unknown_destinations"]) or "–",
                        "years": ", ".join(map(str, info["years"])),
                    }
                )
            )

    def do_load_weo(self, options):
        info = services.trade_load_weo(path=options["path"])
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "%(file)s: real GDP growth for %(n)s economies, forecasts from %(first)s "
                    "to %(last)s (WEO %(vintage)s)."
                )
                % {
                    "file": info["file"],
                    "n": info["economies"],
                    "first": info["first_forecast_year"],
                    "last": info["last_year"],
                    "vintage": info["vintage"],
                }
            )
        )

    def do_load_tariffs(self, options):
        for info in services.trade_load_tariffs(paths=options["paths"], columns=options["columns"]):
            if info.get("kind") == "us_add":
                self.stdout.write(
                    self.style.SUCCESS(
                        _("%(file)s: US additional duties on Indonesia, %(n)s periods.")
                        % {"file": info["file"], "n": info.get("intervals", 0)}
                    )
                )
                continue
            self.stdout.write(
                self.style.SUCCESS(
                    _("%(file)s: %(rows)s HS6 rates for importers %(importers)s, years %(years)s.")
                    % {
                        "file": info["file"],
                        "rows": f"{info['rows']:,}",
                        "importers": ", ".join(info["importers"]),
                        "years": ", ".join(map(str, info["years"])),
                    }
                )
            )

    def do_load_production(self, options):
        info = services.trade_load_production(path=options["path"])
        self.stdout.write(
            self.style.SUCCESS(
                _("Production table loaded: %(rows)s rows.") % {"rows": info["rows"]}
            )
        )

    def do_synthetic(self, options):
        update, close = progress_bar(_("Synthetic data"))
        try:
            info = services.trade_synthetic(
                size=options["size"],
                seed=options["seed"],
                if_empty=options["if_empty"],
                progress=update,
            )
        finally:
            close()
        if info is None:
            self.stdout.write(_("The trade store already holds data; nothing generated."))
            return
        rows = sum(info["rows_per_year"].values())
        self.stdout.write(
            self.style.WARNING(
                _(
                    "SYNTHETIC trade data loaded (not real): %(rows)s flows, %(countries)s countries, "
                    "%(products)s products, years %(years)s."
                )
                % {
                    "rows": f"{rows:,}",
                    "countries": info["countries"],
                    "products": info["products"],
                    "years": ", ".join(map(str, info["years"])),
                }
            )
        )

    def do_status(self, options):
        status = selectors.store_status()
        if options["format"] == "json":
            self.stdout.write(json.dumps(status, indent=2, default=str))
            return
        rows = [
            [
                s["source"],
                s["kind"] or "",
                ",".join(map(str, s["years"] or [])),
                f"{s['rows'] or 0:,}",
                s["hs_revision"] or "",
                _("yes") if s["synthetic"] else "",
            ]
            for s in status["sources"]
        ]
        header = [_("source"), _("kind"), _("years"), _("rows"), _("HS"), _("synthetic")]
        self.stdout.write(table(rows, header) if rows else _("The trade store is empty."))
        for name in sorted(status["reference"]):
            self.stdout.write(_("reference table: %(name)s") % {"name": name})
        self.stdout.write(
            _("%(rows)s flows in %(n)s source(s) under %(root)s.")
            % {"rows": f"{status['rows']:,}", "n": len(status["sources"]), "root": status["root"]}
        )

    def do_warm(self, options):
        rows = services.trade_warm(exporter=options["exporter"].upper(), year=options["year"])
        self.stdout.write(
            self.style.SUCCESS(_("Market indicators ready: %(rows)s rows.") % {"rows": f"{rows:,}"})
        )
