"""A CNN trained on sklearn digits: int8 top-1 on the held-out split within 1 point of fp32."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

import tvmq
from tvmq.quant import QuantConfig

ROOT = Path(__file__).resolve().parents[2]
BATCH = 60


def _split():
    spec = importlib.util.spec_from_file_location(
        "train_digits_cnn", ROOT / "benchmarks" / "train_digits_cnn.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.digits_split()


def _top1(cm, x, y):
    preds = [cm.run({"image": x[i:i + BATCH]})[0].argmax(1) for i in range(0, len(x), BATCH)]
    return float((np.concatenate(preds) == y).mean())


@pytest.mark.parametrize("method", ["minmax", "entropy"])
def test_digits_int8_accuracy_within_one_point(method):
    xtr, xte, _, yte = _split()
    assert len(xte) % BATCH == 0
    model = tvmq.load_onnx(ROOT / "tests" / "data" / "digits_cnn.onnx",
                           shapes={"image": [BATCH, 1, 8, 8]})
    calib = [{"image": xtr[i:i + BATCH]} for i in range(0, 8 * BATCH, BATCH)]
    qmodel = tvmq.quantize(model, calib, QuantConfig(calib_method=method))
    acc_fp32 = _top1(tvmq.compile(model), xte, yte)
    acc_int8 = _top1(tvmq.compile(qmodel), xte, yte)
    assert acc_fp32 >= 0.95
    assert abs(acc_fp32 - acc_int8) <= 0.01, (acc_fp32, acc_int8)
