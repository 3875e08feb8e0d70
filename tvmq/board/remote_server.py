"""The RPC server that runs ON the emulated board (aarch64 Python under qemu-user).

This file is copied into the board's run directory and started as
``tvmq-board-python -m tvmq_board_remote ...``; it imports only the standard library and TVM,
never tvmq. Sessions run in processes forked from a ``forkserver`` that has TVM preloaded:
TVM's stock ``fork`` start method deadlocks under qemu-user and ``spawn`` pays a full TVM
import (15-40 s emulated) per session.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import multiprocessing.forkserver
import os
import platform
import sys
import time

INFO_FUNC = "tvmq.board.info"
MODULE_NAME = "tvmq_board_remote"


def board_info() -> str:
    """JSON facts about this board: CPU architecture, board id, serving process id."""
    import tvm

    return json.dumps({
        "machine": platform.machine(),
        "board": os.environ.get("TVMQ_BOARD_ID", ""),
        "pid": os.getpid(),
        "emulated": os.environ.get("TVMQ_BOARD_EMULATED", "") == "1",
        "tvm": tvm.__version__,
        "cpu_count": os.cpu_count(),
    })


def _register() -> None:
    import tvm_ffi

    tvm_ffi.register_global_func(INFO_FUNC, board_info, override=True)


def _tolerate_crashed_sessions(tvm_server) -> None:
    """Keep serving after a session process dies (killed, or crashed in a kernel).

    TVM's ``_serving`` raises when the session process exits abnormally, which ends the
    listening thread and so the whole board, and skips closing its copy of the client socket,
    which leaves the client waiting. Here the board logs it, closes the socket and goes on.
    """
    serving = tvm_server._serving

    def tolerant(sock, addr, opts, load_library):
        cwd = os.getcwd()
        try:
            serving(sock, addr, opts, load_library)
        except RuntimeError as err:
            print(f"session from {addr} ended abnormally: {err}", flush=True)
            sock.close()
            os.chdir(cwd)

    tvm_server._serving = tolerant


def _noop() -> None:
    """Started once at boot so the forkserver has TVM loaded before the first session."""


def main(argv: list[str] | None = None) -> int:
    """Start the server; prints ``TVMQ-BOARD-READY port=N`` once sessions can be served."""
    p = argparse.ArgumentParser(prog=MODULE_NAME)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=9090)
    p.add_argument("--port-end", type=int, default=9199)
    p.add_argument("--tracker", help="HOST:PORT of an RPC tracker to register with")
    p.add_argument("--key", default="")
    args = p.parse_args(argv)

    start = time.time()
    multiprocessing.set_start_method("forkserver", force=True)
    multiprocessing.set_forkserver_preload(["tvm", "tvm.rpc.server", MODULE_NAME])
    # Boot the forkserver (it imports TVM) while this process imports TVM too.
    multiprocessing.forkserver.ensure_running()

    from tvm.rpc import server as tvm_server

    _register()
    _tolerate_crashed_sessions(tvm_server)
    warm = multiprocessing.Process(target=_noop)
    warm.start()
    warm.join()

    tracker = None
    if args.tracker:
        host, _, port = args.tracker.rpartition(":")
        tracker = (host, int(port))
    state = tvm_server.PopenRPCServerState(
        args.host, args.port, args.port_end, False, tracker, args.key, None, None, False, True,
        None)
    print(f"TVMQ-BOARD-READY port={state.port} machine={platform.machine()} "
          f"boot_s={time.time() - start:.1f}", flush=True)
    state.thread.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
else:  # imported by the forkserver: sessions forked from it see the info function
    _register()
