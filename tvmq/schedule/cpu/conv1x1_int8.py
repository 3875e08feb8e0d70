"""x86 1x1 int8 conv: output pixels as vector lanes (a GEMM over the flattened plane).

The general `Conv2dInt8` tile broadcasts one input pixel and holds 16 output channels per
vector, so its epilogue reads the int32 accumulator transposed (8 gathered lanes per
requantized vector) and stores bytes 1 plane apart; for a 1x1 conv over few input channels that
epilogue costs more than the dot products. For stride-1, unpadded 1x1 convs with uint8
activations (`ShiftInt8ActivationsVnni`) and ``H * W % 16 == 0`` this schedule instead puts 16
consecutive output pixels in a vector:

    acc[f, p:p+16] += vpdpbusd(x4[c/4, p:p+16, 0:4] (64 contiguous bytes), broadcast(W[f, c:c+4]))

with the input copied once to ``[N, C/4, H*W, 4]`` and the weight read in place (OIHW already
holds ``W[f, c:c+4]`` contiguously). The register tile is ``fr`` output channels x ``pv``
vectors of pixels; the epilogue (bias, requantize, residual) then runs on contiguous lanes and
stores contiguous bytes of the NCHW output. Bit-identical to the other schedules.

AVX2 targets run the same schedule with 8 pixels per vector when the weight is 7-bit (the
``w7a8`` scheme, whose activations `ShiftInt8Activations` makes uint8):

    acc[f, p:p+8] += vpmaddwd(vpmaddubsw(x4[c/4, p:p+8, 0:4], broadcast(W[f, c:c+4])), 1)

exact because a pair of uint8 x [-64, 63] products never saturates int16.
"""

from __future__ import annotations

from dataclasses import dataclass

from tvm import s_tir
from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

from ..apply import PREPACK_ATTR, layout_free
from ..int8_tiles import Int8Conv
from ..knobs import choose
from ..target_info import CpuInfo
from ..utils import (
    block_work,
    blocks_before,
    inline_epilogue_chain,
    is_output_block,
    parallel_if,
    schedule_elementwise,
)
from .fallback import inline_single_use_injective
from .pack_c4 import tile_pack_c4

COLS_16X4_U8_VNNI = "tvmq_cols_16x4_u8i8i32_vnni"
COLS_8X4_U8_AVX2 = "tvmq_cols_8x4_u8i7i32_avx2"
GROUP = 4


def _desc(lanes: int):  # noqa: ANN202 (a TVMScript PrimFunc)
    @T.prim_func(s_tir=True)
    def desc(A: T.Buffer((lanes, 4), "uint8", offset_factor=1),
             B: T.Buffer((4,), "int8", offset_factor=1),
             C: T.Buffer((lanes,), "int32", offset_factor=1)) -> None:
        with T.sblock("root"):
            T.reads(C[0:lanes], A[0:lanes, 0:4], B[0:4])
            T.writes(C[0:lanes])
            for i, k in T.grid(lanes, 4):
                with T.sblock("update"):
                    vi, vk = T.axis.remap("SR", [i, k])
                    C[vi] = C[vi] + T.Cast("int32", A[vi, vk]) * T.Cast("int32", B[vk])

    return desc


@T.prim_func(s_tir=True)
def _impl(A: T.Buffer((16, 4), "uint8", offset_factor=1),
          B: T.Buffer((4,), "int8", offset_factor=1),
          C: T.Buffer((16,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:16], A[0:16, 0:4], B[0:4])
        T.writes(C[0:16])
        C[T.ramp(T.int32(0), 1, 16)] = T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx512.vpdpbusd.512"),
            C.vload([0], "int32x16"), A.vload([0, 0], "uint8x64"),
            T.reinterpret(T.broadcast(T.reinterpret(B.vload([0], "int8x4"), dtype="int32"), 16),
                          dtype="int8x64"),
            dtype="int32x16")


