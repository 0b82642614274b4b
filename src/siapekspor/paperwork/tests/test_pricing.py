"""The export price built up by Incoterm, checked against figures computed by hand.

Worked example: one 20-foot container of robusta coffee, 19,200 kg (320 jute bags of 60 kg).
  production   19,200 kg × Rp 60,000            = Rp 1,152,000,000
  margin       10 % of that                     = Rp   115,200,000
  EXW                                            = Rp 1,267,200,000  (Rp 66,000.00/kg)
  + inland transport to Panjang Rp 3,500,000, documents (PEB, e-SKA, fumigation) Rp 1,500,000
  FCA                                            = Rp 1,272,200,000  (Rp 66,260.42/kg)
  + port handling and THC Rp 2,800,000
  FOB                                            = Rp 1,275,000,000  (Rp 66,406.25/kg)
  + sea freight Rp 25,000,000
  CFR                                            = Rp 1,300,000,000  (Rp 67,708.33/kg)
  CIF = CFR / (1 − 110 % × 0.2 %) = 1,300,000,000 / 0.9978 = 1,302,866,305.87 → Rp 1,302,866,306
  insurance = CIF − CFR = Rp 2,866,306 (= 1,302,866,306 × 0.0022 = 2,866,305.87, rounded)
  At Rp 16,000 per USD: EXW USD 79,200.00, FCA 79,512.50, FOB 79,687.50, CFR 81,250.00,
  CIF 81,429.14 (1,302,866,306 / 16,000 = 81,429.144125); per kg FOB 4.1504 (4.150390625).
"""

from decimal import Decimal as D  # noqa: N817 (figures read as in the worked example)

import pytest

from siapekspor.paperwork import pricing

COFFEE = pricing.PriceInputs(
    quantity=D(19200),
    production_cost=D(60000),
    margin_pct=D(10),
    inland_transport=D(3_500_000),
    documents=D(1_500_000),
    handling=D(2_800_000),
    freight=D(25_000_000),
    insurance_rate_pct=D("0.2"),
    insurance_cover_pct=D(110),
    exchange_rate=D(16000),
)


def test_coffee_container_by_incoterm():
    quote = pricing.build(COFFEE)
    assert quote.production_idr == D(1_152_000_000)
    assert quote.margin_idr == D(115_200_000)
    expected = {
        # term: (added, total IDR, per kg IDR, total USD, per kg USD)
        "EXW": (1_267_200_000, 1_267_200_000, "66000.00", "79200.00", "4.1250"),
        "FCA": (5_000_000, 1_272_200_000, "66260.42", "79512.50", "4.1413"),
        "FOB": (2_800_000, 1_275_000_000, "66406.25", "79687.50", "4.1504"),
        "CFR": (25_000_000, 1_300_000_000, "67708.33", "81250.00", "4.2318"),
        "CIF": (2_866_306, 1_302_866_306, "67857.62", "81429.14", "4.2411"),
    }
    assert [s.term for s in quote.steps] == list(expected)
    for term, (added, total, per_unit, usd, usd_unit) in expected.items():
        step = quote.step(term)
        assert step.added_idr == D(added), term
        assert step.total_idr == D(total), term
        assert step.per_unit_idr == D(per_unit), term
        assert step.total_foreign == D(usd), term
        assert step.per_unit_foreign == D(usd_unit), term
    assert quote.insurance_idr == D(2_866_306)


def test_insurance_is_a_share_of_cif_itself():
    quote = pricing.build(COFFEE)
    cif = quote.step("CIF").total_idr
    # insurance = CIF × 110 % × 0.2 %, to the rupiah
    assert abs(cif * D("1.1") * D("0.002") - quote.insurance_idr) < 1


def test_every_incoterm_2020_is_named_and_five_are_computed():
    assert pricing.CODES == (
        "EXW",
        "FCA",
        "FAS",
        "FOB",
        "CFR",
        "CIF",
        "CPT",
        "CIP",
        "DAP",
        "DPU",
        "DDP",
    )
    assert pricing.COMPUTED == ("EXW", "FCA", "FOB", "CFR", "CIF")
    assert pricing.OFFICIAL_NAMES["DPU"] == "Delivered at Place Unloaded"
    assert set(pricing.SELLER_BEARS) == set(pricing.COMPUTED)


def test_zero_quantity_or_rate_is_refused():
    with pytest.raises(ValueError):
        pricing.build(pricing.PriceInputs(**{**COFFEE.__dict__, "quantity": D(0)}))
    with pytest.raises(ValueError):
        pricing.build(pricing.PriceInputs(**{**COFFEE.__dict__, "exchange_rate": D(0)}))
