"""Argument helpers shared by the subcommands: shapes, inputs files, RPC flags, tables."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError, InputError


def parse_shape(text: str) -> tuple[str, list[int]]:
    """Parse ``name=1,3,224,224``."""
    name, sep, dims = text.rpartition("=")
    try:
        if not sep or not name:
            raise ValueError
        return name, [int(d) for d in dims.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad --shape {text!r}: use NAME=D0,D1,...") from None


def shapes_from(args: argparse.Namespace) -> dict[str, list[int]]:
    """The ``--shape`` flags as a dict."""
    return dict(args.shape or [])


def add_shape_arg(p: argparse.ArgumentParser) -> None:
    """``--shape NAME=D0,D1,...`` (repeatable)."""
    p.add_argument("--shape", type=parse_shape, action="append", metavar="NAME=D0,D1,...",
                   help="static shape of a dynamic input (repeat per input)")


def add_int8_nchw_arg(p: argparse.ArgumentParser) -> None:
    """``--int8-nchw``: keep int8 convs on NCHW activations (compile option ``int8_nhwc``)."""
    p.add_argument("--int8-nchw", action="store_true",
                   help="keep int8 convs on NCHW activations and their NCHW schedules "
                        "(default on AVX-512 VNNI targets, and on AVX2 for 7-bit weights: NHWC, "
                        "bit-identical)")


def add_int8_direct_arg(p: argparse.ArgumentParser) -> None:
    """``--int8-direct``: no integer Winograd (compile option ``int8_winograd``)."""
    p.add_argument("--int8-direct", action="store_true",
                   help="run int8 3x3 convs as direct kernels (default on AVX2: exact integer "
                        "Winograd for NHWC 3x3 stride-1 convs, bit-identical, larger library)")


def add_exact_math_arg(p: argparse.ArgumentParser) -> None:
    """``--exact-math``: keep libm exp/erf/tanh and direct 3x3 convs."""
    p.add_argument("--exact-math", action="store_true",
                   help="exact exp/erf/tanh/softmax and direct 3x3 convs (default: fast "
                        "polynomial approximations, and Winograd 3x3 convs on x86)")


def add_rpc_args(p: argparse.ArgumentParser) -> None:
    """``--rpc H:P`` or ``--rpc-tracker H:P --rpc-key K``, with a timeout."""
    g = p.add_argument_group("remote device")
    g.add_argument("--rpc", metavar="HOST:PORT", help="run on an RPC server directly")
    g.add_argument("--rpc-tracker", metavar="HOST:PORT", help="run on a board from a tracker")
    g.add_argument("--rpc-key", metavar="KEY", help="device key at the tracker (e.g. rpi4)")
    g.add_argument("--rpc-timeout", type=float, default=120.0, metavar="S",
                   help="seconds any remote call may take (default 120)")


def session_from(args: argparse.Namespace):
    """Open the remote session the RPC flags ask for, or None for this machine."""
    from .. import rpc

    if args.rpc and args.rpc_tracker:
        raise ConfigError("give --rpc or --rpc-tracker, not both")
    if args.rpc:
        host, _, port = args.rpc.rpartition(":")
        if not host or not port.isdigit():
            raise ConfigError(f"--rpc {args.rpc!r}: expected HOST:PORT")
        return rpc.connect(host, int(port), timeout=args.rpc_timeout)
    if args.rpc_tracker:
        if not args.rpc_key:
            raise ConfigError("--rpc-tracker needs --rpc-key (the device pool name)")
        return rpc.connect(tracker=args.rpc_tracker, key=args.rpc_key, timeout=args.rpc_timeout)
    if args.rpc_key:
        raise ConfigError("--rpc-key needs --rpc-tracker")
    return None


def load_npz(path: str | os.PathLike) -> dict[str, np.ndarray]:
    """Read an ``.npz`` of named inputs."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"inputs file {p} does not exist")
    try:
        with np.load(p, allow_pickle=False) as data:
            return {k: data[k] for k in data.files}
    except (OSError, ValueError) as err:
        raise InputError(f"{p} is not a readable .npz file: {err}") from None


def write_atomic(path: str | os.PathLike, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    tmp = p.with_name(f".{p.name}.tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, p)
    return p


def save_npz(path: str | os.PathLike, arrays: dict[str, np.ndarray]) -> Path:
    """Write named arrays as ``.npz`` atomically."""
    import io

    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return write_atomic(path, buf.getvalue())


def save_json(path: str | os.PathLike, obj: Any) -> Path:
    """Write JSON atomically."""
    return write_atomic(path, (json.dumps(obj, indent=2, sort_keys=True) + "\n").encode())


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain aligned text table."""
    cells = [[str(h) for h in headers]] + [[_fmt(c) for c in r] for r in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
