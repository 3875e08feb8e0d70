"""Tuning logs as assets: summarise, merge (across models and machines) and export them."""

from __future__ import annotations

import shutil
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import ConfigError
from . import logs


def _target_dirs(log_dir: str | Path) -> list[Path]:
    dirs = logs.find_target_dirs(log_dir)
    if not dirs:
        raise ConfigError(f"{log_dir} holds no tuning log (no <target>/{logs.MANIFEST_FILE}); "
                          "create one with `tvmq tune`")
    return dirs


def _target_name(tdir: Path) -> str:
    manifest = logs.read_manifest(tdir)
    return str(manifest["target"].get("name", tdir.name)) if manifest else tdir.name


def show_log(log_dir: str | Path) -> list[dict[str, Any]]:
    """One summary per target database in ``log_dir``.

    Returns
    -------
    list of dict
        ``target``, ``tvm`` (the target dict), ``tvmq_version``, ``log_format`` (1: written
        before tuning tasks marked weights layout-free, see `tvmq.tune.upgrade`),
        ``workloads``, ``records``
        (of which ``default_records`` are tvmq's default schedules), ``bad_lines``,
        ``best_us`` (fastest measured time per workload hash, microseconds).
    """
    out = []
    for tdir in _target_dirs(log_dir):
        manifest = logs.read_manifest(tdir) or {"target": {}}
        log = logs.read_log(tdir)
        out.append({
            "target": _target_name(tdir), "dir": str(tdir),
            "tvm": manifest["target"].get("tvm"), "tvmq_version": manifest.get("tvmq_version"),
            "log_format": logs.log_format(manifest),
            "workloads": len(log.workloads), "records": len(log.records),
            "default_records": sum(logs.is_default_record(r) for _, r in log.records),
            "bad_lines": len(log.bad_lines),
            "best_us": {h: 1e6 * s for h, s in sorted(log.best_seconds().items())},
        })
    return out


def merge_log_dirs(dest: str | Path, sources: list[str | Path]) -> dict[str, int]:
    """Merge the tuning logs in ``sources`` into ``dest``, target by target.

    Records of the same target (same TVM target dict) go into ``dest/<target>/``; a source
    whose target name exists in ``dest`` with a different target dict is refused.

    Returns
    -------
    dict
        New records per target name.
    """
    added: dict[str, int] = {}
    for src in sources:
        for tdir in _target_dirs(src):
            manifest = logs.read_manifest(tdir)
            if manifest is None:
                raise ConfigError(f"{tdir} has no {logs.MANIFEST_FILE}: cannot tell which target "
                                  "its records are for")
            name = _target_name(tdir)
            out = Path(dest) / name
            with logs.locked(out):
                have = logs.read_manifest(out)
                if have is not None and have["target"].get("tvm") != manifest["target"].get("tvm"):
                    raise ConfigError(
                        f"cannot merge {tdir} into {out}: they are for different '{name}' "
                        f"targets ({manifest['target'].get('tvm')} vs {have['target'].get('tvm')})")
                fmt = logs.log_format(manifest)
                if have is None:
                    logs.write_manifest(out, {"manifest_version": logs.MANIFEST_VERSION,
                                              "target": manifest["target"],
                                              "tvmq_version": __version__, "trials_done": {},
                                              "log_format": fmt})
                elif fmt < logs.log_format(have):  # it now holds records keyed the old way
                    logs.write_manifest(out, {**have, "log_format": fmt})
            added[name] = added.get(name, 0) + logs.merge_into(out, logs.read_log(tdir))
    return added


def best_only(log: logs.TuningLog) -> logs.TuningLog:
    """The fastest measured record of each workload (workloads without one are dropped)."""
    best: dict[int, tuple[float, list]] = {}
    for idx, rec in log.records:
        secs = logs._mean_secs(rec)
        if secs is not None and (idx not in best or secs < best[idx][0]):
            best[idx] = (secs, rec)
    out = logs.TuningLog()
    for idx in sorted(best):
        out.workloads.append(log.workloads[idx])
        out.records.append((len(out.workloads) - 1, best[idx][1]))
    return out


def export_log(log_dir: str | Path, output: str | Path, *, all_records: bool = False,
               target: str | None = None) -> Path:
    """Write a shareable copy of a tuning log: a directory, or a ``.tar.gz`` of one.

    By default only the best record per workload is kept (what `tvmq.compile` uses), which
    makes the log far smaller; ``all_records`` keeps everything (e.g. to continue tuning).
    ``target`` limits the export to one target.
    """
    dirs = [d for d in _target_dirs(log_dir) if target is None or _target_name(d) == target]
    if not dirs:
        raise ConfigError(f"{log_dir} has no tuning log for target {target!r}")
    output = Path(output)
    archive = output.name.endswith(".tar.gz")
    with tempfile.TemporaryDirectory(prefix="tvmq-export-") as tmp:
        stage = Path(tmp) / "log"
        for tdir in dirs:
            log = logs.read_log(tdir)
            clean = logs.TuningLog(log.workloads, log.records)
            dest = stage / _target_name(tdir)
            logs.write_log(dest, clean if all_records else best_only(clean))
            shutil.copy(tdir / logs.MANIFEST_FILE, dest / logs.MANIFEST_FILE)
        if archive:
            output.parent.mkdir(parents=True, exist_ok=True)
            part = output.with_name(output.name + ".part")
            with tarfile.open(part, "w:gz") as tar:
                for tdir in sorted(stage.iterdir()):
                    tar.add(tdir, arcname=tdir.name)
            part.replace(output)
        else:
            if output.exists() and any(output.iterdir()):
                raise ConfigError(f"{output} exists and is not empty; export into a new directory")
            shutil.copytree(stage, output, dirs_exist_ok=True)
    return output
