"""`tvmq.evaluate` and its metrics, on this machine (the board tests run it remotely)."""

from __future__ import annotations

import numpy as np
import pytest

import tvmq
from tvmq.runtime.evaluate import MaxAbsError, MeanSquaredError, TopK, get_metric
from tvmq.zoo import GraphBuilder


def test_topk_counts_rows_against_numpy():
    rng = np.random.default_rng(0)
    logits = rng.standard_normal((8, 6)).astype("float32")
    labels = rng.integers(0, 6, 8)
    for k in (1, 3):
        metric = TopK(k)
        metric.update([logits[:5]], labels[:5])
        metric.update([logits[5:]], labels[5:])
        ranks = (logits > logits[np.arange(8), labels][:, None]).sum(axis=1)
        assert metric.result() == pytest.approx(np.mean(ranks < k))
        assert metric.name == f"top{k}"


def test_topk_rejects_label_count_mismatch():
    with pytest.raises(tvmq.InputError, match="2 label"):
        TopK(1).update([np.zeros((3, 4))], [0, 1])


def test_regression_metrics():
    out, ref = np.array([1.0, 2.0, 4.0]), np.array([1.0, 3.0, 1.0])
    mse, mae = MeanSquaredError(), MaxAbsError()
    mse.update([out], ref)
    mae.update([out], ref)
    assert mse.result() == pytest.approx(10 / 3) and not mse.higher_is_better
    assert mae.result() == 3.0


def test_unknown_metric_lists_known():
    with pytest.raises(tvmq.ConfigError, match="known: max_abs_err, mse, top1, top5"):
        get_metric("f1")


def test_evaluate_locally_matches_argmax():
    g = GraphBuilder("clf", seed=1)
    x = g.input("x", [2, 8])
    logits = g.op("MatMul", [x, g.weight([8, 5])])
    model = tvmq.load_onnx(g.build([logits]))
    cm = tvmq.compile(model, "host")
    rng = np.random.default_rng(0)
    data, hits = [], 0
    for i in range(5):
        xs = rng.standard_normal((2, 8)).astype("float32")
        pred = np.argmax(cm.run({"x": xs})[0], axis=1)
        label = pred if i < 3 else (pred + 1) % 5
        hits += int((label == pred).sum())
        data.append(({"x": xs}, label))
    report = tvmq.evaluate(cm, data, "top1")
    assert report.value == pytest.approx(hits / 10) and report.samples == 5
    assert report.device == "local" and report.target == "host"
    assert tvmq.evaluate(cm, data, TopK(5)).value == 1.0
    assert tvmq.evaluate(cm, iter(data), "top1", limit=3).samples == 3
    with pytest.raises(tvmq.InputError, match="empty"):
        tvmq.evaluate(cm, [], "top1")
    with pytest.raises(tvmq.InputError, match="pair"):
        tvmq.evaluate(cm, [{"x": data[0][0]["x"]}], "top1")
