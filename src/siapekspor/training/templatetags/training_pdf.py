"""`{% load training_pdf %}{{ value|isolate }}`: user text (names, titles) wrapped in Unicode
first-strong isolates (U+2068 … U+2069), so in a right-to-left certificate a Latin name keeps
its punctuation where it belongs ("Dr. Ir. Evie, M.M." does not become ".Dr. Ir. Evie, M.M").
The PDF renderer does not isolate `<bdi>` by itself."""

from django import template

register = template.Library()


@register.filter
def isolate(value) -> str:
    text = "" if value is None else str(value)
    return f"\u2068{text}\u2069" if text else ""
