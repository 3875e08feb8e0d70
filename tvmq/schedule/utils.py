"""Small helpers shared by the CPU schedule rules: root blocks, tiles, loop extents."""

from __future__ import annotations

from tvm import s_tir, tirx
from tvm.s_tir.schedule import LoopRV, SBlockRV
from tvm.sym import detect_linear_equation
from tvm_ffi import get_global_func

# Below this many output elements a loop is not worth a parallel region (thread-pool wake-up
# costs a few microseconds).
PARALLEL_MIN_WORK = 32768
# Matmul/conv kernels with fewer multiply-adds than this run on one core: waking the thread
# pool costs more than the split saves.
PARALLEL_MIN_MACS = 1 << 20


def block_work(sch: s_tir.Schedule, block: SBlockRV) -> int:
    """Iterations of ``block`` (multiply-adds of a matmul/conv), from its iter var domains."""
    return prod([int(iv.dom.extent) for iv in sch.get(block).iter_vars])


def parallel_if(sch: s_tir.Schedule, loop: LoopRV, work: int) -> None:
    """Mark ``loop`` parallel when ``work`` multiply-adds reach `PARALLEL_MIN_MACS`."""
    if work >= PARALLEL_MIN_MACS:
        sch.parallel(loop)


def root_blocks(sch: s_tir.Schedule) -> list[SBlockRV]:
    """The blocks directly under the function's root block, in program order."""
    return list(sch.get_child_blocks(sch.get_sblock("root")))


def single_reduction(sch: s_tir.Schedule) -> SBlockRV | None:
    """The one root-level block with a reduction iterator, or None if there are 0 or several."""
    reductions = [b for b in root_blocks(sch) if "R" in iter_kinds(sch, b)]
    return reductions[0] if len(reductions) == 1 else None


def extent(sch: s_tir.Schedule, loop: LoopRV) -> int | None:
    """Constant extent of ``loop`` (None when symbolic)."""
    ext = sch.get(loop).extent
    return int(ext) if isinstance(ext, tirx.IntImm) else None


def pick_tile(n: int, candidates: list[int]) -> int:
    """The first candidate tile that divides ``n``, else the first one not above ``n``.

    ``n`` smaller than every candidate is its own tile.
    """
    fitting = [c for c in candidates if c <= n]
    if not fitting:
        return n
    for c in fitting:
        if n % c == 0:
            return c
    return fitting[0]


def split_inner(sch: s_tir.Schedule, loop: LoopRV, factor: int) -> tuple[LoopRV, LoopRV]:
    """Split ``loop`` into (outer, inner) with an inner extent of ``factor``."""
    outer, inner = sch.split(loop, factors=[None, factor], preserve_unit_iters=False)
    return outer, inner


def is_output_block(sch: s_tir.Schedule, block: SBlockRV) -> bool:
    """Whether ``block`` writes a parameter buffer of the function."""
    params = list(sch.mod["main"].params)
    return any(w.source.same_as(p) for w in sch.get(block).writes for p in params)


def iter_kinds(sch: s_tir.Schedule, block: SBlockRV) -> str:
    """``S``/``R``/``O`` per block iter var (spatial, reduction, other)."""
    kinds = {tirx.IterVar.DataPar: "S", tirx.IterVar.CommReduce: "R"}
    return "".join(kinds.get(iv.iter_type, "O") for iv in sch.get(block).iter_vars)


def loops_match_iters(sch: s_tir.Schedule, block: SBlockRV) -> bool:
    """Whether each block iter is bound to exactly its own loop, in order (untouched nests)."""
    loops = sch.get_loops(block)
    values = _iter_values(sch, block)
    if len(loops) != len(values):
        return False
    return all(isinstance(v, tirx.Var) and v.same_as(sch.get(lp).loop_var)
               for v, lp in zip(values, loops, strict=True))


def _iter_values(sch: s_tir.Schedule, block: SBlockRV) -> list[tirx.PrimExpr]:
    realize = get_global_func("s_tir.schedule.GetSBlockRealize")(sch, block)
    return list(realize.iter_values)


def vectorize_inner(sch: s_tir.Schedule, block: SBlockRV, lanes: int) -> None:
    """Vectorize the innermost loop of ``block`` (split to ``lanes`` when longer)."""
    loops = sch.get_loops(block)
    if not loops:
        return
    inner = loops[-1]
    ext = extent(sch, inner)
    if ext is None or ext <= 1 or sch.get(inner).kind != tirx.ForKind.SERIAL:
        return
    if ext > 4 * lanes or (ext > lanes and ext % lanes == 0):
        _, inner = split_inner(sch, inner, lanes)
    sch.vectorize(inner)


