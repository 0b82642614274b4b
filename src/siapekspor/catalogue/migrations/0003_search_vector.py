"""PostgreSQL only: the stored tsvector of `Listing.search_text` (a generated column) and its
GIN index, so that a search no longer builds a tsvector for every row at query time
(`catalogue/search.py`). Nothing on SQLite, which searches with FTS5."""

from django.db import migrations


def create(apps, schema_editor):
    from siapekspor.catalogue import search

    search.create_pg_vector(schema_editor)


def drop(apps, schema_editor):
    from siapekspor.catalogue import search

    search.drop_pg_vector(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0002_search_index")]

    operations = [migrations.RunPython(create, drop)]
