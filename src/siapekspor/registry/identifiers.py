"""Parsing and validation of Indonesian identifiers: NIK, NIB and phone numbers.

Pure functions (no database): used by forms, the API, the import pipeline and tests.
Each parser returns the normalised value or raises IdentifierError with an Indonesian-first
translatable message that says what to fix.
"""

from __future__ import annotations

import datetime as dt
import re

from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular.values import ValueProblem

_DIGITS = re.compile(r"\D+")
_SEPARATORS = re.compile(r"[\s.\-]")
_SCIENTIFIC = re.compile(r"\d(\.\d+)?[eE]\+?\d+")
_PUNCTUATION = re.compile(r"[^\w\s]")
# First two digits of a NIK: the province code of the issuing region (Kemendagri).
PROVINCE_CODES = frozenset(
    {
        "11",
        "12",
        "13",
        "14",
        "15",
        "16",
        "17",
        "18",
        "19",
        "21",
        "31",
        "32",
        "33",
        "34",
        "35",
        "36",
        "51",
        "52",
        "53",
        "61",
        "62",
        "63",
        "64",
        "65",
        "71",
        "72",
        "73",
        "74",
        "75",
        "76",
        "81",
        "82",
        "91",
        "92",
        "93",
        "94",
        "95",
        "96",
        "97",
    }
)


class IdentifierError(ValueProblem):
    """An identifier that cannot be right; a `ValueProblem`, so every field validator raises
    one kind of problem (`registry.validation.FieldProblem`)."""


def parse_nik(raw: object) -> str:
    """A 16-digit NIK as text: province prefix valid, birth-date part a real date.

    The birth day is 01–31 for men and 41–71 for women (day + 40). A value that is not text
    (a number from a spreadsheet) is refused: Excel keeps 15 significant digits, so the last
    digit is already lost and cannot be repaired.
    """
    if isinstance(raw, (int, float)):
        raise IdentifierError(
            _(
                "The NIK arrived as a number, so the spreadsheet has already lost its last digit. "
                "Format the NIK column as text and type the 16 digits again."
            )
        )
    text = str(raw or "").strip()
    if len(text) == 16 and text.isdigit() and text.isascii():  # the common case, fast
        digits = text
    else:
        if _SCIENTIFIC.fullmatch(text):
            raise IdentifierError(
                _(
                    "The NIK is in scientific notation (for example 1.8E+15), so its last digits "
                    "are lost. Format the NIK column as text and type the 16 digits again."
                )
            )
        digits = _SEPARATORS.sub("", text)
    if not digits.isdigit() or not digits.isascii() or len(digits) != 16:
        raise IdentifierError(_("The NIK must be exactly 16 digits."))
    if digits[:2] not in PROVINCE_CODES:
        raise IdentifierError(_("The NIK does not start with a valid province code."))
    if digits[2:4] == "00" or digits[4:6] == "00":
        raise IdentifierError(_("The NIK does not contain a valid regency and district code."))
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    if day > 40:
        day -= 40
    try:
        dt.date(2000 + year, month, day)
    except ValueError as exc:
        raise IdentifierError(
            _("The birth-date part of the NIK (digits 7–12) is not a real date.")
        ) from exc
    if digits[12:] == "0000":
        raise IdentifierError(_("The last four digits of the NIK cannot be 0000."))
    return digits


def nik_is_female(nik: str) -> bool:
    return int(nik[6:8]) > 40


def parse_nib(raw: object) -> str:
    """A 13-digit NIB (business identification number from OSS), as text."""
    if isinstance(raw, float):
        raise IdentifierError(_("The NIB arrived as a number; format the column as text."))
    digits = str(raw or "").strip()
    if not (len(digits) == 13 and digits.isdigit()):
        digits = _SEPARATORS.sub("", digits)
    if not digits.isdigit() or not digits.isascii() or len(digits) != 13:
        raise IdentifierError(_("The NIB must be exactly 13 digits."))
    return digits


def parse_phone(raw: object) -> str:
    """An Indonesian phone number in any common form, normalised to E.164 (+62…).

    Accepts 0812-3456-7890, 62812…, +62 812…, (0721) 123456, 812… (leading zero lost).
    Mobile numbers are 10–13 digits nationally; landlines 9–11 with an area code.
    """
    if isinstance(raw, float) and not raw.is_integer():
        raise IdentifierError(_("The phone number is not a whole number."))
    text = str(int(raw)) if isinstance(raw, (int, float)) else str(raw or "").strip()
    if not text:
        raise IdentifierError(_("The phone number is empty."))
    text = text.split("/")[0]
    digits = _DIGITS.sub("", text)
    if digits.startswith("0062"):
        digits = digits[4:]
    elif digits.startswith("62"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = digits[1:]
    if digits.startswith("0"):
        raise IdentifierError(_("The phone number has too many leading zeros."))
    if digits.startswith("8"):
        if not 9 <= len(digits) <= 12:
            raise IdentifierError(_("A mobile number must have 10 to 13 digits, starting 08."))
    elif not 8 <= len(digits) <= 11 or digits[0] not in "2345679":
        raise IdentifierError(_("The phone number is not a valid Indonesian number."))
    return "+62" + digits


def normalize_name(name: str) -> str:
    """Lower case, punctuation and legal-form words removed: for search and de-duplication."""
    text = _PUNCTUATION.sub(" ", (name or "").lower())
    words = [w for w in text.split() if w not in _LEGAL_WORDS]
    return " ".join(words)


_LEGAL_WORDS = frozenset(
    {
        "pt",
        "cv",
        "ud",
        "pd",
        "tbk",
        "koperasi",
        "kop",
        "ikm",
        "umkm",
        "usaha",
        "dagang",
        "firma",
        "fa",
    }
)
