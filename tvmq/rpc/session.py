"""Local and RPC sessions: where a `CompiledModel` is loaded, run and timed."""

from __future__ import annotations

import abc
import functools
import gc
import socket
import tempfile
import threading
import uuid
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import tvm
from tvm import rpc as tvm_rpc

from ..errors import InputError, RpcError

if TYPE_CHECKING:
    from ..runtime.compiled import CompiledModel

T = TypeVar("T")
DEFAULT_TIMEOUT_S = 120.0


@dataclass
class LoadedModule:
    """A compiled model loaded into a Relax VM on some session's device."""

    vm: tvm.runtime.vm.VirtualMachine
    device: tvm.runtime.Device


class Session(abc.ABC):
    """Where models run. Subclasses say how a module gets there and how calls are guarded."""

    name: str = "session"

    def __init__(self) -> None:
        # Keyed by the model object itself (weakly): an id() key outlives the model and a later
        # model allocated at the same address would get the stale VM.
        self._loaded: weakref.WeakKeyDictionary[CompiledModel, LoadedModule] = (
            weakref.WeakKeyDictionary())

    @abc.abstractmethod
    def device(self, gpu: bool) -> tvm.runtime.Device:
        """The device models run on (GPU 0 or the CPU)."""

    @abc.abstractmethod
    def _load_library(self, cm: CompiledModel) -> tvm.runtime.Module:
        """Make ``cm``'s library loadable on this session's device and return it."""

    def call(self, fn: Callable[[], T], what: str, timeout: float | None = None) -> T:
        """Run ``fn`` (a device interaction); remote sessions bound it by a timeout."""
        return fn()

    def load(self, cm: CompiledModel) -> LoadedModule:
        """Load ``cm`` on this session's device (cached per compiled model)."""
        loaded = self._loaded.get(cm)
        if loaded is None:
            dev = self.device(cm.target.is_gpu)
            lib = self._load_library(cm)
            vm = self.call(lambda: tvm.relax.VirtualMachine(lib, dev), "create the VM")
            loaded = self._loaded[cm] = LoadedModule(vm, dev)
        return loaded

    def close(self) -> None:
        """Release the modules loaded through this session."""
        self._loaded.clear()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalSession(Session):
    """This machine; models run from memory, exported libraries are loaded from disk."""

    name = "local"

    def device(self, gpu: bool) -> tvm.runtime.Device:
        """The local CPU or CUDA device 0 (which must exist)."""
        if gpu:
            dev = tvm.cuda(0)
            if not dev.exist:
                raise InputError("this model was compiled for a CUDA target but this machine "
                                 "has no CUDA device; run it on a GPU host (session= or --rpc)")
            return dev
        return tvm.cpu(0)

    def _load_library(self, cm: CompiledModel) -> tvm.runtime.Module:
        return cm._local_library()


@functools.cache
def local_session() -> LocalSession:
    """The process-wide local session."""
    return LocalSession()


