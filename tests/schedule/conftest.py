"""Helpers for schedule tests: build Relax modules with constants, compile, compare."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvm import relax

import tvmq
from tvmq.model import Model, TensorSpec


def relax_model(name: str, inputs: dict[str, tuple[tuple[int, ...], str]], body) -> Model:
    """A `Model` whose ``main`` takes ``inputs`` and returns ``body(bb, *vars)``."""
    bb = relax.BlockBuilder()
    params = [relax.Var(n, relax.TensorType(s, d)) for n, (s, d) in inputs.items()]
    with bb.function("main", params):
        with bb.dataflow():
            out = bb.emit_output(body(bb, *params))
        bb.emit_func_output(out)
    mod = bb.get()
    ret = mod["main"].ret_ty
    specs = tuple(TensorSpec(n, tuple(s), d) for n, (s, d) in inputs.items())
    outs = (TensorSpec("out", tuple(int(x) for x in ret.shape), str(ret.dtype)),)
    return Model(mod=mod, inputs=specs, outputs=outs, name=name, source=None)


def const(array: np.ndarray) -> relax.Expr:
    """A Relax constant (a weight, so its layout may be packed at compile time)."""
    return relax.const(array)


def scheduled_module(model: Model, target: str = "host", **options) -> tvm.IRModule:
    """``model`` after the default pipeline's schedule phase under the compile ``options``."""
    from tvmq.compiler import CompileOptions
    from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline
    from tvmq.target import get_target

    spec = get_target(target)
    ctx = PipelineContext(spec, spec.tvm_target(), CompileOptions(**options))
    phases = [p for p in get_pipeline("default", ctx) if p.name != "lower"]
    return run_pipeline(model.mod, phases, ctx)[0]


def scheduled_rules(model: Model, target: str = "host", **options) -> dict[str, str]:
    """Which tvmq rule scheduled each kernel of ``model`` (function name -> rule name) under
    the compile ``options``."""
    mod = scheduled_module(model, target, **options)
    return {gv.name_hint: str(f.attrs["tvmq.schedule_rule"])
            for gv, f in mod.functions_items()
            if isinstance(f, tvm.tirx.PrimFunc) and f.attrs is not None
            and "tvmq.schedule_rule" in f.attrs}


def run(model: Model, inputs: dict[str, np.ndarray], target: str = "host", **options
        ) -> np.ndarray:
    """Compile ``model`` for ``target`` with ``options`` and run it once (skip the run where
    this CPU lacks the target's features, e.g. AVX-512 code on an AVX2 machine)."""
    cm = tvmq.compile(model, target, **options)
    skip_unless_runnable(cm.target)
    return cm.run(inputs)[0]


def skip_unless_runnable(spec) -> None:  # noqa: ANN001
    """Skip the test when code for ``spec`` cannot run on this CPU."""
    from tvmq.target import missing_cpu_features

    missing = missing_cpu_features(spec)
    if missing:
        pytest.skip(f"this CPU lacks {', '.join(missing)} for {spec.name}")


@pytest.fixture
def rng() -> np.random.Generator:
    return np.random.default_rng(0)