@T.prim_func(s_tir=True)
def _impl_avx2(A: T.Buffer((8, 4), "uint8", offset_factor=1),
               B: T.Buffer((4,), "int8", offset_factor=1),
               C: T.Buffer((8,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:8], A[0:8, 0:4], B[0:4])
        T.writes(C[0:8])
        w = T.reinterpret(T.broadcast(T.reinterpret(B.vload([0], "int8x4"), dtype="int32"), 8),
                          dtype="int8x32")
        C[T.ramp(T.int32(0), 1, 8)] += T.call_llvm_pure_intrin(
            T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.wd"),
            T.call_llvm_pure_intrin(T.llvm_lookup_intrinsic_id("llvm.x86.avx2.pmadd.ub.sw"),
                                    A.vload([0, 0], "uint8x32"), w, dtype="int16x16"),
            T.broadcast(T.int16(1), 16), dtype="int32x8")


@dataclass(frozen=True)
class PixelIsa:
    """What the pixel tile needs to know of one instruction set."""

    intrin: str
    lanes: int  # int32 lanes (pixels) per vector
    max_sums: int  # accumulators of the register tile
    registers: int  # vector registers: accumulators + broadcasts + `spare`
    spare: int  # registers each intrinsic call needs besides those (input vector, constants)


VNNI = PixelIsa(COLS_16X4_U8_VNNI, 16, 28, 32, 1)
AVX2 = PixelIsa(COLS_8X4_U8_AVX2, 8, 12, 16, 3)
_IMPLS = {COLS_16X4_U8_VNNI: _impl, COLS_8X4_U8_AVX2: _impl_avx2}
_registered: set[str] = set()


def register_1x1(isa: PixelIsa) -> str:
    """Register (once) and return the pixel-tile intrinsic of ``isa``."""
    if isa.intrin not in _registered:
        TensorIntrin.register(isa.intrin, _desc(isa.lanes), _IMPLS[isa.intrin], override=True)
        _registered.add(isa.intrin)
    return isa.intrin


def register_vnni_1x1() -> str:
    """Register (once) and return the 16-pixel x 4-channel VNNI intrinsic."""
    return register_1x1(VNNI)


def pixel_isa(info: CpuInfo, narrow: bool) -> PixelIsa | None:
    """The pixel-tile variant for a target: VNNI (any int8 weight), AVX2 (7-bit weights)."""
    if info.vnni:
        return VNNI
    return AVX2 if info.avx2 and narrow else None


def fits_conv1x1(sch: s_tir.Schedule, conv: Int8Conv, isa: PixelIsa = VNNI) -> bool:
    """Whether ``conv`` is a stride-1, unpadded 1x1 uint8 conv over a plane of whole vectors
    of pixels (16k with VNNI, 8k with AVX2)."""
    n, f, y, x, c, kh, kw = conv.exts
    if conv.dtypes[:2] != ("uint8", "int8") or (kh, kw) != (1, 1) or c % GROUP:
        return False
    if (y * x) % isa.lanes:
        return False
    data = sch.get(conv.main).reads[conv.d_idx]
    shape = [int(d) for d in data.source.shape]
    # stride 1, no padding: the data read covers exactly the output plane
    return shape[2:] == [y, x]


L1_INPUT_BYTES = 24 * 1024


def _fits(isa: PixelIsa, fr: int, pv: int, vectors: int) -> bool:
    """At most ``max_sums`` accumulators, plus one broadcast weight per channel and the
    intrinsic's own registers; whole pixel vectors."""
    return (vectors % pv == 0 and fr * pv <= isa.max_sums
            and fr * pv + fr + isa.spare <= isa.registers)


def _tile(isa: PixelIsa, f: int, c: int, vectors: int) -> tuple[int, int]:
    """(output channels, pixel vectors) per register tile (knobs ``vnni1x1.rows`` and
    ``vnni1x1.vectors``): of the tiles that `_fits` with their input (``c`` channels x
    ``lanes * pv`` pixels) within `L1_INPUT_BYTES`, the one with the most intrinsic calls per
    operand load, ``fr * pv / (fr + pv)``; then the most accumulators, then more channels.
    On AVX-512 VNNI, 4 x 4 beat 2 x 14 (28 accumulators, but 16 loads per 28 calls) by 10% on
    64->256 @56x56 and 4% on 64->64 @56x56 (per-round ratios, 16 alternated rounds)."""
    best, best_key = (1, 1), (0.0, 0, 0)
    for fr in (8, 4, 2, 1):
        if f % fr:
            continue
        for pv in range(1, 15):
            if not _fits(isa, fr, pv, vectors) or (
                    pv > 1 and c * isa.lanes * pv > L1_INPUT_BYTES):
                continue
            key = (fr * pv / (fr + pv), fr * pv, fr)
            if key > best_key:
                best, best_key = (fr, pv), key
    fr = choose("vnni1x1.rows", [r for r in (8, 4, 2, 1) if f % r == 0], best[0])
    pv = choose("vnni1x1.vectors", [v for v in range(1, 15) if _fits(isa, fr, v, vectors)],
                best[1] if _fits(isa, fr, best[1], vectors) else 1)
    return fr, pv


def tile_conv1x1(sch: s_tir.Schedule, conv: Int8Conv, isa: PixelIsa = VNNI) -> s_tir.Schedule:
    """Schedule a `fits_conv1x1` conv (see module doc)."""
    intrin = register_1x1(isa)
    lanes = isa.lanes
    main = conv.main
    n_, f_, h, w, c_, _, _ = conv.exts
    plane = h * w
    inline_single_use_injective(sch, keep=main)
    for block in blocks_before(sch, main):  # the (zero-width) padding copy
        sch.compute_inline(block)
    weight = sch.get(main).reads[conv.w_idx].source
    pack = sch.cache_read(main, conv.w_idx, "global")
    sch.transform_layout(main, ("read", conv.w_idx), lambda f, c, y, x: (f, y, x, c))
    if layout_free(sch, weight):
        sch.annotate(pack, PREPACK_ATTR, True)
    else:
        schedule_elementwise(sch, pack, 16)
    data = sch.cache_read(main, conv.d_idx, "global")
    sch.transform_layout(main, ("read", conv.d_idx), lambda n, c, y, x: (
        n, c // GROUP, y * w + x, c % GROUP))
    if not tile_pack_c4(sch, data):
        schedule_elementwise(sch, data, 16)
    if is_output_block(sch, main):
        sch.cache_write(main, 0, "global")
    sch.transform_layout(main, ("write", 0), lambda n, f, y, x: (n, f, y * w + x))
    sch.transform_block_layout(main, lambda n, f, y, x, c, kh, kw: (n, f, y * w + x, c, kh, kw))
    epilogue = inline_epilogue_chain(sch, main)
    n, f, p, c, kh, kw = sch.get_loops(main)
    fr, pv = _tile(isa, f_, c_, plane // lanes)
    fo, fi = sch.split(f, factors=[None, fr])
    po, pvi, pi = sch.split(p, factors=[None, pv, lanes])
    co, ci = sch.split(c, factors=[None, GROUP])
    tiles = [n, po, fo] if choose("vnni1x1.order", ["pixels", "channels"],
                                  "pixels") == "pixels" else [n, fo, po]
    sch.reorder(*tiles, co, kh, kw, pvi, fi, pi, ci)
    if epilogue is not None:
        sch.transform_block_layout(epilogue, lambda n, f, y, x: (n, f, y * w + x))
        sch.reverse_compute_at(epilogue, tiles[-1], preserve_unit_loops=True)
        loops = sch.get_loops(epilogue)
        _, inner = sch.split(loops[-1], factors=[None, lanes])
        sch.vectorize(inner)
    parallel_if(sch, sch.fuse(*tiles), block_work(sch, main))
    init = sch.decompose_reduction(main, co)
    sch.vectorize(sch.get_loops(init)[-1])
    sch.tensorize(pi, intrin)
    sch.unroll(pvi)
    sch.unroll(fi)
    return sch
