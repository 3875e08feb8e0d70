"""Registry of named pipelines: a name maps to a factory that lists phases for a context."""

from __future__ import annotations

from collections.abc import Callable

from ..errors import ConfigError
from .phases import Phase, PipelineContext

PipelineFactory = Callable[[PipelineContext], list[Phase]]
_PIPELINES: dict[str, PipelineFactory] = {}


def register_pipeline(name: str) -> Callable[[PipelineFactory], PipelineFactory]:
    """Register a pipeline factory under ``name`` (decorator)."""

    def deco(factory: PipelineFactory) -> PipelineFactory:
        if name in _PIPELINES:
            raise ValueError(f"pipeline {name!r} is already registered")
        _PIPELINES[name] = factory
        return factory

    return deco


def get_pipeline(name: str, ctx: PipelineContext) -> list[Phase]:
    """The phases of pipeline ``name`` for this compile context."""
    if name not in _PIPELINES:
        raise ConfigError(f"unknown pipeline {name!r}; registered: {sorted(_PIPELINES)}")
    return _PIPELINES[name](ctx)


def list_pipelines() -> list[str]:
    """Names of the registered pipelines."""
    return sorted(_PIPELINES)
