"""Blocking and scoring of enterprise pairs. Pure Python over plain records: no database.

The business's own identity decides: business name, products, address, KBLI and NIB.
Owner fields (NIK, phone, owner name) only *support* a match whose business identity
already agrees, because one owner may legitimately run several enterprises: same NIK and
phone with a different business is not a duplicate.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import jellyfish
from rapidfuzz import fuzz

from siapekspor.core.bulk import paused_gc

MAX_BLOCK = 150
THRESHOLD = 0.80
ADDRESS_WORDS = {
    "jl": "",
    "jln": "",
    "jalan": "",
    "no": "",
    "nomor": "",
    "rt": "rt",
    "rw": "rw",
    "gg": "gang",
    "desa": "",
    "kel": "",
    "kec": "",
    "kelurahan": "",
}
# Generic words of business names: they never decide a block on their own.
GENERIC = frozenset(
    {
        "ikm",
        "umkm",
        "usaha",
        "home",
        "industri",
        "industry",
        "toko",
        "rumah",
        "produksi",
        "olahan",
        "aneka",
        "bu",
        "pak",
        "mama",
        "ibu",
    }
)


@dataclass
class Record:
    id: int
    name: str  # normalised business name
    regency: str = ""
    district: str = ""
    nib: str = ""
    nik: str = ""  # blind index (HMAC), never the NIK itself
    phone: str = ""  # blind index
    owner: frozenset[str] = field(default_factory=frozenset)  # owner-name word tokens
    address: str = ""
    kbli: str = ""
    products: frozenset[str] = field(default_factory=frozenset)


@dataclass
class Pair:
    first: int
    second: int
    score: float
    reasons: dict


def clean_address(text: str) -> str:
    words = re.sub(r"[^\w\s]", " ", (text or "").lower()).split()
    return " ".join(ADDRESS_WORDS.get(w, w) for w in words if ADDRESS_WORDS.get(w, w))


def _phonetic(word: str) -> str:
    return jellyfish.metaphone(word) or word


def block_keys(r: Record) -> set[tuple]:
    """Keys that put likely pairs together; a typo in one word keeps the other pairs."""
    words = [w for w in r.name.split() if len(w) > 2 and w not in GENERIC]
    codes = [_phonetic(w) for w in words[:3]]
    keys: set[tuple] = set()
    if codes:
        keys.add(("n", r.regency, *codes[:2]))
    if r.district:
        for i in range(len(codes)):
            for j in range(i + 1, len(codes)):
                keys.add(("nd", r.district, *sorted((codes[i], codes[j]))))
    if r.address:
        keys.add(("a", r.regency, r.address))
    if r.nik:
        keys.add(("nik", r.nik))
    if r.phone:
        keys.add(("phone", r.phone))
    if r.owner:
        keys.add(("owner", r.regency, " ".join(sorted(r.owner))))
    return keys


def candidate_pairs(records: list[Record]) -> set[tuple[int, int]]:
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        for key in block_keys(r):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for a in range(len(members)):
            ia = members[a]
            for b in range(a + 1, len(members)):
                pairs.add((ia, members[b]))  # members are in increasing order
    return pairs


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _product_similarity(a: frozenset[str], b: frozenset[str]) -> float | None:
    if not a or not b:
        return None
    best = 0.0
    for pa in a:
        for pb in b:
            best = max(best, fuzz.token_set_ratio(pa, pb) / 100)
    return best


def score(a: Record, b: Record, *, explain: bool = True) -> tuple[float, dict]:
    """A score in [0, 1] and the evidence, for two records.

    With `explain=False` the evidence dict stays empty (scoring a million candidate pairs
    spends no time on the explanation of the few that pass).
    """
    name = fuzz.token_sort_ratio(a.name, b.name) / 100
    name_set = fuzz.token_set_ratio(a.name, b.name) / 100
    name_sim = max(name, 0.9 * name_set)
    reasons: dict = {"name": round(name_sim, 3)} if explain else {}
    if a.nib and b.nib:
        if explain:
            reasons["nib"] = a.nib == b.nib
        if a.nib == b.nib:
            return 1.0, reasons
    if name_sim < 0.6:  # different names: capped below any review threshold, stop here
        return round(min(name_sim, 0.6), 4), reasons
    evidence, weight = 0.6 * name_sim, 0.6
    address = None
    if a.address and b.address:
        address = fuzz.token_set_ratio(a.address, b.address) / 100
        if explain:
            reasons["address"] = round(address, 3)
        evidence += 0.15 * address
        weight += 0.15
    products = _product_similarity(a.products, b.products)
    if products is not None:
        if explain:
            reasons["products"] = round(products, 3)
        evidence += 0.25 * products
        weight += 0.25
    if a.kbli and b.kbli:
        if explain:
            reasons["kbli"] = a.kbli == b.kbli
        evidence += 0.1 * (a.kbli == b.kbli)
        weight += 0.1
    business = evidence / weight
    owner, conflicts = 0.0, 0
    if a.nik and b.nik:
        if explain:
            reasons["nik"] = a.nik == b.nik
        owner, conflicts = (1.0, conflicts) if a.nik == b.nik else (owner, conflicts + 1)
    if a.phone and b.phone:
        if explain:
            reasons["phone"] = a.phone == b.phone
        owner, conflicts = (1.0, conflicts) if a.phone == b.phone else (owner, conflicts + 1)
    if a.owner and b.owner:
        j = _jaccard(a.owner, b.owner)
        if explain:
            reasons["owner_name"] = round(j, 3)
        owner = max(owner, j)
        conflicts += j < 0.5
    # Owner agreement lifts a pair whose business already looks the same; it never makes
    # two different businesses (different name or different products) one. Different
    # owners on both sides are evidence of two businesses that happen to share a name.
    total = business + (1 - business) * 0.5 * owner if business >= 0.7 else business
    if conflicts >= 2:
        total = min(total, 0.5)
    elif conflicts == 1 and owner < 1:
        total -= 0.15
    if a.nib and b.nib:  # both registered in OSS under different numbers: two businesses
        total = min(total, 0.5)
    if products is not None and products < 0.6:
        total = min(total, 0.6)
    if name_sim < 0.6:
        total = min(total, 0.6)
    elif name_sim < 0.85 and (address is None or address < 0.7):
        total = min(total, 0.75)
    return round(total, 4), reasons


PROGRESS_EVERY = 20_000  # candidate pairs between two progress reports


def find_pairs(
    records: list[Record],
    threshold: float = THRESHOLD,
    progress: Callable[[int, int], None] | None = None,
) -> list[Pair]:
    """Pairs scoring at least `threshold`, best first. `progress(done, total)` is told how
    many candidate pairs are scored, every PROGRESS_EVERY pairs and at the end."""
    out = []
    with paused_gc():  # millions of short-lived tuples: no cycles to find
        candidates = candidate_pairs(records)
        total = len(candidates)
        for done, (ia, ib) in enumerate(candidates, 1):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            a, b = records[ia], records[ib]
            s, _ = score(a, b, explain=False)
            if s >= threshold:
                first, second = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                out.append(Pair(first, second, s, score(a, b)[1]))
    if progress is not None:
        progress(total, total)
    out.sort(key=lambda p: (-p.score, p.first, p.second))
    return out
