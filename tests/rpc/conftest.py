"""Real TVM RPC servers and trackers on 127.0.0.1, started as subprocesses and always reaped."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

HOST = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@dataclass
class Proc:
    """A started server or tracker: its process and address."""

    proc: subprocess.Popen
    port: int

    @property
    def addr(self) -> str:
        return f"{HOST}:{self.port}"

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.wait(timeout=10)


def _wait_listening(proc: subprocess.Popen, port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}: "
                               f"{proc.stdout.read().decode(errors='replace')[-2000:]}")
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on {HOST}:{port} after {timeout} s")


def spawn(module: str, *args: str) -> Proc:
    """Start ``python -m module --host 127.0.0.1 --port P ...`` in its own process group."""
    port = free_port()
    cmd = [sys.executable, "-m", module, "--host", HOST, "--port", str(port),
           "--port-end", str(port + 1), *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return Proc(proc, port)


def ready(*procs: Proc) -> None:
    """Wait until every process listens; kill them all if one does not."""
    try:
        for p in procs:
            _wait_listening(p.proc, p.port)
    except BaseException:
        for p in procs:
            p.kill()
        raise


def start(module: str, *args: str) -> Proc:
    """`spawn` and wait until it listens."""
    p = spawn(module, *args)
    ready(p)
    return p


def wait_registered(tracker: Proc, key: str, timeout: float = 30.0) -> None:
    """Block until the tracker lists a free server under ``key``."""
    from tvmq.rpc.session import tracker_keys

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if tracker_keys(HOST, tracker.port).get(key, {}).get("free", 0) > 0:
            return
        time.sleep(0.2)
    raise RuntimeError(f"no server registered under {key!r} after {timeout} s")


KEY = "tvmq-test"
# Servers that tests may kill, started together with the shared ones (each start imports TVM,
# ~3 s on a loaded machine, so they start concurrently).
SPARE_SERVERS = 4


@dataclass
class Cluster:
    """A shared server, a tracker with a server under `KEY`, and spare servers to kill."""

    server: Proc
    tracker: Proc
    spares: list[Proc]
    owned: list[Proc]


@pytest.fixture(scope="session")
def cluster() -> Iterator[Cluster]:
    tracker = spawn("tvm.exec.rpc_tracker")
    procs = [tracker] + [spawn("tvm.exec.rpc_server") for _ in range(1 + SPARE_SERVERS)]
    try:
        ready(*procs)
        registered = start("tvm.exec.rpc_server", "--tracker", tracker.addr, "--key", KEY)
        procs.append(registered)
        wait_registered(tracker, KEY)
        yield Cluster(procs[1], tracker, procs[2:2 + SPARE_SERVERS], procs)
    finally:
        for p in procs:
            p.kill()


@pytest.fixture
def shared_server(cluster) -> Proc:
    """An RPC server shared by the tests that leave it alive."""
    return cluster.server


@pytest.fixture
def tracker_with_server(cluster) -> tuple[Proc, str]:
    """A tracker with one server registered under the key `KEY`."""
    return cluster.tracker, KEY


@pytest.fixture
def rpc_server(cluster) -> Iterator[Proc]:
    """A server of this test's own (it may kill or stop it); always reaped."""
    p = cluster.spares.pop() if cluster.spares else start("tvm.exec.rpc_server")
    cluster.owned.append(p)
    yield p
    p.kill()
