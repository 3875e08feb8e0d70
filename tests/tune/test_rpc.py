"""Tuning with candidates measured through TVM RPC: one server, and a tracker with two."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time

import pytest

import tvmq
from tvmq.errors import ConfigError
from tvmq.tune import RpcDevice, logs
from tvmq.zoo import GraphBuilder

pytestmark = pytest.mark.rpc


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args} exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"nothing listens on {port}")


def _spawn(*args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    # own process group: killing it also ends the workers the server forks
    return subprocess.Popen([sys.executable, "-m", *args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)


def _stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(p.pid, signal.SIGKILL)
    for p in procs:
        p.wait(10)


def _server(port: int, tracker: int | None = None, key: str = "") -> subprocess.Popen:
    args = ["tvm.exec.rpc_server", "--host", "127.0.0.1", "--port", str(port),
            "--port-end", str(port + 1)]
    if tracker is not None:
        args += ["--tracker", f"127.0.0.1:{tracker}", "--key", key]
    return _spawn(*args)


@pytest.fixture
def rpc_server():
    port = _free_port()
    proc = _server(port)
    try:
        _wait_port(port, proc)
        yield port
    finally:
        _stop([proc])


@pytest.fixture
def tracker_pool():
    tport = _free_port()
    tracker = _spawn("tvm.exec.rpc_tracker", "--host", "127.0.0.1", "--port", str(tport),
                     "--port-end", str(tport + 1))
    procs = [tracker]
    try:
        _wait_port(tport, tracker)
        for _ in range(2):
            procs.append(_server(_free_port(), tport, "tvmq-test"))
        from tvmq.rpc.session import tracker_keys

        deadline = time.monotonic() + 60
        while tracker_keys("127.0.0.1", tport).get("tvmq-test", {}).get("free", 0) < 2:
            assert time.monotonic() < deadline, "the servers did not register"
            time.sleep(0.5)
        yield tport
    finally:
        _stop(procs)


def _one_kernel() -> tvmq.Model:
    g = GraphBuilder("dense", seed=2)
    x = g.input("x", [1, 32])
    return tvmq.load_onnx(g.build([g.op("Relu", [g.op("MatMul", [x, g.weight([32, 32])])])]))


def test_tune_on_an_rpc_server(rpc_server, tmp_path):
    model = _one_kernel()
    session = tvmq.rpc.connect("127.0.0.1", rpc_server)
    with pytest.raises(ConfigError, match="one connection at a time"):
        tvmq.tune(model, "host", trials=8, log_dir=tmp_path, session=session)
    del session  # closes the connection: the server is free again
    report = tvmq.tune(model, "host", trials=8, log_dir=tmp_path,
                       session=f"127.0.0.1:{rpc_server}", progress=None)
    assert report.measured_on == f"127.0.0.1:{rpc_server}"
    assert report.trials_run == 8 and report.tasks[0].best_us is not None
    cm = tvmq.compile(model, "host", tuning_log=tmp_path)
    assert cm.info["tuning"]["hit"] == 1


def test_tune_on_a_tracker_pool_of_two(tracker_pool, tmp_path):
    model = _one_kernel()
    pool = RpcDevice("127.0.0.1", tracker_pool, key="tvmq-test")
    # Every trial to MetaSchedule's runner on the pool: the knob search would spend most of
    # the 8 and log only its winners, a number that depends on timing.
    report = tvmq.tune(model, "host", trials=8, log_dir=tmp_path, session=pool, progress=None,
                       knob_search=False)
    assert report.measured_on == f"tvmq-test@127.0.0.1:{tracker_pool}"
    assert report.trials_run == 8 and report.tasks[0].best_us is not None
    log = logs.read_log(tmp_path / "host")
    assert sum(1 for _, r in log.records if logs._mean_secs(r) is not None) >= 4
