"""Core subcommands: compile, run, bench, targets, demo."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from ..errors import ConfigError
from . import common, transforms


def register(sub: argparse._SubParsersAction) -> None:
    """Add the core subcommands."""
    p = sub.add_parser("compile", help="compile an ONNX model for a target")
    p.add_argument("model", help="the .onnx file")
    p.add_argument("--target", "-t", default="host", help="target name or .json (default host)")
    p.add_argument("-o", "--output", help="write the compiled library here (.so)")
    p.add_argument("--dump-ir", metavar="DIR", help="write the IR after each pipeline phase")
    p.add_argument("--tuning-log", metavar="DIR", help="apply the records of `tvmq tune`")
    common.add_exact_math_arg(p)
    common.add_int8_nchw_arg(p)
    common.add_int8_direct_arg(p)
    common.add_shape_arg(p)
    transforms.add_arguments(p)
    p.set_defaults(func=cmd_compile)

    p = sub.add_parser("run", help="run a compiled .so (or an .onnx, compiled first)")
    p.add_argument("module", help="a .so from `tvmq compile -o` or an .onnx model")
    p.add_argument("--inputs", required=True, help=".npz with one array per input name")
    p.add_argument("-o", "--output", help="write outputs here (.npz, keys = output names)")
    p.add_argument("--target", "-t", default="host", help="target when MODULE is an .onnx")
    common.add_shape_arg(p)
    common.add_rpc_args(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("bench", help="compile, check against the reference and time a model")
    p.add_argument("model", help="the .onnx file")
    p.add_argument("--target", "-t", default="host", help="target name or .json (default host)")
    p.add_argument("--number", type=int, default=10, help="runs per sample (default 10)")
    p.add_argument("--repeat", type=int, default=5, help="samples (default 5)")
    p.add_argument("--warmup", type=int, default=3, help="untimed runs first (default 3)")
    p.add_argument("--json", metavar="FILE", help="also write the table as JSON")
    p.add_argument("--tuning-log", metavar="DIR", help="apply the records of `tvmq tune`")
    common.add_exact_math_arg(p)
    common.add_int8_nchw_arg(p)
    common.add_int8_direct_arg(p)
    common.add_shape_arg(p)
    common.add_rpc_args(p)
    transforms.add_arguments(p)
    p.set_defaults(func=cmd_bench)

    p = sub.add_parser("targets", help="list targets, or show one")
    tsub = p.add_subparsers(dest="targets_cmd", metavar="show")
    ps = tsub.add_parser("show", help="print one target description as JSON")
    ps.add_argument("name", help="target name or .json path")
    p.set_defaults(func=cmd_targets)

    p = sub.add_parser("demo", help="compile, check and benchmark the bundled example model")
    p.add_argument("--target", "-t", default="host", help="target (default host)")
    p.add_argument("--json", metavar="FILE", help="also write the table as JSON")
    p.set_defaults(func=cmd_demo)


def _load_base(args: argparse.Namespace):
    from .. import load_onnx

    return load_onnx(args.model, shapes=common.shapes_from(args))


def _load(args: argparse.Namespace):
    return transforms.apply(args, _load_base(args))


def cmd_compile(args: argparse.Namespace) -> int:
    """``tvmq compile``."""
    from .. import compile as tvmq_compile

    model = _load(args)
    out = Path(args.output) if args.output else Path(args.model).with_suffix(".so")
    if out.resolve() == Path(args.model).resolve():
        raise ConfigError(f"refusing to overwrite the input model {args.model}")
    cm = tvmq_compile(model, target=args.target, dump_ir=args.dump_ir,
                      tuning_log=args.tuning_log, fast_math=not args.exact_math,
                      int8_nhwc=not args.int8_nchw, int8_winograd=not args.int8_direct)
    cm.export(out)
    secs = cm.info["compile_seconds"]
    print(f"compiled {model.name} for {cm.target.name} in {secs:.1f} s -> {out}")
    if "tuning" in cm.info:
        t = cm.info["tuning"]
        print(f"tuning log: {t['hit']} kernel(s) from the log ({t.get('tuned', 0)} tuned, "
              f"{t.get('default', 0)} kept tvmq's default schedule: measured faster), "
              f"{t['fallback']} not in the log{'; ' + t['rejected'] if 'rejected' in t else ''}")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """``tvmq run``."""
    from .. import compile as tvmq_compile
    from .. import load_module, load_onnx

    inputs = common.load_npz(args.inputs)
    if args.module.endswith(".onnx"):
        cm = tvmq_compile(load_onnx(args.module, shapes=common.shapes_from(args)), args.target)
    else:
        cm = load_module(args.module)
    session = common.session_from(args)
    try:
        outputs = cm.run(inputs, session=session)
    finally:
        if session is not None:
            session.close()
    named = {spec.name: arr for spec, arr in zip(cm.outputs, outputs, strict=False)}
    for name, arr in named.items():
        print(f"{name}: {arr.dtype}{list(arr.shape)} mean={arr.mean():.6g} std={arr.std():.6g}")
    if args.output:
        common.save_npz(args.output, named)
        print(f"outputs written to {args.output}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    """``tvmq bench``."""
    from ..bench import compare

    base = _load_base(args)
    variant = transforms.apply(args, base)
    session = common.session_from(args)
    try:
        rows = compare(base, args.target, [variant] if variant is not base else [],
                       session=session, number=args.number, repeat=args.repeat,
                       warmup=args.warmup,
                       compile_options={"tuning_log": args.tuning_log,
                                        "fast_math": not args.exact_math,
                                        "int8_nhwc": not args.int8_nchw,
                                        "int8_winograd": not args.int8_direct})
    finally:
        if session is not None:
            session.close()
    _print_rows(rows, args.json)
    return 0


def cmd_targets(args: argparse.Namespace) -> int:
    """``tvmq targets [show NAME]``."""
    from ..target import get_target, list_targets

    if args.targets_cmd == "show":
        print(json.dumps(get_target(args.name).to_dict(), indent=2))
        return 0
    rows = [(t.name, t.kind, ",".join(i.value for i in t.int8) or "-", t.description)
            for t in list_targets()]
    print(common.table(["name", "kind", "int8", "description"], rows))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """``tvmq demo``."""
    from ..demo import run_demo

    _print_rows(run_demo(args.target), args.json)
    return 0


def _print_rows(rows: list[dict], json_path: str | None) -> None:
    headers = ["variant", "target", "median_ms", "p90_ms", "speedup", "max_abs_err", "size_kb"]
    print(common.table(headers, [[r.get(h, "") for h in headers] for r in rows]))
    if rows and rows[0].get("note"):
        print(rows[0]["note"])
    if json_path:
        common.save_json(json_path, rows)
        print(f"table written to {json_path}")
