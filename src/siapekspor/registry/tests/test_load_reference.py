"""`siapekspor load-reference` with the curated tables and with the official shared files."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from siapekspor.core import i18n
from siapekspor.registry.models import District, HsCode, KbliCode, Regency


def test_curated_reference_is_loaded_in_every_database(db):
    assert Regency.objects.count() == 15
    assert District.objects.count() == 229
    assert Regency.objects.get(code="18.71").display_name.endswith("Bandar Lampung")
    assert HsCode.objects.filter(level=2).count() == 97
    assert HsCode.objects.filter(level=6).count() >= 120
    with translation.override("id"):
        assert "Kopi" in HsCode.objects.get(code="090111").description
    with translation.override("en"):
        assert "offee" in HsCode.objects.get(code="090111").description
    assert KbliCode.objects.get(code="10761").title_en


def test_loading_the_curated_tables_twice_changes_nothing(db):
    before = (
        Regency.objects.count(),
        District.objects.count(),
        HsCode.objects.count(),
        KbliCode.objects.count(),
    )
    call_command("load_reference", stdout=StringIO())
    assert before == (
        Regency.objects.count(),
        District.objects.count(),
        HsCode.objects.count(),
        KbliCode.objects.count(),
    )


def test_loads_official_hs_kbli_and_region_files(db, shared_data):
    out = StringIO()
    call_command(
        "load_reference",
        "--hs",
        str(shared_data / "hs_nomenclature" / "harmonized-system_hs2022.csv"),
        "--kbli",
        str(shared_data / "kbli_2020" / "kbli_2020_all_levels.csv"),
        "--regions",
        str(shared_data / "indonesia_regions" / "wilayah_2025_lampung_all_levels.csv"),
        stdout=out,
    )
    assert HsCode.objects.filter(level=6).count() == 5613
    assert HsCode.objects.filter(level=4).count() == 1229
    assert KbliCode.objects.filter(code="47111").exists()  # outside manufacturing too
    assert District.objects.count() == 229
    # Our Indonesian descriptions survive an English-only official file.
    with translation.override("id"):
        assert "Kopi" in HsCode.objects.get(code="090111").description
    assert "hs: loaded=" in out.getvalue()


def test_loads_btki_with_indonesian_descriptions(db, shared_data):
    call_command(
        "load_reference",
        "--hs",
        str(shared_data / "hs_nomenclature" / "btki_2022_hs8_id_en_duties.csv.gz"),
        stdout=StringIO(),
    )
    heading = HsCode.objects.get(code="0101")
    assert getattr(heading, i18n.column("description", "id")).startswith("Kuda")


def test_refuses_a_file_of_the_wrong_kind(db, shared_data):
    with translation.override("id"), pytest.raises(CommandError, match="bukan"):
        call_command(
            "load_reference",
            "--kbli",
            str(shared_data / "hs_nomenclature" / "harmonized-system_hs2022.csv"),
        )


def test_missing_file_is_a_clear_error(db, tmp_path):
    with pytest.raises(CommandError):
        call_command("load_reference", "--hs", str(tmp_path / "nope.csv"))
