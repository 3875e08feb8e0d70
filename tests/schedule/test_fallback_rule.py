"""The CPU fallback rule: elementwise, injective, reductions and normalizations vs numpy."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax

from .conftest import relax_model, run, scheduled_rules


def _fallback_script(model, target: str = "host") -> str:
    """The Fallback rule's schedule of ``model``'s one fused kernel, as TVMScript."""
    from tvm import tirx

    from tvmq.schedule.cpu.fallback import Fallback
    from tvmq.target import get_target

    mod = relax.transform.LegalizeOps()(model.mod)
    mod = relax.transform.FuseTIR()(relax.transform.FuseOps()(
        relax.transform.AnnotateTIROpPattern()(mod)))
    prim = next(f for _, f in mod.functions_items() if isinstance(f, tirx.PrimFunc))
    return Fallback().apply(prim, get_target(target).tvm_target(), False).mod.script()


@pytest.mark.parametrize("shape", [(1, 7, 7, 3), (2, 65, 33), (4096,), (1, 300, 17)])
def test_elementwise_chain(shape, rng):
    model = relax_model("ew", {"x": (shape, "float32"), "y": (shape, "float32")},
                        lambda bb, x, y: relax.op.tanh(relax.op.multiply(x, y)))
    assert set(scheduled_rules(model).values()) == {"Fallback"}
    x, y = (rng.standard_normal(shape).astype("float32") for _ in range(2))
    np.testing.assert_allclose(run(model, {"x": x, "y": y}), np.tanh(x * y), rtol=1e-5,
                               atol=1e-5)


@pytest.mark.parametrize("shape", [(3, 17, 33), (1, 4, 128, 128)])
def test_softmax_rows(shape, rng):
    model = relax_model("sm", {"x": (shape, "float32")},
                        lambda bb, x: relax.op.nn.softmax(x, axis=-1))
    assert set(scheduled_rules(model).values()) == {"Fallback"}
    x = rng.standard_normal(shape).astype("float32")
    e = np.exp(x - x.max(-1, keepdims=True))
    np.testing.assert_allclose(run(model, {"x": x}), e / e.sum(-1, keepdims=True), rtol=1e-5,
                               atol=1e-6)


def test_layer_norm(rng):
    shape = (1, 37, 70)
    gamma = rng.standard_normal(70).astype("float32")
    beta = rng.standard_normal(70).astype("float32")
    model = relax_model("ln", {"x": (shape, "float32")}, lambda bb, x: relax.op.nn.layer_norm(
        x, relax.const(gamma), relax.const(beta), axes=[-1]))
    x = rng.standard_normal(shape).astype("float32")
    mu = x.mean(-1, keepdims=True)
    ref = (x - mu) / np.sqrt(x.var(-1, keepdims=True) + 1e-5) * gamma + beta
    np.testing.assert_allclose(run(model, {"x": x}), ref, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("axis", [1, 2])
def test_reductions_and_transpose(axis, rng):
    shape = (2, 9, 31)
    model = relax_model("red", {"x": (shape, "float32")}, lambda bb, x: relax.op.permute_dims(
        relax.op.sum(x, axis=[axis], keepdims=True), [2, 1, 0]))
    x = rng.standard_normal(shape).astype("float32")
    ref = x.sum(axis, keepdims=True).transpose(2, 1, 0)
    np.testing.assert_allclose(run(model, {"x": x}), ref, rtol=1e-5, atol=1e-5)


def _max_pool_case(dtype, shape, k, stride, pad, rng, nhwc=False):
    """A random input and the numpy max pool of it (NCHW, or NHWC when ``nhwc``)."""
    if dtype == "int8":
        x, lo = rng.integers(-128, 128, shape).astype(dtype), -128
    else:
        x, lo = rng.standard_normal(shape).astype(dtype), -np.inf
    xc = x.transpose(0, 3, 1, 2) if nhwc else x
    xp = np.pad(xc, ((0, 0), (0, 0), (pad, pad), (pad, pad)), constant_values=lo)
    ho, wo = ((d + 2 * pad - k) // stride + 1 for d in xc.shape[2:])
    ref = np.full((*xc.shape[:2], ho, wo), lo, dtype)
    for i in range(k):
        for j in range(k):
            ref = np.maximum(ref, xp[:, :, i:i + stride * ho:stride, j:j + stride * wo:stride])
    return x, (ref.transpose(0, 2, 3, 1) if nhwc else ref)


@pytest.mark.parametrize("dtype,shape,k,stride,pad", [
    ("float32", (1, 5, 9, 9), 3, 2, 1),
    ("int8", (1, 64, 24, 24), 3, 2, 1),  # ResNet's stem pool, smaller plane
    ("int8", (2, 3, 9, 11), 3, 1, 1),  # odd plane, stride 1
    ("float32", (1, 3, 7, 7), 2, 2, 0),  # window without padding, odd plane
])
def test_max_pool(dtype, shape, k, stride, pad, rng):
    model = relax_model("pool", {"x": (shape, dtype)}, lambda bb, x:
                        relax.op.nn.max_pool2d(x, pool_size=k, strides=stride, padding=pad))
    x, ref = _max_pool_case(dtype, shape, k, stride, pad, rng)
    np.testing.assert_array_equal(run(model, {"x": x}), ref)


def test_max_pool_rows_parallel():
    """The padding stays its own stage; output rows (64 channels x 12 rows) run in parallel."""
    from tvmq.schedule.cpu.fallback import Fallback
    from tvmq.target import get_target

    model = relax_model("pool", {"x": ((1, 64, 24, 24), "int8")}, lambda bb, x:
                        relax.op.nn.max_pool2d(x, pool_size=3, strides=2, padding=1))
    mod = tvm.relax.transform.LegalizeOps()(model.mod)
    func = next(f for gv, f in mod.functions_items() if gv.name_hint != "main")
    text = Fallback().apply(func, get_target("host").tvm_target(), False).mod.script()
    assert "T.parallel(T.int64(768))" in text and 'T.sblock("pad_temp")' in text, text
    # the padding is split: the constant over everything, then the interior rows, each
    # vectorized without a bounds test per element
    assert 'T.sblock("pad_temp_pad_const")' in text and "if_then_else" not in text, text


@pytest.mark.parametrize("dtype,shape,k,stride,pad", [
    ("int8", (1, 24, 24, 64), 3, 2, 1),  # the int8 ResNet's stem pool (Int8ConvNhwc), smaller
    ("float32", (2, 9, 11, 5), 3, 1, 1),  # odd plane and channels, stride 1
    ("int8", (1, 7, 7, 16), 2, 2, 0),  # no padding
])
def test_max_pool_nhwc(dtype, shape, k, stride, pad, rng):
    """Channels last: the padding inlined (one bounds test per window tap), the window loops
    outside the vectorized channels, output rows in parallel."""
    from tvmq.schedule.cpu.fallback import Fallback
    from tvmq.target import get_target

    model = relax_model("pool", {"x": (shape, dtype)}, lambda bb, x: relax.op.nn.max_pool2d(
        x, pool_size=k, strides=stride, padding=pad, layout="NHWC"))
    mod = tvm.relax.transform.LegalizeOps()(model.mod)
    func = next(f for gv, f in mod.functions_items() if gv.name_hint != "main")
    text = Fallback().apply(func, get_target("host").tvm_target(), False).mod.script()
    assert 'T.sblock("pad_temp")' not in text and "T.vectorized" in text, text
    x, ref = _max_pool_case(dtype, shape, k, stride, pad, rng, nhwc=True)
    np.testing.assert_array_equal(run(model, {"x": x}), ref)


@pytest.mark.parametrize("shape", [(1, 16, 16, 16), (1, 32, 8, 8), (2, 5, 3, 7)])
def test_quantize_vectorizes_across_short_rows(shape, rng):
    """float32 -> int8 with a row shorter than the int8 vector: inner loops are fused."""
    from tvm import tirx

    from tvmq.schedule.cpu.fallback import Fallback
    from tvmq.schedule.target_info import cpu_info
    from tvmq.schedule.utils import root_blocks
    from tvmq.target import get_target

    def body(bb, x):
        t = relax.op.round(relax.op.divide(x, relax.const(0.05, "float32")))
        return relax.op.astype(relax.op.clip(t, -127, 127), "int8")

    model = relax_model("q", {"x": (shape, "float32")}, body)
    x = (3 * rng.standard_normal(shape)).astype("float32")
    ref = np.clip(np.round(x / np.float32(0.05)), -127, 127).astype("int8")
    np.testing.assert_array_equal(run(model, {"x": x}), ref)
    func = relax.transform.LegalizeOps()(model.mod)
    func = relax.transform.FuseTIR()(relax.transform.FuseOps()(
        relax.transform.AnnotateTIROpPattern()(func)))
    prim = next(f for _, f in func.functions_items() if isinstance(f, tirx.PrimFunc))
    target = get_target("host").tvm_target()
    sch = Fallback().apply(prim, target, False)
    (block,) = root_blocks(sch)
    inner = sch.get(sch.get_loops(block)[-1])
    assert inner.kind == tirx.ForKind.VECTORIZED
    lanes = cpu_info(target).lanes("int8")  # 64 with AVX-512, 32 with AVX2
    assert int(inner.extent) >= min(lanes, int(np.prod(shape[1:]))), inner.extent


@pytest.mark.parametrize("shape", [(1, 40, 28, 28), (2, 8, 14, 14)])
def test_shift_to_uint8_is_whole_vectors(shape, rng):
    """An elementwise int8 -> uint8 shift over 28x28 rows (24.5 vectors of 32 bytes) fuses its
    loops until the inner extent is whole vectors: no predicated tail."""

    def body(bb, x):
        return relax.op.astype(relax.op.add(relax.op.astype(x, "int16"),
                                            relax.const(128, "int16")), "uint8")

    model = relax_model("shift", {"x": (shape, "int8")}, body)
    x = rng.integers(-128, 128, shape).astype("int8")
    np.testing.assert_array_equal(run(model, {"x": x}), (x.astype(np.int16) + 128).astype(
        np.uint8))
    text = _fallback_script(model)
    assert "T.vectorized" in text and "T.where" not in text, text


def test_strided_slice_keeps_its_rows():
    """A stride-2 slice + uint8 shift (an int8 strided 1x1 conv's input) is not fused across
    rows: fused and vectorized, each lane's strided read became a gather with a division
    (900 us against 55 for 256x28x28)."""

    def body(bb, x):
        s = relax.op.strided_slice(x, axes=[2, 3], begin=[0, 0], end=[12, 12], strides=[2, 2])
        return relax.op.astype(relax.op.add(relax.op.astype(s, "int16"),
                                            relax.const(128, "int16")), "uint8")

    model = relax_model("slice_shift", {"x": ((1, 8, 12, 12), "int8")}, body)
    x = np.random.default_rng(5).integers(-128, 128, (1, 8, 12, 12)).astype("int8")
    np.testing.assert_array_equal(run(model, {"x": x}),
                                  (x[:, :, ::2, ::2].astype(np.int16) + 128).astype(np.uint8))
    text = _fallback_script(model, "x86-avx2")
    assert "T.vectorized(T.int64(6))" in text and "// T.int64(6)" not in text, text


def test_uint8_padding_keeps_its_rows(rng):
    """A constant padding of 28-wide rows into 30-wide ones: the interior copy is not fused
    across rows (its write would be a scatter with a division per lane) and the border is
    filled apart; both are vectorized, nothing is predicated."""
    shape = (1, 16, 28, 28)
    model = relax_model("pad", {"x": (shape, "uint8")}, lambda bb, x: relax.op.nn.pad(
        x, [0, 0, 0, 0, 1, 1, 1, 1], "constant", 128.0))
    x = rng.integers(0, 256, shape).astype("uint8")
    ref = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)), constant_values=128)
    np.testing.assert_array_equal(run(model, {"x": x}), ref)
    text = _fallback_script(model, "x86-avx2")
    assert "T.vectorized(T.int64(28))" in text and "T.where" not in text, text
    assert "if_then_else" not in text, text
