"""`tvmq.compile` options: unknown ones rejected, IR dumps per phase, pipeline registry."""

from __future__ import annotations

import pytest

import tvmq
from tvmq.errors import CompileError, ConfigError
from tvmq.pipeline import list_pipelines


def test_unknown_option_lists_valid_ones(tiny_model):
    with pytest.raises(ConfigError, match=r"unknown compile option\(s\) \['opt_level'\]; valid: "
                                          r"\['dump_ir', 'fast_math', 'int8_nhwc', "
                                          r"'int8_winograd', 'pipeline', 'tuning_log'\]"):
        tvmq.compile(tiny_model, "host", opt_level=3)


@pytest.mark.parametrize("name", ["fast_math", "int8_nhwc", "int8_winograd"])
def test_switch_options_must_be_bools(tiny_model, name):
    with pytest.raises(ConfigError, match=f"compile option {name} must be True or False, got 1"):
        tvmq.compile(tiny_model, "host", **{name: 1})


def test_compile_needs_a_model():
    with pytest.raises(ConfigError, match="needs a tvmq.Model .*got str"):
        tvmq.compile("model.onnx", "host")


def test_unknown_pipeline(tiny_model):
    with pytest.raises(ConfigError, match=r"unknown pipeline 'nope'; registered: .*'default'"):
        tvmq.compile(tiny_model, "host", pipeline="nope")


def test_dump_ir_writes_every_phase(tiny_model, tmp_path):
    cm = tvmq.compile(tiny_model, "host", dump_ir=tmp_path / "ir")
    names = sorted(p.name for p in (tmp_path / "ir").iterdir())
    assert names == ["00_input.py", "01_simplify.py", "02_rewrite.py", "03_dispatch.py",
                     "04_legalize.py", "05_schedule.py", "06_lower.py"]
    assert "R.matmul" in (tmp_path / "ir" / "00_input.py").read_text()
    assert "prim_func" in (tmp_path / "ir" / "04_legalize.py").read_text()
    assert set(cm.info["phase_seconds"]) == {"simplify", "rewrite", "dispatch", "legalize",
                                             "schedule", "lower"}
    assert "default" in list_pipelines()


def test_ill_formed_phase_output_is_dumped(tiny_model, tmp_path, monkeypatch):
    """The module a phase got wrong is written before the error: it is what a report needs."""
    import tvm

    checked = []

    def check(mod):
        checked.append(mod)
        return len(checked) < 3  # the third phase, dispatch, "produces an ill-formed module"

    monkeypatch.setattr(tvm.relax.analysis, "check_well_formed", check)
    with pytest.raises(CompileError, match="phase 'dispatch' produced an ill-formed module"):
        tvmq.compile(tiny_model, "host", dump_ir=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir())[-1] == "03_dispatch.py"


def test_fuse_slot_sees_the_fused_functions_before_fusetir(tiny_model, monkeypatch):
    """A pass in the ``fuse`` slot gets ``FuseOps``' grouped Relax functions, not yet TIR."""
    import tvm
    from tvm import relax

    from tvmq.pipeline import registry

    seen = []

    @tvm.transform.module_pass(opt_level=0, name="Probe")
    def probe(mod, _ctx):
        seen.append(sum(1 for _, f in mod.functions_items() if isinstance(f, relax.Function)
                        and f.attrs is not None and "Primitive" in f.attrs))
        return mod

    monkeypatch.setitem(registry._SLOT_ENTRIES["fuse"], "probe",
                        registry.SlotEntry("probe", 1, lambda ctx: [probe]))
    tvmq.compile(tiny_model, "host")
    assert len(seen) == 1 and seen[0] > 0
    with pytest.raises(ValueError, match=r"unknown slot 'fusion'; slots are \('rewrite', "
                                         r"'fuse', 'schedule'\)"):
        registry.register_slot_passes("fusion", "x")
