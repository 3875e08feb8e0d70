"""Start, stop and inspect emulated aarch64 boards (qemu-user) and their local RPC tracker.

Every process is started in its own session (``setsid``) and stopped by process group: a
board's forkserver and session workers, or a tracker's, would otherwise keep its port. What is
running is recorded in ``state.json`` in the run directory.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import BoardError
from ..procutil import pid_alive
from .install import check_host_tools, is_installed
from .layout import BoardLayout

REMOTE_MODULE = "tvmq_board_remote"
READY_MARK = "TVMQ-BOARD-READY"
EMULATION_NOTE = ("emulated board (qemu-user on this machine): timings are ~10x slower than a "
                  "real board; compare ratios only")


@dataclass
class ProcessInfo:
    """One started process group: what it is, its pid (= process group id), port and log."""

    name: str
    pid: int
    port: int
    log: str

    def alive(self) -> bool:
        """Whether the process group still has a live leader."""
        return pid_alive(self.pid)


@dataclass
class BoardState:
    """What `start` started: the tracker (if any), the boards and the key they serve."""

    key: str
    host: str = "127.0.0.1"
    tracker: ProcessInfo | None = None
    boards: list[ProcessInfo] = field(default_factory=list)
    started_at: float = 0.0

    @property
    def tracker_addr(self) -> str | None:
        """``host:port`` of the tracker, or None when the boards serve directly."""
        return f"{self.host}:{self.tracker.port}" if self.tracker else None

    def to_dict(self) -> dict:
        """JSON form (also what ``tvmq board status --json`` prints)."""
        d = asdict(self)
        d["tracker_addr"] = self.tracker_addr
        d["note"] = EMULATION_NOTE
        return d

    @classmethod
    def from_dict(cls, d: dict) -> BoardState:
        """Inverse of `to_dict`."""
        tracker = ProcessInfo(**d["tracker"]) if d.get("tracker") else None
        return cls(key=d["key"], host=d.get("host", "127.0.0.1"), tracker=tracker,
                   boards=[ProcessInfo(**b) for b in d.get("boards", [])],
                   started_at=d.get("started_at", 0.0))


def read_state(layout: BoardLayout) -> BoardState | None:
    """The recorded state, or None when nothing was started."""
    try:
        return BoardState.from_dict(json.loads(layout.state_file.read_text()))
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as err:
        raise BoardError(f"{layout.state_file} is corrupt ({err}); run `tvmq board stop "
                         "--force`") from None


def _write_state(layout: BoardLayout, state: BoardState | None) -> None:
    layout.run_dir.mkdir(parents=True, exist_ok=True)
    if state is None:
        layout.state_file.unlink(missing_ok=True)
        return
    tmp = layout.state_file.with_name(f".state.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(state.to_dict(), indent=2) + "\n")
    os.replace(tmp, layout.state_file)


def _port_free(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _listening(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1.0):
            return True
    except OSError:
        return False


def write_wrapper(layout: BoardLayout) -> Path:
    """(Re)write the script that runs the board's Python under qemu-aarch64-static.

    qemu's ``-0`` makes the wrapper the guest's ``argv[0]``, hence ``sys.executable``, so child
    processes the board's Python starts (forkserver, workers) run under qemu as well.
    """
    qemu = shutil.which("qemu-aarch64-static")
    if qemu is None:
        raise BoardError("qemu-aarch64-static is not installed (apt-get install "
                         "qemu-user-static)")
    text = (f'#!/bin/sh\nexec {qemu} -L "{layout.root}" -0 "$0" "{layout.python}" "$@"\n')
    layout.wrapper.parent.mkdir(parents=True, exist_ok=True)
    tmp = layout.wrapper.with_name(f".wrapper.{os.getpid()}.tmp")
    tmp.write_text(text)
    tmp.chmod(0o755)
    os.replace(tmp, layout.wrapper)
    return layout.wrapper


def _spawn(cmd: list[str], log: Path, env: dict[str, str], cwd: Path) -> int:
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                env=env, cwd=cwd, start_new_session=True)
    return proc.pid


def _kill_group(pid: int, grace: float = 3.0) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(pid, sig)
        except ProcessLookupError:
            return
        deadline = time.time() + grace
        while time.time() < deadline:
            try:
                os.killpg(pid, 0)
            except ProcessLookupError:
                pid_alive(pid)  # reap it if it is our child
                return
            pid_alive(pid)
            time.sleep(0.1)


def _start_tracker(layout: BoardLayout, host: str, port: int) -> ProcessInfo:
    if not _port_free(host, port):
        raise BoardError(f"port {port} is in use, so the tracker cannot start there; stop what "
                         "uses it or pass another --tracker-port")
    log = layout.run_dir / "tracker.log"
    pid = _spawn([sys.executable, "-m", "tvm.exec.rpc_tracker", "--host", host, "--port",
                  str(port), "--port-end", str(port + 1), "--silent"], log, dict(os.environ),
                 layout.run_dir)
    info = ProcessInfo("tracker", pid, port, str(log))
    deadline = time.time() + 60
    while not _listening(host, port):
        if not info.alive() or time.time() > deadline:
            _kill_group(pid)
            raise BoardError(f"the RPC tracker did not start; see {log}:\n{_tail(log)}")
        time.sleep(0.2)
    return info


def _board_env(layout: BoardLayout, board_id: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    env.update(PYTHONPATH=f"{layout.run_dir}:{layout.site}", PYTHONDONTWRITEBYTECODE="1",
               TVMQ_BOARD_ID=board_id, TVMQ_BOARD_EMULATED="1", TVM_NUM_THREADS="1",
               OMP_NUM_THREADS="1")
    return env


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").strip().splitlines()[-lines:])
    except OSError:
        return "(no log)"


def start(layout: BoardLayout | None = None, *, boards: int = 1, key: str = "rpi4",
          tracker_port: int | None = 9190, port: int = 9090, host: str = "127.0.0.1",
          timeout: float = 600.0, log: Callable[[str], None] = print) -> BoardState:
    """Start ``boards`` emulated aarch64 boards, behind a local tracker under ``key``.

    Parameters
    ----------
    layout : BoardLayout, optional
        The installation (see `tvmq.board.install`); default `BoardLayout.default()`.
    boards : int
        How many boards; with a tracker they all register under ``key``.
    key : str
        The tracker key (``tvmq.rpc.connect(tracker=..., key=key)``).
    tracker_port : int or None
        Start a tracker on this port; None starts one board that accepts direct connections
        on ``port`` (a board registered with a tracker refuses direct connections).
    port : int
        First port for the boards' RPC servers (each takes the next free one).
    host : str
        Address everything binds to (loopback by default).
    timeout : float
        Seconds to wait for the boards to boot (TVM imports take 40-80 s under emulation).
    log : callable
        Receives progress lines.

    Returns
    -------
    BoardState
        Also written to the state file; `stop` reads it.
    """
    layout = layout or BoardLayout.default()
    if boards < 1:
        raise BoardError("--boards must be at least 1")
    if tracker_port is None and boards != 1:
        raise BoardError("several boards need a tracker (drop --no-tracker)")
    current = read_state(layout)
    if current is not None and any(p.alive() for p in _processes(current)):
        raise BoardError(f"boards are already running (state in {layout.state_file}); run "
                         "`tvmq board stop` first")
    check_host_tools()
    if not is_installed(layout):
        raise BoardError(f"the board is not installed in {layout.home}; run `tvmq board "
                         "install` first (about 2 minutes)")
    layout.run_dir.mkdir(parents=True, exist_ok=True)
    wrapper = write_wrapper(layout)
    shutil.copyfile(Path(__file__).with_name("remote_server.py"),
                    layout.run_dir / f"{REMOTE_MODULE}.py")
    state = BoardState(key=key, host=host, started_at=time.time())
    try:
        if tracker_port is not None:
            state.tracker = _start_tracker(layout, host, tracker_port)
            log(f"tracker listening on {state.tracker_addr}")
        _write_state(layout, state)
        next_port = port
        for i in range(boards):
            while not _port_free(host, next_port):
                next_port += 1
            board_id = f"board{i}"
            cmd = [str(wrapper), "-m", REMOTE_MODULE, "--host", host, "--port", str(next_port),
                   "--port-end", str(next_port + 1)]
            if state.tracker_addr:  # a direct server must have no key: clients send none
                cmd += ["--tracker", state.tracker_addr, "--key", key]
            logf = layout.run_dir / f"{board_id}.log"
            pid = _spawn(cmd, logf, _board_env(layout, board_id), layout.run_dir)
            state.boards.append(ProcessInfo(board_id, pid, next_port, str(logf)))
            _write_state(layout, state)
            next_port += 1
        log(f"booting {boards} emulated aarch64 board(s) (TVM loads under qemu: ~1-2 min)")
        _wait_ready(state, timeout)
    except BaseException:
        _stop_processes(state, lambda _m: None)
        _write_state(layout, None)
        raise
    for b in state.boards:
        log(f"{b.name}: aarch64 RPC server on {host}:{b.port} (pid {b.pid})")
    log(EMULATION_NOTE)
    return state


def _wait_ready(state: BoardState, timeout: float) -> None:
    deadline = time.time() + timeout
    pending = {b.name: b for b in state.boards}
    while pending:
        for name, b in list(pending.items()):
            text = Path(b.log).read_text(errors="replace") if Path(b.log).exists() else ""
            if READY_MARK in text:
                del pending[name]
            elif not b.alive():
                raise BoardError(f"{name} exited while booting; see {b.log}:\n"
                                 f"{_tail(Path(b.log))}")
        if pending and time.time() > deadline:
            raise BoardError(f"{', '.join(pending)} did not boot within {timeout:.0f} s; see "
                             f"{state.boards[0].log}")
        if pending:
            time.sleep(0.5)
    if state.tracker is not None:
        from ..rpc.session import tracker_keys

        host, port = state.host, state.tracker.port
        while True:
            free = tracker_keys(host, port).get(state.key, {}).get("free", 0)
            if free >= len(state.boards):
                return
            if time.time() > deadline:
                raise BoardError(f"only {free} of {len(state.boards)} boards registered with "
                                 f"the tracker under {state.key!r} within {timeout:.0f} s")
            time.sleep(0.5)


def _processes(state: BoardState) -> list[ProcessInfo]:
    return [*state.boards, *([state.tracker] if state.tracker else [])]


def stop(layout: BoardLayout | None = None, *, log: Callable[[str], None] = print) -> int:
    """Stop every board and the tracker recorded in the state file (by process group).

    Returns
    -------
    int
        How many process groups were running and were stopped.
    """
    layout = layout or BoardLayout.default()
    state = read_state(layout)
    if state is None:
        log("no board is running")
        return 0
    stopped = _stop_processes(state, log)
    _write_state(layout, None)
    return stopped


def _stop_processes(state: BoardState, log: Callable[[str], None]) -> int:
    stopped = 0
    for proc in _processes(state):
        if proc.alive():
            stopped += 1
        _kill_group(proc.pid)
        log(f"stopped {proc.name} (process group {proc.pid})")
    return stopped


def kill_board(layout: BoardLayout, name: str) -> None:
    """Kill one board's whole process group at once (SIGKILL), as a crashed board would die."""
    state = read_state(layout)
    boards = {b.name: b for b in (state.boards if state else [])}
    if name not in boards:
        raise BoardError(f"no board named {name!r}; running: {', '.join(boards) or 'none'}")
    try:
        os.killpg(boards[name].pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _kill_group(boards[name].pid, grace=5.0)


def status(layout: BoardLayout | None = None) -> dict:
    """The recorded state with liveness of each process and, with a tracker, its key summary."""
    layout = layout or BoardLayout.default()
    state = read_state(layout)
    out: dict = {"home": str(layout.home), "installed": is_installed(layout),
                 "running": False, "note": EMULATION_NOTE}
    if state is None:
        return out
    out.update(state.to_dict())
    for entry, proc in zip([*out["boards"], *([out["tracker"]] if state.tracker else [])],
                           _processes(state), strict=True):
        entry["alive"] = proc.alive()
    out["running"] = any(b["alive"] for b in out["boards"])
    if state.tracker is not None and state.tracker.alive():
        from ..errors import RpcError
        from ..rpc.session import tracker_keys

        try:
            out["tracker_keys"] = tracker_keys(state.host, state.tracker.port)
        except RpcError as err:
            out["tracker_keys"] = str(err)
    return out
