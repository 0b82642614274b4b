"""The requirements data file (`data/requirements.json`) and reading its `{language: text}`
values in the reader's language."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from django.utils import translation

from siapekspor.core import i18n

DATA_FILE = Path(__file__).resolve().parent / "data" / "requirements.json"


class MissingLanguage(ValueError):
    pass


def read(path: Path | None = None) -> dict[str, Any]:
    with open(path or DATA_FILE, encoding="utf-8") as fh:
        return json.load(fh)


@functools.cache
def builtin() -> dict[str, Any]:
    return read()


def check_texts(texts: dict[str, str], *, where: str, optional: bool = False) -> None:
    """Refuse a text that lacks a language of the site (or names an unknown one)."""
    if optional and not texts:
        return
    wanted = set(i18n.codes())
    missing = sorted(c for c in wanted if not str(texts.get(c, "")).strip())
    unknown = sorted(set(texts) - wanted)
    if missing or unknown:
        raise MissingLanguage(f"{where}: missing {missing}, unknown {unknown}")


def pick(texts: dict[str, str] | None, language: str | None = None) -> str:
    """The text in `language` (default: the active one), else Indonesian, else empty."""
    if not texts:
        return ""
    code = i18n.normalise(language or translation.get_language())
    return texts.get(code) or texts.get(i18n.default()) or ""


def condition_question(key: str, language: str | None = None) -> str:
    return pick(builtin().get("conditions", {}).get(key), language)


def origin_forms() -> list[dict[str, Any]]:
    return list(builtin().get("origin", []))
