"""Validation messages of the API in the caller's language.

pydantic explains a refused value in English ("Input should be less than or equal to 2100");
the API answers in the request's language: the common error types are translated here with
their limits, anything else falls back to a general sentence.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

# Raised by the shared field validators (registry.validation through registry/api.py's
# `_checked`): their message is the one the form and the import show.
SHARED_VALIDATOR_ERRORS = frozenset({"invalid", "not_null"})


def error_message(err: dict) -> str:
    """One pydantic error (`{"type", "msg", "ctx"}`) as a sentence in the active language."""
    kind, ctx = err.get("type", ""), err.get("ctx") or {}
    if kind in SHARED_VALIDATOR_ERRORS:  # already a sentence in the request's language
        return err.get("msg") or _("This value is not valid.")
    if kind == "missing":
        return _("This field is required.")
    if kind in ("greater_than_equal", "greater_than"):
        limit = ctx.get("ge", ctx.get("gt"))
        return _("Enter a value of at least %(limit)s.") % {"limit": limit}
    if kind in ("less_than_equal", "less_than"):
        limit = ctx.get("le", ctx.get("lt"))
        return _("Enter a value of at most %(limit)s.") % {"limit": limit}
    if kind == "string_too_long":
        return _("Enter at most %(limit)s characters.") % {"limit": ctx.get("max_length")}
    if kind == "string_too_short":
        return _("Enter at least %(limit)s characters.") % {"limit": ctx.get("min_length")}
    if kind == "string_pattern_mismatch":
        return _("The value does not have the expected form.")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("Enter a whole number.")
    if kind in ("float_parsing", "float_type", "decimal_parsing", "decimal_type"):
        return _("Enter a number.")
    if kind.startswith("decimal_"):
        return _("The number has too many digits.")
    if kind in ("bool_parsing", "bool_type"):
        return _("Enter true or false.")
    if kind.startswith(("date_", "datetime_")):
        return _("Enter a valid date (YYYY-MM-DD).")
    if kind in ("string_type", "str_type"):
        return _("Enter a text value.")
    if kind in ("list_type", "dict_type", "model_type", "model_attributes_type"):
        return _("The value does not have the expected structure.")
    if kind in ("json_invalid", "json_type"):
        return _("The request body is not valid JSON.")
    if kind in ("enum", "literal_error"):
        return _("Choose one of the allowed values.")
    return _("This value is not valid.")
