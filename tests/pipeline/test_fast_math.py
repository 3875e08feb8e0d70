"""``fast_math``: exp/erf/tanh/softmax become TVM's polynomials; outputs stay within 1e-5 of ORT.

The polynomials' own error is below 5e-6 relative (exp, for arguments up to 88) and 5e-7 (erf,
tanh); a GELU + softmax + tanh graph on values in [-8, 8] agrees with onnxruntime to 1e-5.
"""

from __future__ import annotations

import numpy as np
import onnx
import pytest
from onnx import TensorProto, helper
from tvmq_testing import ort_run

import tvmq
from tvmq.errors import ConfigError


def _transcendental_proto() -> onnx.ModelProto:
    x = helper.make_tensor_value_info("x", TensorProto.FLOAT, [4, 37])
    y = helper.make_tensor_value_info("y", TensorProto.FLOAT, [4, 37])
    half = helper.make_tensor("half", TensorProto.FLOAT, [], [0.5])
    rsqrt2 = helper.make_tensor("rsqrt2", TensorProto.FLOAT, [], [0.70710678])
    one = helper.make_tensor("one", TensorProto.FLOAT, [], [1.0])
    nodes = [
        helper.make_node("Mul", ["x", "rsqrt2"], ["xs"]),
        helper.make_node("Erf", ["xs"], ["e"]),
        helper.make_node("Add", ["e", "one"], ["e1"]),
        helper.make_node("Mul", ["x", "e1"], ["g0"]),
        helper.make_node("Mul", ["g0", "half"], ["gelu"]),
        helper.make_node("Softmax", ["gelu"], ["sm"], axis=-1),
        helper.make_node("Tanh", ["x"], ["t"]),
        helper.make_node("Exp", ["t"], ["et"]),
        helper.make_node("Add", ["sm", "et"], ["y"]),
    ]
    graph = helper.make_graph(nodes, "transcendental", [x], [y], [half, rsqrt2, one])
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], ir_version=8)


@pytest.fixture(scope="module")
def proto_and_model():
    proto = _transcendental_proto()
    return proto, tvmq.load_onnx(proto)


@pytest.mark.parametrize("fast", [True, False])
def test_matches_onnxruntime(proto_and_model, fast):
    proto, model = proto_and_model
    x = {"x": np.random.default_rng(0).uniform(-8, 8, (4, 37)).astype("float32")}
    got = tvmq.compile(model, fast_math=fast).run(x)[0]
    np.testing.assert_allclose(got, ort_run(proto, x)[0], rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("fast", [True, False])
def test_kernels_named_after_the_math_used(proto_and_model, tmp_path, fast):
    _, model = proto_and_model
    tvmq.compile(model, fast_math=fast, dump_ir=tmp_path)
    ir = (tmp_path / "02_rewrite.py").read_text()
    for op in ("erf", "softmax", "tanh", "exp"):
        assert (f"def fast_{op}(" in ir) is fast, op
    if not fast:
        assert "R.nn.softmax" in ir and "R.erf" in ir


def test_option_must_be_a_bool(proto_and_model):
    with pytest.raises(ConfigError, match="fast_math must be True or False, got 'no'"):
        tvmq.compile(proto_and_model[1], fast_math="no")


@pytest.mark.parametrize("flag", [[], ["--exact-math"]])
def test_cli_exact_math_flag(proto_and_model, tmp_path, flag):
    from tvmq.cli import main

    path = tmp_path / "t.onnx"
    onnx.save(proto_and_model[0], path)
    assert main(["compile", str(path), "-o", str(tmp_path / "t.so"), "--dump-ir",
                 str(tmp_path / "ir"), *flag]) == 0
    assert ("def fast_erf(" in (tmp_path / "ir" / "02_rewrite.py").read_text()) is (not flag)
