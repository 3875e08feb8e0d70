"""Sensitivity ranking and accuracy-aware fallback on the MLP."""

import numpy as np
import pytest

import tvmq
from tvmq.errors import ConfigError
from tvmq.quant.accuracy import quantize_accuracy_aware


@pytest.fixture(scope="module")
def setup(mlp_model):
    m = mlp_model
    cf = tvmq.compile(m)
    xs = [m.random_inputs(100 + i) for i in range(2)]
    refs = [cf.run(x)[0] for x in xs]

    def metric(cm):  # higher is better: minus the worst absolute output error
        return -max(float(np.abs(r - cm.run(x)[0]).max()) for r, x in zip(refs, xs, strict=True))

    return m, [m.random_inputs(i) for i in range(4)], metric


def test_fallback_most_sensitive_first(setup):
    m, calib, metric = setup
    loose = quantize_accuracy_aware(m, calib, metric, max_drop=10.0)
    assert loose.fallback == () and loose.float_score - loose.score > 1e-3
    strict = quantize_accuracy_aware(m, calib, metric, max_drop=1e-4)
    assert strict.float_score - strict.score <= 1e-4
    ranked = sorted(strict.sensitivity, key=strict.sensitivity.get)
    assert strict.fallback == tuple(ranked[:len(strict.fallback)]) and strict.fallback
    assert {r.name for r in strict.report.layers if r.status == "skipped by name"} == \
        set(strict.fallback)


def test_fallback_limit(setup):
    m, calib, metric = setup
    with pytest.raises(ConfigError, match="still drops"):
        quantize_accuracy_aware(m, calib, metric, max_drop=1e-9, max_fallback=1)
