"""Six languages: every page renders in each, Arabic is right-to-left, catalogues complete."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from siapekspor.core import i18n
from siapekspor.registry.tests.factories import make_enterprise

PACKAGE = Path(__file__).resolve().parents[2]
# Each app keeps its own catalogues in <app>/locale; an app with user-facing text must have one.
APPS_WITH_TEXT = sorted(p.parent.name for p in PACKAGE.glob("*/apps.py"))
LANGS = list(i18n.codes())
PREFIX = {code: "" if code == i18n.default() else f"/{code}" for code in LANGS}
NOTICE = {
    "en": "translated by machine",
    "fr": "traduite automatiquement",
    "ja": "機械翻訳",
    "zh-hans": "机器翻译",
    "ar": "آليًا",
}


CATALOGUE_LANGS = set(i18n.locales())


def _po_files():
    return sorted(PACKAGE.glob("*/locale/*/LC_MESSAGES/*.po"))


@pytest.mark.parametrize("app", APPS_WITH_TEXT)
def test_every_app_has_a_catalogue_in_every_language(app):
    found = {p.parts[-3] for p in (PACKAGE / app).glob("locale/*/LC_MESSAGES/django.po")}
    assert found >= CATALOGUE_LANGS, f"{app}: missing {sorted(CATALOGUE_LANGS - found)}"


@pytest.mark.parametrize("path", _po_files(), ids=lambda p: f"{p.parts[-6]}/{p.parts[-3]}")
def test_catalogue_has_no_untranslated_or_fuzzy_entries(path):
    po = polib.pofile(str(path))
    untranslated = [e.msgid for e in po.untranslated_entries() if not e.obsolete]
    fuzzy = [e.msgid for e in po.fuzzy_entries() if not e.obsolete]
    assert not untranslated, f"{len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"


@pytest.mark.slow
@pytest.mark.parametrize("app", APPS_WITH_TEXT)
def test_catalogues_contain_every_string_of_the_code(tmp_path, app):
    """Run makemessages on a copy of the app: no msgid may be missing from its catalogues."""
    copy = tmp_path / app
    shutil.copytree(
        PACKAGE / app,
        copy,
        ignore=shutil.ignore_patterns(
            "__pycache__", "*.mo", "reference_data", "tests", "migrations"
        ),
    )
    (copy / "locale").mkdir(exist_ok=True)
    # PYTHONSAFEPATH: the app's own selectors.py must not shadow the standard library's.
    env = {**os.environ, "SIAPEKSPOR_VAR_DIR": str(tmp_path / "var"), "PYTHONSAFEPATH": "1"}
    langs = [arg for code in sorted(CATALOGUE_LANGS) for arg in ("-l", code)]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "siapekspor",
            "makemessages",
            *langs,
            "--no-obsolete",
            "--no-location",
            "-v0",
        ],
        cwd=copy,
        env=env,
        check=True,
        capture_output=True,
        timeout=300,
    )
    for fresh in (copy / "locale").glob("*/LC_MESSAGES/django.po"):
        original = PACKAGE / app / fresh.relative_to(copy)
        have = (
            {(e.msgctxt, e.msgid) for e in polib.pofile(str(original))}
            if original.exists()
            else set()
        )
        need = {(e.msgctxt, e.msgid) for e in polib.pofile(str(fresh))}
        missing = need - have
        assert not missing, (
            f"{original}: {len(missing)} strings missing, e.g. {sorted(missing, key=str)[:5]}"
        )


@pytest.mark.parametrize("lang", LANGS)
def test_key_pages_render_in_every_language(client, users, lang):
    e = make_enterprise()
    client.force_login(users["province_officer"])
    for path in [
        "/",
        "/registry/enterprises/",
        f"/registry/enterprises/{e.pk}/",
        "/registry/enterprises/new/",
        "/accounts/profile/",
    ]:
        response = client.get(PREFIX[lang] + path)
        assert response.status_code == 200, path
        html = response.content.decode()
        assert f'<html lang="{lang}"' in html
        assert ('dir="rtl"' in html) == (lang == "ar")
        if lang == "id":
            assert "translated by machine" not in html
        else:
            assert NOTICE[lang] in html, (lang, path)


def test_login_page_in_arabic_is_right_to_left(client):
    html = client.get("/ar/accounts/login/").content.decode()
    assert 'dir="rtl"' in html and "تسجيل الدخول" in html


def test_domain_error_is_indonesian_by_default(client, users):
    client.force_login(users["province_officer"])
    html = client.post(
        "/registry/enterprises/new/",
        {
            "name": "X",
            "legal_form": "individual",
            "owner_gender": "unknown",
            "regency": "18.71",
            "nik": "1",
        },
    ).content.decode()
    assert "NIK harus tepat 16 digit." in html
