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
from .tasks import SCHEDULED_ATTR, attach_layout_free, layout_free_params, workload_hash


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
    (the directory used), ``records``, ``bad_lines``, ``log_format`` and, when the log is
    not used, ``rejected`` (why).
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
    note["log_format"] = logs.log_format(manifest)
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
    kernel tvmq's passes already scheduled stays as it is), with their constant parameters
    marked ``layout_free_buffers`` as in the tuning tasks; a tuned schedule that repacks a
    weight keeps its packing block, which the ``tvmq-cpu`` schedule passes split off and fold
    at compile time. A kernel with no record under that workload is looked up once more
    without the attribute: the key of a log of format 1 (``rekeyed``). Kernels whose measured
    default schedule beat every searched one are left to the default rules. Counts into
    ``note``: ``hit`` (kernels the log decides), split into ``tuned`` (a searched schedule
    applied) and ``default`` (tvmq's default schedule kept: it measured fastest), and
    ``fallback`` (not in the log), with the kernel names (``*_kernels``).

    Parameters
    ----------
    database, defaults : Database or None
        The two databases of `load_databases`.
    note : dict
        Receives the counts.
    legacy_records : dict, optional
        Records per workload hash of a log of format 1: those matching none of the kernels
        are reported (``legacy_unused``) with a `TuningLogWarning`.
    """

    def __init__(self, database: Any, note: dict[str, Any], defaults: Any = None,
                 legacy_records: dict[str, int] | None = None) -> None:
        self.database = database
        self.defaults = defaults
        self.note = note
        self.legacy_records = legacy_records

    def transform_module(self, mod: tvm.IRModule, _ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """Apply the records."""
        from tvm.s_tir.meta_schedule.tune_context import _normalize_mod

        plain = {gv: f for gv, f in mod.functions.items()
                 if isinstance(f, tvm.tirx.PrimFunc) and not _scheduled(f)}
        marked = attach_layout_free(mod)
        todo = {gv: marked[gv] for gv in plain}
        by_name = {gv.name_hint: gv for gv in todo}
        hits: list[str] = []
        rekeyed: list[str] = []

        def default_wins(func: tvm.tirx.PrimFunc) -> bool:
            return self.defaults is not None and self.defaults.has_workload(_normalize_mod(func))

        if todo and self.database is not None:
            funcs = dict(mod.functions)
            with self.database:
                sub = tvm.relax.transform.MetaScheduleApplyDatabase()(tvm.IRModule(todo))
                missed = {gv: plain[gv] for gv, f in todo.items()
                          if layout_free_params(f) and not _scheduled(sub[gv.name_hint])
                          and not default_wins(f)}
                old = (tvm.relax.transform.MetaScheduleApplyDatabase()(tvm.IRModule(missed))
                       if missed else None)
            for gv in todo:
                new = sub[gv.name_hint]
                if gv in missed and _scheduled(old[gv.name_hint]):
                    new = old[gv.name_hint]
                    rekeyed.append(gv.name_hint)
                if _scheduled(new):
                    funcs[gv] = new
                    hits.append(gv.name_hint)
            mod = tvm.IRModule(funcs, attrs=mod.attrs, global_infos=mod.global_infos)
        # measured kernels where no searched schedule beat tvmq's default one: left to it
        kept = [gv.name_hint for gv, f in todo.items() if gv.name_hint not in hits
                and (default_wins(f) or default_wins(plain[gv]))]
        rekeyed += [name for name in kept if not default_wins(todo[by_name[name]])]
        fallback = sorted(gv.name_hint for gv in todo if gv.name_hint not in hits + kept)
        self.note["hit"] = len(hits) + len(kept)
        self.note["tuned"] = len(hits)
        self.note["default"] = len(kept)
        self.note["fallback"] = len(fallback)
        self.note["rekeyed"] = len(rekeyed)
        self.note["hit_kernels"] = sorted(hits + kept)
        self.note["tuned_kernels"] = sorted(hits)
        self.note["default_kernels"] = sorted(kept)
        self.note["fallback_kernels"] = fallback
        self.note["rekeyed_kernels"] = sorted(rekeyed)
        if self.legacy_records is not None:
            self._report_legacy(todo, plain, rekeyed, fallback)
        return mod

    def _report_legacy(self, todo: dict, plain: dict, rekeyed: list[str],
                       fallback: list[str]) -> None:
        """Say loudly what a log of format 1 could and could not give this model."""
        from tvm.s_tir.meta_schedule.tune_context import _normalize_mod

        matched = set()
        for gv, func in todo.items():
            matched.add(workload_hash(_normalize_mod(func)))
            matched.add(workload_hash(_normalize_mod(plain[gv])))
        unused = sum(n for h, n in self.legacy_records.items() if h not in matched)
        self.note["legacy_unused"] = unused
        parts = [f"{len(rekeyed)} kernel(s) use its records re-keyed to the new workloads"]
        if unused and fallback:
            parts.append(f"{unused} records from log format 1 could not be used (they match "
                         f"none of this model's kernels, re-keyed or not; {len(fallback)} "
                         "kernel(s) fall back to default schedules)")
        _warn(f"tuning log {self.note.get('log')} is log format 1 (written before tuning "
              f"tasks marked constant weights layout-free): {'; '.join(parts)}. Re-tune "
              "(`tvmq tune` re-keys it and searches schedules that repack weights)")


@register_slot_passes("schedule", "tuning-log", order=100)
def tuning_log_passes(ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """The ``tuning_log`` compile option: apply its records before any default schedule."""
    log_dir = getattr(ctx.options, "tuning_log", None)
    if log_dir is None:
        return []
    note: dict[str, Any] = {}
    ctx.report["tuning"] = note
    tuned, defaults = load_databases(log_dir, ctx.spec, note)
    legacy = None
    if tuned is not None and note["log_format"] < logs.LOG_FORMAT:
        legacy = logs.read_log(note["log"], warn=False).records_per_workload()
    return [ApplyTuningLog(tuned, note, defaults, legacy)]
