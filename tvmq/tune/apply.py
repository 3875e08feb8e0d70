"""Apply a tuning log in the compile pipeline's ``schedule`` slot (before default schedules)."""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path
from typing import Any

import tvm

from ..errors import ConfigError
from ..pipeline import PipelineContext, register_slot_passes
from ..target import TargetSpec
from . import logs
from .tasks import SCHEDULED_ATTR


def _scheduled(func: tvm.tirx.PrimFunc) -> bool:
    return bool(func.attrs and func.attrs.get(SCHEDULED_ATTR, False))


def _warn(msg: str) -> None:
    warnings.warn(msg, logs.TuningLogWarning, stacklevel=3)


def load_database(log_dir: str | Path, spec: TargetSpec,
                  note: dict[str, Any]) -> tvm.s_tir.meta_schedule.database.Database | None:
    """The searched records of ``spec`` in ``log_dir`` that beat tvmq's default schedules.

    None (with a warning) if the log is unusable; see `load_databases`.
    """
    return load_databases(log_dir, spec, note)[0]


def load_databases(log_dir: str | Path, spec: TargetSpec, note: dict[str, Any]
                   ) -> tuple[Any, Any]:
    """The validated databases of ``spec`` in ``log_dir``, or (None, None) if unusable.

    The first holds the searched records of the kernels where one is faster than tvmq's
    default schedule; the second the workloads (no records) where the default schedule is at
    least as fast, which the compile leaves to the default rules. ``note`` receives ``log``
    (the directory used), ``records``, ``bad_lines`` and, when the log is not used,
    ``rejected`` (why).
    """
    from tvm.s_tir import meta_schedule as ms

    root = Path(log_dir)
    if not root.exists():
        raise ConfigError(f"tuning log {root} does not exist; create it with `tvmq tune` "
                          "(or tvmq.tune) first")
    tdir = root / spec.name
    if not tdir.is_dir() and (root / logs.MANIFEST_FILE).exists():
        tdir = root  # the target's own directory was given
    note["log"] = str(tdir)
    manifest = logs.read_manifest(tdir) if tdir.is_dir() else None
    if not tdir.is_dir() or manifest is None:
        have = [p.name for p in logs.find_target_dirs(root)]
        note["rejected"] = "no log for this target"
        _warn(f"tuning log {root} has no records for target {spec.name!r} (it has: "
              f"{', '.join(have) or 'nothing'}); using default schedules")
        return None, None
    made_for = manifest["target"]
    if made_for.get("tvm") != spec.tvm:
        note["rejected"] = f"made for {made_for.get('name')} {made_for.get('tvm')}"
        _warn(f"tuning log {tdir} was made for target {made_for.get('name')!r} "
              f"{made_for.get('tvm')}, not {spec.name!r} {spec.tvm}: not applied, using default "
              "schedules. Tune for this target (tvmq tune --target ...) to get its own log")
        return None, None
    log = logs.read_log(tdir)
    note["records"] = len(log.records)
    note["bad_lines"] = len(log.bad_lines)
    tuned, default = logs.split_winners(log)
    if any("Tensorize" in str(rec[0]) for _, rec in tuned.records):
        from .intrin import import_tensor_intrin

        import_tensor_intrin()  # replaying a tensorized trace needs the intrinsic registry
    # TVM's JSON reader stops at the first bad line: load validated copies instead
    out = []
    for part in (tuned, default):
        with tempfile.TemporaryDirectory(prefix="tvmq-log-") as tmp:
            logs.write_log(tmp, part)
            out.append(ms.database.JSONDatabase(work_dir=tmp, allow_missing=False))
    return out[0], out[1]


@tvm.transform.module_pass(opt_level=0, name="tvmq.ApplyTuningLog")
class ApplyTuningLog:
    """Replace each not-yet-scheduled kernel that has a record by its best tuned schedule.

    Uses MetaSchedule's ``MetaScheduleApplyDatabase`` on the unscheduled kernels only (a
    kernel tvmq's passes already scheduled stays as it is). Kernels whose measured default
    schedule beat every searched one are left to the default rules. Counts into ``note``:
    ``hit`` (kernels the log decides), split into ``tuned`` (a searched schedule applied) and
    ``default`` (tvmq's default schedule kept: it measured fastest), and ``fallback`` (not in
    the log), with the kernel names (``*_kernels``).
    """

    def __init__(self, database: Any, note: dict[str, Any], defaults: Any = None) -> None:
        self.database = database
        self.defaults = defaults
        self.note = note

    def transform_module(self, mod: tvm.IRModule, _ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """Apply the records."""
        todo = {gv: f for gv, f in mod.functions.items()
                if isinstance(f, tvm.tirx.PrimFunc) and not _scheduled(f)}
        hits: list[str] = []
        if todo and self.database is not None:
            with self.database:
                sub = tvm.relax.transform.MetaScheduleApplyDatabase()(tvm.IRModule(todo))
            funcs = dict(mod.functions)
            for gv in todo:
                new = sub[gv.name_hint]
                if _scheduled(new):
                    funcs[gv] = new
                    hits.append(gv.name_hint)
            mod = tvm.IRModule(funcs, attrs=mod.attrs, global_infos=mod.global_infos)
        # measured kernels where no searched schedule beat tvmq's default one: left to it
        kept: list[str] = []
        if self.defaults is not None:
            from tvm.s_tir.meta_schedule.tune_context import _normalize_mod

            kept = [gv.name_hint for gv, f in todo.items() if gv.name_hint not in hits
                    and self.defaults.has_workload(_normalize_mod(f))]
        self.note["hit"] = len(hits) + len(kept)
        self.note["tuned"] = len(hits)
        self.note["default"] = len(kept)
        self.note["fallback"] = len(todo) - len(hits) - len(kept)
        self.note["hit_kernels"] = sorted(hits + kept)
        self.note["tuned_kernels"] = sorted(hits)
        self.note["default_kernels"] = sorted(kept)
        self.note["fallback_kernels"] = sorted(gv.name_hint for gv in todo
                                               if gv.name_hint not in hits + kept)
        return mod


@register_slot_passes("schedule", "tuning-log", order=100)
def tuning_log_passes(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """The ``tuning_log`` compile option: apply its records before any default schedule."""
    log_dir = getattr(ctx.options, "tuning_log", None)
    if log_dir is None:
        return []
    note: dict[str, Any] = {}
    ctx.report["tuning"] = note
    tuned, defaults = load_databases(log_dir, ctx.spec, note)
    return [ApplyTuningLog(tuned, note, defaults)]
