"""Per-layer output SQNR: run the float and the quantized module side by side on sample batches."""

from __future__ import annotations

import numpy as np
import tvm
from tvm import relax

from ..model import Model
from .calibrate import instrument
from .graph import Layer


def _run(mod: tvm.IRModule, watch: list, model: Model,
         batches: list[dict[str, np.ndarray]]) -> list[list[np.ndarray]]:
    ex = tvm.compile(instrument(mod, watch), target=tvm.target.Target("llvm"))
    vm = relax.VirtualMachine(ex, tvm.cpu())
    out = []
    for batch in batches:
        res = vm["main"](*[tvm.runtime.tensor(batch[s.name], tvm.cpu()) for s in model.inputs])
        out.append([r.numpy() for r in list(res)[1:]])
    return out


def layer_sqnr(model: Model, fmod: tvm.IRModule, layers: list[Layer], qmod: tvm.IRModule,
               outputs: dict[str, tuple],
               batches: list[dict[str, np.ndarray]]) -> dict[str, float]:
    """SQNR (dB) of each quantized layer's output against the float layer's output.

    The quantized model runs end to end, so the figure includes the error of every earlier
    quantized layer.
    """
    names = [lay.name for lay in layers if lay.name in outputs]
    if not names or not batches:
        return {}
    by_name = {lay.name: lay for lay in layers}
    ref = _run(fmod, [outputs[n][3] if len(outputs[n]) > 3 else by_name[n].output
                      for n in names], model, batches)
    got = _run(qmod, [outputs[n][0] for n in names], model, batches)
    signal = dict.fromkeys(names, 0.0)
    noise = dict.fromkeys(names, 0.0)
    for rb, gb in zip(ref, got, strict=True):
        for name, r, g in zip(names, rb, gb, strict=True):
            scale, zp = outputs[name][1:3]
            if scale is not None:
                g = (g.astype(np.float64) - zp) * scale
            signal[name] += float(np.sum(r.astype(np.float64) ** 2))
            noise[name] += float(np.sum((r.astype(np.float64) - g) ** 2))
    return {n: (float("inf") if noise[n] == 0 else float("-inf") if signal[n] == 0
                else 10 * np.log10(signal[n] / noise[n])) for n in names}
