"""The architecture check before upload, against a stock x86 TVM RPC server (no emulation).

A stock server has no ``tvmq.board.info``; tvmq falls back to its TVM's LLVM host triple.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time

import numpy as np
import pytest

import tvmq
from tvmq.rpc.remote_arch import normalize_arch
from tvmq.zoo import GraphBuilder

pytestmark = [pytest.mark.rpc,
              pytest.mark.skipif(os.uname().machine != "x86_64", reason="needs an x86_64 host")]


@pytest.fixture(scope="module")
def stock_server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "tvm.exec.rpc_server", "--host", "127.0.0.1",
                             "--port", str(port), "--port-end", str(port + 1)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        yield port
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@pytest.fixture(scope="module")
def small_model() -> tvmq.Model:
    g = GraphBuilder("small", seed=0)
    x = g.input("x", [1, 8])
    return tvmq.load_onnx(g.build([g.op("Relu", [g.op("MatMul", [x, g.weight([8, 4])])])]))


def test_normalize_arch():
    assert [normalize_arch(a) for a in ("arm64", "AMD64", "aarch64", "x86_64")] == [
        "aarch64", "x86_64", "aarch64", "x86_64"]


def test_arch_from_llvm_triple_and_aarch64_library_refused(stock_server, small_model):
    with tvmq.rpc.connect("127.0.0.1", stock_server, timeout=60) as sess:
        assert sess.remote_arch() == ("x86_64", "from the board's TVM host triple")
        arm = tvmq.compile(small_model, "rpi4")
        inputs = small_model.random_inputs(0)
        with pytest.raises(tvmq.InputError, match="built for aarch64 .* which is x86_64"):
            arm.run(inputs, session=sess)
        # nothing was sent: the same session still runs an x86 library
        host = tvmq.compile(small_model, "host")
        np.testing.assert_allclose(host.run(inputs, session=sess)[0], host.run(inputs)[0])
