"""``--prune`` flags: block-sparse pruning for the model-taking commands (compile, bench)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ConfigError
from ..model import Model
from . import common

METHODS = ("magnitude", "l1", "l2", "wanda", "wanda-refit", "channel")


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add ``--prune``, ``--block``, ``--prune-method`` and friends."""
    g = p.add_argument_group("pruning (block-sparse BSR)")
    g.add_argument("--prune", type=float, metavar="SPARSITY",
                   help="zero this fraction of each MatMul/Gemm weight, in [0, 1) (e.g. 0.8)")
    g.add_argument("--block", default="16x1", metavar="RxC",
                   help="block shape as out x in, e.g. 16x1 (default), 8x1, 4x4, 1x1")
    g.add_argument("--prune-method", choices=METHODS, default="magnitude",
                   help="magnitude (default), l1/l2 block norm, wanda (activation-aware, needs "
                        "calibration data), wanda-refit (wanda + least-squares refit), channel "
                        "(remove that fraction of conv channels: a smaller dense model)")
    g.add_argument("--prune-scope", choices=("per_layer", "global", "error_budget"),
                   default="per_layer",
                   help="sparsity per layer (default), over all prunable weights (global), or "
                        "per-layer sparsities chosen by output error on calibration data "
                        "(error_budget: needs --prune-calib/--calib)")
    g.add_argument("--prune-skip", default="", metavar="NAMES",
                   help="comma-separated layer (weight initializer) names to leave dense")
    g.add_argument("--prune-min-params", type=int, default=4096, metavar="N",
                   help="leave layers with fewer weights dense (default 4096)")
    g.add_argument("--prune-calib", metavar="NPZ",
                   help="calibration inputs for wanda (.npz, or a directory of .npz); "
                        "--calib is used when this is not given")
    g.add_argument("--prune-report", metavar="JSON", help="write the per-layer prune report")


def _calib(args: argparse.Namespace) -> list[dict] | None:
    path = args.prune_calib or getattr(args, "calib", None)
    if path is None:
        return None
    p = Path(path)
    if p.is_dir():
        files = sorted(p.glob("*.npz"))
        if not files:
            raise ConfigError(f"calibration directory {p} holds no .npz files")
        return [common.load_npz(f) for f in files]
    return [common.load_npz(p)]


def apply(args: argparse.Namespace, model: Model) -> Model:
    """Prune when ``--prune`` is given; print a one-line summary."""
    if getattr(args, "prune", None) is None:
        return model
    from ..sparse import PruneConfig, Wanda, criterion_from_name, prune_with_report

    method = args.prune_method
    if method == "channel":
        from ..sparse import ChannelConfig, prune_channels

        smaller, chains = prune_channels(model, ChannelConfig(ratio=args.prune))
        print(f"channel-pruned {model.name}: {len(chains)} conv pair(s), weights "
              f"{model.param_bytes() / 2**20:.2f} -> {smaller.param_bytes() / 2**20:.2f} MiB",
              file=sys.stderr)
        return smaller
    if method.startswith("wanda"):
        criterion = Wanda(reconstruct=method == "wanda-refit")
    else:
        criterion = criterion_from_name(method)
    calib = _calib(args)
    if calib is None and (isinstance(criterion, Wanda) or args.prune_scope == "error_budget"):
        what = f"--prune-method {method}" if isinstance(criterion, Wanda) else \
            "--prune-scope error_budget"
        raise ConfigError(f"{what} needs calibration inputs: --prune-calib FILE.npz "
                          "(or --calib)")
    config = PruneConfig(sparsity=args.prune, block=args.block, criterion=criterion,
                         scope=args.prune_scope, min_params=args.prune_min_params,
                         skip=tuple(s for s in args.prune_skip.split(",") if s))
    pruned, report = prune_with_report(model, config, calib)
    t = report.totals()
    print(f"pruned {model.name}: sparsity {t['sparsity']:.1%} ({config.describe()}), "
          f"{t['bsr_layers']}/{len(report.layers)} layers to BSR, weights "
          f"{t['bytes_before'] / 2**20:.2f} -> {t['bytes_after'] / 2**20:.2f} MiB",
          file=sys.stderr)
    if args.prune_report:
        common.save_json(args.prune_report, report.to_dict())
    return pruned
