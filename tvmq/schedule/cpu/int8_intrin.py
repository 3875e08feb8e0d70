"""x86 tensor intrinsic for int8 x int8 -> int32 dot products on AVX-512 (``vpmaddwd``).

TVM ships ``dot_16x4_avx512``/``dot_16x4_vnni`` for uint8 x int8 only; the quantized models
tvmq produces are int8 x int8. This intrinsic sign-extends both operands to int16 and uses
``vpmaddwd``: 16 int32 lanes x 2 products per instruction, twice the multiply-adds of an fp32
FMA, and exact for any int8 values (|2 x 128 x 128| fits in int32, so no saturation). With
AVX-512 VNNI, LLVM fuses ``vpmaddwd`` + ``vpaddd`` into ``vpdpwssd``.
"""

from __future__ import annotations

from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

DOT_16X2_I8_AVX512 = "tvmq_dot_16x2_i8i8i32_avx512"
LANES = 16  # int32 outputs per instruction
PAIR = 2  # products summed per output lane


@T.prim_func(s_tir=True)
def _desc(A: T.Buffer((2,), "int8", offset_factor=1),
          B: T.Buffer((16, 2), "int8", offset_factor=1),
          C: T.Buffer((16,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:16], A[0:2], B[0:16, 0:2])
        T.writes(C[0:16])
        for i, k in T.grid(16, 2):
            with T.sblock("update"):
                vi, vk = T.axis.remap("SR", [i, k])
                C[vi] = C[vi] + T.Cast("int32", A[vk]) * T.Cast("int32", B[vi, vk])


@T.prim_func(s_tir=True)
def _impl(A: T.Buffer((2,), "int8", offset_factor=1),
          B: T.Buffer((16, 2), "int8", offset_factor=1),
          C: T.Buffer((16,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:16], A[0:2], B[0:16, 0:2])
        T.writes(C[0:16])
        a_pair = T.reinterpret(T.Cast("int16x2", A.vload([0], "int8x2")), dtype="int32")
        a = T.reinterpret(T.broadcast(a_pair, 16), dtype="int16x32")
        b = T.Cast("int16x32", B.vload([0, 0], "int8x32"))
        C[T.ramp(T.int32(0), 1, 16)] += T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx512.pmaddw.d.512"), a, b,
            dtype="int32x16")


_registered = False


def register() -> str:
    """Register the intrinsic once (lazily: only modules with int8 kernels need it)."""
    global _registered
    if not _registered:
        TensorIntrin.register(DOT_16X2_I8_AVX512, _desc, _impl, override=True)
        _registered = True
    return DOT_16X2_I8_AVX512
