"""The registry as an office uses it (issue 13, items 2 and 3): find an owner by NIK or
phone in any usual form, sort and export the list, districts and KBLI picked from lists, no
duplicate at the door, duplicate detection in the background with evidence in words."""

from __future__ import annotations

import csv
import io
import logging

import pytest
from django.conf import settings
from django.utils import translation

from siapekspor.core.logging import StripQueryString
from siapekspor.core.models import AuditEntry
from siapekspor.registry.dedup.evidence import describe
from siapekspor.registry.models import Enterprise
from siapekspor.registry.models_import import DuplicateCandidate, DuplicateRun
from siapekspor.registry.services import enterprise_register
from siapekspor.registry.tests.factories import enterprise_data, make_enterprise

NIK = "1871014105900321"
PHONE = "081278225627"
SEARCHED = "registry.enterprise.personal_data_searched"


# --- find anyone ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [NIK, "1871 0141 0590 0321", "0812-7822-5627", "+62 812 7822 5627", "62812-78225627"],
)
def test_the_list_finds_an_owner_by_nik_or_phone_in_any_usual_form(client, users, typed):
    e = make_enterprise(name="Keripik Pisang Bu Sri", nik=NIK, phone=PHONE)
    make_enterprise(name="Kopi Liwa")
    client.force_login(users["regency_officer"])
    response = client.post("/registry/enterprises/", {"q": typed})
    assert NIK not in response["Location"] and "7822" not in response["Location"]
    page = client.get(response["Location"])
    assert [x.pk for x in page.context["page"]] == [e.pk]
    assert NIK not in page.content.decode().split("<table")[1]  # found, never shown


def test_the_api_get_finds_a_phone_through_the_blind_index_and_audits_it(api_client, users):
    e = make_enterprise(name="Keripik Pisang Bu Sri", phone="081312486940")
    api = api_client.as_user(users["province_officer"])
    body = api.get("/api/v1/enterprises", {"q": "+62 813 1248 6940"}).json()
    assert [item["id"] for item in body["items"]] == [e.pk]
    assert "6940" in body["items"][0]["phone_masked"] and "1248" not in str(body)
    entry = AuditEntry.objects.get(action=SEARCHED)
    assert entry.changes["looked_up"] == ["phone"] and entry.changes["matched"] is True
    assert "1248" not in str(entry.changes)
    # A business name through GET is not a personal-data search: nothing recorded.
    assert api.get("/api/v1/enterprises", {"q": "pisang"}).json()["count"] == 1
    assert AuditEntry.objects.filter(action=SEARCHED).count() == 1


def test_an_access_log_line_keeps_no_number_of_a_get_search():
    record = logging.LogRecord(
        "django.server", logging.INFO, "", 0, '"%s" %s %s',
        ("GET /api/v1/enterprises?q=0812-7822-5627 HTTP/1.1", "200", "512"), None,
    )  # fmt: skip
    StripQueryString().filter(record)
    assert "7822" not in record.getMessage() and "/api/v1/enterprises" in record.getMessage()


def test_columns_sort_both_ways_and_keep_the_filters(client, users):
    for name in ("Batik Tapis", "Abon Ikan", "Cokelat Lampung"):
        make_enterprise(name=name)
    client.force_login(users["regency_officer"])
    page = client.get("/registry/enterprises/", {"sort": "-name", "status": "active"})
    names = [e.name for e in page.context["page"]]
    assert names[:3] == sorted(names, reverse=True)[:3]
    heading = next(c for c in page.context["columns"] if c["key"] == "name")
    assert heading["direction"] == "descending"
    assert "sort=name" in heading["url"] and "status=active" in heading["url"]
    assert 'aria-sort="descending"' in page.content.decode()
    by_nib = client.get("/registry/enterprises/", {"sort": "nib"}).context["page"]
    assert [e.nib for e in by_nib] == sorted(e.nib for e in by_nib)
    assert client.get("/registry/enterprises/", {"sort": "drop table"}).status_code == 200


def test_districts_carry_their_regency_and_kbli_is_picked_from_the_list(client, users):
    client.force_login(users["province_officer"])
    html = client.get("/registry/enterprises/new/").content.decode()
    assert 'data-follows="regency"' in html and 'data-regency="18.71"' in html
    assert 'list="kbli-codes"' in html and '<datalist id="kbli-codes">' in html
    assert '<option value="10794">' in html
    assert "registry/regions.js" in html and "<script>" not in html
    listing = client.get("/registry/enterprises/").content.decode()
    assert '<option value="10">' in listing  # divisions too, for the filter


