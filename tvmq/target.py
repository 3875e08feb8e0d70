"""Target descriptions: load, validate and register the devices tvmq compiles for."""

from __future__ import annotations

import enum
import functools
import json
import os
import platform
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import tvm

from .errors import TargetError

TAG_PREFIX = "tvmq/"
_KEYS = {"name", "description", "tvm", "host", "cross_compiler", "rpc_key", "cores", "int8",
         "tuning"}
_TUNING_KEYS = {"trials"}


class Int8Isa(enum.Enum):
    """Integer dot-product instruction families a chip offers for int8 kernels."""

    AVX2 = "avx2"  # vpmaddubsw + vpmaddwd
    AVX512 = "avx512"  # AVX-512BW vpmaddubsw on 512-bit registers
    VNNI = "vnni"  # AVX-512 VNNI vpdpbusd
    NEON = "neon"  # smull/sadalp
    SDOT = "sdot"  # ARMv8.2 dot product
    DP4A = "dp4a"  # CUDA __dp4a
    TENSORCORE = "tensorcore"  # CUDA int8 mma


@dataclass(frozen=True)
class TuningDefaults:
    """Default tuning budget for a target."""

    trials: int = 2000


@dataclass(frozen=True)
class TargetSpec:
    """A device tvmq can compile for, as described by one file in ``targets/``.

    Attributes
    ----------
    name : str
        Short name used on the command line (``rpi4``, ``cuda-sm90``).
    description : str
        One line for humans.
    tvm : dict
        The TVM target dict (TVM 0.27 targets are JSON dicts).
    host : dict or None
        The host target for device targets (CUDA), None for CPU targets.
    cross_compiler : str or None
        Compiler used to link exported libraries; None means the local ``g++``.
    rpc_key : str
        Default key under which boards of this kind register with an RPC tracker.
    cores : int
        CPU cores of the device (threads the runtime uses).
    int8 : tuple of Int8Isa
        Integer dot-product instructions available.
    tuning : TuningDefaults
        Default tuning budget.
    """

    name: str
    description: str
    tvm: dict[str, Any]
    host: dict[str, Any] | None
    cross_compiler: str | None
    rpc_key: str
    cores: int
    int8: tuple[Int8Isa, ...]
    tuning: TuningDefaults = field(default_factory=TuningDefaults)

    @property
    def kind(self) -> str:
        """The TVM target kind: ``llvm`` or ``cuda``."""
        return self.tvm["kind"]

    @property
    def is_gpu(self) -> bool:
        """Whether the target runs kernels on a GPU."""
        return self.kind == "cuda"

    @property
    def arch(self) -> str:
        """CPU architecture code runs on: ``x86_64`` or ``aarch64`` (the host for GPUs)."""
        triple = (self.host or self.tvm).get("mtriple", platform.machine())
        return "aarch64" if triple.startswith(("aarch64", "arm64")) else triple.split("-")[0]

    def tvm_target(self) -> tvm.target.Target:
        """Build the TVM target (with its host) this description stands for."""
        config = dict(self.tvm)
        if self.host is not None:
            config["host"] = dict(self.host)
        try:
            return tvm.target.Target(config)
        except Exception as err:  # TVM raises its own error types for bad configs
            raise TargetError(f"target {self.name!r}: TVM rejects its 'tvm' dict: {err}") from err

    def to_dict(self) -> dict[str, Any]:
        """The description in the JSON file format."""
        return {
            "name": self.name, "description": self.description, "tvm": self.tvm,
            "host": self.host, "cross_compiler": self.cross_compiler, "rpc_key": self.rpc_key,
            "cores": self.cores, "int8": [i.value for i in self.int8],
            "tuning": {"trials": self.tuning.trials},
        }


def _require(cond: bool, source: str, msg: str) -> None:
    if not cond:
        raise TargetError(f"invalid target description {source}: {msg}")


