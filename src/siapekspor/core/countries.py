"""Country names in every language of the site, from one source.

Codes are ISO 3166-1 alpha-3 (`IDN`, `CHN`; pycountry knows which exist). Names are CLDR's
(through Babel), which writes countries as their speakers do ("Tiongkok", "Korea Selatan",
"كوريا الجنوبية", "韩国"), where ISO's own catalogues give formal or dated names ("Cina",
"Korea, Republik"). A few CLDR names are long administrative forms or read wrong in
Indonesian usage: OVERRIDES fixes them. Every place that names a country uses `name()`:
market recommendations, shipment destinations and the reports.

No Django is needed (the markets engine uses it); without a language the active Django
language is used.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import pycountry
from babel import Locale, UnknownLocaleError

# Kosovo: used by the World Bank and Comtrade, not in ISO 3166-1 (CLDR code XK).
EXTRA_ALPHA2 = {"XKX": "XK"}

# Names CLDR gets wrong for our readers: {alpha-2: {language: name}}. Indonesian follows
# Kemlu/BPS usage; the short forms of Hong Kong and Macao are CLDR's own "short" variants.
OVERRIDES: dict[str, dict[str, str]] = {
    "GB": {"id": "Inggris"},
    "MM": {"id": "Myanmar"},
    "HK": {
        "id": "Hong Kong",
        "en": "Hong Kong",
        "zh-hans": "香港",
        "ja": "香港",
        "ar": "هونغ كونغ",
        "fr": "Hong Kong",
    },
    "MO": {
        "id": "Makau",
        "en": "Macao",
        "zh-hans": "澳门",
        "ja": "マカオ",
        "ar": "مكاو",
        "fr": "Macao",
    },
    "PS": {
        "id": "Palestina",
        "en": "Palestine",
        "zh-hans": "巴勒斯坦",
        "ja": "パレスチナ",
        "ar": "فلسطين",
        "fr": "Palestine",
    },
}


def _alpha2(iso3: str) -> str | None:
    code = (iso3 or "").strip().upper()
    if code in EXTRA_ALPHA2:
        return EXTRA_ALPHA2[code]
    country = pycountry.countries.get(alpha_3=code) if len(code) == 3 else None
    return country.alpha_2 if country else None


def _language(language: str | None) -> str:
    if language:
        return language.lower().replace("_", "-")
    from django.utils.translation import get_language

    return (get_language() or "id").lower()


@functools.cache
def _territories(language: str) -> dict[str, str]:
    try:
        return dict(Locale.parse(language, sep="-").territories)
    except (UnknownLocaleError, ValueError):
        return dict(Locale.parse("en").territories)


def is_valid(iso3: str | None) -> bool:
    """Whether `iso3` is a country code we know (ISO 3166-1 alpha-3, or Kosovo's XKX)."""
    return _alpha2(iso3 or "") is not None


def name(iso3: str | None, language: str | None = None) -> str:
    """The country's name in `language` (the active language when None); the code if unknown."""
    alpha2 = _alpha2(iso3 or "")
    if alpha2 is None:
        return iso3 or ""
    lang = _language(language)
    fixed = OVERRIDES.get(alpha2, {}).get(lang)
    if fixed:
        return fixed
    return _territories(lang).get(alpha2) or _territories("en").get(alpha2) or (iso3 or "")


def names(codes: Iterable[str], language: str | None = None) -> dict[str, str]:
    """Names of several countries at once: {iso3: name}."""
    lang = _language(language)
    return {code: name(code, lang) for code in codes}


def choices(language: str | None = None) -> list[tuple[str, str]]:
    """(iso3, name) for every ISO country, sorted by name in `language` (form choices)."""
    lang = _language(language)
    rows = [(c.alpha_3, name(c.alpha_3, lang)) for c in pycountry.countries]
    return sorted(rows, key=lambda r: r[1].casefold())


# Spellings found in BPS tables and customs records that CLDR does not give: {text: iso3}.
ALIASES: dict[str, str] = {
    "rrt": "CHN",
    "cina": "CHN",
    "republik rakyat tiongkok": "CHN",
    "republik rakyat cina": "CHN",
    "hongkong": "HKG",
    "korea": "KOR",
    "korea selatan": "KOR",
    "republik korea": "KOR",
    "taiwan": "TWN",
    "amerika": "USA",
    "as": "USA",
    "usa": "USA",
    "uni emirat arab": "ARE",
    "persatuan emirat arab": "ARE",
    "britania raya": "GBR",
    "kerajaan inggris": "GBR",
    "vietnam": "VNM",
    "viet nam": "VNM",
}


def _fold(text: str) -> str:
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split())


@functools.cache
def _by_name() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(_fold(value), country.alpha_3)
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    from siapekspor.core import i18n

    for language in i18n.codes():  # names in every site language (CLDR)
        for alpha2, text in _territories(language).items():
            if alpha2 in alpha3:
                table.setdefault(_fold(text), alpha3[alpha2])
    for alpha2, texts in OVERRIDES.items():
        for text in texts.values():
            if alpha2 in alpha3:
                table[_fold(text)] = alpha3[alpha2]
    table.update(ALIASES)
    return table


def lookup(text: str | None) -> str | None:
    """ISO3 for a code (ISO3, ISO2) or a country name in any site language (CLDR), or None."""
    raw = (text or "").strip()
    if not raw:
        return None
    upper = raw.upper()
    if len(upper) == 3 and is_valid(upper):
        return upper
    if len(upper) == 2:
        country = pycountry.countries.get(alpha_2=upper)
        if country:
            return country.alpha_3
    return _by_name().get(_fold(raw))
