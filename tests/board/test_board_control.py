"""Board control without booting anything: layout, state file, refusals, CLI status."""

from __future__ import annotations

import json

import pytest

import tvmq
from tvmq.board import BoardLayout, BoardState, ProcessInfo, default_home, start, status, stop
from tvmq.board.emulator import read_state
from tvmq.cli import main as cli_main


def test_default_home_honours_env(monkeypatch, tmp_path):
    monkeypatch.setenv("TVMQ_BOARD_HOME", str(tmp_path / "b"))
    assert default_home() == tmp_path / "b"
    layout = BoardLayout.default()
    assert layout.root == tmp_path / "b" / "sysroot"
    assert layout.run_dir == tmp_path / "b" / "run"
    assert BoardLayout(tmp_path, run=tmp_path / "r").run_dir == tmp_path / "r"
    monkeypatch.delenv("TVMQ_BOARD_HOME")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert default_home() == tmp_path / "cache" / "tvmq" / "board"


def test_state_round_trips():
    state = BoardState(key="rpi4", tracker=ProcessInfo("tracker", 11, 9190, "t.log"),
                       boards=[ProcessInfo("board0", 12, 9090, "b.log")], started_at=1.0)
    d = state.to_dict()
    assert d["tracker_addr"] == "127.0.0.1:9190" and "10x slower" in d["note"]
    assert BoardState.from_dict(json.loads(json.dumps(d))) == state


def test_start_refuses_without_install(tmp_path):
    with pytest.raises(tvmq.BoardError, match="not installed.*tvmq board install"):
        start(BoardLayout(tmp_path), boards=1)


def test_start_refuses_bad_counts(tmp_path):
    with pytest.raises(tvmq.BoardError, match="at least 1"):
        start(BoardLayout(tmp_path), boards=0)
    with pytest.raises(tvmq.BoardError, match="need a tracker"):
        start(BoardLayout(tmp_path), boards=2, tracker_port=None)


def test_corrupt_state_is_reported(tmp_path):
    layout = BoardLayout(tmp_path)
    layout.run_dir.mkdir(parents=True)
    layout.state_file.write_text("{not json")
    with pytest.raises(tvmq.BoardError, match="corrupt"):
        read_state(layout)


def test_status_and_stop_with_nothing_running(tmp_path, capsys):
    layout = BoardLayout(tmp_path)
    info = status(layout)
    assert info["running"] is False and info["installed"] is False
    assert stop(layout, log=lambda _m: None) == 0
    assert cli_main(["board", "status", "--home", str(tmp_path)]) == 1
    assert "no board is running" in capsys.readouterr().out
