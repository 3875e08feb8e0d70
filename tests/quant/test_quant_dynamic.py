"""Dynamic int8 (run-time activation scales): numpy oracle, IR, fidelity on a BERT encoder."""

import numpy as np
import pytest

import tvmq
import tvmq.zoo
from tvmq.errors import ConfigError
from tvmq.quant import (
    PerRow,
    PerTensor,
    QuantConfig,
    UInt8Asymmetric,
    get_scheme,
    quantize_with_report,
)
from tvmq.quant.qparams import quantize_weight
from tvmq.quant.report import sqnr_db


def _one_matmul(seed=0):
    g = tvmq.zoo.GraphBuilder("mm", seed)
    x = g.input("x", [3, 5, 40])
    w = (0.1 * np.random.default_rng(seed).standard_normal((40, 24))).astype("float32")
    y = g.op("Add", [g.op("MatMul", [x, g.const(w)]), g.const(np.full(24, 0.5, "float32"))])
    return tvmq.load_onnx(g.build([y])), w


@pytest.mark.parametrize("gran", [PerRow(), PerTensor()], ids=["per-row", "per-tensor"])
def test_dynamic_matmul_matches_numpy_oracle(gran):
    m, w = _one_matmul()
    qm, report, _ = quantize_with_report(m, None, QuantConfig(dynamic=True,
                                                               dynamic_granularity=gran))
    assert qm.transforms[-1] == "quantize:dynamic-int8"
    assert report.layers[0].status.startswith("dynamic int8")
    x = m.random_inputs(3)["x"]
    x[0, 1] = 0.0  # an all-zero row: no division by zero
    got = tvmq.compile(qm).run({"x": x})[0]
    qw, ws = quantize_weight(w.T, 0)
    axes = -1 if isinstance(gran, PerRow) else None
    s = np.maximum(np.abs(x).max(axis=axes, keepdims=axes is not None), np.float32(1e-12))
    s = (s / np.float32(127)).astype(np.float32)
    qx = np.clip(np.round(x / s), -127, 127).astype(np.int64)
    acc = qx @ qw.T.astype(np.int64)
    want = acc.astype(np.float32) * s * ws + np.float32(0.5)
    np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(got[0, 1], 0.5, atol=1e-6)


def test_dynamic_int8_on_bert_encoder():
    m = tvmq.load_onnx(tvmq.zoo.bert_encoder())
    qm, report, _ = quantize_with_report(m, None, get_scheme("dynamic-int8"))
    text = qm.mod["main"].script()
    # the 6 linear layers run int8 x int8 -> int32; Q/K/V share one run-time quantize
    assert text.count('out_dtype="int32"') == 6 and text.count("R.max(") == 4
    assert qm.param_bytes() < 0.5 * m.param_bytes()
    cf, cq = tvmq.compile(m), tvmq.compile(qm)
    for i in range(2):
        x = m.random_inputs(i)
        a, b = cf.run(x)[0], cq.run(x)[0]
        cos = (a * b).sum(-1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1)
        # tolerances: output SQNR >= 30 dB and per-token cosine >= 0.999 against fp32
        assert sqnr_db(a, b) >= 30.0 and cos.min() >= 0.999


def test_dynamic_config_errors_and_round_trip():
    with pytest.raises(ConfigError, match="cannot be combined"):
        QuantConfig(dynamic=True, weight_only=True)
    with pytest.raises(ConfigError, match="int8 symmetric"):
        QuantConfig(dynamic=True, activations=UInt8Asymmetric())
    with pytest.raises(ConfigError, match="dynamic_granularity"):
        QuantConfig.from_dict({"dynamic": True, "dynamic_granularity": "per_col"})
    cfg = get_scheme("dynamic-int8-per-tensor")
    assert QuantConfig.from_dict(cfg.to_dict()) == cfg
    assert isinstance(cfg.dynamic_granularity, PerTensor)
