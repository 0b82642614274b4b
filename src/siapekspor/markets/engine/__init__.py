"""Market-intelligence engine: pure Python (numpy, pandas, DuckDB), no Django.

Modules: `store` (trade flows as Parquet), `ingest` (file formats), `reference` (GeoDist,
GDP, tariffs), `complexity` (RCA … COG), `potential` (market indicators, export potential),
`recommend` (scores and sentences), `province` (province view, diversification),
`synthetic` (offline demo data), `texts` (six-language sentences), `countries`, `geo`.
"""

from .complexity import compute_complexity
from .potential import PotentialParams, export_potential, market_trend, potential_table
from .recommend import DEFAULT_WEIGHTS, parse_weights, recommend, recommend_all
from .store import DEFAULT_STORE, TradeStore, TradeStoreError, ValidationSummary

__all__ = [
    "DEFAULT_STORE",
    "DEFAULT_WEIGHTS",
    "PotentialParams",
    "TradeStore",
    "TradeStoreError",
    "ValidationSummary",
    "compute_complexity",
    "export_potential",
    "market_trend",
    "parse_weights",
    "potential_table",
    "recommend",
    "recommend_all",
]
