"""Pre-quantized ONNX Runtime QDQ models are realized with tvmq's integer kernels."""

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnxruntime.quantization import (
    CalibrationDataReader,
    QuantFormat,
    QuantType,
    quantize_static,
)

import tvmq
from tvmq.errors import ConfigError
from tvmq.quant import quantize_with_report
from tvmq.quant.qdq import import_qdq


class _Reader(CalibrationDataReader):
    def __init__(self, batches):
        self.it = iter(batches)

    def get_next(self):
        return next(self.it, None)


def test_ort_qdq_model_matches_onnxruntime_int8(tmp_path):
    m = tvmq.load_onnx("tests/data/digits_cnn.onnx", shapes={"image": [4, 1, 8, 8]})
    rng = np.random.default_rng(0)
    calib = [{"image": rng.random((4, 1, 8, 8)).astype("float32")} for _ in range(4)]
    onnx.save(m.source, tmp_path / "f.onnx")
    quantize_static(str(tmp_path / "f.onnx"), str(tmp_path / "q.onnx"), _Reader(calib),
                    quant_format=QuantFormat.QDQ, per_channel=True,
                    activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8)
    qdq = tvmq.load_onnx(tmp_path / "q.onnx", shapes={"image": [4, 1, 8, 8]})
    fmodel, table, config = import_qdq(qdq)
    assert table.activations == "uint8-asymmetric" and config.skip == ()
    qm, report, _ = quantize_with_report(fmodel, None, config, table=table, measure_sqnr=False)
    # ONNX Runtime's int8 weights are reproduced exactly
    assert all(r.weight_sqnr_db == float("inf") for r in report.layers)
    # the QDQ graph run as written (DequantizeLinear -> float op -> QuantizeLinear): onnxruntime's
    # fused uint8 x int8 kernels saturate on x86 without VNNI (see tvmq_testing)
    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
    sess = ort.InferenceSession(str(tmp_path / "q.onnx"), opts,
                                providers=["CPUExecutionProvider"])
    cq, cf = tvmq.compile(qm), tvmq.compile(m)
    for x in calib[:2]:
        ref = sess.run(None, x)[0]
        # tvmq int8 is much closer to ORT int8 than fp32 is (requantize rounding only)
        assert np.abs(cq.run(x)[0] - ref).max() < 0.5 * np.abs(cf.run(x)[0] - ref).max()
    with pytest.raises(ConfigError, match="not a QDQ model"):
        import_qdq(m)