def inline_epilogue_chain(sch: s_tir.Schedule, main: SBlockRV) -> SBlockRV | None:
    """Inline the spatial blocks after ``main`` into the last one and return that last block.

    When ``main`` writes the function output itself, a write-back stage is added so that the
    caller can compute it per tile. None when the blocks after ``main`` cannot be merged.
    """
    after = _blocks_after(sch, main)
    if not after:
        if not is_output_block(sch, main):
            return None
        sch.cache_write(main, 0, "global")
        after = _blocks_after(sch, main)
    for block in after[:-1]:
        try:
            sch.compute_inline(block)
        except Exception:  # noqa: BLE001 (s_tir raises ScheduleError subclasses of TVMError)
            return None
    return after[-1]


def _blocks_after(sch: s_tir.Schedule, main: SBlockRV) -> list[SBlockRV]:
    blocks = root_blocks(sch)
    names = [sch.get(b).name_hint for b in blocks]
    idx = names.index(sch.get(main).name_hint)
    return blocks[idx + 1:]


def blocks_before(sch: s_tir.Schedule, main: SBlockRV) -> list[SBlockRV]:
    """Root blocks that come before ``main``."""
    blocks = root_blocks(sch)
    names = [sch.get(b).name_hint for b in blocks]
    return blocks[:names.index(sch.get(main).name_hint)]


def inline_copies(sch: s_tir.Schedule, blocks: list[SBlockRV], lanes: int) -> None:
    """Inline each of ``blocks`` that is a plain copy (padding by zero pixels) into its
    consumer; schedule the others (real padding) as their own vectorized stages."""
    for block in blocks:
        if not get_global_func("s_tir.schedule.HasIfThenElse")(sch.get(block)):
            try:
                sch.compute_inline(block)
                continue
            except Exception:  # noqa: BLE001 (not inlinable: keep it as its own stage)
                pass
        schedule_elementwise(sch, block, lanes)


def schedule_elementwise(sch: s_tir.Schedule, block: SBlockRV, lanes: int) -> None:
    """Parallelize the outer loops and vectorize the inner loop of one root-level block.

    Spatial loops in front are fused and run in parallel; when every loop is spatial the
    innermost is vectorized; a reduction keeps its serial inner loops (a trailing spatial loop
    after them is vectorized).
    """
    if not loops_match_iters(sch, block):
        return
    kinds = iter_kinds(sch, block)
    if "O" in kinds:
        return
    loops = sch.get_loops(block)
    exts = [extent(sch, lp) for lp in loops]
    if not loops or any(e is None for e in exts):  # no loops: e.g. a partitioned copy's wrapper
        return
    if "R" not in kinds:
        if not get_global_func("s_tir.schedule.HasIfThenElse")(sch.get(block)):
            _widen_inner(sch, block, lanes)  # not padding: its fused rows would need gathers
        vectorize_inner(sch, block, lanes)
        loops = sch.get_loops(block)
        vectorized = sch.get(loops[-1]).kind == tirx.ForKind.VECTORIZED
        outer = loops[:-1] if len(loops) > 1 and vectorized else loops
        work = prod(exts)
        if outer and work >= PARALLEL_MIN_WORK:
            sch.parallel(sch.fuse(*outer) if len(outer) > 1 else outer[0])
        return
    lead = len(kinds) - len(kinds.lstrip("S"))
    if kinds.endswith("S") and exts[-1] > 1:
        vectorize_inner(sch, block, lanes)
        loops = sch.get_loops(block)
    if lead and prod(exts) >= PARALLEL_MIN_WORK and prod(exts[:lead]) > 1:
        outer = loops[:lead]
        sch.parallel(sch.fuse(*outer) if len(outer) > 1 else outer[0])


def _widen_inner(sch: s_tir.Schedule, block: SBlockRV, lanes: int) -> None:
    """Fuse the innermost loops of a spatial block until they span at least ``lanes``.

    A short inner loop (e.g. 16 float32 -> int8 lanes of a 64-lane int8 store) otherwise
    leaves LLVM to vectorize the outer loop with gathers and byte scatters (4-8x slower).
    """
    if _strided_inner(sch, block):
        return
    loops = sch.get_loops(block)
    exts = [extent(sch, lp) for lp in loops]
    n = 1
    while n < len(loops) and prod(exts[len(loops) - n:]) < lanes:
        n += 1
    # Where every buffer is indexed by the loops themselves (a shift, a cast), keep fusing until
    # the inner extent is whole vectors: 28x28 = 24.5 vectors of 32 bytes otherwise leaves a
    # predicated, scalarized tail in every row.
    if _indexed_by_iters(sch, block):
        while n < len(loops) and prod(exts[len(loops) - n:]) % lanes:
            n += 1
    while n > 1 and not _rows_contiguous(sch, block, n):
        n -= 1
    if n > 1:
        sch.fuse(*loops[len(loops) - n:])


