"""tvmq's own Relax passes used by the built-in pipelines (one pass per module)."""

from .fold_constants import FoldConstantsNumpy

__all__ = ["FoldConstantsNumpy"]
