"""Install the emulated board: an arm64 Debian Python sysroot plus aarch64 TVM wheels.

Nothing aarch64 runs during install: debootstrap only downloads (``--foreign``), the packages are
unpacked with ``dpkg-deb | tar`` and the wheels come from PyPI through the host's pip with
``--platform manylinux_2_28_aarch64``. The sysroot is built in a temporary directory and renamed
into place, so an interrupted install leaves nothing half-done behind.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

from ..errors import BoardError
from .layout import BoardLayout

SUITE = "bookworm"
DEBIAN_PACKAGES = ("python3.11-minimal", "libpython3.11-stdlib", "libstdc++6")
WHEEL_PLATFORM = "manylinux_2_28_aarch64"
HOST_TOOLS = {"debootstrap": "debootstrap", "dpkg-deb": "dpkg", "tar": "tar",
              "qemu-aarch64-static": "qemu-user-static"}


def wheel_requirements() -> list[str]:
    """The aarch64 Python packages of the board, TVM pinned to the host's exact versions."""
    return [f"apache-tvm=={metadata.version('apache-tvm')}",
            f"apache-tvm-ffi=={metadata.version('apache-tvm-ffi')}",
            "numpy<2.4", "ml_dtypes", "cloudpickle", "psutil", "tornado"]


def _stamp() -> dict:
    return {"suite": SUITE, "debian": list(DEBIAN_PACKAGES), "wheels": wheel_requirements(),
            "platform": WHEEL_PLATFORM, "bytecode": "cpython-311"}


def check_host_tools() -> None:
    """Raise `BoardError` naming the Debian packages to install when a host tool is missing."""
    missing = sorted({pkg for tool, pkg in HOST_TOOLS.items() if shutil.which(tool) is None})
    if missing:
        raise BoardError("the emulated board needs these host packages: "
                         f"apt-get install {' '.join(missing)}")


def is_installed(layout: BoardLayout) -> bool:
    """Whether ``layout.root`` holds a complete sysroot for this tvmq and TVM version."""
    try:
        return json.loads(layout.stamp.read_text()) == _stamp()
    except (OSError, ValueError):
        return False


def _run(cmd: list[str], what: str, log: Callable[[str], None], **kw) -> None:
    log(f"  $ {' '.join(cmd[:6])}{' ...' if len(cmd) > 6 else ''}")
    proc = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if proc.returncode != 0:
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise BoardError(f"{what} failed (exit {proc.returncode}):\n{tail}")


def _debootstrap(root: Path, mirror: str | None, log: Callable[[str], None]) -> None:
    cmd = ["debootstrap", "--arch=arm64", "--foreign", "--variant=minbase",
           f"--include={','.join(DEBIAN_PACKAGES)}", SUITE, str(root)]
    if mirror:
        cmd.append(mirror)
    _run(cmd, "debootstrap (downloading the arm64 Debian packages)", log)
    debpaths = root / "debootstrap" / "debpaths"
    entries = [line.split(maxsplit=1) for line in debpaths.read_text().splitlines()
               if line.strip()]
    log(f"  unpacking {len(entries)} arm64 packages")
    for _name, rel in entries:
        deb = root / rel.strip().lstrip("/")
        dpkg = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE)
        tar = subprocess.run(["tar", "--keep-directory-symlink", "-x", "-C", str(root)],
                             stdin=dpkg.stdout, capture_output=True, text=True)
        dpkg.stdout.close()
        if dpkg.wait() != 0 or tar.returncode != 0:
            raise BoardError(f"unpacking {deb.name} failed: {tar.stderr.strip()[-500:]}")
    shutil.rmtree(root / "var" / "cache" / "apt" / "archives", ignore_errors=True)
    if not (root / "usr" / "bin" / "python3.11").exists():
        raise BoardError(f"the sysroot in {root} has no usr/bin/python3.11 after unpacking")


def _wheels(root: Path, site: str, log: Callable[[str], None]) -> None:
    target = root / site.lstrip("/")
    cmd = [sys.executable, "-m", "pip", "install", "--quiet", "--no-compile",
           "--platform", WHEEL_PLATFORM, "--python-version", "3.11", "--implementation", "cp",
           "--only-binary=:all:", "--target", str(target), *wheel_requirements()]
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
    _run(cmd, "pip (downloading the aarch64 wheels)", log, env=env)


def _bytecode(root: Path, site: str, log: Callable[[str], None]) -> None:
    """Precompile the board's Python files with the host's CPython 3.11.

    Bytecode does not depend on the CPU, and compiling TVM's thousands of modules under
    emulation at every boot would cost far more than this.
    """
    if sys.version_info[:2] != (3, 11):
        log("  (host Python is not 3.11: the board compiles its bytecode itself at boot)")
        return
    _run([sys.executable, "-m", "compileall", "-q", "-j", "0", str(root / "usr/lib/python3.11"),
          str(root / site.lstrip("/"))], "precompiling the board's Python bytecode", log)


def install(layout: BoardLayout | None = None, *, force: bool = False, mirror: str | None = None,
            log: Callable[[str], None] = print) -> BoardLayout:
    """Install the emulated aarch64 board (idempotent; about 2 minutes and 650 MB).

    Parameters
    ----------
    layout : BoardLayout, optional
        Where to install; default `BoardLayout.default()` (``$TVMQ_BOARD_HOME`` or
        ``~/.cache/tvmq/board``).
    force : bool
        Reinstall even when a complete install exists.
    mirror : str, optional
        Debian mirror URL for debootstrap (default: debootstrap's own).
    log : callable
        Receives progress lines.

    Returns
    -------
    BoardLayout
        The layout, with ``layout.root`` installed.

    Raises
    ------
    BoardError
        A host tool is missing, a download failed, or the sysroot is incomplete.
    """
    layout = layout or BoardLayout.default()
    if is_installed(layout) and not force:
        log(f"board already installed in {layout.root}")
        return layout
    check_host_tools()
    layout.home.mkdir(parents=True, exist_ok=True)
    start = time.time()
    tmp = Path(tempfile.mkdtemp(prefix=".install-", dir=layout.home))
    try:
        log(f"installing the arm64 Debian {SUITE} Python sysroot into {layout.root}")
        _debootstrap(tmp, mirror, log)
        log("installing the aarch64 wheels: " + " ".join(wheel_requirements()))
        _wheels(tmp, layout.SITE, log)
        _bytecode(tmp, layout.SITE, log)
        (tmp / layout.STAMP).write_text(json.dumps(_stamp(), indent=2) + "\n")
        if is_installed(layout) and not force:  # a concurrent install finished first
            log(f"board installed meanwhile by another process in {layout.root}")
            return layout
        if layout.root.exists():
            old = layout.home / f".old-{os.getpid()}"
            os.replace(layout.root, old)
            shutil.rmtree(old, ignore_errors=True)
        os.replace(tmp, layout.root)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    log(f"board installed in {time.time() - start:.0f} s")
    return layout
