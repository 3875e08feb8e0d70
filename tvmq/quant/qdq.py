"""Import pre-quantized ONNX (QDQ, e.g. ONNX Runtime's ``quantize_static``): QDQ -> float + table.

Quantize/dequantize pairs on activations become the clamp they imply (which keeps a ReLU that
ONNX Runtime folded into the range) and their scales become a `CalibrationTable`; dequantized
constant weights and biases become float constants. `tvmq.quantize` then realizes the model
with the same integer kernels as a calibrated one.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import tvm
from tvm import relax

from ..errors import ConfigError
from ..model import Model
from .calibrate import prepare, tensor_keys
from .config import Int8Symmetric, QuantConfig, UInt8Asymmetric
from .graph import const_value
from .region import plan_region
from .table import CalibrationTable, TensorQParams


def _op(value: Any, name: str) -> bool:
    return isinstance(value, relax.Call) and getattr(value.op, "name", "") == name


@relax.expr_functor.mutator
class _StripQDQ(relax.PyExprMutator):
    def __init__(self, mod: tvm.IRModule, func: relax.Function) -> None:
        super().__init__(mod)
        self.values = {b.var: b.value for blk in func.body.blocks for b in blk.bindings}
        self.qparams: dict[str, tuple[float, int, str]] = {}

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        v = binding.value
        if _op(v, "relax.dequantize"):
            q, s, zp = (const_value(a) for a in v.args[:3])
            if q is not None and s is not None and zp is not None:
                shape = [1] * q.ndim
                if s.size > 1:
                    shape[int(v.attrs.axis) % q.ndim] = -1
                w = (q.astype(np.float64) - zp.reshape(shape)) * s.reshape(shape)
                new = relax.const(w.astype(np.float32))
                self.set_var_remap(binding.var, self.builder_.emit(new, binding.var.name))
                return
            src = self.values.get(v.args[0])
            if _op(src, "relax.quantize") and s is not None and zp is not None and s.size == 1:
                dtype = str(src.attrs.out_dtype)
                info = np.iinfo(dtype)
                qmin, qmax = (-127, 127) if dtype == "int8" else (int(info.min), int(info.max))
                scale, z = float(s.reshape(())), int(zp.reshape(()))
                x = self.visit_expr(src.args[0])
                lo, hi = (qmin - z) * scale, (qmax - z) * scale
                emit = self.builder_.emit if isinstance(binding.var, relax.DataflowVar) \
                    else self.builder_.emit_output
                new = emit(relax.op.clip(x, lo, hi), binding.var.name)
                self.set_var_remap(binding.var, new)
                self.qparams[new.name] = (scale, z, dtype)
                return
        super().visit_var_binding_(binding)


def import_qdq(model: Model) -> tuple[Model, CalibrationTable, QuantConfig]:
    """Split a QDQ model into a float model, its calibration table and a matching config.

    Layers whose input carries no quantize/dequantize pair are skipped (kept in float).
    """
    mod = model.mod
    stripper = _StripQDQ(mod, mod["main"])
    out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs)
    out["main"] = stripper.visit_expr(mod["main"])
    out = relax.transform.DeadCodeElimination()(out)
    if not stripper.qparams:
        raise ConfigError(f"{model.name} has no QuantizeLinear/DequantizeLinear pairs on "
                          "activations; it is not a QDQ model")
    fmodel = model.with_module(out, "qdq-import")
    dtypes = {d for _, _, d in stripper.qparams.values()}
    if len(dtypes) != 1 or not dtypes <= {"int8", "uint8"}:
        raise ConfigError(f"mixed or unsupported activation types {sorted(dtypes)}")
    uint8 = dtypes == {"uint8"}
    fmod, layers = prepare(fmodel)
    skip = tuple(lay.name for lay in layers if lay.input.name not in stripper.qparams)
    chosen = [lay for lay in layers if lay.name not in skip]
    keys = tensor_keys(chosen)
    tensors = {}
    for lay in chosen:
        scale, zp, dtype = stripper.qparams[lay.input.name]
        qmin, qmax = (0, 255) if uint8 else (-127, 127)
        tensors[keys[lay.name]] = TensorQParams((qmin - zp) * scale, (qmax - zp) * scale,
                                                scale, zp, dtype)
    # scales ONNX Runtime put on adds, pools and layer outputs feeding them: the int8 region
    for key, var in plan_region(fmod["main"], chosen, keys).own_keys.items():
        if var.name in stripper.qparams:
            scale, zp, dtype = stripper.qparams[var.name]
            qmin, qmax = (0, 255) if uint8 else (-127, 127)
            tensors[key] = TensorQParams((qmin - zp) * scale, (qmax - zp) * scale, scale, zp,
                                         dtype)
    acts = "uint8-asymmetric" if uint8 else "int8-symmetric"
    config = QuantConfig(activations=UInt8Asymmetric() if uint8 else Int8Symmetric(), skip=skip)
    return fmodel, CalibrationTable(model.name, "qdq", acts, tensors, keys), config
