"""Loading reference data: our curated tables (reference_data/) or complete official files.

Loads are idempotent upserts keyed on the code: running them again changes nothing, and
an official file adds codes and names without deleting what enterprises point to.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _

from siapekspor.core import i18n
from siapekspor.core.errors import ValidationFailed
from siapekspor.registry.models import District, HsCode, KbliCode, Regency, RegionKind

BUILTIN_DIR = Path(__file__).resolve().parent / "reference_data"


def csv_column(field: str, language: str) -> str:
    """Our CSV tables name a translated column by the language code, "-" written "_"."""
    return f"{field}_{language.replace('-', '_')}"


# The official files are in Indonesian (KBLI, BTKI) and English (WCO HS, BTKI).
ID_TITLE = i18n.column("title", "id")
ID_DESCRIPTION = i18n.column("description", "id")
EN_DESCRIPTION = i18n.column("description", "en")


@dataclass
class LoadSummary:
    kind: str
    source: str
    loaded: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        return f"{self.kind}: loaded={self.loaded} skipped={self.skipped} source={self.source}"


def _open_text(path: Path) -> io.TextIOBase:
    if not path.exists():
        raise ValidationFailed(_("File not found: %(path)s") % {"path": path})
    raw = gzip.open(path, "rb") if path.suffix == ".gz" else path.open("rb")  # noqa: SIM115
    return io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with _open_text(path) as fh:
        yield from csv.DictReader(fh)


def _require(header: Iterable[str], needed: set[str], path: Path, what: str) -> None:
    missing = needed - set(header)
    if missing:
        raise ValidationFailed(
            _("%(path)s is not a %(what)s file: missing columns %(cols)s.")
            % {"path": path.name, "what": what, "cols": ", ".join(sorted(missing))}
        )


# --- Regions --------------------------------------------------------------------------------


def load_regions_builtin() -> LoadSummary:
    """Lampung's 15 regencies/cities and 229 districts from reference_data/."""
    path = BUILTIN_DIR / "lampung_regions.csv"
    regencies, districts = [], []
    for row in _rows(path):
        if row["kind"] in (RegionKind.REGENCY, RegionKind.CITY):
            regencies.append(
                Regency(
                    code=row["code"],
                    name=row["name"],
                    kind=row["kind"],
                    population=int(row["population"]) if row["population"] else None,
                )
            )
        elif row["kind"] == "district":
            districts.append(
                District(code=row["code"], name=row["name"], regency_id=row["parent_code"])
            )
    return _save_regions(regencies, districts, source=str(path.name))


def load_regions_file(path: Path, *, province: str | None = None) -> LoadSummary:
    """A Kemendagri code list (columns kode, nama, level) for the configured province."""
    province = province or settings.PROVINCE_CODE
    regencies, districts = [], []
    summary_skipped = 0
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        _require(reader.fieldnames or [], {"kode", "nama", "level"}, path, _("region code"))
        for row in reader:
            code = row["kode"].strip()
            if not code.startswith(province + "."):
                summary_skipped += 1
                continue
            level = row["level"].strip()
            name = row["nama"].strip()
            if level == "2":
                kind = RegionKind.CITY if name.lower().startswith("kota ") else RegionKind.REGENCY
                name = re.sub(r"^(Kabupaten|Kab\.|Kota)\s+", "", name)
                regencies.append(Regency(code=code, name=name, kind=kind))
            elif level == "3":
                districts.append(District(code=code, name=name, regency_id=code[:5]))
            else:
                summary_skipped += 1
    summary = _save_regions(regencies, districts, source=str(path))
    summary.skipped = summary_skipped
    return summary


