"""Forum follow-up actions past their deadline: one reminder, by e-mail, to the person
responsible and the meeting's organiser (the daily job); several enterprises and programmes
per meeting and per action, from the page (the registry's picker) and the API."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from siapekspor.core import schedule
from siapekspor.core.models import AuditEntry
from siapekspor.forum import services
from siapekspor.forum.forms import ENTERPRISE_ROWS
from siapekspor.forum.models import Action, ActionStatus, Meeting
from siapekspor.forum.tasks import send_action_reminders
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.training import services as training_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(users):
    province, regency = users["province_officer"], users["regency_officer"]
    for user, email, language in (
        (province, "forum@disperindag.example.go.id", ""),
        (regency, "kota@disperindag.example.go.id", "en"),
    ):
        user.email = email
        user.preferred_language = language
        user.save(update_fields=["email", "preferred_language"])
    meeting = services.meeting_create(
        actor=province, title="Rapat Forum Ekspor", held_on=dt.date(2026, 3, 5), place="Kantor"
    )
    today = timezone.localdate()
    late = services.action_create(
        actor=province,
        meeting=meeting,
        text="Kirim daftar IKM kopi ke LPEI",
        owner=regency,
        deadline=today - dt.timedelta(days=1),
    )
    on_time = services.action_create(
        actor=province,
        meeting=meeting,
        text="Jadwalkan kelas",
        owner=regency,
        deadline=today + dt.timedelta(days=3),
    )
    done = services.action_create(
        actor=province,
        meeting=meeting,
        text="Sudah selesai",
        owner=regency,
        deadline=today - dt.timedelta(days=5),
    )
    services.action_update(actor=regency, action=done, status=ActionStatus.DONE)
    return {"meeting": meeting, "late": late, "on_time": on_time, "done": done, **users}


def test_an_overdue_action_is_reminded_once_to_its_owner_and_the_organiser(world):
    today = timezone.localdate()
    assert services.actions_remind(today=today) == 1
    # each recipient in their language: the organiser in Indonesian, the owner in English
    assert sorted(a for m in mail.outbox for a in m.to) == [
        "forum@disperindag.example.go.id",
        "kota@disperindag.example.go.id",
    ]
    by_address = {m.to[0]: m for m in mail.outbox}
    assert "Kirim daftar IKM kopi ke LPEI" in by_address["kota@disperindag.example.go.id"].body
    assert by_address["kota@disperindag.example.go.id"].subject.startswith("Forum action overdue")
    assert not by_address["forum@disperindag.example.go.id"].subject.startswith("Forum action")
    world["late"].refresh_from_db()
    assert world["late"].reminded_at is not None
    # the next days send nothing more for it (not every day forever) …
    assert services.actions_remind(today=today) == 0
    assert services.actions_remind(today=today + dt.timedelta(days=1)) == 0
    assert len(mail.outbox) == 2
    # … until another action passes its deadline; a done action never reminds
    assert services.actions_remind(today=today + dt.timedelta(days=4)) == 1
    assert set(Action.objects.filter(reminded_at__isnull=False).values_list("pk", flat=True)) == {
        world["late"].pk,
        world["on_time"].pk,
    }
    assert AuditEntry.objects.filter(action="forum.action.remind").count() == 2


def test_the_daily_job_is_scheduled_and_runs_the_reminders(world):
    registered = schedule._REGISTRY["forum.send_action_reminders"]
    assert registered.daily_at == dt.time(6, 45)
    result = send_action_reminders.enqueue()
    assert result.return_value == 1
    assert len(mail.outbox) == 2


def test_a_reminder_without_addresses_is_still_recorded_once(world):
    world["regency_officer"].email = ""
    world["regency_officer"].save(update_fields=["email"])
    world["province_officer"].email = ""
    world["province_officer"].save(update_fields=["email"])
    assert services.actions_remind() == 1
    assert mail.outbox == []
    assert services.actions_remind() == 0


@pytest.fixture
def links(users):
    programmes = [
        training_services.programme_create(actor=users["admin"], name=name, year=2026)
        for name in ("Kelas Ekspor", "Pendampingan Halal")
    ]
    enterprises = [
        make_enterprise(regency="18.71", name=name)
        for name in ("Kopi Satu", "Lada Dua", "Keripik Tiga")
    ]
    return {"programmes": programmes, "enterprises": enterprises, **users}


def test_a_meeting_from_the_page_names_several_enterprises_and_programmes(client, links):
    ents, progs = links["enterprises"], links["programmes"]
    client.force_login(links["province_officer"])
    page = client.get("/forum/meetings/new/").content.decode()
    assert page.count("enterprise-picker") >= ENTERPRISE_ROWS
    assert 'name="enterprise_0"' in page and f'name="enterprise_{ENTERPRISE_ROWS - 1}"' in page
    r = client.post(
        "/forum/meetings/new/",
        {
            "title": "Rapat Forum",
            "held_on": "2026-04-01",
            "place": "Kantor",
            "enterprise_0": ents[0].pk,
            "enterprise_2": ents[1].pk,
            "enterprise_3": ents[0].pk,  # the same twice counts once
            "programmes": [progs[0].pk, progs[1].pk],
        },
    )
    assert r.status_code == 302
    meeting = Meeting.objects.get(title="Rapat Forum")
    assert set(meeting.enterprises.all()) == {ents[0], ents[1]}
    assert set(meeting.programmes.all()) == set(progs)
    # an action of that meeting, with several of each too
    r = client.post(
        f"/forum/meetings/{meeting.pk}/",
        {
            "text": "Kunjungi tiga IKM",
            "owner": links["regency_officer"].pk,
            "deadline": "2026-12-01",
            "enterprise_0": ents[0].pk,
            "enterprise_1": ents[1].pk,
            "enterprise_4": ents[2].pk,
            "programmes": [progs[0].pk, progs[1].pk],
        },
    )
    assert r.status_code == 302
    action = meeting.actions.get()
    assert set(action.enterprises.all()) == set(ents)
    assert set(action.programmes.all()) == set(progs)
    detail = client.get(f"/forum/meetings/{meeting.pk}/").content.decode()
    for enterprise in ents:
        assert enterprise.name in detail


def test_the_page_refuses_an_enterprise_outside_the_users_scope(client, links):
    elsewhere = make_enterprise(regency="18.01", name="Usaha Lamsel")
    meeting = services.meeting_create(
        actor=links["province_officer"], title="Rapat", held_on=dt.date(2026, 4, 1), place="X"
    )
    client.force_login(links["province_officer"])
    r = client.post(
        f"/forum/meetings/{meeting.pk}/",
        {
            "text": "Aksi",
            "owner": links["regency_officer"].pk,
            "deadline": "2026-12-01",
            "enterprise_0": 999999,
        },
    )
    assert r.status_code == 200 and not meeting.actions.exists()
    assert "Pilih usaha dari daftar" in r.content.decode() or r.context["form"].errors
    assert elsewhere.pk  # province officers may name it: it is in their scope
    r = client.post(
        f"/forum/meetings/{meeting.pk}/",
        {
            "text": "Aksi",
            "owner": links["regency_officer"].pk,
            "deadline": "2026-12-01",
            "enterprise_0": elsewhere.pk,
        },
    )
    assert r.status_code == 302


def test_the_api_links_several_enterprises_and_programmes(api_client, links):
    ents, progs = links["enterprises"], links["programmes"]
    api = api_client.as_user(links["province_officer"])
    created = api.post(
        "/api/v1/forum/meetings",
        {
            "title": "Rapat API",
            "held_on": "2026-05-02",
            "place": "Daring",
            "enterprise_ids": [e.pk for e in ents],
            "programme_ids": [p.pk for p in progs],
        },
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["enterprise_ids"] == sorted(e.pk for e in ents)
    assert body["programme_ids"] == sorted(p.pk for p in progs)
    added = api.post(
        f"/api/v1/forum/meetings/{body['id']}/actions",
        {
            "text": "Tindak lanjut",
            "owner_id": links["regency_officer"].pk,
            "deadline": "2026-12-01",
            "enterprise_ids": [ents[0].pk, ents[2].pk],
            "programme_ids": [progs[1].pk],
        },
    )
    assert added.status_code == 201
    assert added.json()["enterprise_ids"] == sorted([ents[0].pk, ents[2].pk])
    assert added.json()["programme_ids"] == [progs[1].pk]
    bad = api.post(
        f"/api/v1/forum/meetings/{body['id']}/actions",
        {
            "text": "X",
            "owner_id": links["regency_officer"].pk,
            "deadline": "2026-12-01",
            "programme_ids": [999999],
        },
    )
    assert bad.status_code == 400
