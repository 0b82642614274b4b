"""`{% load buyer_import %}`: whether the user may import the buyer directory (the link on the
directory page; the rule is `buyers.access.can_import_buyers`)."""

from django import template

from siapekspor.buyers import access

register = template.Library()


@register.filter
def can_import_buyers(user) -> bool:
    return access.can_import_buyers(user)
