"""Tuning logs on disk: validated reading, atomic writing, merging and locking.

A log directory holds one MetaSchedule JSON database per target, in ``<log_dir>/<target-name>/``:
``database_workload.json`` (one ``[structural-hash, module]`` line per workload),
``database_tuning_record.json`` (one ``[workload-line-index, record]`` line per measured schedule)
and ``tvmq_tuning.json`` (the target description and tvmq version the records were made for,
and the log format: `LOG_FORMAT`).
Everything here works on the JSON lines only, so it needs no TVM and never fails on a bad line:
such lines are counted, reported and skipped.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import tempfile
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError

WORKLOAD_FILE = "database_workload.json"
RECORD_FILE = "database_tuning_record.json"
MANIFEST_FILE = "tvmq_tuning.json"
LOCK_FILE = ".lock"
MANIFEST_VERSION = 1
# How tuning tasks are keyed. 1: kernels as fused (no manifest field). 2: constant parameters
# carry MetaSchedule's ``layout_free_buffers`` attribute, which changes every such workload's
# structural hash; format-1 records are re-keyed (tvmq.tune.upgrade, tvmq.tune.apply).
LOG_FORMAT = 2
# root-block annotation of a record that is tvmq's default schedule (see tvmq.tune.defaults)
DEFAULT_MARK = "tvmq.default_schedule"
# root-block annotation of a record that is a default rule with other knob values
# (see tvmq.tune.knob_search); such records are search trials, not defaults
KNOB_MARK = "tvmq.knobs"


def is_default_record(record: list) -> bool:
    """Whether a record (``[trace, run_secs, target, args_info]``) is tvmq's default schedule."""
    return DEFAULT_MARK in json.dumps(record[0])


def is_knob_record(record: list) -> bool:
    """Whether a record is a knob variant of a default schedule (`KNOB_MARK`)."""
    return KNOB_MARK in json.dumps(record[0])


def log_format(manifest: dict[str, Any] | None) -> int:
    """The log format a manifest declares (1 when it predates the field)."""
    if not manifest:
        return 1
    try:
        return int(manifest.get("log_format", 1))
    except (TypeError, ValueError):
        return 1


class TuningLogWarning(UserWarning):
    """A tuning log line was unreadable, or a log does not fit the target being compiled."""


@dataclass(frozen=True)
class BadLine:
    """A log line that was skipped: which file, which line (1-based) and why."""

    file: str
    line: int
    reason: str


@dataclass
class TuningLog:
    """The validated content of one target's database, in file order.

    Attributes
    ----------
    workloads : list of (str, Any)
        ``(structural hash, module JSON)`` per workload, deduplicated by hash.
    records : list of (int, list)
        ``(index into workloads, record JSON)``; the record JSON is MetaSchedule's
        ``[trace, run_secs, target, args_info]``.
    bad_lines : list of BadLine
        Lines skipped because they were corrupt or truncated.
    """

    workloads: list[tuple[str, Any]] = field(default_factory=list)
    records: list[tuple[int, list]] = field(default_factory=list)
    bad_lines: list[BadLine] = field(default_factory=list)

    def trials_per_workload(self) -> dict[str, int]:
        """Measured search trials per workload hash (default-schedule records not counted)."""
        counts = {h: 0 for h, _ in self.workloads}
        for idx, rec in self.records:
            if not is_default_record(rec):
                counts[self.workloads[idx][0]] += 1
        return counts

    def records_per_workload(self) -> dict[str, int]:
        """All records (default-schedule ones included) per workload hash."""
        counts = {h: 0 for h, _ in self.workloads}
        for idx, _rec in self.records:
            counts[self.workloads[idx][0]] += 1
        return counts

    def best_seconds(self, kind: str = "any") -> dict[str, float]:
        """Fastest measured mean run time per workload hash (failed measurements excluded).

        ``kind`` is ``"any"``, ``"tuned"`` (search records only) or ``"default"`` (tvmq's
        default schedules only).
        """
        if kind not in ("any", "tuned", "default"):
            raise ValueError(f"kind must be any, tuned or default, not {kind!r}")
        best: dict[str, float] = {}
        for idx, rec in self.records:
            if kind != "any" and is_default_record(rec) != (kind == "default"):
                continue
            secs = _mean_secs(rec)
            if secs is not None:
                h = self.workloads[idx][0]
                best[h] = min(best.get(h, secs), secs)
        return best

    def target_kinds(self) -> set[str]:
        """The ``kind`` of every target the records were measured on."""
        kinds = set()
        for _, rec in self.records:
            tgt = rec[2]
            if isinstance(tgt, dict) and "kind" in tgt:
                kinds.add(str(tgt["kind"]))
        return kinds


