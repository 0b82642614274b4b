"""A stored value as people read it: one rule for the owner's "my data" PDF
(`forum.selectors.owner_report`) and the audit history (`core.audit.history_lines`).

Choice labels instead of codes, names instead of keys and reference codes, yes/no, numbers
in the reader's format, dates and times in the site's time zone with Django's formats,
countries and languages by their names. Values may come from a model instance or from the
audit log's JSON (dates and decimals as ISO strings, a related row by its key or its code).

Apps add what core cannot know without importing them (`registry/readable_names.py`):
`register_row_name(model, render)` names a related row of that model, and
`register_text_column(matches, render)` words the codes a text column holds (`hs_interests`
= "0901, 0902"), `register_column(model, name, render)` words one column of one model (a
JSON column of codes and scores: `readiness/readable_names.py`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import dateparse, formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from siapekspor.core import countries
from siapekspor.core.forms import show_number

# Columns that hold an ISO 3166 alpha-3 country code as text.
_COUNTRY_NAMES = {"country", "destination", "market"}
_COUNTRY_SUFFIXES = ("_country", "_market")
# A related row is named by these attributes, the first one it has (else `str(row)`).
_NAME_ATTRIBUTES = ("display_name", "name", "title")

Memo = dict[Any, str]
_ROW_NAMES: dict[type[models.Model], Callable[[Any], str]] = {}
_TEXT_COLUMNS: list[tuple[Callable[[str], bool], Callable[[str, Memo], str]]] = []
_COLUMNS: dict[tuple[str, str], Callable[[Any, Memo], str]] = {}


def register_row_name(model: type[models.Model], render: Callable[[Any], str]) -> None:
    """A related row of `model` is named by `render(row)`."""
    _ROW_NAMES[model] = render


def register_text_column(
    matches: Callable[[str], bool], render: Callable[[str, Memo], str]
) -> None:
    """A text column whose name `matches` is worded by `render(text, memo)`."""
    _TEXT_COLUMNS.append((matches, render))


def register_column(model: str, name: str, render: Callable[[Any, Memo], str]) -> None:
    """The column `name` of `model` ("app.model") is worded by `render(value, memo)`."""
    _COLUMNS[(model.lower(), name)] = render


def row_name(row: models.Model) -> str:
    """A row as people name it: a person by `display_label()`, else the app's registered
    rule, `display_name`, `name`, `title` or `str(row)`."""
    render = _ROW_NAMES.get(type(row))
    if render is not None:
        return render(row)
    label = getattr(row, "display_label", None)
    if callable(label):
        return str(label())
    for attribute in _NAME_ATTRIBUTES:
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value:
            return value
    if type(row).__str__ is not models.Model.__str__:
        return str(row)
    return str(row.pk)


def _related(field: models.Field[Any, Any], value: Any, memo: Memo) -> str:
    """The row a key points at, by its name; a value stored as a code (older audit entries)
    is looked up by its code."""
    model = field.related_model
    assert model is not None and not isinstance(model, str)
    key = (model, str(value))
    if key not in memo:
        manager = model._default_manager
        try:
            row = manager.filter(pk=value).first()
        except (ValueError, TypeError, ValidationError):
            row = None
        if row is None and any(f.name == "code" for f in model._meta.fields):
            row = manager.filter(code=str(value)).first()
        memo[key] = row_name(row) if row is not None else str(value)
    return memo[key]


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


def _parsed(field: models.Field[Any, Any], value: str) -> Any:
    """A date, time or number the audit log stored as text, back as its type (else the
    text as it was)."""
    try:
        if isinstance(field, models.DateTimeField):
            return dateparse.parse_datetime(value) or value
        if isinstance(field, models.DateField):
            return dateparse.parse_date(value) or value
        if isinstance(field, models.TimeField):
            return dateparse.parse_time(value) or value
        if isinstance(field, models.DecimalField | models.FloatField):
            return Decimal(value)
        if isinstance(field, models.IntegerField):
            return int(value)
    except (ValueError, InvalidOperation):
        return value
    return value


def _number(field: models.Field[Any, Any], value: Decimal | int | float) -> str:
    if field.primary_key or "year" in field.name:  # an id or a year is never grouped
        return str(value)
    places = getattr(field, "decimal_places", None)
    number = Decimal(str(value))
    if places and number != number.to_integral_value():  # 12.500,50 (a column of cents)
        return formats.number_format(number, places, use_l10n=True, force_grouping=True)
    return show_number(number)  # 4.118, never 4.118,00


def item_text(value: Any) -> str:
    """One item of a JSON value: yes/no, a number in the reader's format, else as stored."""
    if isinstance(value, dict | list):
        return _structured(value)
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, int | float | Decimal):
        return show_number(Decimal(str(value)))
    return str(value)


def _structured(value: dict | list) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}: {item_text(v)}" for k, v in value.items())
    return ", ".join(item_text(v) for v in value)


def value_text(field: models.Field[Any, Any], value: Any, memo: Memo) -> str:
    """One stored value of `field` as people read it ("" for nothing stored). `memo` keeps
    the names of related rows and codes already looked up."""
    if value is None or value == "" or value == [] or value == {}:
        return ""
    model = getattr(field, "model", None)
    column = _COLUMNS.get((model._meta.label_lower, field.name)) if model is not None else None
    if column is not None:
        return column(value, memo)
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if field.is_relation and field.related_model is not None:
        if isinstance(value, models.Model):
            return row_name(value)
        return _related(field, value, memo)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, str):
        value = _parsed(field, value)
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
    for matches, render in _TEXT_COLUMNS:
        if matches(field.name):
            return render(text, memo)
    return text
