"""The site's languages in one place, all derived from `settings.LANGUAGES`.

Three spellings of one language meet in this project: the Django language code of URLs and
`translation.override` (`id`, `zh-hans`), the gettext locale of the catalogue folders
(`id`, `zh_Hans`) and the suffix of django-modeltranslation's columns (`_ind`, `_zh_hans`:
Indonesian is `_ind` because an `_id` suffix would clash with foreign keys). Code asks this
module for them instead of spelling a list of languages; content modules write
`{language code: text}` and loaders store it with `set_translations()`.

Adding a language: a line in `settings.LANGUAGES`, its catalogues, one generated migration
(see docs/DEVELOPING.md, "Adding a language").
"""

from __future__ import annotations

from collections.abc import Mapping

from babel import Locale
from babel.core import get_global
from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language_info, to_locale
from modeltranslation.utils import build_localized_fieldname


def list_separator() -> str:
    """What joins the items of a list in the active language (", ", Arabic "، ", Chinese and
    Japanese "、"); in templates `{% load lists %}{% list_separator %}`."""
    return translation.pgettext("list separator", ", ")


def codes() -> tuple[str, ...]:
    """Every language of the site, the default (authoritative) one first: ("id", "en", …)."""
    listed = tuple(code for code, _name in settings.LANGUAGES)
    return (default(), *(c for c in listed if c != default()))


def default() -> str:
    """The authoritative language (Indonesian)."""
    return str(settings.LANGUAGE_CODE)


def machine_translated() -> tuple[str, ...]:
    """The languages whose texts are machine translations of the default language."""
    return codes()[1:]


def is_rtl(code: str) -> bool:
    """Whether the language is written right to left (Arabic)."""
    return bool(get_language_info(code)["bidi"])


def normalise(code: str | None) -> str:
    """One of the site's codes for a requested one (`zh-Hans`, `zh_hans`, `AR`, `en-GB`);
    the default language when it names none of them."""
    wanted = (code or "").strip().lower().replace("_", "-")
    if wanted in codes():
        return wanted
    base = wanted.split("-")[0]
    for known in codes():
        if known.split("-")[0] == base and base:
            return known
    return default()


def script(code: str) -> str:
    """The ISO 15924 script a language is written in (CLDR through Babel): Latn, Arab, Hans…"""
    parsed = Locale.parse(locale(code))
    if parsed.script:
        return str(parsed.script)
    likely = get_global("likely_subtags").get(parsed.language, "")
    parts = likely.split("_")
    return parts[1] if len(parts) > 2 else "Latn"


def locale(code: str) -> str:
    """The gettext locale of a language, as named by its catalogue folder: zh-hans → zh_Hans."""
    return to_locale(code)


def locales() -> tuple[str, ...]:
    """The gettext locales of every language (the `-l` arguments of makemessages)."""
    return tuple(locale(c) for c in codes())


def column(field: str, code: str) -> str:
    """modeltranslation's column of `field` in a language: ("title", "id") → "title_ind"."""
    return build_localized_fieldname(field, code)


def columns(field: str) -> dict[str, str]:
    """{language code: column} of a translated field, for every language."""
    return {code: column(field, code) for code in codes()}


class MissingTranslation(ValueError):
    """A content text lacks a language of the site."""


def set_translations(
    obj: object, field: str, texts: Mapping[str, str] | None, *, required: bool = True
) -> None:
    """Store `{language: text}` in every language column of `obj.field`.

    Every language of the site must be present when `required` (content that lacks one is a
    bug to fix in the content, not a silent fallback); an optional text may be None or empty.
    Keys that are not languages of the site are refused, so a misspelt code cannot be lost.
    """
    texts = texts or {}
    unknown = set(texts) - set(codes())
    if unknown:
        raise MissingTranslation(f"{field}: unknown language codes {sorted(unknown)}")
    missing = [code for code in codes() if not texts.get(code)]
    if required and missing:
        raise MissingTranslation(f"{field}: no text in {missing}: {texts.get(default(), '')!r}")
    with translation.override(default()):
        # The untranslated column holds the authoritative text (as on first creation).
        setattr(obj, field, texts.get(default()) or "")
    for code in codes():
        setattr(obj, column(field, code), texts.get(code) or "")