@transaction.atomic
def _save_regions(regencies: list[Regency], districts: list[District], *, source: str):
    if regencies:
        with_population = [r for r in regencies if r.population is not None]
        Regency.objects.bulk_create(
            regencies, update_conflicts=True, unique_fields=["code"], update_fields=["name", "kind"]
        )
        for r in with_population:
            Regency.objects.filter(code=r.code).update(population=r.population)
    known = set(Regency.objects.values_list("code", flat=True))
    orphans = [d for d in districts if d.regency_id not in known]
    districts = [d for d in districts if d.regency_id in known]
    District.objects.bulk_create(
        districts, update_conflicts=True, unique_fields=["code"], update_fields=["name", "regency"]
    )
    summary = LoadSummary(
        kind="regions", source=source, loaded=len(regencies) + len(districts), skipped=len(orphans)
    )
    summary.problems = [f"{d.code}: unknown regency {d.regency_id}" for d in orphans]
    return summary


# --- KBLI -----------------------------------------------------------------------------------


def load_kbli_builtin() -> LoadSummary:
    path = BUILTIN_DIR / "kbli_ikm.csv"
    rows = list(_rows(path))
    # Every language the table carries (Indonesian and English today).
    languages = [lang for lang in i18n.codes() if rows and csv_column("title", lang) in rows[0]]
    objs = []
    for r in rows:
        obj = KbliCode(
            code=r["code"], level=int(r["level"]), title=r[csv_column("title", i18n.default())]
        )
        for lang in languages:
            setattr(obj, i18n.column("title", lang), r[csv_column("title", lang)] or None)
        objs.append(obj)
    fields = ["level", "title", *(i18n.column("title", lang) for lang in languages)]
    summary = _save_kbli(objs, source=path.name, fields=fields)
    name_kbli_divisions()
    return summary


def load_kbli_file(path: Path) -> LoadSummary:
    """The official KBLI 2020 list (columns code, judul; 2 to 5 digits), Indonesian titles."""
    objs, skipped = [], 0
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        _require(reader.fieldnames or [], {"code", "judul"}, path, _("KBLI"))
        for row in reader:
            code = row["code"].strip()
            if not code.isdigit() or not 2 <= len(code) <= 5:
                skipped += 1
                continue
            title = " ".join(row["judul"].split())
            objs.append(KbliCode(code=code, level=len(code), title=title, **{ID_TITLE: title}))
    summary = _save_kbli(objs, source=str(path), fields=["level", "title", ID_TITLE])
    name_kbli_divisions()
    summary.skipped = skipped
    return summary


KBLI_DIVISIONS = "kbli_divisions.csv"


@transaction.atomic
def name_kbli_divisions() -> int:
    """Give the manufacturing divisions (KBLI 2020 section C, 10–33) that are loaded their
    titles in every language (reference_data/kbli_divisions.csv): the dashboard's sectors.
    The official lists are in Indonesian and English only; a division outside the table keeps
    what its file gave. Returns the number of divisions named."""
    rows = {r["code"]: r for r in _rows(BUILTIN_DIR / KBLI_DIVISIONS)}
    named = list(KbliCode.objects.filter(level=2, code__in=list(rows)))
    for division in named:
        row = rows[division.code]
        i18n.set_translations(
            division, "title", {lang: row[csv_column("title", lang)] for lang in i18n.codes()}
        )
        division.save(update_fields=["title", *i18n.columns("title").values()])
    return len(named)


@transaction.atomic
def _save_kbli(objs: list[KbliCode], *, source: str, fields: list[str]) -> LoadSummary:
    KbliCode.objects.bulk_create(
        objs, update_conflicts=True, unique_fields=["code"], update_fields=fields, batch_size=500
    )
    return LoadSummary(kind="kbli", source=source, loaded=len(objs))


# --- HS -------------------------------------------------------------------------------------


NOMENCLATURE = "hs2022_nomenclature.csv"
CURATED_HS = "hs2022.csv"


def load_hs_builtin() -> LoadSummary:
    """The complete HS 2022 nomenclature (every heading and subheading, Indonesian and English,
    built from the WCO list and BTKI 2022 by `hs_nomenclature.py`), then our curated table on
    top (chapters, and the IKM subheadings in our own wording, in six languages)."""
    codes = _load_hs_nomenclature() | _load_hs_curated()
    return LoadSummary(kind="hs", source=f"{NOMENCLATURE} + {CURATED_HS}", loaded=len(codes))


