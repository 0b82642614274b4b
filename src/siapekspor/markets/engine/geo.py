"""Approximate capital coordinates, for offline maps and the synthetic generator.

CEPII GeoDist (`siapekspor trade load-geodist`) is the real source of coordinates and
distances. When it is not loaded (a laptop demo), this built-in table places each country at
its capital, rounded to whole degrees: good enough for a dot map and for gravity-like synthetic
data, not for measuring anything. Pages that use it say so.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd

# ISO3 latitude longitude of the capital (seat of government), whole degrees.
_CAPITALS = """
AFG 35 69|ALB 41 20|DZA 37 3|AND 43 2|AGO -9 13|ATG 17 -62|ARG -35 -58|ARM 40 45|AUS -35 149
AUT 48 16|AZE 40 50|BHS 25 -77|BHR 26 51|BGD 24 90|BRB 13 -60|BLR 54 28|BEL 51 4|BLZ 17 -89
BEN 6 3|BTN 27 90|BOL -16 -68|BIH 44 18|BWA -25 26|BRA -16 -48|BRN 5 115|BGR 43 23|BFA 12 -2
BDI -3 30|CPV 15 -24|KHM 12 105|CMR 4 12|CAN 45 -76|CAF 4 19|TCD 12 15|CHL -33 -71|CHN 40 116
COL 5 -74|COM -12 43|COG -4 15|COD -4 15|CRI 10 -84|CIV 7 -5|HRV 46 16|CUB 23 -82|CYP 35 33
CZE 50 14|DNK 56 13|DJI 12 43|DMA 15 -61|DOM 18 -70|ECU 0 -79|EGY 30 31|SLV 14 -89|GNQ 4 9
ERI 15 39|EST 59 25|SWZ -26 31|ETH 9 39|FJI -18 178|FIN 60 25|FRA 49 2|GAB 0 9|GMB 13 -17
GEO 42 45|DEU 52 13|GHA 6 0|GRC 38 24|GRD 12 -62|GTM 15 -91|GIN 10 -14|GNB 12 -16|GUY 7 -58
HTI 19 -72|HND 14 -87|HKG 22 114|HUN 47 19|ISL 64 -22|IND 29 77|IDN -6 107|IRN 36 51|IRQ 33 44
IRL 53 -6|ISR 32 35|ITA 42 12|JAM 18 -77|JPN 36 140|JOR 32 36|KAZ 51 71|KEN -1 37|KIR 1 173
PRK 39 126|KOR 38 127|KWT 29 48|KGZ 43 75|LAO 18 103|LVA 57 24|LBN 34 36|LSO -29 27|LBR 6 -11
LBY 33 13|LTU 55 25|LUX 50 6|MAC 22 114|MDG -19 48|MWI -14 34|MYS 3 102|MDV 4 74|MLI 13 -8
MLT 36 15|MHL 7 171|MRT 18 -16|MUS -20 58|MEX 19 -99|FSM 7 158|MDA 47 29|MNG 48 107|MNE 42 19
MAR 34 -7|MOZ -26 33|MMR 20 96|NAM -23 17|NPL 28 85|NLD 52 5|NCL -22 166|NZL -41 175|NIC 12 -86
NER 14 2|NGA 9 7|MKD 42 21|NOR 60 11|OMN 24 58|PAK 34 73|PLW 7 135|PAN 9 -80|PNG -9 147
PRY -25 -58|PER -12 -77|PHL 15 121|POL 52 21|PRT 39 -9|QAT 25 52|ROU 44 26|RUS 56 38|RWA -2 30
KNA 17 -63|LCA 14 -61|VCT 13 -61|WSM -14 -172|STP 0 7|SAU 25 47|SEN 15 -17|SRB 45 20|SYC -5 55
SLE 8 -13|SGP 1 104|SVK 48 17|SVN 46 15|SLB -9 160|SOM 2 45|ZAF -26 28|SSD 5 32|ESP 40 -4
LKA 7 80|SDN 16 33|SUR 6 -55|SWE 59 18|CHE 47 7|SYR 34 36|TWN 25 122|TJK 39 69|TZA -6 36
THA 14 101|TLS -9 126|TGO 6 1|TON -21 -175|TTO 11 -62|TUN 37 10|TUR 40 33|TKM 38 58|TUV -9 179
UGA 0 33|UKR 50 31|ARE 24 54|GBR 52 0|USA 39 -77|URY -35 -56|UZB 41 69|VUT -18 168|VEN 10 -67
VNM 21 106|YEM 15 44|ZMB -15 28|ZWE -18 31|PSE 32 35|GRL 64 -52|PYF -18 -150|ABW 13 -70
CUW 12 -69|BMU 32 -65|CYM 19 -81|FRO 62 -7|GIB 36 -5|NRU -1 167|SMR 44 12|LIE 47 10|NIU -19 -170
COK -21 -160|SHN -16 -6|SPM 47 -56|AIA 18 -63|MSR 17 -62|VGB 18 -65|TCA 21 -71|WLF -13 -176
MNP 15 146|GUM 13 145|ASM -14 -171|SXM 18 -63|BES 12 -68|IOT -7 72|CXR -10 106|CCK -12 97
NFK -29 168|FLK -52 -58|ESH 27 -13|TKL -9 -172|PCN -25 -130
"""


@functools.cache
def capitals_table() -> pd.DataFrame:
    """iso3, lat, lon (whole degrees) for about 215 countries and territories."""
    rows = []
    for item in _CAPITALS.replace("\n", "|").split("|"):
        parts = item.split()
        if len(parts) == 3:
            rows.append((parts[0], float(parts[1]), float(parts[2])))
    return pd.DataFrame(rows, columns=["iso3", "lat", "lon"])


def haversine_km(
    lat1: np.ndarray, lon1: np.ndarray, lat2: np.ndarray, lon2: np.ndarray
) -> np.ndarray:
    """Great-circle distance in km (vectorised; broadcasting allowed)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dlat, dlon = p2 - p1, np.radians(lon2) - np.radians(lon1)
    a = np.sin(dlat / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dlon / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def distance_matrix(iso3: list[str]) -> np.ndarray:
    """Capital-to-capital distances (km) for the given codes; 500 km on the diagonal."""
    table = capitals_table().set_index("iso3").reindex(iso3)
    lat = table["lat"].to_numpy()
    lon = table["lon"].to_numpy()
    dist = haversine_km(lat[:, None], lon[:, None], lat[None, :], lon[None, :])
    np.fill_diagonal(dist, 500.0)
    return np.maximum(dist, 100.0)
