"""Exact NIK / phone search benchmark (issue 13): p50/p95 at 95,000 enterprises.

    .venv/bin/python benchmarks/registry_search_bench.py [--enterprises 95000]
        [--backend sqlite|postgres|both] [--searches 200]

Each backend runs in its own process on a scratch database: a SQLite file in a temporary
directory, or the PostgreSQL database `bench_registry_search` (dropped and re-created on the
server of DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test). The registry is
seeded with `seed_demo` (95,000 synthetic enterprises, sealed NIK and phone with their blind
indexes). The searched numbers are those of enterprises picked at random, written the ways
officers type them (`1871 0141 0590 0321`, `0812-7822-5627`, `+62 813 1248 6940`).

Timed, in-process through Django's test client (server time, no network):
  - selector: the blind-index lookup alone (`selectors.enterprise_list`, count + page);
  - API GET /api/v1/enterprises?q=<NIK> (the search audited: one INSERT per request);
  - the list page's search: POST the form (audited), then GET the results page.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from urllib.parse import urlsplit, urlunsplit

from common import timed

DEFAULT_PG = "postgres://postgres@127.0.0.1:5432/test"
BENCH_DB = "bench_registry_search"


def spaced(nik: str) -> str:
    return " ".join(nik[i : i + 4] for i in range(0, 16, 4))


def local_dashed(phone: str) -> str:
    """+6281278225627 -> 0812-7822-5627"""
    local = "0" + phone[3:]
    return f"{local[:4]}-{local[4:8]}-{local[8:]}"


def international(phone: str) -> str:
    """+6281312486940 -> +62 813 1248 6940"""
    rest = phone[3:]
    return f"+62 {rest[:3]} {rest[3:7]} {rest[7:]}"


def run_backend(count: int, searches: int) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siapekspor.settings")
    django.setup()
    from common import analyse_after_bulk_load, seed_database
    from django.db import connection
    from django.test import Client

    from siapekspor.accounts.models import User
    from siapekspor.accounts.services import api_token_issue
    from siapekspor.core.crypto import unseal
    from siapekspor.registry import selectors
    from siapekspor.registry.models import Enterprise

    summary, seeded = seed_database(count, collectstatic=True)  # pages run as in production
    analyse_after_bulk_load()
    vendor = connection.vendor
    print(f"[{vendor}] seeded {summary.enterprises} enterprises in {seeded:.1f} s")

    rng = random.Random(13)
    ids = list(Enterprise.objects.values_list("pk", flat=True))
    picked = Enterprise.objects.filter(pk__in=rng.sample(ids, searches))
    people = [(unseal(e.nik_sealed), unseal(e.phone_sealed), e.pk) for e in picked]
    niks = [nik for nik, _p, _id in people]
    niks_typed = [spaced(nik) if i % 2 else nik for i, nik in enumerate(niks)]
    phones_typed = [
        local_dashed(phone) if i % 2 else international(phone)
        for i, (_n, phone, _id) in enumerate(people)
    ]

    officer = User.objects.get(username="provinsi")
    _t, token = api_token_issue(user=officer, name="bench")
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    web = Client()
    web.force_login(officer)

    # Every searched number finds its enterprise (the benchmark measures real hits).
    for (_n, _p, pk), typed in zip(people[:20], niks_typed[:20], strict=True):
        found = api.get("/api/v1/enterprises", {"q": typed}).json()
        assert pk in [item["id"] for item in found["items"]], typed

    def selector(term):
        qs = selectors.enterprise_list(officer, selectors.EnterpriseFilters(q=term, personal=True))
        return qs.count(), list(qs[:25])

    def api_get(term):
        response = api.get("/api/v1/enterprises", {"q": term})
        assert response.status_code == 200, response.status_code
        assert response.json()["count"] >= 1

    def page(case):
        term, pk = case
        posted = web.post("/registry/enterprises/", {"q": term})
        assert posted.status_code == 302, posted.status_code
        response = web.get(posted["Location"])
        assert response.status_code == 200
        assert f"/registry/enterprises/{pk}/".encode() in response.content, term

    timed("selector, exact NIK", selector, niks, prefix=f"[{vendor}] ", width=38)
    timed("API GET ?q=<NIK> (audited)", api_get, niks_typed, prefix=f"[{vendor}] ", width=38)
    timed("API GET ?q=<phone> (audited)", api_get, phones_typed, prefix=f"[{vendor}] ", width=38)
    cases = [(typed, pk) for typed, (_n, _p, pk) in zip(niks_typed, people, strict=True)]
    timed("list page: post NIK + results (audited)", page, cases, prefix=f"[{vendor}] ", width=38)


def _psql(url: str, sql: str) -> None:
    parts = urlsplit(url)
    admin = urlunsplit(parts._replace(path="/postgres"))
    subprocess.run(["psql", admin, "-qc", sql], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=95_000)
    parser.add_argument("--searches", type=int, default=200)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_backend(args.enterprises, args.searches)
        return
    print(
        f"registry search benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, "
        f"{os.cpu_count()} CPUs, {args.enterprises} enterprises"
    )
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    server = os.environ.get("DATABASE_URL", DEFAULT_PG)
    for backend in backends:
        with tempfile.TemporaryDirectory() as tmp:
            # Hundreds of API requests a minute from one token: the rate limit (200/min in
            # production) is not what is measured here.
            env = {
                **os.environ,
                "SIAPEKSPOR_VAR_DIR": tmp,
                "SIAPEKSPOR_API_RATE_LIMIT_PER_MINUTE": "100000",
            }
            env.pop("DATABASE_URL", None)
            if backend == "postgres":
                _psql(server, f"DROP DATABASE IF EXISTS {BENCH_DB}")
                _psql(server, f"CREATE DATABASE {BENCH_DB}")
                env["DATABASE_URL"] = urlunsplit(urlsplit(server)._replace(path=f"/{BENCH_DB}"))
                # Same single-machine mode as SQLite (secrets made in the scratch directory,
                # plain HTTP for the in-process client); only the database differs.
                env["SIAPEKSPOR_EMBEDDED"] = "1"
            try:
                subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        "--enterprises",
                        str(args.enterprises),
                        "--searches",
                        str(args.searches),
                    ],
                    env=env,
                    check=True,
                )
            finally:
                if backend == "postgres":
                    _psql(server, f"DROP DATABASE IF EXISTS {BENCH_DB}")


if __name__ == "__main__":
    main()
