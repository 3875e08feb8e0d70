"""Padded weight packing: a plain copy MetaSchedule can strip, zero-filled at compile time."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax, s_tir
from tvm.s_tir import meta_schedule as ms
from tvm.script import tirx as T

from tvmq.schedule.apply import LAYOUT_FREE_ATTR, PREPACK_ATTR
from tvmq.schedule.prepack import pack_read, zero_padding

from .conftest import const, relax_model, scheduled_module


@T.prim_func(s_tir=True)
def _matmul(a: T.Buffer((16, 10), "float32"), w: T.Buffer((10, 10), "float32"),
            c: T.Buffer((16, 10), "float32")):
    for i, j, k in T.grid(16, 10, 10):
        with T.sblock("c"):
            vi, vj, vk = T.axis.remap("SSR", [i, j, k])
            with T.init():
                c[vi, vj] = T.float32(0)
            c[vi, vj] = c[vi, vj] + a[vi, vk] * w[vk, vj]


@T.prim_func(s_tir=True)
def _split_pack(w: T.Buffer((10, 3), "float32"), p: T.Buffer((3, 3, 4), "float32")):
    for f, c in T.grid(10, 3):
        with T.sblock("pack"):
            vf, vc = T.axis.remap("SS", [f, c])
            p[vf // 4, vc, vf % 4] = w[vf, vc]


def _packed(layout_free: bool) -> s_tir.Schedule:
    """``_matmul`` with ``w`` packed to ``[N/4, K, 4]`` panels (10 columns: padded)."""
    func = _matmul.with_attr(LAYOUT_FREE_ATTR, [1]) if layout_free else _matmul
    sch = s_tir.Schedule(func)
    main = sch.get_sblock("c")
    pack_read(sch, main, 1, lambda k, n: (n // 4, k, n % 4), padded=True)
    _, j, _ = sch.get_loops(main)
    sch.split(j, factors=[None, 4])  # tiles predicated to the 10 real columns
    return sch


def test_padded_prepack_is_a_plain_copy_metaschedule_can_strip():
    sch = _packed(layout_free=True)
    pack = sch.get(sch.get_sblock("w_global"))
    assert pack.annotations[PREPACK_ATTR]
    assert [str(i) for i in pack.body.value.indices] == [str(v.var) for v in pack.iter_vars]
    args = ms.arg_info.ArgInfo.from_entry_func(sch.mod, remove_preproc=True)
    assert [list(a.shape) for a in args] == [[16, 10], [3, 10, 4], [16, 10]]
    stripped = s_tir.transform.RemoveWeightLayoutRewriteBlock(skip_tensor_rewrite=True)(sch.mod)
    lib = tvm.compile(stripped, target="llvm")
    rng = np.random.default_rng(0)
    a = rng.standard_normal((16, 10)).astype("float32")
    w = rng.standard_normal((10, 10)).astype("float32")
    panels = np.pad(w, ((0, 0), (0, 2))).reshape(10, 3, 4).transpose(1, 0, 2)
    panels[-1, :, 2:] = np.nan  # never read: the tiles stop at the last real column
    out = tvm.runtime.tensor(np.zeros((16, 10), "float32"))
    lib(tvm.runtime.tensor(a), tvm.runtime.tensor(np.ascontiguousarray(panels)), out)
    np.testing.assert_allclose(out.numpy(), a @ w, rtol=1e-5, atol=1e-5)


def test_padded_runtime_pack_keeps_its_zero_padding():
    sch = _packed(layout_free=False)
    pack = sch.get(sch.get_sblock("w_global"))
    assert PREPACK_ATTR not in pack.annotations
    assert "if_then_else" in pack.script()


def test_zero_padding_fills_what_no_weight_element_lands_on():
    rebuilt = zero_padding(_split_pack)
    lib = tvm.compile(tvm.IRModule({"main": rebuilt.with_attr("global_symbol", "main")}),
                      target="llvm")
    w = np.arange(1, 31, dtype="float32").reshape(10, 3)
    out = tvm.runtime.tensor(np.full((3, 3, 4), np.nan, "float32"))
    lib(tvm.runtime.tensor(w), out)
    expected = np.pad(w, ((0, 2), (0, 0))).reshape(3, 4, 3).transpose(0, 2, 1)
    np.testing.assert_array_equal(out.numpy(), expected)


@T.prim_func(s_tir=True)
def _split_pack_exact(w: T.Buffer((12, 3), "float32"), p: T.Buffer((3, 3, 4), "float32")):
    for f, c in T.grid(12, 3):
        with T.sblock("pack"):
            vf, vc = T.axis.remap("SS", [f, c])
            p[vf // 4, vc, vf % 4] = w[vf, vc]


def test_zero_padding_leaves_unpadded_and_other_functions_alone():
    assert zero_padding(_matmul) is None  # not a (W, P) copy
    assert zero_padding(_split_pack_exact) is None  # nothing to pad


@pytest.mark.parametrize("target", ["x86-avx2"])
def test_compiled_prepacked_filter_is_zero_padded(target, rng):
    """64 filters in 6-row tiles (AVX2 1x1 conv): 66 packed rows, the last 2 zeros."""
    w = rng.standard_normal((64, 24, 1, 1)).astype("float32")
    model = relax_model("conv", {"x": ((1, 24, 16, 16), "float32")},
                        lambda bb, x: relax.op.nn.conv2d(x, const(w)))
    mod = scheduled_module(model, target)
    found = []
    relax.analysis.post_order_visit(
        mod["main"], lambda e: found.append(e.value.numpy()) if type(e).__name__ == "GenericConst"
        and len(e.value.shape) == 5 else None)
    (packed,) = found
    assert packed.shape == (11, 24, 1, 1, 6)
    rows = packed.transpose(0, 4, 1, 2, 3).reshape(66, 24)
    np.testing.assert_array_equal(rows[:64], w[:, :, 0, 0])
    assert not rows[64:].any()
