"""/api/v1/markets: product search, market recommendations and indicators (same selectors
as the pages). Country names and the "why" sentences follow Accept-Language or `language`."""

from django.utils.translation import get_language_from_request
from ninja import Field, Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from siapekspor.api.params import CodePath
from siapekspor.api.schemas import ERRORS
from siapekspor.markets import selectors
from siapekspor.markets.engine.recommend import DEFAULT_WEIGHTS
from siapekspor.markets.engine.texts import LANGUAGES, normalise_language

router = Router(tags=["markets"])


class MarketProductOut(Schema):
    code: str
    level: int
    description: str = Field(..., description="In the request's language (falls back to id/en)")


class ProductQuery(Schema):
    q: str = Field(
        ...,
        min_length=1,
        max_length=100,
        description="Words in any of the six languages, or an HS code prefix",
    )


class MarketOut(Schema):
    rank: int
    importer: str = Field(..., description="ISO 3166-1 alpha-3")
    country: str
    score: float = Field(..., ge=0, le=100)
    imports_usd: float
    cagr: float | None
    cagr_years: int
    exporter_usd: float
    exporter_share: float
    exporter_rank: int | None
    n_suppliers: int
    equivalent_suppliers: float | None
    distance_km: float | None
    tariff_applied: float | None = Field(None, description="Percent ad valorem")
    preference_margin: float | None = Field(None, description="MFN minus applied, points")
    potential_usd: float
    untapped_usd: float
    realised_share: float | None
    components: dict[str, float] = Field(..., description="Each component normalised to 0–1")
    reason: str
    factors_missing: list[str]
    other_segment: bool = Field(
        False, description="Imports far below the exporter's unit value: another segment"
    )
    import_unit_value: float | None = Field(None, description="Market's import price, USD/kg")
    exporter_unit_value: float | None = Field(None, description="Exporter's price, USD/kg")
    exporter_unit_value_here: float | None = Field(
        None, description="Exporter's price in this market, USD/kg"
    )
    requirements_url: str | None = Field(
        None, description="What the market requires (compliance checklist), when available"
    )


class RecommendationsOut(Schema):
    hs: str
    exporter: str
    year: int
    synthetic: bool = Field(..., description="True when the data is the generated demo set")
    weights: dict[str, float]
    components_missing: list[str]
    notes: dict[str, str] = Field(..., description="Missing inputs, for the record (English)")
    caveats: list[str] = Field(..., description="Missing inputs in the reader's language")
    markets: list[MarketOut]


class RecommendationsQuery(Schema):
    exporter: str = Field("IDN", pattern=r"^[A-Za-z]{3}$")
    year: int | None = Field(None, ge=1988, le=2100)
    top: int = Field(10, ge=1, le=250)
    weights: str | None = Field(
        None, description="e.g. market_size=0.4,growth=0.2; known: " + ", ".join(DEFAULT_WEIGHTS)
    )
    language: str | None = Field(None, description="One of " + ", ".join(LANGUAGES))


class IndicatorOut(Schema):
    importer: str
    imports_usd: float | None
    imports_avg: float | None
    cagr: float | None
    n_suppliers: int | None
    hhi: float | None
    equivalent_suppliers: float | None
    exporter_usd: float | None
    exporter_share: float | None
    exporter_rank: int | None
    distance_km: float | None
    avg_supplier_distance_km: float | None
    tariff_applied: float | None
    tariff_mfn: float | None
    preference_margin: float | None
    supply_share: float | None
    demand_usd: float | None
    ease_of_trade: float | None
    potential_usd: float | None
    untapped_usd: float | None
    realised_share: float | None
    factors_missing: list[str]


class IndicatorQuery(Schema):
    exporter: str = Field("IDN", pattern=r"^[A-Za-z]{3}$")
    year: int | None = Field(None, ge=1988, le=2100)


class SourceOut(Schema):
    source: str
    kind: str | None
    years: list[int]
    rows: int | None
    hs_revision: str | None
    synthetic: bool


class StatusOut(Schema):
    synthetic: bool
    years: list[int]
    rows: int
    sources: list[SourceOut]


def _hs(hs: str) -> str:
    return hs.replace(".", "").strip()


@router.get(
    "/markets/products",
    response={200: list[MarketProductOut], **ERRORS},
    summary="Search HS products",
)
@paginate(PageNumberPagination, page_size=30)
def products(request, filters: Query[ProductQuery]):
    """HS codes whose description (in any language) contains every word, or that start with
    the given code."""
    return selectors.product_search(filters.q, limit=500)


@router.get(
    "/markets/products/{hs}/recommendations",
    response={200: RecommendationsOut, **ERRORS},
    summary="Ranked destination markets for an HS6 product",
)
def recommendations(request, hs: CodePath, params: Query[RecommendationsQuery]):
    """Markets ranked by a 0–100 score with components, untapped potential (USD) and one
    sentence per market. Missing inputs are named in `factors_missing` and `notes`."""
    # /api/v1 is outside i18n_patterns: the language comes from `language` or Accept-Language.
    language = normalise_language(params.language or get_language_from_request(request))
    result = selectors.product_markets(
        _hs(hs),
        exporter=params.exporter.upper(),
        year=params.year,
        top=params.top,
        weights=params.weights,
        language=language,
    )
    return result


@router.get(
    "/markets/products/{hs}/indicators",
    response={200: list[IndicatorOut], **ERRORS},
    summary="Market indicators of every importer of an HS6 product",
)
@paginate(PageNumberPagination, page_size=50)
def indicators(request, hs: CodePath, params: Query[IndicatorQuery]):
    """Market size, growth, supplier concentration, the exporter's share and rank, distance,
    tariffs and export potential (ITC method) for each importer, largest potential first."""
    return selectors.product_indicators(_hs(hs), exporter=params.exporter.upper(), year=params.year)


@router.get(
    "/markets/status", response={200: StatusOut, **ERRORS}, summary="What trade data is loaded"
)
def status(request):
    return selectors.store_status()
