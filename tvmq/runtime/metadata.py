"""Metadata carried inside exported libraries, in an ELF section named ``.tvmq_meta``."""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ExportError
from ..model import TensorSpec

SECTION = ".tvmq_meta"
FORMAT_VERSION = 1
ELF_MACHINES = {0x3E: "x86_64", 0xB7: "aarch64", 0x28: "arm", 0xF3: "riscv"}


@dataclass(frozen=True)
class ModuleMetadata:
    """Everything needed to run an exported module without the original model."""

    model: str
    target: dict[str, Any]  # the TargetSpec in its JSON form
    inputs: tuple[TensorSpec, ...]
    outputs: tuple[TensorSpec, ...]
    transforms: tuple[str, ...] = ()
    tvmq_version: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        """Serialize to JSON."""
        return json.dumps({
            "format": FORMAT_VERSION, "model": self.model, "target": self.target,
            "inputs": [s.to_dict() for s in self.inputs],
            "outputs": [s.to_dict() for s in self.outputs],
            "transforms": list(self.transforms), "tvmq_version": self.tvmq_version,
            "extra": self.extra,
        }, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ModuleMetadata:
        """Inverse of `to_json`."""
        d = json.loads(text)
        if d.get("format") != FORMAT_VERSION:
            raise ExportError(f"module metadata format {d.get('format')} is not supported "
                              f"(this tvmq reads format {FORMAT_VERSION}); re-export it")
        return cls(model=d["model"], target=d["target"],
                   inputs=tuple(TensorSpec.from_dict(x) for x in d["inputs"]),
                   outputs=tuple(TensorSpec.from_dict(x) for x in d["outputs"]),
                   transforms=tuple(d.get("transforms", ())),
                   tvmq_version=d.get("tvmq_version", ""), extra=d.get("extra", {}))


def metadata_source(meta: ModuleMetadata, path: Path) -> Path:
    """Write a C/C++ source that places the metadata JSON in the ``.tvmq_meta`` section."""
    blob = meta.to_json().encode()
    body = ",".join(str(b) for b in blob)
    path.write_text(
        f'__attribute__((used, section("{SECTION}"))) unsigned char tvmq_metadata_blob[] = '
        f"{{{body}}};\n")
    return path


def _sections(data: bytes, path: Path) -> tuple[str, dict[str, tuple[int, int]]]:
    if data[:4] != b"\x7fELF":
        raise ExportError(f"{path} is not an ELF shared library")
    if data[4] != 2 or data[5] != 1:
        raise ExportError(f"{path}: only 64-bit little-endian libraries are supported")
    machine = ELF_MACHINES.get(struct.unpack_from("<H", data, 0x12)[0], "unknown")
    shoff = struct.unpack_from("<Q", data, 0x28)[0]
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = []
    for i in range(shnum):
        off = shoff + i * shentsize
        name, _type = struct.unpack_from("<II", data, off)
        sh_offset, sh_size = struct.unpack_from("<QQ", data, off + 0x18)
        headers.append((name, sh_offset, sh_size))
    str_off = headers[shstrndx][1] if shstrndx < len(headers) else 0
    table = {}
    for name, off, size in headers:
        end = data.index(b"\0", str_off + name)
        table[data[str_off + name:end].decode(errors="replace")] = (off, size)
    return machine, table


def elf_machine(path: str | Path) -> str:
    """The CPU architecture an ELF library was built for (``x86_64``, ``aarch64``...)."""
    p = Path(path)
    return _sections(p.read_bytes(), p)[0]


def read_metadata(path: str | Path) -> ModuleMetadata:
    """Read the metadata of a library exported by `CompiledModel.export`.

    Raises
    ------
    ExportError
        The file is missing, not an ELF library, or was not exported by tvmq.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise ExportError(f"module file {p} does not exist") from None
    except OSError as err:
        raise ExportError(f"cannot read module file {p}: {err}") from None
    try:
        _, sections = _sections(data, p)
    except (struct.error, IndexError, ValueError):
        raise ExportError(f"{p} is a truncated or corrupt ELF file") from None
    if SECTION not in sections:
        raise ExportError(f"{p} carries no tvmq metadata: export it with `tvmq compile -o` or "
                          "CompiledModel.export")
    off, size = sections[SECTION]
    try:
        return ModuleMetadata.from_json(data[off:off + size].rstrip(b"\0").decode())
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError) as err:
        raise ExportError(f"{p}: its tvmq metadata is corrupt ({err})") from None
