"""Calibration: tap the float module's layer inputs, stream batches through observers."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import tvm
from tvm import relax

from ..errors import ConfigError, InputError
from ..model import Model
from .config import QuantConfig, UInt8Asymmetric
from .fold_bn import FoldBatchNorm
from .graph import Layer, attach_onnx_names, find_layers
from .observers import make_observer
from .qparams import activation_qparams
from .region import plan_region
from .table import CalibrationTable, TensorQParams

CalibData = str | os.PathLike | Iterable[Mapping[str, np.ndarray]]


def prepare(model: Model) -> tuple[tvm.IRModule, list[Layer]]:
    """Fold batch norms and constants; return the float module and its quantizable layers."""
    seq = tvm.transform.Sequential([
        FoldBatchNorm, relax.transform.DecomposeOpsForInference(),
        relax.transform.CanonicalizeBindings(), relax.transform.FoldConstant(),
        relax.transform.DeadCodeElimination()])
    mod = seq(model.mod)
    layers = find_layers(mod["main"])
    attach_onnx_names(layers, model.source)
    return mod, layers


def select_layers(layers: list[Layer], config: QuantConfig) -> tuple[list[Layer], dict[str, str]]:
    """The layers to quantize and, for the others, why they stay in float."""
    valid = {lay.name for lay in layers} | {lay.onnx_name for lay in layers if lay.onnx_name}
    unknown = [s for s in config.skip if s not in valid]
    if unknown:
        raise ConfigError(f"skip names {unknown} match no quantizable layer; valid names: "
                          + ", ".join(f"{lay.name}" + (f" ({lay.onnx_name})" if lay.onnx_name
                                                       else "") for lay in layers))
    skipped: dict[str, str] = {}
    for i, lay in enumerate(layers):
        if lay.name in config.skip or (lay.onnx_name and lay.onnx_name in config.skip):
            skipped[lay.name] = "skipped by name"
        elif lay.kind in config.skip_op_types:
            skipped[lay.name] = f"op type {lay.kind} skipped"
        elif config.keep_first_last and i in (0, len(layers) - 1):
            skipped[lay.name] = "first/last layer kept in float"
    return [lay for lay in layers if lay.name not in skipped], skipped


def tensor_keys(layers: list[Layer]) -> dict[str, str]:
    """Layer name -> key of its input tensor (shared by every layer reading the same tensor)."""
    first: dict[Any, str] = {}
    keys = {}
    for lay in layers:
        keys[lay.name] = first.setdefault(lay.input, f"{lay.name}:input")
    return keys


def iter_batches(data: CalibData, model: Model) -> Iterator[dict[str, np.ndarray]]:
    """Validated calibration batches (input name -> array) from an .npz path or an iterable."""
    if isinstance(data, str | os.PathLike):
        yield from _npz_batches(Path(data), model)
        return
    if isinstance(data, Mapping):
        data = [data]
    try:
        items = iter(data)
    except TypeError:
        raise InputError(f"calibration data must be an .npz path or an iterable of input "
                         f"dicts, got {type(data).__name__}") from None
    n = 0
    for n, batch in enumerate(items, 1):
        yield check_batch(batch, model, f"calibration batch {n - 1}")
    if n == 0:
        raise InputError("the calibration data set is empty; give at least one batch of inputs")


def _npz_batches(path: Path, model: Model) -> Iterator[dict[str, np.ndarray]]:
    try:
        npz = np.load(path, allow_pickle=False)
    except (OSError, ValueError) as err:
        raise InputError(f"cannot read calibration file {path}: {err}") from None
    with npz:
        names = [s.name for s in model.inputs]
        missing = [n for n in names if n not in npz.files]
        if missing:
            raise InputError(f"{path} lacks input(s) {missing}; it has {npz.files}, the model "
                             f"takes {names}")
        arrays = {s.name: npz[s.name] for s in model.inputs}
    counts = set()
    for s in model.inputs:
        a, b = arrays[s.name], s.shape[0] if s.shape else 1
        if a.shape[1:] != s.shape[1:] or not s.shape or a.shape[0] % b:
            raise InputError(f"{path}: {s.name} has shape {list(a.shape)}; expected "
                             f"[N*{b}, {', '.join(map(str, s.shape[1:]))}] (a stack of "
                             f"batches of shape {list(s.shape)})")
        counts.add(a.shape[0] // b)
    if len(counts) != 1:
        raise InputError(f"{path}: the inputs hold different numbers of batches ({counts})")
    total = counts.pop()
    if total == 0:
        raise InputError(f"the calibration file {path} holds no samples")
    for i in range(total):
        yield check_batch({s.name: arrays[s.name][i * s.shape[0]:(i + 1) * s.shape[0]]
                           for s in model.inputs}, model, f"{path} batch {i}")


def check_batch(batch: Any, model: Model, where: str) -> dict[str, np.ndarray]:
    """One batch checked against the model's inputs (names, shapes, dtypes, finiteness)."""
    if not isinstance(batch, Mapping):
        raise InputError(f"{where}: expected a dict of input name -> array, got "
                         f"{type(batch).__name__}")
    names = [s.name for s in model.inputs]
    if set(batch) != set(names):
        raise InputError(f"{where}: inputs {sorted(batch)} do not match the model's inputs "
                         f"{names}")
    out = {}
    for s in model.inputs:
        a = np.asarray(batch[s.name])
        if tuple(a.shape) != tuple(s.shape):
            raise InputError(f"{where}: input {s.name!r} has shape {list(a.shape)}, the model "
                             f"expects {list(s.shape)}")
        if a.dtype != np.dtype(s.dtype):
            raise InputError(f"{where}: input {s.name!r} has dtype {a.dtype}, the model expects "
                             f"{s.dtype}")
        if a.dtype.kind == "f" and not np.isfinite(a).all():
            bad = "NaN" if np.isnan(a).any() else "Inf"
            raise InputError(f"{where}: input {s.name!r} contains {bad}; remove or fix those "
                             "samples")
        out[s.name] = a
    return out


