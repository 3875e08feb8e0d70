"""`tvmq.quantize`: calibrate (or load a table), plan and realize integer layers in a new Model."""

from __future__ import annotations

import dataclasses
import os

import numpy as np

from ..errors import ConfigError
from ..model import Model
from .calibrate import CalibData, calibrate, iter_batches, prepare, select_layers, tensor_keys
from .config import PerChannel, PerRow, QuantConfig, UInt8Asymmetric
from .dynamic import RealizeDynamic
from .fidelity import layer_sqnr
from .graph import Layer
from .int4 import PackInt4Weights, packed_nbytes
from .plan import LayerPlan, layer_plans, plan_layers
from .qparams import quantize_layer_weight
from .realize import RealizeInt8
from .report import LayerReport, QuantReport, sqnr_db
from .simulate import SimulateInt8
from .table import CalibrationTable
from .weight_only import RealizeWeightOnly


def _layer_report(lay: Layer, plan: LayerPlan | None, reason: str | None,
                  out_sqnr: float | None, packed: bool = False) -> LayerReport:
    fbytes = lay.weight.nbytes + (lay.bias.nbytes if lay.bias is not None else 0)
    if plan is None:
        return LayerReport(lay.name, lay.kind, reason or "float", lay.onnx_name,
                           bytes_before=fbytes, bytes_after=fbytes)
    shape = (-1,) + (1,) * (lay.weight.ndim - 1)
    deq = plan.qweight.astype(np.float32) * plan.wscale.reshape(shape)
    wbytes = packed_nbytes(plan.qweight, 1) if packed else plan.qweight.nbytes
    qbytes = wbytes + (plan.bias.nbytes if plan.bias is not None else 0)
    status = "int8->int32, fused into an int8 add" if plan.fused else \
        "int8->int8 (requantized)" if plan.out is not None else "int8->float (dequantized)"
    return LayerReport(lay.name, lay.kind, status, lay.onnx_name, plan.inp.scale,
                       plan.inp.zero_point, float(plan.wscale.min()), float(plan.wscale.max()),
                       sqnr_db(lay.weight, deq), out_sqnr, fbytes, qbytes)


def _check_table(table: CalibrationTable, chosen: list[Layer], config: QuantConfig) -> None:
    acts = "uint8-asymmetric" if isinstance(config.activations, UInt8Asymmetric) \
        else "int8-symmetric"
    if table.activations != acts:
        raise ConfigError(f"the calibration table was made for {table.activations} activations "
                          f"but the config asks for {acts}; recalibrate or change the config")
    missing = sorted(lay.name for lay in chosen if lay.name not in table.layers)
    if missing:
        raise ConfigError(f"the calibration table has no entry for layer(s) {missing} (it "
                          f"covers {sorted(table.layers)}); was it made for another model?")


def quantize_with_report(model: Model, calib_data: CalibData | None = None,
                         config: QuantConfig | None = None, *,
                         table: CalibrationTable | str | os.PathLike | None = None,
                         save_table: str | os.PathLike | None = None,
                         measure_sqnr: bool = True
                         ) -> tuple[Model, QuantReport, CalibrationTable]:
    """`quantize`, also returning the per-layer report and the calibration table used.

    With ``measure_sqnr`` (and calibration data), the float and the quantized module run on
    the first two calibration batches to measure each layer's output SQNR (two extra builds).
    """
    if not isinstance(model, Model):
        raise ConfigError(f"quantize() needs a tvmq.Model (from tvmq.load_onnx), got "
                          f"{type(model).__name__}")
    config = config if config is not None else QuantConfig()
    if not isinstance(config, QuantConfig):
        raise ConfigError(f"config must be a tvmq.QuantConfig, got {type(config).__name__}")
    mod, layers = prepare(model)
    chosen, skipped = select_layers(layers, config)
    if config.weight_only or config.dynamic:
        return _weight_only(model, mod, layers, chosen, skipped, config)
    samples: list = []
    if table is None:
        if calib_data is None:
            raise ConfigError("give calibration data (calib_data) or a calibration table")
        table = calibrate(model, calib_data, config, keep=samples)
    else:
        if not isinstance(table, CalibrationTable):
            table = CalibrationTable.load(table)
        if calib_data is not None and measure_sqnr:
            batches = iter_batches(calib_data, model)
            samples = [b for _, b in zip(range(2), batches, strict=False)]
    _check_table(table, chosen, config)
    if save_table is not None:
        table.save(save_table)
    keys = tensor_keys(chosen)
    table = CalibrationTable(table.model, table.method, table.activations, table.tensors,
                             {k: table.layers[k] for k in keys})
    plans = plan_layers(mod["main"], chosen, table, config)
    outputs: dict = {}
    if config.simulate:
        qmodel = model.with_module(SimulateInt8(plans)(mod), "quantize:int8-simulated")
        by_plan = {p.layer.name: p for p in layer_plans(plans)}
        reports = []
        for lay in layers:
            r = _layer_report(lay, by_plan.get(lay.name), skipped.get(lay.name), None)
            if lay.name in by_plan:
                r = dataclasses.replace(r, status="simulated (fake-quant, float compute)")
            reports.append(r)
        return qmodel, QuantReport(tuple(reports), model.param_bytes(), qmodel.param_bytes(),
                                   table.method, ("simulate mode: no integer compute",)), table
    qmod = RealizeInt8(plans, outputs, config.requantize)(mod)
    packed = config.weight_bits == 4
    if packed:  # two int4 weights per byte, unpacked by Relax shifts in front of each layer
        qmod = PackInt4Weights()(qmod)
    sqnr = layer_sqnr(model, mod, chosen, qmod, outputs, samples) if measure_sqnr else {}
    tag = f"quantize:int{config.weight_bits}" if config.weight_bits != 8 else "quantize:int8"
    if config.log2_weights is not None:
        tag = "quantize:int8-log2"
    qmodel = model.with_module(qmod, tag)
    by_name = {p.layer.name: p for p in layer_plans(plans)}
    reports = tuple(_layer_report(lay, by_name.get(lay.name), skipped.get(lay.name),
                                  sqnr.get(lay.name), packed) for lay in layers)
    notes = () if layers else ("the model has no conv2d/matmul layer with constant weights; "
                               "nothing was quantized",)
    report = QuantReport(reports, model.param_bytes(), qmodel.param_bytes(), table.method, notes)
    return qmodel, report, table


