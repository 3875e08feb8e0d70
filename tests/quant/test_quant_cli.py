"""The --quantize CLI flags call tvmq.quantize and report errors with exit codes."""

import json

import numpy as np
import onnx
import pytest

import tvmq
from tvmq.cli import main


@pytest.fixture(scope="module")
def files(tmp_path_factory, mlp_model):
    d = tmp_path_factory.mktemp("cli")
    onnx.save(mlp_model.source, d / "mlp.onnx")
    rng = np.random.default_rng(0)
    np.savez(d / "calib.npz", x=rng.standard_normal((16, 32)).astype("float32"))
    return d


def test_compile_quantized_save_and_load_table(files, capsys):
    d = files
    rc = main(["compile", str(d / "mlp.onnx"), "--quantize", "int8", "--calib",
               str(d / "calib.npz"), "--calib-method", "percentile", "--save-table",
               str(d / "t.json"), "--quant-report", "-o", str(d / "q.so")])
    assert rc == 0
    err = capsys.readouterr().err
    assert "matmul_0" in err and "int8->int8" in err
    assert json.loads((d / "t.json").read_text())["method"] == "percentile"
    assert main(["compile", str(d / "mlp.onnx"), "--quantize", "int8", "--load-table",
                 str(d / "t.json"), "-o", str(d / "q2.so")]) == 0


def test_cli_errors(files, capsys):
    d = files
    assert main(["compile", str(d / "mlp.onnx"), "--quantize", "int8", "--calib",
                 str(d / "calib.npz"), "--skip", "nope", "-o", str(d / "x.so")]) == 2
    assert "valid names: matmul_0" in capsys.readouterr().err
    assert main(["compile", str(d / "mlp.onnx"), "--calib", str(d / "calib.npz")]) == 2
    assert "--calib need(s) --quantize" in capsys.readouterr().err
    assert main(["compile", str(d / "mlp.onnx"), "--quantize", "int8"]) == 2
    (d / "bad.json").write_text("{")
    assert main(["compile", str(d / "mlp.onnx"), "--quantize", "int8", "--load-table",
                 str(d / "bad.json")]) == 2
    assert "corrupt" in capsys.readouterr().err


@pytest.mark.parametrize("scheme", ["w8-only", "dynamic-int8"])
def test_weight_only_needs_no_calibration(files, scheme):
    d = files
    assert main(["compile", str(d / "mlp.onnx"), "--quantize", scheme, "-o",
                 str(d / f"{scheme}.so")]) == 0


def test_quantize_auto_picks_the_targets_scheme(files, capsys):
    d = files
    assert main(["compile", str(d / "mlp.onnx"), "--target", "x86-avx2", "--quantize", "auto",
                 "--calib", str(d / "calib.npz"), "-o", str(d / "auto.so")]) == 0
    assert "--quantize auto: w7a8 for target x86-avx2" in capsys.readouterr().err
    meta = tvmq.load_module(d / "auto.so").metadata
    assert any("int7" in t for t in meta.transforms)
    assert main(["compile", str(d / "mlp.onnx"), "--target", "x86-vnni", "--quantize", "auto",
                 "--calib", str(d / "calib.npz"), "-o", str(d / "auto8.so")]) == 0
    assert "--quantize auto: int8 for target x86-vnni" in capsys.readouterr().err
