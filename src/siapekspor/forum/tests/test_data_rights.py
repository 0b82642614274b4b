"""Data-subject rights (UU PDP 27/2022): the owner's export holds everything about their
enterprise and nothing about another; correction and deletion requests with the officer's
decision; deletion erases personal data and keeps the statistics."""

from __future__ import annotations

import json

import pytest

from siapekspor.core.errors import PermissionDeniedError, ValidationFailed
from siapekspor.core.models import AuditEntry
from siapekspor.forum import selectors, services
from siapekspor.forum.models import DataRequest
from siapekspor.registry.models import Enterprise
from siapekspor.registry.services import enterprise_reveal_personal_data
from siapekspor.registry.tests.factories import make_enterprise
from siapekspor.shipments.tests.factories import direct
from siapekspor.training import services as training

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner_world(users):
    import datetime as dt

    mine = Enterprise.objects.get(pk=users["enterprise_owner"].enterprise_id)
    other = make_enterprise(
        regency="18.71", name="Usaha Tetangga", owner_name="Rahmat Hidayat", nik="1871014105990777"
    )
    direct(mine, dt.date(2025, 6, 1))
    direct(other, dt.date(2025, 6, 2))
    enterprise_reveal_personal_data(
        actor=users["regency_officer"], enterprise=mine, reason="Verifikasi data pemilik usaha"
    )
    programme = training.programme_create(actor=users["admin"], name="Kelas Ekspor", year=2026)
    cls = training.class_create(
        actor=users["regency_officer"],
        stage=programme.stages.get(number=1),
        level="pemula",
        name="Kelas Pemula Kota",
        regency_id="18.71",
        capacity=5,
    )
    for enterprise, name in ((mine, "Dewi Lestari"), (other, "Joko Susilo")):
        enrollment = training.enroll(
            actor=users["regency_officer"], training_class=cls, enterprise=enterprise
        )
        training.enrollment_set_participant(
            actor=users["regency_officer"], enrollment=enrollment, name=name
        )
    return {"mine": mine, "other": other, **users}


def test_export_holds_the_owners_data_opened_and_nothing_of_another(owner_world):
    mine, other = owner_world["mine"], owner_world["other"]
    data = selectors.owner_data(owner_world["enterprise_owner"])
    text = json.dumps(data, default=str)
    assert data["enterprise"]["owner_name"] == mine.owner_name == "Siti Aminah"
    assert data["enterprise"]["nik"] == mine.nik
    assert data["enterprise"]["phone"] == mine.phone
    assert "nik_hmac" not in data["enterprise"] and "nik_sealed" not in data["enterprise"]
    assert "shipments.shipment" in data["records"]
    assert all(s["enterprise_id"] == mine.pk for s in data["records"]["shipments.shipment"])
    assert "registry.product" in data["records"] or "shipments.shipment" in data["records"]
    # the class participant's name, sealed in the database, opened for its owner
    enrollments = data["records"]["training.enrollment"]
    assert [e["participant_name"] for e in enrollments] == ["Dewi Lestari"]
    # nothing about the neighbour: name, owner, NIK, participant, sealed tokens
    for secret in (
        other.name,
        "Rahmat Hidayat",
        "Joko Susilo",
        other.nik,
        other.nik_sealed,
        other.phone_sealed,
    ):
        assert secret not in text
    # and never a sealed token of our own (it is opened instead), nor an account secret
    assert mine.nik_sealed not in text
    assert owner_world["enterprise_owner"].password not in text and "password" not in text
    # the processing history: the officer's reveal with its reason
    viewed = [e for e in data["processing_history"] if e["action"].endswith("personal_data_viewed")]
    assert viewed and viewed[0]["reason"] == "Verifikasi data pemilik usaha"
    # named as the forum names people (no full name: role and regency), not by login
    assert viewed[0]["who"] == "Petugas kabupaten/kota · Kota Bandar Lampung"


