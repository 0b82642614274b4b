"""core.uploads: kinds from content, size caps, server names, encryption at rest, serving."""

from __future__ import annotations

import io
import stat
from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404

from siapekspor.core import uploads
from siapekspor.core.errors import ValidationFailed

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
AREA = uploads.UploadArea(
    folder="test/area", kinds=frozenset({"pdf", "png", "csv"}), max_bytes=lambda: 3 * 1024 * 1024
)


@pytest.fixture(autouse=True)
def _keys(settings):
    settings.PII_KEYS = "k2:ZOLjyATIJh9Xn6kSTuNUZdEzdeiS8ytGxUTGtk0m9-E,k1:mxQ3WmoWbET-Cb6jmPTiovWGj4aUVZIMPt5kUCpdMwk"


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PDF, "pdf"),
        (b"\x89PNG\r\n\x1a\n" + b"\0" * 40, "png"),
        (b"\xff\xd8\xff\xe0" + b"\0" * 40, "jpeg"),
        (b"Nama Usaha;NIK\nKeripik;1\n", "csv"),
        (b"\xff\xfeN\x00a\x00", "csv"),  # UTF-16 with BOM
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", None),  # .xls / .doc
        (b"MZ\x90\x00\x03\x00\x00\x00", None),  # an executable
        (b"PK\x03\x04 not a zip", None),
    ],
)
def test_kind_is_sniffed_from_content(content, kind):
    assert uploads.sniff(io.BytesIO(content)) == kind


def test_stored_file_is_encrypted_private_and_reads_back(settings):
    content = PDF + bytes(range(256)) * 9000  # several 1 MB chunks
    stored = uploads.store(SimpleUploadedFile("../../etc/passwd.csv", content), area=AREA)
    assert stored.kind == "pdf" and stored.name.endswith(".pdf") and len(stored.name) == 36
    assert stored.size == len(content)
    path = settings.MEDIA_ROOT / "test" / "area" / stored.name
    raw = path.read_bytes()
    assert raw.startswith(uploads.MAGIC) and PDF not in raw
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert uploads.open_plain(stored.name, area=AREA).read() == content
    settings.PII_KEYS = "k3:EsS_dOjxRXWn3zypVrCHxvfa2PYHhRpb33fB7iplLVQ,k2:ZOLjyATIJh9Xn6kSTuNUZdEzdeiS8ytGxUTGtk0m9-E"  # rotation: old key still opens
    assert b"".join(uploads.iter_plain(stored.name, area=AREA)) == content


def test_tampered_reordered_or_cut_files_do_not_open(settings):
    content = b"a;b\n" * 600_000  # 2.4 MB: three chunks
    stored = uploads.store(SimpleUploadedFile("x.csv", content), area=AREA)
    path = settings.MEDIA_ROOT / "test" / "area" / stored.name
    original = path.read_bytes()
    flipped = bytearray(original)
    flipped[len(flipped) // 2] ^= 1
    path.write_bytes(bytes(flipped))
    with pytest.raises(ValueError):
        uploads.open_plain(stored.name, area=AREA)
    frames, offset = [], 20
    while offset < len(original):
        size = int.from_bytes(original[offset : offset + 4], "big")
        frames.append(original[offset : offset + 4 + size])
        offset += 4 + size
    assert len(frames) == 3
    path.write_bytes(original[:20] + frames[1] + frames[0] + frames[2])  # reordered
    with pytest.raises(ValueError):
        uploads.open_plain(stored.name, area=AREA)
    path.write_bytes(original[:20] + frames[0] + frames[1])  # last chunk cut off
    with pytest.raises(ValueError):
        uploads.open_plain(stored.name, area=AREA)


def test_size_type_and_empty_are_refused_with_a_field_message(settings):
    with pytest.raises(ValidationFailed) as caught:
        uploads.store(SimpleUploadedFile("a.exe", b"MZ\x90\x00" * 10), area=AREA, field="doc")
    assert caught.value.field == "doc" and "PDF" in str(caught.value.message)
    with pytest.raises(ValidationFailed):
        uploads.store(SimpleUploadedFile("e.pdf", b""), area=AREA)
    big = SimpleUploadedFile("big.pdf", PDF + b"0" * (4 * 1024 * 1024))
    with pytest.raises(ValidationFailed):
        uploads.store(big, area=AREA)


def test_a_file_larger_than_it_claims_is_stopped_while_written(settings):
    class Lying(SimpleUploadedFile):
        @property
        def size(self):
            return 10

        @size.setter
        def size(self, value):
            pass

    with pytest.raises(ValidationFailed):
        uploads.store(Lying("l.pdf", PDF + b"0" * (4 * 1024 * 1024)), area=AREA)
    folder = settings.MEDIA_ROOT / "test" / "area"
    assert not list(folder.iterdir())  # the partial file is gone


def test_names_from_requests_are_never_paths():
    for name in ("../../etc/passwd", "/etc/passwd", "a" * 32 + ".pdf/../x", ".htaccess", ""):
        assert uploads.path_of(name, area=AREA) is None
    with pytest.raises(Http404):
        uploads.iter_plain("../../etc/passwd", area=AREA)


def test_serving_needs_the_permission_check_and_is_a_safe_attachment():
    stored = uploads.store(SimpleUploadedFile("p.pdf", PDF), area=AREA)
    with pytest.raises(PermissionDenied):
        uploads.file_response(stored.name, area=AREA, permitted=False, download_name="x.pdf")
    response = uploads.file_response(
        stored.name,
        area=AREA,
        permitted=True,
        download_name='PEB-"00/1";\r\nX-Evil: 1.pdf',
        mime="application/pdf",
    )
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;") and "\r" not in disposition
    assert '"00' not in disposition and "X-Evil:" not in disposition.replace("X-Evil-", "")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert {d.strip() for d in response["Cache-Control"].split(",")} == {"private", "no-store"}
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.django_db
def test_a_record_file_replaces_its_predecessor_once_committed_and_serves_as_the_record(
    django_capture_on_commit_callbacks,
):
    files = uploads.RecordFiles(area=AREA)  # the shape of compliance/eudr/shipments evidence
    record = SimpleNamespace(evidence_file="", evidence_type="", evidence_size=None)
    with pytest.raises(Http404):  # the record points to no file
        files.response(record, stem="PEB-1")
    assert files.attach(record, SimpleUploadedFile("a.pdf", PDF)) == ""
    first = record.evidence_file
    with django_capture_on_commit_callbacks(execute=False) as pending:
        assert files.attach(record, SimpleUploadedFile("b.pdf", PDF + b"%x")) == first
        assert uploads.path_of(first, area=AREA) is not None  # kept until the commit
    for callback in pending:
        callback()
    assert uploads.path_of(first, area=AREA) is None
    assert (record.evidence_type, record.evidence_size) == ("application/pdf", len(PDF) + 2)
    response = files.response(record, stem="PEB-1")
    assert response["Content-Disposition"] == 'attachment; filename="PEB-1.pdf"'
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content) == PDF + b"%x"
    with django_capture_on_commit_callbacks(execute=True):
        files.delete_on_commit(record)
    assert uploads.path_of(record.evidence_file, area=AREA) is None


def test_a_file_stored_before_encryption_is_still_served(settings):
    folder = settings.MEDIA_ROOT / "test" / "area"
    folder.mkdir(parents=True)
    name = "0" * 32 + ".pdf"
    (folder / name).write_bytes(PDF)
    assert uploads.open_plain(name, area=AREA).read() == PDF