def _weight_only(model: Model, mod, layers: list[Layer], chosen: list[Layer],  # noqa: ANN001
                 skipped: dict[str, str], config: QuantConfig
                 ) -> tuple[Model, QuantReport, CalibrationTable]:
    """Weight-only or dynamic quantization: no calibration, matmul/Gemm layers only."""
    axis = 0 if isinstance(config.weight_granularity, PerChannel) else None
    mode = "dynamic" if config.dynamic else "weight-only"
    # two int4 weights per byte, unpacked in the weight-only kernel
    packed = config.weight_bits == 4 and not config.dynamic
    plans, reports = {}, []
    for lay in layers:
        fbytes = lay.weight.nbytes + (lay.bias.nbytes if lay.bias is not None else 0)
        if lay.name in skipped or lay.kind != "matmul":
            reason = skipped.get(lay.name, f"{mode} mode quantizes matmul/Gemm only")
            reports.append(LayerReport(lay.name, lay.kind, reason, lay.onnx_name,
                                       bytes_before=fbytes, bytes_after=fbytes))
            continue
        qw, ws = quantize_layer_weight(lay.weight, axis, config)
        ws = np.broadcast_to(ws, (lay.channels,)).astype(np.float32)
        plans[lay.anchor] = (lay, qw, ws)
        deq = qw.astype(np.float32) * ws[:, None]
        status = f"weight-only int{config.weight_bits} (float activations)"
        if config.dynamic:
            rows = "row" if isinstance(config.dynamic_granularity, PerRow) else "tensor"
            status = f"dynamic int8 (w int{config.weight_bits}, activation scale per {rows})"
        reports.append(LayerReport(
            lay.name, lay.kind, status,
            lay.onnx_name, weight_scale_min=float(ws.min()), weight_scale_max=float(ws.max()),
            weight_sqnr_db=sqnr_db(lay.weight, deq), bytes_before=fbytes,
            bytes_after=fbytes - lay.weight.nbytes + (packed_nbytes(qw, 1) if packed
                                                      else qw.nbytes)))
    if config.dynamic:
        per_row = isinstance(config.dynamic_granularity, PerRow)
        qmodel = model.with_module(RealizeDynamic(plans, per_row)(mod), "quantize:dynamic-int8")
    else:
        qmodel = model.with_module(RealizeWeightOnly(plans, packed)(mod),
                                   f"quantize:w{config.weight_bits}-only")
    report = QuantReport(tuple(reports), model.param_bytes(), qmodel.param_bytes(), "none")
    return qmodel, report, CalibrationTable(model.name, "none", "float")


def quantize(model: Model, calib_data: CalibData | None = None,
             config: QuantConfig | None = None, *,
             table: CalibrationTable | str | os.PathLike | None = None,
             save_table: str | os.PathLike | None = None) -> Model:
    """Post-training int8 quantization with real integer compute.

    Calibrates activation ranges on ``calib_data`` (or takes them from ``table``), folds batch
    norms into the convolutions, and rewrites every selected conv2d/matmul into
    int8 x int8 -> int32 with an int32 bias and a requantize to the next layer's scale (float32
    scales by default, integer fixed point with ``QuantConfig(requantize=FixedPointRequant())``);
    tensors stay int8 between consecutive quantized layers.

    Parameters
    ----------
    model : Model
        The float model from `tvmq.load_onnx`.
    calib_data : str, path or iterable of dict, optional
        An ``.npz`` file (one array per input, batches stacked on axis 0) or an iterable of
        input dicts. Needed unless ``table`` is given.
    config : QuantConfig, optional
        Scheme, observer and layer selection; defaults to ``QuantConfig()`` (int8 symmetric
        activations, int8 per-channel weights, min/max calibration).
    table : CalibrationTable or path, optional
        A calibration table from an earlier run (skips calibration).
    save_table : path, optional
        Where to write the calibration table as JSON.

    Returns
    -------
    Model
        A new model whose module already holds the integer operators.

    Raises
    ------
    InputError
        Empty calibration data, inputs of the wrong name/shape/dtype, NaN or Inf.
    ConfigError
        Unknown skip names (valid ones listed), a corrupt or mismatched table.
    """
    return quantize_with_report(model, calib_data, config, table=table,
                                save_table=save_table, measure_sqnr=False)[0]
