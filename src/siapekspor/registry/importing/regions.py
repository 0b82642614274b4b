"""Match regency (kabupaten/kota) and district (kecamatan) names as typed by hand to codes.

"Kab. Lampung Sel.", "Bandar lampung", "Kota Metro", "Lamteng", "18.71", "Kab Tuba" and
small typos all resolve; ambiguous or unknown names return None (the row is rejected with
the reason, never guessed wildly).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

# Common abbreviations of Lampung's regencies and cities (normalised, without "kab"/"kota").
REGENCY_ALIASES = {
    "lamsel": "lampung selatan",
    "lamteng": "lampung tengah",
    "lamtim": "lampung timur",
    "lampura": "lampung utara",
    "lamut": "lampung utara",
    "lambar": "lampung barat",
    "tuba": "tulang bawang",
    "tulangbawang": "tulang bawang",
    "tubaba": "tulang bawang barat",
    "pesibar": "pesisir barat",
    "waykanan": "way kanan",
    "balam": "bandar lampung",
    "bdl": "bandar lampung",
    "bandarlampung": "bandar lampung",
    "tanggamus": "tanggamus",
    "pringsewu": "pringsewu",
    "mesuji": "mesuji",
    "pesawaran": "pesawaran",
    "metro": "metro",
    "tgm": "tanggamus",
    "psw": "pringsewu",
}
WORD_EXPANSIONS = {
    "sel": "selatan",
    "slt": "selatan",
    "tim": "timur",
    "tmr": "timur",
    "bar": "barat",
    "brt": "barat",
    "teng": "tengah",
    "tgh": "tengah",
    "ut": "utara",
    "utr": "utara",
    "lpg": "lampung",
    "lamp": "lampung",
    "b": "bandar",
    "bd": "bandar",
    "bdr": "bandar",
}
KIND_WORDS = {
    "kab": "regency",
    "kabupaten": "regency",
    "kota": "city",
    "kodya": "city",
    "kotamadya": "city",
    "kot": "city",
}


def clean(text: object) -> str:
    text = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def _split_kind(text: str) -> tuple[str, str | None]:
    words = clean(text).split()
    kind = None
    while words and words[0] in KIND_WORDS:
        kind = KIND_WORDS[words.pop(0)]
    words = [WORD_EXPANSIONS.get(w, w) for w in words]
    return " ".join(words), kind


@dataclass
class RegionIndex:
    """In-memory lookup built once per import from the Regency and District tables."""

    regencies: dict[str, str] = field(default_factory=dict)  # clean name → code
    regency_kind: dict[str, str] = field(default_factory=dict)  # code → kind
    districts: dict[str, dict[str, str]] = field(default_factory=dict)  # regency → name → code
    district_province: dict[str, list[str]] = field(default_factory=dict)  # name → codes
    _cache: dict[tuple, str | None] = field(default_factory=dict)

    @classmethod
    def load(cls) -> RegionIndex:
        from siapekspor.registry.models import District, Regency

        index = cls()
        for code, name, kind in Regency.objects.values_list("code", "name", "kind"):
            index.regencies[clean(name)] = code
            index.regency_kind[code] = kind
        for code, regency_id, name in District.objects.values_list("code", "regency_id", "name"):
            key = clean(name).replace(" ", "")
            index.districts.setdefault(regency_id, {})[key] = code
            index.district_province.setdefault(key, []).append(code)
        return index

    def regency(self, raw: object) -> str | None:
        key = ("r", raw)
        if key not in self._cache:
            self._cache[key] = self._regency(raw)
        return self._cache[key]

    def _regency(self, raw: object) -> str | None:
        text = str(raw or "").strip()
        digits = re.sub(r"\D", "", text)
        if re.fullmatch(r"18\.?\d{2}", text):
            code = f"{digits[:2]}.{digits[2:]}"
            return code if code in self.regency_kind else None
        name, kind = _split_kind(text)
        if not name:
            return None
        compact = name.replace(" ", "")
        name = REGENCY_ALIASES.get(compact, REGENCY_ALIASES.get(name, name))
        code = self.regencies.get(name) or next(
            (c for n, c in self.regencies.items() if n.replace(" ", "") == compact), None
        )
        if code is None:
            hit = process.extractOne(name, list(self.regencies), scorer=fuzz.ratio, score_cutoff=85)
            code = self.regencies[hit[0]] if hit else None
        if code is None:
            return None
        # "Kota Lampung Selatan" is not a place: the kind, when given, must agree.
        if kind and self.regency_kind.get(code) != kind:
            return None
        return code

    def district(self, raw: object, regency_code: str | None) -> str | None:
        key = ("d", raw, regency_code)
        if key not in self._cache:
            self._cache[key] = self._district(raw, regency_code)
        return self._cache[key]

    def _district(self, raw: object, regency_code: str | None) -> str | None:
        text = clean(raw)
        text = re.sub(r"^(kec|kecamatan)\s+", "", text).replace(" ", "")
        if not text:
            return None
        if regency_code is None:
            codes = self.district_province.get(text, [])
            return codes[0] if len(codes) == 1 else None
        names = self.districts.get(regency_code, {})
        if text in names:
            return names[text]
        hit = process.extractOne(text, list(names), scorer=fuzz.ratio, score_cutoff=85)
        return names[hit[0]] if hit else None
