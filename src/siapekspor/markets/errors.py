"""Domain errors of the markets app (messages in the user's language, Indonesian first)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from siapekspor.core.errors import DomainError, NotFoundError


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
