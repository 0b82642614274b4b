"""The buyer directory from a spreadsheet: the registry's safe reading, every row reported."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command

from siapekspor.buyers.importing import import_buyers, write_import_report
from siapekspor.buyers.models import Buyer
from siapekspor.core.crypto import unseal
from siapekspor.core.tabular import TabularError

CSV = (
    "Perusahaan;Negara;Nama Kontak;Email;Telepon;Sumber;Kode HS;Produk Diminati;Bahasa\n"
    "Tokyo Coffee Trading;Jepang;Hiroshi Tanaka;hiroshi@example.jp;+81 3 1234 5678;ITPC;"
    "090111, 0904;kopi robusta;Jepang\n"
    "Dubai Spices LLC;ARE;Ahmed Ali;ahmed@example.ae;00971 4 123 4567;Atase;0904;lada hitam;Arab\n"
    ";Tiongkok;;;;ITPC;0901;;\n"
    "Bad Mail Co;FRA;;not-an-email;;pameran;09011;;\n"
    "Nowhere Ltd;Atlantis;;;;mitra;;;\n"
)


def _file(text: str) -> io.BytesIO:
    return io.BytesIO(text.encode("utf-8"))


def test_import_creates_good_rows_and_reports_every_rejected_one(users):
    result = import_buyers(actor=users["admin"], path=_file(CSV), file_name="buyers.csv")
    assert result.counts.line() == "created=2 updated=0 unchanged=0 rejected=3"
    tokyo = Buyer.objects.get(company="Tokyo Coffee Trading")
    assert (tokyo.country, tokyo.source, tokyo.language) == ("JPN", "itpc", "ja")
    assert tokyo.hs_codes == ["090111", "0904"]
    # Personal data sealed, never in clear in the row.
    assert "Tanaka" not in tokyo.contact_name_sealed
    assert unseal(tokyo.contact_name_sealed) == "Hiroshi Tanaka"
    assert unseal(tokyo.phone_sealed) == "+81312345678"
    assert unseal(Buyer.objects.get(company="Dubai Spices LLC").phone_sealed) == "+97141234567"
    rejected = {o.row: o.reason for o in result.outcomes if o.outcome == "rejected"}
    assert set(rejected) == {4, 5, 6}
    assert "Perusahaan" in rejected[4]
    assert "Email" in rejected[5] and "Kode HS" in rejected[5]
    assert "Negara" in rejected[6]
    out = io.BytesIO()
    write_import_report(result, out, fmt="csv")
    report = out.getvalue().decode("utf-8-sig")
    assert report.count("\n") == 6  # header + every row, rejected ones with their reasons
    assert "Bad Mail Co" in report


def test_running_the_same_file_again_changes_nothing(users):
    import_buyers(actor=users["admin"], path=_file(CSV))
    again = import_buyers(actor=users["admin"], path=_file(CSV))
    assert again.counts.line() == "created=0 updated=0 unchanged=2 rejected=3"
    assert Buyer.objects.count() == 2


def test_a_changed_row_updates_and_a_repeated_row_is_rejected(users):
    import_buyers(actor=users["admin"], path=_file(CSV))
    changed = CSV.replace("kopi robusta;Jepang", "kopi robusta sangrai;Jepang")
    changed += "Tokyo Coffee Trading;JPN;;;;ITPC;;;\n"
    result = import_buyers(actor=users["admin"], path=_file(changed))
    assert result.counts.updated == 1
    assert "baris 2" in result.outcomes[-1].reason  # Indonesian first
    assert Buyer.objects.get(company="Tokyo Coffee Trading").products_wanted == (
        "kopi robusta sangrai"
    )


def test_a_file_that_is_not_a_spreadsheet_is_refused_whole(users):
    with pytest.raises(TabularError):
        import_buyers(actor=users["admin"], path=_file("\x00\x01 just noise"), file_name="x.xlsx")
    assert not Buyer.objects.exists()


def test_only_province_wide_officers_import(users):
    from siapekspor.core.errors import PermissionDeniedError

    with pytest.raises(PermissionDeniedError):
        import_buyers(actor=users["regency_officer"], path=_file(CSV))


def test_command_imports_and_writes_the_report(users, tmp_path, capsys):
    source = tmp_path / "buyers.csv"
    source.write_text(CSV, encoding="utf-8")
    report = tmp_path / "report.xlsx"
    call_command("import_buyers", str(source), "--report", str(report))
    out = capsys.readouterr()
    assert "created=2 updated=0 unchanged=0 rejected=3" in out.out
    assert report.stat().st_size > 0


def test_several_reasons_read_as_sentences():
    from siapekspor.core.tabular.outcome import join_reasons

    assert join_reasons(["Email: Alamat tidak sah.", "Kode HS: salah."]) == (
        "Email: Alamat tidak sah. Kode HS: salah."
    )
    assert join_reasons(["电子邮件地址无效。", "未知国家。"]) == "电子邮件地址无效。未知国家。"
    assert join_reasons(["kolom A", "kolom B.", ""]) == "kolom A; kolom B."


def test_the_xlsx_report_shows_phones_as_typed_and_reads_right_to_left_in_arabic(users):
    """A phone "+81…" is a text cell in the xlsx report, without the apostrophe the CSV report
    needs against formula injection (kept there); an Arabic report's sheet runs right to left."""
    from django.utils import translation
    from openpyxl import load_workbook

    result = import_buyers(actor=users["admin"], path=_file(CSV), file_name="buyers.csv")
    for language, rtl in (("ar", True), ("id", False)):
        out = io.BytesIO()
        with translation.override(language):
            write_import_report(result, out, fmt="xlsx")
        ws = load_workbook(io.BytesIO(out.getvalue())).active
        assert bool(ws.sheet_view.rightToLeft) is rtl
        cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
        phones = [c for c in cells if c.value.lstrip("'").startswith(("+81", "+971", "00971"))]
        assert phones and all(c.value[0] in "+0" and c.data_type == "s" for c in phones)
        assert not any(c.value.startswith("'") for c in cells)
    out = io.BytesIO()
    write_import_report(result, out, fmt="csv")
    assert "'+81 3 1234 5678" in out.getvalue().decode("utf-8-sig")  # CSV keeps the guard