class RemoteSession(Session):
    """A TVM RPC session to a board; every call is bounded by ``timeout`` seconds."""

    def __init__(self, sess: tvm_rpc.RPCSession, name: str, timeout: float) -> None:
        super().__init__()
        self._sess = sess
        self.name = name
        self.timeout = timeout
        self._broken: str | None = None
        self._arch: tuple[str | None, str] | None = None
        self._workdir = tempfile.TemporaryDirectory(prefix="tvmq-rpc-")

    @property
    def rpc(self) -> tvm_rpc.RPCSession:
        """The underlying TVM RPC session."""
        if self._sess is None:
            raise RpcError(f"the session to {self.name} is closed; connect again")
        return self._sess

    def device(self, gpu: bool) -> tvm.runtime.Device:
        """The board's CPU or its CUDA device 0."""
        return self.call(lambda: self._sess.cuda(0) if gpu else self._sess.cpu(0), "get device")

    def call(self, fn: Callable[[], T], what: str, timeout: float | None = None) -> T:
        """Run ``fn`` in a watchdog thread; a lost or silent board raises `RpcError`."""
        if self._broken:
            raise RpcError(f"the session to {self.name} is no longer usable ({self._broken}); "
                           "connect again")
        box: dict[str, Any] = {}

        def target() -> None:
            try:
                box["value"] = fn()
            except BaseException as err:  # re-raised in the caller's thread
                box["error"] = err

        limit = self.timeout if timeout is None else timeout
        worker = threading.Thread(target=target, name=f"tvmq-rpc-{what}", daemon=True)
        worker.start()
        worker.join(limit)
        if worker.is_alive():
            self._broken = f"'{what}' timed out after {limit:.0f} s"
            raise RpcError(f"{self.name}: '{what}' did not answer within {limit:.0f} s; the "
                           "board may be hung or the network down (raise timeout= if the "
                           "model is just slow)")
        if "error" in box:
            err = box["error"]
            if _connection_lost(err):
                self._broken = "the connection was lost"
                raise RpcError(f"{self.name}: the connection was lost during '{what}' (the RPC "
                               "server stopped or the network dropped); restart the server and "
                               f"connect again [{_short(err)}]") from err
            self._broken = f"'{what}' failed"
            raise RpcError(f"{self.name}: '{what}' failed on the remote device: "
                           f"{_short(err)}") from err
        return box["value"]

    def remote_arch(self) -> tuple[str | None, str]:
        """The board's CPU architecture (``aarch64``...) and how it was learned (cached)."""
        from .remote_arch import query_remote_arch

        if self._arch is None:
            self._arch = query_remote_arch(self)
        return self._arch

    def _load_library(self, cm: CompiledModel) -> tvm.runtime.Module:
        from .remote_arch import check_library_arch

        local = Path(self._workdir.name) / f"tvmq_{uuid.uuid4().hex[:12]}.so"
        cm.export(local)
        check_library_arch(local, self, cm.target.arch)
        self.call(lambda: self._sess.upload(str(local)), f"upload {local.name}")
        return self.call(lambda: self._sess.load_module(local.name), f"load {local.name}")

    def close(self) -> None:
        """End the session: the server is free for the next client once this returns.

        TVM's client has no explicit close; the connection ends when the last reference to
        the session and to its remote objects (modules, VMs) is dropped.
        """
        super().close()
        self._sess = None
        self._broken = self._broken or "it was closed"
        gc.collect()  # remote objects caught in reference cycles still hold the socket
        self._workdir.cleanup()


# How TVM's RPC client reports a peer that went away: the socket read sees a shutdown or
# an unexpected return code, or the OS reports a reset / broken pipe.
_LOST_MARKERS = ("RPCCode::kReturn", "kShutdown", "Connection reset", "Broken pipe",
                 "connection closed", "Socket", "socket")


def _connection_lost(err: BaseException) -> bool:
    if isinstance(err, ConnectionError | BrokenPipeError):
        return True
    return any(m in str(err) for m in _LOST_MARKERS)


def _short(err: BaseException) -> str:
    lines = [ln.strip() for ln in str(err).strip().splitlines() if ln.strip()]
    return f"{type(err).__name__}: {lines[-1] if lines else ''}"


def _probe(host: str, port: int, timeout: float, what: str) -> None:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            pass
    except OSError as err:
        raise RpcError(f"cannot reach the {what} at {host}:{port} ({err.strerror or err}); "
                       f"check it is running and the address is right") from None


def _parse_addr(addr: str, default_port: int) -> tuple[str, int]:
    host, _, port = addr.rpartition(":")
    if not host:
        return addr, default_port
    try:
        return host, int(port)
    except ValueError:
        raise RpcError(f"bad address {addr!r}: expected HOST:PORT") from None


