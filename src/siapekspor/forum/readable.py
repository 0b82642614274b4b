"""The owner's data as an ordinary owner reads it (the PDF of `selectors.owner_report`): each
stored value in the reader's language — choice labels instead of codes, names instead of
reference codes (regency, district, KBLI and HS, countries, organisations), yes/no, numbers
in the reader's format, dates and times in the site's time zone with Django's formats.

The machine-readable export (`selectors.owner_data`) keeps the stored values (codes, ISO
times); this module only words them, value by value, so the PDF leaves nothing out."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from django.db import models
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from siapekspor.core import countries
from siapekspor.core.forms import show_number
from siapekspor.registry import refnames
from siapekspor.registry.models import HsCode, KbliCode

# Columns that hold an ISO 3166 alpha-3 country code as text.
_COUNTRY_NAMES = {"country", "destination", "market"}
_COUNTRY_SUFFIXES = ("_country", "_market")
# Columns that hold HS or KBLI codes as text (not as a foreign key): `hs_code_to_review`,
# `hs_interests` ("0901, 0902").
_HS_PREFIX = "hs_"
_KBLI_WORD = "kbli"
_CODE = re.compile(r"\d{2,6}")

# A related row is named by these attributes, the first one it has (else `str(row)`).
_NAME_ATTRIBUTES = ("display_name", "name", "title")


def _with_note(code: KbliCode | HsCode) -> str:
    """`0901 Kopi` in the reader's language, else in English with "(English)" after it."""
    text, fallback = refnames.name_of(code)
    shown = f"{code.code} {text}"
    return f"{shown} {refnames.FALLBACK_NOTES[fallback]}" if fallback else shown


def _person(user: Any) -> str:
    label = getattr(user, "display_label", None)
    return label() if label else str(user.get_username())


def _row_name(row: models.Model) -> str:
    if isinstance(row, KbliCode | HsCode):
        return _with_note(row)
    if hasattr(row, "get_username"):
        return _person(row)
    for attribute in _NAME_ATTRIBUTES:
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value:
            return value
    if type(row).__str__ is not models.Model.__str__:
        return str(row)
    return str(row.pk)


def _related(field: models.Field[Any, Any], value: Any, memo: dict[Any, str]) -> str:
    model = field.related_model
    key = (model, value)
    if key not in memo:
        row = model._default_manager.filter(pk=value).first()  # type: ignore[union-attr]
        memo[key] = _row_name(row) if row is not None else str(value)
    return memo[key]


def _codes(model: type[KbliCode] | type[HsCode], text: str, memo: dict[Any, str]) -> str:
    """Every code in the text with its name, the rest of the text as it was."""

    def named(match: re.Match[str]) -> str:
        key = (model, match.group(0))
        if key not in memo:
            row = model._default_manager.filter(code=match.group(0)).first()
            memo[key] = _with_note(row) if row is not None else match.group(0)
        return memo[key]

    return _CODE.sub(named, text)


def _is_country(name: str, value: Any) -> bool:
    return (name in _COUNTRY_NAMES or name.endswith(_COUNTRY_SUFFIXES)) and (
        isinstance(value, str) and countries.is_valid(value)
    )


def _language_name(code: str) -> str:
    """A language code ("id", "zh-hans") by its name in the reader's language."""
    try:
        info = translation.get_language_info(code.strip().lower().replace("_", "-"))
        return str(info["name_translated"])
    except KeyError:
        return code


def _moment(value: dt.date | dt.time) -> str:
    if isinstance(value, dt.datetime):
        local = timezone.localtime(value) if timezone.is_aware(value) else value
        return formats.date_format(local, "DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return formats.date_format(value, "DATE_FORMAT")
    return formats.time_format(value, "TIME_FORMAT")


def _number(field: models.Field[Any, Any], value: Decimal | int | float) -> str:
    if field.primary_key or "year" in field.name:  # an id or a year is never grouped
        return str(value)
    return show_number(value)


def _structured(value: dict | list) -> str:
    if isinstance(value, dict):
        return "; ".join(
            f"{k}: {_structured(v) if isinstance(v, dict | list) else v}" for k, v in value.items()
        )
    return ", ".join(_structured(v) if isinstance(v, dict | list) else str(v) for v in value)


def value_text(field: models.Field[Any, Any], value: Any, memo: dict[Any, str]) -> str:
    """One stored value of `field` as the owner reads it ("" for nothing stored). `memo`
    keeps the names of related rows and codes already looked up."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if field.is_relation and field.related_model is not None:
        return _related(field, value, memo)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, dt.date | dt.time):
        return _moment(value)
    if isinstance(value, Decimal | int | float):
        return _number(field, value)
    if isinstance(value, dict | list):
        return _structured(value)
    if hasattr(value, "storage"):  # a stored file: its name
        return str(value.name or "").rsplit("/", 1)[-1]
    text = str(value)
    if field.name == "language" or field.name.endswith("_language"):
        return _language_name(text)
    if _is_country(field.name, text):
        return countries.name(text)
    if field.name.startswith(_HS_PREFIX):
        return _codes(HsCode, text, memo)
    if _KBLI_WORD in field.name:
        return _codes(KbliCode, text, memo)
    return text