def split_winners(log: TuningLog) -> tuple[TuningLog, TuningLog]:
    """Split a log by which schedule wins each workload.

    Returns
    -------
    (TuningLog, TuningLog)
        The searched records of the workloads where one beats tvmq's default schedule (or
        there is no default record), and the workloads (without records) where the default
        schedule is at least as fast as every searched one.
    """
    tuned_best: dict[int, float] = {}
    default_best: dict[int, float] = {}
    for idx, rec in log.records:
        secs = _mean_secs(rec)
        if secs is not None:
            table = default_best if is_default_record(rec) else tuned_best
            table[idx] = min(table.get(idx, secs), secs)
    keep_default = {i for i, d in default_best.items() if d <= tuned_best.get(i, float("inf"))}
    tuned = TuningLog(list(log.workloads),
                      [(i, r) for i, r in log.records
                       if i not in keep_default and not is_default_record(r)])
    default = TuningLog([log.workloads[i] for i in sorted(keep_default)])
    return tuned, default


def _mean_secs(rec: list) -> float | None:
    secs = rec[1]
    if not secs:
        return None
    vals = [float(s) for s in secs]
    mean = sum(vals) / len(vals)
    return None if mean >= 1e9 else mean  # MetaSchedule writes 1e10 for failed runs


def _valid_record(rec: Any) -> bool:
    return (isinstance(rec, list) and len(rec) == 4 and isinstance(rec[0], list)
            and (rec[1] is None or (isinstance(rec[1], list)
                                    and all(isinstance(s, int | float) for s in rec[1])))
            and isinstance(rec[2], dict))


def _read_lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return path.read_text(encoding="utf-8", errors="replace").split("\n")


def read_log(directory: str | Path, *, warn: bool = True) -> TuningLog:
    """Read one target's database, skipping (and counting) corrupt or truncated lines.

    Parameters
    ----------
    directory : str or Path
        A directory with ``database_workload.json`` and ``database_tuning_record.json``
        (missing files read as empty).
    warn : bool
        Emit one `TuningLogWarning` summarising the skipped lines, if any.

    Returns
    -------
    TuningLog
    """
    directory = Path(directory)
    log = TuningLog()
    index_of: dict[str, int] = {}
    remap: dict[int, int] = {}  # workload line index in the file -> index in log.workloads
    for lineno, line in enumerate(_read_lines(directory / WORKLOAD_FILE), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            ok = (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)
                  and entry[0] != "")
        except ValueError:
            ok = False
        if not ok:
            log.bad_lines.append(BadLine(WORKLOAD_FILE, lineno, "not a [hash, module] JSON line"))
            continue
        # MetaSchedule numbers workloads by their position among the non-empty lines it parsed
        file_index = len(remap) + sum(1 for b in log.bad_lines if b.file == WORKLOAD_FILE)
        if entry[0] not in index_of:
            index_of[entry[0]] = len(log.workloads)
            log.workloads.append((entry[0], entry[1]))
        remap[file_index] = index_of[entry[0]]
    for lineno, line in enumerate(_read_lines(directory / RECORD_FILE), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            ok = (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], int)
                  and _valid_record(entry[1]))
        except ValueError:
            ok = False
        if not ok:
            log.bad_lines.append(BadLine(RECORD_FILE, lineno, "not a [workload, record] line"))
        elif entry[0] not in remap:
            log.bad_lines.append(BadLine(RECORD_FILE, lineno,
                                         f"refers to workload {entry[0]}, which is missing"))
        else:
            log.records.append((remap[entry[0]], entry[1]))
    if warn and log.bad_lines:
        first = log.bad_lines[0]
        warnings.warn(f"tuning log {directory}: skipped {len(log.bad_lines)} corrupt or "
                      f"truncated line(s) (first: {first.file} line {first.line}: "
                      f"{first.reason}); the other records are used", TuningLogWarning,
                      stacklevel=2)
    return log


