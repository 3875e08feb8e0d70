"""ONNX import: validate the graph, bind static shapes and convert it with the Relax frontend."""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

import onnx
import tvm
from onnx import helper

from ..errors import ModelLoadError, ShapeError, UnsupportedOpError
from ..model import Model, TensorSpec

# Ops the Relax frontend converts outside its converter table.
_DIRECT_OPS = {"If"}
_ONNX_DOMAINS = {"", "ai.onnx"}
# Contrib ops of com.microsoft that the Relax frontend converts.
_MS_OPS = {"Attention", "BiasGelu", "EmbedLayerNormalization", "FastGelu", "Gelu",
           "SkipLayerNormalization"}


def _qoperator():  # noqa: ANN202
    from ..quant import qoperator  # deferred: tvmq.quant imports the frontend's users

    return qoperator


def supported_onnx_ops() -> set[str]:
    """ONNX operator types (default domain) that `load_onnx` can convert."""
    from tvm.relax.frontend.onnx import onnx_frontend

    return set(onnx_frontend._get_convert_map()) | _DIRECT_OPS | _qoperator().ONNX_OPS


def _read(model: str | os.PathLike | bytes | onnx.ModelProto) -> tuple[onnx.ModelProto, str]:
    if isinstance(model, onnx.ModelProto):
        return model, model.graph.name or "model"
    if isinstance(model, bytes):
        source, name = model, "model"
    else:
        path = Path(model)
        if not path.exists():
            raise ModelLoadError(f"model file {path} does not exist")
        if path.is_dir():
            raise ModelLoadError(f"model path {path} is a directory; give the .onnx file")
        source, name = str(path), path.stem
    try:
        proto = onnx.load_model_from_string(source) if isinstance(source, bytes) \
            else onnx.load(source)
    except Exception as err:  # protobuf raises DecodeError and friends
        raise ModelLoadError(f"{name}: not a readable ONNX model ({type(err).__name__}: {err}); "
                             "check the file is complete and really ONNX") from None
    if not proto.graph.node:
        raise ModelLoadError(f"{name}: the ONNX graph has no nodes (empty or corrupt file)")
    return proto, name


