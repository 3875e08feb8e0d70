"""Bad calibration data, skip names and tables give clear errors."""

import numpy as np
import pytest

import tvmq
from tvmq.errors import ConfigError, InputError
from tvmq.quant import QuantConfig, UInt8Asymmetric, quantize_with_report


@pytest.fixture(scope="module")
def model(mlp_model):
    return mlp_model


def _x(shape=(4, 32), dtype="float32"):
    return {"x": np.random.default_rng(0).standard_normal(shape).astype(dtype)}


@pytest.mark.parametrize("data,msg", [
    ([], "calibration data set is empty"),
    ([{"y": _x()["x"]}], r"inputs \['y'\] do not match the model's inputs \['x'\]"),
    ([_x((4, 31))], r"input 'x' has shape \[4, 31\], the model expects \[4, 32\]"),
    ([_x(dtype="float64")], "input 'x' has dtype float64, the model expects float32"),
    ([{"x": np.full((4, 32), np.nan, "float32")}], "input 'x' contains NaN"),
    ([_x(), {"x": np.full((4, 32), np.inf, "float32")}], "batch 1: input 'x' contains Inf"),
    ([[1, 2]], "expected a dict"),
    (42, "iterable of input dicts"),
])
def test_bad_calibration_data(model, data, msg):
    with pytest.raises(InputError, match=msg):
        tvmq.quantize(model, data)


def test_npz_calibration_file(model, tmp_path):
    np.savez(tmp_path / "calib.npz", x=np.concatenate([_x()["x"]] * 3))
    qm = tvmq.quantize(model, tmp_path / "calib.npz")
    assert qm.transforms == ("quantize:int8",)
    np.savez(tmp_path / "bad.npz", x=np.zeros((6, 32), "float32"))
    with pytest.raises(InputError, match=r"expected \[N\*4, 32\]"):
        tvmq.quantize(model, tmp_path / "bad.npz")
    np.savez(tmp_path / "other.npz", y=np.zeros((4, 32), "float32"))
    with pytest.raises(InputError, match=r"lacks input\(s\) \['x'\]"):
        tvmq.quantize(model, str(tmp_path / "other.npz"))
    with pytest.raises(InputError, match="cannot read"):
        tvmq.quantize(model, tmp_path / "missing.npz")


def test_all_zero_input_does_not_divide_by_zero(model):
    with np.errstate(all="raise"):
        qm, report, table = quantize_with_report(model, [{"x": np.zeros((4, 32), "float32")}],
                                                 measure_sqnr=False)
    assert all(np.isfinite(t.scale) and t.scale > 0 for t in table.tensors.values())
    assert qm.transforms == ("quantize:int8",)


def test_unknown_skip_names_list_valid_ones(model):
    with pytest.raises(ConfigError, match=r"\['fc9'\] match no quantizable layer; valid names: "
                                          r"matmul_0 \(MatMul_\d+\), matmul_1"):
        tvmq.quantize(model, [_x()], QuantConfig(skip=("fc9",)))


def test_skip_by_onnx_name_and_op_type(model):
    onnx_name = model.source.graph.node[0].name
    _, report, _ = quantize_with_report(model, [_x()], QuantConfig(skip=(onnx_name,)),
                                        measure_sqnr=False)
    assert report.layers[0].status == "skipped by name"
    _, report, _ = quantize_with_report(model, [_x()], QuantConfig(skip_op_types=("matmul",)),
                                        measure_sqnr=False)
    assert {r.status for r in report.layers} == {"op type matmul skipped"}


def test_table_reuse_and_mismatch(model, tmp_path):
    qm, _, _ = quantize_with_report(model, [_x()], save_table=tmp_path / "t.json",
                                    measure_sqnr=False)
    again = tvmq.quantize(model, table=tmp_path / "t.json")
    import tvm
    tvm.ir.assert_structural_equal(qm.mod, again.mod)
    with pytest.raises(ConfigError, match="made for int8-symmetric"):
        tvmq.quantize(model, table=tmp_path / "t.json",
                      config=QuantConfig(activations=UInt8Asymmetric()))
    other = tvmq.load_onnx(tvmq.zoo.resnet_cnn(image=8, channels=(4, 4, 4)))
    with pytest.raises(ConfigError, match="no entry for layer"):
        tvmq.quantize(other, table=tmp_path / "t.json")
    (tmp_path / "t.json").write_text('{"version": 1, "tensors": ')
    with pytest.raises(ConfigError, match="corrupt"):
        tvmq.quantize(model, table=tmp_path / "t.json")
    with pytest.raises(ConfigError, match="calibration data"):
        tvmq.quantize(model)
