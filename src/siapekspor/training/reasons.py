"""Why an enterprise was proposed for a class: stored as codes with parameters
(`{"code": "distance", "params": {"km": 12.5}}`) and rendered in the reader's language, so an
officer reading in Arabic never sees the Indonesian sentence of whoever proposed.

A reason the codes do not know (a sentence stored before the codes, that the migration could
not read) is kept as `{"code": "text", "params": {"text": …}}` and shown as it is."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils import translation
from django.utils.translation import gettext, ngettext

from siapekspor.readiness.models import Level

LEVEL = "level"  # {"level": "pemula"}: the level of the latest assessment
NOT_ASSESSED = "not_assessed"  # never assessed: starts as pemula
SAME_SECTOR = "same_sector"  # {"sector": "10"}
SECTOR = "sector"  # {"sector": "10" or ""}
DISTANCE = "distance"  # {"km": 12.5}
WAITING = "waiting"  # {"days": 40}
MOVED_UP = "moved_up"  # naik kelas: the re-assessment meets the next level's gates
TEXT = "text"  # {"text": "…"}: a sentence from before the codes
CODES = frozenset({LEVEL, NOT_ASSESSED, SAME_SECTOR, SECTOR, DISTANCE, WAITING, MOVED_UP, TEXT})


def reason(code: str, **params: Any) -> dict[str, Any]:
    """One stored reason."""
    if code not in CODES:
        raise ValueError(f"unknown reason code {code!r}")
    return {"code": code, "params": params}


def _level_label(code: str) -> str:
    return str(Level(code).label) if code in Level.values else code


def _number(value: Any) -> str:
    from django.utils.formats import number_format

    return number_format(value, use_l10n=True)


def render_one(item: Any) -> str:
    """One reason as a sentence in the active language."""
    if isinstance(item, str):  # not migrated: shown as stored
        return item
    if not isinstance(item, dict):
        return ""
    code, p = item.get("code"), item.get("params") or {}
    if code == LEVEL:
        return gettext("Level %(level)s from the latest assessment") % {
            "level": _level_label(p.get("level", ""))
        }
    if code == NOT_ASSESSED:
        return gettext("Not assessed yet: starts as beginner (pemula)")
    if code == SAME_SECTOR:
        return gettext("Same sector (KBLI %(code)s)") % {"code": p.get("sector", "")}
    if code == SECTOR:
        return gettext("Sector: KBLI %(code)s") % {"code": p.get("sector") or "—"}
    if code == DISTANCE:
        return gettext("%(km)s km from the class") % {"km": _number(p.get("km", 0))}
    if code == WAITING:
        days = int(p.get("days", 0))
        return ngettext("Waiting %(days)s day", "Waiting %(days)s days", days) % {"days": days}
    if code == MOVED_UP:
        return gettext("Moved up: the re-assessment meets the gates of the next level")
    return str(p.get("text", ""))


def render(reasons: Iterable[Any] | None, language: str | None = None) -> list[str]:
    """Every reason as a sentence, in `language` (default: the active language)."""
    if language is None:
        return [render_one(r) for r in reasons or []]
    with translation.override(language):
        return [render_one(r) for r in reasons or []]
