"""The pass that applies an ordered rule list to every PrimFunc not already scheduled."""

from __future__ import annotations

import logging
import os

import tvm
from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule

logger = logging.getLogger(__name__)

# Set (to anything but "" or "0") to make a rule's own bugs fail the compile; tests set it.
STRICT_RULES_ENV = "TVMQ_STRICT_RULES"
# What a rule's own Python code raises when it is wrong, as opposed to TVM refusing a schedule
# primitive (`ScheduleError` and TVM's internal errors are `RuntimeError`s).
RULE_BUGS = (NameError, ImportError, AttributeError, AssertionError, ZeroDivisionError,
             RecursionError)

SCHEDULED_ATTR = "tirx.is_scheduled"
RULE_ATTR = "tvmq.schedule_rule"  # which rule scheduled a function (visible in --dump-ir)
# Parameter indices of a PrimFunc that receive Relax constants at every call site: their
# layout may be rewritten once at compile time (the MetaSchedule attribute name).
LAYOUT_FREE_ATTR = "layout_free_buffers"
PREPACK_ATTR = "meta_schedule.layout_rewrite_preproc"
# Parameter indices bound at every call site to int8 constants whose values all lie in
# [-64, 63] (7-bit weights: exact for AVX2 ``vpmaddubsw``, see cpu/int8_intrin_avx2.py).
NARROW_INT8_ATTR = "tvmq.narrow_int8_params"


def constant_params(mod: tvm.IRModule) -> dict[str, list[int]]:
    """Per PrimFunc called by ``call_tir``: argument positions that are always constants."""
    from tvm import relax

    seen: dict[str, set[int] | None] = {}
    call_tir = tvm.ir.Op.get("relax.call_tir")

    def visit(expr: relax.Expr) -> None:
        if isinstance(expr, relax.Call) and expr.op.same_as(call_tir):
            name = expr.args[0].name_hint
            args = expr.args[1].fields if isinstance(expr.args[1], relax.Tuple) else []
            consts = {i for i, a in enumerate(args) if isinstance(a, tvm.ir.expr.GenericConst)}
            seen[name] = consts if name not in seen else seen[name] & consts

    for _gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            relax.analysis.post_order_visit(func.body, visit)
    return {name: sorted(idx) for name, idx in seen.items() if idx}


def narrow_int8_params(mod: tvm.IRModule) -> dict[str, list[int]]:
    """Per PrimFunc: argument positions always bound to int8 constants within [-64, 63]."""
    from tvm import relax

    seen: dict[str, set[int]] = {}
    call_tir = tvm.ir.Op.get("relax.call_tir")
    narrow: dict[int, bool] = {}

    def is_narrow(const: tvm.ir.expr.GenericConst) -> bool:
        key = id(const)
        if key not in narrow:
            value = const.value.numpy()
            narrow[key] = bool(value.dtype == "int8" and value.size
                               and value.min() >= -64 and value.max() <= 63)
        return narrow[key]

    def visit(expr: relax.Expr) -> None:
        if isinstance(expr, relax.Call) and expr.op.same_as(call_tir):
            name = expr.args[0].name_hint
            args = expr.args[1].fields if isinstance(expr.args[1], relax.Tuple) else []
            ok = {i for i, a in enumerate(args)
                  if isinstance(a, tvm.ir.expr.GenericConst) and str(a.ty.dtype) == "int8"
                  and is_narrow(a)}
            seen[name] = ok if name not in seen else seen[name] & ok

    for _gvar, func in mod.functions_items():
        if isinstance(func, relax.Function):
            relax.analysis.post_order_visit(func.body, visit)
    return {name: sorted(idx) for name, idx in seen.items() if idx}


def is_scheduled(func: tirx.PrimFunc) -> bool:
    """Whether ``func`` carries the scheduled mark (a tuning record or an earlier rule)."""
    return func.attrs is not None and SCHEDULED_ATTR in func.attrs and bool(
        func.attrs[SCHEDULED_ATTR])


