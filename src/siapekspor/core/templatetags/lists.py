"""`{% list_separator %}`: what joins the items of a list in the page's language
(`core.i18n.list_separator`, also used by the reporting narrative)."""

from __future__ import annotations

from django import template

from siapekspor.core import i18n

register = template.Library()


@register.simple_tag
def list_separator() -> str:
    return i18n.list_separator()
