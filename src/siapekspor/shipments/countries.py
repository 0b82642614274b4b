"""ISO 3166 countries through pycountry, with names in the page language."""

from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry
from django.utils import translation

_LANG = {"id": "id", "en": "en", "zh-hans": "zh_CN", "ja": "ja", "ar": "ar", "fr": "fr"}


@lru_cache(maxsize=8)
def _translator(language: str):
    code = _LANG.get(language, "en")
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[code])
    except OSError:
        return gettext.NullTranslations()


def is_valid(alpha3: str) -> bool:
    return bool(alpha3) and pycountry.countries.get(alpha_3=alpha3.upper()) is not None


def name(alpha3: str, language: str | None = None) -> str:
    country = pycountry.countries.get(alpha_3=(alpha3 or "").upper())
    if country is None:
        return alpha3 or ""
    language = language or translation.get_language() or "id"
    return _translator(language).gettext(country.name)


def choices(language: str | None = None) -> list[tuple[str, str]]:
    language = language or translation.get_language() or "id"
    rows = [(c.alpha_3, name(c.alpha_3, language)) for c in pycountry.countries]
    return sorted(rows, key=lambda r: r[1])
