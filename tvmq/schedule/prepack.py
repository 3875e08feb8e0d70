"""Weight packing blocks that MetaSchedule can measure, zero-padded ones included.

A rule packs a constant weight by rewriting its read to a blocked layout; the packing block is
annotated ``meta_schedule.layout_rewrite_preproc``, split into its own function and evaluated
at compile time (`SplitWeightPrepack`). To measure such a kernel, MetaSchedule strips that
block and feeds the kernel a packed weight (``RemoveWeightLayoutRewriteBlock``), which accepts
only a plain copy ``P[map(i)] = W[i]``. A layout that needs padding (6 filter rows of 64
channels) written with ``pad_value`` iterates over the padded space and selects zeros, which
that pass rejects, so the kernel could not be tuned. Here a padded packing block copies over
the weight's own indices instead (the padding is never read: the kernel's tiles are predicated
to the real extent), and `zero_padding` makes the compile-time function fill the padding with
zeros so the packed constants are deterministic.
"""

from __future__ import annotations

from collections.abc import Callable
from math import prod

import tvm
from tvm import s_tir, te, tirx
from tvm.ir.expr import TensorLoad
from tvm.s_tir.schedule import SBlockRV

from .apply import PREPACK_ATTR, layout_free

__all__ = ["pack_read", "zero_padded_module", "zero_padding"]


def pack_read(sch: s_tir.Schedule, main: SBlockRV, read: int, index_map: Callable,
              padded: bool) -> tuple[SBlockRV, bool]:
    """Copy input ``read`` of ``main`` into the layout ``index_map`` (``padded``: it has more
    elements than the weight); returns the copy block and whether it is a compile-time
    packing (the weight is layout-free), which is then annotated as such."""
    weight = sch.get(main).reads[read].source
    pack = sch.cache_read(main, read, "global")
    prepacked = layout_free(sch, weight)
    if padded and prepacked:
        sch.transform_layout(main, ("read", read), index_map, assume_injective_transform=True)
    else:
        sch.transform_layout(main, ("read", read), index_map,
                             pad_value=tirx.const(0, weight.dtype) if padded else None)
    if prepacked:
        sch.annotate(pack, PREPACK_ATTR, True)
    return pack, prepacked


def zero_padding(func: tirx.PrimFunc) -> tirx.PrimFunc | None:
    """A split packing function ``(W, P)`` whose ``P`` is larger than ``W``, rebuilt to write
    zeros where no element of ``W`` lands; None when ``func`` is not one."""
    if len(func.params) != 2:
        return None
    sch = s_tir.Schedule(func)
    blocks = sch.get_child_blocks(sch.get_sblock("root"))
    if len(blocks) != 1:
        return None
    store = sch.get(blocks[0]).body
    if not (isinstance(store, tirx.BufferStore) and isinstance(store.value, TensorLoad)):
        return None
    src, dst = store.value.source, store.buffer
    if prod(int(d) for d in dst.shape) <= prod(int(d) for d in src.shape):
        return None
    inverse, padding = tirx.IndexMap(list(store.value.indices), list(store.indices),
                                     None).non_surjective_inverse(list(src.shape))
    is_pad = tirx.IndexMap(list(inverse.initial_indices), [padding], None)
    weight = te.placeholder([int(d) for d in src.shape], src.dtype, "weight")

    def element(*idx: tirx.PrimExpr) -> tirx.PrimExpr:
        return tirx.if_then_else(is_pad.map_indices(list(idx))[0], tirx.const(0, src.dtype),
                                 weight(*inverse.map_indices(list(idx))))

    packed = te.compute([int(d) for d in dst.shape], element, name="packed")
    out = te.create_prim_func([weight, packed]).without_attr("global_symbol")
    return out.with_attrs(func.attrs) if func.attrs is not None else out


def zero_padded_module(mod: tvm.IRModule, names: set[str]) -> tvm.IRModule:
    """``mod`` with its packing functions ``names`` rebuilt by `zero_padding`."""
    for gvar, func in list(mod.functions_items()):
        if gvar.name_hint in names and isinstance(func, tirx.PrimFunc):
            rebuilt = zero_padding(func)
            if rebuilt is not None:
                mod[gvar] = rebuilt
    return mod
