"""AVX2 tensor intrinsics for int8 x int8 -> int32 dot products (8 int32 lanes per vector).

TVM ships no AVX2 int8 intrinsic. tvmq registers two, both exact:

- ``tvmq_dot_8x4_i8i7i32_avx2`` (``vpmaddubsw`` + ``vpmaddwd``), for weights in [-64, 63]
  ("7-bit", what ``QuantConfig(weight_bits=7)`` / the ``w7a8`` scheme produces).
  ``vpmaddubsw`` multiplies uint8 x int8 and adds pairs into int16 *with saturation*, so the
  int8 activation is shifted to uint8 (``a + 128``, an xor of the sign bits) and
  ``128 * sum_k b`` is subtracted (one more ``vpmaddubsw``/``vpmaddwd`` per weight vector,
  shared by every row of the register tile). With ``a + 128`` in [0, 255] and ``b`` in
  [-64, 63] a pair sum lies in [-32640, 32130]: it never saturates. ``vpmaddwd`` against ones
  widens the int16 pairs to int32. 32 multiply-adds per 3 instructions.
- ``tvmq_dot_8x2_i8i8i32_avx2`` (``vpmaddwd`` on sign-extended int16), for any int8 weight
  (2 x 128 x 128 fits in int32). 16 multiply-adds per 2 instructions (plus the widening of
  the weights, done once per weight load).

The rules pick the 7-bit one only when every value of the constant weight is in [-64, 63]
(`tvmq.schedule.apply.narrow_int8`), so a full-range int8 weight is never saturated.
"""

from __future__ import annotations

from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

from ..dot_desc import dot_desc

DOT_8X4_I7_AVX2 = "tvmq_dot_8x4_i8i7i32_avx2"
DOT_8X2_I8_AVX2 = "tvmq_dot_8x2_i8i8i32_avx2"
DOT_8X4_U8_AVX2 = "tvmq_dot_8x4_u8i7i32_avx2"
DOT_8X2_I16_AVX2 = "tvmq_dot_8x2_i16i16i32_avx2"
NARROW_MIN, NARROW_MAX = -64, 63  # weight range for which vpmaddubsw never saturates
_SIGN_BITS = -2139062144  # 0x80808080 as int32: the sign bit of each of 4 bytes


@T.prim_func(s_tir=True)
def _impl4(A: T.Buffer((4,), "int8", offset_factor=1),
           B: T.Buffer((8, 4), "int8", offset_factor=1),
           C: T.Buffer((8,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:8], A[0:4], B[0:8, 0:4])
        T.writes(C[0:8])
        b = B.vload([0, 0], "int8x32")
        ones = T.broadcast(T.int16(1), 16)
        a_u8 = T.reinterpret(T.broadcast(T.bitwise_xor(
            T.reinterpret(A.vload([0], "int8x4"), dtype="int32"), T.int32(_SIGN_BITS)), 8),
            dtype="uint8x32")
        sign_u8 = T.reinterpret(T.broadcast(T.int32(_SIGN_BITS), 8), dtype="uint8x32")
        corr = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.wd"),
            T.call_llvm_pure_intrin(T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.ub.sw"),
                                    sign_u8, b, dtype="int16x16"),
            ones, dtype="int32x8")
        dot = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.wd"),
            T.call_llvm_pure_intrin(T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.ub.sw"),
                                    a_u8, b, dtype="int16x16"),
            ones, dtype="int32x8")
        C[T.ramp(T.int32(0), 1, 8)] = C.vload([0], "int32x8") + dot - corr


@T.prim_func(s_tir=True)
def _impl4u(A: T.Buffer((4,), "uint8", offset_factor=1),
            B: T.Buffer((8, 4), "int8", offset_factor=1),
            C: T.Buffer((8,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:8], A[0:4], B[0:8, 0:4])
        T.writes(C[0:8])
        a_u8 = T.reinterpret(T.broadcast(T.reinterpret(A.vload([0], "uint8x4"), dtype="int32"),
                                         8), dtype="uint8x32")
        C[T.ramp(T.int32(0), 1, 8)] += T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.wd"),
            T.call_llvm_pure_intrin(T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.ub.sw"),
                                    a_u8, B.vload([0, 0], "int8x32"), dtype="int16x16"),
            T.broadcast(T.int16(1), 16), dtype="int32x8")


