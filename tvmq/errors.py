"""The tvmq error hierarchy: every error a user can cause is a `TvmqError`."""

from __future__ import annotations


class TvmqError(Exception):
    """Base class of every error tvmq raises for bad input or an unusable environment.

    The CLI maps ``exit_code`` to the process exit status and prints the message without a
    traceback.
    """

    exit_code: int = 1


class ModelLoadError(TvmqError):
    """The model file is missing, unreadable, corrupt or not a valid ONNX graph."""

    exit_code = 3


class UnsupportedOpError(ModelLoadError):
    """The model uses ONNX operators that tvmq cannot compile (all of them are listed)."""

    def __init__(self, ops: dict[str, list[str]]):
        self.ops = ops
        lines = [f"  {op} (nodes: {', '.join(names[:5])}{', ...' if len(names) > 5 else ''})"
                 for op, names in sorted(ops.items())]
        super().__init__(
            f"the model uses {len(ops)} unsupported ONNX operator(s):\n" + "\n".join(lines)
            + "\nReplace them (e.g. re-export with another opset) or open an issue naming them."
        )


class ShapeError(TvmqError):
    """An input shape is dynamic without a binding, or does not match the model."""

    exit_code = 4


class InputError(TvmqError):
    """Inputs passed to run/benchmark do not match the compiled model's signature."""

    exit_code = 4


class TargetError(TvmqError):
    """An unknown target name or an invalid target description file."""

    exit_code = 5


class CompileError(TvmqError):
    """TVM failed to compile the model for the target."""

    exit_code = 6


class ExportError(TvmqError):
    """Exporting or loading a compiled module failed (missing cross compiler, bad file)."""

    exit_code = 7


class RpcError(TvmqError):
    """A remote device could not be reached, was lost, or did not answer in time."""

    exit_code = 8


class ConfigError(TvmqError):
    """An invalid option or configuration value (unknown key, value out of range)."""

    exit_code = 2


class BoardError(TvmqError):
    """The emulated board cannot be installed, started or stopped (missing tool, busy port)."""

    exit_code = 9
