"""The seeded partner organisations and consent texts (partners/content.py)."""

from django.db import migrations


def seed(apps, schema_editor):
    from siapekspor.partners import content

    Organisation = apps.get_model("partners", "Organisation")
    ConsentText = apps.get_model("partners", "ConsentText")
    for code, name, kind in content.ORGANISATIONS:
        Organisation.objects.update_or_create(code=code, defaults={"name": name, "kind": kind})
    for purpose, versions in content.CONSENT_TEXTS.items():
        for version, texts in versions.items():
            ConsentText.objects.get_or_create(
                purpose=purpose, version=version, defaults={"texts": texts}
            )


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
