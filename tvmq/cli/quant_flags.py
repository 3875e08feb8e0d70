"""``--quantize`` and friends: post-training quantization flags for model-taking commands."""

from __future__ import annotations

import argparse
import dataclasses
import sys

from ..errors import ConfigError
from ..model import Model
from ..quant import get_scheme, list_schemes, quantize_with_report, recommended_scheme
from ..quant.config import CALIB_METHODS
from ..quant.schemes import AUTO


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Add the quantization flags."""
    g = p.add_argument_group("quantization")
    g.add_argument("--quantize", metavar="SCHEME", choices=[AUTO, *list_schemes()],
                   help=f"post-training quantization scheme: {', '.join(list_schemes())}, or "
                        f"{AUTO} (the fastest static int8 scheme for --target: w7a8 on "
                        "AVX2-only x86, else int8)")
    g.add_argument("--calib", metavar="NPZ",
                   help="calibration inputs (.npz, one array per input, batches on axis 0)")
    g.add_argument("--calib-method", choices=CALIB_METHODS, default=None,
                   help="activation range observer (default minmax)")
    g.add_argument("--skip", nargs="+", metavar="NAME", default=[],
                   help="layers (conv2d_0, matmul_1... or ONNX node names) to keep in float")
    g.add_argument("--keep-first-last", action="store_true",
                   help="keep the first and last quantizable layers in float")
    tab = g.add_mutually_exclusive_group()
    tab.add_argument("--save-table", metavar="JSON", help="write the calibration table here")
    tab.add_argument("--load-table", metavar="JSON",
                     help="reuse a calibration table instead of calibrating")
    g.add_argument("--quant-report", action="store_true",
                   help="print the per-layer quantization report")


def apply(args: argparse.Namespace, model: Model) -> Model:
    """Quantize ``model`` when ``--quantize`` is given."""
    if not getattr(args, "quantize", None):
        used = [f for f in ("calib", "calib_method", "save_table", "load_table")
                if getattr(args, f, None)] + (["skip"] if getattr(args, "skip", None) else [])
        if used:
            flags = ", ".join("--" + f.replace("_", "-") for f in used)
            raise ConfigError(f"{flags} need(s) --quantize SCHEME")
        return model
    name = args.quantize
    if name == AUTO:
        target = getattr(args, "target", None) or "host"
        name = recommended_scheme(target)
        print(f"--quantize auto: {name} for target {target}", file=sys.stderr)
    base = get_scheme(name)
    if not (base.weight_only or base.dynamic) and not args.calib and not args.load_table:
        raise ConfigError("--quantize needs calibration inputs (--calib calib.npz) or a table "
                          "(--load-table table.json)")
    changes: dict = {"skip": tuple(args.skip), "keep_first_last": args.keep_first_last}
    if args.calib_method:
        changes["calib_method"] = args.calib_method
    config = dataclasses.replace(base, **changes)
    qmodel, report, _ = quantize_with_report(model, args.calib, config, table=args.load_table,
                                             save_table=args.save_table,
                                             measure_sqnr=args.quant_report)
    if args.quant_report:
        print(report.format(), file=sys.stderr)
    return qmodel
