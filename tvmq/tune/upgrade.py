"""Re-key the records of a tuning log of format 1 onto the workloads of the current format.

Format 2 tasks carry ``layout_free_buffers`` on their constant parameters, so a kernel with a
weight has a new structural hash; its format-1 workload is the same kernel without the
attribute (`TuneTask.legacy_workload`). Re-keying copies the records filed under the old hash
to the new one (the schedules replay unchanged: the attribute only lets a schedule repack the
weight, and a format-1 record never does), together with the trials already spent. The old
lines stay: the log may hold kernels of other models, which are re-keyed when those are tuned
(or looked up under both keys when compiled, see `tvmq.tune.apply`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import logs
from .tasks import TuneTask


@dataclass(frozen=True)
class Rekeyed:
    """What `rekey_log` did: kernels and records re-keyed, and the format before."""

    kernels: int
    records: int
    format_before: int


def _module_json(task: TuneTask) -> str:
    from tvm.s_tir import meta_schedule as ms

    return str(ms.database.MemoryDatabase().commit_workload(task.mod).as_json()[1])


def rekey_log(tdir: str | Path, tasks: list[TuneTask]) -> Rekeyed:
    """Copy the format-1 records of ``tasks`` in ``tdir`` to their current workloads.

    Idempotent (records already there are not duplicated); marks the manifest with
    `logs.LOG_FORMAT`. Runs under the log's lock.
    """
    tdir = Path(tdir)
    with logs.locked(tdir):
        manifest = logs.read_manifest(tdir) or {}
        before = logs.log_format(manifest) if manifest else logs.LOG_FORMAT
        log = logs.read_log(tdir, warn=False)
        index = {h: i for i, (h, _) in enumerate(log.workloads)}
        have = log.records_per_workload()
        extra = logs.TuningLog()
        done = manifest.setdefault("trials_done", {})
        kernels = 0
        for task in tasks:
            old = index.get(task.legacy_workload)
            if task.legacy_workload in ("", task.workload) or old is None:
                continue
            records = [r for i, r in log.records if i == old]
            if not records:
                continue
            extra.workloads.append((task.workload, _module_json(task)))
            extra.records.extend((len(extra.workloads) - 1, r) for r in records)
            kernels += have.get(task.workload, 0) < len(records)
            spent = int(done.get(task.legacy_workload, 0))
            if spent > int(done.get(task.workload, 0)):
                done[task.workload] = spent
        merged, added = logs.merge_logs(logs.TuningLog(log.workloads, log.records), extra)
        if added:
            logs.write_log(tdir, merged)
        if manifest:
            manifest["log_format"] = logs.LOG_FORMAT
            logs.write_manifest(tdir, manifest)
    return Rekeyed(kernels if added else 0, added, before)
