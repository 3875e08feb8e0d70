"""Session fixtures: the emulated aarch64 board installed (cached) and two boards started once."""

from __future__ import annotations

import gc
import socket

import pytest
from board_testing import BOARD_KEY

import tvmq
from tvmq.board import BoardLayout, install, is_installed, start, stop
from tvmq.zoo import resnet_cnn


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the fault tests last: they kill a board and the shared tracker."""
    items.sort(key=lambda item: item.path.name == "test_board_faults.py")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def board_layout(tmp_path_factory) -> BoardLayout:
    """The shared installed sysroot (installed on first use, ~2 min), a private run dir."""
    shared = BoardLayout.default()
    if not is_installed(shared):
        install(shared)
    return BoardLayout(shared.home, run=tmp_path_factory.mktemp("board-run"))


@pytest.fixture(scope="session")
def boards(board_layout):
    """Two emulated boards behind a local tracker under `BOARD_KEY` (booted once, ~1-2 min)."""
    state = start(board_layout, boards=2, key=BOARD_KEY, tracker_port=_free_port(),
                  port=_free_port(), timeout=400)
    yield state
    stop(board_layout, log=lambda _m: None)


@pytest.fixture
def session(boards):
    """A fresh session on one of the boards, closed after the test."""
    sess = tvmq.rpc.connect(tracker=boards.tracker_addr, key=BOARD_KEY, timeout=180)
    yield sess
    sess.close()
    del sess
    gc.collect()  # drops the RPC connection, so the board goes back to the tracker


@pytest.fixture(scope="session")
def cnn_model() -> tvmq.Model:
    return tvmq.load_onnx(resnet_cnn())


@pytest.fixture(scope="session")
def cnn_rpi4(cnn_model) -> tvmq.CompiledModel:
    return tvmq.compile(cnn_model, "rpi4")
