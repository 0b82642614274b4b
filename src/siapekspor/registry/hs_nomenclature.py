"""Build the complete HS 2022 nomenclature (headings and subheadings) (`reference_data/hs2022_nomenclature.csv`) from
the two official lists: the WCO HS 2022 table (English titles, every chapter, heading and
subheading) and Indonesia's tariff book BTKI 2022 (Indonesian titles).

The built file ships with SiapEkspor and `siapekspor load-reference` loads it, so every
well-formed HS 2022 code is known out of the box. `tests/test_hs_nomenclature.py` rebuilds it
from the shared copies of the official lists and compares.

Rebuild: `python -m siapekspor.registry.hs_nomenclature WCO.csv BTKI.csv.gz OUT.csv`.

BTKI is an indented list: a subheading's Indonesian text is its own line (the 6-digit line,
or the 8-digit `.00` line of an undivided subheading) prefixed by the nearest coded lines
above it with fewer dashes, after the heading's text. Lines without a code in the tariff
book (some intermediate "- Tidak digongseng :") are not in the source and so not in the
title; the English title (WCO) is always complete.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

COLUMNS = ("code", "level", "description_id", "description_en")
NOT_HS = {"TOTAL", "99", "9999", "999999"}  # UN Comtrade's statistical codes, not the HS


def _read(path: Path) -> Iterator[dict[str, str]]:
    raw = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")  # noqa: SIM115
    with io.TextIOWrapper(raw, encoding="utf-8-sig", newline="") as fh:
        yield from csv.DictReader(fh)


def _depth(text: str) -> int:
    match = re.match(r"^[\s\-–]*", text)
    return match.group(0).count("-") + match.group(0).count("–") if match else 0


def _clean(text: str) -> str:
    text = " ".join(re.sub(r"^[\s\-–]+", "", text).split())
    return text.rstrip(" :.;").strip()


def _indonesian(btki: list[dict[str, str]]) -> tuple[dict[str, str], dict[str, str]]:
    """Indonesian titles of headings and subheadings from the BTKI lines (in book order)."""
    headings: dict[str, str] = {}
    subheadings: dict[str, str] = {}
    heading = ""
    chain: list[tuple[int, str]] = []  # (depth, text) of the coded lines above, per heading
    for row in btki:
        code = row["hs_code"].replace(".", "").strip()
        text = row["description_id"]
        if len(code) == 4:
            heading, chain = code, []
            headings[code] = _clean(text)
            continue
        if code[:4] != heading:  # an undivided heading appears only as its 8-digit line
            heading, chain = code[:4], []
            if code.endswith("0000"):
                headings.setdefault(code[:4], _clean(text))
        depth = _depth(text)
        own = _clean(text)
        chain = [(d, t) for d, t in chain if d < depth]
        six = code[:6]
        is_subheading = len(code) == 6 or (len(code) == 8 and code.endswith("00"))
        if is_subheading and six not in subheadings and own:
            parts = [t for _d, t in chain] + [own]
            if depth == 0:  # the heading itself (undivided): no repeat
                parts = []
            base = headings.get(six[:4], "")
            subheadings[six] = " — ".join(p for p in [base, ": ".join(parts)] if p)
        if own:
            chain.append((depth, own))
    return headings, subheadings


def build(wco_path: Path, btki_path: Path) -> list[dict[str, str]]:
    """The rows of the built file: every chapter, heading and subheading of HS 2022."""
    headings_id, subheadings_id = _indonesian(list(_read(btki_path)))
    rows = []
    for row in _read(wco_path):
        code = row["hscode"].strip()
        if code in NOT_HS or not code.isdigit() or len(code) not in (2, 4, 6):
            continue
        english = " ".join(row["description"].split())
        if len(code) == 2:
            continue  # chapters: the curated table (hs2022.csv) carries them in six languages
        if len(code) == 6:
            indonesian = subheadings_id.get(code) or (
                headings_id.get(code[:4], "") if code.endswith("00") else ""
            )
        else:
            indonesian = headings_id.get(code, "")
        rows.append(
            {
                "code": code,
                "level": str(len(code)),
                "description_id": indonesian,
                "description_en": english,
            }
        )
    _disambiguate(rows)
    rows.sort(key=lambda r: r["code"])
    return rows


def _disambiguate(rows: list[dict[str, str]]) -> None:
    """Two subheadings of a heading whose Indonesian titles read the same (an uncoded line of
    the tariff book told them apart) get the WCO English title in brackets."""
    seen: dict[tuple[str, str], int] = {}
    for row in rows:
        if row["level"] == "6":
            key = (row["code"][:4], row["description_id"])
            seen[key] = seen.get(key, 0) + 1
    for row in rows:
        if row["level"] == "6" and seen[(row["code"][:4], row["description_id"])] > 1:
            row["description_id"] = f"{row['description_id']} [{row['description_en']}]"


def write(rows: list[dict[str, str]], out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":  # pragma: no cover - the rebuild, run by hand
    wco, btki, out = (Path(a) for a in sys.argv[1:4])
    write(build(wco, btki), out)
