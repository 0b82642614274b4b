"""Complexity indicators: equal to the `ecomplexity` reference, and sane by construction."""

from __future__ import annotations

import contextlib
import io
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from siapekspor.markets.engine.complexity import (
    compute_complexity,
    density_matrix,
    proximity_matrix,
    rca_matrix,
)

from .conftest import HS2_PANEL, need

COLS = {"time": "t", "loc": "i_iso3c", "prod": "k", "val": "v_musd"}
COMPARED = ["rca", "mcp", "density", "pci", "eci", "coi", "cog", "diversity", "ubiquity"]


def _reference(frame: pd.DataFrame, cols: dict[str, str]) -> pd.DataFrame:
    from ecomplexity import ecomplexity

    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
        warnings.simplefilter("ignore")
        return ecomplexity(frame, cols)


def _compare(frame: pd.DataFrame, cols: dict[str, str]) -> pd.DataFrame:
    ours = compute_complexity(frame, cols)
    ours["loc"] = ours["loc"].astype(str)
    ours["prod"] = ours["prod"].astype(str)
    ref = _reference(frame, cols).rename(columns={v: k for k, v in cols.items()})
    ref["loc"] = ref["loc"].astype(str)
    ref["prod"] = ref["prod"].astype(str)
    merged = ours.merge(
        ref, on=["time", "loc", "prod"], how="outer", suffixes=("", "_ref"), indicator=True
    )
    assert (merged["_merge"] == "both").all()
    return merged


@pytest.fixture(scope="module")
def hs2_panel() -> pd.DataFrame:
    frame = pd.read_csv(need(HS2_PANEL), dtype={"k": str})
    return frame[frame["t"] == 2020][list(COLS.values())]


def test_matches_ecomplexity_on_real_hs2_panel(hs2_panel: pd.DataFrame) -> None:
    merged = _compare(hs2_panel, COLS)
    assert len(merged) > 20_000  # about 220 exporters × 96 chapters in 2020
    for column in COMPARED:
        diff = (merged[column] - merged[f"{column}_ref"]).abs().max()
        assert diff < 1e-6, f"{column} differs by {diff}"


def test_indonesia_is_specialised_in_fats_and_oils(hs2_panel: pd.DataFrame) -> None:
    out = compute_complexity(hs2_panel, COLS)
    idn15 = out[(out["loc"] == "IDN") & (out["prod"] == "15") & (out["time"] == 2020)]
    assert idn15["mcp"].item() == 1 and idn15["rca"].item() > 5  # palm oil


def test_duplicate_rows_are_summed_and_zero_locations_returned_as_nan() -> None:
    frame = pd.DataFrame(
        {
            "time": [1] * 6,
            "loc": ["A", "A", "B", "B", "C", "A"],
            "prod": ["x", "y", "x", "y", "x", "x"],
            "val": [1.0, 2.0, 3.0, 1.0, 0.0, 1.0],
        }
    )
    out = compute_complexity(frame)
    a_x = out[(out["loc"] == "A") & (out["prod"] == "x")]
    assert a_x["val"].item() == 2.0
    c_row = out[out["loc"] == "C"]
    assert len(c_row) == 1 and c_row["rca"].isna().all()


# A nested, noisy trade matrix: large enough that eigenvalues are well separated.
matrices = arrays(
    np.float64,
    st.tuples(st.integers(6, 14), st.integers(8, 20)),
    elements=st.one_of(st.just(0.0), st.floats(0.001, 1000.0)),
)


def _frame(values: np.ndarray) -> pd.DataFrame:
    locs, prods = np.meshgrid(np.arange(values.shape[0]), np.arange(values.shape[1]), indexing="ij")
    return pd.DataFrame(
        {
            "time": 2020,
            "loc": [f"L{i:02d}" for i in locs.ravel()],
            "prod": [f"P{j:02d}" for j in prods.ravel()],
            "val": values.ravel(),
        }
    )


@settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(matrices)
def test_rca_density_proximity_invariants(values: np.ndarray) -> None:
    assume((values.sum(axis=1) > 0).all() and (values.sum(axis=0) > 0).all())
    rca = rca_matrix(values)
    share = values / values.sum(axis=1, keepdims=True)
    world = values.sum(axis=0) / values.sum()
    np.testing.assert_allclose(rca, share / world, rtol=1e-12)
    # Every exporter and every product has RCA ≥ 1 somewhere (weighted averages are 1).
    mcp = (rca >= 1 - 1e-12).astype(float)
    assert mcp.any(axis=1).all() and mcp.any(axis=0).all()
    strict = (rca >= 1).astype(float)  # exactly equal RCAs can round either side of 1
    assume(strict.any(axis=1).all() and strict.any(axis=0).all())
    phi = proximity_matrix(strict)
    np.testing.assert_allclose(phi, phi.T)
    assert ((phi >= 0) & (phi <= 1)).all()
    np.testing.assert_allclose(np.diag(phi), 1.0)
    dens = density_matrix(strict, phi)
    assert dens.min() >= -1e-12 and dens.max() <= 1 + 1e-12
    # A location has density 1 exactly for the products it already makes only if they are all
    # its neighbours: at least, present products are never less dense than 1/Σφ.
    assert (dens[strict == 1] > 0).all()


@settings(
    max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(matrices, st.randoms(use_true_random=False))
def test_agrees_with_ecomplexity_and_ignores_row_order(values: np.ndarray, rnd) -> None:
    assume((values.sum(axis=1) > 0).all() and (values.sum(axis=0) > 0).all())
    mcp = (rca_matrix(values) >= 1).astype(float)
    div, ubi = mcp.sum(axis=1), mcp.sum(axis=0)
    assume((div > 0).all() and (ubi > 0).all())
    # Only well-posed problems: a clear gap between the 2nd and 3rd eigenvalues, and an ECI
    # that is not constant (the reference divides by its standard deviation).
    s = mcp / np.sqrt(div)[:, None] / np.sqrt(ubi)[None, :]
    eig = np.sort(np.linalg.eigvalsh(s @ s.T))[::-1]
    assume(len(eig) > 2 and eig[1] - eig[2] > 1e-3 and eig[1] < 1 - 1e-6)
    frame = _frame(values)
    merged = _compare(frame, {"time": "time", "loc": "loc", "prod": "prod", "val": "val"})
    for column in COMPARED:
        assert (merged[column] - merged[f"{column}_ref"]).abs().max() < 1e-6, column
    shuffled = frame.sample(frac=1.0, random_state=rnd.randint(0, 10_000))
    again = compute_complexity(shuffled).sort_values(["loc", "prod"]).reset_index(drop=True)
    first = compute_complexity(frame).sort_values(["loc", "prod"]).reset_index(drop=True)
    np.testing.assert_allclose(again["eci"], first["eci"], atol=1e-9)
    np.testing.assert_allclose(again["density"], first["density"], atol=1e-12)
