from django.db import migrations


def seed(apps, schema_editor):
    """Fill the glossary from data/glossary.csv (terms whose key exists are left alone)."""
    from modeltranslation.utils import build_localized_fieldname

    from siapekspor.translation.seed import read_glossary

    GlossaryTerm = apps.get_model("translation", "GlossaryTerm")
    columns = {f.name for f in GlossaryTerm._meta.get_fields()}
    for row in read_glossary():
        if GlossaryTerm.objects.filter(key=row["key"]).exists():
            continue
        values = {
            build_localized_fieldname("term", lang): form
            for lang, form in row["forms"].items()
            if build_localized_fieldname("term", lang) in columns
        }
        GlossaryTerm.objects.create(
            key=row["key"], kind=row["kind"], note=row["note"], term=row["forms"]["id"], **values
        )


class Migration(migrations.Migration):
    dependencies = [("translation", "0001_translation_memory_and_glossary")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
