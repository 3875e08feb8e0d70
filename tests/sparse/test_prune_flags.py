import json

import numpy as np
import onnx
import pytest

from tvmq.cli import build_parser, main, prune_flags
from tvmq.errors import ConfigError
from tvmq.zoo import bert_encoder


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("m") / "bert.onnx"
    onnx.save(bert_encoder(seq=8, hidden=32, heads=2, ffn=64), path)
    return path


def _args(*argv):
    return build_parser().parse_args(["compile", "m.onnx", *argv])


def test_flags_parse_and_default_to_no_pruning():
    args = _args("--prune", "0.8", "--block", "8x1", "--prune-method", "l2")
    assert args.prune == 0.8 and args.block == "8x1" and args.prune_method == "l2"
    assert _args().prune is None


def test_compile_with_prune_writes_report(model_path, tmp_path, capsys):
    report = tmp_path / "r.json"
    out = tmp_path / "m.so"
    rc = main(["compile", str(model_path), "-o", str(out), "--prune", "0.5", "--block", "16x1",
               "--prune-min-params", "0", "--prune-report", str(report)])
    assert rc == 0 and out.exists()
    assert "layers to BSR" in capsys.readouterr().err
    data = json.loads(report.read_text())
    assert data["config"] == "prune:0.5:16x1:magnitude" and len(data["layers"]) == 6


def test_wanda_needs_calibration_and_uses_npz(model_path, tmp_path):
    from tvmq import load_onnx

    model = load_onnx(str(model_path))
    args = _args("--prune", "0.5", "--prune-method", "wanda", "--prune-min-params", "0")
    with pytest.raises(ConfigError, match="calibration"):
        prune_flags.apply(args, model)
    calib = tmp_path / "calib.npz"
    np.savez(calib, **model.random_inputs(3))
    args.calib = str(calib)  # what the quantization flags provide
    pruned = prune_flags.apply(args, model)
    assert pruned.transforms == ("prune:0.5:16x1:wanda",)


def test_bad_values_exit_with_config_error(model_path, capsys):
    assert main(["compile", str(model_path), "--prune", "1.5"]) == 2
    assert "sparsity must be in [0, 1)" in capsys.readouterr().err
    assert main(["compile", str(model_path), "--prune", "0.5", "--prune-skip", "bogus"]) == 2
    assert "prunable layers" in capsys.readouterr().err


def test_channel_method_gives_smaller_model(tmp_path):
    from tvmq import load_onnx
    from tvmq.zoo import resnet_cnn

    path = tmp_path / "cnn.onnx"
    onnx.save(resnet_cnn(image=16, channels=(8, 16, 32)), path)
    model = load_onnx(str(path))
    args = _args("--prune", "0.5", "--prune-method", "channel")
    small = prune_flags.apply(args, model)
    assert small.transforms == ("channels:0.5",) and small.param_bytes() < model.param_bytes()


def test_error_budget_scope_needs_calibration(model_path):
    from tvmq import load_onnx

    args = _args("--prune", "0.5", "--prune-scope", "error_budget", "--prune-min-params", "0")
    assert args.prune_scope == "error_budget"
    with pytest.raises(ConfigError, match="--prune-scope error_budget needs calibration"):
        prune_flags.apply(args, load_onnx(str(model_path)))
