"""QuantConfig validation, the scheme registry and CalibrationTable JSON round trips."""

import json

import pytest

import tvmq
import tvmq.target
from tvmq.errors import ConfigError
from tvmq.quant import (
    CalibrationTable,
    FixedPointRequant,
    FloatRequant,
    PerChannel,
    PerTensor,
    QuantConfig,
    TensorQParams,
    UInt8Asymmetric,
    get_scheme,
    list_schemes,
)


def test_config_round_trip_and_unknown_keys():
    cfg = QuantConfig(activations=UInt8Asymmetric(), weight_granularity=PerTensor(),
                      calib_method="entropy", skip=["conv2d_0"])
    assert cfg.skip == ("conv2d_0",)
    assert QuantConfig.from_dict(cfg.to_dict()) == cfg
    with pytest.raises(ConfigError, match="unknown quantization option.*'bitz'"):
        QuantConfig.from_dict({"bitz": 8})


@pytest.mark.parametrize("kw,msg", [
    ({"weight_bits": 6}, "weight_bits"), ({"calib_method": "kl"}, "calib_method"),
    ({"weight_granularity": "per_channel"}, "weight_granularity"),
    ({"activations": "int8"}, "activations"), ({"percentile": 20}, "percentile"),
    ({"skip_op_types": ["softmax"]}, "skip_op_types"), ({"requantize": "int"}, "requantize")])
def test_config_rejects_bad_values(kw, msg):
    with pytest.raises(ConfigError, match=msg):
        QuantConfig.from_dict(kw) if isinstance(next(iter(kw.values())), str | list) \
            else QuantConfig(**kw)


def test_config_rejects_other_channel_axes_and_bad_combinations():
    with pytest.raises(ConfigError, match="axis 0 only"):
        QuantConfig(weight_granularity=PerChannel(1))
    with pytest.raises(ConfigError, match="cannot be combined"):
        QuantConfig(weight_only=True, simulate=True)


def test_config_requantize_is_typed():
    assert QuantConfig().requantize == FloatRequant()
    cfg = QuantConfig(requantize=FixedPointRequant())
    assert cfg.to_dict()["requantize"] == "fixed-point"
    assert QuantConfig.from_dict(cfg.to_dict()) == cfg
    with pytest.raises(ConfigError, match="FloatRequant.. or FixedPointRequant"):
        QuantConfig(requantize="float")  # type: ignore[arg-type]


def test_config_is_frozen_and_typed():
    cfg = QuantConfig()
    assert cfg.weight_granularity == PerChannel(0)
    with pytest.raises(AttributeError):
        cfg.weight_bits = 4  # type: ignore[misc]


def test_scheme_registry():
    assert {"int8", "u8s8", "int8-per-tensor", "w4a8"} <= set(list_schemes())
    assert get_scheme("u8s8").activations == UInt8Asymmetric()
    with pytest.raises(ConfigError, match="valid"):
        get_scheme("int3")


def _table():
    return CalibrationTable("m", "minmax", "int8-symmetric",
                            {"conv2d_0:input": TensorQParams(-1.0, 2.0, 2 / 127, 0, "int8")},
                            {"conv2d_0": "conv2d_0:input"})


def test_table_round_trip_atomic(tmp_path):
    path = _table().save(tmp_path / "t.json")
    assert CalibrationTable.load(path) == _table()
    assert [p.name for p in tmp_path.iterdir()] == ["t.json"]


@pytest.mark.parametrize("text,msg", [
    ("{not json", "not valid JSON"), ("[]", "not a JSON object"),
    ('{"version": 1}', "missing key"), ('{"version": 9}', "version 9")])
def test_corrupt_table(tmp_path, text, msg):
    (tmp_path / "t.json").write_text(text)
    with pytest.raises(ConfigError, match=msg):
        CalibrationTable.load(tmp_path / "t.json")


def test_table_bad_values(tmp_path):
    d = _table().to_dict()
    d["tensors"]["conv2d_0:input"]["scale"] = -1
    (tmp_path / "t.json").write_text(json.dumps(d))
    with pytest.raises(ConfigError, match="non-positive"):
        CalibrationTable.load(tmp_path / "t.json")
    d = _table().to_dict()
    d["layers"]["conv2d_1"] = "nope"
    with pytest.raises(ConfigError, match="unknown tensors"):
        CalibrationTable.from_dict(d)
    with pytest.raises(ConfigError, match="cannot read"):
        CalibrationTable.load(tmp_path / "missing.json")


@pytest.mark.parametrize("target, scheme", [
    ("x86-avx2", "w7a8"), ("x86-avx512", "int8"), ("x86-vnni", "int8"), ("rpi4", "int8"),
    ("cuda-sm75", "int8")])
def test_recommended_scheme_follows_the_targets_int8_instructions(target, scheme):
    assert tvmq.quant.recommended_scheme(target) == scheme
    assert tvmq.quant.get_scheme(scheme).weight_bits == (7 if scheme == "w7a8" else 8)


def test_recommended_scheme_for_a_target_without_int8_instructions():
    spec = tvmq.target.parse_target({"name": "plain", "tvm": {"kind": "llvm"}, "int8": []})
    assert tvmq.quant.recommended_scheme(spec) == "int8"
