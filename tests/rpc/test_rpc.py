"""Run and benchmark through a real TVM RPC server and tracker on 127.0.0.1; failure modes."""

from __future__ import annotations

import os
import signal
import socket
import threading
import time

import numpy as np
import pytest
from conftest import HOST, free_port

import tvmq
from tvmq.errors import RpcError
from tvmq.rpc.session import RemoteSession, tracker_keys

pytestmark = [pytest.mark.rpc, pytest.mark.timeout(180)]  # a hang fails, not blocks CI


@pytest.fixture(scope="module")
def inputs(tiny_model):
    return tiny_model.random_inputs(seed=4)


def test_run_and_benchmark_direct(shared_server, tiny_compiled, inputs):
    with tvmq.rpc.connect(HOST, shared_server.port, timeout=30) as sess:
        assert isinstance(sess, RemoteSession)
        remote = tiny_compiled.run(inputs, session=sess)
        local = tiny_compiled.run(inputs)
        assert len(remote) == len(local) == 1
        np.testing.assert_array_equal(remote[0], local[0])
        rep = tiny_compiled.benchmark(inputs, number=3, repeat=4, warmup=1, session=sess)
        assert rep.repeat == 4 and rep.number == 3 and len(rep.samples_ms) == 4
        assert 0 < rep.min_ms <= rep.median_ms <= rep.max_ms
        assert rep.device == f"{sess.name} cpu"  # not the raw remote[...] device repr


def test_run_exported_module_remotely(shared_server, tiny_so, inputs, tiny_compiled):
    loaded = tvmq.load_module(tiny_so)
    with tvmq.rpc.connect(HOST, shared_server.port, timeout=30) as sess:
        got = loaded.run(inputs, session=sess)
    np.testing.assert_array_equal(got[0], tiny_compiled.run(inputs)[0])


def test_run_and_benchmark_through_tracker(tracker_with_server, tiny_compiled, inputs):
    tracker, key = tracker_with_server
    with tvmq.rpc.connect(tracker=tracker.addr, key=key, timeout=30) as sess:
        assert key in sess.name
        np.testing.assert_array_equal(tiny_compiled.run(inputs, session=sess)[0],
                                      tiny_compiled.run(inputs)[0])
        rep = tiny_compiled.benchmark(inputs, number=2, repeat=3, warmup=0, session=sess)
        assert rep.repeat == 3 and rep.median_ms > 0


def test_tracker_wrong_key_lists_keys(tracker_with_server):
    tracker, key = tracker_with_server
    start = time.monotonic()
    with pytest.raises(RpcError, match=rf"no device with key 'rpi9'.*keys it has: {key}"):
        tvmq.rpc.connect(tracker=tracker.addr, key="rpi9")
    assert time.monotonic() - start < 10
    assert key in tracker_keys(HOST, tracker.port)


def test_server_killed_between_calls(rpc_server, tiny_compiled, inputs):
    sess = tvmq.rpc.connect(HOST, rpc_server.port, timeout=20)
    tiny_compiled.run(inputs, session=sess)
    rpc_server.kill()
    start = time.monotonic()
    with pytest.raises(RpcError, match="connection was lost.*connect again"):
        tiny_compiled.run(inputs, session=sess)
    with pytest.raises(RpcError, match="no longer usable"):
        tiny_compiled.benchmark(inputs, session=sess)
    assert time.monotonic() - start < 10


def test_server_killed_during_benchmark(rpc_server, tiny_compiled, inputs):
    sess = tvmq.rpc.connect(HOST, rpc_server.port, timeout=60)
    tiny_compiled.run(inputs, session=sess)
    killer = threading.Timer(1.0, rpc_server.kill)
    killer.start()
    start = time.monotonic()
    try:
        # ~3e6 runs of a few microseconds: still running when the server dies after 1 s
        # on a very loaded machine the kill may land while inputs are being set
        with pytest.raises(RpcError, match="connection was lost during '(benchmark|set inputs)'"):
            tiny_compiled.benchmark(inputs, number=3_000_000, repeat=1, warmup=0, session=sess)
    finally:
        killer.join()
    assert time.monotonic() - start < 30


def test_hung_server_hits_the_watchdog(rpc_server, tiny_compiled, inputs):
    sess = tvmq.rpc.connect(HOST, rpc_server.port, timeout=30)
    tiny_compiled.run(inputs, session=sess)  # upload and load with a generous limit
    sess.timeout = 2
    os.killpg(rpc_server.proc.pid, signal.SIGSTOP)  # alive but silent, like a hung board
    start = time.monotonic()
    try:
        with pytest.raises(RpcError, match="did not answer within 2 s"):
            tiny_compiled.run(inputs, session=sess)
        elapsed = time.monotonic() - start
        with pytest.raises(RpcError, match="no longer usable"):
            tiny_compiled.run(inputs, session=sess)
    finally:
        os.killpg(rpc_server.proc.pid, signal.SIGCONT)
    assert 1.5 < elapsed < 10


def test_unreachable_server_fails_fast():
    port = free_port()  # nothing listens there
    start = time.monotonic()
    with pytest.raises(RpcError, match=rf"cannot reach the RPC server at {HOST}:{port}.*running"):
        tvmq.rpc.connect(HOST, port, connect_timeout=5)
    assert time.monotonic() - start < 5


def test_not_an_rpc_server():
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen()
        port = listener.getsockname()[1]

        def accept_and_close() -> None:
            for _ in range(3):
                try:
                    conn, _ = listener.accept()
                except OSError:
                    return
                conn.close()

        threading.Thread(target=accept_and_close, daemon=True).start()
        start = time.monotonic()
        with pytest.raises(RpcError, match=f"{port}"):
            tvmq.rpc.connect(HOST, port, connect_timeout=5)
        assert time.monotonic() - start < 10


def test_tracker_down_fails_fast():
    port = free_port()
    start = time.monotonic()
    with pytest.raises(RpcError, match=rf"cannot reach the RPC tracker at {HOST}:{port}"):
        tvmq.rpc.connect(tracker=f"{HOST}:{port}", key="rpi4")
    assert time.monotonic() - start < 5


@pytest.mark.parametrize("kwargs,match", [
    ({"tracker": "h:1"}, "needs key="),
    ({"host": "h", "tracker": "h:1", "key": "k"}, "not both"),
    ({}, "needs host="),
    ({"tracker": "h:notaport", "key": "k"}, "expected HOST:PORT"),
])
def test_connect_argument_errors(kwargs, match):
    with pytest.raises(RpcError, match=match):
        tvmq.rpc.connect(**kwargs)


def test_close_frees_the_server_for_the_next_client(shared_server, tiny_compiled, inputs):
    # A TVM RPC server serves one client at a time: a session that is not really closed
    # blocks every later connect.
    for _ in range(3):
        sess = tvmq.rpc.connect(HOST, shared_server.port, timeout=20, connect_timeout=10)
        tiny_compiled.run(inputs, session=sess)
        sess.close()
        with pytest.raises(RpcError, match="no longer usable \\(it was closed\\)"):
            tiny_compiled.run(inputs, session=sess)


def test_busy_server_times_out_with_a_hint(rpc_server, tiny_compiled, inputs):
    first = tvmq.rpc.connect(HOST, rpc_server.port, timeout=20)
    try:
        tiny_compiled.run(inputs, session=first)
        start = time.monotonic()
        with pytest.raises(RpcError, match="no answer within 2 s; .*one client at a time"):
            tvmq.rpc.connect(HOST, rpc_server.port, connect_timeout=2)
        assert time.monotonic() - start < 8
    finally:
        first.close()
