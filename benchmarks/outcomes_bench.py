"""Outcomes benchmark (issue 6): 95,000 enterprises and 500,000 shipments.

    .venv/bin/python benchmarks/outcomes_bench.py [--enterprises 95000] [--shipments 500000]
        [--backend sqlite|postgres|both] [--requests 40]

Each backend runs in its own process on a scratch database (SQLite under a temporary
SIAPEKSPOR_VAR_DIR, or the PostgreSQL database `--pg-database`, default `bench_outcomes`,
dropped and re-created).
Times: rebuilding the export statuses and the KPI snapshot (target < 60 s); the dashboard
page and the KPI API, p50/p95 over N requests, both "cold" (cache cleared before every
request, so the figures are read from the snapshot tables) and "warm" (cached by the
generation key) — target p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
PG_SERVER = "postgres://postgres@127.0.0.1:5432"


def _p(times: list[float], q: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


def run_backend(enterprises: int, shipments: int, requests: int) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siapekspor.settings")
    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from siapekspor.accounts.models import Role, User
    from siapekspor.reporting.services import rebuild_indicators
    from siapekspor.shipments.demo import seed_shipments

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    vendor = connection.vendor
    from common import analyse_after_bulk_load, seed_database

    _summary, seconds = seed_database(enterprises, with_users=False)
    print(f"[{vendor}] seed-demo: {enterprises} enterprises in {seconds:.1f} s")
    t = time.perf_counter()
    summary = seed_shipments(count=shipments, exporter_share=0.06)
    print(
        f"[{vendor}] seed shipments: {summary.shipments} shipments, {summary.suppliers} "
        f"supplier shares in {time.perf_counter() - t:.1f} s"
    )
    analyse_after_bulk_load()

    try:  # since issue 11/12/14: statuses are refreshed by shipments, not by the rebuild
        from siapekspor.shipments.services import status_recompute
        from siapekspor.shipments.tasks import refresh_export_statuses  # noqa: F401

        t = time.perf_counter()
        status_recompute()
        print(f"[{vendor}] export statuses (shipments): {time.perf_counter() - t:.1f} s")
    except ImportError:  # earlier versions: the rebuild recomputes the statuses too
        pass
    rebuilds = []
    for _ in range(2):
        t = time.perf_counter()
        snapshot = rebuild_indicators()
        rebuilds.append(time.perf_counter() - t)
    from siapekspor.reporting.models import KpiCell, KpiTrend, KpiValue
    from siapekspor.shipments.models import ExportStatus

    exporting = sum(KpiCell.objects.filter(snapshot=snapshot).values_list("exporting", flat=True))
    print(
        f"[{vendor}] rebuild-indicators: {min(rebuilds):.1f} s best, {max(rebuilds):.1f} s "
        f"worst of {len(rebuilds)} (target < 60 s); {ExportStatus.objects.count()} statuses, "
        f"{exporting} exporting; rows: cells {KpiCell.objects.filter(snapshot=snapshot).count()}, "
        f"trend {KpiTrend.objects.filter(snapshot=snapshot).count()}, "
        f"values {KpiValue.objects.filter(snapshot=snapshot).count()}"
    )

    officer = User.objects.create_user(
        username="bench-officer", password="bench-pw-123456", role=Role.PROVINCE_OFFICER
    )
    partner = User.objects.create_user(
        username="bench-partner",
        password="bench-pw-123456",
        role=Role.PARTNER_OFFICER,
        partner_organisation="LPEI",
    )
    page_client = Client()
    page_client.force_login(officer)
    api_client = Client()
    api_client.force_login(partner)
    targets = [
        (
            "dashboard",
            page_client,
            [
                "/outcomes/",
                "/outcomes/?regency=18.71",
                "/outcomes/?sector=10",
                "/outcomes/?year=2024",
                "/ar/outcomes/",
            ],
        ),
        ("forecast", page_client, ["/outcomes/forecast/", "/en/outcomes/forecast/"]),
        (
            "KPI API summary",
            api_client,
            [
                "/api/v1/kpi/summary",
                "/api/v1/kpi/summary?regency=18.02",
                "/api/v1/kpi/summary?year=2024",
            ],
        ),
        ("KPI API values", api_client, ["/api/v1/kpi/values", "/api/v1/kpi/values?sector=10"]),
    ]
    for name, client, paths in targets:
        for mode in ("cold", "warm"):
            times = []
            for i in range(requests):
                path = paths[i % len(paths)]
                if mode == "cold":
                    cache.clear()
                t = time.perf_counter()
                response = client.get(path)
                times.append(time.perf_counter() - t)
                assert response.status_code == 200, (path, response.status_code)
            print(
                f"[{vendor}] {name} ({mode}): p50 {_p(times, 0.5):.0f} ms, "
                f"p95 {_p(times, 0.95):.0f} ms, max {max(times) * 1000:.0f} ms over "
                f"{requests} requests (target p95 < 200 ms)"
            )
    print(f"[{vendor}] median rebuild {statistics.median(rebuilds):.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=95_000)
    parser.add_argument("--shipments", type=int, default=500_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument(
        "--pg-database",
        default="bench_outcomes",
        help="Scratch PostgreSQL database (dropped and re-created; default bench_outcomes).",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_backend(args.enterprises, args.shipments, args.requests)
        return
    print(f"outcomes benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} CPUs")
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    for backend in backends:
        with tempfile.TemporaryDirectory(prefix="outcomes-bench-") as tmp:
            env = {**os.environ, "SIAPEKSPOR_VAR_DIR": tmp}
            env.pop("DATABASE_URL", None)
            if backend == "postgres":
                import psycopg
                import psycopg.sql

                name = psycopg.sql.Identifier(args.pg_database)
                with psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True) as conn:
                    conn.execute(
                        psycopg.sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name)
                    )
                    conn.execute(psycopg.sql.SQL("CREATE DATABASE {}").format(name))
                env["DATABASE_URL"] = f"{PG_SERVER}/{args.pg_database}"
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    "--enterprises",
                    str(args.enterprises),
                    "--shipments",
                    str(args.shipments),
                    "--requests",
                    str(args.requests),
                ],
                env=env,
                check=True,
            )


if __name__ == "__main__":
    main()
