"""The issuing agency becomes `{language code: text}` (`agencies`) like names and descriptions.

The one text a row had is kept as the authoritative (Indonesian) text; `load-requirements`
(run by `make demo`/`make run`) then fills every language from the data file. Until it runs,
the pages fall back to that text in every language."""

from django.conf import settings
from django.db import migrations, models


def forwards(apps, schema_editor):
    for name in ("DocumentType", "Rule"):
        model = apps.get_model("compliance", name)
        for row in model.objects.exclude(agency="").only("pk", "agency"):
            model.objects.filter(pk=row.pk).update(
                agencies={settings.LANGUAGE_CODE: row.agency}
            )


def backwards(apps, schema_editor):
    for name in ("DocumentType", "Rule"):
        model = apps.get_model("compliance", name)
        for row in model.objects.only("pk", "agencies"):
            text = (row.agencies or {}).get(settings.LANGUAGE_CODE, "")
            if text:
                model.objects.filter(pk=row.pk).update(agency=text[:300])


class Migration(migrations.Migration):
    dependencies = [
        ("compliance", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="documenttype",
            name="agencies",
            field=models.JSONField(blank=True, default=dict, verbose_name="issuing agency"),
        ),
        migrations.AddField(
            model_name="rule",
            name="agencies",
            field=models.JSONField(blank=True, default=dict, verbose_name="issuing agency"),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField(
            model_name="documenttype",
            name="agency",
        ),
        migrations.RemoveField(
            model_name="rule",
            name="agency",
        ),
    ]
