"""Extension points, so that training can feed readiness without readiness importing it.

- `learning_credit_providers`: functions `(enterprise_ids or None for all) -> {enterprise_id:
  {dimension: points}}`; completed learning modules add points to a dimension's score.
- `submitted_listeners`: functions `(assessment, previous_level)` called after an assessment
  is submitted (inside the transaction), e.g. to offer the next class ("naik kelas").
"""

from __future__ import annotations

from collections.abc import Callable

learning_credit_providers: list[Callable] = []
submitted_listeners: list[Callable] = []


def register_learning_credit(fn: Callable) -> None:
    if fn not in learning_credit_providers:
        learning_credit_providers.append(fn)


def register_submitted_listener(fn: Callable) -> None:
    if fn not in submitted_listeners:
        submitted_listeners.append(fn)


def learning_credit(enterprise_ids) -> dict[int, dict[str, float]]:
    out: dict[int, dict[str, float]] = {}
    for provider in learning_credit_providers:
        for ent, credits in provider(enterprise_ids).items():
            slot = out.setdefault(ent, {})
            for dim, pts in credits.items():
                slot[dim] = slot.get(dim, 0) + pts
    return out
