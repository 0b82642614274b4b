"""Pagination that stays fast on deep pages of large tables.

OFFSET n on a query with joins makes the database build n joined rows only to skip them.
Here the page's primary keys are found first on the base table alone (an index-only walk
of the ordering index), then only those rows are fetched with their joins.
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.db.models import QuerySet
from ninja import Field, Schema
from ninja.pagination import PaginationBase


def slice_by_ids(queryset: QuerySet, start: int, stop: int) -> list[Any]:
    ids = list(queryset.values_list("pk", flat=True)[start:stop])
    if not ids:
        return []
    rows = {
        obj.pk: obj
        for obj in queryset.model._default_manager.filter(pk__in=ids)
        .select_related(*_select_related(queryset))
        .prefetch_related(*queryset._prefetch_related_lookups)
    }
    return [rows[pk] for pk in ids if pk in rows]


def _select_related(queryset: QuerySet) -> list[str]:
    related = queryset.query.select_related
    if not isinstance(related, dict):
        return []
    names: list[str] = []

    def walk(tree: dict, prefix: str) -> None:
        for key, sub in tree.items():
            names.append(prefix + key)
            if sub:
                walk(sub, prefix + key + "__")

    walk(related, "")
    return names


class IdFirstPaginator(Paginator):
    """A Django Paginator whose pages are fetched ids-first (see module docstring)."""

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        top = min(bottom + self.per_page, self.count)
        return self._get_page(slice_by_ids(self.object_list, bottom, top), number, self)


class IdFirstPageNumberPagination(PaginationBase):
    """django-ninja pagination: `?page=N`, 50 per page, ids-first slices."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=1_000_000)

    class Output(Schema):
        items: list[Any]
        count: int
        page: int
        pages: int

    items_attribute = "items"
    page_size = 50

    def paginate_queryset(self, queryset, pagination: Input, **params):
        count = queryset.count()
        start = (pagination.page - 1) * self.page_size
        return {
            "items": slice_by_ids(queryset, start, start + self.page_size),
            "count": count,
            "page": pagination.page,
            "pages": max(1, -(-count // self.page_size)),
        }
