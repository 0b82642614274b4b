"""Fast set-based writes for imports and seeding: reserve primary keys, then insert rows.

The ORM's bulk_create spends most of its time preparing each value in Python (about 1 ms
per 25-column row). Here each column gets one converter chosen up front, and rows go to
the database with `executemany` (SQLite) or `COPY` (PostgreSQL). Call inside a transaction;
on SQLite the IMMEDIATE transaction holds the write lock, so reserved ids cannot collide.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import Any

from django.db import connection, models


class RawJSON(str):
    """A value for a JSON column that is already serialised (built from a template by a
    caller that writes many rows of the same shape)."""


def _same_value_memo(adapt: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Adapt a value, reusing the last result when the same object comes again (a batch's
    timestamp is one object repeated on every row; adapting it costs a settings lookup)."""
    last: list[Any] = [object(), None]

    def convert(v: Any) -> Any:
        if v is None:
            return None
        if v is not last[0]:
            last[0], last[1] = v, adapt(v)
        return last[1]

    return convert


def _converter(field: models.Field) -> Callable[[Any], Any] | None:
    ops = connection.ops
    if isinstance(field, models.DateTimeField):
        return _same_value_memo(ops.adapt_datetimefield_value)
    if isinstance(field, models.DateField):
        return _same_value_memo(ops.adapt_datefield_value)
    if isinstance(field, models.DecimalField) and connection.vendor == "sqlite":
        return lambda v: str(v) if isinstance(v, Decimal) else v
    if isinstance(field, models.JSONField):
        return lambda v: v if isinstance(v, RawJSON) else (json.dumps(v) if v is not None else None)
    return None


def reserve_ids(model: type[models.Model], count: int) -> list[int]:
    """`count` new primary keys for `model` that no other writer will use."""
    if count <= 0:
        return []
    table = model._meta.db_table
    pk = model._meta.pk.column
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [table, pk, count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f'SELECT COALESCE(MAX("{pk}"), 0) FROM "{table}"')  # noqa: S608
        start = cursor.fetchone()[0] + 1
        if connection.vendor == "sqlite":
            # Keep AUTOINCREMENT-style tables consistent if a sequence row exists.
            cursor.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
            row = cursor.fetchone()
            if row and row[0] >= start:
                start = row[0] + 1
        return list(range(start, start + count))


def insert_rows(
    model: type[models.Model], field_names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Insert tuples (values in `field_names` order, FK fields as `<name>_id`). Returns count.

    No signals, no `save()`: callers compute derived fields themselves (the registry services
    provide the helpers), and validate before calling.
    """
    fields = [model._meta.get_field(name) for name in field_names]
    columns = [f.column for f in fields]
    converters = [_converter(f) for f in fields]
    active = [(i, c) for i, c in enumerate(converters) if c is not None]

    def convert(row: Sequence[Any]) -> Sequence[Any]:
        if not active:
            return row
        out = list(row)
        for i, conv in active:
            out[i] = conv(out[i])
        return out

    table = model._meta.db_table
    quoted = ", ".join(connection.ops.quote_name(c) for c in columns)
    count = 0
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            raw = cursor.cursor  # psycopg 3 cursor: COPY is the fastest way in
            with raw.copy(f"COPY {connection.ops.quote_name(table)} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(convert(row))
                    count += 1
            return count
        placeholders = ", ".join(["%s"] * len(columns))
        sql = f"INSERT INTO {connection.ops.quote_name(table)} ({quoted}) VALUES ({placeholders})"  # noqa: S608
        batch: list[Sequence[Any]] = []
        for row in rows:
            batch.append(convert(row))
            if len(batch) >= 5000:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during a bulk job.

    A bulk import allocates hundreds of thousands of small objects that live until the job
    ends; each automatic collection walks all of them again (measured: about a quarter of a
    95,000-row import). Reference counting still frees everything; the collector runs once
    at the end.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
            gc.collect(1)


def sync_sequence(model: type[models.Model]) -> None:
    """After inserting explicit ids on PostgreSQL, move the sequence past them."""
    if connection.vendor != "postgresql":
        return
    table, pk = model._meta.db_table, model._meta.pk.column
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence(%s, %s), "  # noqa: S608
            f"GREATEST((SELECT COALESCE(MAX({connection.ops.quote_name(pk)}), 1) FROM "
            f"{connection.ops.quote_name(table)}), 1))",
            [table, pk],
        )


def now() -> dt.datetime:
    from django.utils import timezone

    return timezone.now()
