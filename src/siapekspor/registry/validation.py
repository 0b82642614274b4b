"""Every field of an enterprise and its product: the parser, the limits and the message.

The one place these rules live. The enterprise and product forms (`forms.py`, a
`clean_<field>` per field), the API schemas (`api.py`, a before-validator per field) and the
import row parser (`importing/parse.py`, a table of column → validator) all call the same
functions, so the same input gets the same verdict and the same message everywhere
(`tests/test_validation.py` runs one table of cases through all three).

Each validator takes what arrives (text from a form or a csv, a number or a date from a
spreadsheet cell, a JSON value) and returns the clean value, `None` (or "" for text) when it
is empty, or raises `FieldProblem` with a translatable message that says what to fix.
Identifiers are parsed by `registry.identifiers`, numbers by `core.tabular.values`; this
module adds the limits and the wording. Whether a code exists (KBLI, HS, regency) needs the
database: the format is checked here, the lookup by the caller with the message given here.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular.values import (
    ValueProblem,
    cell_text,
    is_blank,
    parse_decimal,
    parse_int,
    parse_money,
)
from siapekspor.registry.identifiers import parse_nib, parse_nik, parse_phone
from siapekspor.registry.models import (
    CapacityUnit,
    Gender,
    LegalForm,
    size_class_for_revenue,
)

NAME_MAX = 200  # business name (and the column)
OWNER_NAME_MAX = 150
ADDRESS_MAX = 300
PRODUCT_NAME_MAX = 200
WORKFORCE_MAX = 100_000
CAPACITY_MAX = Decimal("999999999999.99")  # the column: 14 digits, 2 decimals
COORDINATE_LIMITS = {"latitude": 90, "longitude": 180}

UNKNOWN_KBLI = _("Unknown KBLI 2020 code: give the 5-digit code, for example 10794.")
UNKNOWN_HS = _("Unknown HS code: give the 6-digit subheading (for example 0901.11).")
NOT_NULL = _("This field cannot be null: send a value, or leave the field out.")


# A field's value is not acceptable; `.message` says what to fix. The number parsers
# (`core.tabular.values`) and the identifier parsers (`registry.identifiers.IdentifierError`)
# raise it too, so a validator calls them without wrapping.
FieldProblem = ValueProblem


NAME_REQUIRED = _("The business name is required.")
NAME_TOO_LONG = _("The business name is longer than %(max)s characters.")
OWNER_NAME_TOO_LONG = _("The owner's name is longer than %(max)s characters.")
ADDRESS_TOO_LONG = _("The address is longer than %(max)s characters.")
PRODUCT_NAME_TOO_LONG = _("The product name is longer than %(max)s characters.")


CONTROL_CHARACTERS = _("Remove the control characters (such as NUL) from the text.")
# C0 controls and DEL (tabs and line breaks are whitespace, made spaces before this check),
# C1 controls.
# Control characters, and the bidirectional embeddings, overrides and isolates that can make a
# text display in another order than it is stored ("Trojan Source"); marks (LRM/RLM) stay.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _text(raw: Any, maximum: int, too_long: Any) -> str:
    """Trimmed text, inner runs of spaces made one (an import calls this 95,000 times);
    control characters (a NUL byte…) refused."""
    text = " ".join(raw.split()) if isinstance(raw, str) else cell_text(raw)
    if len(text) > maximum:
        raise FieldProblem(too_long % {"max": maximum})
    if _CONTROL.search(text):
        raise FieldProblem(CONTROL_CHARACTERS)
    return text


def without_control_characters(text: str) -> str:
    """The text with the characters this rule refuses taken out: what a page may show back
    of a refused value (never the raw controls)."""
    return _CONTROL.sub("", text)


def plain_text(raw: Any, maximum: int, too_long: Any) -> str:
    """Any other app's free text (a note, a reason) under the registry's rule: trimmed, at most
    `maximum` characters (`too_long` % {"max": …}), control characters refused with the same
    message. The one place of that rule."""
    return _text(raw, maximum, too_long)


def multiline_text(raw: Any, maximum: int, too_long: Any) -> str:
    """Free text of several lines (a message, an answer) under the same rule: trimmed, at
    most `maximum` characters, line breaks and tabs kept, every other control character and
    direction override refused."""
    text = (raw if isinstance(raw, str) else cell_text(raw)).strip()
    if len(text) > maximum:
        raise FieldProblem(too_long % {"max": maximum})
    if _CONTROL.search(text.replace("\r", "").replace("\n", "").replace("\t", "")):
        raise FieldProblem(CONTROL_CHARACTERS)
    return text


def business_name(raw: Any) -> str:
    text = _text(raw, NAME_MAX, NAME_TOO_LONG)
    if not text:
        raise FieldProblem(NAME_REQUIRED)
    return text


def owner_name(raw: Any) -> str:
    return _text(raw, OWNER_NAME_MAX, OWNER_NAME_TOO_LONG)


def address(raw: Any) -> str:
    return _text(raw, ADDRESS_MAX, ADDRESS_TOO_LONG)


def product_name(raw: Any) -> str:
    return _text(raw, PRODUCT_NAME_MAX, PRODUCT_NAME_TOO_LONG)


def nib(raw: Any) -> str | None:
    return None if is_blank(raw) else parse_nib(raw)


def nik(raw: Any) -> str:
    return "" if is_blank(raw) else parse_nik(raw)


def phone(raw: Any) -> str:
    return "" if is_blank(raw) else parse_phone(raw)


def workforce(raw: Any) -> int | None:
    value = parse_int(raw)
    if value is not None and value > WORKFORCE_MAX:
        raise FieldProblem(
            _("The workforce is implausibly large (at most %(max)s people).")
            % {"max": f"{WORKFORCE_MAX:,}".replace(",", ".")}
        )
    return value


def annual_revenue(raw: Any) -> Decimal | None:
    value = parse_money(raw)
    if value is not None and size_class_for_revenue(value) is None:
        raise FieldProblem(
            _("Annual revenue above Rp 50 billion is a large enterprise, not an IKM (PP 7/2021).")
        )
    return value


def monthly_revenue(raw: Any) -> Decimal | None:
    """A monthly revenue (a column the officer marked "per month"), as the annual figure."""
    value = parse_money(raw)
    return None if value is None else annual_revenue(value * 12)


_COORDINATE = re.compile(r"[+-]?\d{1,3}(?:[.,]\d+)?")


def _coordinate_number(raw: Any) -> Decimal | None:
    """Degrees never carry thousands separators: `-5.429` and `-5,429` are both -5.429."""
    if is_blank(raw):
        return None
    if isinstance(raw, str):
        text = raw.strip().replace("\u2212", "-")
        if not _COORDINATE.fullmatch(text):
            raise FieldProblem(_("Not a number."))
        return Decimal(text.replace(",", "."))
    return parse_decimal(raw)


def _coordinate(raw: Any, limit: int) -> Decimal | None:
    value = _coordinate_number(raw)
    if value is None:
        return None
    if abs(value) > limit:
        raise FieldProblem(_("The coordinate is out of range."))
    return value.quantize(Decimal("0.000001"))


def latitude(raw: Any) -> Decimal | None:
    return _coordinate(raw, COORDINATE_LIMITS["latitude"])


def longitude(raw: Any) -> Decimal | None:
    return _coordinate(raw, COORDINATE_LIMITS["longitude"])


_LETTERS_ONLY = re.compile(r"[^a-z]")
LEGAL_FORMS = {
    "pt": LegalForm.PT,
    "ptperorangan": LegalForm.PT_PERORANGAN,
    "ptindividual": LegalForm.PT_PERORANGAN,
    "cv": LegalForm.CV,
    "ud": LegalForm.UD,
    "koperasi": LegalForm.COOPERATIVE,
    "kop": LegalForm.COOPERATIVE,
    "cooperative": LegalForm.COOPERATIVE,
    "perorangan": LegalForm.INDIVIDUAL,
    "individu": LegalForm.INDIVIDUAL,
    "perseorangan": LegalForm.INDIVIDUAL,
    "individual": LegalForm.INDIVIDUAL,
    "lainnya": LegalForm.OTHER,
    "other": LegalForm.OTHER,
}
GENDERS = {
    "l": Gender.MALE,
    "lk": Gender.MALE,
    "laki": Gender.MALE,
    "lakilaki": Gender.MALE,
    "pria": Gender.MALE,
    "male": Gender.MALE,
    "m": Gender.MALE,
    "p": Gender.FEMALE,
    "pr": Gender.FEMALE,
    "perempuan": Gender.FEMALE,
    "wanita": Gender.FEMALE,
    "female": Gender.FEMALE,
    "f": Gender.FEMALE,
    "w": Gender.FEMALE,
    "unknown": Gender.UNKNOWN,
}
# Units as Indonesian producers write them (lower case, dots and spaces removed, a plural
# "s" dropped): each to a `CapacityUnit` code.
UNITS = {
    **dict.fromkeys(("kg", "kgs", "kilo", "kilogram", "kilogr", "kilos"), "kg"),
    **dict.fromkeys(("g", "gr", "gram", "grm", "gm"), "g"),
    **dict.fromkeys(("ton", "tn", "t", "tonne", "tonase"), "ton"),
    **dict.fromkeys(("l", "lt", "ltr", "liter", "litre", "liters"), "l"),
    **dict.fromkeys(
        (
            "pcs",
            "pc",
            "piece",
            "pieces",
            "buah",
            "bh",
            "unit",
            "biji",
            "bj",
            "potong",
            "ptg",
            "ekor",
            "batang",
            "btg",
            "item",
            "eks",
            "eksemplar",
        ),
        "pcs",
    ),
    **dict.fromkeys(("lembar", "lbr", "helai", "hl", "sheet"), "sheet"),
    **dict.fromkeys(("pasang", "psg", "pair"), "pair"),
    **dict.fromkeys(("botol", "btl", "bottle", "jerigen", "jeriken"), "bottle"),
    **dict.fromkeys(
        (
            "bungkus",
            "bks",
            "bgks",
            "pak",
            "pack",
            "pax",
            "pck",
            "sachet",
            "saset",
            "kemasan",
            "pouch",
            "plastik",
            "kantong",
            "ktg",
        ),
        "pack",
    ),
    **dict.fromkeys(
        ("dus", "dos", "kardus", "karton", "box", "boks", "kotak", "ktk", "peti"), "box"
    ),
    **dict.fromkeys(("karung", "krg", "sak", "zak", "sack", "bal", "bale"), "sack"),
    **dict.fromkeys(("lusin", "lsn", "dozen", "dz", "dzn"), "dozen"),
    **dict.fromkeys(("kodi", "kd"), "kodi"),
    **dict.fromkeys(("m", "meter", "mtr", "metre", "mt"), "m"),
    **dict.fromkeys(("m2", "meterpersegi", "sqm"), "m2"),
    **dict.fromkeys(("m3", "kubik", "meterkubik", "cbm"), "m3"),
    **dict.fromkeys(("set", "stel", "setel", "perangkat"), "set"),
}
_UNIT_SPACING = re.compile(r"[\s.\-]")
_UNIT_PERIOD = re.compile(r"/?(?:per)?(?:bulan|bln|month|hari|tahun|thn)$")


def unit_code(text: str) -> str | None:
    """The `CapacityUnit` code of a unit as written (`Btl.`, `Kg/bulan`, `lusin`), or None."""
    word = _UNIT_PERIOD.sub("", _UNIT_SPACING.sub("", text.lower())).rstrip("/")
    return UNITS.get(word) or (UNITS.get(word[:-1]) if word.endswith("s") else None)


def legal_form(raw: Any) -> str:
    """A legal form as its code or as written in Indonesia (PT, CV, UD, Koperasi…)."""
    value = LEGAL_FORMS.get(_LETTERS_ONLY.sub("", cell_text(raw).lower()))
    if value is None:
        raise FieldProblem(_("Unknown legal form (use PT, CV, UD, Koperasi or Perorangan)."))
    return value


def gender(raw: Any) -> str:
    """L/P, laki-laki/perempuan, male/female (and the codes)."""
    value = GENDERS.get(_LETTERS_ONLY.sub("", cell_text(raw).lower()))
    if value is None:
        raise FieldProblem(_("Unknown gender (use L or P)."))
    return value


def capacity_unit(raw: Any) -> str | None:
    if is_blank(raw):
        return None
    value = unit_code(cell_text(raw))
    if value is None or value not in CapacityUnit.values:
        raise FieldProblem(
            _(
                "Unknown unit (use kg, gram, ton, liter, pcs, buah, lembar, pasang, botol, "
                "bungkus, dus, karung, lusin, kodi, meter, m2, m3 or set)."
            )
        )
    return value


_CAPACITY = re.compile(r"([\d.,\s]*\d)\s*([a-zA-Z][a-zA-Z0-9]*)?\.?(?:\s*/\s*\w+)?")


def capacity(raw: Any) -> tuple[Decimal | None, str | None]:
    """A monthly capacity, possibly with its unit in the same cell ("500 kg", "1,5 ton/bulan").

    Returns (amount rounded to 0.01, unit or None).
    """
    if is_blank(raw):
        return None, None
    match = _CAPACITY.fullmatch(cell_text(raw))
    amount = parse_decimal(match.group(1) if match else raw)
    if amount is not None and amount < 0:
        raise FieldProblem(_("The number cannot be negative."))
    if amount is not None and amount > CAPACITY_MAX:
        raise FieldProblem(_("The capacity is implausibly large."))
    unit = unit_code(match.group(2)) if match and match.group(2) else None
    return (amount.quantize(Decimal("0.01")) if amount is not None else None), unit


_CODE_SEPARATORS = re.compile(r"[\s.\-]")


def kbli_code(raw: Any) -> str | None:
    """The digits of a KBLI code (`10.794` → `10794`); whether it exists is the caller's
    lookup, refused with `UNKNOWN_KBLI`."""
    if isinstance(raw, str) and len(raw) == 5 and raw.isdigit() and raw.isascii():
        return raw  # the common case, fast
    if is_blank(raw):
        return None
    code = _CODE_SEPARATORS.sub("", cell_text(raw))
    if not (code.isascii() and code.isdigit() and len(code) == 5):
        raise FieldProblem(UNKNOWN_KBLI)
    return code


def hs_code(raw: Any) -> str | None:
    """The six digits of an HS subheading (`0901.11` → `090111`; a number cell that lost the
    leading zero of chapters 01–09 gets it back); existence is the caller's lookup."""
    if is_blank(raw):
        return None
    code = _CODE_SEPARATORS.sub("", cell_text(raw))
    if len(code) == 5 and isinstance(raw, (int, float)):
        code = "0" + code
    if not (code.isascii() and code.isdigit() and len(code) == 6):
        raise FieldProblem(UNKNOWN_HS)
    return code


# The enterprise fields a form, the API and an import row share, with their validators.
ENTERPRISE_FIELDS = {
    "name": business_name,
    "owner_name": owner_name,
    "address": address,
    "nib": nib,
    "nik": nik,
    "phone": phone,
    "workforce": workforce,
    "annual_revenue": annual_revenue,
    "latitude": latitude,
    "longitude": longitude,
    "legal_form": legal_form,
    "owner_gender": gender,
}
# Fields that may be cleared (null) through the API; the others take "" or a value.
NULLABLE_FIELDS = frozenset(
    {
        "nib",
        "district",
        "latitude",
        "longitude",
        "kbli",
        "size_class",
        "annual_revenue",
        "workforce",
    }
)
