"""What happened to each source row: created, updated, unchanged or rejected (with why)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _


class Outcome(models.TextChoices):
    CREATED = "created", _("created")
    UPDATED = "updated", _("updated")
    UNCHANGED = "unchanged", _("unchanged")
    REJECTED = "rejected", _("rejected")


@dataclass
class RowOutcome:
    """One source row's result. `problems` holds (column header, message) pairs."""

    sheet: str
    row: int
    outcome: str
    problems: list[tuple[str, str]] = field(default_factory=list)
    values: list[Any] = field(default_factory=list)
    target_id: int | None = None

    @property
    def reason(self) -> str:
        return join_reasons(f"{col}: {msg}" if col else str(msg) for col, msg in self.problems)


# A message that ends a sentence is followed by a space (after a CJK full stop, by nothing);
# any other part by "; " — never "Kode tidak dikenal.; Email: …".
_SENTENCE_END = ".!?؟…"
_CJK_SENTENCE_END = "。！？"


def join_reasons(parts: Iterable[Any]) -> str:
    """Several reasons as one line, punctuated as sentences: "Negara: Kode negara tidak
    dikenal. Email: Alamat tidak sah." (a part without a full stop is followed by "; ")."""
    text = ""
    for part in (str(p).strip() for p in parts):
        if not part:
            continue
        if text:
            if text[-1] in _CJK_SENTENCE_END:
                pass
            elif text[-1] in _SENTENCE_END:
                text += " "
            else:
                text += "; "
        text += part
    return text


@dataclass
class OutcomeCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    @classmethod
    def of(cls, outcomes) -> OutcomeCounts:
        c = Counter(o.outcome for o in outcomes)
        return cls(
            created=c[Outcome.CREATED],
            updated=c[Outcome.UPDATED],
            unchanged=c[Outcome.UNCHANGED],
            rejected=c[Outcome.REJECTED],
        )

    def line(self) -> str:
        """The machine-readable summary: `created=N updated=N unchanged=N rejected=N`."""
        return (
            f"created={self.created} updated={self.updated} "
            f"unchanged={self.unchanged} rejected={self.rejected}"
        )
