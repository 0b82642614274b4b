"""Numbers as Indonesians type them (issue 13 item 6): one parser, one form field."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django import forms
from django.utils import translation

from siapekspor.core.forms import NumberField
from siapekspor.core.tabular.values import parse_decimal, parse_money, parse_percent


class Money(forms.Form):
    amount = NumberField("money", label="Amount", required=False)
    share = NumberField("percent", label="Share", required=False, decimal_places=1)
    qty = NumberField("quantity", label="Qty", required=False, min_value=0, decimal_places=3)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("350.000.000", Decimal("350000000")),
        ("Rp 350.000.000", Decimal("350000000")),
        ("Rp 1,5 juta", Decimal("1500000")),
        ("1,5 jt", Decimal("1500000")),
        ("Rp 2 M", Decimal("2000000000")),
        ("1.234.567,89", Decimal("1234568")),
        ("350000000", Decimal("350000000")),
    ],
)
def test_money_as_typed_in_indonesian(typed, value):
    with translation.override("id"):
        form = Money({"amount": typed})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["amount"] == value


@pytest.mark.parametrize(("typed", "value"), [("10,4 %", "10.4"), ("10.4%", "10.4"), ("40", "40")])
def test_percentages(typed, value):
    with translation.override("id"):
        form = Money({"share": typed})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["share"] == Decimal(value)
    assert parse_percent(typed) == Decimal(value)


def test_out_of_range_and_nonsense_get_an_indonesian_message():
    with translation.override("id"):
        form = Money({"share": "140 %", "qty": "-2", "amount": "banyak"})
        assert not form.is_valid()
        assert form.errors["share"] == ["Persentase harus antara 0 dan 100."]
        assert form.errors["qty"] == ["Isi paling sedikit 0."]
        assert form.errors["amount"] == ["Bukan angka."]


def test_numbers_beyond_the_decimal_precision_are_refused_with_a_message():
    """29+ digits made `parse_money` raise decimal.InvalidOperation (an HTTP 500)."""
    from siapekspor.core.tabular.values import ValueProblem, parse_int

    huge = "9" * 29
    for parse, value in [
        (parse_money, huge),
        (parse_money, "Rp " + "9" * 32 + ",-"),
        (parse_money, "9" * 18 + " T"),
        (parse_money, 1e300),
        (parse_decimal, huge),
        (parse_percent, huge + " %"),
        (parse_int, huge),
    ]:
        with pytest.raises(ValueProblem) as caught, translation.override("id"):
            parse(value)
        with translation.override("id"):
            assert str(caught.value.message) == "Angka terlalu besar.", (parse, value)
    assert parse_money("9" * 18) == Decimal("9" * 18)  # the largest accepted
    with translation.override("id"):
        form = Money({"share": "1", "qty": huge, "amount": huge})
        assert not form.is_valid()
        assert form.errors["qty"] == form.errors["amount"] == ["Angka terlalu besar."]


def test_the_reader_locale_decides_a_lone_separator():
    assert parse_decimal("1.500") == Decimal("1500")  # Indonesian: thousands
    assert parse_decimal("1,5") == Decimal("1.5")
    assert parse_decimal("1,500", decimal_mark=".") == Decimal("1500")  # English
    assert parse_decimal("1.5", decimal_mark=".") == Decimal("1.5")
    assert parse_money("350.000.000") == Decimal("350000000")
    with translation.override("en"):
        form = Money({"amount": "350,000,000", "qty": "1,500.25"})
        assert form.is_valid(), form.errors
        assert form.cleaned_data["amount"] == Decimal("350000000")
        assert form.cleaned_data["qty"] == Decimal("1500.250")


@pytest.mark.parametrize(
    ("language", "shown"),
    [("id", "350.000.000"), ("en", "350,000,000"), ("fr", "350\u202f000\u202f000")],
)
def test_values_show_in_the_reader_locale_and_read_back(language, shown):
    with translation.override(language):
        form = Money(initial={"amount": Decimal("350000000.00")})
        rendered = form["amount"].value()
        text = form.fields["amount"].prepare_value(rendered)
        assert text.replace("\xa0", "\u202f") == shown
        again = Money({"amount": text})
        assert again.is_valid() and again.cleaned_data["amount"] == Decimal("350000000")


def test_counts_accept_grouped_thousands():
    class Counts(forms.Form):
        firms = NumberField("count", label="Firms", min_value=0, max_value=1_000_000)

    with translation.override("id"):
        form = Counts({"firms": "1.500"})
        assert form.is_valid() and form.cleaned_data["firms"] == 1500
        assert not Counts({"firms": "2.000.000"}).is_valid()
        assert not Counts({"firms": "1,5"}).is_valid()
