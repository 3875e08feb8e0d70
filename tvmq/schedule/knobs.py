"""Named choices of the default schedule rules (tile sizes, loop orders) that tuning can vary.

A rule asks `choose` for each choice it makes by heuristic, passing every legal value and its
heuristic default. Outside a `knob_session` the default comes back, so compiling without a
tuning log is unchanged. Inside one, `choose` records the choice and returns the session's
override for it when that value is legal (else the default): the tuner's knob search
(`tvmq.tune.knob_search`) reruns a rule with overrides to build variants of its schedule.
"""

from __future__ import annotations

import contextlib
from collections.abc import Hashable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Knob", "KnobSession", "choose", "knob_session"]


@dataclass(frozen=True)
class Knob:
    """One choice a rule made.

    Attributes
    ----------
    name : str
        The choice's name, unique within one rule application (e.g. ``"conv.columns"``).
    values : tuple
        Its legal values, the default among them.
    default : Hashable
        What the rule's heuristic picks.
    chosen : Hashable
        What the rule used (the override, when a session gave a legal one).
    """

    name: str
    values: tuple
    default: Hashable
    chosen: Hashable


@dataclass
class KnobSession:
    """The overrides of one rule application and the knobs it met, in order."""

    overrides: dict[str, Any] = field(default_factory=dict)
    seen: list[Knob] = field(default_factory=list)

    def chosen(self) -> dict[str, Any]:
        """Name -> value used, for every knob met."""
        return {k.name: k.chosen for k in self.seen}


_SESSION: ContextVar[KnobSession | None] = ContextVar("tvmq_knob_session", default=None)


def choose(name: str, values: Sequence[Hashable], default: Hashable) -> Any:
    """The value a rule uses for choice ``name``: ``default`` unless a session overrides it.

    ``values`` lists every value the rule can build a correct schedule with; ``default`` is
    added when missing.
    """
    legal = tuple(dict.fromkeys([default, *values]))
    session = _SESSION.get()
    if session is None:
        return default
    want = session.overrides.get(name, default)
    chosen = want if want in legal else default
    session.seen.append(Knob(name, legal, default, chosen))
    return chosen


@contextlib.contextmanager
def knob_session(overrides: dict[str, Any] | None = None) -> Iterator[KnobSession]:
    """Record the knobs met (and apply ``overrides``) while rules run in this block."""
    session = KnobSession(dict(overrides or {}))
    token = _SESSION.set(session)
    try:
        yield session
    finally:
        _SESSION.reset(token)
