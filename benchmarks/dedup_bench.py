"""Duplicate-detection benchmark (issue 3): our blocking + scoring vs splink 5, same data.

    .venv/bin/python benchmarks/dedup_bench.py [--records 95000] [--seed 7] [--no-splink]

Builds a labelled synthetic messy registry: distinct businesses (many sharing common names
in the same district), true duplicate pairs (typos, legal-form prefixes, "Jl."/"Jalan",
missing NIK/phone/NIB/products/district in one copy) and owners who run several
enterprises (same NIK, phone and owner name; a different business, often at the same
address). Prints, for each method: time, peak memory, precision, recall and F1; then the same
records stored as enterprises in a fresh embedded database and the whole `find-duplicates`
path (load from the database, score, write the review queue) timed end to end.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siapekspor.settings")

MORE_WORDS = [
    *[
        "Melati",
        "Mawar",
        "Anggrek",
        "Kenanga",
        "Rajawali",
        "Garuda",
        "Sakura",
        "Permata",
        "Mutiara",
        "Intan",
        "Berlian",
        "Surya",
        "Fajar",
        "Pelangi",
        "Sahabat",
        "Keluarga",
        "Amanah",
        "Rezeki",
        "Barkah",
        "Utama",
        "Prima",
        "Mitra",
        "Sukses",
    ],
    "Jaya Abadi",
    "Dua Putri",
    "Tiga Saudara",
    "Sumber Makmur",
]
MORE_STREETS = ["Dusun", "Jl. Ryacudu", "Jl. Hanura", "Jl. Cut Nyak Dien"]


def vocabulary():
    """The demo's vocabulary (`registry.demo`: sectors with their name stems and products,
    shop words, owner names, streets) without its honorifics, plus more shop words and
    streets so that unrelated businesses share names as often as in the real registry.
    Read after `django.setup()` (the demo module imports the models)."""
    from siapekspor.registry import demo

    sectors = [
        (kbli, stems, [product.lower() for product, _hs, _unit, _qty in products])
        for kbli, _weight, stems, products in demo.SECTORS
    ]
    words = [w for w in demo.WORDS if w not in ("Mama", "Bu", "Pak")] + MORE_WORDS
    return sectors, words, demo.FEMALE + demo.MALE, demo.FAMILY, demo.STREETS + MORE_STREETS


REGENCIES = [(f"18.{i:02d}", 8 + i % 7) for i in range(1, 14)] + [("18.71", 20), ("18.72", 6)]


def typo(rng: random.Random, text: str) -> str:
    if len(text) < 4:
        return text
    i = rng.randrange(1, len(text) - 1)
    op = rng.random()
    if op < 0.35:
        return text[:i] + text[i + 1 :]
    if op < 0.7:
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice("aiueonrst") + text[i + 1 :]


def generate(n: int, seed: int):
    """Records (as dicts) and the set of true duplicate pairs (by index)."""
    SECTORS, WORDS, FIRST, FAMILY, STREETS = vocabulary()  # noqa: N806
    rng = random.Random(seed)
    records: list[dict] = []
    truth: set[tuple[int, int]] = set()
    n_dup = int(n * 0.05)
    n_multi_owner = int(n * 0.04)
    owners_counter = [0]

    def owner(regency):
        owners_counter[0] += 1
        return {
            "owner": f"{rng.choice(FIRST)} {rng.choice(FAMILY)}",
            "nik": f"nik{owners_counter[0]}",
            "phone": f"ph{owners_counter[0]}",
        }

    def business(regency, district, own, sector=None):
        kbli, stems, products = sector or rng.choice(SECTORS)
        name = f"{rng.choice(stems)} {rng.choice(WORDS)}"
        r = rng.random()
        if r < 0.3:
            name += f" {district.split('.')[-1] if False else rng.choice(['Natar', 'Kalianda', 'Metro', 'Gisting', 'Kotabumi', 'Liwa', 'Menggala', 'Pringsewu', 'Sukadana', 'Way Jepara', 'Teluk', 'Kedaton', 'Rajabasa', 'Panjang'])}"
        elif r < 0.45:
            name = f"{name} {own['owner'].split()[0]}"
        prefix = rng.choices(["", "UD ", "CV ", "Koperasi "], weights=[70, 15, 10, 5])[0]
        return {
            "name": prefix + name,
            "regency": regency,
            "district": district,
            "nib": str(1_200_000_000_000 + rng.randrange(10**11)) if rng.random() < 0.55 else "",
            "address": f"{rng.choice(STREETS)} No. {rng.randint(1, 250)}",
            "kbli": kbli,
            "products": rng.sample(products, k=min(len(products), rng.randint(1, 2))),
            **own,
        }

    def place():
        regency = rng.choices([r for r, _w in REGENCIES], weights=[w for _r, w in REGENCIES])[0]
        return regency, f"{regency}.{rng.randint(1, 20):02d}"

    while len(records) < n - n_dup - n_multi_owner:
        regency, district = place()
        records.append(business(regency, district, owner(regency)))
    # Owners who run several enterprises: same NIK, phone and name; another business.
    while len(records) < n - n_dup:
        base = records[rng.randrange(len(records))]
        own = {k: base[k] for k in ("owner", "nik", "phone")}
        other = business(
            base["regency"],
            base["district"],
            own,
            sector=rng.choice([s for s in SECTORS if s[0] != base["kbli"]])
            if rng.random() < 0.85
            else None,
        )
        if rng.random() < 0.6:
            other["address"] = base["address"]
        records.append(other)
    # True duplicates: a noisy copy of an existing record from another source.
    originals = rng.sample(range(len(records)), n_dup)
    for i in originals:
        base = records[i]
        copy = dict(base)
        name = base["name"]
        if rng.random() < 0.5:
            words = name.split()
            k = rng.randrange(len(words))
            words[k] = typo(rng, words[k])
            name = " ".join(words)
        if rng.random() < 0.3:
            name = name.split(" ", 1)[1] if name.startswith(("UD ", "CV ")) else "UD " + name
        if rng.random() < 0.3:
            name = name.upper() if rng.random() < 0.5 else name.lower()
        copy["name"] = name
        if rng.random() < 0.5:
            copy["address"] = base["address"].replace("Jl.", "Jalan")
        if rng.random() < 0.15:
            copy["address"] = typo(rng, copy["address"])
        for key, p in (
            ("nik", 0.25),
            ("phone", 0.25),
            ("products", 0.2),
            ("kbli", 0.2),
            ("district", 0.2),
        ):
            if rng.random() < p:
                copy[key] = [] if key == "products" else ""
        copy["nib"] = (
            "" if base["nib"] and rng.random() < 0.6 else (base["nib"] if base["nib"] else "")
        )
        if base["nib"]:
            base_nib_keep = rng.random() < 0.5
            if not base_nib_keep:
                copy["nib"] = ""
        if rng.random() < 0.2:
            copy["owner"] = base["owner"].upper()
        truth.add((i, len(records)))
        records.append(copy)
    order = list(range(len(records)))
    rng.shuffle(order)
    position = {old: new for new, old in enumerate(order)}
    shuffled = [records[i] for i in order]
    truth = {tuple(sorted((position[a], position[b]))) for a, b in truth}
    return shuffled, truth


def to_records(rows):
    from siapekspor.registry.dedup.scoring import Record, clean_address
    from siapekspor.registry.identifiers import normalize_name

    out = []
    for i, r in enumerate(rows):
        owner = frozenset(w for w in normalize_name(r["owner"]).split() if len(w) > 1)
        out.append(
            Record(
                id=i,
                name=normalize_name(r["name"]),
                regency=r["regency"],
                district=r["district"],
                nib=r["nib"],
                nik=r["nik"],
                phone=r["phone"],
                owner=owner,
                address=clean_address(r["address"]),
                kbli=r["kbli"],
                products=frozenset(normalize_name(p) for p in r["products"]),
            )
        )
    return out


def metrics(found: set[tuple[int, int]], truth: set[tuple[int, int]]):
    tp = len(found & truth)
    precision = tp / len(found) if found else 0.0
    recall = tp / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_ours(rows, truth):
    from siapekspor.registry.dedup.scoring import find_pairs

    started = time.perf_counter()
    records = to_records(rows)
    pairs = find_pairs(records)
    seconds = time.perf_counter() - started
    found = {(p.first, p.second) for p in pairs}
    return seconds, metrics(found, truth), found


def run_splink(rows, truth):
    import pandas as pd
    import splink.comparison_library as cl
    from splink import Linker, SettingsCreator, block_on
    from splink.backends.duckdb import DuckDBAPI

    from siapekspor.registry.identifiers import normalize_name

    started = time.perf_counter()
    df = pd.DataFrame(
        [
            {
                "unique_id": i,
                "name": normalize_name(r["name"]) or None,
                "first_words": " ".join(normalize_name(r["name"]).split()[:2]) or None,
                "owner": normalize_name(r["owner"]) or None,
                "nik": r["nik"] or None,
                "phone": r["phone"] or None,
                "address": r["address"].lower() or None,
                "regency": r["regency"],
                "district": r["district"] or None,
                "kbli": r["kbli"] or None,
                "nib": r["nib"] or None,
                "products": " ".join(sorted(r["products"])) or None,
            }
            for i, r in enumerate(rows)
        ]
    )
    settings = SettingsCreator(
        link_type="dedupe_only",
        comparisons=[
            cl.JaroWinklerAtThresholds("name", [0.95, 0.88, 0.8]),
            cl.ExactMatch("nib"),
            cl.ExactMatch("nik"),
            cl.ExactMatch("phone"),
            cl.JaroWinklerAtThresholds("owner", [0.95, 0.85]),
            cl.JaroWinklerAtThresholds("address", [0.95, 0.85]),
            cl.JaroWinklerAtThresholds("products", [0.95, 0.8]),
            cl.ExactMatch("kbli"),
            cl.ExactMatch("district"),
        ],
        blocking_rules_to_generate_predictions=[
            block_on("regency", "first_words"),
            block_on("nik"),
            block_on("phone"),
            block_on("regency", "address"),
        ],
        retain_intermediate_calculation_columns=False,
    )
    db = DuckDBAPI()
    linker = Linker(db.register(df), settings, log_level="WARNING")
    linker.training.estimate_probability_two_random_records_match(
        [block_on("nik", "name"), block_on("nib")], recall=0.7
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=2e6, seed=1)
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("regency", "first_words")
    )
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("nik"))
    predictions = linker.inference.predict(threshold_match_probability=0.9).as_pandas_dataframe()
    seconds = time.perf_counter() - started
    found = {
        tuple(sorted((int(a), int(b))))
        for a, b in zip(predictions["unique_id_l"], predictions["unique_id_r"], strict=True)
    }
    return seconds, metrics(found, truth)


def run_end_to_end(rows, truth):
    """The registry path: the same records stored as enterprises (blind indexes, sealed
    nothing else needed), then `duplicates_find` loads, scores and queues the pairs."""
    from django.core.management import call_command

    from siapekspor.core.bulk import insert_rows, now
    from siapekspor.core.crypto import blind_index
    from siapekspor.registry.dedup.services import duplicates_find
    from siapekspor.registry.models import District, Enterprise, Product
    from siapekspor.registry.models_import import DuplicateCandidate
    from siapekspor.registry.services import ENTERPRISE_INSERT_COLUMNS, owner_name_tokens

    call_command("migrate", verbosity=0)
    with open(os.devnull, "w") as devnull:
        call_command("load_reference", verbosity=0, stdout=devnull)
    districts: dict[str, list[str]] = {}
    for code, regency in District.objects.order_by("code").values_list("code", "regency_id"):
        districts.setdefault(regency, []).append(code)
    stamp, memo = now(), {}
    seen_nib: set[str] = set()
    nibs = []  # the registry holds a NIB once (unique): a later copy arrives without it
    for r in rows:
        nibs.append(r["nib"] if r["nib"] and r["nib"] not in seen_nib else None)
        seen_nib.add(r["nib"])

    def district(code: str) -> str | None:  # the synthetic district, mapped to a real one
        if not code:
            return None
        real = districts[code[:5]]
        return real[int(code[6:]) % len(real)]

    from django.db import transaction

    with transaction.atomic():
        insert_rows(
            Enterprise,
            ENTERPRISE_INSERT_COLUMNS,
            (
                (
                    i + 1,
                    stamp,
                    stamp,
                    nibs[i],
                    r["name"],
                    normalize(r["name"]),
                    "individual",
                    "",
                    owner_name_tokens(r["owner"], memo),
                    "unknown",
                    "",
                    blind_index(r["nik"], purpose="nik"),
                    "",
                    blind_index(r["phone"], purpose="phone"),
                    r["address"],
                    r["regency"],
                    district(r["district"]),
                    None,  # latitude
                    None,  # longitude
                    None,  # kbli
                    "",
                    "micro",
                    None,  # annual revenue
                    None,  # workforce
                    True,
                    False,
                    "benchmark",
                )
                for i, r in enumerate(rows)
            ),
        )
        insert_rows(
            Product,
            ["created_at", "updated_at", "enterprise_id", "name", "description", "capacity_unit"],
            ((stamp, stamp, i + 1, p, "", "kg") for i, r in enumerate(rows) for p in r["products"]),
        )
    started = time.perf_counter()
    summary = duplicates_find(save=True)
    seconds = time.perf_counter() - started
    found = {(p.first - 1, p.second - 1) for p in summary.pairs}
    return seconds, metrics(found, truth), DuplicateCandidate.objects.count()


def normalize(name: str) -> str:
    from siapekspor.registry.identifiers import normalize_name

    return normalize_name(name)[:200]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=95_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-splink", action="store_true")
    parser.add_argument(
        "--no-database", action="store_true", help="skip the end-to-end run through the database"
    )
    args = parser.parse_args()
    import tempfile

    import django

    tmp = tempfile.TemporaryDirectory()
    os.environ.pop("DATABASE_URL", None)
    os.environ["SIAPEKSPOR_VAR_DIR"] = tmp.name  # a fresh embedded database, removed after
    django.setup()
    rows, truth = generate(args.records, args.seed)
    multi = len(rows) - len({r["nik"] for r in rows}) - len(truth)
    print(
        f"records={len(rows)} true_duplicate_pairs={len(truth)} "
        f"extra_enterprises_of_multi_enterprise_owners~{multi}"
    )
    seconds, (p, r, f1), _found = run_ours(rows, truth)
    print(
        f"siapekspor  time={seconds:6.1f}s peak_rss={peak_mb():6.0f}MB "
        f"precision={p:.4f} recall={r:.4f} f1={f1:.4f}"
    )
    if not args.no_database:
        seconds_db, (pd_, rd, fd), queued = run_end_to_end(rows, truth)
        print(
            f"siapekspor find-duplicates through the database (load, score, queue {queued} "
            f"pairs): time={seconds_db:6.1f}s peak_rss={peak_mb():6.0f}MB precision={pd_:.4f} "
            f"recall={rd:.4f} f1={fd:.4f}"
        )
    if not args.no_splink:
        seconds_s, (ps, rs, fs) = run_splink(rows, truth)
        print(
            f"splink 5    time={seconds_s:6.1f}s peak_rss={peak_mb():6.0f}MB "
            f"precision={ps:.4f} recall={rs:.4f} f1={fs:.4f}"
        )
        print(f"ratio time splink/ours={seconds_s / seconds:.2f}  f1 ours={f1:.4f} splink={fs:.4f}")


if __name__ == "__main__":
    main()
