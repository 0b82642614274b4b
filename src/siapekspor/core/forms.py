"""Forms and domain errors: a service's DomainError shown on the form that sent the input."""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from django import forms
from django.utils import formats
from django.utils.translation import gettext as _

from siapekspor.core.errors import DomainError, ValidationFailed
from siapekspor.core.tabular import values


def add_domain_error(form: forms.Form, exc: DomainError, *, field: str | None = None) -> None:
    """Put a DomainError on `form`: each (field, message) of a ValidationFailed on its field,
    otherwise the message on the error's own field, else on `field` (the form's main input),
    else above the form. A field the form does not have becomes a form-wide error, so that no
    message is lost."""

    def target(name: str | None) -> str | None:
        return name if name and name in form.fields else None

    if isinstance(exc, ValidationFailed) and exc.details:
        for name, message in exc.details:
            form.add_error(target(name), message)
        return
    form.add_error(target(exc.field) or target(field), exc.message)


# --- numbers as Indonesians type them -------------------------------------------------------


def decimal_mark() -> str:
    """The reader's decimal separator ("," in Indonesian, "." in English…)."""
    return "." if formats.get_format("DECIMAL_SEPARATOR") == "." else ","


def _integer(text: Any, *, decimal_mark: str = ",") -> int | None:
    number = values.parse_decimal(text, decimal_mark=decimal_mark)
    return None if number is None else values.parse_int(number)


def _parser(kind: str) -> Callable[..., Any]:
    parsers = {"money": values.parse_money, "percent": values.parse_percent, "count": _integer}
    return parsers.get(kind, values.parse_decimal)


class NumberField(forms.CharField):
    """A money, quantity or percentage input: accepts `350.000.000`, `Rp 1,5 juta`, `10,4 %`
    (one parser, `core.tabular.values`) and shows its value in the reader's locale
    (`350.000.000` in Indonesian, `350,000,000` in English).

    `kind`: "money" (whole rupiah unless `decimal_places` is given), "quantity", "percent"
    or "count" (a whole number, `1.500` = 1500).
    `validator`: a field rule of `registry.validation` that takes the text instead (its own
    limits and messages); `min_value`, `max_value`, `decimal_places` bound the number.
    """

    def __init__(
        self,
        kind: str = "quantity",
        *,
        validator: Callable[[Any], Any] | None = None,
        min_value: Decimal | int | None = None,
        max_value: Decimal | int | None = None,
        decimal_places: int | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("widget", forms.TextInput(attrs={"inputmode": "decimal", "dir": "ltr"}))
        super().__init__(**kwargs)
        self.kind, self.validator = kind, validator
        self.min_value, self.max_value = min_value, max_value
        self.decimal_places = 0 if kind == "money" and decimal_places is None else decimal_places
        self.widget.attrs.setdefault("autocomplete", "off")

    def _number(self, text: str) -> Any:
        if self.validator is not None:  # read in the reader's locale, then the field's rule
            return self.validator(values.parse_decimal(text, decimal_mark=decimal_mark()))
        if self.kind == "money" and self.decimal_places:
            number = values.parse_decimal(text, decimal_mark=decimal_mark())
            if number is not None and number < 0:
                raise values.ValueProblem(_("The amount cannot be negative."))
            return number
        return _parser(self.kind)(text, decimal_mark=decimal_mark())

    def clean(self, value: Any) -> Any:
        text = super().clean(value)
        if text in self.empty_values:
            return None
        try:
            number = self._number(text)
        except values.ValueProblem as exc:
            raise forms.ValidationError(exc.message, code="invalid") from exc
        if number is None or isinstance(number, bool) or not isinstance(number, Decimal | int):
            return number
        if self.min_value is not None and number < self.min_value:
            raise forms.ValidationError(
                _("Enter at least %(limit)s.") % {"limit": show_number(self.min_value)},
                code="min_value",
            )
        if self.max_value is not None and number > self.max_value:
            raise forms.ValidationError(
                _("Enter at most %(limit)s.") % {"limit": show_number(self.max_value)},
                code="max_value",
            )
        if self.decimal_places is not None and isinstance(number, Decimal):
            number = number.quantize(Decimal(1).scaleb(-self.decimal_places), ROUND_HALF_UP)
        return number

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
            return show_number(value)
        return "" if value is None else value


def show_number(value: Decimal | int | float) -> str:
    """A number in the reader's locale, grouped, without trailing zeros (`1.500,5`)."""
    number = Decimal(str(value))
    if number == number.to_integral_value():
        number = number.quantize(Decimal(1))
    else:
        number = number.normalize()
    places = max(0, -number.as_tuple().exponent)  # type: ignore[operator]
    return formats.number_format(number, places, use_l10n=True, force_grouping=True)
