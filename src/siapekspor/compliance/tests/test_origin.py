"""Certificate-of-origin advice with the real destination schedules (markets' loaders)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from siapekspor.compliance import content, selectors, services
from siapekspor.markets.engine import schedules
from siapekspor.markets.engine.store import TradeStore

pytestmark = pytest.mark.django_db


@pytest.fixture
def schedule_store(tmp_path, shared_data):
    root = tmp_path / "schedules"
    folder = shared_data / "tariffs" / "destination_markets"
    schedules.load_schedules(TradeStore(root), [folder], today=dt.date(2026, 11, 29))
    return root


@pytest.fixture
def loaded(users, settings, schedule_store):
    settings.TRADE_STORE_DIR = schedule_store
    services.requirements_load(actor=users["admin"], data=content.builtin())


def test_origin_advice_on_the_real_schedules(loaded):
    """One test: loading the schedules takes most of its time."""
    # Frozen shrimp to Japan: IJEPA saves the whole MFN duty, RCEP part of it.
    advice = selectors.origin_advice(hs6="030617", market="JPN", on=dt.date(2026, 11, 29))
    assert advice.tariffs_loaded and advice.mfn.rate_pct == Decimal("1")
    forms = {o.form: o for o in advice.options}
    assert set(forms) == {"ska-ijepa", "ska-rcep"}
    assert forms["ska-ijepa"].saving_pct == Decimal("1")
    assert forms["ska-rcep"].saving_pct == Decimal("0.4")
    assert advice.options[0].form == "ska-ijepa"  # the one that saves most first
    assert forms["ska-ijepa"].rule  # its origin rule in words

    # Roasted coffee to Japan: no IJEPA concession; RCEP has one.
    advice = selectors.origin_advice(hs6="090121", market="JPN", on=dt.date(2026, 11, 29))
    forms = {o.form: o for o in advice.options}
    assert forms["ska-ijepa"].preferential is None and forms["ska-ijepa"].saving_pct is None
    assert forms["ska-rcep"].preferential.rate_pct == Decimal("7.5")

    # A market without a loaded schedule says so; the USA has no preferential agreement.
    advice = selectors.origin_advice(hs6="090111", market="DEU", on=dt.date(2026, 11, 29))
    assert not advice.tariffs_loaded
    assert [o.form for o in advice.options] == ["rex"]
    page_usa = selectors.origin_advice(hs6="090411", market="USA", on=dt.date(2026, 11, 29))
    assert page_usa.options == []  # no preferential agreement with the USA
