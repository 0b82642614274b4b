"""`{% load training_reasons %}{{ enrollment.reasons|reason_texts|join:" · " }}`: proposal
reasons (codes with parameters) in the reader's language."""

from django import template

from siapekspor.training import reasons

register = template.Library()


@register.filter
def reason_texts(value) -> list[str]:
    return reasons.render(value)