def test_download_pages_json_and_pdf_are_audited(client, owner_world):
    client.force_login(owner_world["enterprise_owner"])
    assert client.get("/forum/my-data/").status_code == 200
    r = client.get("/forum/my-data/download.json")
    assert r.status_code == 200
    assert json.loads(r.content)["enterprise"]["owner_name"] == "Siti Aminah"
    pdf = client.get("/forum/my-data/download.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get("/forum/my-data/download.xml").status_code == 404
    assert AuditEntry.objects.filter(action="forum.data.exported").count() == 2


def test_only_owners_download(client, owner_world):
    client.force_login(owner_world["regency_officer"])
    assert client.get("/forum/my-data/download.json").status_code == 403


def test_correction_request_open_then_refused_with_reason(owner_world):
    owner, officer = owner_world["enterprise_owner"], owner_world["regency_officer"]
    with pytest.raises(ValidationFailed):
        services.data_request_create(actor=owner, kind="correction", details="salah")
    req = services.data_request_create(
        actor=owner, kind="correction", details="Alamat salah: seharusnya Jl. Teuku Umar 5"
    )
    assert req.status == "open"
    assert (req.due_at - req.created_at).total_seconds() == pytest.approx(72 * 3600, abs=5)
    assert selectors.open_requests_count(officer) == 1
    with pytest.raises(ValidationFailed):
        services.data_request_create(actor=owner, kind="correction", details="lagi lagi lagi")
    with pytest.raises(ValidationFailed):  # a refusal needs its reason
        services.data_request_decide(actor=officer, request=req, approve=False, answer="")
    services.data_request_decide(
        actor=officer, request=req, approve=False, answer="Alamat sudah sesuai dokumen NIB."
    )
    req.refresh_from_db()
    assert req.status == "refused" and req.decided_by == officer
    assert selectors.open_requests_count(officer) == 0
    actions = set(AuditEntry.objects.values_list("action", flat=True))
    assert {"forum.request.created", "forum.request.decided"} <= actions


def test_officer_of_another_regency_cannot_decide(owner_world):
    from siapekspor.accounts.models import Role
    from siapekspor.registry.tests.factories import make_user

    req = services.data_request_create(
        actor=owner_world["enterprise_owner"], kind="deletion", details=""
    )
    stranger = make_user(Role.REGENCY_OFFICER, regency="18.01")
    with pytest.raises(PermissionDeniedError):
        services.data_request_decide(actor=stranger, request=req, approve=True, answer="")
    assert selectors.open_requests_count(stranger) == 0


def test_deletion_erases_personal_data_and_keeps_the_statistics(client, owner_world):
    owner, officer, mine = (
        owner_world["enterprise_owner"],
        owner_world["regency_officer"],
        owner_world["mine"],
    )
    client.force_login(owner)
    r = client.post("/forum/my-data/", {"kind": "deletion", "details": ""})
    assert r.status_code == 302
    req = DataRequest.objects.get(kind="deletion")
    client.force_login(officer)
    queue = client.get("/forum/requests/").content.decode()
    assert f'id="request-{req.pk}"' in queue
    r = client.post(f"/forum/requests/{req.pk}/decide/", {"decision": "done", "answer": ""})
    assert r.status_code == 302
    mine.refresh_from_db()
    for column in (
        "owner_name_sealed",
        "nik_sealed",
        "phone_sealed",
        "nik_hmac",
        "phone_hmac",
        "owner_name_index",
        "address",
    ):
        assert getattr(mine, column) == "", column
    assert mine.nib is None and not mine.is_active
    assert "Siti" not in mine.name
    # kept for the statistics: the row, its regency, revenue, workforce, shipments
    assert mine.regency_id == "18.71" and mine.workforce == 4 and mine.annual_revenue
    assert mine.shipments.count() == 1
    assert mine.enrollments.get().participant_name_sealed == ""
    owner.refresh_from_db()
    assert not owner.is_active and owner.email == ""
    assert AuditEntry.objects.filter(action="forum.enterprise.anonymised", target_id=str(mine.pk))
    # the audit log is kept (legal retention)
    assert AuditEntry.objects.filter(action="registry.enterprise.personal_data_viewed").exists()


def test_api_me_data_and_requests(api_client, owner_world):
    api = api_client.as_user(owner_world["enterprise_owner"])
    data = api.get("/api/v1/me/data")
    assert data.status_code == 200
    assert data.json()["enterprise"]["owner_name"] == "Siti Aminah"
    created = api.post("/api/v1/me/requests", {"kind": "deletion"})
    assert created.status_code == 201
    assert api.get("/api/v1/me/requests").json()[0]["kind"] == "deletion"
    officer = api_client.as_user(owner_world["regency_officer"])
    assert officer.get("/api/v1/me/data").status_code == 403
    queue = officer.get("/api/v1/forum/requests").json()
    assert [r["id"] for r in queue["items"]] == [created.json()["id"]]
    decided = officer.post(
        f"/api/v1/forum/requests/{created.json()['id']}/decision",
        {"approve": False, "answer": "Data masih diperlukan untuk laporan."},
    )
    assert decided.status_code == 200 and decided.json()["status"] == "refused"


def _comparable(data):
    """An owner's export without the moment it was generated."""
    return {k: v for k, v in data.items() if k != "generated_at"}


def test_deletion_end_to_end_consents_shipments_audit_and_the_neighbour(
    client, api_client, owner_world, settings, tmp_path, django_capture_on_commit_callbacks
):
    """An owner asks for deletion; the regency office approves; the sealed columns are blank,
    every consent withdrawn (the partner loses access at once), the audit kept, the shipments
    kept only as figures (buyer and PEB scan gone), and another owner's export unchanged."""
    import datetime as dt

    from django.core.files.uploadedfile import SimpleUploadedFile

    from siapekspor.accounts.models import Role
    from siapekspor.core import uploads
    from siapekspor.partners.models import Consent
    from siapekspor.partners.tests.factories import consent_to
    from siapekspor.registry.tests.factories import make_user
    from siapekspor.shipments.evidence import EVIDENCE
    from siapekspor.shipments.tests.factories import make_shipment

    settings.MEDIA_ROOT = str(tmp_path)
    owner, officer = owner_world["enterprise_owner"], owner_world["regency_officer"]
    partner = owner_world["partner_officer"]
    mine, other = owner_world["mine"], owner_world["other"]
    neighbour = make_user(Role.ENTERPRISE_OWNER, enterprise=other)
    consent_to(mine, "LPEI", "financing")
    consent_to(mine, "LPEI", "coaching")
    consent_to(other, "LPEI", "financing")
    scanned = make_shipment(
        kind="direct",
        enterprise_id=mine.pk,
        export_date=dt.date(2025, 7, 1),
        buyer="Tanaka Hiroshi",
        evidence=SimpleUploadedFile(
            "peb.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        ),
    )
    scan_path = uploads.path_of(scanned.evidence_file, area=EVIDENCE)
    assert scan_path is not None and scan_path.exists()
    before_neighbour = _comparable(selectors.owner_data(neighbour))
    figures_before = sorted(
        mine.shipments.values_list(
            "export_date", "hs_code_id", "destination", "fob_usd", "quantity"
        )
    )
    lpei = api_client.as_user(partner)
    assert lpei.get(f"/api/v1/partners/enterprises/{mine.pk}").status_code == 200
    audit_before = AuditEntry.objects.count()

    owner_api = api_client.as_user(owner)
    created = owner_api.post("/api/v1/me/requests", {"kind": "deletion"})
    assert created.status_code == 201
    officer_api = api_client.as_user(officer)
    with django_capture_on_commit_callbacks(execute=True):
        decided = officer_api.post(
            f"/api/v1/forum/requests/{created.json()['id']}/decision",
            {"approve": True, "answer": ""},
        )
    assert decided.status_code == 200 and decided.json()["status"] == "done"

    mine.refresh_from_db()
    for column in ("owner_name_sealed", "nik_sealed", "phone_sealed", "nik_hmac", "phone_hmac"):
        assert getattr(mine, column) == "", column
    # consents: all withdrawn, each audited; the partner sees nothing any more
    assert not Consent.objects.filter(enterprise=mine, withdrawn_at__isnull=True).exists()
    assert AuditEntry.objects.filter(action="partners.consent.withdraw", actor=officer).count() == 2
    lpei.as_user(partner)
    assert lpei.get(f"/api/v1/partners/enterprises/{mine.pk}").status_code == 404
    # shipments: kept as figures, without the buyer, the source or the scan
    assert (
        sorted(
            mine.shipments.values_list(
                "export_date", "hs_code_id", "destination", "fob_usd", "quantity"
            )
        )
        == figures_before
    )
    assert set(mine.shipments.values_list("buyer", "evidence_file", "source")) == {("", "", "")}
    assert not scan_path.exists()
    # the audit log is kept: nothing removed, only added
    assert AuditEntry.objects.count() > audit_before
    assert AuditEntry.objects.filter(action="registry.enterprise.personal_data_viewed").exists()
    assert AuditEntry.objects.filter(
        action="forum.enterprise.anonymised", target_id=str(mine.pk)
    ).exists()
    # the neighbour's data and export are untouched
    other.refresh_from_db()
    assert other.owner_name == "Rahmat Hidayat" and other.nik == "1871014105990777"
    assert _comparable(selectors.owner_data(neighbour)) == before_neighbour
    assert Consent.objects.get(enterprise=other).withdrawn_at is None
    assert lpei.get(f"/api/v1/partners/enterprises/{other.pk}").status_code == 200


def test_export_leaves_out_search_columns_internal_flags_and_account_ids(owner_world):
    from siapekspor.catalogue.tests.helpers import make_product, publish

    owner = owner_world["enterprise_owner"]
    product = make_product(owner, owner_world["mine"])
    publish(owner, product, description="Kopi robusta dari lereng Tanggamus.")
    data = selectors.owner_data(owner)
    listing = data["records"]["catalogue.listing"][0]
    # the owner's own data stays: the description, the consent given and when, its version
    assert listing["description"] == "Kopi robusta dari lereng Tanggamus."
    assert listing["consent_at"] and listing["consent_version"]
    assert listing["is_published"] is True
    for name in ("search_text", "consent_by_id", "withdrawn_by_id"):
        assert name not in listing
    assert not {"is_demo", "kbli_division", "name_normalized", "owner_name_index"} & set(
        data["enterprise"]
    )
    assert data["enterprise"]["name"] == owner_world["mine"].name
    every_column = {
        column for rows in data["records"].values() for row in rows for column in row
    } | set(data["enterprise"])
    left_out = [
        c
        for c in every_column
        if c in {"search_text", "is_demo"} or c.endswith(("_vector", "_hmac", "_index", "_by_id"))
    ]
    assert left_out == []


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.mark.parametrize("fmt", ["pdf", "json"])
def test_a_download_is_audited_only_after_its_file_was_made(client, owner_world, fmt):
    # The file shows the history as it stood before this download: the audit entry is
    # written after the file was rendered, so a render that fails leaves no "downloaded"
    # entry behind. The first file does not list its own download; the second lists the first.
    client.force_login(owner_world["enterprise_owner"])
    url = f"/forum/my-data/download.{fmt}"

    def downloads_listed(response) -> int:
        if fmt == "json":
            history = json.loads(response.content)["processing_history"]
            return sum(e["action"] == "forum.data.exported" for e in history)
        return _pdf_text(response.content).count("Pemilik mengunduh datanya")

    first = client.get(url)
    assert first.status_code == 200
    assert downloads_listed(first) == 0
    assert AuditEntry.objects.filter(action="forum.data.exported").count() == 1
    second = client.get(url)
    assert downloads_listed(second) == 1
    assert AuditEntry.objects.filter(action="forum.data.exported").count() == 2


def _data_part(text: str, history_heading: str) -> str:
    """The PDF's data sections, without the processing history (core.audit's sentences)."""
    assert history_heading in text
    return text.split(history_heading)[0]


def test_the_pdf_reads_in_words_and_the_json_stays_exact(client, owner_world):
    import datetime as dt

    from django.utils import formats, timezone, translation

    from siapekspor.partners.tests.factories import consent_to

    mine = owner_world["mine"]
    consent_to(mine, "LPEI", "financing")
    client.force_login(owner_world["enterprise_owner"])
    response = client.get("/forum/my-data/download.pdf")  # Indonesian, the default
    assert response.status_code == 200
    data = _data_part(_pdf_text(response.content), "Riwayat pemrosesan")
    # field labels translated, never column names
    assert "Tanggal daftar" in data and "Nama pengguna" in data
    for column in ("date_joined", "username", "legal_form", "regency_id", "export_date"):
        assert column not in data
    # the regency and the district by name, not by code
    assert "Kabupaten/kota Kota Bandar Lampung" in data and "Kecamatan Kedaton" in data
    assert "18.71" not in data
    # choice labels, not their codes
    assert "Bentuk usaha Perorangan" in data and "individual" not in data
    assert "Jenis kelamin pemilik Perempuan" in data and "female" not in data
    # the KBLI and HS codes with their descriptions, the country by name
    assert "Kode KBLI 10794 Industri Kerupuk" in data
    assert "Kode HS 0101.21 Kuda" in data
    assert "Negara tujuan Jepang" in data and "JPN" not in data
    # dates in Indonesian, times in Jakarta time (WIB), never ISO or UTC
    assert "Tanggal ekspor 1 Juni 2025" in data and "2025-06-01" not in data
    with translation.override("id"):
        created = formats.date_format(timezone.localtime(mine.created_at), "DATETIME_FORMAT")
    assert f"Dibuat pada {created}" in data
    assert "+00:00" not in data
    # numbers in the reader's format, yes/no in words; personal data opened for the owner
    assert "Omzet tahunan (Rp) 150.000.000" in data and "Aktif ya" in data
    assert "Nama pemilik Siti Aminah" in data and f"NIK {mine.nik}" in data
    # the consent: its text by purpose and version, its language by name, how it was given
    assert "Teks persetujuan Pembiayaan (teks versi 1)" in data
    assert "Bahasa Indonesia" in data and "Cara Diberikan di aplikasi" in data
    # the machine-readable copy keeps codes and ISO times
    exported = json.loads(client.get("/forum/my-data/download.json").content)
    assert exported["enterprise"]["regency_id"] == "18.71"
    assert exported["enterprise"]["legal_form"] == "individual"
    assert exported["account"]["date_joined"].endswith("+00:00")
    shipment = exported["records"]["shipments.shipment"][0]
    assert shipment["destination"] == "JPN" and shipment["export_date"] == "2025-06-01"
    assert dt.datetime.fromisoformat(exported["enterprise"]["created_at"]) == mine.created_at


def test_the_pdf_leaves_no_exported_value_out(owner_world):
    # Every column the JSON export holds for a row has a line in the PDF (same columns,
    # worded), except the ones with nothing stored.
    report = selectors.owner_report(owner_world["enterprise_owner"])
    data = selectors.owner_data(owner_world["enterprise_owner"])
    filled = [k for k, v in data["enterprise"].items() if v not in (None, "", [], {})]
    assert len(report.enterprise) == len(filled)
    for (_title, rows), (_label, exported) in zip(
        report.sections, sorted(data["records"].items()), strict=True
    ):
        assert [len(r) for r in rows] == [
            sum(v not in (None, "", [], {}) for v in row.values()) for row in exported
        ]


def test_the_arabic_pdf_renders(client, owner_world):
    client.force_login(owner_world["enterprise_owner"])
    response = client.get("/ar/forum/my-data/download.pdf")
    assert response.status_code == 200 and response.content.startswith(b"%PDF")
    text = _pdf_text(response.content)
    assert "Siti Aminah" in text and "Kopi Milik Pemilik" in text
    assert "اليابان" in text  # the destination country in Arabic
    assert "نوفمبر" in text or "يونيو" in text  # dates with Arabic month names
    for column in ("date_joined", "legal_form", "individual", "female"):
        assert column not in text


@pytest.fixture
def assessed_and_withdrawn(owner_world):
    """The owner answered the readiness questionnaire (version 2), changed one answer,
    submitted, then gave and withdrew a consent."""
    from siapekspor.partners.services import consent_withdraw
    from siapekspor.partners.tests.factories import consent_to
    from siapekspor.readiness import services as readiness
    from siapekspor.readiness.content.questionnaire_v2 import VERSIONS
    from siapekspor.readiness.tests.test_v2 import full

    for data in VERSIONS:
        readiness.questionnaire_load(data, activate=data is VERSIONS[-1])
    owner, mine = owner_world["enterprise_owner"], owner_world["mine"]
    assessment, _new = readiness.assessment_start(actor=owner, enterprise=mine)
    readiness.assessment_answer(actor=owner, assessment=assessment, answers=full("pangan_olahan"))
    readiness.assessment_answer(actor=owner, assessment=assessment, answers={"legal_nib": "tidak"})
    readiness.assessment_submit(actor=owner, assessment=assessment)
    consent = consent_to(mine, "LPEI", "financing")
    consent_withdraw(actor=owner, consent=consent, reason="Sudah tidak perlu")
    return owner_world


@pytest.mark.parametrize("language", ["id", "ar"])
def test_the_pdf_words_assessments_and_the_history(client, assessed_and_withdrawn, language):
    import re

    client.force_login(assessed_and_withdrawn["enterprise_owner"])
    prefix = "" if language == "id" else f"/{language}"
    response = client.get(f"{prefix}/forum/my-data/download.pdf")
    assert response.status_code == 200
    text = _pdf_text(response.content)
    # no ISO date or time anywhere, no dot decimals, no codes or column names
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), re.findall(
        r".{40}\d{4}-\d{2}-\d{2}.{20}", text
    )
    if language == "id":  # Indonesian decimals take a comma (Arabic's mark is a dot)
        assert not re.search(r"\d\.\d(?!\d)", text), re.findall(r".{30}\d\.\d(?!\d).{9}", text)
    for raw in (
        "commitment",
        "pangan_olahan",
        "food",
        "exporting",
        "never",
        "False",
        "Commit plan",
        "Legal nib",
        "Text version",
        "Contact name",
        "Listing id",
        "Expires on",
    ):
        assert raw not in text, raw
    assert "◦" not in text and "•" not in text.replace("•••", "")
    if language == "id":
        assert "Komitmen" in text  # a dimension by its name
        assert "Apakah usaha Anda sudah memiliki NIB" in text  # the question, not its key
        assert "Belum punya" in text  # the option's label, not its id
        assert "Pangan olahan" in text
    else:
        assert "الالتزام" in text or "التزام" in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("id", ["Nama kontak", "Email", "Produk katalog", "Produk"]),
        ("ar", ["اسم جهة الاتصال", "البريد الإلكتروني", "منتج الكتالوج", "منتج"]),
    ],
)
def test_columns_without_a_translated_name_are_named_in_the_readers_language(language, expected):
    from django.utils import translation

    from siapekspor.buyers.models import Inquiry
    from siapekspor.catalogue.models import Listing

    with translation.override(language):
        labels = [
            selectors._column_label(Inquiry, "contact_name"),
            selectors._column_label(Inquiry, "email"),
            selectors._column_label(Inquiry, "listing_id"),
            selectors._column_label(Listing, "product"),
        ]
    assert labels == expected


