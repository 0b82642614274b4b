"""The evidence of a duplicate pair, and of a match at the door, in words of the reader's
language: "same NIK, business names 92 % alike" rather than `name=0.92, nik=True`."""

from __future__ import annotations

from typing import Any

from django.utils.formats import number_format
from django.utils.translation import gettext as _

# Yes/no evidence, in the order it is said.
_SAME_KEYS = ("nib", "nik", "phone", "kbli")


def _percent(value: float) -> str:
    return number_format(round(float(value) * 100))


def _alike(key: str, pct: str) -> str:
    if key == "name":
        return _("business names %(pct)s %% alike") % {"pct": pct}
    if key == "address":
        return _("addresses %(pct)s %% alike") % {"pct": pct}
    if key == "products":
        return _("products %(pct)s %% alike") % {"pct": pct}
    return _("owner names %(pct)s %% alike") % {"pct": pct}


def _same(key: str, equal: bool) -> str:
    texts = {
        ("nib", True): _("same NIB"),
        ("nib", False): _("different NIB"),
        ("nik", True): _("same NIK"),
        ("nik", False): _("different NIK"),
        ("phone", True): _("same phone number"),
        ("phone", False): _("different phone numbers"),
        ("kbli", True): _("same KBLI"),
        ("kbli", False): _("different KBLI"),
    }
    return texts[(key, equal)]


def describe(reasons: dict[str, Any]) -> str:
    """The evidence of a scored pair (`dedup.scoring.score`'s reasons) as one phrase: the
    identifiers first, then the similarities."""
    parts = [_same(key, bool(reasons[key])) for key in _SAME_KEYS if key in reasons]
    parts += [
        _alike(key, _percent(reasons[key]))
        for key in ("name", "address", "products", "owner_name")
        if key in reasons
    ]
    return _(", ").join(parts)


def door_sentence(match) -> str:
    """One match at the door (`services.DoorMatch`) in words, with the business it is when
    the user may see it."""
    what = {"nib": _same("nib", True), "nik": _same("nik", True), "phone": _same("phone", True)}[
        match.kind
    ]
    evidence = _(", ").join([what, _alike("name", number_format(match.name_similarity))])
    if match.enterprise is None:
        return _("An enterprise outside your area: %(evidence)s.") % {"evidence": evidence}
    return _("%(name)s (%(regency)s): %(evidence)s.") % {
        "name": match.enterprise.name,
        "regency": match.enterprise.regency.display_name,
        "evidence": evidence,
    }
