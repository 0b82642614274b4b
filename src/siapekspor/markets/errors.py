"""Domain errors of the markets app (messages in the user's language, Indonesian first)."""

from __future__ import annotations

import logging

from django.utils.translation import gettext_lazy as _

from siapekspor.core.errors import DomainError, NotFoundError
from siapekspor.markets.engine.store import (
    TradeCodeError,
    TradeNoImporters,
    TradeStoreError,
    TradeWeightsError,
)

logger = logging.getLogger(__name__)


class TradeDataError(DomainError):
    """Trade data could not be loaded or used: bad file, bad mapping, empty store."""

    code = "trade_data"
    default_message = _("The trade data could not be used.")


class TradeStoreEmpty(NotFoundError):
    code = "trade_store_empty"
    default_message = _(
        "No trade data is loaded yet. Load BACI files with "
        "`siapekspor trade load`, or demo data with `siapekspor trade synthetic`."
    )


class ProductNotFound(NotFoundError):
    code = "product_not_found"
    default_message = _("This HS code is not in the reference list.")


# What the engine's errors (English, for logs and the command line) say to a user.
ENGINE_MESSAGES = (
    (TradeCodeError, _("An HS code has 6 digits, for example 090111.")),
    (TradeNoImporters, _("The trade data has no importers of this product.")),
    (
        TradeWeightsError,
        _(
            "The weights cannot be read: write name=value pairs separated by commas "
            "(for example market_size=0.4,growth=0.2), each 0 or more, at least one above 0."
        ),
    ),
)


def engine_message(exc: TradeStoreError) -> str:
    """The user's message for an engine error, in the active language; the English detail
    goes to the log only."""
    logger.info("trade engine refused a request: %s", exc)
    for kind, message in ENGINE_MESSAGES:
        if isinstance(exc, kind):
            return str(message)
    return str(TradeDataError.default_message)