def _record_key(workload_hash: str, rec: list) -> str:
    return workload_hash + json.dumps([rec[0], rec[2], rec[3]], sort_keys=True)


def merge_logs(base: TuningLog, other: TuningLog) -> tuple[TuningLog, int]:
    """Append ``other``'s workloads and records that ``base`` does not have.

    Existing lines keep their positions (so record indices stay valid for readers); a record
    is a duplicate when workload, trace, target and arguments are equal.

    Returns
    -------
    (TuningLog, int)
        The merged log and how many records were new.
    """
    merged = TuningLog(list(base.workloads), list(base.records), list(base.bad_lines))
    index_of = {h: i for i, (h, _) in enumerate(merged.workloads)}
    seen = {_record_key(merged.workloads[i][0], r) for i, r in merged.records}
    added = 0
    for idx, rec in other.records:
        h, wl = other.workloads[idx]
        key = _record_key(h, rec)
        if key in seen:
            continue
        if h not in index_of:
            index_of[h] = len(merged.workloads)
            merged.workloads.append((h, wl))
        merged.records.append((index_of[h], rec))
        seen.add(key)
        added += 1
    for h, wl in other.workloads:  # workloads without records still transfer
        if h not in index_of:
            index_of[h] = len(merged.workloads)
            merged.workloads.append((h, wl))
    return merged, added


def atomic_write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and `os.replace`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_log(directory: str | Path, log: TuningLog) -> None:
    """Write ``log`` as a MetaSchedule JSON database (each file replaced atomically)."""
    directory = Path(directory)
    wl = "".join(json.dumps([h, m]) + "\n" for h, m in log.workloads)
    rec = "".join(json.dumps([i, r]) + "\n" for i, r in log.records)
    # workloads first: a reader between the two replaces sees old records, all still valid
    atomic_write(directory / WORKLOAD_FILE, wl)
    atomic_write(directory / RECORD_FILE, rec)


@contextlib.contextmanager
def locked(directory: str | Path) -> Iterator[None]:
    """Hold an exclusive ``fcntl`` lock on a log directory (blocks until it is free)."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    with open(directory / LOCK_FILE, "a") as fh:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


def merge_into(directory: str | Path, other: TuningLog) -> int:
    """Merge ``other`` into the database in ``directory`` under its lock; new records count."""
    with locked(directory):
        base = read_log(directory, warn=False)
        merged, added = merge_logs(TuningLog(base.workloads, base.records), other)
        if added or len(merged.workloads) != len(base.workloads) or base.bad_lines:
            write_log(directory, merged)
    return added


def read_manifest(directory: str | Path) -> dict[str, Any] | None:
    """The tvmq manifest of a target's log directory, or None if there is none."""
    path = Path(directory) / MANIFEST_FILE
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text())
    except ValueError as err:
        raise ConfigError(f"the tuning log manifest {path} is not valid JSON ({err}); "
                          "delete it to re-create it from the next tuning run") from err
    if not isinstance(data, dict) or not isinstance(data.get("target"), dict):
        raise ConfigError(f"the tuning log manifest {path} has no 'target' object; delete it "
                          "to re-create it from the next tuning run")
    return data


def write_manifest(directory: str | Path, data: dict[str, Any]) -> None:
    """Write the manifest atomically."""
    atomic_write(Path(directory) / MANIFEST_FILE, json.dumps(data, indent=2, sort_keys=True))


def find_target_dirs(log_dir: str | Path) -> list[Path]:
    """Every per-target database under ``log_dir`` (or ``log_dir`` itself if it is one)."""
    root = Path(log_dir)
    if (root / MANIFEST_FILE).exists() or (root / WORKLOAD_FILE).exists():
        return [root]
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir()
                  if p.is_dir() and ((p / MANIFEST_FILE).exists() or (p / WORKLOAD_FILE).exists()))