def _bounded(fn: Callable[[], T], what: str, timeout: float, hint: str = "") -> T:
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as err:
            box["error"] = err

    worker = threading.Thread(target=target, daemon=True, name=f"tvmq-{what}")
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise RpcError(f"{what}: no answer within {timeout:.0f} s{hint}")
    if "error" in box:
        raise RpcError(f"{what} failed: {_short(box['error'])}") from box["error"]
    return box["value"]


def tracker_keys(host: str, port: int, timeout: float = 10.0) -> dict[str, dict[str, int]]:
    """Keys registered with a tracker: ``{key: {"free": n, "pending": n}}``."""
    _probe(host, port, timeout, "RPC tracker")

    def summary() -> dict:
        tracker = tvm_rpc.connect_tracker(host, port)
        try:
            return tracker.summary()
        finally:
            tracker.close()

    data = _bounded(summary, f"query the tracker at {host}:{port}", timeout)
    keys: dict[str, dict[str, int]] = {}
    for item in data.get("server_info", []):
        key = item["key"].split(":", 1)[-1]
        keys.setdefault(key, {"free": 0, "pending": 0})
    for key, info in data.get("queue_info", {}).items():
        keys.setdefault(key, {"free": 0, "pending": 0}).update(
            {"free": int(info.get("free", 0)), "pending": int(info.get("pending", 0))})
    return keys


def connect(host: str | None = None, port: int = 9090, *, tracker: str | None = None,
            key: str | None = None, timeout: float = DEFAULT_TIMEOUT_S,
            connect_timeout: float = 30.0, session_timeout: float = 0) -> RemoteSession:
    """Open a session on a remote device, directly or through an RPC tracker.

    Parameters
    ----------
    host, port : str, int
        Address of an RPC server (``python -m tvm.exec.rpc_server``) for a direct connection.
    tracker : str, optional
        ``"host:port"`` of an RPC tracker; then ``key`` picks the device pool.
    key : str, optional
        The device key registered with the tracker (e.g. ``rpi4``).
    timeout : float
        Seconds any single remote call (upload, run, timing) may take before `RpcError`.
    connect_timeout : float
        Seconds to wait for the server, or for a free device from the tracker.
    session_timeout : float
        Seconds after which the server itself ends the session (0: no limit).

    Returns
    -------
    RemoteSession

    Raises
    ------
    RpcError
        Unreachable server or tracker, a key the tracker does not have (the message lists the
        keys it has), or no free device within ``connect_timeout``.
    """
    if tracker is not None:
        if host is not None:
            raise RpcError("give either host/port or tracker=, not both")
        if not key:
            raise RpcError("connecting through a tracker needs key= (the device pool name)")
        thost, tport = _parse_addr(tracker, 9190)
        keys = tracker_keys(thost, tport, min(connect_timeout, 10.0))
        if key not in keys:
            have = ", ".join(sorted(keys)) or "none (no server is registered)"
            raise RpcError(f"the tracker at {thost}:{tport} has no device with key {key!r}; "
                           f"keys it has: {have}")

        def request() -> tvm_rpc.RPCSession:
            tsess = tvm_rpc.connect_tracker(thost, tport)
            try:
                return tsess.request(key, session_timeout=session_timeout, max_retry=2)
            finally:
                tsess.close()

        sess = _bounded(request, f"get a {key!r} device from the tracker {thost}:{tport}",
                        connect_timeout, "; every device under that key is busy (or its server "
                        "hangs): free one or raise connect_timeout")
        return RemoteSession(sess, f"{key}@{thost}:{tport}", timeout)
    if host is None:
        raise RpcError("connect() needs host= and port= or tracker= and key=")
    _probe(host, port, min(connect_timeout, 10.0), "RPC server")
    sess = _bounded(lambda: tvm_rpc.connect(host, port, session_timeout=session_timeout),
                    f"connect to the RPC server at {host}:{port}", connect_timeout,
                    "; a TVM RPC server serves one client at a time, so it may be busy with "
                    "another session (close it, or use a tracker to share boards)")
    return RemoteSession(sess, f"{host}:{port}", timeout)
