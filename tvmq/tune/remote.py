"""Where tuning candidates are measured: this machine, one RPC server, or a tracker's pool."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..errors import ConfigError, RpcError
from ..rpc import RemoteSession


@dataclass(frozen=True)
class RpcDevice:
    """A board (``host:port`` of its RPC server) or a pool (a tracker and a device ``key``).

    Attributes
    ----------
    host, port : str, int
        The RPC server, or the tracker when ``key`` is set.
    key : str or None
        Device key registered with the tracker; None for a direct server.
    """

    host: str
    port: int
    key: str | None = None

    @property
    def is_tracker(self) -> bool:
        """Whether this is a tracker pool."""
        return self.key is not None

    def __str__(self) -> str:
        return f"{self.key}@{self.host}:{self.port}" if self.key else f"{self.host}:{self.port}"

    @classmethod
    def parse(cls, address: str, key: str | None = None) -> RpcDevice:
        """``"host:port"`` of a server, or of a tracker when ``key`` is given."""
        host, _, port = address.rpartition(":")
        if not host or not port.isdigit():
            raise ConfigError(f"RPC address {address!r} must be HOST:PORT")
        return cls(host, int(port), key)

    @classmethod
    def from_session(cls, session: RemoteSession) -> RpcDevice:
        """The server or pool a `tvmq.rpc.connect` session was opened on."""
        key, _, addr = session.name.rpartition("@")
        return cls.parse(addr, key or None)


def as_device(session: object) -> RpcDevice | None:
    """Normalise ``tune(session=...)``: None, a RemoteSession, an RpcDevice or ``"host:port"``.

    A tracker session names its pool (the board it holds is busy, the others measure); a
    direct server session is refused: its server would wait for it to close.
    """
    if session is None or isinstance(session, RpcDevice):
        return session
    if isinstance(session, RemoteSession):
        device = RpcDevice.from_session(session)
        if not device.is_tracker:
            raise ConfigError(
                f"an RPC server serves one connection at a time and this session holds it, so "
                f"tuning could not measure on it; pass session='{device}' (or "
                f"tvmq.tune.RpcDevice('{device.host}', {device.port})) instead")
        return device
    if isinstance(session, str):
        return RpcDevice.parse(session)
    raise ConfigError(f"session must be a tvmq.rpc session, a tvmq.tune.RpcDevice or 'host:port'"
                      f", got {type(session).__name__}")


def pool_size(device: RpcDevice) -> int:
    """How many boards measure in parallel: free devices under the key (1 for a server)."""
    if not device.is_tracker:
        return 1
    from ..rpc.session import tracker_keys

    keys = tracker_keys(device.host, device.port)
    if device.key not in keys:
        have = ", ".join(sorted(keys)) or "none"
        raise RpcError(f"the tracker at {device.host}:{device.port} has no device with key "
                       f"{device.key!r}; keys it has: {have}")
    return max(1, int(keys[device.key].get("free", 0)))


def _connect_server(host: str, port: int, session_timeout: float, _config: object) -> object:
    from tvm import rpc

    return rpc.connect(host, port, session_timeout=session_timeout)


def make_runner(device: RpcDevice | None, evaluator: object, timeout_s: float,
                real_args: tuple[str, str] | None = None) -> object:
    """MetaSchedule's LocalRunner, or an RPCRunner for a server or a tracker pool.

    ``real_args`` (``(npz, kernel)`` from `tvmq.tune.realargs.capture_args`) makes the runner
    feed that kernel's recorded arguments instead of random ones.
    """
    from tvm.s_tir import meta_schedule as ms

    from . import realargs

    alloc = None
    if real_args is not None:
        alloc = functools.partial(realargs.alloc_local if device is None else realargs.alloc_rpc,
                                  *real_args)
    if device is None:
        return ms.runner.LocalRunner(timeout_sec=timeout_s, evaluator_config=evaluator,
                                     f_alloc_argument=alloc)
    if device.is_tracker:
        config = ms.runner.RPCConfig(tracker_host=device.host, tracker_port=device.port,
                                     tracker_key=device.key, session_timeout_sec=int(timeout_s))
        return ms.runner.RPCRunner(config, evaluator, max_workers=pool_size(device),
                                   f_alloc_argument=alloc)
    # a lone server: RPCConfig only knows trackers, so the session is opened directly
    config = ms.runner.RPCConfig(tracker_host=device.host, tracker_port=device.port,
                                 tracker_key="direct", session_timeout_sec=int(timeout_s))
    create = functools.partial(_connect_server, device.host, device.port, timeout_s)
    return ms.runner.RPCRunner(config, evaluator, max_workers=1, f_create_session=create,
                               f_alloc_argument=alloc)
