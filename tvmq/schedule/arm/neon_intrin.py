"""AArch64 tensor intrinsics for int8 x int8 -> int32: 4 output lanes x 4 reduction steps.

Both compute ``C[i] += sum_k A[k] * B[i, k]`` for ``i, k < 4`` (``B`` row ``i`` holds the 4
weights of output lane ``i``, 16 contiguous bytes), exact for every int8 value:

- ``tvmq_dot_4x4_i8i8i32_sdot``: one ``sdot`` (Armv8.2 dot-product extension, e.g. Cortex-A76
  / Neoverse-N1): the 4 activation bytes are broadcast to all 4 lanes. 16 multiply-adds per
  instruction.
- ``tvmq_dot_4x4_i8i8i32_neon``: plain Armv8 NEON (Cortex-A72): ``smull`` on each half of
  ``B`` (int8 x int8 -> int16 cannot overflow), ``saddlp`` folds pairs to int32 and ``addp``
  the remaining pairs: 16 multiply-adds in 5 instructions.
"""

from __future__ import annotations

from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

from ..dot_desc import dot_desc

DOT_4X4_I8_SDOT = "tvmq_dot_4x4_i8i8i32_sdot"
DOT_4X4_I8_NEON = "tvmq_dot_4x4_i8i8i32_neon"
LANES = 4  # int32 output lanes per intrinsic (one 128-bit register)
GROUP = 4  # reduction steps per intrinsic


@T.prim_func(s_tir=True)
def _impl_sdot(A: T.Buffer((4,), "int8", offset_factor=1),
               B: T.Buffer((4, 4), "int8", offset_factor=1),
               C: T.Buffer((4,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:4], A[0:4], B[0:4, 0:4])
        T.writes(C[0:4])
        a = T.reinterpret(T.broadcast(T.reinterpret(A.vload([0], "int8x4"), dtype="int32"), 4),
                          dtype="int8x16")
        C[T.ramp(T.int32(0), 1, 4)] = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.aarch64.neon.sdot.v4i32.v16i8"),
            C.vload([0], "int32x4"), a, B.vload([0, 0], "int8x16"), dtype="int32x4")


@T.prim_func(s_tir=True)
def _impl_neon(A: T.Buffer((4,), "int8", offset_factor=1),
               B: T.Buffer((4, 4), "int8", offset_factor=1),
               C: T.Buffer((4,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:4], A[0:4], B[0:4, 0:4])
        T.writes(C[0:4])
        a = T.reinterpret(T.broadcast(T.reinterpret(A.vload([0], "int8x4"), dtype="int32"), 2),
                          dtype="int8x8")
        lo = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.aarch64.neon.saddlp.v4i32.v8i16"),
            T.call_llvm_pure_intrin(T.llvm_lookup_intrinsic_id("llvm.aarch64.neon.smull.v8i16"),
                                    a, B.vload([0, 0], "int8x8"), dtype="int16x8"),
            dtype="int32x4")
        hi = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.aarch64.neon.saddlp.v4i32.v8i16"),
            T.call_llvm_pure_intrin(T.llvm_lookup_intrinsic_id("llvm.aarch64.neon.smull.v8i16"),
                                    a, B.vload([2, 0], "int8x8"), dtype="int16x8"),
            dtype="int32x4")
        C[T.ramp(T.int32(0), 1, 4)] = C.vload([0], "int32x4") + T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.aarch64.neon.addp.v4i32"), lo, hi,
            dtype="int32x4")


_registered: set[str] = set()


def register(sdot: bool) -> str:
    """Register (once, lazily) and return the intrinsic for the target."""
    name, impl = (DOT_4X4_I8_SDOT, _impl_sdot) if sdot else (DOT_4X4_I8_NEON, _impl_neon)
    if name not in _registered:
        TensorIntrin.register(name, dot_desc("int8", LANES, GROUP), impl, override=True)
        _registered.add(name)
    return name
