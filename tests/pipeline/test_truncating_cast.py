"""DropFloorBeforeTruncatingCast: Before/Expected rewrites and exactness against numpy."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax
from tvm.relax import op as R

import tvmq
from tvmq.model import Model, TensorSpec
from tvmq.pipeline.passes import DropFloorBeforeTruncatingCast


def _module(body, shape=(2, 8), dtype="float32") -> tvm.IRModule:
    bb = relax.BlockBuilder()
    x = relax.Var("x", relax.TensorType(shape, dtype))
    with bb.function("main", [x]):
        with bb.dataflow():
            out = bb.emit_output(body(bb, x))
        bb.emit_func_output(out)
    return bb.get()


def _requant(lo: int, hi: int, dtype: str = "int8", keep_floor: bool = True):
    def body(bb, x):
        t = bb.emit(R.add(x, relax.const(np.float32(0.5))))
        if keep_floor:
            t = bb.emit(R.floor(t))
        return R.astype(bb.emit(R.clip(t, lo, hi)), dtype)
    return body


@pytest.mark.parametrize("lo,hi,dtype", [(0, 127, "int8"), (0, 255, "uint8"), (3, 90, "int32")])
def test_floor_dropped_before_non_negative_clip(lo, hi, dtype):
    after = DropFloorBeforeTruncatingCast(_module(_requant(lo, hi, dtype)))
    after = relax.transform.DeadCodeElimination()(after)
    tvm.ir.assert_structural_equal(after, _module(_requant(lo, hi, dtype, keep_floor=False)))


@pytest.mark.parametrize("case", ["negative lower bound", "float output", "floor read twice"])
def test_floor_kept(case):
    if case == "negative lower bound":
        before = _module(_requant(-128, 127))
    elif case == "float output":
        before = _module(lambda bb, x: R.astype(bb.emit(R.clip(bb.emit(R.floor(x)), 0, 127)),
                                                "float16"))
    else:
        def body(bb, x):
            f = bb.emit(R.floor(x))
            c = bb.emit(R.astype(bb.emit(R.clip(f, 0, 127)), "int8"))
            return R.add(R.astype(c, "float32"), f)
        before = _module(body)
    tvm.ir.assert_structural_equal(DropFloorBeforeTruncatingCast(before), before)


def test_compiled_requantize_matches_numpy_floor():
    """Ties (k + 0.5), values just below integers, negatives and values past the bounds."""
    rng = np.random.default_rng(0)
    k = rng.integers(-40, 300, 4096).astype("float32")
    x = np.concatenate([k, k + 0.5, k - 0.5, np.nextafter(k, -np.inf),
                        rng.uniform(-1e6, 1e6, 4096).astype("float32")]).reshape(8, -1)
    mod = _module(_requant(0, 255, "uint8"), x.shape)
    model = Model(mod=mod, inputs=(TensorSpec("x", x.shape, "float32"),),
                  outputs=(TensorSpec("out", x.shape, "uint8"),), name="rq", source=None)
    out = tvmq.compile(model, "host").run({"x": x})[0]
    ref = np.clip(np.floor(x + np.float32(0.5)), 0, 255).astype("uint8")
    np.testing.assert_array_equal(out, ref)
