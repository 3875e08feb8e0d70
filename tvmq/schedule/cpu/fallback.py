"""CPU fallback rule: inline injective stages, then parallel outer loops and vector inner loops."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule
from tvm.s_tir.schedule import SBlockRV
from tvm.target import Target
from tvm_ffi import get_global_func

from ..target_info import cpu_info
from ..utils import (
    PARALLEL_MIN_WORK,
    extent,
    is_output_block,
    iter_kinds,
    loops_match_iters,
    prod,
    root_blocks,
    schedule_elementwise,
    vectorize_inner,
)


class Fallback(ScheduleRule):
    """Any function: elementwise, injective (reshape/transpose/pad) and reductions.

    Injective stages with a single consumer are inlined into it; every remaining root block
    gets its spatial loops fused and run in parallel over the cores and its innermost loop
    vectorized to the target's width for the block's output dtype.
    """

    def apply(self, func: tirx.PrimFunc, target: Target, _: bool) -> s_tir.Schedule | None:
        """Schedule any llvm function (None for other targets)."""
        if not isinstance(func, tirx.PrimFunc) or target.kind.name != "llvm":
            return None
        info = cpu_info(target)
        sch = s_tir.Schedule(func)
        inline_single_use_injective(sch)
        blocks = root_blocks(sch)
        if len(blocks) > 1 and _fuse_rows(sch, blocks, info):
            return sch
        sch = s_tir.Schedule(func)
        if _pool_rows(sch, info):
            return sch
        sch = s_tir.Schedule(func)
        inline_single_use_injective(sch)
        for block in root_blocks(sch):
            for part in split_padding(sch, block):
                schedule_elementwise(sch, part, _lanes(sch, part, info))
        return sch


def _lanes(sch: s_tir.Schedule, block: SBlockRV, info) -> int:
    return info.lanes(str(sch.get(block).writes[0].source.dtype))


def _fuse_rows(sch: s_tir.Schedule, blocks: list[SBlockRV], info) -> bool:
    """Row-wise fusion for normalizations (softmax, layer norm): one parallel loop over rows.

    Every block is computed at the row loop of the last (spatial) block, so a row's
    reductions and its elementwise work share one pass over the cache and one parallel region.
    """
    last = blocks[-1]
    if "R" in iter_kinds(sch, last) or not loops_match_iters(sch, last):
        return False
    loops = sch.get_loops(last)
    if len(loops) < 2:
        return False
    exts = [extent(sch, lp) for lp in loops]
    if any(e is None for e in exts):
        return False
    try:
        for block in reversed(blocks[:-1]):
            sch.compute_at(block, loops[-2], preserve_unit_loops=True)
    except Exception:  # noqa: BLE001 (producers not row-aligned with the output)
        return False
    rows = sch.fuse(*loops[:-1]) if len(loops) > 2 else loops[0]
    if prod(exts) >= PARALLEL_MIN_WORK and prod(exts[:-1]) > 1:
        sch.parallel(rows)
    for block in sch.get_child_blocks(rows):
        if "R" not in iter_kinds(sch, block):
            vectorize_inner(sch, block, _lanes(sch, block, info))
    return True


def _pool_rows(sch: s_tir.Schedule, info) -> bool:
    """Pooling (``n, c, y, x`` reduced over a ``kh x kw`` window, after a padding stage; NHWC
    pools go to `_pool_nhwc`).

    The padding stays a stage of its own (inlined, every window tap tested its bounds) and
    output rows run in parallel, the row and window loops left for LLVM to vectorize. The
    generic schedule (padding inlined, one parallel loop over every output element) took
    5.2 ms for a 3x3/2 int8 max pool of 64x112x112, this one 0.4-0.6 ms (2 cores, shared).
    """
    blocks = root_blocks(sch)
    pool = blocks[-1]
    if len(blocks) > 2 or iter_kinds(sch, pool) != "SSSSRR" or not loops_match_iters(sch, pool):
        return False
    n, c, y, *rest = sch.get_loops(pool)
    exts = [extent(sch, lp) for lp in (n, c, y, *rest)]
    if any(e is None for e in exts) or exts[3] < 4:
        return False
    if _channels_last(sch, pool):
        return _pool_nhwc(sch, info, blocks, exts)
    if len(blocks) == 2:
        for part in split_padding(sch, blocks[0]):
            schedule_elementwise(sch, part, _lanes(sch, part, info))
    rows = sch.fuse(n, c, y)
    if prod(exts) >= PARALLEL_MIN_WORK and prod(exts[:3]) > 1:
        sch.parallel(rows)
    return True


def _channels_last(sch: s_tir.Schedule, pool: SBlockRV) -> bool:
    """Whether the pool reads its input's last axis by its last spatial iterator (NHWC)."""
    stmt = sch.get(pool)
    last = stmt.reads[-1].region[-1].min if stmt.reads else None
    spatial = [iv.var for iv in stmt.iter_vars if iv.iter_type == tirx.IterVar.DataPar]
    return last is not None and len(spatial) == 4 and last.same_as(spatial[3])


