"""Parsers for Indonesian spreadsheet values: numbers, money, integers and dates.

Each takes a raw cell (str, int, float, date, datetime or empty) and returns a Python value,
None for an empty cell, or raises ValueProblem with a translatable message.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

EXCEL_EPOCH = dt.date(1899, 12, 30)
MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "agus": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
MULTIPLIERS = {
    "rb": 10**3,
    "ribu": 10**3,
    "k": 10**3,
    "jt": 10**6,
    "juta": 10**6,
    "m": 10**9,
    "miliar": 10**9,
    "milyar": 10**9,
    "mlyr": 10**9,
    "t": 10**12,
    "triliun": 10**12,
}


# The largest number a cell or an input may hold: 18 digits before the decimal mark (a
# quintillion rupiah). Beyond it the decimal context (28 significant digits) cannot round
# the value to whole units and no column could store it.
MAX_INTEGER_DIGITS = 18
TOO_LARGE = _("The number is too large.")


class ValueProblem(ValueError):
    def __init__(self, message):
        self.message = message
        super().__init__(str(message))


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    """The cell as trimmed text (whole floats without ".0"; dates as yyyy-mm-dd)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return " ".join(str(value).split())


_GROUPED_DOTS = re.compile(r"^\d{1,3}(\.\d{3})+$")
_GROUPED_COMMAS = re.compile(r"^\d{1,3}(,\d{3}){2,}$")
_GROUPED_COMMAS_ANY = re.compile(r"^\d{1,3}(,\d{3})+$")


def parse_decimal(value: Any, *, decimal_mark: str = ",") -> Decimal | None:
    """`1.250.000` → 1250000, `1.234,56` → 1234.56, `1,5` → 1.5, `Rp 15 jt` → 15000000.

    A lone separator followed by three digits is read by `decimal_mark`, the reader's: with
    the Indonesian "," `1.500` is 1500 and `1,5` is 1.5; with "." (English, Chinese,
    Japanese) `1,500` is 1500 and `1.5` is 1.5."""
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueProblem(_("Expected a number."))
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueProblem(_("Expected a number."))
        return _bounded(Decimal(str(value)))
    text = str(value).strip()
    if text.isdigit() and text.isascii():  # the common case, fast
        return _bounded(Decimal(text))
    text = text.lower().replace("\u00a0", " ")
    text = re.sub(r"^rp\.?\s*", "", text)
    text = re.sub(r"\s*,-$|\s*\.-$", "", text)
    negative = text.startswith("-")
    text = text.lstrip("-").strip()
    multiplier = 1
    m = re.fullmatch(r"([\d.,\s]+?)\s*([a-z]+)\.?", text)
    if m:
        if m.group(2) not in MULTIPLIERS:
            raise ValueProblem(_("Not a number."))
        text, multiplier = m.group(1), MULTIPLIERS[m.group(2)]
    text = text.replace(" ", "")
    if not text or not re.fullmatch(r"[\d.,]+", text) or not any(ch.isdigit() for ch in text):
        raise ValueProblem(_("Not a number."))
    if "." in text and "," in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")  # 1.234,56
        else:
            text = text.replace(",", "")  # 1,234.56
    elif "." in text:
        if text.count(".") > 1 or (decimal_mark == "," and _GROUPED_DOTS.fullmatch(text)):
            text = text.replace(".", "")
    elif "," in text:
        grouped = _GROUPED_COMMAS if decimal_mark == "," else _GROUPED_COMMAS_ANY
        text = text.replace(",", "") if grouped.fullmatch(text) else text.replace(",", ".")
    try:
        number = _bounded(Decimal(text)) * multiplier
    except InvalidOperation as exc:
        raise ValueProblem(_("Not a number.")) from exc
    return -_bounded(number) if negative else _bounded(number)


def _bounded(number: Decimal) -> Decimal:
    """`number`, or ValueProblem when it has more than MAX_INTEGER_DIGITS whole digits."""
    if number and number.adjusted() >= MAX_INTEGER_DIGITS:
        raise ValueProblem(TOO_LARGE)
    return number


def parse_percent(value: Any, *, decimal_mark: str = ",") -> Decimal | None:
    """A percentage from 0 to 100: `10,4 %`, `10.4%`, `40`."""
    if isinstance(value, str):
        value = value.strip().removesuffix("%").strip()
    number = parse_decimal(value, decimal_mark=decimal_mark)
    if number is not None and not 0 <= number <= 100:
        raise ValueProblem(_("A percentage is between 0 and 100."))
    return number


def parse_money(value: Any, *, decimal_mark: str = ",") -> Decimal | None:
    """A non-negative rupiah amount, rounded to whole rupiah."""
    number = parse_decimal(value, decimal_mark=decimal_mark)
    if number is None:
        return None
    if number < 0:
        raise ValueProblem(_("The amount cannot be negative."))
    return number.quantize(Decimal(1))


def parse_int(value: Any, *, minimum: int = 0) -> int | None:
    number = parse_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise ValueProblem(_("Expected a whole number."))
    if number < minimum:
        raise ValueProblem(
            _("The number cannot be negative.") if minimum == 0 else _("The number is too small.")
        )
    return int(number)


def _serial(number: float) -> dt.date:
    if not 1 <= number < 2958466:
        raise ValueProblem(_("The date number is out of range."))
    if number < 61:  # Excel's fictitious 29 February 1900
        number += 1
    return EXCEL_EPOCH + dt.timedelta(days=int(number))


def _year(y: int) -> int:
    if y < 100:
        pivot = timezone.localdate().year % 100
        return 2000 + y if y <= pivot else 1900 + y
    return y


def parse_date(value: Any) -> dt.date | None:
    """dd/mm/yyyy (also - and .), yyyy-mm-dd, Excel serials, `12 Desember 2022`."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueProblem(_("Expected a date."))
    if isinstance(value, (int, float)):
        return _serial(float(value))
    text = " ".join(str(value).strip().lower().split())
    try:
        if re.fullmatch(r"\d{1,7}(\.0+)?", text):
            return _serial(float(text))
        if m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t].*)?", text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: .*)?", text):
            return dt.date(_year(int(m[3])), int(m[2]), int(m[1]))
        if m := re.fullmatch(r"(\d{1,2})[\s\-]+([a-z]+)\.?[\s\-,]+(\d{2}|\d{4})", text):
            month = MONTHS.get(m[2])
            if month:
                return dt.date(_year(int(m[3])), month, int(m[1]))
        if m := re.fullmatch(r"([a-z]+)\.? (\d{1,2}),? (\d{4})", text):
            month = MONTHS.get(m[1])
            if month:
                return dt.date(int(m[3]), month, int(m[2]))
    except ValueError as exc:
        raise ValueProblem(_("Not a real date.")) from exc
    raise ValueProblem(_("Not a date; write it as dd/mm/yyyy."))
