"""Machine-translation benchmark (issue 16 item 5): throughput with and without the memory.

    .venv/bin/python benchmarks/translation_bench.py [--texts 2000] [--distinct 400]

Runs on the tiny test model (`translation/tests/tinymodel.py`: a one-layer Transformer with
random weights, so the figures measure the machinery around the model, not a real model's
speed; a real Argos model is one to two orders of magnitude slower per sentence). A
scratch SQLite database under a temporary SIAPEKSPOR_VAR_DIR holds the memory.

The workload: `--texts` product descriptions of two sentences each, drawn from `--distinct`
different texts (a catalogue repeats itself: the same description for several listings,
the same sentence in several products), with glossary terms in most of them.

| row | what is timed |
|---|---|
| engine, id→en | `CTranslate2Engine.translate` alone: no memory (duplicates within a call are still translated once) |
| engine, id→ja (pivot) | the same through English: two models per sentence |
| service, memory cold | `services.translate_texts` on an empty memory: lookup, engine for the distinct texts, store |
| service, memory warm | the same texts again: every text from the memory, no model call |
| texts_for (page read) | what a page does: one memory query for 20 texts |
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

PRODUCTS = [
    "Kopi robusta",
    "Lada hitam Lampung",
    "Keripik pisang",
    "Kain tapis",
    "Gula aren",
    "Kopi bubuk",
    "Emping melinjo",
    "Sambal lingkung",
]
PLACES = ["Lampung Barat", "Tanggamus", "Way Kanan", "Pesisir Barat", "Bandar Lampung"]
QUALITIES = [
    "dipanen dan diolah oleh petani anggota koperasi",
    "dikemas dalam kantong kedap udara",
    "siap ekspor dengan sertifikat halal",
    "diproduksi oleh IKM yang siap naik kelas",
    "dijual oleh eksportir perdana",
    "tersedia dalam jumlah besar setiap bulan",
]


def corpus(texts: int, distinct: int, seed: int = 16) -> list[str]:
    rng = random.Random(seed)
    pool = []
    for i in range(distinct):
        product, place, quality = (
            rng.choice(PRODUCTS),
            rng.choice(PLACES),
            rng.choice(QUALITIES),
        )
        pool.append(
            f"{product} dari {place}, {quality}. Kapasitas {100 + i} kg per bulan untuk pembeli."
        )
    return [rng.choice(pool) for _ in range(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--distinct", type=int, default=400)
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="mt-bench-"))
    os.environ["SIAPEKSPOR_VAR_DIR"] = str(scratch / "var")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siapekspor.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from siapekspor.translation import services
    from siapekspor.translation.engine import CTranslate2Engine, ModelStore
    from siapekspor.translation.models import Translation
    from siapekspor.translation.tests.tinymodel import build_package

    call_command("migrate", verbosity=0)
    folder = scratch / "packages"
    folder.mkdir()
    for n, (a, b) in enumerate([("id", "en"), ("en", "ja")], 1):
        call_command("mt", "install", str(build_package(folder, a, b, seed=n)), verbosity=0)

    texts = corpus(args.texts, args.distinct)
    sentences = 2 * len(texts)
    glossary = services.glossary()
    print(
        f"translation bench {dt.date.today().isoformat()} ({connection.vendor}, tiny model, "
        f"shared 2-core machine): {len(texts)} texts = {sentences} sentences, "
        f"{len(set(texts))} distinct texts, {len(glossary)} glossary terms"
    )

    def report(name: str, seconds: float, *, model_sentences: int) -> float:
        rate = sentences / seconds
        print(
            f"  {name:28} {seconds:7.3f} s  {rate:10.0f} sentences/s  "
            f"({model_sentences} sentences through a model)"
        )
        return rate

    rates = {}
    for target, name in (("en", "engine, id→en"), ("ja", "engine, id→ja (pivot)")):
        engine = CTranslate2Engine(ModelStore(services.store().root), batch_size=32)
        engine.translate(texts[:4], "id", target, glossary=glossary)  # load the models
        engine.stats.sentences = 0
        t = time.perf_counter()
        engine.translate(texts, "id", target, glossary=glossary)
        rates[name] = report(name, time.perf_counter() - t, model_sentences=engine.stats.sentences)

    engine = services.engine()
    for mode in ("cold", "warm"):
        before = engine.stats.sentences
        t = time.perf_counter()
        outcome = services.translate_texts(texts, source_language="id", target_language="en")
        rates[mode] = report(
            f"service, memory {mode}",
            time.perf_counter() - t,
            model_sentences=engine.stats.sentences - before,
        )
        assert len(outcome.rendered) == len(texts)
    assert Translation.objects.count() == len(set(texts))

    page = texts[:20]
    reads = 200
    t = time.perf_counter()
    for _ in range(reads):
        shown = services.texts_for("en", page)
    per_page = (time.perf_counter() - t) / reads
    assert all(s.is_machine for s in shown)
    print(f"  {'texts_for (page of 20)':28} {per_page * 1000:7.2f} ms per page read")
    print(
        f"  memory warm / engine id→en: {rates['warm'] / rates['engine, id→en']:.1f}×; "
        f"memory cold / engine id→en: {rates['cold'] / rates['engine, id→en']:.2f}×"
    )


if __name__ == "__main__":
    main()
