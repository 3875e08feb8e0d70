"""Tuning-log files: corrupt lines, merging, concurrent writers, recovery of dead runs."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
import warnings

import pytest

from tvmq.tune import logs
from tvmq.tune.tuner import STAGING, _recover_staging

TARGET = {"kind": "llvm", "mcpu": "haswell"}


def _record(trace_tag: str, secs: float = 1e-5) -> list:
    return [[[["GetSBlock", [], [trace_tag, "main"], ["b0"]]], []], [secs], TARGET, []]


def _log(entries: dict[str, list[str]]) -> logs.TuningLog:
    log = logs.TuningLog()
    for i, (h, tags) in enumerate(entries.items()):
        log.workloads.append((h, {"module": h}))
        log.records.extend((i, _record(t)) for t in tags)
    return log


def _lines(path) -> list[str]:
    return [ln for ln in path.read_text().splitlines() if ln]


def test_roundtrip_keeps_order_and_indices(tmp_path):
    log = _log({"111": ["a", "b"], "222": ["c"]})
    logs.write_log(tmp_path, log)
    back = logs.read_log(tmp_path)
    assert back.workloads == log.workloads
    assert back.records == log.records
    assert back.trials_per_workload() == {"111": 2, "222": 1}
    assert json.loads(_lines(tmp_path / logs.RECORD_FILE)[2])[0] == 1


def test_corrupt_and_truncated_lines_are_skipped_counted_and_warned(tmp_path):
    logs.write_log(tmp_path, _log({"111": ["a", "b"], "222": ["c"]}))
    wl = tmp_path / logs.WORKLOAD_FILE
    rec = tmp_path / logs.RECORD_FILE
    # a garbage workload line in the middle, and a record line cut short by a crash
    lines = _lines(wl)
    wl.write_text(lines[0] + "\n" + "{not json\n" + lines[1] + "\n")
    good = _lines(rec)
    # workload "222" moved to line index 2: records pointing at it must follow
    fixed = [good[0], good[1], json.dumps([2, json.loads(good[2])[1]])]
    rec.write_text("\n".join(fixed) + "\n" + fixed[2][: len(fixed[2]) // 2])
    with pytest.warns(logs.TuningLogWarning, match="skipped 2 corrupt"):
        back = logs.read_log(tmp_path)
    assert [b.file for b in back.bad_lines] == [logs.WORKLOAD_FILE, logs.RECORD_FILE]
    assert back.bad_lines[1].line == 4
    assert back.trials_per_workload() == {"111": 2, "222": 1}


def test_record_pointing_at_a_lost_workload_is_reported(tmp_path):
    logs.write_log(tmp_path, _log({"111": ["a"]}))
    with open(tmp_path / logs.RECORD_FILE, "a") as f:
        f.write(json.dumps([7, _record("x")]) + "\n")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        back = logs.read_log(tmp_path)
    assert len(back.records) == 1 and "missing" in back.bad_lines[0].reason
    assert any(issubclass(w.category, logs.TuningLogWarning) for w in caught)


def test_merge_dedupes_and_reindexes():
    a = _log({"111": ["a", "b"], "222": ["c"]})
    b = _log({"333": ["d"], "111": ["b", "e"]})
    merged, added = logs.merge_logs(a, b)
    assert added == 2  # "d" and "e"; "b" of 111 is a duplicate
    assert [h for h, _ in merged.workloads] == ["111", "222", "333"]
    assert merged.trials_per_workload() == {"111": 3, "222": 1, "333": 1}
    assert merged.records[: len(a.records)] == a.records  # existing lines keep their place
    again, added2 = logs.merge_logs(merged, b)
    assert added2 == 0 and again.records == merged.records


def _writer(directory: str, tag: str, n: int) -> None:
    for i in range(n):
        logs.merge_into(directory, _log({f"{tag}{i % 3}": [f"{tag}-{i}"]}))


def test_concurrent_writers_do_not_corrupt(tmp_path):
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), tag, 40)) for tag in "12"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        back = logs.read_log(tmp_path)
    assert not back.bad_lines
    assert len(back.records) == 80
    assert sorted(back.trials_per_workload().values()) == [13, 13, 13, 13, 14, 14]


def test_records_of_a_killed_run_are_recovered(tmp_path):
    logs.write_log(tmp_path, _log({"111": ["a"]}))
    dead = tmp_path / STAGING / "999999999-deadbeef"  # no such pid
    logs.write_log(dead, _log({"111": ["a", "b"], "222": ["c"]}))
    live = tmp_path / STAGING / f"{os.getpid()}-cafe"  # a running process: left alone
    logs.write_log(live, _log({"444": ["z"]}))
    assert _recover_staging(tmp_path) == 2
    assert logs.read_log(tmp_path).trials_per_workload() == {"111": 2, "222": 1}
    assert not dead.exists() and live.exists()


def test_manifest_errors_are_config_errors(tmp_path):
    from tvmq.errors import ConfigError

    (tmp_path / logs.MANIFEST_FILE).write_text("{oops")
    with pytest.raises(ConfigError, match="not valid JSON"):
        logs.read_manifest(tmp_path)
