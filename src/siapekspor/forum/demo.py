"""Demo forum meetings and data-rights requests (`siapekspor seed-forum-demo`), through the
forum services: three meetings ("(demo)" in the title) with agenda, attendees, decisions and
follow-up actions (some overdue, some done), and two requests of owners — one open within the
3 × 24 hours, one past its due time. `demo_forum_clear` removes them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone

from siapekspor.accounts.models import Role, User
from siapekspor.accounts.services import user_create
from siapekspor.forum import services
from siapekspor.forum.models import ANSWER_WITHIN, Action, ActionStatus, DataRequest, Meeting

if TYPE_CHECKING:
    from siapekspor.registry.models import Enterprise

DEMO_SUFFIX = " (demo)"
# A second owner account (no password: nobody signs in with it) who filed the overdue request.
SECOND_OWNER = "pemilik-demo-2"


@dataclass(frozen=True)
class DemoAction:
    text: str
    owner: str  # a demo username
    days: int  # deadline, days from today (negative: past)
    status: str = ActionStatus.OPEN
    note: str = ""


@dataclass(frozen=True)
class DemoMeeting:
    title: str
    days_ago: int
    place: str
    agenda: list[str]
    decisions: list[str]
    guests: list[str]
    attendees: list[str]
    enterprises: range
    actions: list[DemoAction]


MEETINGS = [
    DemoMeeting(
        "Rapat Forum Ekspor Triwulan III",
        70,
        "Ruang Rapat Disperindag Provinsi Lampung, Bandar Lampung",
        [
            "Capaian ekspor IKM triwulan III",
            "Usulan peserta kelas ekspor angkatan berikutnya",
            "Kebutuhan pembiayaan modal kerja ekspor",
        ],
        [
            "Disperindag mengusulkan 20 IKM siap ekspor ke LPEI untuk pendampingan",
            "OJK memfasilitasi akses KUR bagi IKM yang sudah menerima pesanan",
        ],
        ["Perwakilan Bea Cukai Kanwil Sumbagbar (demo)", "Perwakilan ITPC (demo)"],
        ["provinsi", "lpei", "ojk", "bandarlampung", "lampungselatan"],
        range(0, 6),
        [
            DemoAction(
                "Kirim daftar 20 IKM calon peserta pendampingan ke LPEI",
                "provinsi",
                -50,
                ActionStatus.DONE,
                "Daftar terkirim lewat rujukan",
            ),
            DemoAction("Sosialisasi KUR ekspor di Bandar Lampung", "ojk", -20),
            DemoAction(
                "Verifikasi data produksi 6 IKM kopi dan lada",
                "bandarlampung",
                -5,
                ActionStatus.IN_PROGRESS,
                "4 dari 6 sudah dikunjungi",
            ),
        ],
    ),
    DemoMeeting(
        "Temu Bisnis Kopi dan Lada dengan Calon Pembeli",
        35,
        "Hotel Novotel Lampung, Bandar Lampung",
        [
            "Presentasi IKM kopi robusta dan lada hitam",
            "Permintaan pembeli dari Jepang dan Belanda",
            "Persyaratan mutu dan sertifikasi",
        ],
        [
            "IKM yang diminati pembeli mengirim sampel dalam dua minggu",
            "LPEI menilai kebutuhan pembiayaan pesanan pertama",
        ],
        ["Atase Perdagangan Tokyo (daring, demo)", "Asosiasi Eksportir Kopi Lampung (demo)"],
        ["provinsi", "lpei", "bandarlampung"],
        range(6, 12),
        [
            DemoAction("Kirim sampel kopi ke tiga calon pembeli", "bandarlampung", -10),
            DemoAction("Penilaian pembiayaan pesanan pertama", "lpei", 7, ActionStatus.IN_PROGRESS),
            DemoAction("Kumpulkan dokumen mutu lada hitam", "provinsi", 14),
        ],
    ),
    DemoMeeting(
        "Evaluasi Rujukan Pembiayaan LPEI dan OJK",
        7,
        "Kantor OJK Provinsi Lampung, Bandar Lampung",
        [
            "Status rujukan pembiayaan dan pendampingan",
            "Rujukan yang melewati tenggat",
            "Rencana kelas ekspor tahun depan",
        ],
        [
            "Rujukan yang melewati tenggat ditindaklanjuti dalam satu minggu",
            "Program kelas ekspor dilanjutkan dengan dua angkatan",
        ],
        ["Perwakilan Bank Lampung (demo)"],
        ["provinsi", "lpei", "ojk", "lampungselatan"],
        range(12, 18),
        [
            DemoAction("Tindak lanjut rujukan yang melewati tenggat", "lpei", -2),
            DemoAction("Susun jadwal kelas ekspor tahun depan", "provinsi", 21),
        ],
    ),
]


def seed_meetings(
    *, actor: User, enterprises: list[Enterprise], programme_id: int | None = None, progress=None
) -> list[Meeting]:
    """MEETINGS, with their actions; attendees and action owners are the demo accounts that
    exist (else `actor`). Overdue actions have a past deadline and are not done."""
    users = {u.username: u for u in User.objects.filter(is_active=True)}
    today = timezone.localdate()
    made = []
    for plan in MEETINGS:
        ids = [enterprises[i].pk for i in plan.enterprises if i < len(enterprises)]
        meeting = services.meeting_create(
            actor=actor,
            title=plan.title + DEMO_SUFFIX,
            held_on=today - dt.timedelta(days=plan.days_ago),
            place=plan.place,
            agenda="\n".join(plan.agenda),
            decisions="\n".join(plan.decisions),
            guests="\n".join(plan.guests),
            attendee_ids=[users[name].pk for name in plan.attendees if name in users],
            enterprise_ids=ids,
            programme_ids=[programme_id] if programme_id else [],
        )
        for item in plan.actions:
            owner = users.get(item.owner, actor)
            action = services.action_create(
                actor=actor,
                meeting=meeting,
                text=item.text,
                owner=owner,
                deadline=today + dt.timedelta(days=item.days),
                enterprise_ids=ids[:2],
            )
            if item.status != ActionStatus.OPEN:
                services.action_update(
                    actor=owner, action=action, status=item.status, note=item.note
                )
                if item.status == ActionStatus.DONE:
                    Action.objects.filter(pk=action.pk).update(
                        done_on=today + dt.timedelta(days=item.days - 3)
                    )
        made.append(meeting)
        if progress:
            progress(1)
    return made


def demo_owner() -> User | None:
    """The demo owner account (`pemilik` of registry.demo), active, of a demo enterprise."""
    from siapekspor.registry.demo import DEMO_USERNAMES

    return (
        User.objects.filter(
            username__in=DEMO_USERNAMES,
            role=Role.ENTERPRISE_OWNER,
            enterprise__is_demo=True,
            is_active=True,
        )
        .select_related("enterprise")
        .order_by("pk")
        .first()
    )


def _second_owner(actor: User, enterprise: Enterprise) -> User:
    existing = User.objects.filter(username=SECOND_OWNER).first()
    if existing is None:
        return user_create(
            actor=actor,
            username=SECOND_OWNER,
            password=None,
            role=Role.ENTERPRISE_OWNER,
            email=f"{SECOND_OWNER}@demo.siapekspor.local",
            first_name="Pemilik Demo",
            enterprise=enterprise,
        )
    User.objects.filter(pk=existing.pk).update(
        enterprise=enterprise, role=Role.ENTERPRISE_OWNER, is_active=True
    )
    existing.refresh_from_db()
    return existing


def seed_data_requests(*, actor: User, owner: User | None, other: Enterprise) -> list[DataRequest]:
    """Two requests: the demo owner's correction, filed 20 hours ago (open, within the 3 × 24
    hours); and a deletion filed five days ago by the owner of `other`, past its due time."""
    made = []
    now = timezone.now()
    if owner is not None and owner.enterprise_id is not None:
        request = services.data_request_create(
            actor=owner,
            kind="correction",
            details="Nomor telepon pemilik sudah berganti; mohon diperbarui (contoh demo).",
        )
        filed = now - dt.timedelta(hours=20)
        DataRequest.objects.filter(pk=request.pk).update(
            created_at=filed, due_at=filed + ANSWER_WITHIN
        )
        made.append(request)
    second = _second_owner(actor, other)
    request = services.data_request_create(
        actor=second,
        kind="deletion",
        details="Usaha sudah tutup; mohon data pribadi saya dihapus (contoh demo).",
    )
    filed = now - dt.timedelta(days=5)
    DataRequest.objects.filter(pk=request.pk).update(created_at=filed, due_at=filed + ANSWER_WITHIN)
    made.append(request)
    return made


def demo_forum_clear() -> int:
    """Delete the demo meetings (their actions with them) and the requests about demo
    enterprises; returns how many meetings were removed."""
    DataRequest.objects.filter(enterprise__is_demo=True).delete()
    meetings = Meeting.objects.filter(title__endswith=DEMO_SUFFIX)
    Action.objects.filter(meeting__in=meetings).delete()
    _total, detail = meetings.delete()
    return detail.get(Meeting._meta.label, 0)
