"""tvmq's own Relax passes used by the built-in pipelines (one pass per module)."""

from .fold_constants import FoldConstantsNumpy
from .truncating_cast import DropFloorBeforeTruncatingCast

__all__ = ["DropFloorBeforeTruncatingCast", "FoldConstantsNumpy"]
