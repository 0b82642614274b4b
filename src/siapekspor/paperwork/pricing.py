"""The export price, built up from ex-works to CIF: pure arithmetic, no database.

Per shipment, in rupiah (IDR, rounded to whole rupiah at each step):

- EXW  = production cost × quantity + margin (margin % of the production cost)
- FCA  = EXW + inland transport to the port (Panjang) + export documents
         (PEB, e-SKA/certificate of origin, fumigation, health certificates …)
- FOB  = FCA + port handling and terminal charges (THC) until on board
- CFR  = FOB + sea freight to the destination port
- CIF  = CFR + insurance, where insurance = CIF × cover × rate (cover 110 % by default, the
         Incoterms 2020 minimum for CIF; rate typically 0.1–0.3 %), hence
         CIF = CFR / (1 − cover × rate)

Each step is also shown per unit and in the buyer's currency at the rate the user entered
(IDR per one unit of that currency, with its date): no exchange rate is looked up online.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

RUPIAH = Decimal(1)
CENT = Decimal("0.01")
PER_UNIT_FOREIGN = Decimal("0.0001")
HUNDRED = Decimal(100)

# Incoterms 2020 (ICC): the eleven rules, their official English names, the mode of transport
# they suit, and whether this calculator computes them.
INCOTERMS: tuple[tuple[str, str, str, bool], ...] = (
    ("EXW", "Ex Works", "any", True),
    ("FCA", "Free Carrier", "any", True),
    ("FAS", "Free Alongside Ship", "sea", False),
    ("FOB", "Free On Board", "sea", True),
    ("CFR", "Cost and Freight", "sea", True),
    ("CIF", "Cost, Insurance and Freight", "sea", True),
    ("CPT", "Carriage Paid To", "any", False),
    ("CIP", "Carriage and Insurance Paid To", "any", False),
    ("DAP", "Delivered at Place", "any", False),
    ("DPU", "Delivered at Place Unloaded", "any", False),
    ("DDP", "Delivered Duty Paid", "any", False),
)
CODES = tuple(code for code, _name, _mode, _computed in INCOTERMS)
COMPUTED = tuple(code for code, _name, _mode, computed in INCOTERMS if computed)
OFFICIAL_NAMES = {code: name for code, name, _mode, _computed in INCOTERMS}

SELLER_BEARS = {
    "EXW": _(
        "Production and margin only: the goods are made ready at the seller's premises; the "
        "buyer loads them and bears every later cost, export clearance included."
    ),
    "FCA": _(
        "Adds inland transport to Panjang port and export clearance (PEB, e-SKA, fumigation "
        "and other documents); risk passes when the goods are handed to the buyer's carrier."
    ),
    "FOB": _(
        "Adds port handling and terminal charges (THC) until the goods are on board the "
        "vessel at Panjang; risk passes on board."
    ),
    "CFR": _("Adds sea freight to the destination port; risk still passes on board at Panjang."),
    "CIF": _(
        "Adds cargo insurance for the buyer (at least 110 percent of the CIF value); risk still "
        "passes on board at Panjang."
    ),
}
MODES = {"any": _("any mode of transport"), "sea": _("sea and inland waterway only")}


@dataclass(frozen=True)
class PriceInputs:
    quantity: Decimal
    production_cost: Decimal  # IDR per unit
    margin_pct: Decimal
    inland_transport: Decimal  # IDR per shipment
    documents: Decimal
    handling: Decimal
    freight: Decimal
    insurance_rate_pct: Decimal
    insurance_cover_pct: Decimal
    exchange_rate: Decimal  # IDR per one unit of the buyer's currency


@dataclass(frozen=True)
class Step:
    term: str
    added_idr: Decimal
    total_idr: Decimal
    per_unit_idr: Decimal
    total_foreign: Decimal
    per_unit_foreign: Decimal

    @property
    def official_name(self) -> str:
        return OFFICIAL_NAMES[self.term]

    @property
    def seller_bears(self) -> str:
        return str(SELLER_BEARS[self.term])


@dataclass(frozen=True)
class Quote:
    production_idr: Decimal
    margin_idr: Decimal
    insurance_idr: Decimal
    steps: tuple[Step, ...]

    def step(self, term: str) -> Step:
        """The step of an Incoterm (KeyError for one not computed)."""
        for s in self.steps:
            if s.term == term:
                return s
        raise KeyError(term)


def _idr(value: Decimal) -> Decimal:
    return value.quantize(RUPIAH, ROUND_HALF_UP)


def build(inputs: PriceInputs) -> Quote:
    """The price at EXW, FCA, FOB, CFR and CIF for one shipment."""
    qty, rate = inputs.quantity, inputs.exchange_rate
    if qty <= 0 or rate <= 0:
        raise ValueError("quantity and exchange rate must be positive")
    production = _idr(inputs.production_cost * qty)
    margin = _idr(production * inputs.margin_pct / HUNDRED)
    exw = production + margin
    fca = exw + _idr(inputs.inland_transport) + _idr(inputs.documents)
    fob = fca + _idr(inputs.handling)
    cfr = fob + _idr(inputs.freight)
    share = inputs.insurance_cover_pct / HUNDRED * inputs.insurance_rate_pct / HUNDRED
    if share >= 1:
        raise ValueError("insurance cover × rate must be below 100 %")
    cif = _idr(cfr / (1 - share))
    totals = (("EXW", exw), ("FCA", fca), ("FOB", fob), ("CFR", cfr), ("CIF", cif))
    steps = []
    previous = Decimal(0)
    for term, total in totals:
        steps.append(
            Step(
                term=term,
                added_idr=total - previous,
                total_idr=total,
                per_unit_idr=(total / qty).quantize(CENT, ROUND_HALF_UP),
                total_foreign=(total / rate).quantize(CENT, ROUND_HALF_UP),
                per_unit_foreign=(total / qty / rate).quantize(PER_UNIT_FOREIGN, ROUND_HALF_UP),
            )
        )
        previous = total
    return Quote(
        production_idr=production, margin_idr=margin, insurance_idr=cif - cfr, steps=tuple(steps)
    )
