"""Readiness and training benchmark (issue 5): 95,000 enterprises and 95,000 assessments.

    .venv/bin/python benchmarks/training_bench.py [--enterprises 95000] [--backend sqlite|postgres|both]

Each backend runs in its own process on a scratch database (SQLite under a temporary
SIAPEKSPOR_VAR_DIR, or the PostgreSQL database `bench_training`, dropped and re-created).
Times: proposing a class of 20 from the whole registry (target < 1 s) and scoring every
assessment in bulk (target < 30 s).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

PG_URL = "postgres://postgres@127.0.0.1:5432/bench_training"


def run_backend(count: int) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siapekspor.settings")
    django.setup()
    from common import seed_database
    from django.db import connection, transaction

    from siapekspor.accounts.models import Role, User
    from siapekspor.core.bulk import insert_rows, reserve_ids, sync_sequence
    from siapekspor.core.bulk import now as bulk_now
    from siapekspor.readiness import services as readiness
    from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE
    from siapekspor.readiness.models import Answer, Assessment, Option, Question
    from siapekspor.registry.models import Enterprise
    from siapekspor.training import services

    _summary, seconds = seed_database(count, with_users=False)
    print(f"[{connection.vendor}] seed-demo: {count} enterprises in {seconds:.1f} s")
    questionnaire, _c = readiness.questionnaire_load(QUESTIONNAIRE)

    # One submitted assessment per enterprise with random answers (set-based insert).
    t = time.perf_counter()
    rng = random.Random(5)
    options: dict[int, list[int]] = {}
    for qid, oid in Option.objects.filter(
        question__dimension__questionnaire=questionnaire
    ).values_list("question_id", "id"):
        options.setdefault(qid, []).append(oid)
    qids = list(
        Question.objects.filter(dimension__questionnaire=questionnaire).values_list("id", flat=True)
    )
    ents = list(Enterprise.objects.order_by("pk").values_list("pk", flat=True))
    with transaction.atomic():
        for start in range(0, len(ents), 5000):
            chunk = ents[start : start + 5000]
            ids = reserve_ids(Assessment, len(chunk))
            stamp = bulk_now()
            insert_rows(
                Assessment,
                [
                    "id",
                    "created_at",
                    "updated_at",
                    "enterprise_id",
                    "questionnaire_id",
                    "kind",
                    "status",
                    "language",
                    "submitted_at",
                    "level",
                    "dimension_scores",
                    "learning_bonus",
                    "is_demo",
                ],
                [
                    (
                        aid,
                        stamp,
                        stamp,
                        ent,
                        questionnaire.pk,
                        "self",
                        "submitted",
                        "id",
                        stamp,
                        "",
                        {},
                        {},
                        True,
                    )
                    for aid, ent in zip(ids, chunk, strict=True)
                ],
            )
            rows = []
            for aid in ids:
                skill = rng.random()
                for qid in qids:
                    opts = options[qid]
                    rows.append(
                        (
                            aid,
                            qid,
                            opts[min(len(opts) - 1, int(rng.random() * len(opts) * (0.3 + skill)))],
                        )
                    )
            insert_rows(Answer, ["assessment_id", "question_id", "option_id"], rows)
        sync_sequence(Assessment)
    answers = Answer.objects.count()
    print(
        f"[{connection.vendor}] seeded {len(ents)} assessments, {answers} answers in "
        f"{time.perf_counter() - t:.1f} s"
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")

    summary = readiness.assessments_rescore_bulk(chunk=10_000)
    levels = dict(
        Assessment.objects.values_list("level")
        .annotate(n=__import__("django.db.models", fromlist=["Count"]).Count("id"))
        .values_list("level", "n")
    )
    print(
        f"[{connection.vendor}] bulk scoring: {summary.assessments} assessments in "
        f"{summary.seconds:.2f} s (target < 30 s); levels {levels}"
    )

    officer = User(role=Role.PROVINCE_OFFICER, is_active=True)
    for level, regency in (
        ("pemula", "18.71"),
        ("menengah", "18.71"),
        ("mahir", "18.04"),
        ("pemula", "18.02"),
    ):
        times = []
        for _ in range(5):
            t = time.perf_counter()
            cands = services.propose_candidates(
                user=officer, level=level, regency_id=regency, size=20
            )
            times.append(time.perf_counter() - t)
        print(
            f"[{connection.vendor}] propose --level {level} --regency {regency} --size 20: "
            f"{len(cands)} candidates, median {statistics.median(times) * 1000:.0f} ms, "
            f"max {max(times) * 1000:.0f} ms (target < 1 s)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--enterprises", type=int, default=95_000)
    parser.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_backend(args.enterprises)
        return
    print(f"training benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}, {os.cpu_count()} CPUs")
    backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
    for backend in backends:
        with tempfile.TemporaryDirectory(prefix="training-bench-") as tmp:
            env = {**os.environ, "SIAPEKSPOR_VAR_DIR": tmp}
            env.pop("DATABASE_URL", None)
            if backend == "postgres":
                import psycopg

                with psycopg.connect(
                    "postgres://postgres@127.0.0.1:5432/postgres", autocommit=True
                ) as conn:
                    conn.execute("DROP DATABASE IF EXISTS bench_training WITH (FORCE)")
                    conn.execute("CREATE DATABASE bench_training")
                env["DATABASE_URL"] = PG_URL
            subprocess.run(
                [sys.executable, __file__, "--child", "--enterprises", str(args.enterprises)],
                env=env,
                check=True,
            )


if __name__ == "__main__":
    main()
