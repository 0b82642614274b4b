"""Import benchmark (issue 3): a 95,000-row xlsx imported end to end, ours vs django-import-export.

    .venv/bin/python benchmarks/import_bench.py [--rows 95000] [--skip-peer] [--postgres [URL]]

Generates one xlsx (14 columns, identifiers as text cells), then imports it into the same
model (registry.Enterprise) on a fresh SQLite database per tool, each in its own process so
that peak memory is measured per tool:

- ours: `siapekspor.registry.importing.pipeline.import_file` (calamine reader, set-based
  validation, in-memory natural-key index, bulk writes), then a second import of the same
  file (must be created=0 updated=0);
- django-import-export 4.4.3: a ModelResource keyed on NIB that maps the same columns and
  seals the same personal data in `before_save_instance` (tablib load + import_data).

Prints time (parse + validate + write), peak RSS and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = [
    "NIB",
    "Nama Usaha",
    "Nama Pemilik",
    "NIK",
    "No HP",
    "Alamat",
    "Kab/Kota",
    "Kecamatan",
    "KBLI",
    "Produk",
    "Kode HS",
    "Kapasitas Produksi",
    "Tenaga Kerja",
    "Omzet",
]


def make_file(path: Path, rows: int, seed: int = 3) -> None:
    """A realistic regency sheet; every cell text (as a careful officer would format it)."""
    import csv

    from openpyxl import Workbook

    rng = random.Random(seed)
    ref = ROOT / "src/siapekspor/registry/reference_data"
    with open(ref / "lampung_regions.csv", encoding="utf-8") as fh:
        regions = list(csv.DictReader(fh))
    regencies = [r for r in regions if r["kind"] in ("regency", "city")]
    districts: dict[str, list[str]] = {}
    for r in regions:
        if r["kind"] == "district":
            districts.setdefault(r["parent_code"], []).append(r["name"])
    sectors = [
        ("10794", "Keripik", "Keripik pisang", "2008.99"),
        ("10761", "Kopi", "Kopi bubuk", "0901.21"),
        ("10722", "Gula Aren", "Gula aren cetak", "1702.90"),
        ("14111", "Konveksi", "Kemeja batik", "6205.20"),
        ("31001", "Mebel", "Kursi kayu", "9401.61"),
        ("10710", "Roti", "Roti manis", "1905.90"),
    ]
    words = [
        "Jaya",
        "Makmur",
        "Berkah",
        "Sejahtera",
        "Mandiri",
        "Lestari",
        "Sentosa",
        "Abadi",
        "Siger",
    ]
    names = [
        "Siti Aminah",
        "Budi Santoso",
        "Sri Wahyuni",
        "Agus Saputra",
        "Dewi Lestari",
        "Joko Susilo",
    ]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("IKM")
    ws.append(HEADER)
    for i in range(rows):
        regency = regencies[i % len(regencies)]
        kbli, stem, product, hs = sectors[i % len(sectors)]
        female = i % 2 == 0
        day = (i % 28) + 1 + (40 if female else 0)
        nik = f"{regency['code'].replace('.', '')}01{day:02d}{(i % 12) + 1:02d}{80 + i % 20:02d}{(i % 9999) + 1:04d}"
        ws.append(
            [
                str(1_300_000_000_000 + i),
                f"{stem} {rng.choice(words)} {i}",
                rng.choice(names),
                nik,
                f"0812{10_000_000 + i}",
                f"Jl. Raya No. {i % 250 + 1}",
                regency["name"],
                rng.choice(districts.get(regency["code"], [""])),
                kbli,
                product,
                hs,
                f"{rng.randint(10, 2000)} kg",
                str(rng.randint(1, 40)),
                str(rng.randint(5, 1900) * 1_000_000),
            ]
        )
    wb.save(path)


def _setup_db(db_path: Path) -> None:
    # The product's own embedded configuration (WAL, synchronous=NORMAL, 64 MB page cache),
    # for both tools: a fresh SQLite file in the child's own SIAPEKSPOR_VAR_DIR; or, with
    # --postgres, the fresh database the parent created for this child (DATABASE_URL).
    if not os.environ.get("DATABASE_URL"):
        os.environ.pop("DATABASE_URL", None)
    os.environ["SIAPEKSPOR_VAR_DIR"] = str(db_path.parent / (db_path.stem + "-var"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siapekspor.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("load_reference", verbosity=0, stdout=devnull)


def child_ours(xlsx: Path, db_path: Path) -> dict:
    _setup_db(db_path)
    from siapekspor.accounts.models import Role, User
    from siapekspor.registry.importing.pipeline import import_file

    admin = User.objects.create(username="bench", role=Role.ADMIN, is_superuser=True)
    started = time.perf_counter()
    first = import_file(actor=admin, path=xlsx)
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    second = import_file(actor=admin, path=xlsx)
    again = time.perf_counter() - started
    return {
        "seconds": seconds,
        "reimport_seconds": again,
        "first": first.counts.line(),
        "second": second.counts.line(),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def child_peer(xlsx: Path, db_path: Path) -> dict:
    _setup_db(db_path)
    import tablib
    from import_export import fields, resources, widgets

    from siapekspor.core.crypto import blind_index, seal
    from siapekspor.registry.identifiers import normalize_name
    from siapekspor.registry.models import Enterprise, KbliCode, Regency
    from siapekspor.registry.services import owner_name_tokens

    class EnterpriseResource(resources.ModelResource):
        nib = fields.Field(attribute="nib", column_name="NIB")
        name = fields.Field(attribute="name", column_name="Nama Usaha")
        address = fields.Field(attribute="address", column_name="Alamat")
        regency = fields.Field(
            attribute="regency",
            column_name="Kab/Kota",
            widget=widgets.ForeignKeyWidget(Regency, "name"),
        )
        kbli = fields.Field(
            attribute="kbli", column_name="KBLI", widget=widgets.ForeignKeyWidget(KbliCode, "code")
        )
        workforce = fields.Field(
            attribute="workforce", column_name="Tenaga Kerja", widget=widgets.IntegerWidget()
        )
        annual_revenue = fields.Field(
            attribute="annual_revenue", column_name="Omzet", widget=widgets.DecimalWidget()
        )

        class Meta:
            model = Enterprise
            import_id_fields = ("nib",)
            fields = ("nib", "name", "address", "regency", "kbli", "workforce", "annual_revenue")
            skip_unchanged = True

        def before_save_instance(self, instance, row, **kwargs):
            instance.name_normalized = normalize_name(instance.name)
            instance.kbli_division = instance.kbli_id[:2] if instance.kbli_id else ""
            owner, nik, phone = row["Nama Pemilik"], row["NIK"], "+62" + row["No HP"][1:]
            instance.owner_name_sealed = seal(owner)
            instance.owner_name_index = owner_name_tokens(owner)
            instance.nik_sealed, instance.nik_hmac = seal(nik), blind_index(nik, purpose="nik")
            instance.phone_sealed = seal(phone)
            instance.phone_hmac = blind_index(phone, purpose="phone")

    started = time.perf_counter()
    with open(xlsx, "rb") as fh:
        dataset = tablib.Dataset().load(fh.read(), format="xlsx")
    loaded = time.perf_counter() - started
    result = EnterpriseResource().import_data(dataset, dry_run=False, raise_errors=False)
    seconds = time.perf_counter() - started
    totals = dict(result.totals)
    return {
        "seconds": seconds,
        "load_seconds": loaded,
        "totals": totals,
        "errors": len(result.invalid_rows) + int(result.has_errors()),
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _postgres(server: str, statement: str) -> None:
    import psycopg

    with psycopg.connect(f"{server.rstrip('/')}/postgres", autocommit=True) as conn:
        conn.execute(statement)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=95_000)
    parser.add_argument("--skip-peer", action="store_true")
    parser.add_argument("--child", choices=["ours", "peer"])
    parser.add_argument("--file")
    parser.add_argument("--db")
    parser.add_argument(
        "--postgres",
        nargs="?",
        const="postgres://postgres@127.0.0.1:5432",
        help="run both tools on PostgreSQL (a fresh database each, dropped "
        "after); the server URL without a database name",
    )
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    if args.child:
        fn = child_ours if args.child == "ours" else child_peer
        print(json.dumps(fn(Path(args.file), Path(args.db))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        xlsx = tmp / "ikm.xlsx"
        started = time.perf_counter()
        make_file(xlsx, args.rows)
        print(
            f"file: {args.rows} rows x {len(HEADER)} columns, {xlsx.stat().st_size / 1e6:.1f} MB "
            f"(generated in {time.perf_counter() - started:.1f}s)"
        )
        results = {}
        print(f"database: {'PostgreSQL' if args.postgres else 'SQLite (embedded settings)'}")
        for tool in ["ours"] + ([] if args.skip_peer else ["peer"]):
            env = {**os.environ, "SIAPEKSPOR_VAR_DIR": str(tmp / f"var-{tool}")}
            env.pop("DATABASE_URL", None)
            database = None
            if args.postgres:
                database = f"siapekspor_bench_{tool}_{os.getpid()}"
                _postgres(args.postgres, f'CREATE DATABASE "{database}"')
                env["DATABASE_URL"] = f"{args.postgres.rstrip('/')}/{database}"
            try:
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child",
                        tool,
                        "--file",
                        str(xlsx),
                        "--db",
                        str(tmp / f"{tool}.sqlite3"),
                    ],
                    capture_output=True,
                    text=True,
                    env=env,
                    check=False,
                )
            finally:
                if database:
                    _postgres(args.postgres, f'DROP DATABASE IF EXISTS "{database}"')
            if out.returncode != 0:
                print(out.stderr[-3000:])
                raise SystemExit(f"{tool} failed")
            results[tool] = json.loads(out.stdout.strip().splitlines()[-1])
        ours = results["ours"]
        print(
            f"siapekspor import        : {ours['seconds']:6.1f} s  peak {ours['peak_mb']:5.0f} MB  "
            f"{ours['first']}"
        )
        print(f"siapekspor re-import     : {ours['reimport_seconds']:6.1f} s  {ours['second']}")
        if "peer" in results:
            peer = results["peer"]
            print(
                f"django-import-export 4.4 : {peer['seconds']:6.1f} s  peak {peer['peak_mb']:5.0f} MB  "
                f"(tablib load {peer['load_seconds']:.1f} s) totals={peer['totals']} "
                f"errors={peer['errors']}"
            )
            print(f"ratio (peer / ours)      : {peer['seconds'] / ours['seconds']:.1f}x faster")


if __name__ == "__main__":
    main()
