"""An emulated aarch64 board (qemu-user + an arm64 Debian Python + TVM) to deploy to over RPC.

``install`` builds the sysroot once (cached), ``start`` boots N boards behind a local tracker,
``stop`` ends them, ``status`` reports them. The boards run the real aarch64 TVM runtime, so
what runs there is what runs on a Raspberry Pi; only the timings (~10x slower) are not.
"""

from .emulator import (
    EMULATION_NOTE,
    BoardState,
    ProcessInfo,
    kill_board,
    read_state,
    start,
    status,
    stop,
)
from .install import install, is_installed
from .layout import BoardLayout, default_home

__all__ = ["EMULATION_NOTE", "BoardLayout", "BoardState", "ProcessInfo", "default_home",
           "install", "is_installed", "kill_board", "read_state", "start", "status", "stop"]
