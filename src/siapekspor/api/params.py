"""Bounded parameter types of the API: one place for the limits every operation shares.

Every integer that reaches the database fits its 64-bit columns (a larger one overflowed on
SQLite and PostgreSQL and answered 500), a year is a plausible calendar year, and a text has
a length. A value out of bounds is a 422 in the API's JSON error format (api/api.py), in the
caller's language.
"""

from __future__ import annotations

from typing import Annotated

from ninja import Field, Path, Query

MAX_DB_INT = 2**63 - 1  # BIGINT on PostgreSQL, INTEGER on SQLite
YEAR_MIN, YEAR_MAX = 1900, 2100
TEXT_MAX = 200  # search words, names, labels
CODE_MAX = 20  # regency, district, KBLI and HS codes, levels, states

# Path and query parameters of operations (function arguments).
Id = Annotated[int, Path(ge=1, le=MAX_DB_INT, description="Record id")]
IdQuery = Annotated[int | None, Query(ge=1, le=MAX_DB_INT, description="Record id")]
CodeQuery = Annotated[str, Query(max_length=CODE_MAX)]
CodePath = Annotated[str, Path(max_length=CODE_MAX)]


# Fields of query and body schemas.
def id_field(default=..., **kwargs):
    return Field(default, ge=1, le=MAX_DB_INT, **kwargs)


def year_field(default=None, **kwargs):
    kwargs.setdefault("description", f"Calendar year, {YEAR_MIN}–{YEAR_MAX}")
    return Field(default, ge=YEAR_MIN, le=YEAR_MAX, **kwargs)


def text_field(default="", max_length: int = TEXT_MAX, **kwargs):
    return Field(default, max_length=max_length, **kwargs)


def code_field(default="", **kwargs):
    return Field(default, max_length=CODE_MAX, **kwargs)
