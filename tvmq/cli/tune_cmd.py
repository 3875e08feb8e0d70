"""``tvmq tune`` and ``tvmq logs show|merge|export``."""

from __future__ import annotations

import argparse
import json

from ..errors import ConfigError
from . import common, transforms


def register(sub: argparse._SubParsersAction) -> None:
    """Add the tuning subcommands."""
    p = sub.add_parser("tune", help="auto-schedule a model's kernels with MetaSchedule")
    p.add_argument("model", help="the .onnx file")
    p.add_argument("--target", "-t", default="host", help="target name or .json (default host)")
    p.add_argument("--trials", type=int, default=None,
                   help="total trials (default: the target's tuning.trials)")
    p.add_argument("--tuning-log", default="logs", metavar="DIR",
                   help="tuning log directory, created or extended (default logs/)")
    p.add_argument("--max-trials-per-task", type=int, metavar="N", help="cap per kernel")
    p.add_argument("--seed", type=int, help="random seed of the search")
    search = p.add_mutually_exclusive_group()
    search.add_argument("--knobs-only", action="store_true",
                        help="only the knob search over tvmq's default schedules (minutes), "
                             "no MetaSchedule search after it")
    search.add_argument("--no-knob-search", action="store_true",
                        help="give every trial to MetaSchedule (no knob search first)")
    g = p.add_argument_group("measure on a remote device")
    g.add_argument("--rpc", metavar="HOST:PORT", help="an RPC server")
    g.add_argument("--rpc-tracker", metavar="HOST:PORT", help="an RPC tracker (a pool of boards)")
    g.add_argument("--rpc-key", metavar="KEY", help="device key at the tracker (e.g. rpi4)")
    p.add_argument("--sample-inputs", metavar="NPZ",
                   help="inputs of one model run (.npz, one array per input; the first batch "
                        "is used): kernels that index with their inputs (embedding Gather) "
                        "are measured on the arguments it gives them (default: the first "
                        "--calib batch, else random ids within the tables)")
    p.add_argument("--json", metavar="FILE", help="also write the report as JSON")
    common.add_exact_math_arg(p)
    common.add_int8_nchw_arg(p)
    common.add_int8_direct_arg(p)
    common.add_shape_arg(p)
    transforms.add_arguments(p)
    p.set_defaults(func=cmd_tune)

    p = sub.add_parser("logs", help="show, merge or export tuning logs")
    lsub = p.add_subparsers(dest="logs_cmd", metavar="show|merge|export", required=True)
    ps = lsub.add_parser("show", help="summarise a tuning log directory")
    ps.add_argument("dir", help="tuning log directory")
    ps.add_argument("--json", action="store_true", help="print JSON")
    ps.set_defaults(func=cmd_logs_show)
    pm = lsub.add_parser("merge", help="merge tuning logs (of other models or machines) into DEST")
    pm.add_argument("dest", help="the log directory to merge into (created if missing)")
    pm.add_argument("sources", nargs="+", help="log directories to merge from")
    pm.set_defaults(func=cmd_logs_merge)
    pe = lsub.add_parser("export", help="write a shareable copy (best record per kernel)")
    pe.add_argument("dir", help="tuning log directory")
    pe.add_argument("output", help="a new directory, or a file ending in .tar.gz")
    pe.add_argument("--target", "-t", help="only this target's log")
    pe.add_argument("--all", action="store_true", help="keep every record, not only the best")
    pe.set_defaults(func=cmd_logs_export)


def _device(args: argparse.Namespace):
    from ..tune import RpcDevice

    if args.rpc and args.rpc_tracker:
        raise ConfigError("give --rpc or --rpc-tracker, not both")
    if args.rpc:
        return RpcDevice.parse(args.rpc)
    if args.rpc_tracker:
        if not args.rpc_key:
            raise ConfigError("--rpc-tracker needs --rpc-key (the device pool name)")
        return RpcDevice.parse(args.rpc_tracker, args.rpc_key)
    if args.rpc_key:
        raise ConfigError("--rpc-key needs --rpc-tracker")
    return None


def cmd_tune(args: argparse.Namespace) -> int:
    """``tvmq tune``."""
    import sys

    from .. import load_onnx, tune
    from ..target import get_target

    device = _device(args)  # flag errors before the (slow) model load
    model = transforms.apply(args, load_onnx(args.model, shapes=common.shapes_from(args)))
    trials = args.trials if args.trials is not None else get_target(args.target).tuning.trials
    sample = args.sample_inputs or getattr(args, "calib", None)
    if sample:
        from ..quant.calibrate import iter_batches

        sample = next(iter_batches(sample, model))
    report = tune(model, args.target, trials=trials, log_dir=args.tuning_log,
                  session=device, max_trials_per_task=args.max_trials_per_task,
                  seed=args.seed, progress=sys.stderr, sample_inputs=sample,
                  fast_math=not args.exact_math, int8_nhwc=not args.int8_nchw,
                  int8_winograd=not args.int8_direct,
                  knob_search=not args.no_knob_search,
                  metaschedule=not args.knobs_only)
    def us(v: float | None) -> str:
        return "-" if v is None else f"{v:.1f}"

    rows = [(t.name, t.weight, t.trials_before, t.trials_run, us(t.default_us), us(t.tuned_us),
             t.applied) for t in report.tasks]
    print(common.table(["kernel", "calls", "trials before", "trials run", "default us",
                        "tuned us", "applied"], rows))
    print(report.summary())
    print(f"compile with: tvmq compile {args.model} --target {args.target} "
          f"--tuning-log {args.tuning_log}")
    if args.json:
        common.save_json(args.json, {
            "target": report.target, "log_dir": str(report.log_dir), "seconds": report.seconds,
            "trials_run": report.trials_run, "measured_on": report.measured_on,
            "tasks": [{**t.__dict__, "applied": t.applied} for t in report.tasks],
            "fixed": [k.__dict__ for k in report.fixed], "real_args": report.real_args,
            "rekeyed": report.rekeyed})
    return 0


def cmd_logs_show(args: argparse.Namespace) -> int:
    """``tvmq logs show``."""
    from ..tune.logs import LOG_FORMAT
    from ..tune.manage import show_log

    info = show_log(args.dir)
    if args.json:
        print(json.dumps(info, indent=2))
        return 0
    rows = [(i["target"], i["log_format"], i["workloads"], i["records"], i["default_records"],
             len(i["best_us"]), i["bad_lines"], i["tvmq_version"] or "-", json.dumps(i["tvm"]))
            for i in info]
    print(common.table(["target", "log format", "workloads", "records", "of which default",
                        "measured", "bad lines", "tvmq", "tvm"], rows))
    for i in info:
        if i["log_format"] < LOG_FORMAT:
            print(f"{i['target']}: log format {i['log_format']} (tuned before weights were "
                  "layout-free): its records are re-keyed when their model is tuned or "
                  "compiled; re-tune to search schedules that repack weights")
    return 0


def cmd_logs_merge(args: argparse.Namespace) -> int:
    """``tvmq logs merge``."""
    from ..tune.manage import merge_log_dirs

    added = merge_log_dirs(args.dest, args.sources)
    for name, n in sorted(added.items()):
        print(f"{name}: {n} new record(s) merged into {args.dest}")
    return 0


def cmd_logs_export(args: argparse.Namespace) -> int:
    """``tvmq logs export``."""
    from ..tune.manage import export_log

    out = export_log(args.dir, args.output, all_records=args.all, target=args.target)
    print(f"exported to {out}")
    return 0
