"""`{% load picker %}{% enterprise_picker "enterprise" chosen %}`: the enterprise picker in a
hand-written form (the same widget as `picker.EnterpriseField`)."""

from __future__ import annotations

from django import template

from siapekspor.registry import access
from siapekspor.registry.picker import EnterprisePickerWidget

register = template.Library()


@register.simple_tag(takes_context=True)
def enterprise_picker(context, name: str, chosen=None, field_id: str = ""):
    widget = EnterprisePickerWidget()
    widget.queryset = access.enterprise_scope(context["request"].user)
    return widget.render(name, chosen.pk if chosen else "", attrs={"id": field_id or name})
