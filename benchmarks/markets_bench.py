"""Benchmark the market-intelligence engine on a synthetic BACI-sized year.

    python benchmarks/markets_bench.py --size full      # ≈ 200 × 200 × 5,000, 11 M flows
    python benchmarks/markets_bench.py --size small     # 120 countries × 1,000 products

Steps and targets (issue 4):
  1. load the BACI-shaped CSV into the Parquet store                      target < 120 s
  2. all-country RCA, density, ECI, PCI (+ COI, COG) from the store           target < 5 s
  3. recommendations for every HS6 product Indonesia exports (cold cache)  target < 60 s
  4. complexity end to end, read → compute → write, the way `siapekspor markets complexity`
     runs it (the exporter × product CSV in, Parquet out), against `ecomplexity` 0.5.3 doing
     the same in the same run (pandas read_csv → ecomplexity → to_parquet): both times, the
     ratio (issue 12 target ≥ 10×), the compute-only ratio, and the largest absolute
     difference per indicator
Peak memory is the process's resident high-water mark (resource.getrusage) after each step;
`ecomplexity` runs last so the figures before it are the engine's own.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import json
import os
import platform
import resource
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from siapekspor.markets.engine import reference  # noqa: E402
from siapekspor.markets.engine.complexity import (  # noqa: E402
    complexity_file,
    compute_complexity,
)
from siapekspor.markets.engine.recommend import recommend, recommend_all  # noqa: E402
from siapekspor.markets.engine.store import TradeStore  # noqa: E402
from siapekspor.markets.engine.synthetic import generate  # noqa: E402

TARGETS = {"load": 120.0, "complexity": 5.0, "recommend_all": 60.0}


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def step(results: dict, name: str, fn):
    started = time.perf_counter()
    value = fn()
    seconds = time.perf_counter() - started
    results[name] = {"seconds": round(seconds, 2), "peak_mib": round(peak_mib())}
    target = TARGETS.get(name)
    verdict = "" if target is None else (" ok" if seconds < target else " SLOWER THAN TARGET")
    load = os.getloadavg()[0]
    results[name]["load_avg_1min"] = round(load, 2)
    print(
        f"{name:<22} {seconds:8.2f} s   peak {peak_mib():7.0f} MiB   load {load:4.1f}"
        + (f"   target < {target:.0f} s{verdict}" if target else ""),
        flush=True,
    )
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", choices=["tiny", "small", "full"], default="full")
    parser.add_argument(
        "--workdir",
        type=Path,
        default=None,
        help="where the synthetic files and the store go (default: a temp dir)",
    )
    parser.add_argument("--skip-ecomplexity", action="store_true")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="run the complexity step this many times; the best time counts",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="reuse synthetic files already in --workdir (same size)",
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()

    work = args.workdir or Path(tempfile.mkdtemp(prefix="siapekspor-bench-"))
    raw, store_dir = work / "baci", work / "store"
    shutil.rmtree(store_dir, ignore_errors=True)
    results: dict = {
        "date": dt.date.today().isoformat(),
        "size": args.size,
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}",
    }
    print(
        f"SiapEkspor market engine benchmark — {results['date']} — size {args.size} — "
        f"{results['machine']}"
    )
    print("(load = 1-minute load average after each step: other processes share the CPUs)")

    marker = raw / "SYNTHETIC.json"
    if args.reuse and marker.exists() and json.loads(marker.read_text())["size"] == args.size:
        info = json.loads(marker.read_text())
        print(f"{'generate_synthetic':<22} reused {raw}")
    else:
        info = step(results, "generate_synthetic", lambda: generate(raw, size=args.size))
    rows = sum(info["rows_per_year"].values())
    results["flows"] = rows
    print(f"{'':22} {rows:,} flows, {info['countries']} countries × {info['products']} products")
    store = TradeStore(store_dir)
    summaries = step(results, "load", lambda: store.load([raw]))
    assert sum(s.rows_kept for s in summaries) == rows
    # Distances make the potential computation do its full work (the distance factor).
    step(
        results,
        "load_geodist",
        lambda: reference.load_geodist(
            store, raw / "dist_capitals_approx.csv", raw / "geo_capitals_approx.csv"
        ),
    )

    def complexity():
        exports = store.exports_by_product()
        return exports, compute_complexity(exports)

    exports, ours = step(results, "complexity", complexity)
    times = [results["complexity"]["seconds"]]
    for _ in range(max(args.repeat, 1) - 1):
        started = time.perf_counter()
        complexity()
        times.append(round(time.perf_counter() - started, 2))
    results["complexity"]["runs"] = times
    results["complexity"]["seconds"] = min(times)
    print(
        f"{'':22} runs {', '.join(f'{t:.2f}' for t in times)} s; best {min(times):.2f} s "
        f"(target < {TARGETS['complexity']:.0f} s: {'ok' if min(times) < 5 else 'SLOWER'})"
    )
    results["complexity_input_rows"] = len(exports)
    print(f"{'':22} input {len(exports):,} exporter × product values, output {len(ours):,} rows")

    table = step(results, "recommend_all", lambda: recommend_all(store, exporter="IDN", top=10))
    results["recommend_products"] = int(table["product"].nunique())
    print(
        f"{'':22} {results['recommend_products']:,} Indonesian HS6 products, "
        f"{len(table):,} ranked markets with sentences"
    )
    step(results, "recommend_one_cached", lambda: recommend(store, "090111", top=10))

    # End to end, as the command runs it: the exporter × product table as CSV in, Parquet out.
    cx_input = work / "exports_by_product.csv"
    exports.to_csv(cx_input, index=False)
    cols = {"time": "time", "loc": "loc", "prod": "prod", "val": "val"}
    ours_out = work / "complexity_ours.parquet"
    step(results, "complexity_end_to_end", lambda: complexity_file(cx_input, cols, ours_out))
    results["complexity_output_rows"] = len(pd.read_parquet(ours_out, columns=["time"]))

    if not args.skip_ecomplexity:
        from ecomplexity import ecomplexity

        ref_out = work / "complexity_ecomplexity.parquet"
        parts: dict[str, float] = {}

        def run_ecomplexity():
            started = time.perf_counter()
            frame = pd.read_csv(cx_input, dtype={"loc": str, "prod": str})
            parts["read"] = time.perf_counter() - started
            with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
                warnings.simplefilter("ignore")
                out = ecomplexity(frame, cols)
            parts["compute"] = time.perf_counter() - started - parts["read"]
            out[
                ["time", "loc", "prod", "rca", "mcp", "density", "pci", "eci", "coi", "cog"]
            ].to_parquet(ref_out, index=False)
            parts["write"] = time.perf_counter() - started - parts["read"] - parts["compute"]
            return out

        ref = step(results, "ecomplexity_end_to_end", run_ecomplexity)
        results["ecomplexity_parts"] = {k: round(v, 2) for k, v in parts.items()}
        ours_e2e = results["complexity_end_to_end"]["seconds"]
        ref_e2e = results["ecomplexity_end_to_end"]["seconds"]
        ours_s = results["complexity"]["seconds"]
        merged = ours.assign(loc=ours["loc"].astype(str), prod=ours["prod"].astype(str)).merge(
            ref.assign(loc=ref["loc"].astype(str), prod=ref["prod"].astype(str)),
            on=["time", "loc", "prod"],
            suffixes=("", "_ref"),
        )
        diffs = {
            c: float(np.nanmax(np.abs(merged[c] - merged[f"{c}_ref"])))
            for c in ("rca", "mcp", "density", "pci", "eci", "coi", "cog")
        }
        results["ecomplexity_ratio_end_to_end"] = round(ref_e2e / ours_e2e, 1)
        results["ecomplexity_ratio_compute"] = round(parts["compute"] / ours_s, 1)
        results["max_abs_diff"] = diffs
        print(
            f"{'':22} read → compute → write: ecomplexity {ref_e2e:.2f} s vs ours "
            f"{ours_e2e:.2f} s: {ref_e2e / ours_e2e:.1f}× faster (target ≥ 10×), "
            f"same {len(merged):,} rows"
        )
        print(
            f"{'':22} compute only: ecomplexity {parts['compute']:.2f} s vs ours {ours_s:.2f} s: "
            f"{parts['compute'] / ours_s:.1f}×; ecomplexity read {parts['read']:.2f} s, "
            f"write {parts['write']:.2f} s"
        )
        print(
            f"{'':22} max |ours − ecomplexity|: "
            + ", ".join(f"{k} {v:.1e}" for k, v in diffs.items())
        )
    results["peak_mib"] = round(peak_mib())
    print(f"peak resident memory   {results['peak_mib']} MiB (whole process)")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    if args.workdir is None:
        shutil.rmtree(work, ignore_errors=True)
    pd.set_option("display.width", 120)


if __name__ == "__main__":
    main()
