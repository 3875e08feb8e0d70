"""FuseShortcutConv and the two-conv Conv2dInt8Nhwc kernel: a projection shortcut's int8 conv
computed per register tile of the conv it is added to; exact against the unfused build and a
numpy oracle."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax
from tvm.relax import op as R

from tvmq.pipeline import registry
from tvmq.schedule.knobs import knob_session

from .conftest import const, relax_model, run, scheduled_module

TARGET = "x86-vnni"
SLOT = "tvmq-fuse-shortcut-conv"


def _weights(rng, c: int, cm: int, f: int) -> dict[str, np.ndarray]:
    return {"wm": rng.integers(-128, 128, (f, cm, 1, 1)).astype("int8"),
            "wp": rng.integers(-128, 128, (f, c, 1, 1)).astype("int8"),
            "bm": rng.integers(-999, 999, (1, f, 1, 1)).astype("int32"),
            "bp": rng.integers(-999, 999, (1, f, 1, 1)).astype("int32"),
            "sm": (rng.random((1, f, 1, 1)) * 2e-4).astype("float32"),
            "sp": (rng.random((1, f, 1, 1)) * 2e-4).astype("float32")}


def _dequant(y: relax.Expr, bias: np.ndarray, scale: np.ndarray) -> relax.Expr:
    return R.multiply(R.astype(R.add(y, const(bias)), "float32"), const(scale))


def _shortcut(w: dict, c: int, cm: int, hw: int, stride: int, proj_out: bool = False):
    """``requant(dequant(conv(b, wm)) + dequant(conv(x, wp, stride)))``: a ResNet stage's
    first block after its bottleneck (``proj_out``: the projection is an output too)."""
    out_hw = hw // stride

    def body(bb, x, b):
        main = bb.emit(_dequant(R.nn.conv2d(b, const(w["wm"]), out_dtype="int32"),
                                w["bm"], w["sm"]))
        proj = bb.emit(_dequant(R.nn.conv2d(x, const(w["wp"]), strides=stride,
                                            out_dtype="int32"), w["bp"], w["sp"]))
        y = R.floor(R.add(R.add(main, proj), relax.const(np.float32(0.5))))
        y = bb.emit(R.astype(R.clip(y, 0, 127), "int8"))
        if proj_out:
            return R.concat([R.astype(y, "float32"), proj], axis=1)
        return y

    return relax_model("shortcut", {"x": ((1, c, hw, hw), "uint8"),
                                    "b": ((1, cm, out_hw, out_hw), "uint8")}, body)


def _oracle(w: dict, x: np.ndarray, b: np.ndarray, stride: int) -> np.ndarray:
    def deq(data, weight, bias, scale):
        acc = np.einsum("nchw,fc->nfhw", data.astype(np.int64),
                        weight[:, :, 0, 0].astype(np.int64)) + bias
        return acc.astype(np.float32) * scale

    y = deq(b, w["wm"], w["bm"], w["sm"]) + deq(x[:, :, ::stride, ::stride], w["wp"], w["bp"],
                                                 w["sp"])
    return np.clip(np.floor(y + np.float32(0.5)), 0, 127).astype(np.int8)


def _dual_kernels(mod: tvm.IRModule) -> list[str]:
    return [gv.name_hint for gv, f in mod.functions_items()
            if isinstance(f, tvm.tirx.PrimFunc) and gv.name_hint.endswith("_dual_prepacked")]


def _conv_rules(mod: tvm.IRModule) -> set[str]:
    return {str(f.attrs["tvmq.schedule_rule"]) for gv, f in mod.functions_items()
            if isinstance(f, tvm.tirx.PrimFunc) and "conv" in gv.name_hint}


def _float_edges(mod: tvm.IRModule) -> list[str]:
    """Kernel calls in ``main`` that write float32 tensors."""
    out = []
    for block in mod["main"].body.blocks:
        for binding in block.bindings:
            value = binding.value
            if (isinstance(value, relax.Call) and isinstance(value.op, tvm.ir.Op)
                    and value.op.name == "relax.call_tir" and str(binding.var.ty.dtype) ==
                    "float32"):
                out.append(value.args[0].name_hint)
    return out


@pytest.mark.parametrize("c,cm,f,hw,stride,knobs", [
    (16, 32, 64, 8, 2, {}),  # strided projection, 4 output rows: channel blocks in parallel
    (64, 16, 32, 28, 1, {}),  # unstrided, 28 rows: rows in parallel, 2 x 14 tiles
    (32, 32, 64, 14, 2, {"int8nhwc.order": "rows", "int8nhwc.vectors": 4,
                         "int8nhwc.columns": 7}),
    (16, 16, 48, 8, 1, {"int8nhwc.columns": 2}),  # 48 filters: one vector of 16 per tile
])
def test_projection_runs_in_the_main_conv_kernel(rng, monkeypatch, c, cm, f, hw, stride, knobs):
    w = _weights(rng, c, cm, f)
    model = _shortcut(w, c, cm, hw, stride)
    mod = scheduled_module(model, TARGET)
    assert len(_dual_kernels(mod)) == 1, mod.get_global_vars()
    assert _conv_rules(mod) == {"Conv2dInt8Nhwc"}
    assert _float_edges(mod) == []  # the fp32 projection term never reaches memory
    # Both packed filters are constants of the call, not items of a tuple built per call.
    assert not any(isinstance(b.value, (relax.Tuple, relax.TupleGetItem))
                   for block in mod["main"].body.blocks for b in block.bindings)
    x = rng.integers(0, 256, (1, c, hw, hw)).astype("uint8")
    b = rng.integers(0, 256, (1, cm, hw // stride, hw // stride)).astype("uint8")
    with knob_session(knobs) as session:
        fused = run(model, {"x": x, "b": b}, TARGET)
    assert {k: session.chosen()[k] for k in knobs} == knobs
    with monkeypatch.context() as m:
        m.delitem(registry._SLOT_ENTRIES["fuse"], SLOT)
        unfused_mod = scheduled_module(model, TARGET)
        assert _dual_kernels(unfused_mod) == [] and len(_float_edges(unfused_mod)) == 1
        with knob_session(knobs):
            unfused = run(model, {"x": x, "b": b}, TARGET)
    np.testing.assert_array_equal(fused, unfused)
    ref = _oracle(w, x, b, stride)
    assert 0 < np.count_nonzero(ref) < ref.size  # the clip and the sum both matter
    # Same float32 ops as the oracle, up to FMA contraction: at most one step apart, rarely.
    diff = np.abs(fused.astype(np.int32) - ref)
    assert diff.max() <= 1 and np.count_nonzero(diff) <= ref.size // 1000


def test_projection_read_elsewhere_stays_its_own_kernel(rng):
    w = _weights(rng, 16, 16, 32)
    mod = scheduled_module(_shortcut(w, 16, 16, 8, 1, proj_out=True), TARGET)
    assert _dual_kernels(mod) == []


@pytest.mark.parametrize("target,options", [("x86-avx2", {}), (TARGET, {"int8_nhwc": False})])
def test_no_fusion_without_the_nhwc_vnni_kernel(rng, target, options):
    w = _weights(rng, 16, 16, 32)
    mod = scheduled_module(_shortcut(w, 16, 16, 8, 2), target, **options)
    assert _dual_kernels(mod) == []
    assert "Fallback" not in _conv_rules(mod)


def test_conv_feeding_the_next_conv_stays_its_own_kernel(rng):
    """Two 1x1 convs of equal output shape in a chain: the first's result is the second's
    data, not a term of its epilogue."""
    w1 = rng.integers(-128, 128, (32, 32, 1, 1)).astype("int8")
    w2 = rng.integers(-128, 128, (32, 32, 1, 1)).astype("int8")
    scale = np.full((1, 32, 1, 1), 1e-3, "float32")

    def body(bb, x):
        a = R.multiply(R.astype(R.nn.conv2d(x, const(w1), out_dtype="int32"), "float32"),
                       const(scale))
        a = bb.emit(R.astype(R.clip(a, 0, 255), "uint8"))
        return R.multiply(R.astype(R.nn.conv2d(a, const(w2), out_dtype="int32"), "float32"),
                          const(scale))

    model = relax_model("chain", {"x": ((1, 32, 8, 8), "uint8")}, body)
    mod = scheduled_module(model, TARGET)
    assert _dual_kernels(mod) == []
    assert _conv_rules(mod) == {"Conv2dInt8Nhwc"}
