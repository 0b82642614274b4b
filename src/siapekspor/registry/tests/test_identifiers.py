import pytest
from django.utils import translation
from hypothesis import given
from hypothesis import strategies as st

from siapekspor.registry.identifiers import (
    IdentifierError,
    nik_is_female,
    normalize_name,
    parse_nib,
    parse_nik,
    parse_phone,
)


@pytest.mark.parametrize(
    "raw", ["1871014105900001", " 1871 0141 0590 0001 ", "1871.0141.0590.0001"]
)
def test_accepts_nik_written_as_text(raw):
    assert parse_nik(raw) == "1871014105900001"


def test_reads_sex_from_birth_day_of_nik():
    assert nik_is_female("1871014105900001")
    assert not nik_is_female("1871010105900001")


@pytest.mark.parametrize("raw", [1871014105900001, 1.871014105900001e15])
def test_rejects_nik_that_arrived_as_a_number(raw):
    with pytest.raises(IdentifierError) as exc, translation.override("en"):
        parse_nik(raw)
    with translation.override("en"):
        assert "last digit" in str(exc.value.message)


def test_rejects_nik_in_scientific_notation():
    with pytest.raises(IdentifierError, match="scientific"), translation.override("en"):
        parse_nik("1.87101E+15")


@pytest.mark.parametrize(
    "raw,reason",
    [
        ("187101410590001", "16 digits"),  # 15 digits
        ("9971014105900001", "province"),  # no province 99
        ("1800004105900001", "regency"),  # regency 00
        ("1871013213900001", "birth-date"),  # month 13
        ("1871017205900001", "birth-date"),  # day 72 → 32
        ("1871014105900000", "0000"),
    ],
)
def test_rejects_invalid_nik_with_a_reason(raw, reason):
    with translation.override("en"), pytest.raises(IdentifierError) as exc:
        parse_nik(raw)
    with translation.override("en"):
        assert reason in str(exc.value.message)


def test_nik_error_is_indonesian_by_default():
    with translation.override("id"), pytest.raises(IdentifierError) as exc:
        parse_nik("123")
    with translation.override("id"):
        assert "16 digit" in str(exc.value.message)


@pytest.mark.parametrize(
    "raw",
    [
        "0812-3456-7890",
        "+62 812 3456 7890",
        "6281234567890",
        "0062812 3456 7890",
        "812 3456 7890",
        "(0812) 3456-7890",
        "0812 3456 7890 / 0721 123456",
        812_3456_7890,
    ],
)
def test_normalises_mobile_numbers_to_e164(raw):
    assert parse_phone(raw) == "+6281234567890"


def test_normalises_landline_with_area_code():
    assert parse_phone("(0721) 781234") == "+62721781234"


@pytest.mark.parametrize(
    "raw", ["", "12345", "0812", "00812345678", "+1 202 555 0100x", "0812345678901234"]
)
def test_rejects_impossible_phone_numbers(raw):
    with pytest.raises(IdentifierError):
        parse_phone(raw)


def test_nib_must_be_thirteen_digits():
    assert parse_nib("9120 0012 3456 7") == "9120001234567"
    with pytest.raises(IdentifierError):
        parse_nib("912000123456")
    with pytest.raises(IdentifierError):
        parse_nib(9.120001234567e12)


def test_normalised_name_ignores_case_punctuation_and_legal_form():
    assert normalize_name("CV. Keripik  PISANG, Jaya!") == normalize_name("keripik pisang jaya")


mobile = st.builds(
    lambda p, n: f"08{p}{n}",
    st.sampled_from(["11", "12", "13", "21", "52", "77", "95"]),
    st.integers(min_value=1_000_000, max_value=99_999_999).map(str),
)


@given(
    mobile,
    st.sampled_from(["{}", "+62{}", "62{}", "{} ", " {}"]),
    st.sampled_from(["", "-", " ", "."]),
)
def test_phone_parsing_is_independent_of_the_written_form(national, template, sep):
    digits = national[1:]
    grouped = sep.join([digits[:3], digits[3:7], digits[7:]])
    written = template.format(grouped if template != "{}" else "0" + grouped)
    assert parse_phone(written) == parse_phone(national) == "+62" + digits


@given(mobile)
def test_normalised_phone_parses_to_itself(national):
    e164 = parse_phone(national)
    assert parse_phone(e164) == e164


niks = st.builds(
    lambda region, day, female, month, year, serial: (
        f"{region}{day + (40 if female else 0):02d}{month:02d}{year:02d}{serial:04d}"
    ),
    st.sampled_from(["187101", "180104", "310101", "327301"]),
    st.integers(1, 28),
    st.booleans(),
    st.integers(1, 12),
    st.integers(0, 99),
    st.integers(1, 9999),
)


@given(niks)
def test_every_well_formed_nik_is_accepted_unchanged(nik):
    assert parse_nik(nik) == nik
    assert parse_nik(" " + nik[:8] + " " + nik[8:]) == nik
