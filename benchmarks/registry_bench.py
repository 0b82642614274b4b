"""Registry benchmark (issue 2): seed 95,000 enterprises, then time the list page and API.

    .venv/bin/python benchmarks/registry_bench.py [--enterprises 95000] [--backend sqlite|postgres|both]

Each backend runs in its own process on a scratch database (SQLite file under a temporary
directory, or the PostgreSQL database `bench_registry`, dropped and re-created). Requests go
through Django's test client in-process, so the figures are server time without a network.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

from common import percentile

PG_URL = "postgres://postgres@127.0.0.1:5432/bench_registry"


def _posted_search(client, term: str) -> str:
    """The results address the list page's search form leads to (POST, then redirect)."""
    response = client.post("/registry/enterprises/", {"q": term})
    assert response.status_code == 302, response.status_code
    return response["Location"]


def run_backend(count: int) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siapekspor.settings")
    django.setup()
    from common import analyse_after_bulk_load, seed_database
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from siapekspor.accounts.models import User
    from siapekspor.accounts.services import api_token_issue

    summary, seed_seconds = seed_database(count, collectstatic=True)  # pages as in production
    analyse_after_bulk_load()
    print(
        f"[{connection.vendor}] seed-demo: {summary.enterprises} enterprises, "
        f"{summary.products} products in {seed_seconds:.1f} s"
    )

    officer = User.objects.get(username="provinsi")
    regency_officer = User.objects.get(username="bandarlampung")
    _t, token = api_token_issue(user=officer, name="bench")
    web = Client()
    web.force_login(officer)
    web_regency = Client()
    web_regency.force_login(regency_officer)
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    cases = [
        ("list page 1", web, "/registry/enterprises/", {}),
        ("list page 2000", web, "/registry/enterprises/", {"page": 2000}),
        ("search name 'kopi'", web, "/registry/enterprises/", {"q": "kopi"}),
        (
            "filter regency+size",
            web,
            "/registry/enterprises/",
            {"regency": "18.02", "size_class": "micro"},
        ),
        # Owner searches travel by POST (issue 10): the results page is addressed by an
        # opaque search key; time the page an officer reads and pages through.
        ("owner word 'siti'", web, _posted_search(web, "siti"), {}),
        ("regency officer list", web_regency, "/registry/enterprises/", {}),
        ("home (counts)", web, "/", {}),
        ("API list page 1", api, "/api/v1/enterprises", {}),
        ("API list filtered", api, "/api/v1/enterprises", {"regency": "18.71", "kbli": "10"}),
        ("API search 'keripik'", api, "/api/v1/enterprises", {"q": "keripik"}),
        ("API owner search 'siti'", api, "POST /api/v1/enterprises/search", {"q": "siti"}),
    ]
    print(f"[{connection.vendor}] {'request':<24} {'p50 ms':>8} {'p95 ms':>8} {'queries':>8}")
    for label, client, path, params in cases:

        def call(client=client, path=path, params=params):
            if path.startswith("POST "):
                return client.post(path[5:], params, content_type="application/json")
            return client.get(path, params)

        call()  # warm up
        times = []
        for _ in range(40):
            t0 = time.perf_counter()
            response = call()
            times.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, (label, response.status_code)
        with CaptureQueriesContext(connection) as ctx:
            call()
        print(
            f"[{connection.vendor}] {label:<24} {statistics.median(times):8.1f} "
            f"{percentile(times, 95):8.1f} {len(ctx.captured_queries):8d}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=95_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_backend(args.enterprises)
        return
    print(f"registry benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} CPUs")
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    for backend in backends:
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "SIAPEKSPOR_VAR_DIR": tmp}
            env.pop("DATABASE_URL", None)
            if backend == "postgres":
                subprocess.run(
                    [
                        "psql",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                        "-qc",
                        "DROP DATABASE IF EXISTS bench_registry",
                    ],
                    check=True,
                )
                subprocess.run(
                    [
                        "psql",
                        "-h",
                        "127.0.0.1",
                        "-U",
                        "postgres",
                        "-d",
                        "postgres",
                        "-qc",
                        "CREATE DATABASE bench_registry",
                    ],
                    check=True,
                )
                env["DATABASE_URL"] = PG_URL
            subprocess.run(
                [sys.executable, __file__, "--child", "--enterprises", str(args.enterprises)],
                env=env,
                check=True,
            )


if __name__ == "__main__":
    main()
