"""`CompiledModel`: run, time and export a model compiled by `tvmq.compile`."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import tvm

from ..errors import ExportError, InputError
from ..model import TensorSpec
from ..target import TargetSpec, missing_cpu_features, parse_target
from .metadata import ModuleMetadata, elf_machine, metadata_source, read_metadata
from .report import LatencyReport

if TYPE_CHECKING:
    from ..rpc.session import Session


class CompiledModel:
    """A model compiled for one target, runnable locally or through an RPC session.

    Create it with `tvmq.compile` or `tvmq.load_module`; do not construct it directly.
    """

    def __init__(self, metadata: ModuleMetadata, *, executable: tvm.runtime.Executable | None
                 = None, library_path: Path | None = None, info: dict | None = None) -> None:
        if executable is None and library_path is None:
            raise ValueError("a CompiledModel needs an executable or a library path")
        self.metadata = metadata
        self.target: TargetSpec = parse_target(metadata.target, "module metadata")
        self._executable = executable
        self._library_path = library_path
        self._library: tvm.runtime.Module | None = None
        self.info = dict(info or {})

    @property
    def inputs(self) -> tuple[TensorSpec, ...]:
        """Input names, shapes and dtypes, in call order."""
        return self.metadata.inputs

    @property
    def outputs(self) -> tuple[TensorSpec, ...]:
        """Output names, shapes and dtypes."""
        return self.metadata.outputs

    def __repr__(self) -> str:
        sig = ", ".join(f"{s.name}: {s.dtype}{list(s.shape)}" for s in self.inputs)
        return f"CompiledModel({self.metadata.model!r}, target={self.target.name!r}, ({sig}))"

    def _local_library(self) -> tvm.runtime.Module:
        if self._library is None:
            missing = missing_cpu_features(self.target)
            if missing:
                raise InputError(f"this model was compiled for {self.target.name}, whose code "
                                 f"may use CPU features this machine lacks ({', '.join(missing)})"
                                 "; compile it for --target host, or run it where they exist")
            if self._executable is not None:
                self._library = self._executable.jit() if self.target.arch == _host_arch() \
                    else None
            if self._library is None and self._library_path is not None:
                self._check_arch(_host_arch(), "this machine")
                self._library = tvm.runtime.load_module(str(self._library_path))
            if self._library is None:
                raise InputError(f"this model was compiled for {self.target.name} "
                                 f"({self.target.arch}) and cannot run on this {_host_arch()} "
                                 "machine; run it on the board with session=tvmq.rpc.connect() "
                                 "(CLI: --rpc or --rpc-tracker)")
        return self._library

    def _check_arch(self, arch: str, where: str) -> None:
        built = elf_machine(self._library_path) if self._library_path else self.target.arch
        if built != arch:
            raise InputError(f"the library is built for {built} but {where} is {arch}; "
                             "run it on the board (--rpc/--rpc-tracker, or "
                             "session=tvmq.rpc.connect(...)) or compile for a matching --target")

    def check_inputs(self, inputs: Mapping[str, np.ndarray]) -> list[np.ndarray]:
        """Validate ``inputs`` against the signature and return them in call order."""
        if not isinstance(inputs, Mapping):
            raise InputError("inputs must be a dict mapping input names to numpy arrays")
        names = [s.name for s in self.inputs]
        missing = [n for n in names if n not in inputs]
        extra = sorted(set(inputs) - set(names))
        if missing or extra:
            raise InputError(f"inputs do not match the model: missing {missing}, unknown "
                             f"{extra}; the model takes {names}")
        arrays, problems = [], []
        for spec in self.inputs:
            arr = np.asarray(inputs[spec.name])
            if tuple(arr.shape) != spec.shape:
                problems.append(f"{spec.name}: shape {list(arr.shape)}, expected "
                                f"{list(spec.shape)}")
            elif arr.dtype != np.dtype(spec.dtype):
                problems.append(f"{spec.name}: dtype {arr.dtype}, expected {spec.dtype}")
            arrays.append(np.require(arr, requirements="C"))  # keeps 0-d arrays 0-d
        if problems:
            raise InputError("bad inputs:\n  " + "\n  ".join(problems))
        return arrays

    def _session(self, session: Session | None) -> Session:
        from ..rpc.session import local_session

        return session if session is not None else local_session()

    def _set_inputs(self, session: Session, inputs: Mapping[str, np.ndarray]):
        arrays = self.check_inputs(inputs)
        loaded = session.load(self)

        def upload() -> None:
            loaded.vm.set_input("main", *[tvm.runtime.tensor(a, loaded.device) for a in arrays])

        session.call(upload, "set inputs")
        return loaded

    def run(self, inputs: Mapping[str, np.ndarray], session: Session | None = None
            ) -> list[np.ndarray]:
        """Run the model once.

        Parameters
        ----------
        inputs : dict of str to numpy.ndarray
            One array per input, with the exact shape and dtype of `inputs`.
        session : tvmq.rpc.Session, optional
            Where to run; default this machine.

        Returns
        -------
        list of numpy.ndarray
            The outputs, in the model's output order.
        """
        sess = self._session(session)
        loaded = self._set_inputs(sess, inputs)

        def execute() -> list[np.ndarray]:
            loaded.vm.invoke_stateful("main")
            return _flatten(_vm_outputs(loaded.vm, "main"))

        return sess.call(execute, "run")

    def benchmark(self, inputs: Mapping[str, np.ndarray] | None = None, *, number: int = 10,
                  repeat: int = 5, warmup: int = 3, session: Session | None = None
                  ) -> LatencyReport:
        """Time the model with TVM's time_evaluator on the session's device.

        Parameters
        ----------
        inputs : dict, optional
            Inputs to time with; random ones of the right signature when omitted.
        number : int
            Runs averaged into one sample.
        repeat : int
            Samples taken; the statistics are over these.
        warmup : int
            Untimed runs before timing.
        session : tvmq.rpc.Session, optional
            Where to run; default this machine.

        Returns
        -------
        LatencyReport
        """
        if number < 1 or repeat < 1 or warmup < 0:
            raise InputError("benchmark needs number >= 1, repeat >= 1 and warmup >= 0")
        if inputs is None:
            rng = np.random.default_rng(0)
            inputs = {s.name: s.random(rng) for s in self.inputs}
        sess = self._session(session)
        loaded = self._set_inputs(sess, inputs)
        if warmup:
            sess.call(lambda: loaded.vm.time_evaluator(
                "invoke_stateful", loaded.device, number=warmup, repeat=1)("main"), "warm up")
        # Building the timer is itself a remote call (it fetches the remote evaluator), so it
        # runs under the session's watchdog too.
        result = sess.call(lambda: loaded.vm.time_evaluator(
            "invoke_stateful", loaded.device, number=number, repeat=repeat)("main"), "benchmark")
        kind = "cuda" if self.target.is_gpu else "cpu"
        return LatencyReport.from_seconds(list(result.results), number=number,
                                          device=f"{sess.name} {kind}", target=self.target.name)

    def export(self, path: str | os.PathLike) -> Path:
        """Write a shared library (with its metadata) for the target, atomically.

        The library is linked with the target's cross compiler (``cross_compiler`` in its
        description), so a library for ``rpi4`` is an aarch64 ELF file.

        Returns
        -------
        Path
            The written file.
        """
        out = Path(path)
        if out.suffix not in (".so", ".dylib", ".dll"):
            raise ExportError(f"export path {out} must end in .so")
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            if self._executable is None:  # a loaded library: copy it (metadata included)
                shutil.copyfile(self._library_path, _tmp_beside(out))
                os.replace(_tmp_beside(out), out)
                return out
        except OSError as err:
            _tmp_beside(out).unlink(missing_ok=True)
            raise ExportError(f"cannot write {out}: {err.strerror or err}") from None
        cc = self.target.cross_compiler or "g++"
        if shutil.which(cc) is None:
            raise ExportError(f"the compiler {cc!r} for target {self.target.name} is not "
                              f"installed (Debian: apt-get install {_cc_package(cc)})")
        with tempfile.TemporaryDirectory(prefix="tvmq-export-") as tmp:
            meta_src = metadata_source(self.metadata, Path(tmp) / "tvmq_meta.c")
            tmp_out = _tmp_beside(out)
            try:
                if self.target.cross_compiler:
                    fcompile = tvm.support.cc.cross_compiler(self.target.cross_compiler)
                    self._executable.export_library(str(tmp_out), fcompile=fcompile,
                                                    addons=[str(meta_src)])
                else:
                    self._executable.export_library(str(tmp_out), addons=[str(meta_src)])
                os.replace(tmp_out, out)
            except Exception as err:
                tmp_out.unlink(missing_ok=True)
                raise ExportError(f"exporting to {out} failed: {type(err).__name__}: "
                                  f"{str(err).strip().splitlines()[-1]}") from err
        return out


def _tmp_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.tmp{os.getpid()}")


def _cc_package(cc: str) -> str:
    return {"aarch64-linux-gnu-gcc": "gcc-aarch64-linux-gnu"}.get(cc, "g++")


def _host_arch() -> str:
    import platform

    machine = platform.machine()
    return "aarch64" if machine in ("aarch64", "arm64") else machine


def _vm_outputs(vm: tvm.relax.VirtualMachine, name: str, *idx: int) -> object:
    # Like VirtualMachine.get_outputs, whose recursive closure is a reference cycle that keeps
    # the VM, and so a remote board's RPC session, alive until the garbage collector runs.
    arity = vm._get_output_arity(name, *idx)
    if arity == -1:
        return vm._get_output(name, *idx)
    return tuple(_vm_outputs(vm, name, *idx, i) for i in range(arity))


def _flatten(value: object) -> list[np.ndarray]:
    if isinstance(value, tvm.runtime.Tensor):
        return [value.numpy()]
    out: list[np.ndarray] = []
    for item in value:  # tvm Array / tuple of outputs
        out.extend(_flatten(item))
    return out


def load_module(path: str | os.PathLike) -> CompiledModel:
    """Load a library written by `CompiledModel.export` (or ``tvmq compile -o``).

    The file carries its own metadata (inputs, outputs, target), so nothing else is needed.
    A library for another architecture loads too, for running over RPC.

    Raises
    ------
    ExportError
        Missing file, not a tvmq library, or corrupt metadata.
    """
    p = Path(path)
    meta = read_metadata(p)
    return CompiledModel(meta, library_path=p.resolve())
