"""The 8-bit 4-channel interleave (`tvmq.schedule.cpu.pack_c4`) against a numpy oracle."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import s_tir, te

from tvmq.schedule.cpu.pack_c4 import pack_width, row_parts, tile_pack_c4


def _pack_module(n: int, c: int, h: int, w: int, dtype: str = "uint8"
                 ) -> tuple[s_tir.Schedule, s_tir.SBlockRV]:
    x = te.placeholder((n, c, h, w), dtype, name="x")
    x4 = te.compute((n, c // 4, h * w, 4), lambda b, co, p, ci: x[b, co * 4 + ci, p // w, p % w],
                    name="x4")
    sch = s_tir.Schedule(te.create_prim_func([x, x4]).with_attr("global_symbol", "main"))
    block = sch.get_sblock("x4")
    # the shape the conv schedule hands over: loops over the source (n, c, y, x)
    sch.transform_block_layout(block, lambda b, co, p, ci: (b, co * 4 + ci, p // w, p % w))
    return sch, block


def _oracle(x: np.ndarray) -> np.ndarray:
    n, c, h, w = x.shape
    return x.reshape(n, c // 4, 4, h * w).transpose(0, 1, 3, 2)


@pytest.mark.parametrize("n,c,h,w,g,dtype", [
    (1, 8, 3, 16, 16, "uint8"),
    (1, 12, 5, 48, 16, "int8"),
    (2, 4, 7, 56, 8, "uint8"),
    (1, 16, 28, 28, 4, "int8"),
    (1, 4, 2, 12, 4, "uint8"),
    (1, 8, 14, 14, 14, "uint8"),  # 14-wide rows (ResNet's 14x14 stage): one call per row
    (2, 12, 7, 7, 7, "int8"),  # 7x7: odd-length row loads
    (1, 4, 3, 28, 4, "uint8"),  # a power of two first: 7 x 4, not 2 x 14
    (2, 4, 3, 6, 2, "int8"),
])
def test_interleave_matches_numpy(n, c, h, w, g, dtype):
    assert pack_width(w) == g
    sch, block = _pack_module(n, c, h, w, dtype)
    assert tile_pack_c4(sch, block)
    assert f"uint32x{g}" in sch.mod.script()
    ex = tvm.compile(sch.mod, target=tvm.target.Target({"kind": "llvm"}))
    info = np.iinfo(dtype)
    x = np.random.default_rng(0).integers(info.min, info.max + 1, (n, c, h, w)).astype(dtype)
    x[0, 0, 0, 0], x[0, 1, 0, 0] = info.min, info.max  # no sign or carry into the next byte
    x[0, 3, 0, 1], x[0, 2, 0, 1] = info.max, info.min
    out = tvm.runtime.tensor(np.zeros((n, c // 4, h * w, 4), dtype))
    ex["main"](tvm.runtime.tensor(x), out)
    np.testing.assert_array_equal(out.numpy(), _oracle(x))


def _pack_module_2d(n: int, c: int, h: int, w: int, dtype: str = "uint8"
                   ) -> tuple[s_tir.Schedule, s_tir.SBlockRV]:
    """The copy as a 3x3 conv hands it over: ``x4[n, c/4, y, x, c%4]``, rows of the padded
    input."""
    x = te.placeholder((n, c, h, w), dtype, name="x")
    x4 = te.compute((n, c // 4, h, w, 4), lambda b, co, y, xx, ci: x[b, co * 4 + ci, y, xx],
                    name="x4")
    sch = s_tir.Schedule(te.create_prim_func([x, x4]).with_attr("global_symbol", "main"))
    block = sch.get_sblock("x4")
    sch.transform_block_layout(block, lambda b, co, y, xx, ci: (b, co * 4 + ci, y, xx))
    return sch, block


@pytest.mark.parametrize("w,parts", [
    (58, [(56, 8), (2, None)]),  # a padded 56-wide row: 7 x 8 and 2 pixels, not 29 x 2
    (30, [(28, 4), (2, None)]),
    (9, [(8, 8), (1, None)]),  # a padded 7-wide row: no width divides 9
    (13, [(12, 4), (1, None)]),
    (56, [(56, 8)]),  # one width covers the row: one piece
    (16, [(16, 16)]),
    (6, [(6, 2)]),  # 3 calls of 2 pixels: a split (4 + 2 single pixels) is no fewer
    (3, [(3, None)]),
])
def test_row_parts(w, parts):
    assert row_parts(w) == parts


@pytest.mark.parametrize("n,c,h,w,dtype", [
    (1, 8, 3, 58, "uint8"),
    (2, 4, 3, 30, "int8"),
    (1, 8, 4, 9, "uint8"),
    (1, 4, 2, 13, "int8"),
])
def test_split_rows_match_numpy(n, c, h, w, dtype):
    sch, block = _pack_module_2d(n, c, h, w, dtype)
    assert tile_pack_c4(sch, block)
    head_g = row_parts(w)[0][1]
    assert f"uint32x{head_g}" in sch.mod.script()
    ex = tvm.compile(sch.mod, target=tvm.target.Target({"kind": "llvm"}))
    info = np.iinfo(dtype)
    x = np.random.default_rng(1).integers(info.min, info.max + 1, (n, c, h, w)).astype(dtype)
    out = tvm.runtime.tensor(np.zeros((n, c // 4, h, w, 4), dtype))
    ex["main"](tvm.runtime.tensor(x), out)
    np.testing.assert_array_equal(out.numpy().reshape(n, c // 4, h * w, 4), _oracle(x))


@pytest.mark.parametrize("module,w", [
    (_pack_module_2d, 1), (_pack_module_2d, 3),
    (_pack_module, 5), (_pack_module, 9), (_pack_module, 13),  # flattened pixel: no pieces
])
def test_rows_off_the_intrinsic_are_left_alone(module, w):
    sch, block = module(1, 4, 4, w)
    before = sch.mod.script()
    assert pack_width(w) is None
    assert not tile_pack_c4(sch, block)
    assert sch.mod.script() == before
