import numpy as np
import pytest

import tvmq
from tvmq import PruneConfig
from tvmq.errors import ConfigError
from tvmq.sparse import Scope, Wanda, collect_stats, prune_report
from tvmq.sparse.allocate import allocate, candidates, relative_error
from tvmq.zoo import bert_encoder


def test_relative_error_matches_activations():
    rng = np.random.default_rng(0)
    x = rng.standard_normal((50, 8))
    w = rng.standard_normal((4, 8)).astype("float32")
    wp = w * (rng.random(w.shape) > 0.5)
    expected = np.linalg.norm(x @ (w - wp).T) ** 2 / np.linalg.norm(x @ w.T) ** 2
    assert relative_error(w, wp, x.T @ x) == pytest.approx(expected, rel=1e-9)


def test_candidates_surround_the_target():
    c = candidates(0.8)
    assert 0.8 in c and min(c) == pytest.approx(0.5) and max(c) == pytest.approx(0.95)
    assert max(candidates(0.95)) <= 0.98


def test_allocation_meets_budget_and_spares_the_sensitive_layer():
    grid = [0.6, 0.7, 0.8, 0.9]
    tolerant = {s: 0.1 * s for s in grid}
    sensitive = {s: 10.0 * s ** 4 for s in grid}
    chosen = allocate([tolerant, sensitive, tolerant], [100, 100, 100], 0.8)
    assert np.mean(chosen) >= 0.8 - 1e-9
    assert chosen[1] < 0.8 < chosen[0] and chosen[0] == chosen[2]
    # weights count, not layers: a big tolerant layer pays for a small sensitive one
    chosen = allocate([tolerant, sensitive], [300, 100], 0.8)
    assert np.dot(chosen, [0.75, 0.25]) >= 0.8 - 1e-9 and chosen[1] < chosen[0]


@pytest.fixture(scope="module")
def encoder():
    model = tvmq.load_onnx(bert_encoder(seq=8, hidden=64, heads=2, ffn=128))
    return model, collect_stats(model, [model.random_inputs(s) for s in range(3)])


def test_error_budget_varies_layers_at_the_same_total(encoder):
    model, stats = encoder
    cfg = PruneConfig(sparsity=0.8, block="16x1", min_params=0, criterion=Wanda(),
                      scope=Scope.ERROR_BUDGET)
    report = prune_report(tvmq.prune(model, cfg, calib_data=stats))
    per_layer = [lr.sparsity_after for lr in report.layers]
    assert report.totals()["sparsity"] == pytest.approx(0.8, abs=0.01)
    assert max(per_layer) - min(per_layer) > 0.04  # not uniform


def test_error_budget_needs_calibration_and_matching_stats(encoder):
    model, stats = encoder
    cfg = PruneConfig(sparsity=0.5, block="16x1", min_params=0, scope="error_budget")
    with pytest.raises(ConfigError, match="scope error_budget needs calibration data"):
        tvmq.prune(model, cfg)
    other = tvmq.load_onnx(bert_encoder(seq=8, hidden=32, heads=2, ffn=64))
    with pytest.raises(ConfigError, match="collect_stats on this model"):
        tvmq.prune(other, cfg, calib_data=stats)
