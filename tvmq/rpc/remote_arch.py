"""Ask a remote device for its CPU architecture and refuse libraries built for another one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError
from ..runtime.metadata import elf_machine

if TYPE_CHECKING:
    from .session import RemoteSession

BOARD_INFO_FUNC = "tvmq.board.info"  # registered by tvmq's board server (tvmq/board)
LLVM_TRIPLE_FUNC = "target.llvm_get_system_triple"  # present when the board's TVM has LLVM
_ALIASES = {"arm64": "aarch64", "amd64": "x86_64", "x64": "x86_64", "armv7l": "arm",
            "armv7": "arm", "riscv64": "riscv"}


def normalize_arch(name: str) -> str:
    """Map machine names (``arm64``, ``amd64``...) to the names `elf_machine` uses."""
    name = name.strip().lower()
    return _ALIASES.get(name, name)


def query_remote_arch(session: RemoteSession) -> tuple[str | None, str]:
    """The remote CPU architecture and how it was learned, or ``(None, why not)``.

    Asks, in order, tvmq's board server (``tvmq.board.info``) and the LLVM host triple of
    the remote TVM; a runtime-only TVM on a board answers neither.
    """
    def ask(name: str) -> str | None:
        try:
            func = session.rpc.get_function(name)
        except AttributeError:  # the remote has no such function
            return None
        return str(func())

    info = session.call(lambda: ask(BOARD_INFO_FUNC), "query the board's architecture")
    if info:
        machine = json.loads(info).get("machine", "")
        if machine:
            return normalize_arch(machine), "reported by the board"
    triple = session.call(lambda: ask(LLVM_TRIPLE_FUNC), "query the board's LLVM triple")
    if triple:
        return normalize_arch(triple.split("-", 1)[0]), "from the board's TVM host triple"
    return None, "the board reports no architecture (runtime-only TVM, not a tvmq board)"


def check_library_arch(library: str | Path, session: RemoteSession, target_arch: str) -> None:
    """Raise `InputError` before upload when ``library`` cannot run on the session's board.

    When the board cannot tell its architecture, the library is checked against the
    compile target's architecture (``target_arch``) instead.
    """
    built = elf_machine(library)
    remote, how = session.remote_arch()
    if remote is None:
        if built != normalize_arch(target_arch):
            raise InputError(f"the library is built for {built} but its target is "
                             f"{target_arch}; re-export it ({how}, so the board itself could "
                             "not be checked)")
        return
    if built != remote:
        raise InputError(f"refusing to upload a library built for {built} to {session.name}, "
                         f"which is {remote} ({how}); compile with a --target for that board "
                         "(e.g. rpi4 for 64-bit Raspberry Pi OS)")
