"""Model-transform flags (quantization, pruning...) shared by ``compile``, ``bench`` and ``tune``.

A feature adds a module with ``add_arguments(parser)`` and ``apply(args, model) -> Model`` and
lists it in `TRANSFORMS`; every model-taking command then offers its flags.
"""

from __future__ import annotations

import argparse
from types import ModuleType

from ..model import Model
from . import prune_flags, quant_flags

# prune first, then quantize (int8 of the pruned weights)
TRANSFORMS: list[ModuleType] = [prune_flags, quant_flags]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add every feature's model-transform flags."""
    for module in TRANSFORMS:
        module.add_arguments(p)


def apply(args: argparse.Namespace, model: Model) -> Model:
    """Apply the transforms the flags ask for, in `TRANSFORMS` order."""
    for module in TRANSFORMS:
        model = module.apply(args, model)
    return model
