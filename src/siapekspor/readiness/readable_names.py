"""Assessments in words wherever `core.readable` words a stored value (the owner's "my data"
PDF) and `core.audit` reads the history: an assessment by its kind and local date, its JSON
columns with dimension names, product types and export status labels in the reader's
language, and a change of answers as the question and the chosen option."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.utils import formats, timezone
from django.utils.text import capfirst

from siapekspor.core import audit, readable


def _assessment(row: Any) -> str:
    """ "Penilaian mandiri, 29 Nov. 2026" (never "19 Penilaian mandiri 2026-11-29")."""
    when = formats.date_format(timezone.localtime(row.created_at), "DATE_FORMAT")
    return f"{row.get_kind_display()}, {when}"


def _dimensions(value: Any, memo: readable.Memo) -> str:
    """{dimension code: score} → "Komitmen: 11,7; Produk: 35" (names of the latest
    questionnaire that has the code)."""
    from siapekspor.readiness.models import Dimension

    if not isinstance(value, dict):
        return readable.item_text(value)
    names = {
        d.code: str(d.name)
        for d in Dimension.objects.filter(code__in=list(value)).order_by("questionnaire__version")
    }
    return "; ".join(f"{names.get(k, k)}: {readable.item_text(v)}" for k, v in value.items())


def _product_type(value: Any, memo: readable.Memo) -> str:
    from siapekspor.readiness.models import ProductType

    return str(dict(ProductType.choices).get(value, value))


def _export_record(value: Any, memo: readable.Memo) -> str:
    """The export status read at submission, as the export status reads: status, kinds of
    export, latest export, shipments, as of (labels and values of `ExportStatus`)."""
    from django.core.exceptions import FieldDoesNotExist

    from siapekspor.shipments.models import ExportStatus, ShipmentKind

    if not isinstance(value, dict):
        return readable.item_text(value)
    parts = []
    kinds = [str(label) for code, label in ShipmentKind.choices if value.get(code) is True]
    for key, item in value.items():
        if key in ShipmentKind.values or key == "exporting":  # said by the status and kinds
            continue
        try:
            field = ExportStatus._meta.get_field(key)
        except FieldDoesNotExist:
            parts.append(f"{key}: {readable.item_text(item)}")
            continue
        if not isinstance(field, models.Field):
            continue
        text = readable.value_text(field, item, memo)
        if text:
            parts.append(f"{capfirst(field.verbose_name)}: {text}")
    return "; ".join(parts[:1] + kinds + parts[1:])


def _answers(changes: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """{question code: [option id, option id]} → (question text, option label, option label)."""
    from siapekspor.readiness.models import Option, Question

    ids = {v for pair in changes.values() if isinstance(pair, list) for v in pair if v}
    options = {o.pk: str(o.label) for o in Option.objects.filter(pk__in=ids)}
    questions = {
        q.code: str(q.text)
        for q in Question.objects.filter(code__in=list(changes)).order_by(
            "dimension__questionnaire__version"
        )
    }
    return [
        (
            questions.get(code, code),
            options.get(pair[0], pair[0]),
            options.get(pair[1], pair[1]),
        )
        for code, pair in changes.items()
        if isinstance(pair, list) and len(pair) == 2
    ]


def register() -> None:
    from siapekspor.readiness.models import Assessment

    readable.register_row_name(Assessment, _assessment)
    readable.register_column("readiness.assessment", "dimension_scores", _dimensions)
    readable.register_column("readiness.assessment", "learning_bonus", _dimensions)
    readable.register_column("readiness.assessment", "product_type", _product_type)
    readable.register_column("readiness.assessment", "export_record", _export_record)
    audit.register_changes("readiness.assessment.answered", _answers)
