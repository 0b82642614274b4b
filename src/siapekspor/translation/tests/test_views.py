"""Officer pages, the API and the machine-translation mark, in the reader's language."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.utils import translation

from siapekspor.core.models import AuditEntry
from siapekspor.translation import services
from siapekspor.translation.models import GlossaryTerm, Translation

pytestmark = pytest.mark.django_db

TEXT = "Lada hitam Lampung kualitas ekspor."


@pytest.fixture
def translated(install):
    install("id_en", "en_ar")
    services.translate_texts([TEXT, "Kain tapis."], source_language="id", target_language="en")
    services.translate_texts([TEXT], source_language="id", target_language="ar")
    return Translation.objects.get(target_language="en", source_text=TEXT)


def _render(template: str, **context) -> str:
    return Template("{% load mt %}" + template).render(Context(context))


def test_the_mark_says_machine_translated_in_the_readers_language(translated):
    rendered = services.text_for("en", TEXT)
    with translation.override("id"):
        assert "Diterjemahkan mesin — teks Indonesia yang berlaku" in _render(
            "{% mt_mark r %}", r=rendered
        )
    with translation.override("en"):
        html = _render("{% mt_show text %}", text=TEXT)
    assert "Machine-translated — the Indonesian text is authoritative" in html
    assert 'lang="en"' in html and TEXT in html  # the Indonesian text one click away
    with translation.override("ar"):
        html = _render("{% mt_show text %}", text=TEXT)
    assert 'lang="ar"' in html and "ترجمة آلية" in html


def test_without_a_translation_the_note_says_so():
    with translation.override("fr"):
        html = _render("{% mt_show text %}", text=TEXT)
    assert TEXT in html and "Affiché en indonésien" in html


def test_review_queue_lists_machine_translations_within_a_query_budget(
    client, users, translated, django_assert_max_num_queries
):
    client.force_login(users["province_officer"])
    with django_assert_max_num_queries(12):
        response = client.get("/en/translation/")
    assert response.status_code == 200
    body = response.content.decode()
    assert TEXT in body and "id_en" not in body
    assert "id → en" in body  # the engine status
    reviewed = client.get("/en/translation/", {"status": "reviewed"}).content.decode()
    assert TEXT not in reviewed


def test_an_officer_corrects_a_translation_on_its_page(client, users, translated):
    client.force_login(users["province_officer"])
    url = f"/translation/{translated.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(url, {"text": "Export-grade Lampung black pepper.", "reason": "cek"})
    assert response.status_code == 302
    translated.refresh_from_db()
    assert translated.text == "Export-grade Lampung black pepper." and not translated.is_machine
    assert AuditEntry.objects.filter(action="translation.translation.corrected").count() == 1
    empty = client.post(url, {"text": ""})
    assert empty.status_code == 200 and "wajib diisi" in empty.content.decode()


def test_regency_officers_see_the_glossary_but_not_the_queue(client, users, translated):
    client.force_login(users["regency_officer"])
    assert client.get("/translation/").status_code == 403
    assert client.get(f"/translation/{translated.pk}/").status_code == 404
    glossary = client.get("/translation/glossary/")
    assert glossary.status_code == 200 and "naik kelas" in glossary.content.decode()
    term = GlossaryTerm.objects.get(key="naik-kelas")
    assert client.get(f"/translation/glossary/{term.pk}/").status_code == 404


def test_glossary_page_edits_a_term_and_audits_it(client, users):
    client.force_login(users["admin"])
    term = GlossaryTerm.objects.get(key="gula-aren")
    url = f"/translation/glossary/{term.pk}/"
    form = {
        "kind": "product",
        "term_ind": "gula aren",
        "term_en": "aren palm sugar",
        "term_zh_hans": "棕榈糖",
        "term_ja": "ヤシ砂糖",
        "term_ar": "سكر النخيل",
        "term_fr": "sucre de palme",
        "note": "",
        "is_active": "on",
    }
    assert client.post(url, form).status_code == 302
    term.refresh_from_db()
    assert term.term_en == "aren palm sugar" and term.key == "gula-aren"
    assert AuditEntry.objects.filter(action="translation.glossary_term.updated").exists()
    taken = client.post("/translation/glossary/new/", {**form, "key": "gula-lain"})
    assert taken.status_code == 200  # "gula aren" already belongs to another term


@pytest.mark.parametrize("lang", ["ar", "ja"])
def test_pages_render_in_other_scripts(client, users, translated, lang):
    client.force_login(users["admin"])
    page = client.get(f"/{lang}/translation/glossary/")
    assert page.status_code == 200
    if lang == "ar":
        assert 'dir="rtl"' in page.content.decode()


def test_api_lists_and_corrects_translations(api_client, users, translated):
    api_client.as_user(users["province_officer"])
    status = api_client.get("/api/v1/translation/status").json()
    assert status["is_available"] is True
    assert ["id", "en", "ar"] in [r["route"] for r in status["routes"]]
    listing = api_client.get("/api/v1/translation/translations", {"target_language": "en"}).json()
    assert listing["count"] == 2
    response = api_client.post(
        f"/api/v1/translation/translations/{translated.pk}/correction",
        {"text": "Lampung black pepper, export grade."},
    )
    assert response.status_code == 200
    assert response.json()["is_machine"] is False
    empty = api_client.post(
        f"/api/v1/translation/translations/{translated.pk}/correction",
        {"text": ""},
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert empty.status_code == 400
    assert empty.json()["error"]["details"][0]["message"] == "Tulis terjemahannya."


def test_api_glossary_create_and_patch(api_client, users):
    api_client.as_user(users["admin"])
    created = api_client.post(
        "/api/v1/translation/glossary",
        {
            "key": "emping-melinjo",
            "kind": "product",
            "forms": {"id": "emping melinjo", "en": "melinjo crackers"},
        },
    )
    assert created.status_code == 201, created.content
    term_id = created.json()["id"]
    patched = api_client.patch(
        f"/api/v1/translation/glossary/{term_id}", {"forms": {"fr": "chips de melinjo"}}
    )
    assert patched.status_code == 200
    assert patched.json()["forms"]["en"] == "melinjo crackers"
    assert patched.json()["forms"]["fr"] == "chips de melinjo"
    duplicate = api_client.post(
        "/api/v1/translation/glossary",
        {"key": "emping-melinjo", "kind": "product", "forms": {"id": "emping"}},
    )
    assert duplicate.status_code == 400


def test_admin_edits_the_glossary_through_the_service(client, users):
    client.force_login(users["admin"])
    term = GlossaryTerm.objects.get(key="tapis")
    url = f"/admin/translation/glossaryterm/{term.pk}/change/"
    assert client.get(url).status_code == 200
    form = {
        "kind": "product",
        "term_ind": "tapis",
        "term_en": "tapis weaving",
        "term_zh_hans": "塔皮斯织锦",
        "term_ja": "タピス織",
        "term_ar": "قماش التابيس",
        "term_fr": "tissu tapis",
        "note": "",
        "is_active": "on",
    }
    assert client.post(url, form).status_code == 302
    term.refresh_from_db()
    assert term.term_en == "tapis weaving"
    assert AuditEntry.objects.filter(
        action="translation.glossary_term.updated", target_id=str(term.pk)
    ).exists()
    refused = client.post(url, {**form, "term_ind": "kopi robusta"})
    assert refused.status_code == 200  # the form shows the service's rule


def test_admin_cannot_change_the_memory_behind_the_audit(client, users, translated):
    client.force_login(users["admin"])
    url = f"/admin/translation/translation/{translated.pk}/change/"
    assert client.get(url).status_code == 200  # view only
    client.post(url, {"text": "changed"})
    translated.refresh_from_db()
    assert translated.text != "changed"


def test_the_mark_as_plain_text_for_mail(translated):
    rendered = services.text_for("en", TEXT)
    with translation.override("fr"):
        line = _render("{% mt_mark_text r %}", r=rendered).strip()
    assert line == "Traduction automatique — le texte indonésien fait foi"
