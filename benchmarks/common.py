"""What the benchmarks share: a migrated scratch database with the built-in reference data and
the demo enterprises (`registry.demo.seed_demo`, seed 2022), and the timing figures. Not a
benchmark itself (the Makefile runs `*_bench.py`); the seeding runs after `django.setup()`."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

DEMO_SEED = 2022


def seed_database(count: int, *, with_users: bool = True, collectstatic: bool = False):
    """Migrate, load the built-in regions, KBLI and HS codes and seed `count` demo
    enterprises; `collectstatic` too when pages are served as in production. Returns the
    seeding's `SeedSummary` and its seconds (the seeding alone)."""
    from django.core.management import call_command

    from siapekspor.registry import reference
    from siapekspor.registry.demo import seed_demo

    call_command("migrate", verbosity=0)
    if collectstatic:
        call_command("collectstatic", interactive=False, verbosity=0)
    reference.load_regions_builtin()
    reference.load_kbli_builtin()
    reference.load_hs_builtin()
    started = time.perf_counter()
    summary = seed_demo(count=count, seed=DEMO_SEED, with_users=with_users)
    return summary, time.perf_counter() - started


def analyse_after_bulk_load() -> None:
    """On PostgreSQL, what autovacuum does shortly after a bulk load: statistics and the
    visibility map (index-only scans for counts and deep pages need it)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")


def percentile(values: Sequence[float], pct: float) -> float:
    """The value at `pct` % of the sorted values (nearest rank)."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(
    label: str,
    call: Callable[[str], object],
    terms: Sequence[str],
    *,
    prefix: str = "",
    width: int = 36,
) -> None:
    """Call once per term (after one warm-up call) and print the median and 95th percentile."""
    call(terms[0])
    times = []
    for term in terms:
        t0 = time.perf_counter()
        call(term)
        times.append((time.perf_counter() - t0) * 1000)
    print(
        f"{prefix}{label:<{width}} n={len(times):4d} p50 {statistics.median(times):7.2f} ms"
        f"   p95 {percentile(times, 95):7.2f} ms"
    )
