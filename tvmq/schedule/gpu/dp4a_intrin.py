"""CUDA ``__dp4a`` tensor intrinsic: ``C += sum_k A[k] * B[k]`` over 4 int8 pairs, exact.

One instruction does 4 int8 x int8 multiply-adds into an int32 (sm_61 and later). Registered
per operand memory scope (``shared`` for tiles staged by a thread block, ``global`` for
operands read directly) because tensorization matches scopes. Both operands need their 4
bytes contiguous and 4-byte aligned: the rules lay the reduction axis out innermost, padded
to a multiple of 4.
"""

from __future__ import annotations

from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

GROUP = 4


def _make(scope_a: str, scope_b: str, emulated: bool):
    @T.prim_func(s_tir=True)
    def desc(A: T.Buffer((4,), "int8", offset_factor=1, align=4, scope=scope_a),
             B: T.Buffer((4,), "int8", offset_factor=1, align=4, scope=scope_b),
             C: T.Buffer((1,), "int32", offset_factor=1, align=4, scope="local")) -> None:
        with T.sblock("root"):
            T.reads(C[0], A[0:4], B[0:4])
            T.writes(C[0])
            for k in range(4):
                with T.sblock("update"):
                    vk = T.axis.remap("R", [k])
                    C[0] = C[0] + T.Cast("int32", A[vk]) * T.Cast("int32", B[vk])

    @T.prim_func(s_tir=True)
    def impl(A: T.Buffer((4,), "int8", offset_factor=1, align=4, scope=scope_a),
             B: T.Buffer((4,), "int8", offset_factor=1, align=4, scope=scope_b),
             C: T.Buffer((1,), "int32", offset_factor=1, align=4, scope="local")) -> None:
        with T.sblock("root"):
            T.reads(C[0], A[0:4], B[0:4])
            T.writes(C[0])
            C[0] = T.call_pure_extern("int32", "__dp4a", A.vload([0], "int8x4"),
                                      B.vload([0], "int8x4"), C[0])

    @T.prim_func(s_tir=True)
    def impl_emulated(A: T.Buffer((4,), "int8", offset_factor=1, align=4, scope=scope_a),
                      B: T.Buffer((4,), "int8", offset_factor=1, align=4, scope=scope_b),
                      C: T.Buffer((1,), "int32", offset_factor=1, align=4, scope="local")
                      ) -> None:
        with T.sblock("root"):
            T.reads(C[0], A[0:4], B[0:4])
            T.writes(C[0])
            C[0] = C[0] + T.Cast("int32", A[0]) * T.Cast("int32", B[0]) + T.Cast(
                "int32", A[1]) * T.Cast("int32", B[1]) + T.Cast("int32", A[2]) * T.Cast(
                "int32", B[2]) + T.Cast("int32", A[3]) * T.Cast("int32", B[3])

    return desc, impl_emulated if emulated else impl


_registered: set[str] = set()


def register(scope_a: str = "shared", scope_b: str = "shared", emulated: bool = False) -> str:
    """Register (once, lazily) and return the dp4a intrinsic for the operand scopes.

    ``emulated`` gives the same 4 multiply-adds in plain TIR (for checking a CUDA schedule's
    arithmetic on llvm, where ``__dp4a`` does not exist).
    """
    name = f"tvmq_dp4a_s8s8s32_{scope_a}_{scope_b}" + ("_emulated" if emulated else "")
    if name not in _registered:
        TensorIntrin.register(name, *_make(scope_a, scope_b, emulated), override=True)
        _registered.add(name)
    return name