def _rows_contiguous(sch: s_tir.Schedule, block: SBlockRV, n: int) -> bool:
    """Whether fusing the innermost ``n`` loops keeps every access contiguous: each buffer
    indexed by all of them is indexed by exactly those iter vars, in its trailing dims, whose
    inner extents match the loops'. A padding's interior (rows of 28 written into rows of 30)
    fused to 784 pixels wrote with a scatter and an index division per lane."""
    stmt = sch.get(block)
    ivars = [iv.var for iv in stmt.iter_vars][-n:]
    exts = [int(iv.dom.extent) for iv in stmt.iter_vars][-n:]
    for region in [*stmt.reads, *stmt.writes]:
        mins = [r.min for r in region.region]
        used = {v for m in mins for v in tirx.analysis.undefined_vars(m)}
        if not all(any(u.same_as(v) for u in used) for v in ivars):
            continue  # not indexed by every fused loop (a broadcast operand): as before
        shape = list(region.source.shape)
        if len(mins) < n or not all(m.same_as(v) for m, v in zip(mins[-n:], ivars, strict=True)):
            return False
        if not all(isinstance(d, tirx.IntImm) and int(d) == e
                   for d, e in zip(shape[-n + 1:], exts[1:], strict=True)):
            return False
    return True


def _strided_inner(sch: s_tir.Schedule, block: SBlockRV) -> bool:
    """Whether a read steps through memory by more than one element per innermost iteration
    (a strided slice ``x[.., 2*y, 2*x]``). Fused with the row loop and vectorized, such a read
    becomes a gather with a division per lane: 900 us for a 256x28x28 int8 slice, against 55
    with the row loop vectorized alone."""
    stmt = sch.get(block)
    if not stmt.iter_vars:
        return False
    inner = stmt.iter_vars[-1].var
    for region in stmt.reads:
        for r in region.region:
            coeff = detect_linear_equation(r.min, [inner])
            if coeff and isinstance(coeff[0], tirx.IntImm) and abs(int(coeff[0])) > 1:
                return True
    return False


def _indexed_by_iters(sch: s_tir.Schedule, block: SBlockRV) -> bool:
    """Whether every read and write of ``block`` is ``buf[v0, v1, ...]`` of its iter vars."""
    stmt = sch.get(block)
    ivars = [iv.var for iv in stmt.iter_vars]
    for region in [*stmt.reads, *stmt.writes]:
        mins = [r.min for r in region.region]
        if len(mins) != len(ivars) or not all(m.same_as(v) for m, v in zip(mins, ivars,
                                                                           strict=True)):
            return False
        if not all(isinstance(r.extent, tirx.IntImm) and int(r.extent) == 1
                   for r in region.region):
            return False
    return True


def prod(xs: list[int]) -> int:
    """Product of ``xs``."""
    out = 1
    for x in xs:
        out *= x
    return out


def unroll_outer(sch: s_tir.Schedule, block: SBlockRV, depth: int) -> None:
    """Unroll the loops of ``block`` between the tile loop and its vectorized inner loop.

    With every access to the accumulator tile at a constant offset, LLVM keeps the tile in
    vector registers instead of a stack array.
    """
    loops = sch.get_loops(block)[depth:]
    for loop in loops:
        if sch.get(loop).kind == tirx.ForKind.SERIAL and (extent(sch, loop) or 0) > 1:
            sch.unroll(loop)


def in_root_block(func: tirx.PrimFunc) -> tirx.PrimFunc:
    """``func`` with its body in one block under a root block: Relax's reshape detection
    (``RewriteDataflowReshape``, which inspects every one-input kernel) and
    ``SplitLayoutRewritePreproc`` require that shape of body."""
    name = str(func.attrs["tvmq.kernel"])
    kernel = s_tir.SBlockRealize([], True, s_tir.SBlock([], [], [], name, func.body))
    root = s_tir.SBlock([], [], [], "root", kernel)
    return func.with_body(s_tir.SBlockRealize([], True, root))
