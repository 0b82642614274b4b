"""Numbers are grouped and date-times ordered as each language writes them; Arabic and
Chinese agree with Babel (CLDR), which formats the markets' figures and the charts."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from django.utils import formats, translation

from siapekspor.core import i18n
from siapekspor.core.forms import show_number


@pytest.mark.parametrize("language", i18n.codes())
def test_large_numbers_are_grouped_in_every_language(language):
    with translation.override(language):
        shown = show_number(Decimal("750000000"))
    assert shown != "750000000"  # grouped, whatever the separator


@pytest.mark.parametrize("language", ["ar", "zh-hans"])
def test_arabic_and_chinese_agree_with_babel(language):
    with translation.override(language):
        assert show_number(Decimal("1234567.5")) == format_decimal(
            Decimal("1234567.5"), locale=i18n.locale(language)
        )


def test_arabic_short_date_time_is_day_month_year():
    when = dt.datetime(2026, 11, 29, 15, 39)
    with translation.override("ar"):
        shown = formats.date_format(when, "SHORT_DATETIME_FORMAT")
    assert shown.replace("\u200f", "").startswith("29/11/2026")
