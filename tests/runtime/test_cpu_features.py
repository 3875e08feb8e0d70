"""Code compiled for CPU features this machine lacks is refused before it runs."""

from __future__ import annotations

import numpy as np
import pytest
import tvm
from tvmq_testing import tiny_proto

import tvmq
from tvmq.errors import InputError
from tvmq.target import get_target, missing_cpu_features, parse_target


def test_host_code_lacks_nothing():
    assert missing_cpu_features(get_target("host")) == []
    assert missing_cpu_features(get_target("rpi4")) == []  # another architecture: not run here


def test_code_for_features_this_cpu_lacks_raises_instead_of_crashing():
    host = get_target("host")
    have = set(tvm.target.codegen.llvm_get_cpu_features(host.tvm_target()))
    extra = next((f for f in ("avx512f", "avx512vnni", "amx-int8") if f not in have), None)
    if extra is None:
        pytest.skip("this CPU has every feature the check knows")
    tvm_dict = dict(host.tvm)
    tvm_dict["mattr"] = [*tvm_dict.get("mattr", []), f"+{extra}"]
    spec = parse_target({"name": "more-than-host", "tvm": tvm_dict, "int8": []})
    assert extra in missing_cpu_features(spec)
    cm = tvmq.compile(tvmq.load_onnx(tiny_proto()), spec)
    with pytest.raises(InputError, match=f"lacks.*{extra}"):
        cm.run({"x": np.ones((1, 4), "float32")})
