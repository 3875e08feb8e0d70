"""Weight-only mode on a BERT-style encoder: int8 weights survive compilation, outputs close."""

import re

import numpy as np
import pytest
import tvm

import tvmq
import tvmq.zoo
from tvmq.compiler import CompileOptions
from tvmq.pipeline import PipelineContext, get_pipeline, run_pipeline
from tvmq.quant import get_scheme, quantize_with_report
from tvmq.quant.report import sqnr_db


@pytest.fixture(scope="module")
def bert():
    m = tvmq.load_onnx(tvmq.zoo.bert_encoder())
    xs = [m.random_inputs(i) for i in range(2)]
    cf = tvmq.compile(m)
    return m, xs, [cf.run(x)[0] for x in xs]


# tolerances: output SQNR vs fp32 (53 dB / 27 dB measured) and per-token cosine similarity
@pytest.mark.parametrize("scheme,min_db,min_cos", [("w8-only", 40.0, 0.9999),
                                                   ("w4-only", 20.0, 0.995)])
def test_weight_only_fidelity(bert, scheme, min_db, min_cos):
    m, xs, refs = bert
    qm, report, _ = quantize_with_report(m, None, get_scheme(scheme))
    assert len(report.layers) == 6 and all("weight-only" in r.status for r in report.layers)
    assert qm.param_bytes() < 0.5 * m.param_bytes()
    cq = tvmq.compile(qm)
    for x, a in zip(xs, refs, strict=True):
        b = cq.run(x)[0]
        assert sqnr_db(a, b) >= min_db
        cos = (a * b).sum(-1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1)
        assert cos.min() >= min_cos


def test_weight_only_weights_stay_int8_after_pipeline(bert):
    qm = tvmq.quantize(bert[0], config=get_scheme("w8-only"))
    spec = tvmq.get_target("host")
    ctx = PipelineContext(spec=spec, target=spec.tvm_target(), options=CompileOptions())
    mod, _ = run_pipeline(qm.mod, [p for p in get_pipeline("default", ctx)
                                   if p.name != "lower"], ctx)
    kernels = [gv.name_hint for gv, f in mod.functions.items()
               if isinstance(f, tvm.tirx.PrimFunc) and "_w8" in gv.name_hint]
    assert kernels
    for name in kernels:
        text = mod[name].script()
        # the weight stays int8 (2-D, or packed [N/nr, K, nr] by the default schedule)
        assert re.search(r'T\.Buffer\(\(T\.int64\(\d+\)(, T\.int64\(\d+\)){1,2}\), "int8"\)',
                         text), name