def parse_target(data: Any, source: str = "<dict>") -> TargetSpec:
    """Validate a target description dict and build its `TargetSpec`.

    Parameters
    ----------
    data : dict
        The parsed JSON.
    source : str
        Where it came from, for error messages.

    Returns
    -------
    TargetSpec
    """
    _require(isinstance(data, dict), source, "the top level must be a JSON object")
    unknown = sorted(set(data) - _KEYS)
    _require(not unknown, source, f"unknown keys {unknown}; valid keys are {sorted(_KEYS)}")
    missing = sorted({"name", "tvm"} - set(data))
    _require(not missing, source, f"missing required keys {missing}")
    name = data["name"]
    _require(isinstance(name, str) and name.strip() == name and name, source,
             "'name' must be a non-empty string without spaces around it")
    tvm_dict = data["tvm"]
    _require(isinstance(tvm_dict, dict) and isinstance(tvm_dict.get("kind"), str), source,
             "'tvm' must be a TVM target dict with a 'kind', e.g. {\"kind\": \"llvm\"}")
    _require(tvm_dict["kind"] in ("llvm", "cuda"), source,
             f"target kind {tvm_dict['kind']!r} is not supported; use 'llvm' or 'cuda'")
    host = data.get("host")
    _require(host is None or isinstance(host, dict), source, "'host' must be null or a dict")
    cc = data.get("cross_compiler")
    _require(cc is None or isinstance(cc, str), source, "'cross_compiler' must be null or str")
    cores = data.get("cores", tvm_dict.get("num-cores", os.cpu_count() or 1))
    _require(isinstance(cores, int) and cores > 0, source, "'cores' must be a positive integer")
    int8_raw = data.get("int8", [])
    valid = [i.value for i in Int8Isa]
    _require(isinstance(int8_raw, list) and all(v in valid for v in int8_raw), source,
             f"'int8' must be a list drawn from {valid} (empty for none)")
    tuning = data.get("tuning", {})
    _require(isinstance(tuning, dict) and not set(tuning) - _TUNING_KEYS, source,
             f"'tuning' must be an object with keys from {sorted(_TUNING_KEYS)}")
    trials = tuning.get("trials", 2000)
    _require(isinstance(trials, int) and trials >= 0, source, "'tuning.trials' must be >= 0")
    spec = TargetSpec(
        name=name, description=str(data.get("description", "")), tvm=dict(tvm_dict),
        host=dict(host) if host else None, cross_compiler=cc,
        rpc_key=str(data.get("rpc_key", name)), cores=cores,
        int8=tuple(Int8Isa(v) for v in int8_raw), tuning=TuningDefaults(trials=trials),
    )
    try:
        spec.tvm_target()  # let TVM validate the dict now, not at compile time
    except TargetError as err:
        raise TargetError(f"invalid target description {source}: {err}") from err.__cause__
    return spec


