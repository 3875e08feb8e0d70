"""Where the emulated board lives on disk: sysroot, run directory, state file, logs."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_HOME = "TVMQ_BOARD_HOME"


def default_home() -> Path:
    """``$TVMQ_BOARD_HOME``, else ``$XDG_CACHE_HOME/tvmq/board`` (``~/.cache/tvmq/board``)."""
    if os.environ.get(ENV_HOME):
        return Path(os.environ[ENV_HOME]).expanduser()
    cache = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(cache) / "tvmq" / "board"


@dataclass(frozen=True)
class BoardLayout:
    """Paths of one board installation.

    Attributes
    ----------
    home : Path
        The base directory; the sysroot is below it.
    run : Path, optional
        Where state and logs go (default ``home/run``); separate run directories let
        several board sets (e.g. a test session's) share one installed sysroot.
    """

    home: Path
    run: Path | None = None

    SITE = "opt/tvmq/site-packages"  # the aarch64 wheels, inside the sysroot
    STAMP = ".tvmq-board.json"  # written last by install: its presence means complete

    @classmethod
    def default(cls) -> BoardLayout:
        """The layout at `default_home`."""
        return cls(default_home())

    @classmethod
    def at(cls, home: str | os.PathLike | None) -> BoardLayout:
        """The layout at ``home`` (or the default when None)."""
        return cls(Path(home).expanduser().resolve()) if home else cls.default()

    @property
    def root(self) -> Path:
        """The arm64 Debian sysroot (``qemu-aarch64-static -L``)."""
        return self.home / "sysroot"

    @property
    def stamp(self) -> Path:
        """The install stamp inside the sysroot."""
        return self.root / self.STAMP

    @property
    def site(self) -> Path:
        """The aarch64 site-packages inside the sysroot."""
        return self.root / self.SITE

    @property
    def python(self) -> Path:
        """The board's aarch64 Python binary."""
        return self.root / "usr" / "bin" / "python3.11"

    @property
    def wrapper(self) -> Path:
        """Host script that runs the board's Python under qemu (children too)."""
        return self.root / "usr" / "local" / "bin" / "tvmq-board-python"

    @property
    def run_dir(self) -> Path:
        """Run-time files: state, logs, the server script."""
        return self.run if self.run is not None else self.home / "run"

    @property
    def state_file(self) -> Path:
        """JSON state of the running boards and tracker."""
        return self.run_dir / "state.json"
