"""End to end: quantize, compile, run resnet_cnn and an MLP; the IR runs int8 x int8 -> int32."""

import re

import pytest
import tvm
from tvmq_testing import int8_reductions, legalize_for_host

import tvmq
import tvmq.zoo
from tvmq.pipeline import run_pipeline
from tvmq.quant import QuantConfig, UInt8Asymmetric, quantize_with_report
from tvmq.quant.report import sqnr_db
from tvmq.schedule import Int8AsFp32
from tvmq.schedule.target_info import cpu_info


@pytest.fixture(scope="module")
def resnet():
    m = tvmq.load_onnx(tvmq.zoo.resnet_cnn())
    return m, tvmq.compile(m), [m.random_inputs(100 + i) for i in range(3)]


def _fidelity(cm_f, cm_q, samples):
    return min(sqnr_db(cm_f.run(x)[0], cm_q.run(x)[0]) for x in samples)


@pytest.mark.parametrize("config", [QuantConfig(), QuantConfig(activations=UInt8Asymmetric(),
                                                               calib_method="percentile")],
                         ids=["int8-minmax", "u8-percentile"])
def test_resnet_int8_close_to_fp32(resnet, config):
    m, cm_f, samples = resnet
    measure = config == QuantConfig()
    qm, report, _ = quantize_with_report(m, [m.random_inputs(i) for i in range(6)], config,
                                         measure_sqnr=measure)
    assert qm.transforms[-1] == "quantize:int8"
    if measure:  # every layer's output within 25 dB of float (30-38 dB measured)
        assert all(r.output_sqnr_db > 25 for r in report.layers), report.format()
    assert report.param_bytes_after < 0.3 * report.param_bytes_before
    statuses = [r.status for r in report.layers]
    assert statuses.count("int8->int8 (requantized)") >= 3
    # tolerance: output SQNR >= 25 dB against fp32 (about 32-35 dB measured)
    assert _fidelity(cm_f, tvmq.compile(qm), samples) >= 25.0


def test_mlp_int8_chains_int8_between_matmuls(mlp_model):
    m = mlp_model
    qm, report, _ = quantize_with_report(m, [m.random_inputs(i) for i in range(8)])
    assert [r.status for r in report.layers] == [
        "int8->int8 (requantized)", "int8->int8 (requantized)", "int8->float (dequantized)"]
    text = qm.mod["main"].script()
    assert text.count("R.matmul(") == 3 and text.count('out_dtype="int32"') == 3
    assert text.count("R.round(") == 1  # one float->int8 boundary, at the input
    cf, cq = tvmq.compile(m), tvmq.compile(qm)
    xs = [m.random_inputs(50 + i) for i in range(3)]
    assert _fidelity(cf, cq, xs) >= 25.0


def test_compiled_ir_runs_int8_with_int32_accumulation(resnet):
    m = resnet[0]
    qm = tvmq.quantize(m, [m.random_inputs(0)], QuantConfig(skip=["conv2d_0"]))
    # the kernels' compute definitions, before the schedules tensorize their reductions
    legalized, later, ctx = legalize_for_host(qm.mod)
    found = int8_reductions(legalized)
    assert len(found) == 10
    # every conv2d/matmul runs int8 x int8 -> int32 except the skipped first conv and the
    # layers x86 computes bit-exactly in fp32 (tvmq.schedule.Int8AsFp32: short reductions,
    # the 10-class Gemm)
    as_fp32 = len(re.findall(r"x_f32\w*: R\.Tensor", Int8AsFp32(qm.mod).script()))
    not_int8 = sorted(k for k, v in found.items() if not v)
    assert "fused_conv2d_add_relu" in not_int8 and len(not_int8) == 1 + as_fp32
    # and the scheduled int8 kernels keep int8 operands: with AVX-512 each reduction step is
    # an int8 dot-product instruction accumulating into int32 vectors
    mod, _ = run_pipeline(legalized, later, ctx)
    if cpu_info(ctx.target).avx512:
        rules = {gv.name_hint: str(f.attrs["tvmq.schedule_rule"])
                 for gv, f in mod.functions.items() if isinstance(f, tvm.tirx.PrimFunc)
                 and re.search("conv2d|matmul", gv.name_hint) and "preproc" not in gv.name_hint}
        int8_rules = {k for k, v in rules.items()
                      if v in ("Conv2dInt8", "Conv2dInt8Nhwc", "MatmulInt8")}
        assert len(int8_rules) == 9 - as_fp32, rules
        for name in int8_rules:
            text = mod[name].script()
            assert re.search(r"vpdpbusd.512|pmaddw.d.512|avx2.pmadd", text)
            assert re.search(r'T\.Buffer\(\(.*?\), "int8"\)', text)


def test_simulate_mode_matches_real_int8(mlp_model):
    m = mlp_model
    calib = [m.random_inputs(i) for i in range(4)]
    real = tvmq.compile(tvmq.quantize(m, calib))
    sim_model, report, _ = quantize_with_report(m, calib, QuantConfig(simulate=True),
                                                measure_sqnr=False)
    assert sim_model.transforms == ("quantize:int8-simulated",)
    assert all(r.status.startswith("simulated") for r in report.layers)
    assert 'out_dtype="int32"' not in sim_model.mod["main"].script()
    sim, fp = tvmq.compile(sim_model), tvmq.compile(m)
    x = m.random_inputs(7)
    a, b, c = fp.run(x)[0], sim.run(x)[0], real.run(x)[0]
    # simulated and real int8 differ only by requantize rounding: much closer to each other
    # than either is to fp32
    assert sqnr_db(b, c) > sqnr_db(a, c) + 6