def _unsupported(graph: onnx.GraphProto, supported: set[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for i, node in enumerate(graph.node):
        ok = (node.domain in _ONNX_DOMAINS and node.op_type in supported) or (
            node.domain == "com.microsoft" and node.op_type in _MS_OPS | _qoperator().MS_OPS)
        if not ok:
            key = node.op_type if node.domain in _ONNX_DOMAINS else f"{node.domain}.{node.op_type}"
            found.setdefault(key, []).append(node.name or f"#{i}")
        for attr in node.attribute:
            subgraphs = [attr.g] if attr.HasField("g") else list(attr.graphs)
            for sub in subgraphs:
                for op, names in _unsupported(sub, supported).items():
                    found.setdefault(op, []).extend(names)
    return found


def _dims(vi: onnx.ValueInfoProto) -> list[int | str | None] | None:
    """The declared dims, or None when the input declares no shape (unknown rank)."""
    if not vi.type.tensor_type.HasField("shape"):
        return None
    dims: list[int | str | None] = []
    for d in vi.type.tensor_type.shape.dim:
        if d.HasField("dim_value"):
            dims.append(d.dim_value)
        else:
            dims.append(d.dim_param or None)
    return dims


def _dtype(vi: onnx.ValueInfoProto) -> str:
    elem = vi.type.tensor_type.elem_type
    try:
        return str(helper.tensor_dtype_to_np_dtype(elem))
    except KeyError:
        raise ModelLoadError(f"input {vi.name!r} has unsupported element type {elem}") from None


def _bind_shapes(graph: onnx.GraphProto, shapes: dict[str, Any]) -> list[TensorSpec]:
    init_names = {t.name for t in graph.initializer}
    inputs = [vi for vi in graph.input if vi.name not in init_names]
    names = [vi.name for vi in inputs]
    unknown = sorted(set(shapes) - set(names))
    if unknown:
        raise ShapeError(f"shapes given for unknown inputs {unknown}; the model's inputs are "
                         f"{names}")
    specs, problems = [], []
    for vi in inputs:
        dims = _dims(vi)
        if vi.name in shapes:
            given = tuple(int(x) for x in shapes[vi.name])
            if dims is None:  # unknown rank: any full shape binds it
                dims = [None] * len(given)
            if len(given) != len(dims):
                problems.append(f"{vi.name}: rank {len(given)} given, the model has rank "
                                f"{len(dims)} {dims}")
                continue
            clash = [(i, d, g) for i, (d, g) in enumerate(zip(dims, given, strict=True))
                     if isinstance(d, int) and d > 0 and d != g]
            if clash or any(g <= 0 for g in given):
                problems.append(f"{vi.name}: shape {list(given)} conflicts with the model's "
                                f"{dims} (or has a non-positive dim)")
                continue
            shape = given
        elif dims is None:
            problems.append(f"{vi.name}: the model declares no shape (unknown rank)")
            continue
        else:
            dynamic = [f"dim {i} ({d or '?'})" for i, d in enumerate(dims)
                       if not isinstance(d, int) or d <= 0]
            if dynamic:
                problems.append(f"{vi.name}: dynamic {', '.join(dynamic)} in {dims}")
                continue
            shape = tuple(int(d) for d in dims)  # type: ignore[arg-type]
        specs.append(TensorSpec(vi.name, shape, _dtype(vi)))
    if problems:
        vi = next(v for v in inputs if problems[0].startswith(f"{v.name}: "))
        declared = _dims(vi)
        example = [1, 3, 224, 224] if declared is None else [
            d if isinstance(d, int) and d > 0 else 1 for d in declared]
        raise ShapeError("cannot bind static input shapes:\n  " + "\n  ".join(problems)
                         + "\nGive every dynamic input's full shape, e.g. "
                         f"shapes={{{vi.name!r}: {example}}} or --shape "
                         f"{vi.name}={','.join(map(str, example))}")
    return specs


def _last_line(err: Exception) -> str:
    lines = [ln for ln in str(err).strip().splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def load_onnx(path_or_model: str | os.PathLike | bytes | onnx.ModelProto,
              shapes: dict[str, Any] | None = None) -> Model:
    """Import an ONNX model as a `tvmq.Model` with static input shapes.

    Parameters
    ----------
    path_or_model : str, path, bytes or onnx.ModelProto
        The ``.onnx`` file, its serialized bytes, or a loaded proto.
    shapes : dict of str to sequence of int, optional
        Static shapes for inputs; required for every input with a dynamic dimension.

    Returns
    -------
    Model

    Raises
    ------
    ModelLoadError
        Missing, corrupt or invalid file, or a conversion failure.
    UnsupportedOpError
        The graph uses operators tvmq cannot convert; all of them are listed.
    ShapeError
        A dynamic dimension without a binding, or a binding that contradicts the model.
    """
    proto, name = _read(path_or_model)
    unsupported = _unsupported(proto.graph, supported_onnx_ops())
    if unsupported:
        raise UnsupportedOpError(unsupported)
    checker_note = ""
    try:
        onnx.checker.check_model(proto)
    except onnx.checker.ValidationError as err:
        # The checker is stricter than exporters in the wild; only fatal if conversion fails.
        checker_note = f" (the ONNX checker also reports: {str(err).strip().splitlines()[0]})"
    inputs = _bind_shapes(proto.graph, dict(shapes or {}))
    opset = next((o.version for o in proto.opset_import if o.domain in _ONNX_DOMAINS), None)
    from tvm.relax.frontend.onnx import from_onnx

    qop = _qoperator().uses_qoperator(proto.graph)
    shape_dict = {s.name: list(s.shape) for s in inputs}
    dtype_dict = {s.name: s.dtype for s in inputs}
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the frontend re-warns the checker message
            if qop:  # QOperator nodes become tvmq's realized int8 compute
                mod = _qoperator().from_onnx(proto, shape_dict, dtype_dict, opset)
            else:
                mod = from_onnx(proto, shape_dict=shape_dict, dtype_dict=dtype_dict,
                                opset=opset, keep_params_in_input=False,
                                sanitize_input_names=False)
    except Exception as err:  # the frontend raises many types; surface them as one
        raise ModelLoadError(f"{name}: the Relax ONNX frontend failed: "
                             f"{type(err).__name__}: {_last_line(err)}{checker_note}") from err
    mod = tvm.relax.transform.DeadCodeElimination()(mod)
    ret = mod["main"].ret_ty
    fields = list(ret.fields) if isinstance(ret, tvm.relax.TupleType) else [ret]
    outputs = []
    for vi, sinfo in zip(proto.graph.output, fields, strict=False):
        shape = tuple(int(d) for d in sinfo.shape) if sinfo.shape is not None else ()
        outputs.append(TensorSpec(vi.name, shape, str(sinfo.dtype)))
    return Model(mod=mod, inputs=tuple(inputs), outputs=tuple(outputs),
                 name=proto.graph.name or name, source=proto,
                 transforms=("qoperator-import",) if qop else ())
