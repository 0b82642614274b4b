"""The enterprise import: a corpus of bad files made here, each with its expected outcome."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import openpyxl
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from siapekspor.core.crypto import blind_index
from siapekspor.core.models import AuditEntry
from siapekspor.core.tabular import UnreadableFileError
from siapekspor.registry.importing.pipeline import import_file
from siapekspor.registry.importing.regions import RegionIndex
from siapekspor.registry.models import Enterprise, Product
from siapekspor.registry.models_import import (
    BatchStatus,
    EnterpriseProvenance,
    ImportBatch,
    ImportRowOutcome,
)

HEADER = [
    "No",
    "Nama Usaha",
    "Nama Pemilik",
    "NIK",
    "No. HP",
    "Alamat",
    "Kab/Kota",
    "Kecamatan",
    "KBLI",
    "Produk",
    "Kode HS",
    "Kapasitas Produksi",
    "Tenaga Kerja",
    "Omzet",
    "NIB",
]


@pytest.fixture(autouse=True)
def _english():
    """Messages are asserted in English here; Indonesian is checked in test_report_language."""
    with translation.override("en"):
        yield


def row(n, **kw):
    base = {
        "No": n,
        "Nama Usaha": f"Keripik Maju {n}",
        "Nama Pemilik": "Siti Aminah",
        "NIK": f"18710141059{n:05d}",
        "No. HP": f"0812-3456-{n:04d}",
        "Alamat": f"Jl. Pagar Alam No. {n}",
        "Kab/Kota": "Kota Bandar Lampung",
        "Kecamatan": "",
        "KBLI": "10794",
        "Produk": "Keripik pisang",
        "Kode HS": "2008.99",
        "Kapasitas Produksi": "500 kg",
        "Tenaga Kerja": "4",
        "Omzet": "Rp 150 jt",
        "NIB": f"{9200000000000 + n}",
    }
    base.update(kw)
    return [base[h] for h in HEADER]


def xlsx(path, rows, header=HEADER, before=(), text_columns=("NIK", "NIB", "No. HP")):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "IKM"
    for r in before:
        ws.append(r)
    ws.append(header)
    for r in rows:
        ws.append(r)
    for col in text_columns:
        if col in header:
            letter = openpyxl.utils.get_column_letter(header.index(col) + 1)
            for cell in ws[letter]:
                cell.number_format = "@"
    wb.save(path)
    return path


def outcome_of(result, number):
    return next(o for o in result.outcomes if o.row == number)


def test_import_creates_with_sealed_data_provenance_and_batch(tmp_path, users):
    path = xlsx(tmp_path / "ikm.xlsx", [row(1), row(2, NIB=None)])
    result = import_file(actor=users["province_officer"], path=path, source="Disperindag 2024")
    assert result.counts.line() == "created=2 updated=0 unchanged=0 rejected=0"
    e = Enterprise.objects.get(nib="9200000000001")
    assert e.nik == "1871014105900001" and e.phone == "+6281234560001"
    assert "1871014105900001" not in e.nik_sealed
    assert e.regency_id == "18.71" and e.kbli_id == "10794" and e.workforce == 4
    assert e.annual_revenue == Decimal(150_000_000) and e.source == "Disperindag 2024"
    product = Product.objects.get(enterprise=e)
    assert product.hs_code_id == "200899" and product.monthly_capacity == 500
    batch = result.batch
    assert batch.status == BatchStatus.COMPLETED and batch.created == 2
    assert batch.file_sha256 == result.sha256 and len(batch.file_sha256) == 64
    assert batch.created_by == users["province_officer"]
    prov = EnterpriseProvenance.objects.get(enterprise=e).fields
    assert prov["nik"] == [batch.pk, 2] and prov["name"] == [batch.pk, 2]
    assert AuditEntry.objects.filter(
        action="registry.import.completed", target_id=str(batch.pk)
    ).exists()


def test_importing_the_same_file_again_changes_nothing(tmp_path, users):
    path = xlsx(tmp_path / "ikm.xlsx", [row(i) for i in range(1, 6)])
    import_file(actor=users["admin"], path=path)
    before = list(Enterprise.objects.order_by("pk").values())
    again = import_file(actor=users["admin"], path=path)
    assert again.counts.line() == "created=0 updated=0 unchanged=5 rejected=0"
    assert list(Enterprise.objects.order_by("pk").values()) == before
    assert Product.objects.count() == 5
    assert ImportBatch.objects.count() == 2


def test_update_merges_only_nonempty_cells_and_audits(tmp_path, users):
    import_file(actor=users["admin"], path=xlsx(tmp_path / "a.xlsx", [row(1)]))
    changed = row(1, **{"Tenaga Kerja": "9", "Alamat": "", "Omzet": "1.250.000.000"})
    result = import_file(actor=users["admin"], path=xlsx(tmp_path / "b.xlsx", [changed]))
    assert result.counts.line() == "created=0 updated=1 unchanged=0 rejected=0"
    e = Enterprise.objects.get(nib="9200000000001")
    assert e.workforce == 9 and e.address == "Jl. Pagar Alam No. 1"  # blank kept the old value
    assert e.annual_revenue == Decimal(1_250_000_000)
    entry = AuditEntry.objects.get(action="registry.enterprise.updated", target_id=str(e.pk))
    assert entry.changes["workforce"] == [4, 9]
    prov = EnterpriseProvenance.objects.get(enterprise=e).fields
    assert prov["workforce"] == [result.batch.pk, 2]
    assert prov["address"][0] != result.batch.pk


def test_natural_key_nik_and_name_when_no_nib(tmp_path, users):
    import_file(actor=users["admin"], path=xlsx(tmp_path / "a.xlsx", [row(1, NIB=None)]))
    # Same owner (NIK), same business written differently: matched, not duplicated.
    again = row(1, NIB=None, **{"Nama Usaha": "KERIPIK  MAJU 1", "Tenaga Kerja": "5"})
    result = import_file(actor=users["admin"], path=xlsx(tmp_path / "b.xlsx", [again]))
    assert result.counts.updated == 1 and Enterprise.objects.count() == 1 + 1  # + owner's own
    # Same owner, a different business: a second enterprise (owners may run several).
    other = row(1, NIB=None, **{"Nama Usaha": "Kopi Robusta Siger"})
    result = import_file(actor=users["admin"], path=xlsx(tmp_path / "c.xlsx", [other]))
    assert result.counts.created == 1


@pytest.mark.parametrize(
    ("cells", "column", "fragment"),
    [
        ({"NIK": 1871014105900001}, "NIK", "number"),
        ({"NIK": "1.87101E+15"}, "NIK", "scientific"),
        ({"NIK": "187101410590001"}, "NIK", "16 digits"),
        ({"NIB": 9200000000001.0}, "NIB", "number"),
        ({"Kab/Kota": "Kab. Antah Berantah"}, "Kab/Kota", "regency"),
        ({"Kecamatan": "Kecamatan Fiktif Sekali"}, "Kecamatan", "district"),
        ({"KBLI": "99999"}, "KBLI", "KBLI"),
        ({"Kode HS": "9999.9"}, "Kode HS", "HS"),  # malformed; well-formed unknown codes are kept
        ({"Omzet": "banyak"}, "Omzet", "number"),
        ({"Omzet": "Rp 60 M"}, "Omzet", "50 billion"),
        ({"Tenaga Kerja": "-3"}, "Tenaga Kerja", "negative"),
        ({"No. HP": "0812"}, "No. HP", "digits"),
        ({"Nama Usaha": ""}, "Nama Usaha", "required"),
        ({"Kab/Kota": "Kota Lampung Selatan"}, "Kab/Kota", "regency"),
    ],
)
def test_bad_cells_are_rejected_with_column_and_reason(tmp_path, users, cells, column, fragment):
    text_cols = () if any(isinstance(v, (int, float)) for v in cells.values()) else ("NIK", "NIB")
    path = xlsx(tmp_path / "bad.xlsx", [row(1), row(2, **cells)], text_columns=text_cols)
    result = import_file(actor=users["admin"], path=path)
    bad = outcome_of(result, 3)
    assert bad.outcome == "rejected"
    assert any(
        col == column and fragment.lower() in str(msg).lower() for col, msg in bad.problems
    ), bad.problems
    assert outcome_of(result, 2).outcome == "created"  # one bad row does not kill the batch
    stored = ImportRowOutcome.objects.get(batch=result.batch, row_number=3)
    assert stored.outcome == "rejected" and stored.problems and stored.values_sealed


def test_numeric_nik_is_never_repaired(tmp_path, users):
    path = xlsx(tmp_path / "n.xlsx", [row(1, NIK=1871014105900001)], text_columns=())
    result = import_file(actor=users["admin"], path=path)
    assert (
        result.counts.rejected == 1 and not Enterprise.objects.filter(nib="9200000000001").exists()
    )


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Kab. Lampung Sel.", "18.01"),
        ("Bandar lampung", "18.71"),
        ("Kota Metro", "18.72"),
        ("Lamteng", "18.02"),
        ("LAMPUNG  TIMUR", "18.07"),
        ("Kab Tuba", "18.05"),
        ("Lampung Selatn", "18.01"),
        ("18.71", "18.71"),
        ("Kab. Pesisir Barat", "18.13"),
        ("Tulang Bawang Barat", "18.12"),
        ("kota bandar lampung", "18.71"),
    ],
)
def test_regency_variants(db, typed, code):
    assert RegionIndex.load().regency(typed) == code


def test_district_typos_and_inference(db):
    index = RegionIndex.load()
    assert index.district("Kec. Natar", "18.01") == "18.01.04"
    assert index.district("Tanjungbintang", "18.01") == "18.01.05"
    assert index.district("Kalianda", None) == "18.01.06"


def test_rows_repeated_in_one_file_are_reported(tmp_path, users):
    path = xlsx(
        tmp_path / "dup.xlsx",
        [
            row(1),
            row(2),
            row(1),
            row(3, NIB=None, NIK=row(2)[3], **{"Nama Usaha": "Keripik Maju 2"}),
        ],
    )
    result = import_file(actor=users["admin"], path=path)
    assert result.counts.line() == "created=2 updated=0 unchanged=0 rejected=2"
    assert "row 2" in str(outcome_of(result, 4).problems[0][1])
    assert "row 3" in str(outcome_of(result, 5).problems[0][1])


def test_displaced_header_blank_rows_unknown_columns(tmp_path, users):
    header = ["Nama IKM", "Keterangan", "NIK", "No Telp/WA", "Kabupaten / Kota", "NIB"]
    rows = [
        [
            "Tapis Indah",
            "baru",
            "1871014105900001",
            "081234567890",
            "Bandar lampung",
            "9200000000001",
        ],
        [None] * 6,
        [None] * 6,
        ["Tapis Mulia", "", "1871014105900002", "+62 813 1111 2222", "Kota Metro", None],
    ]
    path = xlsx(
        tmp_path / "d.xlsx",
        rows,
        header=header,
        before=[["Rekap IKM Provinsi Lampung"], [], ["per Desember 2024"]],
    )
    result = import_file(actor=users["admin"], path=path)
    assert result.header.row == 4
    assert [h for _i, h in result.header.unknown] == ["Keterangan"]
    assert result.batch.unknown_columns == ["Keterangan"]
    assert result.counts.line() == "created=2 updated=0 unchanged=0 rejected=0"
    assert Enterprise.objects.get(name="Tapis Mulia").regency_id == "18.72"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_csv_in_indonesian_excel_style(tmp_path, users, encoding):
    text = io.StringIO(newline="")
    w = csv.writer(text, delimiter=";")
    w.writerow(["Nama Usaha", "NIK", "No HP", "Kab/Kota", "Omzet", "Tenaga Kerja"])
    w.writerow(
        [
            "Kopi Café Lestari",
            "1871014105900001",
            "0812 3456 7890",
            "Bandar Lampung",
            "1.234.567,89",
            "3",
        ]
    )
    path = tmp_path / "f.csv"
    path.write_bytes(text.getvalue().encode(encoding))
    result = import_file(actor=users["admin"], path=path)
    assert result.counts.created == 1
    e = Enterprise.objects.get(name="Kopi Café Lestari")
    assert e.annual_revenue == Decimal(1_234_568)


def test_injection_strings_are_stored_as_text_and_escaped_in_report(tmp_path, users):
    payload = '=HYPERLINK("http://evil","klik")'
    text = io.StringIO(newline="")
    w = csv.writer(text)
    w.writerow(HEADER)
    w.writerow(row(1, **{"Nama Usaha": payload}))
    w.writerow(row(2, **{"Nama Usaha": "@SUM(1+1)", "Kode HS": "x", "Alamat": "-1+2"}))
    path = tmp_path / "inj.csv"
    path.write_text(text.getvalue(), encoding="utf-8")
    report = tmp_path / "report.xlsx"
    call_command(
        "import-enterprises".replace("-", "_"),
        str(path),
        "--report",
        str(report),
        stdout=io.StringIO(),
    )
    assert Enterprise.objects.filter(name=payload).exists()
    ws = openpyxl.load_workbook(report).active
    cells = [c for r in ws.iter_rows() for c in r if isinstance(c.value, str)]
    # Text cells, never formulas: the payload shows as typed and never runs.
    assert {"@SUM(1+1)", "-1+2"} <= {c.value for c in cells}  # the rejected row, as typed
    assert all(c.data_type == "s" for c in cells)


def test_regency_officer_only_imports_own_regency(tmp_path, users):
    path = xlsx(tmp_path / "r.xlsx", [row(1), row(2, **{"Kab/Kota": "Lampung Selatan"})])
    result = import_file(actor=users["regency_officer"], path=path)
    assert outcome_of(result, 2).outcome == "created"
    assert outcome_of(result, 3).outcome == "rejected"


def test_all_or_nothing_writes_nothing_when_a_row_is_rejected(tmp_path, users):
    path = xlsx(tmp_path / "a.xlsx", [row(1), row(2, KBLI="00000")])
    result = import_file(actor=users["admin"], path=path, all_or_nothing=True)
    assert result.batch.status == BatchStatus.REFUSED
    assert not Enterprise.objects.filter(nib="9200000000001").exists()
    assert result.batch.rows.filter(outcome="rejected").count() == 1


def test_dry_run_writes_nothing(tmp_path, users):
    result = import_file(
        actor=users["admin"], path=xlsx(tmp_path / "a.xlsx", [row(1)]), dry_run=True
    )
    assert result.counts.created == 1 and result.batch is None
    assert not Enterprise.objects.filter(nib="9200000000001").exists()
    assert not ImportBatch.objects.exists()


class Killed(BaseException):
    """Stands for SIGKILL: not an Exception, so nothing catches it on the way out."""


@pytest.mark.django_db(transaction=True)
def test_killed_mid_import_leaves_no_partial_batch_and_rerun_completes(tmp_path):
    from siapekspor.registry.tests.factories import make_users

    users = make_users()
    path = xlsx(tmp_path / "k.xlsx", [row(i) for i in range(1, 31)])
    start = Enterprise.objects.count()

    def die_while_writing(stage, n):
        if stage == "writing":
            raise Killed

    with pytest.raises(Killed):
        import_file(actor=users["admin"], path=path, progress=die_while_writing)
    assert Enterprise.objects.count() == start
    batch = ImportBatch.objects.get()
    assert batch.status == BatchStatus.RUNNING and not batch.rows.exists()
    result = import_file(actor=users["admin"], path=path)
    assert result.resumed and result.batch.pk == batch.pk
    assert result.counts.created == 30 and Enterprise.objects.count() == start + 30
    assert ImportBatch.objects.get().status == BatchStatus.COMPLETED


def test_command_exit_codes_and_last_line(tmp_path, users):
    good = xlsx(tmp_path / "g.xlsx", [row(1), row(2, KBLI="1")])
    out = io.StringIO()
    call_command("import_enterprises", str(good), stdout=out)
    assert out.getvalue().strip().splitlines()[-1] == "created=1 updated=0 unchanged=0 rejected=1"
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(CommandError, match="not imported"):
        call_command("import_enterprises", str(bad), stdout=io.StringIO(), language="en")
    with pytest.raises(CommandError, match="tidak diimpor"):
        call_command("import_enterprises", str(bad), stdout=io.StringIO())
    noheader = tmp_path / "n.csv"
    noheader.write_text("a;b\n1;2\n")
    with pytest.raises(CommandError):
        call_command("import_enterprises", str(noheader), stdout=io.StringIO())


def test_missing_required_column_is_a_file_error(tmp_path, users):
    path = xlsx(
        tmp_path / "m.xlsx", [["1871014105900001", "081234567890"]], header=["NIK", "No HP"]
    )
    with pytest.raises(UnreadableFileError):
        import_file(actor=users["admin"], path=path)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.integers(1, 400),
            st.sampled_from(["", "7", "12"]),
            st.sampled_from(["", "Rp 15 jt", "2.500.000"]),
        ),
        min_size=1,
        max_size=12,
    )
)
def test_importing_twice_changes_nothing(tmp_path_factory, users, specs):
    rows = [row(n, **{"Tenaga Kerja": tk, "Omzet": om}) for n, tk, om in specs]
    path = xlsx(tmp_path_factory.mktemp("h") / "p.xlsx", rows)
    import_file(actor=users["admin"], path=path)
    snapshot = list(Enterprise.objects.order_by("pk").values())
    again = import_file(actor=users["admin"], path=path)
    assert again.counts.created == 0 and again.counts.updated == 0
    assert list(Enterprise.objects.order_by("pk").values()) == snapshot
    Enterprise.objects.filter(nib__startswith="92000000").delete()


def test_phone_forms(tmp_path, users):
    forms = [
        "0812-3456-7890",
        "+62 812 3456 7890",
        "62812-3456-7890",
        "(0721) 123456",
        "8123456789",
    ]
    rows = [row(i + 1, **{"No. HP": f}) for i, f in enumerate(forms)]
    result = import_file(actor=users["admin"], path=xlsx(tmp_path / "p.xlsx", rows))
    assert result.counts.created == 5
    assert (
        Enterprise.objects.filter(phone_hmac=blind_index("+6281234567890", purpose="phone")).count()
        == 3
    )


def test_report_language_is_indonesian_by_default(tmp_path, users):
    path = xlsx(tmp_path / "id.xlsx", [row(1, NIK=1871014105900001)], text_columns=())
    out = io.StringIO()
    report = tmp_path / "laporan.csv"
    call_command("import_enterprises", str(path), "--report", str(report), stdout=out)
    assert "spreadsheet sudah kehilangan digit terakhirnya" in out.getvalue()
    text = report.read_text(encoding="utf-8-sig")
    assert "ditolak" in text.lower() and "Format kolom NIK sebagai teks" in text


def test_two_rows_reaching_one_enterprise_by_different_keys(tmp_path, users):
    import_file(actor=users["admin"], path=xlsx(tmp_path / "a.xlsx", [row(1)]))
    by_nib = row(1, NIK=None, **{"No. HP": None, "Tenaga Kerja": "8"})
    by_nik = row(1, NIB=None, **{"Tenaga Kerja": "9"})
    result = import_file(actor=users["admin"], path=xlsx(tmp_path / "b.xlsx", [by_nib, by_nik]))
    assert [o.outcome for o in result.outcomes] == ["updated", "rejected"]
    assert "row 2" in str(result.outcomes[1].problems[0][1])
