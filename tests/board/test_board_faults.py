"""Faults on the emulated boards: wrong key, wrong architecture, a hung board, a killed board,
a tracker that is down. Runs after the deploy tests: the last ones kill a board and the tracker.
"""

from __future__ import annotations

import json
import os
import platform
import signal
import threading
import time

import numpy as np
import pytest
from board_testing import BOARD_KEY

import tvmq
from tvmq.board import kill_board
from tvmq.board import status as board_status
from tvmq.rpc.session import tracker_keys

# install (~2 min, cached) and boot (~1-4 min on a loaded machine) count against the first test
pytestmark = [pytest.mark.board, pytest.mark.slow, pytest.mark.timeout(1200)]


def _board_info(sess) -> dict:
    return json.loads(sess.rpc.get_function("tvmq.board.info")())


def test_wrong_key_lists_the_keys(boards):
    with pytest.raises(tvmq.RpcError, match=f"no device with key 'rpi3'.*{BOARD_KEY}"):
        tvmq.rpc.connect(tracker=boards.tracker_addr, key="rpi3", connect_timeout=10)


@pytest.mark.skipif(platform.machine() in ("aarch64", "arm64"), reason="needs a non-arm host")
def test_wrong_architecture_is_refused_before_upload(session, cnn_model, cnn_rpi4):
    host_cm = tvmq.compile(cnn_model, "host")
    inputs = cnn_model.random_inputs(3)
    with pytest.raises(tvmq.InputError, match="built for x86_64 .* which is aarch64"):
        host_cm.run(inputs, session=session)
    # refused before anything was sent: the session still works
    out = cnn_rpi4.run(inputs, session=session)
    np.testing.assert_allclose(out[0], host_cm.run(inputs)[0], rtol=1e-4, atol=1e-5)


def test_hung_board_times_out(boards, cnn_model, cnn_rpi4):
    sess = tvmq.rpc.connect(tracker=boards.tracker_addr, key=BOARD_KEY, timeout=180)
    inputs = cnn_model.random_inputs(4)
    cnn_rpi4.run(inputs, session=sess)
    worker = _board_info(sess)["pid"]  # the process serving this session
    os.kill(worker, signal.SIGSTOP)
    try:
        sess.timeout = 5.0
        start = time.monotonic()
        with pytest.raises(tvmq.RpcError, match="did not answer within 5 s"):
            cnn_rpi4.run(inputs, session=sess)
        assert time.monotonic() - start < 20
        with pytest.raises(tvmq.RpcError, match="no longer usable"):
            cnn_rpi4.run(inputs, session=sess)
    finally:
        os.kill(worker, signal.SIGKILL)  # the board drops the session and serves again
    sess.close()
    deadline = time.monotonic() + 60
    while tracker_keys(boards.host, boards.tracker.port)[BOARD_KEY]["free"] < 2:
        assert time.monotonic() < deadline, "the board did not survive its killed session"
        time.sleep(0.5)


def test_board_killed_mid_run_next_request_uses_other_board(boards, board_layout, cnn_model,
                                                           cnn_rpi4):
    sess = tvmq.rpc.connect(tracker=boards.tracker_addr, key=BOARD_KEY, timeout=180,
                            connect_timeout=120)
    victim = _board_info(sess)["board"]
    inputs = cnn_model.random_inputs(5)
    cnn_rpi4.run(inputs, session=sess)
    killer = threading.Timer(2.0, kill_board, args=(board_layout, victim))
    killer.start()
    start = time.monotonic()
    with pytest.raises(tvmq.RpcError, match="connection was lost during"):
        cnn_rpi4.benchmark(inputs, number=500, repeat=1, warmup=0, session=sess)
    killer.join()
    assert time.monotonic() - start < 60
    sess.close()

    survivor = tvmq.rpc.connect(tracker=boards.tracker_addr, key=BOARD_KEY, timeout=180,
                                connect_timeout=120)
    assert _board_info(survivor)["board"] != victim
    out = cnn_rpi4.run(inputs, session=survivor)
    host = tvmq.compile(cnn_model, "host").run(inputs)
    np.testing.assert_allclose(out[0], host[0], rtol=1e-4, atol=1e-5)
    survivor.close()
    status = board_status(board_layout)
    assert sorted(b["alive"] for b in status["boards"]) == [False, True]


def test_tracker_down(boards):
    os.killpg(boards.tracker.pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while boards.tracker.alive() and time.monotonic() < deadline:
        time.sleep(0.1)
    with pytest.raises(tvmq.RpcError, match=f"cannot reach the RPC tracker at "
                                            f"{boards.tracker_addr}"):
        tvmq.rpc.connect(tracker=boards.tracker_addr, key=BOARD_KEY, connect_timeout=10)
