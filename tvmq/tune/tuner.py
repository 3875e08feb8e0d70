"""`tvmq.tune`: MetaSchedule search over a model's kernels, recorded in a durable tuning log."""

from __future__ import annotations

import os
import platform
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any, TextIO

from .. import __version__
from ..compiler import CompileOptions
from ..errors import ConfigError, TvmqError
from ..model import Model
from ..procutil import pid_alive
from ..target import TargetSpec, get_target
from . import logs
from .progress import Progress, progress_callback
from .realargs import CapturedArgs, RunnerSet, capture_args, check_sample_inputs, index_params
from .remote import RpcDevice, as_device, make_runner
from .report import TaskResult, TuneReport
from .tasks import FixedKernel, TuneTask, extract_tasks, plan_budget
from .upgrade import rekey_log

STAGING = ".staging"


class TuneError(TvmqError):
    """Tuning could not run (no tasks, every candidate failed to build or run...)."""

    exit_code = 9


def target_log_dir(log_dir: str | Path, spec: TargetSpec) -> Path:
    """Where ``spec``'s records live under ``log_dir``."""
    return Path(log_dir) / spec.name


def check_manifest(tdir: Path, spec: TargetSpec) -> dict[str, Any] | None:
    """The manifest of ``tdir``; raise if it was written for a different target."""
    manifest = logs.read_manifest(tdir)
    if manifest is not None and manifest["target"].get("tvm") != spec.tvm:
        raise ConfigError(
            f"the tuning log {tdir} was made for target {manifest['target'].get('tvm')}, not "
            f"{spec.tvm}; its records would be wrong here. Use another --tuning-log directory "
            "(or delete that one)")
    return manifest


def _recover_staging(tdir: Path) -> int:
    """Merge records of runs that died (staging dirs whose process is gone) into the log."""
    root = tdir / STAGING
    if not root.is_dir():
        return 0
    added = 0
    for stage in sorted(root.iterdir()):
        pid = stage.name.split("-")[0]
        if pid.isdigit() and pid_alive(int(pid)):
            continue
        added += logs.merge_into(tdir, logs.read_log(stage, warn=False))
        shutil.rmtree(stage, ignore_errors=True)
    return added


def _update_manifest(tdir: Path, spec: TargetSpec, finished: dict[str, int]) -> None:
    with logs.locked(tdir):
        manifest = logs.read_manifest(tdir) or {"log_format": logs.LOG_FORMAT}
        manifest.update({"manifest_version": logs.MANIFEST_VERSION, "target": spec.to_dict(),
                         "tvmq_version": __version__})
        done = manifest.setdefault("trials_done", {})
        for h, n in finished.items():
            done[h] = max(int(done.get(h, 0)), n)
        logs.write_manifest(tdir, manifest)


