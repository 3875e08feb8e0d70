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
    """The validated database of ``spec`` in ``log_dir``, or None (with a warning) if unusable.

    ``note`` receives ``log`` (the directory used), ``records``, ``bad_lines`` and, when the
    log is not used, ``rejected`` (why).
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
        return None
    made_for = manifest["target"]
    if made_for.get("tvm") != spec.tvm:
        note["rejected"] = f"made for {made_for.get('name')} {made_for.get('tvm')}"
        _warn(f"tuning log {tdir} was made for target {made_for.get('name')!r} "
              f"{made_for.get('tvm')}, not {spec.name!r} {spec.tvm}: not applied, using default "
              "schedules. Tune for this target (tvmq tune --target ...) to get its own log")
        return None
    log = logs.read_log(tdir)
    note["records"] = len(log.records)
    note["bad_lines"] = len(log.bad_lines)
    if any("Tensorize" in str(rec[0]) for _, rec in log.records):
        from .intrin import import_tensor_intrin

        import_tensor_intrin()  # replaying a tensorized trace needs the intrinsic registry
    # TVM's JSON reader stops at the first bad line: load a validated copy instead
    with tempfile.TemporaryDirectory(prefix="tvmq-log-") as tmp:
        logs.write_log(tmp, logs.TuningLog(log.workloads, log.records))
        return ms.database.JSONDatabase(work_dir=tmp, allow_missing=False)


@tvm.transform.module_pass(opt_level=0, name="tvmq.ApplyTuningLog")
class ApplyTuningLog:
    """Replace each not-yet-scheduled kernel that has a record by its best tuned schedule.

    Uses MetaSchedule's ``MetaScheduleApplyDatabase`` on the unscheduled kernels only (a
    kernel tvmq's passes already scheduled stays as it is) and counts hits and fallbacks into
    ``note``.
    """

    def __init__(self, database: Any, note: dict[str, Any]) -> None:
        self.database = database
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
        self.note["hit"] = len(hits)
        self.note["fallback"] = len(todo) - len(hits)
        self.note["hit_kernels"] = sorted(hits)
        self.note["fallback_kernels"] = sorted(gv.name_hint for gv in todo
                                               if gv.name_hint not in hits)
        return mod


@register_slot_passes("schedule", "tuning-log", order=100)
def tuning_log_passes(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """The ``tuning_log`` compile option: apply its records before any default schedule."""
    log_dir = getattr(ctx.options, "tuning_log", None)
    if log_dir is None:
        return []
    note: dict[str, Any] = {}
    ctx.report["tuning"] = note
    return [ApplyTuningLog(load_database(log_dir, ctx.spec, note), note)]
