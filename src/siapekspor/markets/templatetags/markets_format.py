"""Template filters for trade figures in the page's language: {{ value|usd }}, {{ share|pct }}."""

from __future__ import annotations

import math

from django import template
from django.utils.translation import get_language

from siapekspor.markets.engine.texts import money, normalise_language, number, percent

register = template.Library()


def _ok(value) -> bool:
    try:
        return value is not None and math.isfinite(float(value))
    except (TypeError, ValueError):
        return False


@register.filter
def usd(value) -> str:
    """US dollars with the language's large-number words (US$4,7 miliar; 47亿美元)."""
    return money(float(value), normalise_language(get_language())) if _ok(value) else "—"


@register.filter
def pct(value, decimals: int = 1) -> str:
    """A share (0.123) as a percentage in the language's format."""
    if not _ok(value):
        return "—"
    return percent(float(value), normalise_language(get_language()), int(decimals))


@register.filter
def num(value, decimals: int = 0) -> str:
    """A plain number with the language's separators."""
    if not _ok(value):
        return "—"
    return number(float(value), normalise_language(get_language()), int(decimals))
