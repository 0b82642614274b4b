"""`{% load countries %}{{ code|country }}`: a country's name in the page's language."""

from django import template

from siapekspor.core import countries

register = template.Library()


@register.filter
def country(iso3: str) -> str:
    """The name of an ISO 3166-1 alpha-3 code in the active language (core.countries)."""
    return countries.name(iso3)
