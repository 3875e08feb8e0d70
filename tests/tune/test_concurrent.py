"""Two processes tuning into one log directory at the same time leave one complete, valid log."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import tvmq
from tvmq.tune import extract_tasks, logs

from .conftest import mlp

PER_KERNEL = 2


def _start(log_dir: Path, extra: bool) -> subprocess.Popen:
    code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); import tvmq; "
            "from conftest import mlp; "
            f"m = mlp(extra={extra}); "
            f"r = tvmq.tune(m, 'host', trials={PER_KERNEL * (3 if extra else 2)}, "
            f"log_dir={str(log_dir)!r}, seed={int(extra)}, progress=None, "
            "knob_search=False); "
            "print('TRIALS_RUN', r.trials_run)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.Popen([sys.executable, "-c", code], env=env, start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.mark.slow
def test_two_processes_tuning_into_one_log(tmp_path):
    log_dir = tmp_path / "logs"
    # two models sharing two of their kernels, tuned at once into the same directory
    procs = [_start(log_dir, extra=False), _start(log_dir, extra=True)]
    ran = 0
    for p in procs:
        out, _ = p.communicate(timeout=600)
        assert p.returncode == 0, out[-3000:]
        ran += int(out.split("TRIALS_RUN")[-1])

    tdir = log_dir / "host"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no corrupt or truncated line
        log = logs.read_log(tdir)
    assert not list((tdir / ".staging").glob("*"))  # every staging database merged
    manifest = json.loads((tdir / logs.MANIFEST_FILE).read_text())
    spec = tvmq.get_target("host")
    trials = log.trials_per_workload()
    defaults = log.best_seconds("default")
    tasks = {t.workload: t for m in (mlp(), mlp(extra=True)) for t in extract_tasks(m, spec)}
    assert len(tasks) == 3
    # no record was lost or doubled: every trial of both runs is there, once (besides them,
    # at most one default-schedule measurement per kernel and process)
    keys = {logs._record_key(log.workloads[i][0], r) for i, r in log.records}
    assert len(keys) == len(log.records)
    assert ran <= len(log.records) <= ran + 2 * len(tasks)
    for h in tasks:
        # each kernel: searched, its default schedule measured, its budget share booked in the
        # manifest. A search may stop short of its share (a small space, duplicate candidates:
        # tvmq.tune books the share as spent), so one record per kernel is what is certain.
        assert trials[h] >= 1 and h in defaults
        assert manifest["trials_done"][h] >= PER_KERNEL and h in manifest["applied"]
    for m in (mlp(), mlp(extra=True)):
        info = tvmq.compile(m, "host", tuning_log=log_dir).info["tuning"]
        assert info["fallback"] == 0 and info["hit"] == len(extract_tasks(m, spec))
