"""A pre-scheduled 8-bit or fp32 NCHW max pool for windows 3 wide at horizontal stride 2.

Per output row it takes the max of the window's input rows (whole rows, contiguous vector
loads), then the max of 3 columns at stride 2. Vector loads at stride 2 are scalarized by
TVM's LLVM code generation (a ``vpextrb``/``vpinsrb`` per byte), so the rows are read as
words of two columns (16 bits for 8-bit data, 64 for fp32): on a little-endian target the low
half is the even column and the high half the odd one. Sign-extending shifts (fp32: a
truncation and a shift, then a bit cast) split them into ``even[k]`` (column 2k) and
``odd[k]`` (column 2k+1), and with one column of left padding

    y[oy, k] = max(odd[k - 1], even[k], odd[k])        (odd[-1]: the padding value)

which needs only contiguous lanes. The result equals ``max_pool2d`` bit for bit. Big-endian
targets (`little_endian`) keep the split pools.
"""

from __future__ import annotations

import platform
from collections.abc import Callable

import tvm
from tvm import relax
from tvm.script import tirx as T

from .utils import in_root_block

_WIDE = {"int8": "int16", "uint8": "uint16", "float32": "uint64"}
_LITTLE_ENDIAN = ("x86_64", "amd64", "i386", "i686", "aarch64", "arm64", "armv",
                  "riscv", "ppc64le", "powerpc64le", "wasm")
_LOWEST = {"int8": -128, "uint8": 0, "float32": float("-inf")}


def strided_columns(call: relax.Call) -> bool:
    """Whether ``call`` is an 8-bit or fp32 NCHW ``max_pool2d`` whose window is 3 columns wide at
    stride 2 with one column of left padding over an even width (any window height, vertical
    stride and padding): what `max_pool_3s2` computes."""
    if not (isinstance(call.op, tvm.ir.Op) and call.op.name == "relax.nn.max_pool2d"):
        return False
    a, x = call.attrs, call.args[0].ty
    if not (isinstance(x, relax.TensorType) and str(x.dtype) in _WIDE and x.ndim == 4
            and all(isinstance(d, tvm.tirx.IntImm) for d in x.shape)):
        return False
    w = int(x.shape[3])
    _, left, _, right = (int(p) for p in a.padding)
    return (a.layout == "NCHW" and a.out_layout == "NCHW" and not a.ceil_mode
            and all(int(d) == 1 for d in a.dilation)
            and int(a.pool_size[1]) == 3 and int(a.strides[1]) == 2
            and left == 1 and right in (0, 1) and w % 2 == 0 and w >= 2)


def little_endian(target: tvm.target.Target) -> bool:
    """Whether ``target`` (its ``mtriple``, else this host) stores the low byte of a word
    first, which `max_pool_3s2` relies on."""
    triple = str(target.attrs.get("mtriple", "")) or platform.machine()
    return triple.startswith(_LITTLE_ENDIAN) and not triple.startswith(("aarch64_be", "armeb"))


def _lanes(width: int) -> int:
    return next(v for v in (8, 4, 2, 1) if width % v == 0)


def _halves(dtype: str) -> tuple[str, Callable, Callable]:
    """(accumulator dtype, word -> even column, word -> odd column) for ``dtype``."""
    wide = _WIDE[dtype]
    if dtype == "float32":
        half = tvm.tirx.const(32, wide)
        return (dtype, lambda w: T.reinterpret(dtype, T.Cast("uint32", w)),
                lambda w: T.reinterpret(dtype, T.Cast("uint32", T.shift_right(w, half))))
    half = tvm.tirx.const(8, wide)
    return (wide, lambda w: T.shift_right(T.shift_left(w, half), half),
            lambda w: T.shift_right(w, half))


def max_pool_3s2(shape: tuple[int, int, int, int], dtype: str, kh: int, sh: int, top: int,
                 oh: int) -> tvm.tirx.PrimFunc:
    """``x[N, C, H, W] -> y[N, C, oh, W / 2]``: the max over rows ``oy * sh - top + (0..kh)``
    (those inside ``x``) and columns ``2 ox - 1 .. 2 ox + 1`` (column -1: padding)."""
    n, c, h, w = shape
    ow = w // 2
    wide, lowest = _WIDE[dtype], _LOWEST[dtype]
    acc, lo, hi = _halves(dtype)
    v = _lanes(ow)

    @T.prim_func(private=True)
    def max_pool_3s2(x: T.Buffer((n, c, h, w), dtype), y: T.Buffer((n, c, oh, ow), dtype)):
        T.func_attr({"tir.noalias": True, "tirx.is_scheduled": True, "op_pattern": 8,
                     "tvmq.kernel": "max_pool_3s2"})
        words = T.decl_buffer((n, c, h, ow), wide, data=x.data)
        for nc in T.parallel(n * c):
            even = T.alloc_buffer((ow,), acc, scope="local")
            odd = T.alloc_buffer((ow + 1,), acc, scope="local")
            odd[0] = T.Cast(acc, lowest)  # the left padding column
            for oy in range(oh):
                for ko in range(ow // v):
                    for ki in T.vectorized(v):
                        even[ko * v + ki] = T.Cast(acc, lowest)
                        odd[ko * v + ki + 1] = T.Cast(acc, lowest)
                for r in T.unroll(kh):
                    row = oy * sh - top + r
                    if 0 <= row and row < h:
                        for ko in range(ow // v):
                            for ki in T.vectorized(v):
                                even[ko * v + ki] = T.max(even[ko * v + ki], lo(
                                    words[nc // c, nc % c, row, ko * v + ki]))
                                odd[ko * v + ki + 1] = T.max(odd[ko * v + ki + 1], hi(
                                    words[nc // c, nc % c, row, ko * v + ki]))
                for ko in range(ow // v):
                    for ki in T.vectorized(v):
                        y[nc // c, nc % c, oy, ko * v + ki] = T.Cast(dtype, T.max(
                            T.max(even[ko * v + ki], odd[ko * v + ki + 1]), odd[ko * v + ki]))

    return in_root_block(max_pool_3s2)
