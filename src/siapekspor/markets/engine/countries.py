"""Country identity: every code the loaders meet is turned into an ISO 3166-1 alpha-3 code.

Trade statistics name countries in several ways: BACI and Comtrade use numeric codes that are
mostly ISO 3166-1 numeric but not always (BACI 842 = USA with Puerto Rico and the US Virgin
Islands, 251 = France with Monaco, 699 = India, 757 = Switzerland with Liechtenstein, 579 =
Norway with Svalbard, 490 = "Other Asia, nes", which both BACI and UN Comtrade use for Taiwan);
CEPII GeoDist still uses a few retired alpha codes (ROM, ZAR, TMP, YUG, PAL, ANT). Everything
is mapped to alpha-3 here, in one place. Country names: siapekspor.core.countries.
"""

from __future__ import annotations

import functools

import pycountry

# Numeric codes used by CEPII BACI / UN Comtrade that differ from ISO 3166-1 numeric.
# Source: BACI country_codes_V202201.csv (country_code vs iso_3digit_alpha) and the UN
# Comtrade reference tables; 490 "Other Asia, nes" is Comtrade's code for Taiwan.
SPECIAL_NUMERIC: dict[int, str] = {
    842: "USA",
    251: "FRA",
    699: "IND",
    757: "CHE",
    579: "NOR",
    490: "TWN",
    58: "BEL",  # Belgium-Luxembourg before 1999
    711: "ZAF",  # Southern African Customs Union before 2000
}

# Retired or non-standard alpha codes still found in CEPII GeoDist and older extracts.
LEGACY_ALPHA3: dict[str, str] = {
    "ROM": "ROU",
    "ZAR": "COD",
    "TMP": "TLS",
    "YUG": "SRB",
    "PAL": "PSE",
    "SER": "SRB",
    "KSV": "XKX",
    "ANT": "CUW",  # Netherlands Antilles; Curaçao is its largest successor
}

EXTRA_ALPHA3 = {"XKX"}  # Kosovo: used by the World Bank and Comtrade, not in ISO 3166-1


@functools.cache
def iso3_codes() -> frozenset[str]:
    """Every alpha-3 code we accept as a country."""
    return frozenset({c.alpha_3 for c in pycountry.countries} | EXTRA_ALPHA3)


@functools.cache
def code_table() -> list[tuple[str, str]]:
    """(code, iso3) pairs: ISO numeric (plain and zero-padded), alpha-2, alpha-3, legacy codes.

    Loaders join raw codes against this table in DuckDB, so mapping stays set-based.
    """
    rows: dict[str, str] = {}
    for c in pycountry.countries:
        rows[c.alpha_3] = c.alpha_3
        rows[c.alpha_2] = c.alpha_3
        num = int(c.numeric)
        rows[str(num)] = c.alpha_3
    for num, iso3 in SPECIAL_NUMERIC.items():
        rows[str(num)] = iso3
    for old, new in LEGACY_ALPHA3.items():
        rows[old] = new
    rows["XKX"] = "XKX"
    return sorted(rows.items())


def to_iso3(code: str | int | None) -> str | None:
    """Map one code (numeric, alpha-2, alpha-3 or legacy) to alpha-3; None when unknown."""
    if code is None:
        return None
    text = str(code).strip().upper()
    if text.isdigit():
        text = str(int(text))
    return dict(code_table()).get(text)
