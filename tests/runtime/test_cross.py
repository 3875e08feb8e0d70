"""Compile-only cross tests: aarch64 boards (cross-linked ELF) and CUDA targets (nvcc-free PTX)."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

import tvmq
from tvmq.errors import ExportError, InputError
from tvmq.runtime.metadata import elf_machine, read_metadata

pytestmark = pytest.mark.cross

# .ci/run installs the cross compiler, so under CI its absence is a failure, not a skip.
_NO_GCC = shutil.which("aarch64-linux-gnu-gcc") is None and not os.environ.get("CI")
needs_aarch64_gcc = pytest.mark.skipif(_NO_GCC, reason="aarch64-linux-gnu-gcc missing (Debian: "
                                       "gcc-aarch64-linux-gnu; .ci/run installs it)")


@pytest.fixture(scope="module")
def rpi4_so(tiny_model, tmp_path_factory):
    if _NO_GCC:
        pytest.skip("aarch64-linux-gnu-gcc missing")
    cm = tvmq.compile(tiny_model, "rpi4")
    return cm, cm.export(tmp_path_factory.mktemp("rpi4") / "tiny_rpi4.so")


@needs_aarch64_gcc
def test_rpi4_export_is_aarch64_elf(rpi4_so):
    cm, path = rpi4_so
    assert elf_machine(path) == "aarch64"
    meta = read_metadata(path)
    assert meta.target["name"] == "rpi4" and meta.inputs == cm.inputs


@needs_aarch64_gcc
def test_rpi4_cannot_run_here(rpi4_so, tiny_model):
    cm, path = rpi4_so
    x = tiny_model.random_inputs()
    with pytest.raises(InputError, match="compiled for rpi4 .*aarch64.* session=tvmq.rpc"):
        cm.run(x)
    loaded = tvmq.load_module(path)
    assert loaded.target.name == "rpi4"
    with pytest.raises(InputError, match=r"built for aarch64 but this machine is x86_64; "
                                         r"run it on the board \(--rpc"):
        loaded.run(x)
    with pytest.raises(InputError, match="aarch64"):
        loaded.benchmark(x)


def test_missing_cross_compiler_is_clear(tiny_model, tmp_path, monkeypatch):
    cm = tvmq.compile(tiny_model, "rpi3")
    monkeypatch.setenv("PATH", str(tmp_path))  # no compilers at all
    with pytest.raises(ExportError, match="'aarch64-linux-gnu-gcc' for target rpi3 is not "
                                          "installed .*apt-get install gcc-aarch64-linux-gnu"):
        cm.export(tmp_path / "x.so")
    assert not list(tmp_path.iterdir())


@needs_aarch64_gcc
@pytest.mark.parametrize("target", ["rpi5", "neoverse-n1"])
def test_other_arm_targets_export(tiny_model, tmp_path, target):
    path = tvmq.compile(tiny_model, target).export(tmp_path / f"{target}.so")
    assert elf_machine(path) == "aarch64"


@pytest.fixture(scope="module")
def conv_model():
    from tvmq.zoo import GraphBuilder

    g = GraphBuilder("conv_relu")
    x = g.input("x", [1, 4, 8, 8])
    y = g.op("Conv", [x, g.weight([8, 4, 3, 3])], kernel_shape=[3, 3], pads=[1, 1, 1, 1])
    y = g.op("Softmax", [g.op("Reshape", [g.op("Relu", [y]), g.const(
        np.array([1, -1], "int64"))])], axis=-1)
    return tvmq.load_onnx(g.build([y]))


@pytest.mark.parametrize("target,arch", [("cuda-sm80", "x86_64"), ("jetson-orin", "aarch64")])
def test_cuda_targets_compile_and_export(conv_model, tmp_path, target, arch):
    if arch == "aarch64" and _NO_GCC:
        pytest.skip("aarch64-linux-gnu-gcc missing")
    cm = tvmq.compile(conv_model, target)
    assert cm.target.is_gpu
    path = cm.export(tmp_path / f"{target}.so")
    assert elf_machine(path) == arch
    meta = read_metadata(path)
    assert meta.target["name"] == target and meta.target["tvm"]["kind"] == "cuda"
    import tvm

    if not tvm.cuda(0).exist and arch == "x86_64":
        with pytest.raises(InputError, match="no CUDA device; run it on a GPU host"):
            tvmq.load_module(path).run(conv_model.random_inputs())
