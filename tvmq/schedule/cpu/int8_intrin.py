"""x86 tensor intrinsics for int8 x int8 -> int32 dot products (AVX-512 and AVX-512 VNNI).

TVM ships ``dot_16x4_avx512``/``dot_16x4_vnni`` for uint8 x int8 only, and its VNNI one fails
LLVM verification in this build (it passes ``<16 x i32>`` where LLVM's ``vpdpbusd.512`` now
takes ``<64 x i8>`` operands). The quantized models tvmq produces are int8 x int8, so tvmq
registers its own, both exact for every int8 value:

- ``tvmq_dot_16x4_i8i8i32_vnni``: ``vpdpbusd`` needs an unsigned operand, so the activation is
  shifted to uint8 (``a + 128``, an xor of its sign bits) and ``128 * sum_k b`` is subtracted;
  that correction depends only on the weight vector, so LLVM computes it once per weight load
  and every row of the register tile reuses it. 64 multiply-adds per instruction.
- ``tvmq_dot_16x4_u8i8i32_vnni``: uint8 x int8, one plain ``vpdpbusd`` (no shift, no
  correction; it never saturates: ``vpdpbusd`` adds the four 16-bit products to the int32
  lane with wrap-around, not ``vpdpbusds``). Used when `ShiftInt8Activations` has moved the
  shift out of the kernel.
- ``tvmq_dot_16x2_i8i8i32_avx512``: both operands sign-extended to int16, ``vpmaddwd``
  (|2 x 128 x 128| fits in int32: no saturation). 32 multiply-adds per instruction.
"""

from __future__ import annotations

from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

from ..dot_desc import dot_desc

DOT_16X2_I8_AVX512 = "tvmq_dot_16x2_i8i8i32_avx512"
DOT_16X4_I8_VNNI = "tvmq_dot_16x4_i8i8i32_vnni"
DOT_16X4_U8_VNNI = "tvmq_dot_16x4_u8i8i32_vnni"
_SIGN_BITS = -2139062144  # 0x80808080 as int32: the sign bit of each of 4 bytes


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


@T.prim_func(s_tir=True)
def _impl4_vnni(A: T.Buffer((4,), "int8", offset_factor=1),
                B: T.Buffer((16, 4), "int8", offset_factor=1),
                C: T.Buffer((16,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:16], A[0:4], B[0:16, 0:4])
        T.writes(C[0:16])
        b = B.vload([0, 0], "int8x64")
        a_u8 = T.reinterpret(T.broadcast(T.bitwise_xor(
            T.reinterpret(A.vload([0], "int8x4"), dtype="int32"), T.int32(_SIGN_BITS)), 16),
            dtype="uint8x64")
        corr = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx512.vpdpbusd.512"),
            T.broadcast(T.int32(0), 16),
            T.reinterpret(T.broadcast(T.int32(_SIGN_BITS), 16), dtype="uint8x64"), b,
            dtype="int32x16")
        C[T.ramp(T.int32(0), 1, 16)] = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx512.vpdpbusd.512"),
            C.vload([0], "int32x16") - corr, a_u8, b, dtype="int32x16")


@T.prim_func(s_tir=True)
def _impl4_vnni_u8(A: T.Buffer((4,), "uint8", offset_factor=1),
                   B: T.Buffer((16, 4), "int8", offset_factor=1),
                   C: T.Buffer((16,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:16], A[0:4], B[0:16, 0:4])
        T.writes(C[0:16])
        a_u8 = T.reinterpret(T.broadcast(T.reinterpret(A.vload([0], "uint8x4"), dtype="int32"),
                                         16), dtype="uint8x64")
        C[T.ramp(T.int32(0), 1, 16)] = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx512.vpdpbusd.512"),
            C.vload([0], "int32x16"), a_u8, B.vload([0, 0], "int8x64"), dtype="int32x16")


_registered: set[str] = set()


def register(vnni: bool, unsigned: bool = False) -> tuple[str, int] | None:
    """Register (once, lazily) and return the intrinsic for the target and its K group.

    ``unsigned``: uint8 activations, only with VNNI (None otherwise).
    """
    if unsigned and not vnni:
        return None
    name, impl, group = ((DOT_16X4_U8_VNNI, _impl4_vnni_u8, 4) if unsigned
                         else (DOT_16X4_I8_VNNI, _impl4_vnni, 4) if vnni
                         else (DOT_16X2_I8_AVX512, _impl, 2))
    if name not in _registered:
        a_dtype = "uint8" if unsigned else "int8"
        TensorIntrin.register(name, dot_desc(a_dtype, 16, group), impl, override=True)
        _registered.add(name)
    return name, group
