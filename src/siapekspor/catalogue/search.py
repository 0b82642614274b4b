"""Full-text search of the catalogue in six languages.

The searchable text of a listing (`Listing.search_text`) is normalised here: lower case,
accents folded, and every Han, kana and Hangul character set apart by spaces, so that a
Chinese or Japanese word (咖啡, コーヒー) is found as a phrase of characters by tokenizers
that do not segment those scripts. The engine is chosen per database:

- SQLite with FTS5: a contentless index `catalogue_listing_fts` (created by the migration
  when the SQLite build has FTS5), kept by `index()`/`unindex()` from the services;
- PostgreSQL: a `websearch` query with the `simple` configuration (no stemming: six
  languages share one column) against the stored column `search_vector`, a generated
  `to_tsvector('simple', search_text)` with a GIN index (created by migration 0003 on
  PostgreSQL only, so it is never built per row at query time and always follows
  `search_text`, whoever writes it);
- otherwise (or `CATALOGUE_SEARCH = "basic"`): every word must occur (`icontains`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from django.conf import settings
from django.db import DatabaseError, connection

FTS_TABLE = "catalogue_listing_fts"
_CJK = re.compile(r"([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff])")
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12
# The Arabic article written onto its noun (القهوة, الفلفل): a buyer types either form.
_AR_ARTICLE = re.compile(r"\bال(\w{2,})")


def normalise(text: str) -> str:
    """Lower case, accents folded (Latin only: Arabic marks are kept), CJK characters
    spaced."""
    text = unicodedata.normalize("NFKC", text or "").lower()
    decomposed = unicodedata.normalize("NFD", text)
    folded = "".join(
        ch for ch in decomposed if not (unicodedata.combining(ch) and "\u0300" <= ch <= "\u036f")
    )
    text = unicodedata.normalize("NFC", folded)
    text = _CJK.sub(r" \1 ", text)
    return " ".join(text.split())


def without_article(text: str) -> str:
    """The Arabic nouns of `text` that carry the article, without it (الفلفل → فلفل): added to
    the indexed text, so that a query in either form (the query loses it) finds the listing."""
    return " ".join(_AR_ARTICLE.findall(text))


def terms(query: str) -> list[list[str]]:
    """The query as terms; each term is a list of tokens that must follow each other (a CJK
    word becomes its characters; an Arabic noun loses its article)."""
    out: list[list[str]] = []
    for chunk in normalise(query).split(" "):
        tokens = [_AR_ARTICLE.sub(r"\1", t) for t in _WORD.findall(chunk)]
        if tokens:
            out.append(tokens)
    # Adjacent CJK characters of the query belong to one word: join them into a phrase.
    merged: list[list[str]] = []
    for tokens in out:
        if merged and _is_cjk(tokens) and _is_cjk(merged[-1]):
            merged[-1] = merged[-1] + tokens
        else:
            merged.append(tokens)
    return merged[:MAX_TERMS]


def _is_cjk(tokens: list[str]) -> bool:
    return all(len(t) == 1 and _CJK.match(t) for t in tokens)


def backend() -> str:
    """ "fts5", "postgres" or "basic" — what `matching_ids` will use."""
    if getattr(settings, "CATALOGUE_SEARCH", "auto") == "basic":
        return "basic"
    if connection.vendor == "postgresql":
        return "postgres"
    if connection.vendor == "sqlite" and fts_available():
        return "fts5"
    return "basic"


def fts_available() -> bool:
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS_TABLE]
        )
        return cursor.fetchone() is not None


def create_fts(schema_editor) -> None:
    """Create the FTS5 index when the SQLite build has FTS5; nothing elsewhere."""
    if schema_editor.connection.vendor != "sqlite":
        return
    try:
        schema_editor.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            "body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    except DatabaseError:
        return  # SQLite without FTS5: the search falls back to `icontains`


PG_VECTOR = "search_vector"
PG_VECTOR_INDEX = "catalogue_listing_search_vector"


def create_pg_vector(schema_editor) -> None:
    """On PostgreSQL, the stored tsvector of `search_text` and its GIN index; nothing
    elsewhere. A generated column: the database keeps it equal to
    `to_tsvector('simple', search_text)` on every insert and update (services, bulk writes,
    restores alike). The model does not declare it; `selectors.public_listings` reads it."""
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"ALTER TABLE catalogue_listing ADD COLUMN IF NOT EXISTS {PG_VECTOR} tsvector "
        "GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED"
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {PG_VECTOR_INDEX} ON catalogue_listing USING gin ({PG_VECTOR})"
    )


def drop_pg_vector(schema_editor) -> None:
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {PG_VECTOR_INDEX}")
        schema_editor.execute(f"ALTER TABLE catalogue_listing DROP COLUMN IF EXISTS {PG_VECTOR}")


def drop_fts(schema_editor) -> None:
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")


def index(listing_id: int, text: str) -> None:
    """Put one listing's text into the FTS5 index (nothing on other engines)."""
    if not fts_available():
        return
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM catalogue_listing_fts WHERE rowid = %s", [listing_id])
        cursor.execute(
            "INSERT INTO catalogue_listing_fts (rowid, body) VALUES (%s, %s)",
            [listing_id, text],
        )


def unindex(listing_ids: Iterable[int]) -> None:
    """Remove listings from the FTS5 index."""
    ids = list(listing_ids)
    if not ids or not fts_available():
        return
    with connection.cursor() as cursor:
        for listing_id in ids:
            cursor.execute("DELETE FROM catalogue_listing_fts WHERE rowid = %s", [listing_id])


def fts_query(query_terms: list[list[str]]) -> str:
    """An FTS5 MATCH expression: every term required; a Latin word also matches as a
    prefix (kopi → kopinya); a CJK word is a phrase of its characters."""
    parts = []
    for tokens in query_terms:
        phrase = " ".join(t.replace('"', "") for t in tokens)
        parts.append(f'"{phrase}"' if _is_cjk(tokens) or len(tokens) > 1 else f'"{phrase}"*')
    return " AND ".join(parts)