def test_a_refusal_without_reason_is_shown_at_its_request_with_the_choice_kept(client, owner_world):
    import re

    owner, officer = owner_world["enterprise_owner"], owner_world["regency_officer"]
    req = services.data_request_create(
        actor=owner, kind="correction", details="Alamat salah: seharusnya Jl. Teuku Umar 5"
    )
    client.force_login(officer)
    page = client.post(f"/forum/requests/{req.pk}/decide/", {"decision": "refused"})
    assert page.status_code == 400
    html = page.content.decode()
    assert 'class="messages"' not in html  # not at the top of the page
    section = re.search(
        rf'<section class="card request" id="request-{req.pk}">.*?</section>', html, re.S
    )
    assert section is not None
    assert "Berikan alasan penolakan" in section.group(0) or "alasan" in section.group(0)
    assert re.search(r'value="refused"[^>]*checked|checked[^>]*value="refused"', section.group(0))
    req.refresh_from_db()
    assert req.status == "open"
    # no choice at all: the same, with the form's own words
    none = client.post(f"/forum/requests/{req.pk}/decide/", {}).content.decode()
    assert "Pilih" in none.split(f'id="request-{req.pk}"')[1].split("</section>")[0]


def test_an_answer_with_control_characters_is_refused_and_line_breaks_kept(client, owner_world):
    owner, officer = owner_world["enterprise_owner"], owner_world["regency_officer"]
    req = services.data_request_create(
        actor=owner, kind="correction", details="Alamat salah: seharusnya Jl. Teuku Umar 5"
    )
    client.force_login(officer)
    refused = client.post(
        f"/forum/requests/{req.pk}/decide/",
        {"decision": "refused", "answer": "Alasan \x1b[31m merah\x07"},
    )
    assert refused.status_code == 400
    assert "karakter kontrol" in refused.content.decode()
    req.refresh_from_db()
    assert req.status == "open"
    client.post(
        f"/forum/requests/{req.pk}/decide/",
        {"decision": "refused", "answer": "Data sudah benar.\r\nSilakan cek KTP."},
    )
    req.refresh_from_db()
    assert req.status == "refused"
    assert req.answer.splitlines() == ["Data sudah benar.", "Silakan cek KTP."]


def test_certificates_held_are_named_and_labelled_in_the_readers_language():
    from django.utils import translation

    from siapekspor.compliance.models import Certificate, DocumentType
    from siapekspor.core import readable

    document = DocumentType.objects.filter(names__has_key="id").first() or DocumentType(
        code="haccp", names={"id": "Sertifikat HACCP", "ar": "شهادة HACCP"}
    )
    with translation.override("id"):
        labels = [
            selectors._column_label(Certificate, name)
            for name in ("enterprise", "document", "evidence_file", "evidence_size")
        ]
        assert labels[0].startswith("Usaha")
        assert labels[1:] == ["Sertifikat", "Berkas bukti", "Ukuran berkas bukti (bita)"]
        assert str(Certificate._meta.verbose_name_plural) == "sertifikat yang dimiliki"
        assert readable.row_name(document) == document.names["id"] != document.code
