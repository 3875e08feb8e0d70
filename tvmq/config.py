"""Helpers shared by tvmq's typed configuration dataclasses."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .errors import ConfigError


def check_known_keys(cls: type, values: Mapping[str, Any], what: str) -> dict[str, Any]:
    """Return ``values`` as a dict, or raise `ConfigError` naming unknown and valid keys.

    Parameters
    ----------
    cls : type
        A dataclass; its field names are the valid keys.
    values : Mapping
        The user's keys.
    what : str
        What the keys configure, for the message (e.g. ``"compile option"``).
    """
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(values) - names)
    if unknown:
        raise ConfigError(f"unknown {what}(s) {unknown}; valid: {sorted(names)}")
    return dict(values)