def _pool_nhwc(sch: s_tir.Schedule, info, blocks: list[SBlockRV], exts: list[int]) -> bool:
    """An NHWC pool: the padding inlined (its bounds test is one per window tap, uniform over
    the channel vector), window loops outside the vectorized channels, rows in parallel. The
    int8 ResNet-50's 3x3/2 stem pool on 112x112x64 (after `Int8ConvNhwc`): 8 us, against 41
    with the NCHW schedule's padding stage and 29-33 for the NCHW `max_pool_3s2` kernel."""
    pool = blocks[-1]
    if len(blocks) == 2:
        sch.compute_inline(blocks[0])
    n, y, x, c, ry, rx = sch.get_loops(pool)
    sch.reorder(n, y, x, ry, rx, c)
    vectorize_inner(sch, pool, _lanes(sch, pool, info))
    rows = sch.fuse(n, y)
    if prod(exts) >= PARALLEL_MIN_WORK and prod(exts[:2]) > 1:
        sch.parallel(rows)
    return True


def split_padding(sch: s_tir.Schedule, block: SBlockRV) -> list[SBlockRV]:
    """A constant padding ``out = cond ? f(in) : c`` as two blocks: ``c`` over the whole output,
    then ``f(in)`` over the interior rows (`decompose_padding`); ``[block]`` for other blocks.

    Each can be vectorized: with the bounds test per element, a vectorized row of 58 (or 114)
    bytes was scalarized, and the padding stage of ResNet's 64x112x112 max pool took most of
    its 440 us (190 us split).
    """
    if not get_global_func("s_tir.schedule.HasIfThenElse")(sch.get(block)):
        return [block]
    loops = sch.get_loops(block)
    if not loops or "R" in iter_kinds(sch, block):
        return [block]
    try:
        fill = sch.decompose_padding(block, loops[0])
    except Exception:  # noqa: BLE001 (not a constant padding)
        return [block]
    return [fill, block]


def inline_single_use_injective(sch: s_tir.Schedule, keep: SBlockRV | None = None) -> None:
    """Inline spatial-only intermediate blocks that feed exactly one consumer.

    Blocks feeding ``keep`` directly (e.g. the padding of a convolution) stay separate.
    """
    keep_name = sch.get(keep).name_hint if keep is not None else None
    for block in reversed(root_blocks(sch)):
        if is_output_block(sch, block) or "R" in iter_kinds(sch, block):
            continue
        consumers = sch.get_consumers(block)
        if len(consumers) != 1 or sch.get(consumers[0]).name_hint == keep_name:
            continue
        try:
            sch.compute_inline(block)
        except Exception:  # noqa: BLE001 (not inlinable, e.g. a non-trivial producer access)
            continue
