"""4-bit weights packed two per byte: numpy packing, Relax and TE unpacking, `PackInt4Weights`.

Values in [-8, 7] are paired along one axis (padded to an even length with 0): the element with
the even index goes to the low nibble, the odd one to the high nibble. Unpacking is two shifts
on the signed byte: ``(b << 4) >> 4`` sign-extends the low nibble, ``b >> 4`` the high one.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tvm
from tvm import relax, te, tirx
from tvm.relax import op as R

INT4_MIN, INT4_MAX = -8, 7


def pack_int4(q: np.ndarray, axis: int) -> np.ndarray:
    """Pack int values in [-8, 7] two per byte along ``axis``; returns int8 of half length
    (rounded up) along ``axis``."""
    q = np.asarray(q)
    if q.size and (q.min() < INT4_MIN or q.max() > INT4_MAX):
        raise ValueError(f"int4 packing needs values in [-8, 7], got [{q.min()}, {q.max()}]")
    axis %= q.ndim
    q = np.moveaxis(q.astype(np.int16), axis, 0)
    if q.shape[0] % 2:
        q = np.concatenate([q, np.zeros((1, *q.shape[1:]), q.dtype)])
    lo, hi = q[0::2] & 0xF, (q[1::2] & 0xF) << 4
    return np.ascontiguousarray(np.moveaxis((lo | hi).astype(np.uint8).view(np.int8), 0, axis))


def packed_nbytes(q: np.ndarray, axis: int) -> int:
    """Bytes of ``q`` packed by `pack_int4` along ``axis``."""
    shape = list(np.shape(q))
    shape[axis % len(shape)] = (shape[axis % len(shape)] + 1) // 2
    return int(np.prod(shape))


def unpack_int4_np(p: np.ndarray, axis: int, length: int) -> np.ndarray:
    """Inverse of `pack_int4` (numpy oracle): int8 values, ``length`` along ``axis``."""
    axis %= p.ndim
    b = np.moveaxis(np.asarray(p, np.int8), axis, 0)
    lo = (b << 4).astype(np.int8) >> 4
    hi = b >> 4
    out = np.stack([lo, hi], axis=1).reshape(-1, *b.shape[1:])[:length]
    return np.ascontiguousarray(np.moveaxis(out, 0, axis))


def unpack_int4(packed: relax.Expr, axis: int, length: int) -> relax.Expr:
    """Relax bitwise ops unpacking ``packed`` (int8 bytes from `pack_int4`) to int8 values."""
    shape = [int(d) for d in packed.ty.shape]
    axis %= len(shape)
    lo = R.right_shift(R.left_shift(packed, relax.const(4, "int8")), relax.const(4, "int8"))
    hi = R.right_shift(packed, relax.const(4, "int8"))
    both = R.stack([lo, hi], axis=axis + 1)
    full = shape[:axis] + [2 * shape[axis]] + shape[axis + 1:]
    out = R.reshape(both, full)
    if length != full[axis]:
        out = R.strided_slice(out, axes=[axis], begin=[0], end=[length])
    return out


def unpack_int4_te(p: te.Tensor, index: list, axis: int) -> tirx.PrimExpr:
    """The int32 value at ``index`` of the unpacked tensor, read from packed ``p`` (for TE)."""
    i = index[axis]
    src = [*index[:axis], i // 2, *index[axis + 1:]]
    byte = p[tuple(src)].astype("int32")
    up = (tirx.const(28, "int32") - (i % 2).astype("int32") * tirx.const(4, "int32"))
    return tirx.shift_right(tirx.shift_left(byte, up), tirx.const(28, "int32"))


def _int4_weight(call: relax.Call) -> tuple[int, np.ndarray] | None:
    """(weight argument index, int8 values) of an int32-accumulating conv2d/matmul whose
    constant int8 weight holds only int4 values, else None."""
    op = getattr(call.op, "name", "")
    if op not in ("relax.nn.conv2d", "relax.matmul") or str(call.attrs.out_dtype) != "int32":
        return None
    w = call.args[1]
    if not isinstance(w, tvm.ir.expr.GenericConst) or w.value.dtype != "int8":
        return None
    v = w.value.numpy()
    if v.min() < INT4_MIN or v.max() > INT4_MAX:
        return None
    return 1, v


@relax.expr_functor.mutator
class _Packer(relax.PyExprMutator):
    def visit_call_(self, call: relax.Call) -> relax.Expr:
        call = super().visit_call_(call)
        found = _int4_weight(call)
        if found is None:
            return call
        idx, v = found
        # pairs along the reduction axis: OIHW input channels, (K, N) rows
        axis = 1 if call.op.name == "relax.nn.conv2d" else 0
        # bound once, so the packed bytes are one constant read by both shifts
        packed = self.builder_.emit(relax.const(pack_int4(v, axis), "int8"), "w_packed")
        w = self.builder_.emit(unpack_int4(packed, axis, v.shape[axis]), "w_int4")
        args = list(call.args)
        args[idx] = w
        return relax.Call(call.op, args, call.attrs, call.ty_args)


def PackInt4Weights() -> tvm.transform.Pass:  # noqa: N802
    """Store the int4-valued int8 weights of integer conv2d/matmul packed two per byte, with a
    Relax unpack (shifts, stack, reshape) in front of the operator."""

    @tvm.transform.module_pass(opt_level=0, name="tvmq.PackInt4Weights")
    def pack(mod: tvm.IRModule, _ctx: Any) -> tvm.IRModule:
        out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs)
        out["main"] = _Packer(mod).visit_expr(mod["main"])
        return out

    return pack
