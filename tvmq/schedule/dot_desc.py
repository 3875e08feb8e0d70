"""The compute description shared by tvmq's int8 dot-product tensor intrinsics."""

from __future__ import annotations

from tvm import tirx
from tvm.script import tirx as T


def dot_desc(a_dtype: str, lanes: int, group: int, b_dtype: str = "int8") -> tirx.PrimFunc:
    """``C[i] += int32(A[k]) * int32(B[i, k])`` for ``lanes`` outputs x ``group`` steps.

    ``A`` (``a_dtype``, the activation group) is broadcast over the ``lanes`` int32 outputs;
    ``B`` (``b_dtype``: int8, or int16 for the integer Winograd GEMM) holds ``group`` weights
    per output. Every tvmq int8 intrinsic (AVX-512, VNNI, AVX2, NEON, sdot) tensorizes this
    block; only the implementations differ.
    """

    @T.prim_func(s_tir=True)
    def desc(A: T.Buffer((group,), a_dtype, offset_factor=1),
             B: T.Buffer((lanes, group), b_dtype, offset_factor=1),
             C: T.Buffer((lanes,), "int32", offset_factor=1)) -> None:
        with T.sblock("root"):
            T.reads(C[0:lanes], A[0:group], B[0:lanes, 0:group])
            T.writes(C[0:lanes])
            for i, k in T.grid(lanes, group):
                with T.sblock("update"):
                    vi, vk = T.axis.remap("SR", [i, k])
                    C[vi] = C[vi] + T.Cast("int32", A[vk]) * T.Cast("int32", B[vi, vk])

    return desc
