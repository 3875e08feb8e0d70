"""Weight pruning into block-sparse (BSR) layouts, with tvmq's own BSR kernels."""

from . import bsr_rewrite  # noqa: F401  (registers the 'tvmq-bsr' rewrite pass)
from .bsr import BSR, block_density, bsr_to_dense, dense_to_bsr
from .bsr_rewrite import BSRMatmulRewrite
from .channel import ChannelConfig, ChannelReport, prune_channels
from .config import (
                     Block,
                     BlockNorm,
                     Magnitude,
                     Norm,
                     PruneConfig,
                     Scope,
                     Wanda,
                     criterion_from_name,
)
from .kernels import bsr_matmul_kernel
from .prune import (
    ActivationStats,
    collect_stats,
    find_layers,
    prune,
    prune_report,
    prune_with_report,
)
from .report import LayerReport, PruneReport

__all__ = [
    "ActivationStats", "BSR", "BSRMatmulRewrite", "Block", "BlockNorm", "ChannelConfig",
    "ChannelReport", "LayerReport", "Magnitude", "Norm", "PruneConfig", "PruneReport", "Scope",
    "Wanda", "block_density", "bsr_matmul_kernel", "bsr_to_dense", "collect_stats",
    "criterion_from_name", "dense_to_bsr", "find_layers", "prune", "prune_channels",
    "prune_report", "prune_with_report",
]
