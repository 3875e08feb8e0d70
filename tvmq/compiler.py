"""`tvmq.compile`: run a tvmq pipeline on a model, then build it with `tvm.compile`."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tvm

from . import __version__
from .config import check_known_keys
from .errors import CompileError, ConfigError
from .model import Model
from .pipeline import TIR_PIPELINE, PipelineContext, get_pipeline, run_pipeline
from .runtime.compiled import CompiledModel
from .runtime.metadata import ModuleMetadata
from .target import TargetSpec, get_target


@dataclass(frozen=True)
class CompileOptions:
    """Options of `tvmq.compile` (pass them as keyword arguments).

    Attributes
    ----------
    pipeline : str
        Name of a registered pipeline (see `tvmq.pipeline.list_pipelines`).
    dump_ir : str or Path or None
        Directory to write the TVMScript after each pipeline phase.
    tuning_log : str or Path or None
        A tuning log directory (from `tvmq.tune`); its records for the target are applied
        and ``CompiledModel.info["tuning"]`` says how many kernels hit it.
    fast_math : bool
        Compute ``exp``, ``erf``, ``tanh`` and ``softmax`` with TVM's vectorizable polynomial
        approximations (relative error under 5e-6, see docs/schedules.md) instead of scalar
        libm calls, as onnxruntime's MLAS does, and on x86 run fp32 3x3 stride-1 convs as
        Winograd F(2x2, 3x3) (rounding differs from the direct conv by about 1e-6 of the
        output's range; the transformed filters take 16/9 of the 3x3 filters' bytes).
        ``False`` keeps the exact functions and the direct convs.
    int8_nhwc : bool
        On AVX-512 VNNI targets, and on AVX2 targets for convs with 7-bit weights (``w7a8``),
        run int8 convs and the int8 ops between them on NHWC activations
        (`tvmq.schedule.Int8ConvNhwc`, see docs/schedules.md): no input copies, contiguous
        epilogues, bit-identical results. ``False`` keeps NCHW and its schedules.
    int8_winograd : bool
        On AVX2 targets (without AVX-512), run those NHWC int8 3x3 stride-1 convs with an even
        output plane as exact integer Winograd F(2x2, 3x3) (`tvmq.schedule.WinogradInt8Nhwc`):
        bit-identical, 0.6-0.8x the conv's time, but the transformed filters (int16, 4x4 per
        3x3) take 3.6x those filters' bytes. ``False`` keeps the direct kernels.
    """

    pipeline: str = "default"
    dump_ir: str | Path | None = None
    tuning_log: str | Path | None = None
    fast_math: bool = True
    int8_nhwc: bool = True
    int8_winograd: bool = True

    def __post_init__(self) -> None:
        for name in ("fast_math", "int8_nhwc", "int8_winograd"):
            if not isinstance(getattr(self, name), bool):
                raise ConfigError(f"compile option {name} must be True or False, got "
                                  f"{getattr(self, name)!r}")

    @classmethod
    def from_kwargs(cls, kwargs: dict[str, Any]) -> CompileOptions:
        """Build options, rejecting unknown names."""
        return cls(**check_known_keys(cls, kwargs, "compile option"))


def compile(model: Model, target: str | TargetSpec = "host", **options: Any) -> CompiledModel:  # noqa: A001
    """Compile a model for a target.

    Parameters
    ----------
    model : Model
        From `tvmq.load_onnx` (optionally quantized or pruned).
    target : str or TargetSpec
        A target name from ``tvmq targets``, ``"host"``, or a target JSON file path.
    **options
        See `CompileOptions`: ``pipeline``, ``dump_ir``, ``tuning_log``, ``fast_math``.

    Returns
    -------
    CompiledModel
    """
    if not isinstance(model, Model):
        raise ConfigError(f"compile() needs a tvmq.Model (from tvmq.load_onnx), got "
                          f"{type(model).__name__}")
    opts = CompileOptions.from_kwargs(options)
    spec = get_target(target)
    tvm_target = spec.tvm_target()
    ctx = PipelineContext(spec=spec, target=tvm_target, options=opts)
    start = time.perf_counter()
    mod, trace = run_pipeline(model.mod, get_pipeline(opts.pipeline, ctx), ctx, opts.dump_ir)
    try:
        with tvm_target:
            executable = tvm.compile(mod, target=tvm_target, relax_pipeline=None,
                                     tir_pipeline=TIR_PIPELINE)
    except Exception as err:
        lines = [ln for ln in str(err).strip().splitlines() if ln.strip()]
        raise CompileError(f"TVM could not build {model.name!r} for {spec.name}: "
                           f"{type(err).__name__}: {lines[-1] if lines else ''}") from err
    meta = ModuleMetadata(model=model.name, target=spec.to_dict(), inputs=model.inputs,
                          outputs=model.outputs, transforms=model.transforms,
                          tvmq_version=__version__)
    info = {"compile_seconds": time.perf_counter() - start, "phase_seconds": trace.seconds,
            "dumps": [str(p) for p in trace.dumps], **ctx.report}
    return CompiledModel(meta, executable=executable, info=info)
