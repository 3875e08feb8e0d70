"""Real arguments for measuring kernels that index memory with their inputs.

MetaSchedule's runners fill every argument of a measured kernel at random. For a kernel that
reads one input as indices into another (an embedding ``take``/``Gather``) random int64 ids
point far outside the table and the runner process crashes, so such a kernel could not be
measured, hence neither tuned. For these kernels tvmq runs the model once on sample inputs
(compiled exactly as tuning sees it: the fused kernels, unscheduled, on this machine), records
each kernel's arguments with the Relax VM's instrument hook, keeps the index arrays and the
small arrays in an ``.npz`` file, and gives the runner an argument allocator that uploads them
(`alloc_local`, `alloc_rpc`: module-level functions bound with `functools.partial`, as
MetaSchedule's worker processes need). Arrays not kept (large float weights, or a shape changed
by a candidate's layout rewrite) are filled at random, as before.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..model import Model
from ..target import TargetSpec
from .tasks import TuneTask

INDEX_DTYPES = frozenset({"int32", "int64", "uint32", "uint64"})
MAX_INDEX_BYTES = 64 << 20  # index arrays up to this size are kept (a 16 M-token batch)
MAX_DATA_BYTES = 1 << 20  # other arrays up to this size are kept; larger ones are random
RANDOM_FILL = "tvm.contrib.random.random_fill_for_measure"
SKIP_RUN = 1  # tvm.runtime.vm.VMInstrumentReturnKind.SKIP_RUN

__all__ = ["CapturedArgs", "MAX_DATA_BYTES", "MAX_INDEX_BYTES", "RunnerSet", "alloc_local",
           "alloc_rpc", "capture_args", "check_sample_inputs", "index_params", "sample_inputs"]


def index_params(task: TuneTask) -> tuple[int, ...]:
    """Positions of ``task``'s integer tensor parameters that the kernel subscripts another
    buffer with (an index read inside an index: ``A[ids[i, j], k]``)."""
    from tvm.s_tir import meta_schedule as ms

    func = task.mod["main"]
    infos = [a.as_json() for a in ms.arg_info.ArgInfo.from_prim_func(func)]
    ints = {str(p): i for i, (p, info) in enumerate(zip(func.params, infos, strict=True))
            if info[0] == "TENSOR" and str(info[1]) in INDEX_DTYPES}
    if not ints:
        return ()
    return tuple(sorted(ints[n] for n in _nested_subscripts(func.script()) if n in ints))


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")


def _nested_subscripts(text: str) -> set[str]:
    """Names subscripted (``name[``) inside another subscript of TVMScript ``text``."""
    out: set[str] = set()
    depth = 0
    for i, ch in enumerate(text):
        if ch == "[":
            if depth > 0:
                m = _NAME.search(text, max(0, i - 64), i)
                if m is not None:
                    out.add(m.group(0))
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "\n":
            depth = 0
    return out


def check_sample_inputs(model: Model, inputs: Any) -> dict[str, np.ndarray]:
    """``inputs`` checked against the model's inputs (names, shapes, dtypes): `InputError`
    says what is wrong."""
    from ..quant.calibrate import check_batch

    return check_batch(inputs, model, "sample_inputs")


def sample_inputs(model: Model, seed: int = 0) -> dict[str, np.ndarray]:
    """`Model.random_inputs` with integer inputs kept inside every table they index.

    Integer inputs are drawn from ``[0, 8)`` (`TensorSpec.random`); where the model takes
    rows of a table with fewer rows (a ``take`` with non-constant indices), they are reduced
    modulo the smallest such table.
    """
    inputs = model.random_inputs(seed)
    bound = _smallest_take_axis(model)
    if bound is None:
        return inputs
    return {k: (v % bound).astype(v.dtype) if v.dtype.kind in "iu" else v
            for k, v in inputs.items()}


def _smallest_take_axis(model: Model) -> int | None:
    import tvm
    from tvm import relax

    take = tvm.ir.Op.get("relax.take")
    sizes: list[int] = []

    def visit(expr: Any) -> None:
        if isinstance(expr, relax.Call) and expr.op.same_as(take) and not isinstance(
                expr.args[1], tvm.ir.expr.GenericConst):  # constant indices are not inputs
            shape = getattr(expr.args[0].ty, "shape", None)
            axis = expr.attrs.axis
            if shape is not None and axis is not None:
                dim = shape[int(axis)]
                if isinstance(dim, tvm.tirx.IntImm):
                    sizes.append(int(dim))

    for func in model.mod.functions.values():
        if isinstance(func, relax.Function):
            relax.analysis.post_order_visit(func, visit)
    return min(sizes) if sizes else None


@dataclass(frozen=True)
class CapturedArgs:
    """Arguments of some kernels, recorded from one run of the model.

    Attributes
    ----------
    path : str
        The ``.npz`` file: array ``<kernel>__<position>`` per kept argument.
    kernels : dict
        Kernel (task) name -> positions of its kept arguments.
    random : dict
        Kernel name -> positions left to random filling (larger than the size cap).
    error : str or None
        Why the model could not be run to record them (the kernels then get random arguments).
    """

    path: str
    kernels: dict[str, tuple[int, ...]] = field(default_factory=dict)
    random: dict[str, tuple[int, ...]] = field(default_factory=dict)
    error: str | None = None

    def measured(self) -> list[str]:
        """Kernels with at least one kept argument."""
        return [k for k, pos in self.kernels.items() if pos]

    def note(self) -> str:
        """One progress line saying what was recorded."""
        if self.error:
            return ("[tune] could not run the model to record the arguments of the kernels "
                    f"that index with their inputs; they get random ones: {self.error}")
        return (f"[tune] {len(self.measured())} kernel(s) measured on arguments recorded from a "
                f"run of the model: {', '.join(self.measured())}")


def capture_args(model: Model, spec: TargetSpec, tasks: list[TuneTask], path: str | Path,
                 inputs: dict[str, np.ndarray] | None = None, options: Any = None
                 ) -> CapturedArgs:
    """Run ``model`` once on this machine and save the arguments of ``tasks``' kernels.

    The model goes through tvmq's pipeline for ``spec`` up to the fused kernels (so kernel
    names and parameters are exactly the tuning tasks'), is lowered without scheduling and run
    on the CPU of this machine with a VM instrument that copies each wanted kernel's tensor
    arguments after its first call.

    Parameters
    ----------
    model : Model
        The model (transformed as it is tuned).
    spec : TargetSpec
        The tuning target (its fused kernels are the tasks).
    tasks : list of TuneTask
        The kernels whose arguments to keep.
    path : str or Path
        The ``.npz`` to write.
    inputs : dict, optional
        Sample inputs by name (default: `sample_inputs` with seed 0).
    options : CompileOptions, optional
        The pipeline to follow.

    Returns
    -------
    CapturedArgs
        With ``error`` set (and nothing kept) when the model could not be built or run here.
    """
    import tvm

    from ..compiler import CompileOptions
    from ..pipeline import PipelineContext, get_pipeline, run_pipeline
    from ..target import get_target
    from .tasks import lower_for_tuning

    wanted = {t.name for t in tasks}
    path = str(path)
    opts = options or CompileOptions()
    try:
        feed = inputs if inputs is not None else sample_inputs(model)
        missing = [s.name for s in model.inputs if s.name not in feed]
        if missing:
            raise ValueError(f"sample inputs lack {missing}")
        host = get_target("host")
        mod = lower_for_tuning(model, spec, opts)
        ctx = PipelineContext(spec=host, target=host.tvm_target(), options=opts)
        lower = [p for p in get_pipeline(opts.pipeline, ctx) if p.name == "lower"]
        mod, _ = run_pipeline(mod, lower, ctx)
        with host.tvm_target():
            exe = tvm.compile(mod, target=host.tvm_target(), relax_pipeline=None)
        vm = tvm.relax.VirtualMachine(exe, tvm.cpu())
        kernels = {gv.name_hint for gv, f in mod.functions.items()
                   if isinstance(f, tvm.tirx.PrimFunc)}
        seen: dict[str, list[Any]] = {}

        def instrument(_func: Any, symbol: str, before: bool, _ret: Any, *args: Any) -> int:
            if before:  # every wanted kernel recorded: the rest of the model need not run
                return SKIP_RUN if symbol in kernels and len(seen) == len(wanted) else 0
            if symbol in wanted and symbol not in seen:
                seen[symbol] = [a.numpy() if isinstance(a, tvm.runtime.Tensor) else None
                                for a in args]
            return 0

        vm.set_instrument(instrument)
        vm["main"](*[tvm.runtime.tensor(np.ascontiguousarray(feed[s.name]).astype(s.dtype))
                     for s in model.inputs])
    except Exception as err:  # noqa: BLE001 (any failure leaves the runner's random arguments)
        lines = [ln for ln in str(err).strip().splitlines() if ln.strip()]
        return CapturedArgs(path, error=f"{type(err).__name__}: {lines[-1] if lines else ''}")
    arrays: dict[str, np.ndarray] = {}
    kept: dict[str, tuple[int, ...]] = {}
    dropped: dict[str, tuple[int, ...]] = {}
    for name, args in seen.items():
        keep, drop = [], []
        for i, a in enumerate(args):
            if a is None:
                continue
            cap = MAX_INDEX_BYTES if str(a.dtype) in INDEX_DTYPES else MAX_DATA_BYTES
            if a.nbytes <= cap:
                arrays[f"{name}__{i}"] = a
                keep.append(i)
            else:
                drop.append(i)
        kept[name], dropped[name] = tuple(keep), tuple(drop)
    tmp = f"{path}.{os.getpid()}.tmp.npz"
    np.savez(tmp, **arrays)
    os.replace(tmp, path)
    return CapturedArgs(path, kept, dropped)


_LOADED: dict[tuple[str, str], dict[int, np.ndarray]] = {}


def _kept(npz: str, kernel: str) -> dict[int, np.ndarray]:
    key = (npz, kernel)
    if key not in _LOADED:  # once per worker process: candidates of a task share them
        prefix = f"{kernel}__"
        with np.load(npz) as data:
            _LOADED[key] = {int(k[len(prefix):]): data[k] for k in data.files
                            if k.startswith(prefix) and k[len(prefix):].isdigit()}
    return _LOADED[key]


def _alloc(npz: str, kernel: str, device: Any, args_info: list, alloc_repeat: int,
           fill: Callable[[Any], None]) -> list[list[Any]]:
    import tvm

    kept = _kept(npz, kernel)
    repeated = []
    for _ in range(alloc_repeat):
        args = []
        for i, info in enumerate(args_info):
            if info[0] != "TENSOR":
                raise TypeError(f"argument {i} of {kernel} is {info}: kernels take only tensors")
            _, dtype, shape = info
            real = kept.get(i)
            if real is not None and str(real.dtype) == str(dtype) and \
                    tuple(real.shape) == tuple(int(s) for s in shape):
                args.append(tvm.runtime.tensor(real, device))
            else:  # not kept, or a candidate's layout rewrite changed its shape
                arr = tvm.runtime.empty(shape=tuple(int(s) for s in shape), dtype=dtype,
                                        device=device)
                fill(arr)
                args.append(arr)
        repeated.append(args)
    return repeated


def alloc_local(npz: str, kernel: str, device: Any, args_info: list, alloc_repeat: int
                ) -> list[list[Any]]:
    """LocalRunner ``f_alloc_argument``: ``kernel``'s kept arrays, random for the rest."""
    import tvm

    return _alloc(npz, kernel, device, args_info, alloc_repeat,
                  tvm.get_global_func(RANDOM_FILL))


def alloc_rpc(npz: str, kernel: str, session: Any, device: Any, args_info: list,
              alloc_repeat: int) -> list[list[Any]]:
    """RPCRunner ``f_alloc_argument``: the kept arrays are copied to the remote device; the
    rest is filled at random there."""
    return _alloc(npz, kernel, device, args_info, alloc_repeat,
                  session.get_function(RANDOM_FILL))


class RunnerSet:
    """The runner each task is measured with: its own for a kernel with kept arguments (its
    default schedule and its candidates see the same ones), one shared runner otherwise.

    Parameters
    ----------
    captured : CapturedArgs or None
        What was recorded.
    make : callable
        ``make(real)`` builds a runner; ``real`` is None (random arguments) or the
        ``(npz path, kernel name)`` its allocator reads.
    """

    def __init__(self, captured: CapturedArgs | None,
                 make: Callable[[tuple[str, str] | None], Any]) -> None:
        self.captured = captured
        self._make = make
        self._runners: dict[str, Any] = {}

    def real(self, task: TuneTask) -> bool:
        """Whether ``task`` is measured on recorded arguments."""
        return bool(self.captured is not None and self.captured.kernels.get(task.name))

    def for_task(self, task: TuneTask) -> Any:
        """``task``'s runner (built on first use)."""
        key = task.name if self.real(task) else ""
        if key not in self._runners:
            self._runners[key] = self._make(
                (self.captured.path, key) if key else None)  # type: ignore[union-attr]
        return self._runners[key]

    def groups(self, tasks: list[TuneTask]) -> list[tuple[Any, list[TuneTask]]]:
        """``tasks`` grouped by runner, the shared runner's first."""
        out: dict[str, list[TuneTask]] = {}
        for t in tasks:
            out.setdefault(t.name if self.real(t) else "", []).append(t)
        return [(self.for_task(g[0]), g) for _, g in sorted(out.items())]