def tune(model: Model, target: str | TargetSpec = "host", trials: int = 2000,
         log_dir: str | Path = "logs/", session: Any = None,
         max_trials_per_task: int | None = None, *, seed: int | None = None,
         build_timeout_s: float = 60.0, run_timeout_s: float = 30.0,
         progress: TextIO | None = sys.stderr,
         sample_inputs: dict[str, Any] | None = None, fast_math: bool = True,
         int8_nhwc: bool = True, int8_winograd: bool = True, knob_search: bool = True,
         metaschedule: bool = True) -> TuneReport:
    """Tune the kernels of ``model`` for ``target`` and keep the records in ``log_dir``.

    Tasks are the fused kernels of the model as `tvmq.compile` builds it (after tvmq's rewrite
    passes), one per distinct workload. The trial budget is spread by each kernel's share of
    the work (calls x operations, log-scaled). Each kernel's share goes first to a knob search
    over tvmq's default schedule (`tvmq.tune.knob_search`), then to MetaSchedule's evolutionary
    search with the XGBoost cost model; candidates are built here and measured locally or on
    the RPC device. Records go to ``<log_dir>/<target>/`` as they are measured; a rerun resumes
    (kernels that have their share are skipped) and `tvmq.compile(..., tuning_log=log_dir)`
    applies them.

    Parameters
    ----------
    model : Model
        The model, transformed (quantized, pruned) the way it will be compiled.
    target : str or TargetSpec
        Target name, ``"host"`` or a target JSON file.
    trials : int
        Total trials for the model in this log (a resumed run only runs what is missing).
    log_dir : str or Path
        The tuning log directory (one sub-directory per target).
    session : RemoteSession, RpcDevice, str or None
        Where to measure: None for this machine, a `tvmq.rpc.connect` session, an `RpcDevice`
        (``RpcDevice("tracker-host", 9190, key="rpi4")`` for a pool of boards) or
        ``"host:port"`` of an RPC server.
    max_trials_per_task : int, optional
        Cap per kernel.
    seed : int, optional
        Random seed of the search.
    build_timeout_s, run_timeout_s : float
        Per-candidate build and measurement limits.
    progress : file or None
        Where the progress line goes (None: silent).
    sample_inputs : dict, optional
        Inputs by name (numpy arrays) of one run of the model, whose recorded arguments the
        kernels that index with their inputs (embedding ``Gather``) are measured on; default
        `tvmq.tune.realargs.sample_inputs` (random, integers within the indexed tables).
    fast_math : bool
        Tune the kernels as ``tvmq.compile(..., fast_math=fast_math)`` builds them (pass the
        same value to both, or the ``exp``/``erf``/``softmax`` kernels and the Winograd
        convs' GEMMs miss the log).
    int8_nhwc : bool
        Tune the int8 kernels as ``tvmq.compile(..., int8_nhwc=int8_nhwc)`` builds them (on
        AVX-512 VNNI targets the NHWC and NCHW int8 convs are different kernels).
    int8_winograd : bool
        Likewise for ``int8_winograd`` (on AVX2 the integer Winograd convs' GEMMs are their
        own kernels).
    knob_search : bool
        Spend each kernel's share on the knobs of its default schedule first (False: all of
        it goes to MetaSchedule).
    metaschedule : bool
        Spend what the knob search leaves of each kernel's share on MetaSchedule's search
        (False: the knob search only, minutes instead of hours).

    Returns
    -------
    TuneReport
    """
    if not isinstance(model, Model):
        raise ConfigError(f"tune() needs a tvmq.Model, got {type(model).__name__}")
    if not isinstance(trials, int) or trials < 0:
        raise ConfigError(f"trials must be a non-negative integer, got {trials!r}")
    if max_trials_per_task is not None and max_trials_per_task < 1:
        raise ConfigError("max_trials_per_task must be at least 1")
    if sample_inputs is not None:
        sample_inputs = check_sample_inputs(model, sample_inputs)
    start = time.perf_counter()
    spec = get_target(target)
    device = as_device(session)
    if device is None and spec.arch != platform.machine():
        raise ConfigError(f"{spec.name} code ({spec.arch}) cannot be measured on this "
                          f"{platform.machine()} machine; pass session= (an RPC server "
                          "'host:port' or tvmq.tune.RpcDevice(tracker_host, port, key=...))")
    tdir = target_log_dir(log_dir, spec)
    tdir.mkdir(parents=True, exist_ok=True)
    with logs.locked(tdir):
        check_manifest(tdir, spec)
    _update_manifest(tdir, spec, {})
    _recover_staging(tdir)

    fixed: list[FixedKernel] = []
    options = CompileOptions(fast_math=fast_math, int8_nhwc=int8_nhwc,
                             int8_winograd=int8_winograd)
    tasks = extract_tasks(model, spec, options, fixed=fixed)
    if not tasks:
        raise TuneError(f"{model.name} has no kernel to tune for {spec.name}"
                        + (f" ({len(fixed)} kernel(s) on tvmq's fixed schedules)" if fixed
                           else ""))
    rekeyed = rekey_log(tdir, tasks)  # a log of format 1: its records onto the new keys
    existing = logs.read_log(tdir)
    in_log = existing.trials_per_workload()
    manifest = logs.read_manifest(tdir) or {}
    done = {t.workload: max(in_log.get(t.workload, 0),
                            int(manifest.get("trials_done", {}).get(t.workload, 0)))
            for t in tasks}
    budget = plan_budget(tasks, trials, max_trials_per_task, done)
    report = TuneReport(spec.name, tdir, measured_on=str(device) if device else "local",
                        bad_lines=len(existing.bad_lines), fixed=fixed,
                        rekeyed=rekeyed.records)
    ran = {t.workload: 0 for t in tasks}
    errors: list[str] = []
    have_default = existing.best_seconds("default")
    no_default = [t for t in tasks if t.workload not in have_default] if trials else []
    succeeded = 0
    indexed = [t for t in tasks if index_params(t)]
    if sum(budget) or no_default:
        with tempfile.TemporaryDirectory(prefix="tvmq-args-") as tmp:
            captured = capture_args(model, spec, indexed, Path(tmp) / "args.npz",
                                    sample_inputs, options) if indexed else None
            if captured is not None and progress is not None:
                progress.write(captured.note() + "\n")
            report.real_args = captured.measured() if captured is not None else []
            succeeded = _search(tasks, budget, spec, tdir, existing, device, seed,
                                build_timeout_s, run_timeout_s, progress, ran, done, errors,
                                no_default, captured, knob_search, metaschedule)
    final = logs.read_log(tdir, warn=False)
    best, tuned, default = (final.best_seconds(k) for k in ("any", "tuned", "default"))

    def us(table: dict[str, float], h: str) -> float | None:
        return 1e6 * table[h] if h in table else None

    for t in tasks:
        report.tasks.append(TaskResult(t.name, t.workload, t.weight, in_log.get(t.workload, 0),
                                       ran[t.workload], us(best, t.workload),
                                       us(default, t.workload), us(tuned, t.workload)))
    _record_choices(tdir, report.tasks)
    report.trials_run = sum(ran.values())
    report.seconds = time.perf_counter() - start
    if report.trials_run and not succeeded:
        raise TuneError(f"all {report.trials_run} candidates failed to build or run on "
                        f"{report.measured_on}; the first error was:\n"
                        f"{errors[0] if errors else '(none reported)'}")
    return report


