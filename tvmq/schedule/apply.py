"""The pass that applies an ordered rule list to every PrimFunc not already scheduled."""

from __future__ import annotations

import logging

import tvm
from tvm import s_tir, tirx
from tvm.s_tir.dlight.base import ScheduleRule

logger = logging.getLogger(__name__)

SCHEDULED_ATTR = "tirx.is_scheduled"


def is_scheduled(func: tirx.PrimFunc) -> bool:
    """Whether ``func`` carries the scheduled mark (a tuning record or an earlier rule)."""
    return func.attrs is not None and SCHEDULED_ATTR in func.attrs and bool(
        func.attrs[SCHEDULED_ATTR])


def schedule_func(func: tirx.PrimFunc, target: tvm.target.Target,
                  rules: list[ScheduleRule]) -> tuple[tirx.PrimFunc, str] | None:
    """Apply the first rule that accepts ``func``; return (scheduled func, rule name).

    A rule that raises is treated as not applicable (logged at debug level), so one odd kernel
    never fails the compile: the next rule, ultimately the fallback, takes it.
    """
    for rule in rules:
        try:
            sch = rule.apply(func, target, False)
        except Exception as err:  # noqa: BLE001 (ScheduleError and TVMError alike)
            logger.debug("rule %s failed: %s", type(rule).__name__, err)
            continue
        if sch is None:
            continue
        if isinstance(sch, list):
            sch = sch[0]
        assert isinstance(sch, s_tir.Schedule)
        return sch.mod["main"].with_attr(SCHEDULED_ATTR, True), type(rule).__name__
    return None


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
        updates = {}
        for gvar, func in mod.functions_items():
            if not isinstance(func, tirx.PrimFunc) or is_scheduled(func):
                continue
            target = func.attrs.get("target") if func.attrs else None
            target = target or tvm.target.Target.current(allow_none=False)
            result = schedule_func(func, target, self.rules)
            if result is not None:
                updates[gvar] = result[0]
                logger.debug("%s: %s", gvar.name_hint, result[1])
        for gvar, func in updates.items():
            mod[gvar] = func
        return mod
