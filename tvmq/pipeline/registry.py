"""Registries: named pipelines, and passes that features plug into the pipeline's slots."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import tvm

from ..errors import ConfigError
from .phases import Phase, PipelineContext

PipelineFactory = Callable[[PipelineContext], list[Phase]]
PassFactory = Callable[[PipelineContext], list[tvm.transform.Pass]]
_PIPELINES: dict[str, PipelineFactory] = {}

SLOTS = ("rewrite", "fuse", "schedule")


@dataclass(frozen=True)
class SlotEntry:
    """Passes a feature contributes to one slot of the default pipeline."""

    name: str
    order: int
    factory: PassFactory


_SLOT_ENTRIES: dict[str, dict[str, SlotEntry]] = {slot: {} for slot in SLOTS}


def register_pipeline(name: str) -> Callable[[PipelineFactory], PipelineFactory]:
    """Register a pipeline factory under ``name`` (decorator)."""

    def deco(factory: PipelineFactory) -> PipelineFactory:
        if name in _PIPELINES:
            raise ValueError(f"pipeline {name!r} is already registered")
        _PIPELINES[name] = factory
        return factory

    return deco


def register_slot_passes(slot: str, name: str, order: int = 100
                         ) -> Callable[[PassFactory], PassFactory]:
    """Contribute passes to a slot of the default pipeline (decorator).

    Parameters
    ----------
    slot : str
        ``"rewrite"`` (Relax graph rewrites before legalization: quantization realization,
        block-sparse dispatch), ``"fuse"`` (on the fused functions, between ``FuseOps`` and
        ``FuseTIR``) or ``"schedule"`` (TIR schedules after fusion: tuning records, tvmq's
        default schedules).
    name : str
        Unique name of the contribution.
    order : int
        Entries of a slot run in increasing order.
    """
    if slot not in SLOTS:
        raise ValueError(f"unknown slot {slot!r}; slots are {SLOTS}")

    def deco(factory: PassFactory) -> PassFactory:
        _SLOT_ENTRIES[slot][name] = SlotEntry(name, order, factory)
        return factory

    return deco


def slot_passes(slot: str, ctx: PipelineContext) -> list[tvm.transform.Pass]:
    """All passes registered for ``slot``, in order."""
    passes: list[tvm.transform.Pass] = []
    for entry in sorted(_SLOT_ENTRIES[slot].values(), key=lambda e: (e.order, e.name)):
        passes.extend(entry.factory(ctx))
    return passes


def get_pipeline(name: str, ctx: PipelineContext) -> list[Phase]:
    """The phases of pipeline ``name`` for this compile context."""
    if name not in _PIPELINES:
        raise ConfigError(f"unknown pipeline {name!r}; registered: {sorted(_PIPELINES)}")
    return _PIPELINES[name](ctx)


def list_pipelines() -> list[str]:
    """Names of the registered pipelines."""
    return sorted(_PIPELINES)
