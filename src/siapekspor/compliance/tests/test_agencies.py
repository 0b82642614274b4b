"""The issuing agency in every language: the data file, the loader, the checklist pages, the
API (Accept-Language) and an officer's rule edit."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from siapekspor.compliance import content, services
from siapekspor.compliance.models import DocumentType, Rule, RuleVersion
from siapekspor.core import i18n

pytestmark = pytest.mark.django_db

# Frozen shrimp to China after GACC Decree 280: the GACC item comes from rule CN1-280 (its
# own agency), the health certificate from the document type's agency.
SHRIMP_TO_CHINA = {"hs": "030617", "market": "CHN", "date": "2026-09-01"}


def _page(name: str, *args) -> str:
    """A page's address without a language prefix (reverse() follows the active language,
    which a previous request may have left on)."""
    with translation.override(i18n.default()):
        return reverse(name, args=args)


@pytest.fixture
def loaded(users):
    services.requirements_load(actor=users["admin"], data=content.builtin())


def _items(data: dict) -> list[dict]:
    return [*data["documents"], *data["rules"]]


def test_every_agency_of_the_data_file_is_in_every_language():
    data = content.builtin()
    named = [i["agencies"] for i in _items(data) if i.get("agencies")]
    assert not [i for i in _items(data) if "agency" in i]  # the former single text is gone
    assert len(named) == 77
    distinct = {t[i18n.default()] for t in named}
    # 58 texts before; "Indonesian CA" = "Otoritas kompeten Indonesia", and the SABER line
    # was written once in English and once in Indonesian.
    assert len(distinct) == 56
    for texts in named:
        assert set(texts) == set(i18n.codes()), texts
        assert all(texts[code].strip() for code in i18n.codes()), texts
        assert len(max(texts.values(), key=len)) <= services.AGENCY_MAX_LENGTH
    # Descriptions are translated; proper names of agencies and systems stay.
    barantin = next(i for i in data["rules"] if i["key"] == "ID4-PC")["agencies"]
    assert barantin["id"] == "Badan Karantina Indonesia (Barantin)"
    assert barantin["en"] == "Indonesian Quarantine Agency (Barantin)"
    nppo = next(i for i in data["documents"] if i["code"] == "ispm15")["agencies"]
    assert "NPPO" in nppo["ar"] and nppo["ar"] != nppo["id"]


def test_the_loaded_agencies_have_every_language_and_reloading_fills_them(users, loaded):
    documents = list(DocumentType.objects.exclude(agencies={}))
    rules = list(Rule.objects.exclude(agencies={}))
    assert len(documents) == 41 and len(rules) == 36
    for row in [*documents, *rules]:
        assert all(row.agencies.get(code, "").strip() for code in i18n.codes()), row
    # A database migrated from the single text holds only the Indonesian one: the loader
    # fills every language, once.
    DocumentType.objects.filter(code="phyto-cert").update(agencies={"id": "Barantin"})
    Rule.objects.filter(key="ID4-PC").update(agencies={"id": "Barantin"})
    result = services.requirements_load(actor=users["admin"], data=content.builtin())
    assert (result.documents_updated, result.rules_updated) == (1, 1)
    assert set(DocumentType.objects.get(code="phyto-cert").agencies) == set(i18n.codes())
    assert set(Rule.objects.get(key="ID4-PC").agencies) == set(i18n.codes())
    again = services.requirements_load(actor=users["admin"], data=content.builtin())
    assert (again.documents_updated, again.rules_updated) == (0, 0)


def test_the_loader_refuses_an_agency_without_every_language_or_in_the_former_format(
    users, tmp_path
):
    broken = content.read()
    rule = next(r for r in broken["rules"] if r.get("agencies"))
    del rule["agencies"]["ja"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    with pytest.raises(CommandError, match="ja"):
        call_command("load_requirements", file=path, stdout=StringIO())
    former = content.read()
    former["documents"][0]["agency"] = former["documents"][0].pop("agencies")["id"]
    path.write_text(json.dumps(former), encoding="utf-8")
    with pytest.raises(CommandError, match="agencies"):
        call_command("load_requirements", file=path, stdout=StringIO())
    assert not Rule.objects.exists() and not DocumentType.objects.exists()


@pytest.mark.parametrize("language", ["ar", "zh-hans"])
def test_checklist_pages_show_the_agency_in_the_readers_language(client, users, loaded, language):
    rule = Rule.objects.get(key="CN1-280")
    health = DocumentType.objects.get(code="health-cert")
    client.force_login(users["province_officer"])
    response = client.get(f"/{language}" + _page("compliance:checklist"), SHRIMP_TO_CHINA)
    assert response.status_code == 200
    items = {i.code: i for i in response.context["result"].items}
    assert items["gacc"].agency == rule.agencies[language]
    assert items["health-cert"].agency == health.agencies[language]
    page = response.content.decode()
    for texts in (rule.agencies, health.agencies):
        assert escape(texts[language]) in page
        assert escape(texts[i18n.default()]) not in page
    if language == "zh-hans":
        assert "中国海关总署（GACC）通过CIFER办理；由KKP/BPPMHKP推荐" in page
    else:
        assert escape("GACC عبر نظام CIFER؛ بتوصية من KKP/BPPMHKP") in page
    indonesian = client.get(_page("compliance:checklist"), SHRIMP_TO_CHINA).content.decode()
    assert escape("GACC melalui CIFER; rekomendasi KKP/BPPMHKP") in indonesian


def test_a_missing_language_falls_back_to_indonesian(client, users, loaded):
    Rule.objects.filter(key="CN1-280").update(agencies={"id": "GACC (teks lama)"})
    client.force_login(users["province_officer"])
    response = client.get("/fr" + _page("compliance:checklist"), SHRIMP_TO_CHINA)
    items = {i.code: i for i in response.context["result"].items}
    assert items["gacc"].agency == "GACC (teks lama)"


def test_the_api_answers_the_agency_in_the_requested_language(api_client, users, loaded):
    api = api_client.as_user(users["enterprise_owner"])
    rule = Rule.objects.get(key="CN1-280")
    for language in i18n.machine_translated():
        body = api.get(
            "/api/v1/compliance/checklist", SHRIMP_TO_CHINA, HTTP_ACCEPT_LANGUAGE=language
        ).json()
        agencies = {i["code"]: i["agency"] for i in body["items"]}
        assert agencies["gacc"] == rule.agencies[language]
    rules = api.get(
        "/api/v1/compliance/rules", {"destination": "CHN"}, HTTP_ACCEPT_LANGUAGE="fr"
    ).json()
    cn1 = next(r for r in rules if r["key"] == "CN1-280")
    assert cn1["agency"] == "GACC via CIFER ; sur recommandation de KKP/BPPMHKP"
    assert cn1["agencies"] == rule.agencies
    # A rule without its own agency answers its document type's.
    every = api.get("/api/v1/compliance/rules", HTTP_ACCEPT_LANGUAGE="fr").json()
    stored = {r.key: r for r in Rule.objects.select_related("document")}
    assert any(not r["agencies"] and r["agency"] for r in every)
    for answered in every:
        own = stored[answered["key"]]
        expected = content.pick(own.agencies or own.document.agencies, "fr")
        assert answered["agency"] == expected, answered["key"]
    documents = api.get("/api/v1/compliance/documents", HTTP_ACCEPT_LANGUAGE="zh-hans").json()
    phyto = next(d for d in documents if d["code"] == "phyto-cert")
    assert phyto["agency"] == "Barantin（印度尼西亚检疫局）"
    assert phyto["agencies"]["id"] == "Barantin (Badan Karantina Indonesia)"


def _form_data(rule: Rule, **changes) -> dict:
    from siapekspor.compliance.forms import RuleForm

    data = {}
    for name, value in RuleForm.initial_for(rule).items():
        if isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value.isoformat() if hasattr(value, "isoformat") else str(value)
    data.update(changes)
    return data


def test_an_officers_rule_edit_keeps_and_updates_the_agency(client, users, loaded):
    rule = Rule.objects.get(key="CN1-280")
    before = dict(rule.agencies)
    client.force_login(users["province_officer"])
    url = _page("compliance:rule", rule.pk)
    page = client.get(url).content.decode()
    for code in i18n.codes():
        assert f'name="agency_{code}"' in page
        assert escape(before[code]) in page
    # Another field edited: the agency stays in every language.
    response = client.post(url, _form_data(rule, lead_days="30", reason="lead time"))
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.lead_days == 30 and rule.agencies == before and rule.version == 2
    # The agency edited in every language: a new version, the old texts kept in it.
    new = {code: f"{before[code]} ({code})" for code in i18n.codes()}
    fields = {f"agency_{code}": f"  {text} " for code, text in new.items()}
    response = client.post(url, _form_data(rule, reason="new office", **fields))
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.agencies == new and rule.version == 3
    assert RuleVersion.objects.get(rule=rule, version=2).data["agencies"] == before
    # Only the Indonesian text: refused with a message, nothing written.
    partial = {f"agency_{code}": "" for code in i18n.codes()}
    partial[f"agency_{i18n.default()}"] = "Kantor baru"
    response = client.post(url, _form_data(rule, reason="try", **partial))
    assert response.status_code == 200
    assert "semua bahasa situs" in response.content.decode()
    rule.refresh_from_db()
    assert rule.agencies == new and rule.version == 3
    # All emptied: the rule has no agency of its own and shows its document type's.
    empty = {f"agency_{code}": "" for code in i18n.codes()}
    response = client.post(url, _form_data(rule, reason="as the document", **empty))
    assert response.status_code == 302
    rule.refresh_from_db()
    assert rule.agencies == {} and rule.agency == rule.document.agency


def test_an_officers_api_edit_sets_the_agency_in_every_language_or_none(api_client, users, loaded):
    rule = Rule.objects.get(key="US3")
    api = api_client.as_user(users["province_officer"])
    url = f"/api/v1/compliance/rules/{rule.pk}"
    before = dict(rule.agencies)
    kept = api.patch(url, {"lead_days": 3, "reason": "x"}, HTTP_ACCEPT_LANGUAGE="ja")
    assert kept.status_code == 200
    assert kept.json()["agencies"] == before and kept.json()["agency"] == before["ja"]
    new = {code: f"Importir baru {code}" for code in i18n.codes()}
    changed = api.patch(url, {"agencies": new, "reason": "y"}, HTTP_ACCEPT_LANGUAGE="ar")
    assert changed.status_code == 200
    assert changed.json()["agency"] == "Importir baru ar" and changed.json()["version"] == 3
    partial = api.patch(url, {"agencies": {"id": "Importir"}}, HTTP_ACCEPT_LANGUAGE="id")
    assert partial.status_code == 400
    assert partial.json()["error"]["details"][0]["field"] == "agencies"
    former = api.patch(url, {"agency": "Importir"}, HTTP_ACCEPT_LANGUAGE="id")
    assert former.status_code == 400
    assert former.json()["error"]["details"][0]["field"] == "agency"
    rule.refresh_from_db()
    assert rule.agencies == new and rule.version == 3
    cleared = api.patch(url, {"agencies": {}, "reason": "z"}, HTTP_ACCEPT_LANGUAGE="en")
    assert cleared.status_code == 200
    assert cleared.json()["agencies"] == {}
    assert cleared.json()["agency"] == rule.document.agencies["en"]
