"""Phases and the runner that applies them in order, checking and optionally dumping the IR."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tvm

from ..errors import CompileError, TvmqError
from ..target import TargetSpec


@dataclass(frozen=True)
class PipelineContext:
    """What a phase may look at: the target and the compile options (``report``: notes out)."""

    spec: TargetSpec
    target: tvm.target.Target
    options: Any  # tvmq.compiler.CompileOptions (kept untyped here to avoid an import cycle)
    report: dict[str, Any] = field(default_factory=dict)  # passes' notes for CompiledModel.info


@dataclass(frozen=True)
class Phase:
    """One named step of a pipeline: a list of TVM passes applied under the target."""

    name: str
    passes: Callable[[PipelineContext], list[tvm.transform.Pass]]
    description: str = ""


@dataclass
class PipelineTrace:
    """Per-phase wall time (seconds) and the dump files written, in order."""

    seconds: dict[str, float] = field(default_factory=dict)
    dumps: list[Path] = field(default_factory=list)


def _dump(mod: tvm.IRModule, dump_dir: Path, index: int, name: str) -> Path:
    dump_dir.mkdir(parents=True, exist_ok=True)
    path = dump_dir / f"{index:02d}_{name}.py"
    path.write_text(mod.script(show_meta=False))
    return path


def run_pipeline(mod: tvm.IRModule, phases: list[Phase], ctx: PipelineContext,
                 dump_dir: str | Path | None = None) -> tuple[tvm.IRModule, PipelineTrace]:
    """Apply ``phases`` in order; check the module is well formed after each one.

    Parameters
    ----------
    mod : tvm.IRModule
        The Relax module to transform.
    phases : list of Phase
        The pipeline.
    ctx : PipelineContext
        Target and options.
    dump_dir : str or Path, optional
        When given, the TVMScript of the module is written there before the first phase
        (``00_input.py``) and after each phase (``NN_<phase>.py``).

    Returns
    -------
    (tvm.IRModule, PipelineTrace)
    """
    trace = PipelineTrace()
    dump = Path(dump_dir) if dump_dir is not None else None
    if dump is not None:
        trace.dumps.append(_dump(mod, dump, 0, "input"))
    for i, phase in enumerate(phases, start=1):
        start = time.perf_counter()
        try:
            with ctx.target, tvm.transform.PassContext(opt_level=3):
                mod = tvm.transform.Sequential(phase.passes(ctx), name=phase.name)(mod)
        except TvmqError:  # bad user input found by a phase (e.g. a missing tuning log)
            raise
        except Exception as err:
            raise CompileError(f"phase {phase.name!r} failed for target {ctx.spec.name!r}: "
                               f"{type(err).__name__}: {_last_line(err)}") from err
        trace.seconds[phase.name] = time.perf_counter() - start
        if dump is not None:  # before the check: an ill-formed module is what a report needs
            trace.dumps.append(_dump(mod, dump, i, phase.name))
        if not tvm.relax.analysis.check_well_formed(mod):
            raise CompileError(f"phase {phase.name!r} produced an ill-formed module "
                               "(a tvmq bug: please report it with --dump-ir output)")
    return mod, trace


def _last_line(err: Exception) -> str:
    lines = [ln for ln in str(err).strip().splitlines() if ln.strip()]
    return lines[-1] if lines else repr(err)


def phases_through(phases: list[Phase], last: str) -> list[Phase]:
    """The leading phases of a pipeline, up to and including the one named ``last``."""
    names = [p.name for p in phases]
    if last not in names:
        raise CompileError(f"the pipeline has no phase {last!r}; its phases are {names}")
    return phases[: names.index(last) + 1]
