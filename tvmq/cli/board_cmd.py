"""``tvmq board install|start|stop|status``: the emulated aarch64 board."""

from __future__ import annotations

import argparse
import json
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``board`` subcommand group."""
    p = sub.add_parser("board", help="install, start, stop or inspect emulated aarch64 boards")
    bsub = p.add_subparsers(dest="board_cmd", metavar="ACTION", required=True)

    def home(q: argparse.ArgumentParser) -> None:
        q.add_argument("--home", metavar="DIR",
                       help="board directory (default $TVMQ_BOARD_HOME or ~/.cache/tvmq/board)")
        q.add_argument("--run-dir", metavar="DIR",
                       help="state and logs directory (default HOME/run)")

    q = bsub.add_parser("install", help="download the arm64 Python sysroot and TVM (~2 min)")
    home(q)
    q.add_argument("--force", action="store_true", help="reinstall even if installed")
    q.add_argument("--mirror", metavar="URL", help="Debian mirror for debootstrap")
    q.set_defaults(func=cmd_install)

    q = bsub.add_parser("start", help="boot boards behind a local RPC tracker (~1-2 min)")
    home(q)
    q.add_argument("--boards", type=int, default=1, help="how many boards (default 1)")
    q.add_argument("--key", default="rpi4", help="tracker key of the boards (default rpi4)")
    q.add_argument("--tracker-port", type=int, default=9190, help="tracker port (default 9190)")
    q.add_argument("--no-tracker", action="store_true",
                   help="no tracker: one board accepting direct connections on --port")
    q.add_argument("--port", type=int, default=9090, help="first board port (default 9090)")
    q.add_argument("--timeout", type=float, default=600.0, help="boot timeout in s")
    q.add_argument("--install", action="store_true", help="install first when not installed")
    q.set_defaults(func=cmd_start)

    q = bsub.add_parser("stop", help="stop the boards and the tracker")
    home(q)
    q.set_defaults(func=cmd_stop)

    q = bsub.add_parser("status", help="show the running boards, ports and tracker keys")
    home(q)
    q.add_argument("--json", action="store_true", help="print JSON")
    q.set_defaults(func=cmd_status)


def cmd_install(args: argparse.Namespace) -> int:
    """``tvmq board install``."""
    from ..board import install

    install(_layout(args), force=args.force, mirror=args.mirror)
    return 0


def cmd_start(args: argparse.Namespace) -> int:
    """``tvmq board start``."""
    from ..board import install, is_installed, start

    layout = _layout(args)
    if args.install and not is_installed(layout):
        install(layout)
    state = start(layout, boards=args.boards, key=args.key,
                  tracker_port=None if args.no_tracker else args.tracker_port, port=args.port,
                  timeout=args.timeout)
    if state.tracker_addr:
        print(f"use it: tvmq bench MODEL.onnx --target rpi4 --rpc-tracker {state.tracker_addr} "
              f"--rpc-key {state.key}")
    else:
        print(f"use it: tvmq bench MODEL.onnx --target rpi4 --rpc "
              f"{state.host}:{state.boards[0].port}")
    return 0


def cmd_stop(args: argparse.Namespace) -> int:
    """``tvmq board stop``."""
    from ..board import stop

    stop(_layout(args))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    """``tvmq board status``; exit status 1 when no board is running."""
    from ..board import status
    from .common import table

    info = status(_layout(args))
    if args.json:
        print(json.dumps(info, indent=2, sort_keys=True))
        return 0 if info["running"] else 1
    print(f"home: {info['home']} (installed: {'yes' if info['installed'] else 'no'})")
    if "boards" not in info:
        print("no board is running")
        return 1
    rows = [[b["name"], b["pid"], f"{info['host']}:{b['port']}", "up" if b["alive"] else "DOWN",
             b["log"]] for b in info["boards"]]
    if info.get("tracker"):
        t = info["tracker"]
        rows.append(["tracker", t["pid"], info["tracker_addr"], "up" if t["alive"] else "DOWN",
                     t["log"]])
    print(table(["process", "pid", "address", "state", "log"], rows))
    if info.get("tracker_keys") is not None:
        print(f"tracker keys: {info['tracker_keys']}")
    print(info["note"])
    return 0 if info["running"] else 1


def _layout(args: argparse.Namespace):
    from ..board import BoardLayout

    layout = BoardLayout.at(args.home)
    if args.run_dir:
        return BoardLayout(layout.home, run=Path(args.run_dir).expanduser().resolve())
    return layout