def _load_hs_nomenclature() -> set[str]:
    objs = []
    for r in _rows(BUILTIN_DIR / NOMENCLATURE):
        id_text, en = r["description_id"], r["description_en"]
        objs.append(
            HsCode(
                code=r["code"],
                level=int(r["level"]),
                description=id_text or en,
                **{ID_DESCRIPTION: id_text or None, EN_DESCRIPTION: en or None},
            )
        )
    _save_hs(
        objs, source=NOMENCLATURE, fields=["level", "description", ID_DESCRIPTION, EN_DESCRIPTION]
    )
    return {o.code for o in objs}


def _load_hs_curated() -> set[str]:
    path = BUILTIN_DIR / CURATED_HS
    objs = []
    for r in _rows(path):
        default_text = r[csv_column("description", i18n.default())]
        obj = HsCode(code=r["code"], level=int(r["level"]), description=default_text)
        for lang, col in i18n.columns("description").items():
            setattr(obj, col, r.get(csv_column("description", lang)) or None)
        objs.append(obj)
    fields = ["level", "description", *i18n.columns("description").values()]
    _save_hs(objs, source=path.name, fields=fields)
    return {o.code for o in objs}


def _clean_btki(text: str) -> str:
    return re.sub(r"^[\s\-–]+", "", text).rstrip(" :").strip()


def load_hs_file(path: Path) -> LoadSummary:
    """An official HS list: the WCO/UN HS 2022 table (hscode, description, level) in English,
    or BTKI 2022 (hs_code, description_id, description_en, hs_level) in both languages.
    Existing translations that the file does not carry are kept."""
    with _open_text(path) as fh:
        reader = csv.DictReader(fh)
        header = set(reader.fieldnames or [])
        rows = list(reader)
    objs, skipped = [], 0
    existing = {h.code: h for h in HsCode.objects.all()}
    if {"hscode", "description", "level"} <= header:
        for row in rows:
            code = row["hscode"].strip()
            if not code.isdigit() or len(code) not in (2, 4, 6):
                skipped += 1
                continue
            old = existing.get(code)
            en = " ".join(row["description"].split())
            id_text = getattr(old, ID_DESCRIPTION, None) if old else None
            objs.append(
                HsCode(
                    code=code,
                    level=len(code),
                    description=id_text or en,
                    **{ID_DESCRIPTION: id_text, EN_DESCRIPTION: en},
                )
            )
        fields = ["level", "description", EN_DESCRIPTION]
    elif {"hs_code", "description_id", "description_en", "hs_level"} <= header:
        for row in rows:
            code = row["hs_code"].replace(".", "").strip()
            if row["hs_level"].strip() not in ("4", "6") or len(code) not in (4, 6):
                skipped += 1
                continue
            id_text, en = _clean_btki(row["description_id"]), _clean_btki(row["description_en"])
            old = existing.get(code)
            # BTKI's level-6 lines are often just "Other": keep a richer text we already have.
            if old and id_text.lower() in ("lain-lain", "lain - lain"):
                skipped += 1
                continue
            objs.append(
                HsCode(
                    code=code,
                    level=len(code),
                    description=id_text,
                    **{ID_DESCRIPTION: id_text, EN_DESCRIPTION: en},
                )
            )
        fields = ["level", "description", ID_DESCRIPTION, EN_DESCRIPTION]
    else:
        raise ValidationFailed(
            _(
                "%(path)s is not a known HS file: expected columns hscode, description, level "
                "(HS 2022) or hs_code, description_id, description_en, hs_level (BTKI)."
            )
            % {"path": path.name}
        )
    summary = _save_hs(objs, source=str(path), fields=fields)
    summary.skipped = skipped
    return summary


@transaction.atomic
def _save_hs(objs: list[HsCode], *, source: str, fields: list[str]) -> LoadSummary:
    HsCode.objects.bulk_create(
        objs, update_conflicts=True, unique_fields=["code"], update_fields=fields, batch_size=500
    )
    return LoadSummary(kind="hs", source=source, loaded=len(objs))


def reference_is_loaded() -> bool:
    return Regency.objects.exists() and HsCode.objects.exists() and KbliCode.objects.exists()
