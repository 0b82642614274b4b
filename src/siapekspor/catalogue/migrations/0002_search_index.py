"""The FTS5 full-text index of published listings (SQLite builds with FTS5 only; other
databases and builds search without it, see `catalogue/search.py`)."""

from django.db import migrations


def create(apps, schema_editor):
    from siapekspor.catalogue import search

    search.create_fts(schema_editor)


def drop(apps, schema_editor):
    from siapekspor.catalogue import search

    search.drop_fts(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("catalogue", "0001_initial")]

    operations = [migrations.RunPython(create, drop)]
