"""Shared fixtures: a tiny two-kernel model, tuned once per session with a few trials."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import tvmq
from tvmq.zoo import GraphBuilder

TRIALS = 16  # 8 per kernel: enough for MetaSchedule to measure real schedules


def mlp(hidden: int = 64, extra: bool = False) -> tvmq.Model:
    """x[1,64] -> matmul+relu (64x64) -> matmul+relu (64x32) [-> matmul+relu (32x16)]."""
    g = GraphBuilder("mlp" + ("_extra" if extra else ""), seed=1)
    x = g.input("x", [1, 64])
    y = g.op("Relu", [g.op("MatMul", [x, g.weight([64, hidden])])])
    y = g.op("Relu", [g.op("MatMul", [y, g.weight([hidden, 32])])])
    if extra:
        y = g.op("Relu", [g.op("MatMul", [y, g.weight([32, 16])])])
    return tvmq.load_onnx(g.build([y]))


def _records(directory: Path) -> int:
    from tvmq.tune import logs

    return sum(len(logs.read_log(d, warn=False).records)
               for d in [directory, *directory.glob(".staging/*")] if d.is_dir())


def tune_and_kill(log_dir: Path, trials: int, kill_after_records: int, timeout: float = 300
                  ) -> int:
    """Tune `mlp()` in a child process and SIGKILL it once the log (or its staging database)
    holds ``kill_after_records`` records; returns the child's exit status."""
    code = (f"import tvmq, sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
            "from conftest import mlp; "
            f"tvmq.tune(mlp(), 'host', trials={trials}, log_dir={str(log_dir)!r}, seed=0)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    child = subprocess.Popen([sys.executable, "-c", code], env=env, start_new_session=True,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    try:
        while child.poll() is None and time.monotonic() < deadline:
            if _records(log_dir / "host") >= kill_after_records:
                break
            time.sleep(0.5)
    finally:
        os.killpg(child.pid, signal.SIGKILL)  # the child and its builder/runner workers
        child.wait()
    return child.returncode


@pytest.fixture(scope="session")
def tuned(tmp_path_factory):
    """Tune `mlp()` for the host: killed (SIGKILL) after the first kernel, then resumed.

    Returns a dict with the model, the log dir, the child's exit status, the records per
    workload the killed run left, and the reports of the resumed run and of one more run.
    """
    from tvmq.tune import logs

    log_dir = tmp_path_factory.mktemp("tuning") / "logs"
    model = mlp()
    status = tune_and_kill(log_dir, TRIALS, kill_after_records=6)  # 2 defaults + 4
    left = logs.read_log(log_dir / "host", warn=False)
    for stage in (log_dir / "host").glob(".staging/*"):
        left, _ = logs.merge_logs(left, logs.read_log(stage, warn=False))
    # trials the killed run spent as far as its manifest says (knob variants that lost are
    # measured but not logged)
    manifest = logs.read_manifest(log_dir / "host") or {}
    spent = {h: int(n) for h, n in manifest.get("trials_done", {}).items()}
    resumed = tvmq.tune(model, "host", trials=TRIALS, log_dir=log_dir, seed=0, progress=None)
    again = tvmq.tune(model, "host", trials=TRIALS, log_dir=log_dir, seed=0, progress=None)
    return {"model": model, "log_dir": log_dir, "status": status,
            "after_kill": left.trials_per_workload(), "spent_before_kill": spent,
            "resumed": resumed, "again": again}
