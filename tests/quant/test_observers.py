"""Observers against numpy oracles."""

import numpy as np
import pytest

from tvmq.errors import InputError
from tvmq.quant.observers import (
    EntropyObserver,
    MinMaxObserver,
    MovingMinMaxObserver,
    MSEObserver,
    PercentileObserver,
    make_observer,
)

rng = np.random.default_rng(0)


def _feed(obs, batches):
    for b in batches:
        obs.update(b)
    return obs


def test_minmax_over_batches():
    batches = [rng.standard_normal((4, 8)).astype("float32") * (i + 1) for i in range(3)]
    lo, hi = _feed(MinMaxObserver(), batches).range()
    assert lo == pytest.approx(min(b.min() for b in batches))
    assert hi == pytest.approx(max(b.max() for b in batches))


def test_minmax_range_contains_zero():
    assert _feed(MinMaxObserver(), [np.array([2.0, 3.0])]).range() == (0.0, 3.0)


def test_moving_minmax_matches_ema():
    batches = [rng.standard_normal(100).astype("float32") for _ in range(5)]
    lo, hi = _feed(MovingMinMaxObserver(0.9), batches).range()
    elo, ehi = batches[0].min(), batches[0].max()
    for b in batches[1:]:
        elo, ehi = 0.9 * elo + 0.1 * b.min(), 0.9 * ehi + 0.1 * b.max()
    assert (lo, hi) == pytest.approx((elo, ehi), rel=1e-6)


@pytest.mark.parametrize("cls", [MinMaxObserver, MovingMinMaxObserver, PercentileObserver,
                                 EntropyObserver, MSEObserver])
def test_all_zero_tensor(cls):
    obs = _feed(cls(), [np.zeros((3, 3), "float32")] * 2)
    assert obs.range() == (0.0, 0.0)


@pytest.mark.parametrize("method", ["minmax", "percentile", "entropy", "mse"])
def test_nan_and_inf_name_the_tensor(method):
    obs = make_observer(method)
    with pytest.raises(InputError, match="NaN in conv2d_3:input"):
        obs.update(np.array([1.0, np.nan]), "conv2d_3:input")
    with pytest.raises(InputError, match="Inf in t"):
        obs.update(np.array([1.0, np.inf]), "t")


def test_no_data_is_an_error():
    with pytest.raises(InputError, match="empty"):
        MinMaxObserver().range()


def test_histogram_growth_keeps_counts():
    obs = PercentileObserver(100.0)
    small = rng.uniform(-1, 1, 1000).astype("float32")
    big = rng.uniform(-10, 10, 1000).astype("float32")
    _feed(obs, [small, big])
    assert obs.hist.sum() == 2000
    # the 100th percentile covers the largest magnitude, within one bin
    t = obs.threshold()
    assert np.abs(big).max() <= t <= np.abs(big).max() + obs.width + 1e-6


def test_percentile_matches_numpy():
    x = rng.standard_normal(200_000).astype("float32")
    obs = _feed(PercentileObserver(99.0), np.split(x, 4))
    assert obs.threshold() == pytest.approx(np.percentile(np.abs(x), 99.0), abs=2 * obs.width)
    lo, hi = obs.range()
    assert -obs.threshold() <= lo < 0 < hi <= obs.threshold()


def test_entropy_clips_outliers_but_not_uniform_data():
    x = rng.standard_normal(100_000).astype("float32")
    x[:10] = 40.0  # a few far outliers
    t = _feed(EntropyObserver(), [x]).threshold()
    assert 3.0 < t < 20.0
    u = rng.uniform(-1, 1, 100_000).astype("float32")
    assert _feed(EntropyObserver(), [u]).threshold() == pytest.approx(1.0, rel=0.05)


def _raw_mse(x, t, levels=127):
    step = t / levels
    return np.mean((np.clip(np.round(x / step), -levels, levels) * step - x) ** 2)


def test_mse_threshold_near_brute_force_optimum():
    x = rng.laplace(size=50_000).astype("float32")
    t = _feed(MSEObserver(), [x]).threshold()
    grid = np.linspace(0.5, np.abs(x).max(), 400)
    best = min(_raw_mse(x, g) for g in grid)
    assert _raw_mse(x, t) <= 1.10 * best
    assert t < np.abs(x).max()
