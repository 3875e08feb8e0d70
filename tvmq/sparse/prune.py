"""`tvmq.prune`: find the constant matmul weights of a model, score, mask and write them back."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

import numpy as np
import onnx
import tvm
from onnx import numpy_helper
from tvm import relax
from tvm.relax import expr_functor

from ..errors import ConfigError, InputError
from ..model import Model
from .allocate import allocate, candidates, relative_error
from .bsr import block_density, dense_to_bsr
from .bsr_rewrite import MODULE_ATTR, _const_weight
from .config import PruneConfig, Scope, Wanda
from .masks import (
    block_scores,
    check_divisible,
    expand,
    reconstruct,
    select_blocks,
    select_global,
    sparsity_of,
)
from .report import LayerReport, PruneReport


@dataclass(frozen=True)
class ActivationStats:
    """``X^T X`` of each prunable layer's input over calibration data (`collect_stats`).

    Pass it as ``calib_data`` to prune the same model several times (a sparsity sweep)
    without running the calibration data again.
    """

    model: str
    grams: Mapping[str, np.ndarray]


CalibData = Mapping[str, np.ndarray] | Iterable[Mapping[str, np.ndarray]] | ActivationStats


@dataclass
class _Layer:
    """A matmul with a constant weight; ``w`` is ``[out, in]``."""

    name: str
    const: tvm.ir.expr.GenericConst
    transposed: bool  # stored as [out, in] under permute_dims (Gemm transB)
    x: relax.Expr
    w: np.ndarray


def find_layers(mod: tvm.IRModule, source: onnx.ModelProto | None = None) -> list[_Layer]:
    """Matmuls of ``main`` whose right operand is a constant 2-D fp32 weight, in graph order."""
    func = mod["main"]
    var2val = relax.analysis.get_var2val(func)
    names = _initializer_names(source)
    layers: list[_Layer] = []

    def visit(expr: relax.Expr) -> None:
        if not (isinstance(expr, relax.Call) and isinstance(expr.op, tvm.ir.Op)
                and expr.op.name == "relax.matmul"):
            return
        found = _const_weight(expr.args[1], var2val)
        if found is None or any(lr.const.same_as(found[1]) for lr in layers):
            return
        w, const, transposed = found
        stored = const.value.numpy()
        candidates = names.get((stored.shape, stored.tobytes()), [])
        used = {lr.name for lr in layers}
        name = next((n for n in candidates if n not in used), f"matmul_{len(layers)}")
        layers.append(_Layer(name, const, transposed, expr.args[0], w))

    relax.analysis.post_order_visit(func, visit)
    return layers


def _initializer_names(source: onnx.ModelProto | None) -> dict:
    if source is None:
        return {}
    out = {}
    for init in source.graph.initializer:
        arr = numpy_helper.to_array(init)
        if arr.ndim == 2 and arr.dtype == np.float32:
            out.setdefault((arr.shape, arr.tobytes()), []).append(init.name)
    return out


def prune(model: Model, config: PruneConfig, calib_data: CalibData | None = None) -> Model:
    """Prune the constant weights of a model's MatMul/Gemm layers.

    Parameters
    ----------
    model : Model
        From `tvmq.load_onnx`.
    config : PruneConfig
        Sparsity, block shape, criterion, scope and filters.
    calib_data : dict, iterable of dict or ActivationStats, optional
        Input batches (name -> array), or their statistics from `collect_stats`; needed by
        `Wanda` and ``Scope.ERROR_BUDGET``.

    Returns
    -------
    Model
        The pruned model. Its source ONNX graph carries the same pruned weights (for reference
        runs); `prune_report` returns the per-layer report.
    """
    return prune_with_report(model, config, calib_data)[0]


def prune_with_report(model: Model, config: PruneConfig, calib_data: CalibData | None = None
                      ) -> tuple[Model, PruneReport]:
    """`prune`, also returning the `PruneReport`."""
    if not isinstance(model, Model):
        raise ConfigError(f"prune() needs a tvmq.Model (from tvmq.load_onnx), got "
                          f"{type(model).__name__}")
    if not isinstance(config, PruneConfig):
        raise ConfigError(f"prune() needs a tvmq.PruneConfig, got {type(config).__name__}")
    layers = find_layers(model.mod, model.source)
    if not layers:
        raise ConfigError(f"model {model.name!r} has no prunable layers: tvmq prunes MatMul/Gemm "
                          "nodes whose weight is a constant 2-D float32 tensor")
    valid = [lr.name for lr in layers]
    unknown = sorted(set(config.skip) - set(valid))
    if unknown:
        raise ConfigError(f"unknown layer name(s) in skip: {unknown}; prunable layers: {valid}")
    block = config.block
    reasons: dict[str, str] = {}
    for lr in layers:
        before = sparsity_of(lr.w)
        if lr.name in config.skip:
            reasons[lr.name] = "in skip list"
        elif lr.w.size < config.min_params:
            reasons[lr.name] = f"smaller than min_params={config.min_params}"
        elif why := check_divisible(lr.w.shape, block):
            reasons[lr.name] = why
        elif before > 0 and before >= config.sparsity:
            reasons[lr.name] = "already sparse"
    todo = [lr for lr in layers if lr.name not in reasons]
    if config.sparsity > 0 and not todo and "already sparse" not in reasons.values():
        detail = "; ".join(f"{k}: {v}" for k, v in reasons.items())
        raise ConfigError(f"no layer of {model.name!r} can be pruned with {config.describe()}: "
                          f"{detail}")
    grams: dict[str, np.ndarray] = {}
    needs_calib = isinstance(config.criterion, Wanda) or config.scope is Scope.ERROR_BUDGET
    if needs_calib and todo and config.sparsity > 0:
        if calib_data is None:
            what = "Wanda pruning" if isinstance(config.criterion, Wanda) else \
                "scope error_budget"
            raise ConfigError(f"{what} needs calibration data: pass calib_data= "
                              "(or --calib on the command line)")
        if isinstance(calib_data, ActivationStats):
            missing = sorted(lr.name for lr in todo if lr.name not in calib_data.grams
                             or calib_data.grams[lr.name].shape != (lr.w.shape[1],) * 2)
            if calib_data.model != model.name or missing:
                raise ConfigError(f"the ActivationStats were collected on {calib_data.model!r} "
                                  f"and lack (or mismatch) layer(s) {missing} of "
                                  f"{model.name!r}: run collect_stats on this model")
            grams = {lr.name: calib_data.grams[lr.name] for lr in todo}
        else:
            grams = _calibration_grams(model, [lr.name for lr in todo], calib_data)

    new_w = _prune_weights(todo, config, grams) if config.sparsity > 0 else {}
    rows = []
    for lr in layers:
        w = new_w.get(lr.name, lr.w)
        dens = block_density(w, block)
        to_bsr = not check_divisible(w.shape, block) and dens <= config.bsr_threshold
        after = dense_to_bsr(w, block).nbytes if to_bsr else w.nbytes
        rows.append(LayerReport(lr.name, tuple(int(s) for s in w.shape), sparsity_of(lr.w),
                                sparsity_of(w), str(block), dens, bool(to_bsr), int(lr.w.nbytes),
                                int(after), reasons.get(lr.name, "")))
    report = PruneReport(config.describe(), tuple(rows))
    mod = _replace_weights(model.mod, layers, new_w)
    info = {"block": str(block), "bsr_threshold": config.bsr_threshold,
            "report": report.to_dict()}
    mod = mod.with_attr(MODULE_ATTR, json.dumps(info))
    source = _replace_initializers(model.source, layers, new_w)
    pruned = model.with_module(mod, config.describe())
    return replace(pruned, source=source), report


def prune_report(model: Model) -> PruneReport:
    """The `PruneReport` recorded on a pruned model.

    Raises
    ------
    ConfigError
        When the model was not pruned by tvmq.
    """
    attrs = model.mod.attrs
    if attrs is None or MODULE_ATTR not in attrs:
        raise ConfigError(f"model {model.name!r} was not pruned by tvmq.prune")
    return PruneReport.from_dict(json.loads(str(attrs[MODULE_ATTR]))["report"])


def _prune_weights(todo: list[_Layer], config: PruneConfig, grams: dict[str, np.ndarray]
                   ) -> dict[str, np.ndarray]:
    crit, block = config.criterion, config.block
    scores = []
    for lr in todo:
        act = np.sqrt(np.maximum(np.diag(grams[lr.name]), 0)) if lr.name in grams else None
        scores.append(block_scores(lr.w, block, crit, act))
    if config.scope is Scope.GLOBAL:
        keeps = select_global(scores, config.sparsity)
        return {lr.name: _apply(lr, keep, config, grams) for lr, keep in
                zip(todo, keeps, strict=True)}
    per_row = isinstance(crit, Wanda) and crit.per_output
    if config.scope is Scope.PER_LAYER:
        return {lr.name: _apply(lr, select_blocks(s, config.sparsity, per_row), config, grams)
                for lr, s in zip(todo, scores, strict=True)}
    # candidates are scored on the masked weights; the refit (if any) runs on the chosen one
    keeps: list[dict[float, np.ndarray]] = []
    errors: list[dict[float, float]] = []
    for lr, s in zip(todo, scores, strict=True):
        keeps.append({c: select_blocks(s, c, per_row) for c in candidates(config.sparsity)})
        errors.append({c: relative_error(lr.w, np.where(expand(k, config.block), lr.w, 0),
                                         grams[lr.name]) for c, k in keeps[-1].items()})
    chosen = allocate(errors, [lr.w.size for lr in todo], config.sparsity)
    return {lr.name: _apply(lr, k[c], config, grams) for lr, k, c in
            zip(todo, keeps, chosen, strict=True)}


def _apply(lr: _Layer, keep: np.ndarray, config: PruneConfig, grams: dict[str, np.ndarray]
           ) -> np.ndarray:
    """The pruned weight for a block keep mask (refit when the criterion asks for it)."""
    mask = expand(keep, config.block)
    crit = config.criterion
    if isinstance(crit, Wanda) and crit.reconstruct:
        return reconstruct(lr.w, mask, grams[lr.name], config.block, crit.ridge)
    return np.where(mask, lr.w, np.float32(0)).astype(lr.w.dtype)


def _stored(lr: _Layer, w: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(w if lr.transposed else w.T)


@expr_functor.mutator
class _ConstReplacer(expr_functor.PyExprMutator):
    def __init__(self, pairs: list[tuple[tvm.ir.expr.GenericConst, tvm.ir.expr.GenericConst]]):
        super().__init__()
        self.pairs = pairs

    def visit_generic_const_(self, op: tvm.ir.expr.GenericConst) -> relax.Expr:
        for old, new in self.pairs:
            if op.same_as(old):
                return new
        return op


def _replace_weights(mod: tvm.IRModule, layers: list[_Layer], new_w: dict[str, np.ndarray]
                     ) -> tvm.IRModule:
    pairs = [(lr.const, relax.const(_stored(lr, new_w[lr.name])))
             for lr in layers if lr.name in new_w]
    if not pairs:
        return mod
    func = _ConstReplacer(pairs).visit_expr(mod["main"])
    out = tvm.IRModule(dict(mod.functions_items()), attrs=mod.attrs)
    out.update_func(out.get_global_var("main"), func)
    return out


def _replace_initializers(source: onnx.ModelProto | None, layers: list[_Layer],
                          new_w: dict[str, np.ndarray]) -> onnx.ModelProto | None:
    if source is None or not new_w:
        return source
    out = onnx.ModelProto()
    out.CopyFrom(source)
    by_name = {lr.name: lr for lr in layers}
    for init in out.graph.initializer:
        if init.name in new_w:
            init.CopyFrom(numpy_helper.from_array(_stored(by_name[init.name], new_w[init.name]),
                                                  init.name))
    return out


def collect_stats(model: Model, calib_data: CalibData) -> ActivationStats:
    """Run the calibration data once and keep every prunable layer's input ``X^T X``."""
    if isinstance(calib_data, ActivationStats):
        return calib_data
    names = [lr.name for lr in find_layers(model.mod, model.source)]
    if not names:
        raise ConfigError(f"model {model.name!r} has no prunable layers")
    return ActivationStats(model.name, _calibration_grams(model, names, calib_data))


