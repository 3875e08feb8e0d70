"""Register-tile choice for the AArch64 int8 rules (32 NEON registers, 4 int32 lanes each)."""

from __future__ import annotations

from .neon_intrin import LANES

# Accumulator registers a tile may use: the rest hold weight vectors, the broadcast input and
# (without sdot) the smull/saddlp temporaries.
ACC_BUDGET = {True: 24, False: 16}


def register_tile(rows: int, cols: int, sdot: bool) -> tuple[int, int]:
    """(rows, columns) of the register tile for a ``rows`` x ``cols`` int32 output.

    Rows must divide ``rows`` (a tensorized tile has no tail); columns are 1-8 vectors of 4
    dividing ``cols`` (a multiple of 4). Most accumulators within the budget win, then the
    squarest tile (fewest loads per multiply-add: ``rows`` broadcasts + ``nv`` weight vectors);
    e.g. the 7 output columns of a 7x7 conv give a 7 x 2-vector tile rather than 1 x 4.
    """
    budget = ACC_BUDGET[sdot]
    best = (0, 0, 0, 0)
    for r in range(1, 9):
        if rows % r:
            continue
        for nv in range(1, 9):
            if cols % (nv * LANES) or r * nv > budget:
                continue
            best = max(best, (r * nv, -(r + nv), nv, r))
    _, _, nv, r = best
    return r, nv * LANES