def load_target_file(path: str | os.PathLike) -> TargetSpec:
    """Load a user's target description file (same format as the bundled ``targets/``)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text())
    except FileNotFoundError:
        raise TargetError(f"target file {p} does not exist") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise TargetError(f"target file {p} is not valid JSON: {err}") from None
    return parse_target(data, str(p))


# /proc/cpuinfo flags -> LLVM features that matter for tvmq's kernels. LLVM's host cpu name
# can be an older model than the chip (VMs often report a generic Xeon, which LLVM calls e.g.
# "rocketlake" on a Sapphire Rapids), so features the kernel reports are added as mattr.
_CPUINFO_FEATURES = {
    "avx2": "avx2", "fma": "fma", "avx512f": "avx512f", "avx512bw": "avx512bw",
    "avx512_vnni": "avx512vnni", "avx_vnni": "avxvnni", "avx512_bf16": "avx512bf16",
    "avx512_fp16": "avx512fp16", "amx_tile": "amx-tile", "amx_int8": "amx-int8",
    "amx_bf16": "amx-bf16", "asimd": "neon", "asimddp": "dotprod", "i8mm": "i8mm",
}


def _cpuinfo_flags() -> set[str]:
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith(("flags", "Features")):
                    return set(line.split(":", 1)[1].split())
    except OSError:
        pass
    return set()


def detect_host() -> TargetSpec:
    """Describe this machine's CPU: its LLVM cpu name, features, cores and int8 instructions."""
    codegen = tvm.target.codegen
    mcpu = codegen.llvm_get_system_cpu()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    tvm_dict: dict[str, Any] = {"kind": "llvm", "num-cores": cores}
    if mcpu and mcpu != "generic":
        tvm_dict["mcpu"] = mcpu
    feats = set(codegen.llvm_get_cpu_features(tvm.target.Target(tvm_dict)))
    missing = sorted({llvm for flag, llvm in _CPUINFO_FEATURES.items()
                      if flag in _cpuinfo_flags()} - feats)
    if missing:
        tvm_dict["mattr"] = [f"+{m}" for m in missing]
        feats = set(codegen.llvm_get_cpu_features(tvm.target.Target(tvm_dict)))
    isa = [isa for isa, flag in ((Int8Isa.AVX2, "avx2"), (Int8Isa.AVX512, "avx512bw"),
                                 (Int8Isa.VNNI, "avx512vnni"), (Int8Isa.NEON, "neon"),
                                 (Int8Isa.SDOT, "dotprod")) if flag in feats]
    width = "avx512" if "avx512f" in feats else "avx2" if "avx2" in feats else "baseline"
    return parse_target({
        "name": "host",
        "description": f"this machine: {platform.machine()} {mcpu}, {cores} cores, {width}",
        "tvm": tvm_dict, "cores": cores, "int8": [i.value for i in isa], "rpc_key": "host",
    }, "host detection")


@functools.cache
def _bundled() -> dict[str, TargetSpec]:
    specs = {}
    for entry in sorted(resources.files("tvmq.targets").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".json"):
            try:
                data = json.loads(entry.read_text())
            except json.JSONDecodeError as err:
                raise TargetError(f"bundled target {entry.name} is corrupt: {err}") from None
            spec = parse_target(data, f"bundled {entry.name}")
            if spec.name != entry.name[: -len(".json")]:
                raise TargetError(f"bundled {entry.name} names itself {spec.name!r}")
            specs[spec.name] = spec
    return specs


def list_targets() -> list[TargetSpec]:
    """All targets tvmq knows: the bundled descriptions plus ``host``."""
    return [get_target("host"), *_bundled().values()]


@functools.cache
def _host() -> TargetSpec:
    return detect_host()


def missing_cpu_features(spec: TargetSpec) -> list[str]:
    """CPU features ``spec``'s code may use that this machine lacks (e.g. ``["avx512f"]``).

    Only for llvm targets of this machine's architecture (others cannot run here at all):
    running such code would stop the process with an illegal instruction.
    """
    if spec.kind != "llvm" or spec.arch != _host().arch:
        return []
    have = set(tvm.target.codegen.llvm_get_cpu_features(_host().tvm_target()))
    want = set(tvm.target.codegen.llvm_get_cpu_features(spec.tvm_target()))
    return sorted(f for f in set(_CPUINFO_FEATURES.values()) if f in want and f not in have)


def get_target(target: str | os.PathLike | TargetSpec) -> TargetSpec:
    """Resolve a target name, a path to a target JSON file, or a `TargetSpec`.

    Raises
    ------
    TargetError
        For an unknown name (the message lists the valid ones) or an invalid file.
    """
    if isinstance(target, TargetSpec):
        return target
    if isinstance(target, os.PathLike) or str(target).endswith(".json"):
        return load_target_file(target)
    if target == "host":
        return _host()
    specs = _bundled()
    if target not in specs:
        names = ", ".join(["host", *specs])
        raise TargetError(f"unknown target {target!r}; valid targets: {names} "
                          "(or the path of a target .json file)")
    return specs[target]


def register_tvm_tags() -> None:
    """Register every bundled target with TVM's tag registry as ``tvmq/<name>``."""
    for spec in _bundled().values():
        config = dict(spec.tvm)
        if spec.host is not None:
            config["host"] = dict(spec.host)
        tvm.target.tag.register_tag(TAG_PREFIX + spec.name, config, override=True)
