"""Forum meetings: who records, who sees, who updates; overdue actions on the to-do list and
the forum page; minutes as a PDF."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.forum import selectors, services
from siapekspor.forum.models import ActionStatus
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.training import services as training_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def forum(users):
    province = users["province_officer"]
    programme = training_services.programme_create(
        actor=users["admin"], name="Kelas Ekspor", year=2026
    )
    ent = make_enterprise(regency="18.71", name="Kopi Forum")
    meeting = services.meeting_create(
        actor=province,
        title="Rapat Forum Ekspor Triwulan I",
        held_on=dt.date(2026, 3, 5),
        place="Kantor Disperindag Lampung",
        agenda="Pembiayaan KUR ekspor\nSertifikasi halal",
        decisions="LPEI mendampingi 5 IKM kopi",
        guests="Budi — Bank Indonesia",
        attendee_ids=[users["partner_officer"].pk, users["regency_officer"].pk],
        enterprise_ids=[ent.pk],
        programme_ids=[programme.pk],
    )
    yesterday = timezone.localdate() - dt.timedelta(days=1)
    late = services.action_create(
        actor=province,
        meeting=meeting,
        text="Kirim daftar IKM kopi ke LPEI",
        owner=users["regency_officer"],
        deadline=yesterday,
        enterprise_ids=[ent.pk],
    )
    later = services.action_create(
        actor=province,
        meeting=meeting,
        text="Jadwalkan kelas sertifikasi",
        owner=province,
        deadline=timezone.localdate() + dt.timedelta(days=10),
        programme_ids=[programme.pk],
    )
    return {"meeting": meeting, "late": late, "later": later, "ent": ent, **users}


def test_only_province_officers_record_meetings(forum):
    with pytest.raises(PermissionDeniedError):
        services.meeting_create(
            actor=forum["regency_officer"],
            title="x",
            held_on=dt.date(2026, 1, 1),
            place="y",
        )
    entry = AuditEntry.objects.get(action="forum.meeting.created")
    assert entry.target_id == str(forum["meeting"].pk)
    assert AuditEntry.objects.filter(action="forum.action.created").count() == 2


def test_meeting_refuses_an_enterprise_outside_the_scope_and_a_missing_date(forum):
    with pytest.raises(ValidationFailed):
        services.meeting_create(
            actor=forum["province_officer"],
            title="Rapat",
            held_on=dt.date(2026, 1, 1),
            place="Bandar Lampung",
            enterprise_ids=[999999],
        )


def test_overdue_actions_count_per_user(forum):
    assert selectors.overdue_actions_count(forum["regency_officer"]) == 1
    assert selectors.overdue_actions_count(forum["province_officer"]) == 1  # sees all
    assert selectors.overdue_actions_count(forum["partner_officer"]) == 0
    assert selectors.overdue_actions_count(forum["enterprise_owner"]) == 0
    services.action_update(
        actor=forum["regency_officer"], action=forum["late"], status=ActionStatus.DONE
    )
    assert selectors.overdue_actions_count(forum["province_officer"]) == 0


def test_overdue_action_on_the_officers_to_do_list_and_the_forum_page(client, forum):
    client.force_login(forum["regency_officer"])
    home = client.get("/").content.decode()
    assert "Tindak lanjut forum yang lewat tenggat" in home
    assert '<span class="todo-count">1</span> Tindak lanjut forum' in home
    page = client.get("/forum/").content.decode()
    assert 'id="overdue-actions"' in page
    assert "Kirim daftar IKM kopi ke LPEI" in page


def test_partner_sees_meetings_attended_only(client, forum):
    other = services.meeting_create(
        actor=forum["province_officer"],
        title="Rapat internal",
        held_on=dt.date(2026, 4, 1),
        place="Kantor",
    )
    client.force_login(forum["partner_officer"])
    assert client.get(f"/forum/meetings/{forum['meeting'].pk}/").status_code == 200
    assert client.get(f"/forum/meetings/{other.pk}/").status_code == 404
    listing = client.get("/forum/").content.decode()
    assert "Rapat Forum Ekspor Triwulan I" in listing and "Rapat internal" not in listing


def test_regency_officer_updates_their_action_not_anothers(client, forum):
    client.force_login(forum["regency_officer"])
    r = client.post(
        f"/forum/actions/{forum['late'].pk}/", {"status": "done", "note": "Terkirim 3 Maret"}
    )
    assert r.status_code == 302
    forum["late"].refresh_from_db()
    assert forum["late"].status == "done" and forum["late"].done_on == timezone.localdate()
    assert (
        client.post(f"/forum/actions/{forum['later'].pk}/", {"status": "done"}).status_code == 404
    )
    assert AuditEntry.objects.filter(action="forum.action.updated").count() == 1


def test_action_added_from_the_page(client, forum):
    client.force_login(forum["province_officer"])
    r = client.post(
        f"/forum/meetings/{forum['meeting'].pk}/",
        {
            "text": "Undang OJK ke kelas",
            "owner": forum["partner_officer"].pk,
            "deadline": "2026-12-01",
            "enterprise_0": forum["ent"].pk,
        },
    )
    assert r.status_code == 302
    action = forum["meeting"].actions.get(text="Undang OJK ke kelas")
    assert list(action.enterprises.all()) == [forum["ent"]]


@pytest.mark.parametrize("language", ["id", "ar"])
def test_minutes_pdf(client, forum, language):
    client.force_login(forum["province_officer"])
    prefix = "" if language == "id" else f"/{language}"
    r = client.get(f"{prefix}/forum/meetings/{forum['meeting'].pk}/minutes.pdf")
    assert r.status_code == 200
    assert r["Content-Type"] == "application/pdf"
    assert r.content.startswith(b"%PDF")


def test_api_meetings_and_actions(api_client, forum):
    api = api_client.as_user(forum["province_officer"])
    created = api.post(
        "/api/v1/forum/meetings",
        {
            "title": "Rapat API",
            "held_on": "2026-05-02",
            "place": "Daring",
            "agenda": ["Satu", "Dua"],
            "attendee_ids": [forum["partner_officer"].pk],
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["agenda"] == ["Satu", "Dua"]
    added = api.post(
        f"/api/v1/forum/meetings/{body['id']}/actions",
        {
            "text": "Tindak lanjut",
            "owner_id": forum["regency_officer"].pk,
            "deadline": "2020-01-01",
        },
    )
    assert added.status_code == 201 and added.json()["overdue"] is True
    overdue = api_client.as_user(forum["regency_officer"]).get("/api/v1/forum/actions/overdue")
    assert {a["text"] for a in overdue.json()} == {"Kirim daftar IKM kopi ke LPEI", "Tindak lanjut"}
    patched = api_client.as_user(forum["regency_officer"]).patch(
        f"/api/v1/forum/actions/{added.json()['id']}", {"status": "done", "note": "ok"}
    )
    assert patched.status_code == 200 and patched.json()["status"] == "done"
    bad = api_client.as_user(forum["regency_officer"]).patch(
        f"/api/v1/forum/actions/{added.json()['id']}", {"status": "lost"}
    )
    assert bad.status_code == 400


# --- walkthrough fixes (fixforum): the meeting title's label, people named, not login names --


@pytest.mark.parametrize(
    ("language", "label", "wrong"),
    [("id", "Judul rapat", "Jabatan"), ("ar", "عنوان الاجتماع", "المنصب")],
)
def test_meeting_form_labels_the_title_as_a_title_not_a_job(client, users, language, label, wrong):
    client.force_login(users["province_officer"])
    prefix = "" if language == "id" else f"/{language}"
    html = client.get(f"{prefix}/forum/meetings/new/").content.decode()
    assert f'<label for="id_title">{label}' in html
    assert wrong not in html


def test_people_are_named_by_name_or_role_and_place_never_by_login(client, forum):
    regency_officer = forum["regency_officer"]
    partner = forum["partner_officer"]
    partner.first_name, partner.last_name = "Sari", "Wulandari"
    partner.save(update_fields=["first_name", "last_name"])
    assert selectors.person_label(partner) == "Sari Wulandari"
    assert selectors.person_label(regency_officer) == "Petugas kabupaten/kota · Kota Bandar Lampung"
    client.force_login(forum["province_officer"])
    html = client.get(f"/forum/meetings/{forum['meeting'].pk}/").content.decode()
    assert "Sari Wulandari" in html
    assert "Petugas kabupaten/kota · Kota Bandar Lampung" in html
    assert regency_officer.username not in html
    assert partner.username not in html
    pdf = client.get(f"/forum/meetings/{forum['meeting'].pk}/minutes.pdf").content
    text = _pdf_text(pdf)
    assert "Sari Wulandari" in text
    assert "Petugas kabupaten/kota" in text
    assert regency_officer.username not in text
    form = client.get("/forum/meetings/new/").content.decode()
    assert regency_officer.username not in form


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())