@relax.expr_functor.mutator
class _Tap(relax.PyExprMutator):
    """Expose watched dataflow variables as extra function outputs."""

    def __init__(self, mod: tvm.IRModule, watch: set) -> None:
        super().__init__(mod)
        self.watch = watch
        self.taps: dict[Any, relax.Var] = {}

    def visit_var_binding_(self, binding: relax.VarBinding) -> None:
        if binding.var not in self.watch:
            super().visit_var_binding_(binding)
            return
        value = self.visit_expr(binding.value)
        emit = self.builder_.emit if isinstance(binding.var, relax.DataflowVar) \
            else self.builder_.emit_output
        new = emit(value, binding.var.name)
        self.set_var_remap(binding.var, new)
        self.taps[binding.var] = self.builder_.emit_output(new) \
            if isinstance(binding.var, relax.DataflowVar) else new


def instrument(mod: tvm.IRModule, watch: list) -> tvm.IRModule:
    """``mod`` whose ``main`` returns ``(original result, *watch)``."""
    func = mod["main"]
    tap = _Tap(mod, set(watch))
    new = tap.visit_expr(func)
    outs = [tap.taps.get(v, v) for v in watch]
    body = relax.SeqExpr(new.body.blocks, relax.Tuple([new.body.body, *outs]))
    ret = relax.TupleType([new.ret_ty, *(v.ty for v in outs)])
    func = relax.Function(new.params, body, ret, attrs=new.attrs)
    out = tvm.IRModule(dict(mod.functions), attrs=mod.attrs)
    out["main"] = func
    return relax.transform.Normalize()(out)


def calibrate(model: Model, data: CalibData, config: QuantConfig,
              keep: list[dict[str, np.ndarray]] | None = None) -> CalibrationTable:
    """Run the float model over ``data`` and build the calibration table.

    Parameters
    ----------
    model : Model
        The float model.
    data : str, path or iterable of dict
        An ``.npz`` file (one array per input, batches stacked on axis 0) or an iterable of
        input dicts; streamed batch by batch.
    config : QuantConfig
        Chooses the observer and the activation scheme.
    keep : list, optional
        If given, the first two batches are appended to it (for fidelity checks).

    Returns
    -------
    CalibrationTable
    """
    mod, layers = prepare(model)
    chosen, _ = select_layers(layers, config)
    keys = tensor_keys(chosen)
    watch: list = []
    key_of: dict[Any, str] = {}
    for lay in chosen:
        if lay.input not in key_of:
            key_of[lay.input] = keys[lay.name]
            watch.append(lay.input)
    # tensors of the int8 region (add, concat, pool outputs...) not read by a quantized layer
    for key, var in plan_region(mod["main"], chosen, keys).own_keys.items():
        if var not in key_of:
            key_of[var] = key
            watch.append(var)
    observers = {k: make_observer(config.calib_method, config.percentile)
                 for k in key_of.values()}
    batches = iter_batches(data, model)
    first = next(batches)  # validate before spending time on compilation
    if watch:
        ex = tvm.compile(instrument(mod, watch), target=tvm.target.Target("llvm"))
        vm = relax.VirtualMachine(ex, tvm.cpu())
        for i, batch in enumerate(itertools.chain([first], batches)):
            if keep is not None and i < 2:
                keep.append(batch)
            args = [tvm.runtime.tensor(batch[s.name], tvm.cpu()) for s in model.inputs]
            res = vm["main"](*args)
            for var, value in zip(watch, list(res)[1:], strict=True):
                observers[key_of[var]].update(value.numpy(), f"tensor {key_of[var]}")
    else:
        for i, batch in enumerate(itertools.chain([first], batches)):
            if keep is not None and i < 2:
                keep.append(batch)
    scheme = config.activations
    tensors = {}
    for key, obs in observers.items():
        lo, hi = obs.range()
        scale, zp = activation_qparams(lo, hi, scheme)
        tensors[key] = TensorQParams(lo, hi, scale, zp, scheme.dtype)
    acts = "uint8-asymmetric" if isinstance(scheme, UInt8Asymmetric) else "int8-symmetric"
    return CalibrationTable(model.name, config.calib_method, acts, tensors, keys)
