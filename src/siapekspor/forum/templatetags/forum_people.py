"""`{{ user|person }}`: how the forum names a person (`forum.selectors.person_label`)."""

from __future__ import annotations

from django import template

from siapekspor.forum.selectors import person_label

register = template.Library()


@register.filter
def person(user) -> str:
    return person_label(user)
