"""Target descriptions: bundled files load and validate, register with TVM; host detection."""

from __future__ import annotations

import json
import os
import platform

import pytest
import tvm

import tvmq
from tvmq.errors import TargetError
from tvmq.target import (
    TAG_PREFIX,
    Int8Isa,
    detect_host,
    get_target,
    list_targets,
    load_target_file,
    parse_target,
    register_tvm_tags,
)

BUNDLED = ["x86-avx2", "x86-avx512", "x86-vnni", "rpi3", "rpi4", "rpi5", "neoverse-n1",
           "cuda-sm75", "cuda-sm80", "cuda-sm86", "cuda-sm90", "jetson-orin"]


def test_every_required_target_is_listed():
    names = [t.name for t in list_targets()]
    assert names[0] == "host"
    assert set(BUNDLED) <= set(names)


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_target_is_valid(name):
    spec = get_target(name)
    assert spec.name == name and spec.description and spec.cores > 0
    target = spec.tvm_target()
    assert target.kind.name == spec.kind
    again = parse_target(json.loads(json.dumps(spec.to_dict())), name)
    assert again == spec  # the JSON form round-trips
    if spec.arch == "aarch64":
        assert spec.cross_compiler == "aarch64-linux-gnu-gcc"
    if spec.is_gpu:
        assert spec.host is not None and target.host is not None
        assert target.attrs["arch"].startswith("sm_")


@pytest.mark.parametrize("name,arch,isa", [
    ("rpi3", "aarch64", set()), ("rpi4", "aarch64", {Int8Isa.NEON}),
    ("rpi5", "aarch64", {Int8Isa.SDOT}), ("x86-vnni", "x86_64", {Int8Isa.VNNI}),
    ("jetson-orin", "aarch64", {Int8Isa.DP4A}), ("cuda-sm80", "x86_64", {Int8Isa.TENSORCORE}),
])
def test_target_facts(name, arch, isa):
    spec = get_target(name)
    assert spec.arch == arch
    assert isa <= set(spec.int8)


def test_register_tvm_tags():
    register_tvm_tags()
    tags = tvm.target.tag.list_tags()
    for name in BUNDLED:
        assert TAG_PREFIX + name in tags
    sm80 = tvm.target.Target(TAG_PREFIX + "cuda-sm80")
    assert sm80.kind.name == "cuda" and sm80.attrs["arch"] == "sm_80"
    rpi4 = tvm.target.Target(TAG_PREFIX + "rpi4")
    assert rpi4.attrs["mcpu"] == "cortex-a72"
    register_tvm_tags()  # idempotent


def _cpu_flags() -> set[str]:
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith(("flags", "Features")):
                return set(line.split(":", 1)[1].split())
    return set()


@pytest.mark.skipif(not os.path.exists("/proc/cpuinfo"), reason="needs Linux /proc/cpuinfo")
def test_host_detection_matches_this_machine():
    host = get_target("host")
    assert host is get_target("host")  # detected once
    assert host.kind == "llvm" and host.cross_compiler is None
    assert host.cores == len(os.sched_getaffinity(0)) == host.tvm["num-cores"]
    mcpu = tvm.target.codegen.llvm_get_system_cpu()
    assert host.tvm.get("mcpu") == (None if mcpu == "generic" else mcpu)
    assert host.arch == ("aarch64" if platform.machine() in ("aarch64", "arm64")
                         else platform.machine())
    flags = _cpu_flags()
    expect = {Int8Isa.AVX2: "avx2" in flags, Int8Isa.AVX512: "avx512bw" in flags,
              Int8Isa.VNNI: "avx512_vnni" in flags}
    if platform.machine() == "x86_64":
        for isa, present in expect.items():
            assert (isa in host.int8) == present, (isa, sorted(flags))
    # mcpu + mattr give LLVM every feature the CPU really has (LLVM's cpu name for a VM's
    # "Intel Xeon Processor" can be an older model: rocketlake here, without AMX/AVX-VNNI)
    feats = set(tvm.target.codegen.llvm_get_cpu_features(host.tvm_target()))
    for flag, feat in (("avx2", "avx2"), ("avx512f", "avx512f"), ("fma", "fma"),
                       ("avx512_vnni", "avx512vnni"), ("avx_vnni", "avxvnni"),
                       ("amx_int8", "amx-int8"), ("avx512_bf16", "avx512bf16"),
                       ("asimddp", "dotprod")):
        assert (flag not in flags) or (feat in feats), (flag, host.tvm)
    assert detect_host() == host


def test_unknown_target_lists_valid_names():
    with pytest.raises(TargetError) as info:
        get_target("rpi44")
    msg = str(info.value)
    assert "unknown target 'rpi44'" in msg
    for name in ["host", *BUNDLED]:
        assert name in msg
    with pytest.raises(TargetError, match="unknown target"):
        tvmq.compile(tvmq.load_onnx(_tiny()), "rpi44")


def _tiny():
    from tvmq_testing import tiny_proto

    return tiny_proto()


def _user(tmp_path, **changes):
    data = get_target("rpi4").to_dict() | {"name": "my-board"} | changes
    path = tmp_path / "my-board.json"
    path.write_text(json.dumps({k: v for k, v in data.items() if v is not ...}))
    return path


def test_user_target_file(tmp_path):
    spec = get_target(str(_user(tmp_path, cores=2)))
    assert spec.name == "my-board" and spec.cores == 2 and spec.arch == "aarch64"
    assert get_target(_user(tmp_path)) == load_target_file(_user(tmp_path))


@pytest.mark.parametrize("changes,match", [
    ({"colour": "red"}, r"unknown keys \['colour'\]; valid keys are"),
    ({"tvm": {"kind": "opencl"}}, "kind 'opencl' is not supported; use 'llvm' or 'cuda'"),
    ({"tvm": {"mcpu": "x"}}, "must be a TVM target dict with a 'kind'"),
    ({"tvm": {"kind": "llvm", "bogus-attr": 1}}, "TVM rejects its 'tvm' dict"),
    ({"int8": ["avx9"]}, "'int8' must be a list drawn from"),
    ({"cores": 0}, "'cores' must be a positive integer"),
    ({"tuning": {"trails": 5}}, "'tuning' must be an object with keys from"),
    ({"name": ...}, r"missing required keys \['name'\]"),
])
def test_invalid_user_target(tmp_path, changes, match):
    path = _user(tmp_path, **changes)
    with pytest.raises(TargetError, match=match) as info:
        get_target(str(path))
    assert str(path) in str(info.value)


def test_user_target_not_json(tmp_path):
    path = tmp_path / "t.json"
    path.write_text("{name: rpi4")
    with pytest.raises(TargetError, match="is not valid JSON"):
        get_target(str(path))
    with pytest.raises(TargetError, match="does not exist"):
        get_target(str(tmp_path / "none.json"))