def test_the_filtered_list_exports_masked_and_audited(client, users):
    e = make_enterprise(name="Keripik Lada", regency="18.71", nik=NIK)
    make_enterprise(name="Kopi Liwa", regency="18.04")
    client.force_login(users["province_officer"])
    searched = client.post("/registry/enterprises/", {"q": NIK})["Location"]
    query = searched.split("?", 1)[1]
    response = client.post("/registry/enterprises/export/", {"query": query, "format": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert [r[1] for r in rows[1:]] == [e.name]
    assert NIK not in response.content.decode() and "187101******0321" in rows[1]
    entry = AuditEntry.objects.filter(action="registry.enterprise.exported").get()
    assert entry.changes["rows"] == 1 and entry.changes["personal_data"] is False
    assert NIK not in str(entry.changes)
    xlsx = client.post("/registry/enterprises/export/", {"query": "regency=18.04"})
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
    refused = client.post("/registry/enterprises/export/", {"query": ""})
    assert refused.status_code == 200
    client.force_login(users["enterprise_owner"])
    assert client.post("/registry/enterprises/export/", {"query": ""}).status_code == 403


def test_the_list_page_keeps_its_query_budget(client, users, django_assert_max_num_queries):
    for i in range(30):
        make_enterprise(name=f"Usaha {i:02d}")
    client.force_login(users["province_officer"])
    client.get("/registry/enterprises/")  # warm the session
    with django_assert_max_num_queries(11):
        page = client.get("/registry/enterprises/", {"sort": "district", "regency": "18.71"})
    assert page.status_code == 200 and len(page.context["page"]) == 25


# --- no duplicate at the door --------------------------------------------------------------


def _form(**values):
    data = {
        "name": "Keripik Pisang Sri",
        "legal_form": "individual",
        "owner_gender": "female",
        "owner_name": "Sri Lestari",
        "regency": "18.71",
        "is_active": "on",
    }
    data.update(values)
    return data


def test_the_same_nik_warns_links_and_needs_a_confirmation(client, users):
    first = make_enterprise(name="Keripik Pisang Bu Sri", nik=NIK)
    client.force_login(users["regency_officer"])
    response = client.post("/registry/enterprises/new/", _form(nik=NIK, name="Kopi Sri"))
    assert response.status_code == 200 and Enterprise.objects.count() == 2  # owner's + first
    html = response.content.decode()
    assert f'href="/registry/enterprises/{first.pk}/"' in html and 'id="door-warning"' in html
    assert 'name="confirm_different"' in html
    saved = client.post(
        "/registry/enterprises/new/", _form(nik=NIK, name="Kopi Sri", confirm_different="on")
    )
    assert saved.status_code == 302
    created = Enterprise.objects.get(name="Kopi Sri")
    entry = AuditEntry.objects.get(action="registry.enterprise.created", target_id=str(created.pk))
    assert entry.changes["confirmed_different_from"] == [first.pk]


def test_a_registered_nib_is_refused_even_with_the_confirmation(client, users):
    first = make_enterprise(name="Tapis Jaya", nib="9100000099999")
    client.force_login(users["province_officer"])
    response = client.post(
        "/registry/enterprises/new/",
        _form(nib="9100000099999", name="Tapis Baru", confirm_different="on"),
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert f"/registry/enterprises/{first.pk}/" in html and 'name="confirm_different"' not in html
    assert not Enterprise.objects.filter(name="Tapis Baru").exists()


def test_a_phone_warns_only_with_a_similar_name(users):
    officer = users["province_officer"]
    make_enterprise(name="Keripik Pisang Bu Sri", phone=PHONE)
    from siapekspor.registry.services import DuplicateSuspected

    with pytest.raises(DuplicateSuspected) as caught:
        enterprise_register(
            actor=officer, data=enterprise_data(name="Keripik Pisang Sri", phone="0812-7822-5627")
        )
    assert [m.kind for m in caught.value.matches] == ["phone"]
    # The same phone (a household's) with another business: no warning.
    other = enterprise_register(
        actor=officer, data=enterprise_data(name="Bengkel Las Maju", phone=PHONE)
    )
    assert other.pk


def test_a_match_outside_the_users_area_is_said_without_naming_it(users):
    hidden = make_enterprise(name="Kopi Robusta Liwa", regency="18.04", nik=NIK)
    from siapekspor.registry.services import DuplicateSuspected

    with pytest.raises(DuplicateSuspected) as caught:
        enterprise_register(
            actor=users["regency_officer"],
            data=enterprise_data(name="Kopi Liwa Asli", regency="18.71", nik=NIK),
        )
    (match,) = caught.value.matches
    assert match.enterprise is None
    assert hidden.name not in match.sentence and "Liwa" not in str(caught.value.details)


def test_editing_warns_only_when_an_identifier_changes(client, users):
    make_enterprise(name="Keripik Pisang Bu Sri", nik=NIK)
    mine = make_enterprise(name="Kopi Sri", nik=NIK)  # confirmed in the factory
    other = make_enterprise(name="Abon Ikan", nik="1871014105900777")
    client.force_login(users["province_officer"])
    form = _form(name="Kopi Sri Baru", regency="18.71")
    assert client.post(f"/registry/enterprises/{mine.pk}/edit/", form).status_code == 302
    changed = client.post(f"/registry/enterprises/{other.pk}/edit/", _form(nik=NIK))
    assert changed.status_code == 200 and 'id="door-warning"' in changed.content.decode()
    other.refresh_from_db()
    assert other.nik == "1871014105900777"


def test_the_api_answers_409_with_the_matches_unless_confirmed(api_client, users):
    first = make_enterprise(name="Keripik Pisang Bu Sri", nik=NIK)
    api = api_client.as_user(users["province_officer"])
    payload = {"name": "Kopi Sri", "regency": "18.71", "nik": NIK}
    refused = api.post("/api/v1/enterprises", payload)
    assert refused.status_code == 409
    error = refused.json()["error"]
    assert error["code"] == "duplicate_suspected"
    assert error["details"][0]["field"] == "nik" and first.name in error["details"][0]["message"]
    created = api.post("/api/v1/enterprises", {**payload, "confirm_different": True})
    assert created.status_code == 201
    patched = api.patch(f"/api/v1/enterprises/{created.json()['id']}", {"nib": first.nib})
    assert patched.status_code == 409
    assert patched.json()["error"]["details"][0]["field"] == "nib"


# --- duplicate detection in the background --------------------------------------------------


def test_duplicate_detection_runs_in_the_background_and_says_its_evidence(
    client, users, django_capture_on_commit_callbacks
):
    a = make_enterprise(name="Keripik Pisang Bu Sri", nik=NIK, nib=None, kbli="10794")
    b = make_enterprise(name="Keripik Pisang Bu Sri", nik=NIK, nib=None, kbli="10794")
    client.force_login(users["province_officer"])
    page = client.get("/registry/duplicates/").content.decode()
    assert "find-duplicates" not in page
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post("/registry/duplicates/run/").status_code == 302
    run = DuplicateRun.objects.get()
    assert run.status == "completed" and run.percent == 100 and run.finished_at
    assert DuplicateCandidate.objects.filter(first=a, second=b).exists()
    status = client.get("/registry/duplicates/run/status.json").json()
    assert status["status"] == "completed" and status["percent"] == 100
    with translation.override("en"):
        html = client.get("/en/registry/duplicates/").content.decode()
    assert "same NIK" in html and "business names 100 % alike" in html
    assert "nik=True" not in html and "name=1" not in html


def test_a_second_start_while_a_run_is_going_joins_it(client, users):
    client.force_login(users["province_officer"])
    DuplicateRun.objects.create(status="running", pairs_done=50, pairs_total=200)
    client.post("/registry/duplicates/run/")
    assert DuplicateRun.objects.count() == 1
    status = client.get("/registry/duplicates/run/status.json").json()
    assert status["status"] == "running" and status["percent"] == 25
    html = client.get("/registry/duplicates/").content.decode()
    assert 'id="dedup-bar"' in html and 'value="25"' in html


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_evidence_reads_in_words_in_every_language(language):
    reasons = {"name": 0.92, "nik": True, "kbli": False, "address": 0.8}
    with translation.override(language):
        text = describe(reasons)
    assert "=" not in text and "True" not in text and "0.92" not in text
    assert "92" in text or "٩٢" in text
    if language != "en":
        with translation.override("en"):
            assert text != describe(reasons)


def test_the_api_lists_duplicates_with_their_evidence_in_words(api_client, users):
    a = make_enterprise(name="Abon Ikan Tuna", nib=None)
    b = make_enterprise(name="Abon Ikan Tuna", nib=None)
    DuplicateCandidate.objects.create(first=a, second=b, score=0.9, reasons={"name": 1.0})
    body = (
        api_client.as_user(users["province_officer"])
        .get("/api/v1/duplicates", HTTP_ACCEPT_LANGUAGE="en")
        .json()
    )
    assert body[0]["evidence"] == "business names 100 % alike"


def test_a_run_whose_worker_stopped_reporting_does_not_block_a_new_one(client, users):
    import datetime as dt

    from django.utils import timezone

    long_ago = timezone.now() - dt.timedelta(hours=3)
    dead = DuplicateRun.objects.create(status="running", pairs_total=10)
    DuplicateRun.objects.filter(pk=dead.pk).update(created_at=long_ago, heartbeat_at=long_ago)
    client.force_login(users["province_officer"])
    assert 'id="dedup-bar"' not in client.get("/registry/duplicates/").content.decode()
    client.post("/registry/duplicates/run/")
    assert DuplicateRun.objects.count() == 2
