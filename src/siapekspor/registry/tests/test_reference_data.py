"""Our curated reference tables (registry/reference_data/) checked against the official lists.

Plain pytest, no Django: the CSV files are read with the csv module and compared with the
public datasets in <repo>/../shared/data (Kemendagri 2025 regions and population, KBLI 2020,
HS 2022). The shared datasets are required: if they are missing the tests fail, they are not
skipped.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

REFERENCE_DIR = Path(__file__).resolve().parents[1] / "reference_data"
REPO_ROOT = Path(__file__).resolve().parents[4]
SHARED_DATA = REPO_ROOT.parent / "shared" / "data"

PROVINCE = "18"
KBLI_DIVISIONS = ("10", "11", "13", "14", "15", "16", "17", "31", "32")
HS_LANGS = ("id", "en", "zh_hans", "ja", "ar", "fr")
HS_DESC_COLUMNS = tuple(f"description_{lang}" for lang in HS_LANGS)
# Rows that UN Comtrade adds to the HS 2022 list but that are not part of the WCO nomenclature.
COMTRADE_ONLY_CODES = {"99", "9999", "999999", "TOTAL"}
RESERVED_CHAPTER = "77"


# --- reading ----------------------------------------------------------------------------------


def shared(*parts: str) -> Path:
    if not SHARED_DATA.is_dir():
        pytest.fail(
            f"The shared datasets are missing: expected them in {SHARED_DATA} "
            "(<repo>/../shared/data). These tests verify our reference tables against "
            "them and must not be skipped."
        )
    path = SHARED_DATA.joinpath(*parts)
    if not path.is_file():
        pytest.fail(f"Shared dataset file not found: {path}")
    return path


@cache
def read_csv(path: Path) -> tuple[tuple[str, ...], tuple[dict[str, str], ...]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = tuple(reader)
        return tuple(reader.fieldnames or ()), rows


def ours(name: str) -> tuple[dict[str, str], ...]:
    path = REFERENCE_DIR / name
    assert path.is_file(), f"missing reference table {path}"
    return read_csv(path)[1]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def strip_prefix(name: str) -> tuple[str, str]:
    for prefix, kind in (("Kabupaten ", "regency"), ("Kota ", "city")):
        if name.startswith(prefix):
            return name[len(prefix) :], kind
    raise AssertionError(f"unexpected regency name without Kabupaten/Kota prefix: {name!r}")


# --- all files --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, header",
    [
        ("lampung_regions.csv", ("code", "name", "kind", "parent_code", "population")),
        ("kbli_ikm.csv", ("code", "level", "title_id", "title_en")),
        ("hs2022.csv", ("code", "level", *HS_DESC_COLUMNS)),
    ],
)
def test_files_are_clean_utf8_csv_with_the_agreed_header(name, header):
    path = REFERENCE_DIR / name
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    raw.decode("utf-8")  # raises if not UTF-8
    fieldnames, rows = read_csv(path)
    assert fieldnames == header
    codes = [r["code"] for r in rows]
    assert len(codes) == len(set(codes)), "codes are unique"
    assert codes == sorted(codes), "rows are sorted by code"
    for row in rows:
        assert None not in row and None not in row.values(), f"ragged row {row}"
        for column, value in row.items():
            assert value == value.strip(), f"{name} {row['code']} {column}: stray whitespace"
            assert "\n" not in value


def test_sources_file_names_every_table():
    text = (REFERENCE_DIR / "SOURCES.md").read_text(encoding="utf-8")
    for name in ("lampung_regions.csv", "kbli_ikm.csv", "hs2022.csv"):
        assert name in text
    for source in ("300.2.2-2138", "Peraturan BPS", "Harmonized System"):
        assert source in text


# --- regions ----------------------------------------------------------------------------------


def kemendagri_rows() -> list[dict[str, str]]:
    _, rows = read_csv(shared("indonesia_regions", "wilayah_2025_lampung_all_levels.csv"))
    return [r for r in rows if r["kode"] == PROVINCE or r["kode"].startswith(PROVINCE + ".")]


def kemendagri_population() -> dict[str, str]:
    _, rows = read_csv(shared("indonesia_regions", "wilayah_2025_penduduk_prov_kab.csv"))
    return {r["kode"]: r["total"] for r in rows}


def test_regions_have_one_province_15_regencies_and_229_districts_and_no_villages():
    kinds = Counter(r["kind"] for r in ours("lampung_regions.csv"))
    assert kinds == {"province": 1, "regency": 13, "city": 2, "district": 229}


def test_province_row():
    (province,) = [r for r in ours("lampung_regions.csv") if r["kind"] == "province"]
    assert (province["code"], province["name"], province["parent_code"]) == (
        PROVINCE,
        "Lampung",
        "",
    )
    assert province["population"] == kemendagri_population()[PROVINCE]


def test_regencies_and_cities_match_kemendagri_names_kinds_and_population():
    official = {r["kode"]: r["nama"] for r in kemendagri_rows() if r["level"] == "2"}
    population = kemendagri_population()
    mine = {r["code"]: r for r in ours("lampung_regions.csv") if r["kind"] in ("regency", "city")}
    assert set(mine) == set(official)
    assert len(mine) == 15
    for code, row in mine.items():
        name, kind = strip_prefix(official[code])
        assert (row["name"], row["kind"], row["parent_code"]) == (name, kind, PROVINCE), code
        assert row["population"] == population[code], code
        assert int(row["population"]) > 0
    assert mine["18.71"]["name"] == "Bandar Lampung" and mine["18.71"]["kind"] == "city"
    assert mine["18.72"]["name"] == "Metro" and mine["18.72"]["kind"] == "city"


def test_regency_populations_add_up_to_the_province():
    rows = ours("lampung_regions.csv")
    total = sum(int(r["population"]) for r in rows if r["kind"] in ("regency", "city"))
    (province,) = [r for r in rows if r["kind"] == "province"]
    assert total == int(province["population"])


def test_districts_match_kemendagri_codes_and_names():
    official = {r["kode"]: r["nama"] for r in kemendagri_rows() if r["level"] == "3"}
    mine = {r["code"]: r for r in ours("lampung_regions.csv") if r["kind"] == "district"}
    assert len(official) == 229
    assert set(mine) == set(official)
    for code, row in mine.items():
        assert re.fullmatch(r"18\.\d{2}\.\d{2}", code), code
        assert row["name"] == official[code], code
        assert row["parent_code"] == code[:5]
        assert row["population"] == ""


# --- KBLI -------------------------------------------------------------------------------------


def kbli_official() -> dict[str, str]:
    _, rows = read_csv(shared("kbli_2020", "kbli_2020_section_C_manufacturing.csv"))
    return {r["code"].strip(): norm(r["judul"]) for r in rows}


def test_kbli_codes_exist_with_the_official_indonesian_title():
    official = kbli_official()
    for row in ours("kbli_ikm.csv"):
        code = row["code"]
        assert code in official, f"{code} is not a KBLI 2020 code"
        assert row["title_id"] == official[code], code
        assert row["level"] == str(len(code)) and 2 <= len(code) <= 5, code
        assert code.startswith(KBLI_DIVISIONS), code


def test_kbli_has_every_descendant_of_the_ikm_divisions():
    wanted = {c for c in kbli_official() if c.startswith(KBLI_DIVISIONS)}
    mine = {r["code"] for r in ours("kbli_ikm.csv")}
    assert mine == wanted, f"missing {sorted(wanted - mine)}; extra {sorted(mine - wanted)}"
    assert set(KBLI_DIVISIONS) <= mine
    for code in mine:  # every ancestor is present too
        for cut in range(2, len(code)):
            assert code[:cut] in mine, code


def test_kbli_rows_have_an_english_title():
    for row in ours("kbli_ikm.csv"):
        assert row["title_en"], row["code"]
        assert row["title_en"][0].isupper(), row["code"]


# --- HS 2022 ----------------------------------------------------------------------------------


def hs_official() -> dict[str, dict[str, str]]:
    _, rows = read_csv(shared("hs_nomenclature", "harmonized-system_hs2022.csv"))
    return {r["hscode"]: r for r in rows if r["hscode"] not in COMTRADE_ONLY_CODES}


def hs_mine(level: str) -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in ours("hs2022.csv") if r["level"] == level}


def test_hs_levels_match_code_length():
    for row in ours("hs2022.csv"):
        assert row["level"] in ("2", "4", "6"), row["code"]
        assert row["code"].isdigit() and len(row["code"]) == int(row["level"]), row["code"]


def test_hs_has_all_97_chapters_including_reserved_77():
    official = {c for c, r in hs_official().items() if r["level"] == "2"}
    mine = hs_mine("2")
    assert set(mine) == official | {RESERVED_CHAPTER}
    assert set(mine) == {f"{n:02d}" for n in range(1, 98)}
    reserved = mine[RESERVED_CHAPTER]
    assert "reserved" in reserved["description_en"].lower()
    assert "dicadangkan" in reserved["description_id"].lower()


def test_hs_has_every_heading_no_missing_no_extra():
    official = {c for c, r in hs_official().items() if r["level"] == "4"}
    mine = set(hs_mine("4"))
    assert mine == official, f"missing {sorted(official - mine)}; extra {sorted(mine - official)}"
    assert len(mine) == 1228


def test_hs6_rows_exist_in_hs_2022_and_there_are_at_least_120():
    official = hs_official()
    mine = hs_mine("6")
    assert len(mine) >= 120
    for code in mine:
        assert code in official and official[code]["level"] == "6", f"{code} is not HS 2022"


def test_hs_rows_have_their_parents():
    codes = {r["code"] for r in ours("hs2022.csv")}
    for code in codes:
        if len(code) > 2:
            assert code[:-2] in codes, code


def test_hs_chapters_and_hs6_are_described_in_all_six_languages():
    for level in ("2", "6"):
        for code, row in hs_mine(level).items():
            for column in HS_DESC_COLUMNS:
                assert row[column], f"{code}: empty {column}"


def test_hs_headings_are_described_in_indonesian_and_english():
    for code, row in hs_mine("4").items():
        assert row["description_id"] and row["description_en"], code


def test_hs_descriptions_are_in_the_right_script():
    scripts = {
        "description_zh_hans": re.compile(r"[\u4e00-\u9fff]"),
        "description_ja": re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]"),
        "description_ar": re.compile(r"[\u0600-\u06ff]"),
    }
    for row in ours("hs2022.csv"):
        for column, pattern in scripts.items():
            if row[column]:
                assert pattern.search(row[column]), f"{row['code']} {column}"
        assert not re.search(
            r"[\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff]",
            row["description_id"] + row["description_en"] + row["description_fr"],
        ), row["code"]


def test_hs_descriptions_are_our_own_wording_not_a_copy():
    official = hs_official()
    rows = [r for r in ours("hs2022.csv") if r["code"] in official]
    same = [
        r["code"]
        for r in rows
        if norm(r["description_en"]).lower() == norm(official[r["code"]]["description"]).lower()
    ]
    assert len(same) < 0.2 * len(rows), f"{len(same)} English descriptions copied verbatim"


def test_hs_keywords_people_search_for():
    mine = {r["code"]: r["description_id"].lower() for r in ours("hs2022.csv")}
    expectations = {
        "090111": "kopi robusta/arabika, tidak digongseng, tidak dihilangkan kafeinnya",
        "090411": "lada hitam",
        "030617": "udang beku",
        "200899": "keripik pisang",
        "170290": "gula aren / gula kelapa",
    }
    for code, words in expectations.items():
        assert words in mine[code], code
