"""The ``tvmq`` command line: parse arguments, call the Python API, map errors to exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import TvmqError
from . import board_cmd, commands, tune_cmd

# Each module registers its subcommands with `register(subparsers)`.
_MODULES = [commands, tune_cmd, board_cmd]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (used by `main` and the docs)."""
    parser = argparse.ArgumentParser(
        prog="tvmq", description="Compress, compile, run and benchmark ONNX models with TVM.")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in _MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``tvmq`` console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except TvmqError as err:
        if args.debug:
            raise
        print(f"tvmq: error: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("tvmq: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