def _as_batches(calib_data: CalibData) -> list[Mapping[str, np.ndarray]]:
    if isinstance(calib_data, Mapping):
        return [calib_data]
    batches = list(calib_data)
    if not batches or not all(isinstance(b, Mapping) for b in batches):
        raise InputError("calib_data must be a dict of input arrays or a non-empty list of them")
    return batches


def _calibration_grams(model: Model, names: list[str], calib_data: CalibData
                       ) -> dict[str, np.ndarray]:
    """``X.T @ X`` of each named layer's input, accumulated over the calibration batches."""
    mod = relax.transform.ToNonDataflow()(model.mod)
    layers = [lr for lr in find_layers(mod, model.source) if lr.name in names]
    func = mod["main"]
    outs = relax.Tuple([lr.x for lr in layers])
    body = relax.SeqExpr(func.body.blocks, outs)
    ret_ty = relax.TupleType([lr.x.ty for lr in layers])
    probe = relax.Function(func.params, body, ret_ty, attrs=func.attrs)
    probe_mod = relax.transform.Normalize()(tvm.IRModule({"main": probe}))
    ex = tvm.compile(probe_mod, target=tvm.target.Target({"kind": "llvm"}))
    vm = relax.VirtualMachine(ex, tvm.cpu())
    grams = {lr.name: np.zeros((lr.w.shape[1],) * 2, np.float64) for lr in layers}
    for batch in _as_batches(calib_data):
        missing = [s.name for s in model.inputs if s.name not in batch]
        if missing:
            raise InputError(f"calibration batch lacks input(s) {missing}; model inputs: "
                             f"{[s.name for s in model.inputs]}")
        args = [tvm.runtime.tensor(np.asarray(batch[s.name], dtype=s.dtype), tvm.cpu())
                for s in model.inputs]
        res = vm["main"](*args)
        for i, lr in enumerate(layers):
            x = res[i].numpy().reshape(-1, lr.w.shape[1]).astype(np.float64)
            grams[lr.name] += x.T @ x
    return grams