def schedule_func(func: tirx.PrimFunc, target: tvm.target.Target,
                  rules: list[ScheduleRule]) -> tuple[tirx.PrimFunc, str] | None:
    """Apply the first rule that accepts ``func``; return (scheduled func, rule name).

    A rule that raises is treated as not applicable, so one odd kernel never fails the
    compile: the next rule, ultimately the fallback, takes it. TVM refusing a primitive is
    logged at debug level; a bug in the rule itself (`RULE_BUGS`) is logged as a warning, and
    raised when the environment variable ``TVMQ_STRICT_RULES`` is set.
    """
    for rule in rules:
        try:
            sch = rule.apply(func, target, False)
        except Exception as err:  # noqa: BLE001 (ScheduleError and TVMError alike)
            report_rule_failure(rule, func, err)
            continue
        if sch is None:
            continue
        if isinstance(sch, list):
            sch = sch[0]
        assert isinstance(sch, s_tir.Schedule)
        name = type(rule).__name__
        return sch.mod["main"].with_attrs({SCHEDULED_ATTR: True, RULE_ATTR: name}), name
    return None


def report_rule_failure(rule: ScheduleRule, func: tirx.PrimFunc, err: Exception) -> None:
    """Log why ``rule`` raised on ``func``; re-raise a rule's own bug under strict mode."""
    name = type(rule).__name__
    if not isinstance(err, RULE_BUGS):
        logger.debug("rule %s does not apply: %s", name, err)
        return
    if os.environ.get(STRICT_RULES_ENV, "") not in ("", "0"):
        raise err
    symbol = func.attrs["global_symbol"] if func.attrs and "global_symbol" in func.attrs else "?"
    logger.warning("schedule rule %s failed on %s with %s: %s; the next rule schedules it "
                   "instead (slower). This is a bug in tvmq: please report it.", name, symbol,
                   type(err).__name__, err)


@tvm.transform.module_pass(opt_level=0, name="tvmq.ApplySchedules")
class ApplySchedules:
    """Schedule every unscheduled PrimFunc of a module with the first applicable rule.

    Parameters
    ----------
    rules : list of ScheduleRule
        Tried in order for each function.
    """

    def __init__(self, rules: list[ScheduleRule]):
        self.rules = list(rules)

    def transform_module(self, mod: tvm.IRModule, _ctx: tvm.transform.PassContext
                         ) -> tvm.IRModule:
        """Schedule the module's unscheduled PrimFuncs."""
        updates = {}
        constants = constant_params(mod)
        narrow = narrow_int8_params(mod)
        for gvar, func in mod.functions_items():
            if not isinstance(func, tirx.PrimFunc) or is_scheduled(func):
                continue
            if gvar.name_hint in constants:
                func = func.with_attr(LAYOUT_FREE_ATTR, constants[gvar.name_hint])
            if gvar.name_hint in narrow:
                func = func.with_attr(NARROW_INT8_ATTR, narrow[gvar.name_hint])
            target = func.attrs.get("target") if func.attrs else None
            target = target or tvm.target.Target.current(allow_none=False)
            result = schedule_func(func, target, self.rules)
            if result is not None:
                updates[gvar] = result[0]
                logger.debug("%s: %s", gvar.name_hint, result[1])
        for gvar, func in updates.items():
            mod[gvar] = func
        return mod


def layout_free(sch: s_tir.Schedule, buffer: tvm.tirx.Var) -> bool:
    """Whether ``buffer`` is a parameter bound to a compile-time constant at every call."""
    func = sch.mod["main"]
    if func.attrs is None or LAYOUT_FREE_ATTR not in func.attrs:
        return False
    params = list(func.params)
    return any(params[int(i)].same_as(buffer) for i in func.attrs[LAYOUT_FREE_ATTR])


def narrow_int8(sch: s_tir.Schedule, buffer: tvm.tirx.Var) -> bool:
    """Whether ``buffer`` is bound to int8 constants within [-64, 63] at every call."""
    func = sch.mod["main"]
    if func.attrs is None or NARROW_INT8_ATTR not in func.attrs:
        return False
    params = list(func.params)
    return any(params[int(i)].same_as(buffer) for i in func.attrs[NARROW_INT8_ATTR])