@T.prim_func(s_tir=True)
def _impl2(A: T.Buffer((2,), "int8", offset_factor=1),
           B: T.Buffer((8, 2), "int8", offset_factor=1),
           C: T.Buffer((8,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:8], A[0:2], B[0:8, 0:2])
        T.writes(C[0:8])
        a_pair = T.reinterpret(T.Cast("int16x2", A.vload([0], "int8x2")), dtype="int32")
        a = T.reinterpret(T.broadcast(a_pair, 8), dtype="int16x16")
        b = T.Cast("int16x16", B.vload([0, 0], "int8x16"))
        C[T.ramp(T.int32(0), 1, 8)] += T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.wd"), a, b, dtype="int32x8")


@T.prim_func(s_tir=True)
def _impl2_i16(A: T.Buffer((2,), "int16", offset_factor=1),
               B: T.Buffer((8, 2), "int16", offset_factor=1),
               C: T.Buffer((8,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:8], A[0:2], B[0:8, 0:2])
        T.writes(C[0:8])
        a = T.reinterpret(T.broadcast(T.reinterpret(A.vload([0], "int16x2"), dtype="int32"), 8),
                          dtype="int16x16")
        C[T.ramp(T.int32(0), 1, 8)] += T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.wd"), a, B.vload([0, 0], "int16x16"),
            dtype="int32x8")


_registered: set[str] = set()


def register_int16_avx2() -> tuple[str, int, int]:
    """Register (once) and return (intrinsic, K group, lanes) of the int16 x int16 -> int32
    ``vpmaddwd`` dot product (`tvmq.schedule.winograd_int8`'s GEMM)."""
    if DOT_8X2_I16_AVX2 not in _registered:
        TensorIntrin.register(DOT_8X2_I16_AVX2, dot_desc("int16", 8, 2, "int16"), _impl2_i16,
                              override=True)
        _registered.add(DOT_8X2_I16_AVX2)
    return DOT_8X2_I16_AVX2, 2, 8


def register_avx2(narrow: bool, unsigned: bool = False) -> tuple[str, int, int] | None:
    """Register (once) and return (intrinsic, K group, lanes) for AVX2.

    ``narrow``: every weight value is in [`NARROW_MIN`, `NARROW_MAX`], so the ``vpmaddubsw``
    intrinsics are exact; otherwise the ``vpmaddwd`` one is used. ``unsigned``: the
    activations are uint8 (no shift, no correction; see `ShiftInt8Activations`); None when
    the weights are not narrow as well.
    """
    if unsigned and not narrow:
        return None
    name, impl, group = ((DOT_8X4_U8_AVX2, _impl4u, 4) if unsigned
                         else (DOT_8X4_I7_AVX2, _impl4, 4) if narrow
                         else (DOT_8X2_I8_AVX2, _impl2, 2))
    if name not in _registered:
        a_dtype = "uint8" if unsigned else "int8"
        TensorIntrin.register(name, dot_desc(a_dtype, 8, group), impl, override=True)
        _registered.add(name)
    return name, group, 8


def pick_x86(info, narrow: bool, columns: int, unsigned: bool = False
             ) -> tuple[str, int, int] | None:
    """(intrinsic, K group, int32 lanes) for an x86 target, None without AVX2.

    AVX-512 targets use `int8_intrin` (``vpdpbusd`` with VNNI, for int8 or uint8
    activations, else 512-bit ``vpmaddwd``) when ``columns`` (output columns/channels) is a
    multiple of 16; AVX2 targets, and AVX-512
    ones for 8, 24, 40... columns, use this module's 8-lane intrinsics (``narrow``: 7-bit
    weights).
    """
    if info.avx512 and columns % 16 == 0 and (info.vnni or not unsigned):
        from .int8_intrin import register

        return (*register(info.vnni, unsigned), 16)
    if info.avx2:
        return register_avx2(narrow, unsigned)
    return None
