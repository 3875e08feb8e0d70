"""x86 VNNI 1x1 int8 conv: output pixels as vector lanes (a GEMM over the flattened plane).

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
"""

from __future__ import annotations

from tvm import s_tir
from tvm.s_tir import TensorIntrin
from tvm.script import tirx as T

from ..apply import PREPACK_ATTR, layout_free
from ..int8_tiles import Int8Conv
from ..knobs import choose
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
LANES, GROUP = 16, 4


@T.prim_func(s_tir=True)
def _desc(A: T.Buffer((16, 4), "uint8", offset_factor=1),
          B: T.Buffer((4,), "int8", offset_factor=1),
          C: T.Buffer((16,), "int32", offset_factor=1)) -> None:
    with T.sblock("root"):
        T.reads(C[0:16], A[0:16, 0:4], B[0:4])
        T.writes(C[0:16])
        for i, k in T.grid(16, 4):
            with T.sblock("update"):
                vi, vk = T.axis.remap("SR", [i, k])
                C[vi] = C[vi] + T.Cast("int32", A[vi, vk]) * T.Cast("int32", B[vk])


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


_registered: list[bool] = []


def register_vnni_1x1() -> str:
    """Register (once) and return the 16-pixel x 4-channel VNNI intrinsic."""
    if not _registered:
        TensorIntrin.register(COLS_16X4_U8_VNNI, _desc, _impl, override=True)
        _registered.append(True)
    return COLS_16X4_U8_VNNI


def fits_conv1x1(sch: s_tir.Schedule, conv: Int8Conv) -> bool:
    """Whether ``conv`` is a stride-1, unpadded 1x1 uint8 conv over a plane of 16k pixels."""
    n, f, y, x, c, kh, kw = conv.exts
    if conv.dtypes[:2] != ("uint8", "int8") or (kh, kw) != (1, 1) or c % GROUP:
        return False
    if (y * x) % LANES:
        return False
    data = sch.get(conv.main).reads[conv.d_idx]
    shape = [int(d) for d in data.source.shape]
    # stride 1, no padding: the data read covers exactly the output plane
    return shape[2:] == [y, x]


L1_INPUT_BYTES = 24 * 1024


def _fits(fr: int, pv: int, vectors: int) -> bool:
    """At most 28 accumulators, plus one broadcast weight per channel and one input vector
    within 32 registers; whole pixel vectors."""
    return vectors % pv == 0 and fr * pv <= 28 and fr * pv + fr + 1 <= 32


def _tile(f: int, c: int, vectors: int) -> tuple[int, int]:
    """(output channels, pixel vectors) per register tile: the largest that `_fits` with the
    tile's input (``c`` channels x ``16 * pv`` pixels) within `L1_INPUT_BYTES` (knobs
    ``vnni1x1.rows`` and ``vnni1x1.vectors``)."""
    best = (1, 1)
    for fr in (8, 4, 2, 1):
        if f % fr:
            continue
        for pv in range(1, 15):
            if not _fits(fr, pv, vectors) or (pv > 1 and c * LANES * pv > L1_INPUT_BYTES):
                continue
            if fr * pv > best[0] * best[1] or (fr * pv == best[0] * best[1] and fr > best[0]):
                best = (fr, pv)
    fr = choose("vnni1x1.rows", [r for r in (8, 4, 2, 1) if f % r == 0], best[0])
    pv = choose("vnni1x1.vectors", [v for v in range(1, 15) if _fits(fr, v, vectors)],
                best[1] if _fits(fr, best[1], vectors) else 1)
    return fr, pv


def tile_conv1x1(sch: s_tir.Schedule, conv: Int8Conv) -> s_tir.Schedule:
    """Schedule a `fits_conv1x1` conv (see module doc)."""
    intrin = register_vnni_1x1()
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
    fr, pv = _tile(f_, c_, plane // LANES)
    fo, fi = sch.split(f, factors=[None, fr])
    po, pvi, pi = sch.split(p, factors=[None, pv, LANES])
    co, ci = sch.split(c, factors=[None, GROUP])
    tiles = [n, po, fo] if choose("vnni1x1.order", ["pixels", "channels"],
                                  "pixels") == "pixels" else [n, fo, po]
    sch.reorder(*tiles, co, kh, kw, pvi, fi, pi, ci)
    if epilogue is not None:
        sch.transform_block_layout(epilogue, lambda n, f, y, x: (n, f, y * w + x))
        sch.reverse_compute_at(epilogue, tiles[-1], preserve_unit_loops=True)
        loops = sch.get_loops(epilogue)
        _, inner = sch.split(loops[-1], factors=[None, LANES])
        sch.vectorize(inner)
    parallel_if(sch, sch.fuse(*tiles), block_work(sch, main))
    init = sch.decompose_reduction(main, co)
    sch.vectorize(sch.get_loops(init)[-1])
    sch.tensorize(pi, intrin)
    sch.unroll(pvi)
    sch.unroll(fi)
    return sch
