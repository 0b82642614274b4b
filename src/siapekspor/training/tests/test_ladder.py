"""The class ladder end to end through services and pages: propose, invite, waitlist,
attendance, completion, certificates (PDF in Indonesian and English), verify, naik kelas,
programme figures, modules, mentoring, discussion and permissions."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command

from siapekspor.readiness import services as readiness
from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE
from siapekspor.registry.tests.factories import make_enterprise, make_user
from siapekspor.training import selectors, services
from siapekspor.training.content.modules import MODULES
from siapekspor.training.models import Certificate, Enrollment, LearningModule, TrainingClass
from siapekspor.training.tests.helpers import name_participants, set_signatory


@pytest.fixture
def world(users):
    readiness.questionnaire_load(QUESTIONNAIRE)
    services.modules_load(MODULES)
    admin = users["admin"]
    programme = services.programme_create(
        actor=admin, name="Kelas Ekspor", year=2026, partners="Disperindag, OJK, LPEI"
    )
    cls = services.class_create(
        actor=users["regency_officer"],
        stage=programme.stages.get(number=1),
        level="pemula",
        name="Pemula Bandar Lampung",
        regency_id="18.71",
        venue="UPTD",
        schedule="Selasa",
    )
    ents = [make_enterprise(regency="18.71", name=f"Usaha Kelas {i}") for i in range(24)]
    set_signatory(admin)
    return {"programme": programme, "cls": cls, "ents": ents, **users}


def _fill(world):
    cls, officer = world["cls"], world["regency_officer"]
    n = services.propose_into_class(actor=officer, training_class=cls)
    assert n == 20
    for e in list(cls.enrollments.filter(state="proposed")):
        services.enroll(actor=officer, training_class=cls, enterprise=e.enterprise)
    name_participants(officer, cls)
    cls.refresh_from_db()
    return cls


def test_class_capacity_defaults_to_the_setting_and_is_configurable(world, settings):
    assert world["cls"].capacity == settings.CLASS_CAPACITY_DEFAULT == 20
    cls = services.class_set_capacity(
        actor=world["admin"], training_class=world["cls"], capacity=25
    )
    assert cls.capacity == 25


def test_fill_waitlist_and_promotion_on_withdrawal(world):
    cls = _fill(world)
    officer = world["regency_officer"]
    assert cls.seats_taken == 20
    extra = [e for e in world["ents"] if not cls.enrollments.filter(enterprise=e).exists()]
    late = services.enroll(actor=officer, training_class=cls, enterprise=extra[0])
    assert late.state == "waitlisted"
    with pytest.raises(services.CapacityTooSmall):
        services.class_set_capacity(actor=officer, training_class=cls, capacity=19)
    first = cls.enrollments.filter(state="invited").first()
    services.enrollment_withdraw(actor=officer, enrollment=first)
    late.refresh_from_db()
    cls.refresh_from_db()
    assert late.state == "invited" and cls.seats_taken == 20


def test_proposals_carry_reasons_and_exclude_other_levels(world):
    owner = world["enterprise_owner"]
    readiness_full = {
        q["code"]: (q.get("options") or [("x",), ("y",), ("z",), ("penuh",)])[-1][0]
        for d in QUESTIONNAIRE["dimensions"]
        for q in d["questions"]
    }
    a, _n = readiness.assessment_start(actor=owner, enterprise=owner.enterprise)
    readiness.assessment_answer(actor=owner, assessment=a, answers=readiness_full)
    readiness.assessment_submit(actor=owner, assessment=a)  # mahir: not a pemula candidate
    cands = services.propose_candidates(
        user=world["admin"], level="pemula", regency_id="18.71", size=50
    )
    ids = {c.enterprise_id for c in cands}
    assert owner.enterprise_id not in ids
    assert all(len(c.reasons) == 4 and "km" in c.reason_texts[2] for c in cands)
    out = io.StringIO()
    call_command(
        "classes", "propose", "--level", "pemula", "--regency", "18.71", "--size", "5", stdout=out
    )
    assert "candidates=5" in out.getvalue() and "km" in out.getvalue()


def test_attendance_completion_certificates_pdf_and_verify(world, client):
    from pypdf import PdfReader

    cls = _fill(world)
    officer = world["regency_officer"]
    s1 = services.session_add(
        actor=officer, training_class=cls, date=dt.date(2026, 3, 3), topic="Prosedur ekspor"
    )
    s2 = services.session_add(
        actor=officer, training_class=cls, date=dt.date(2026, 3, 10), topic="Incoterms"
    )
    seats = list(cls.enrollments.filter(state="invited").order_by("id"))
    absent = seats[0]
    present = [e.pk for e in seats[1:]]
    client.force_login(officer)
    r = client.post(f"/training/sessions/{s1.pk}/attendance/", {"present": present})
    assert r.status_code == 302
    services.attendance_record(actor=officer, session=s2, present_enrollment_ids=present)
    r = client.post(f"/training/classes/{cls.pk}/certificates/")
    assert r.status_code == 302
    absent.refresh_from_db()
    assert absent.state == "invited"  # 0 % attendance: not completed
    assert Certificate.objects.count() == 19
    cert = Certificate.objects.select_related("enrollment__enterprise").first()
    # The certificate in each of the six languages, drawn with a font of its script.
    for lang, words, font in (
        ("id", "Sertifikat", "+Noto-Sans"),
        ("en", "Certificate of completion", "+Noto-Sans"),
        ("fr", "Certificat", "+Noto-Sans"),
        ("zh-hans", "结业证书", "CJK-SC"),
        ("ja", "修了証", "CJK-JP"),
        ("ar", "شهادة", "Arabic"),
    ):
        r = client.get(f"/training/certificates/{cert.code}/pdf/?lang={lang}")
        assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
        assert r["Content-Disposition"].endswith(f'-{lang}.pdf"')
        reader = PdfReader(io.BytesIO(r.content))
        text = "".join(p.extract_text() for p in reader.pages)
        assert cert.code in text
        assert words in text, (lang, text[:200])
        assert cert.enrollment.enterprise.name in text
        assert cert.enrollment.participant_name in text
        fonts = {
            str(f.get_object()["/BaseFont"])
            for p in reader.pages
            for f in p["/Resources"]["/Font"].values()
        }
        assert any(font in name.replace(" ", "-") for name in fonts), (lang, fonts)
    client.logout()
    r = client.get(f"/training/verify/?code={cert.code}")
    assert r.status_code == 200 and cert.enrollment.enterprise.name in r.content.decode()
    unknown = client.get("/training/verify/?code=SE-NOPE").content.decode()
    assert "Tidak ada sertifikat dengan kode ini" in unknown
    assert cert.enrollment.enterprise.name not in unknown
    figures = selectors.programme_conversion(world["programme"])
    assert figures["enrolled"] == 20 and figures["completed"] == 19
    assert figures["first_export"] == 0 and figures["first_export_rate"] == 0.0  # none exported
    assert {a["key"] for a in figures["anchors"]} == {"sumbar-2023", "lpei-jatim"}


def test_naik_kelas_offers_the_next_class_after_a_reassessment(world):
    cls = _fill(world)
    officer = world["regency_officer"]
    s = services.session_add(
        actor=officer, training_class=cls, date=dt.date(2026, 3, 3), topic="Prosedur"
    )
    services.attendance_record(
        actor=officer,
        session=s,
        present_enrollment_ids=list(cls.enrollments.values_list("pk", flat=True)),
    )
    services.certificates_issue(actor=officer, training_class=cls)
    nxt = services.class_create(
        actor=officer,
        stage=world["programme"].stages.get(number=2),
        level="menengah",
        name="Menengah",
        regency_id="18.71",
    )
    graduate = cls.enrollments.filter(state="completed").first()
    answers = {
        q["code"]: (q.get("options") or [("x",), ("y",), ("sebagian",), ("penuh",)])[
            -2 if q["code"] == "legal_market_certs" else -1
        ][0]
        for d in QUESTIONNAIRE["dimensions"]
        for q in d["questions"]
    }
    a, _n = readiness.assessment_start(actor=officer, enterprise=graduate.enterprise)
    readiness.assessment_answer(actor=officer, assessment=a, answers=answers)
    a = readiness.assessment_submit(actor=officer, assessment=a)
    assert a.level == "menengah"
    graduate.refresh_from_db()
    assert graduate.moved_up_at is not None
    offer = Enrollment.objects.get(training_class=nxt, enterprise=graduate.enterprise)
    assert offer.state == "proposed" and offer.reasons
    assert selectors.programme_conversion(world["programme"], stage=1)["moved_up"] == 1


def test_module_quiz_progress_and_owner_only(world, client):
    owner = world["enterprise_owner"]
    module = LearningModule.objects.get(code="prosedur-ekspor")
    client.force_login(owner)
    page = client.get(f"/training/modules/{module.code}/")
    assert page.status_code == 200 and module.title in page.content.decode()
    wrong = {f"q{q.pk}": q.choices.filter(is_correct=False).first().pk for q in module.quiz.all()}
    client.post(f"/training/modules/{module.code}/", wrong)
    right = {f"q{q.pk}": q.choices.get(is_correct=True).pk for q in module.quiz.all()}
    client.post(f"/training/modules/{module.code}/", right)
    p = module.progress.get(enterprise=owner.enterprise)
    assert p.attempts == 2 and p.best_score == 100 and p.completed_at
    assert services.learning_credit([owner.enterprise_id]) == {
        owner.enterprise_id: {module.dimension_code: module.credit_points}
    }
    client.force_login(world["province_officer"])
    assert client.post(f"/training/modules/{module.code}/", right).status_code == 403


def test_roster_permissions_and_discussion(
    world, client, api_client, django_assert_max_num_queries
):
    cls = _fill(world)
    client.force_login(world["partner_officer"])
    assert client.get(f"/training/classes/{cls.pk}/").status_code == 403
    assert client.get("/training/").status_code == 200
    other_officer = make_user("regency_officer", regency="18.01")
    client.force_login(other_officer)
    assert client.get(f"/training/classes/{cls.pk}/").status_code == 404
    member = cls.enrollments.filter(state="invited").first()
    owner = make_user("enterprise_owner", enterprise=member.enterprise)
    client.force_login(owner)
    assert client.get(f"/training/classes/{cls.pk}/").status_code == 200
    client.post(f"/training/enrollments/{member.pk}/accept/")
    member.refresh_from_db()
    assert member.state == "accepted"
    client.post(f"/training/classes/{cls.pk}/posts/", {"body": "Ada yang sudah kirim sampel?"})
    assert cls.posts.count() == 1
    client.force_login(world["regency_officer"])
    with django_assert_max_num_queries(25):
        assert client.get(f"/training/classes/{cls.pk}/").status_code == 200
    with django_assert_max_num_queries(15):
        assert client.get("/training/").status_code == 200
    api_client.as_user(world["partner_officer"])
    assert api_client.get(f"/api/v1/classes/{cls.pk}/enrollments").status_code == 403
    assert api_client.get("/api/v1/programme-figures").status_code == 200
    api_client.as_user(world["regency_officer"])
    with django_assert_max_num_queries(10):
        r = api_client.get(f"/api/v1/classes/{cls.pk}/enrollments")
    assert r.status_code == 200 and len(r.json()) == 20


def test_mentor_pairing_prefers_mahir_of_same_sector_or_regency(world, client):
    owner = world["enterprise_owner"]
    full = {
        q["code"]: (q.get("options") or [("x",), ("y",), ("z",), ("penuh",)])[-1][0]
        for d in QUESTIONNAIRE["dimensions"]
        for q in d["questions"]
    }
    a, _n = readiness.assessment_start(actor=owner, enterprise=owner.enterprise)
    readiness.assessment_answer(actor=owner, assessment=a, answers=full)
    readiness.assessment_submit(actor=owner, assessment=a)
    mentee = world["ents"][0]
    cands = selectors.mentor_candidates(mentee)
    assert cands and cands[0]["enterprise"].pk == owner.enterprise_id
    client.force_login(world["regency_officer"])
    r = client.post("/training/mentors/", {"mentee": mentee.pk, "mentor": owner.enterprise_id})
    assert r.status_code == 302
    assert mentee.mentors.get().mentor_id == owner.enterprise_id


def test_api_class_create_and_enroll(world, api_client):
    api_client.as_user(world["regency_officer"])
    stage = world["programme"].stages.get(number=2)
    r = api_client.post(
        "/api/v1/classes",
        {
            "stage_id": stage.pk,
            "level": "menengah",
            "name": "API class",
            "regency": "18.71",
            "capacity": 1,
        },
    )
    assert r.status_code == 201 and r.json()["capacity"] == 1
    cid = r.json()["id"]
    states = [
        api_client.post(f"/api/v1/classes/{cid}/enrollments", {"enterprise_id": e.pk}).json()[
            "state"
        ]
        for e in world["ents"][:2]
    ]
    assert states == ["invited", "waitlisted"]
    r = api_client.post(
        "/api/v1/classes",
        {"stage_id": stage.pk, "level": "pemula", "name": "Lain", "regency": "18.01"},
    )
    assert r.status_code == 403
    assert TrainingClass.objects.filter(name="Lain").count() == 0
