"""Panels: how one app adds a section to another app's page without importing it.

An app registers a panel in its AppConfig.ready():

    register_panel("enterprise", "markets/panels/enterprise_markets.html",
                   context=lambda request, enterprise: {...}, order=30)

and the owning page renders `render_panels("enterprise", request, enterprise)`. A panel whose
context function returns None is skipped (for example when the user may not see it).

A panel names the `area` of the record it shows (`registry.access.Area`); the owning page
passes `allowed(area) -> bool` and a panel is rendered only when it says yes — so a partner
organisation sees only what the owner's consent covers, and a panel that names no area is
never shown to a partner.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.template.loader import render_to_string
from django.utils.safestring import SafeString, mark_safe


@dataclass(frozen=True)
class Panel:
    slot: str
    template: str
    context: Callable[..., dict[str, Any] | None]
    order: int = 50
    area: str | None = None


_PANELS: dict[str, list[Panel]] = {}


def register_panel(
    slot: str,
    template: str,
    *,
    context: Callable[..., dict[str, Any] | None],
    order: int = 50,
    area: str | None = None,
) -> None:
    panels = _PANELS.setdefault(slot, [])
    if any(p.template == template for p in panels):
        return
    panels.append(Panel(slot=slot, template=template, context=context, order=order, area=area))
    panels.sort(key=lambda p: p.order)


def render_panels(
    slot: str, request, obj, *, allowed: Callable[[str | None], bool] | None = None
) -> list[SafeString]:
    out = []
    for panel in _PANELS.get(slot, []):
        if allowed is not None and not allowed(panel.area):
            continue
        ctx = panel.context(request, obj)
        if ctx is None:
            continue
        out.append(
            mark_safe(  # noqa: S308 (a template rendered with autoescape)
                render_to_string(
                    panel.template,
                    {"object": obj, **ctx},
                    request=request,
                )
            )
        )
    return out


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: Any
    allowed: Callable[[Any], bool]
    order: int = 50


_NAV: list[NavItem] = []


def register_nav(url_name: str, label, *, allowed: Callable[[Any], bool], order: int = 50) -> None:
    """Add a link to the main menu for users that `allowed(user)` accepts."""
    if any(item.url_name == url_name for item in _NAV):
        return
    _NAV.append(NavItem(url_name=url_name, label=label, allowed=allowed, order=order))
    _NAV.sort(key=lambda i: i.order)


def nav_items(request) -> list[dict[str, Any]]:
    from django.urls import NoReverseMatch, reverse

    user = getattr(request, "user", None)
    items = []
    for item in _NAV:
        if user is None or not item.allowed(user):
            continue
        try:
            url = reverse(item.url_name)
        except NoReverseMatch:
            continue
        items.append(
            {"url": url, "label": item.label, "active": request.path.startswith(url) and url != "/"}
        )
    return items
