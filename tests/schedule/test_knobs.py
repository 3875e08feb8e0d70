"""Knobs of the default rules: every legal value of every knob builds a correct kernel."""

from __future__ import annotations

import numpy as np
import pytest
import tvm

import tvmq
from tvmq.compiler import CompileOptions
from tvmq.schedule.knobs import choose, knob_session
from tvmq.tune import extract_tasks
from tvmq.tune.defaults import default_schedule
from tvmq.zoo import GraphBuilder


def test_choose_is_the_default_outside_a_session():
    assert choose("k", [1, 2, 3], 2) == 2


def test_session_records_knobs_and_applies_legal_overrides():
    with knob_session({"a": 3, "b": 99}) as s:
        assert choose("a", [1, 2, 3], 1) == 3
        assert choose("b", [4, 5], 5) == 5  # 99 is not legal: the default
        assert choose("c", [], 7) == 7  # the default is always legal
    assert [(k.name, k.values, k.default, k.chosen) for k in s.seen] == [
        ("a", (1, 2, 3), 1, 3), ("b", (5, 4), 5, 5), ("c", (7,), 7, 7)]
    assert s.chosen() == {"a": 3, "b": 5, "c": 7}


def _model() -> tvmq.Model:
    """3x3 convs over 16- and 14-wide rows, 1x1 convs over 256 and 196 pixels and a matmul
    (each a rule with knobs)."""
    g = GraphBuilder("knobs", seed=3)
    x = g.input("x", [1, 16, 16, 16])
    y = g.op("Relu", [g.op("Conv", [x, g.weight([32, 16, 3, 3])], pads=[1, 1, 1, 1])])
    y = g.op("Relu", [g.op("Conv", [y, g.weight([32, 32, 1, 1])])])
    y = g.op("Reshape", [y, g.const(np.array([32, 256], dtype="int64"))])
    y = g.op("MatMul", [y, g.weight([256, 48])])
    z = g.op("Relu", [g.op("Conv", [g.input("z", [1, 24, 14, 14]), g.weight([48, 24, 1, 1])])])
    z = g.op("Relu", [g.op("Conv", [z, g.weight([16, 48, 3, 3])], pads=[1, 1, 1, 1])])
    return tvmq.load_onnx(g.build([y, z]))


def _args(func: tvm.tirx.PrimFunc, rng: np.random.Generator) -> list[np.ndarray]:
    from tvm.s_tir.meta_schedule.arg_info import ArgInfo

    out = []
    for info in ArgInfo.from_prim_func(func):
        shape, dtype = [int(s) for s in info.shape], str(info.dtype)
        if dtype.startswith(("int", "uint")):
            lo, hi = (0, 256) if dtype == "uint8" else (-128, 128) if dtype == "int8" else (-9, 9)
            out.append(rng.integers(lo, hi, shape).astype(dtype))
        else:
            out.append(rng.standard_normal(shape).astype(dtype))
    return out


def _run(sch: tvm.s_tir.Schedule, target: tvm.target.Target, args: list[np.ndarray]
         ) -> np.ndarray:
    from tvmq.pipeline.tir import TIR_PIPELINE

    lib = tvm.compile(sch.mod, target=target, tir_pipeline=TIR_PIPELINE)
    dev = tvm.cpu()
    tensors = [tvm.runtime.tensor(a, dev) for a in args]
    lib["main"](*tensors)
    return tensors[-1].numpy()


def _variants(model: tvmq.Model) -> list[tuple[str, dict, object, object]]:
    spec = tvmq.get_target("host")
    out = []
    # fast_math=False: the direct 3x3 convs (with it, x86 compiles them as Winograd GEMMs)
    for task in extract_tasks(model, spec, CompileOptions(fast_math=False)):
        d = default_schedule(task, spec)
        if d is None:
            continue
        for knob in d.knobs:
            for value in knob.values:
                if value != knob.default:
                    out.append((task.name, {knob.name: value}, task, d))
    return out


@pytest.mark.parametrize("quantized", [False, True])
def test_every_knob_value_computes_the_default_result(quantized, rng):
    model = _model()
    if quantized:
        model = tvmq.quant.quantize(model, [model.random_inputs(i) for i in range(2)])
    spec = tvmq.get_target("host")
    target = spec.tvm_target()
    variants = _variants(model)
    names = {k for _, over, _, _ in variants for k in over}
    want = {"int8conv.columns", "vnni1x1.vectors"} if quantized else {
        "conv.columns", "pointwise.rows", "matmul.vectors", "gemm1x1.pixels", "gemm1x1.epilogue",
        "conv.flatten"}
    if quantized and "vnni" in [i.value for i in spec.int8]:
        want = {"int8nhwc.columns", "int8nhwc.vectors", "int8nhwc.order"}  # Int8ConvNhwc
    elif quantized:
        want = {"int8conv.columns", "int8conv.flatten"}
    if not quantized and "avx512" in [i.value for i in spec.int8]:
        want.discard("conv.flatten")  # AVX-512's 7-column tiles leave 14-wide rows no tail
    assert want <= names, names
    expected: dict[str, tuple[list, np.ndarray]] = {}
    for name, over, task, d in variants:
        if name not in expected:
            args = _args(task.mod["main"], rng)
            expected[name] = (args, _run(d.schedule, target, args))
        args, ref = expected[name]
        v = default_schedule(task, spec, knobs=over)
        assert v is not None and v.rule == d.rule and not v.is_default, (name, over)
        got = _run(v.schedule, target, [a.copy() for a in args[:-1]] + [np.zeros_like(ref)])
        if ref.dtype.kind == "f":
            np.testing.assert_allclose(got, ref, rtol=1e-4, atol=1e-4, err_msg=f"{name} {over}")
        else:
            np.testing.assert_array_equal(got, ref, err_msg=f"{name} {over}")