def _record_choices(tdir: Path, results: list[TaskResult]) -> None:
    """Write which schedule the compile will apply per kernel into the manifest."""
    with logs.locked(tdir):
        manifest = logs.read_manifest(tdir) or {}
        choices = manifest.setdefault("applied", {})
        for t in results:
            if t.best_us is not None:
                choices[t.workload] = {"kernel": t.name, "applied": t.applied,
                                       "best_us": t.best_us, "default_us": t.default_us,
                                       "tuned_us": t.tuned_us}
        logs.write_manifest(tdir, manifest)


def _strategy(trials: int) -> Any:
    """Evolutionary search sized to the budget: MetaSchedule's defaults (population 512, 4
    generations) spend minutes of cost-model time per batch, far more than a small budget's
    measurements; the population shrinks with the trials (never below 64)."""
    from tvm.s_tir import meta_schedule as ms

    population = max(64, min(512, 16 * trials))
    return ms.search_strategy.EvolutionarySearch(
        population_size=population, init_min_unmeasured=min(50, population // 2),
        genetic_num_iters=4 if trials >= 64 else 2)


def _knob_phase(todo: list[tuple[TuneTask, int]], spec: TargetSpec, tdir: Path, builder: Any,
                runners: RunnerSet, stage: Path, progress: Progress, stream: TextIO | None,
                ran: dict[str, int], done: dict[str, int]) -> list[tuple[TuneTask, int]]:
    """Spend each task's share on its default schedule's knobs first (`knob_search`); returns
    the trials left to MetaSchedule. Kernels the manifest lists under ``knobs_searched`` were
    knob-searched before and go straight to MetaSchedule."""
    from tvm.s_tir import meta_schedule as ms

    from .knob_search import knob_search

    searched = set((logs.read_manifest(tdir) or {}).get("knobs_searched", []))
    fresh = [(t, b) for t, b in todo if t.workload not in searched]
    if not fresh:
        return todo
    if stream is not None:
        stream.write(f"[tune] knob search over tvmq's default schedules of {len(fresh)} "
                     "kernel(s)\n")

    def note(name: str, measured: int, ok: int, best_us: float | None, err: str | None) -> None:
        progress.succeeded += ok
        if err and progress.first_error is None:
            progress.first_error = err
        progress.update(name, measured, best_us)

    spent = knob_search([t for t, _ in fresh], [b for _, b in fresh], spec, builder,
                        runners.for_task, ms.database.JSONDatabase(work_dir=str(stage)), note)
    for workload, n in spent.items():
        ran[workload] += n
        done[workload] += n
    logs.merge_into(tdir, logs.read_log(stage, warn=False))
    _update_manifest(tdir, spec, {t.workload: done[t.workload] for t, _ in fresh})
    with logs.locked(tdir):
        manifest = logs.read_manifest(tdir) or {}
        manifest["knobs_searched"] = sorted(searched | {t.workload for t, _ in fresh})
        logs.write_manifest(tdir, manifest)
    return [(t, b - spent.get(t.workload, 0)) for t, b in todo]


def _search(tasks: list[TuneTask], budget: list[int], spec: TargetSpec, tdir: Path,
            existing: logs.TuningLog, device: RpcDevice | None, seed: int | None,
            build_timeout_s: float, run_timeout_s: float, stream: TextIO | None,
            ran: dict[str, int], done: dict[str, int], errors: list[str],
            no_default: list[TuneTask], captured: CapturedArgs | None = None,
            knob_search: bool = True, metaschedule: bool = True) -> int:
    """Measure the default schedules of ``no_default``, then run MetaSchedule task by task in
    a private staging database, merging as it goes; returns how many candidates ran."""
    import functools

    from tvm.s_tir import meta_schedule as ms

    from . import worker
    from .defaults import UNMEASURABLE, measure_defaults
    from .intrin import import_tensor_intrin
    from .space import space_generator

    import_tensor_intrin()  # x86/ARM schedule rules refer to the dot-product intrinsics
    stage = tdir / STAGING / f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
    stage.mkdir(parents=True)
    logs.write_log(stage, logs.TuningLog(existing.workloads, existing.records))
    cores = max(1, spec.cores if device is not None else min(spec.cores, os.cpu_count() or 1))
    builder = ms.builder.LocalBuilder(
        max_workers=cores if device is None else max(1, os.cpu_count() or 1),
        timeout_sec=build_timeout_s, f_build=worker.build,
        f_export=functools.partial(worker.export_so, spec.cross_compiler if device else None))
    evaluator = ms.runner.EvaluatorConfig(number=3, repeat=1, min_repeat_ms=20)
    runners = RunnerSet(captured, functools.partial(make_runner, device, evaluator,
                                                    run_timeout_s))
    cost_model = ms.cost_model.XGBModel(num_tuning_cores=cores)
    target = spec.tvm_target()
    todo = [(t, b) for t, b in zip(tasks, budget, strict=True) if b > 0]
    progress = Progress(sum(b for _, b in todo), stream)
    try:
        if no_default:
            if stream is not None:
                stream.write(f"[tune] measuring tvmq's default schedules of {len(no_default)} "
                             "kernel(s): the starting point and the floor of the search\n")
            measured = {}
            for runner, group in runners.groups(no_default):
                measured.update(measure_defaults(group, spec, builder, runner,
                                                 ms.database.JSONDatabase(work_dir=str(stage))))
            # no floor to compare a searched schedule with: such kernels keep the default
            unmeasurable = {w for w, (_, _, err) in measured.items()
                            if err and err.startswith(UNMEASURABLE)}
            if unmeasurable:
                todo = [(t, b) for t, b in todo if t.workload not in unmeasurable]
                if stream is not None:
                    stream.write(f"[tune] {len(unmeasurable)} kernel(s) keep tvmq's default "
                                 f"schedule unsearched: {UNMEASURABLE}\n")
            failed = [f"{rule}: {err}" for rule, _, err in measured.values()
                      if err and not err.startswith(UNMEASURABLE)]
            if failed and stream is not None:
                stream.write(f"[tune] {len(failed)} default schedule(s) failed to build or "
                             f"run (first: {failed[0]})\n")
            logs.merge_into(tdir, logs.read_log(stage, warn=False))
        if knob_search:
            todo = _knob_phase(todo, spec, tdir, builder, runners, stage, progress, stream,
                               ran, done)
        for i, (task, trials) in enumerate(todo if metaschedule else []):
            if trials < 1:
                continue
            seen = len(logs.read_log(stage, warn=False).records)
            ctx = ms.TuneContext(mod=task.mod, target=target,
                                 space_generator=space_generator(task.mod, target),
                                 search_strategy=_strategy(trials), task_name=task.name,
                                 num_threads=cores,
                                 rand_state=-1 if seed is None else seed + i).clone()
            database = ms.database.JSONDatabase(work_dir=str(stage))
            callbacks = list(ms.measure_callback.MeasureCallback.create("default"))
            callbacks.append(progress_callback(progress, task.name))
            ms.tune_tasks(tasks=[ctx], task_weights=[float(task.weight)],
                          work_dir=str(tdir / "ms_logs"), max_trials_global=trials,
                          max_trials_per_task=trials, num_trials_per_iter=min(64, trials),
                          builder=builder, runner=runners.for_task(task), database=database,
                          cost_model=cost_model, measure_callbacks=callbacks,
                          task_scheduler="round-robin")
            staged = logs.read_log(stage, warn=False)
            ran[task.workload] += len(staged.records) - seen
            logs.merge_into(tdir, staged)
            # the search may stop short (small spaces): the share still counts as spent
            _update_manifest(tdir, spec, {task.workload: done[task.workload] + trials})
    finally:
        if progress.first_error:
            errors.append(progress.first_error)
        # also on Ctrl-C: keep every record measured so far
        logs.merge_into(tdir, logs.read_log(stage, warn=False))
        shutil.rmtree(stage, ignore_errors=True)
    return progress.succeeded

