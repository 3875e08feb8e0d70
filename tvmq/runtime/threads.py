"""Size TVM's CPU thread pool to the physical cores this process may run on."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

SYSFS_CPU = Path("/sys/devices/system/cpu")
_USER_VARS = ("TVM_NUM_THREADS", "OMP_NUM_THREADS")


def physical_cores(cpus: Iterable[int] | None = None, sysfs: Path = SYSFS_CPU) -> int:
    """Distinct physical cores among ``cpus`` (default: the CPUs this process may use).

    SMT siblings share a core: two logical CPUs with the same ``physical_package_id`` and
    ``core_id`` count once. A CPU without topology information counts as its own core.
    """
    if cpus is None:
        cpus = (os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity")
                else range(os.cpu_count() or 1))
    cores = set()
    for cpu in cpus:
        topo = sysfs / f"cpu{cpu}" / "topology"
        try:
            cores.add((topo.joinpath("physical_package_id").read_text().strip(),
                       topo.joinpath("core_id").read_text().strip()))
        except OSError:
            cores.add(("cpu", str(cpu)))
    return max(1, len(cores))


def configure_thread_pool() -> int | None:
    """Set ``TVM_NUM_THREADS`` to `physical_cores` unless the user set it (or OMP's).

    Without it, TVM's runtime on x86 assumes every core has two hyper-threads and starts
    ``logical CPUs / 2`` threads: one thread on a 2-vCPU VM with no SMT. TVM reads the
    variable when its thread pool starts (the first parallel kernel), so this must run before
    that. Returns the thread count set, or None when the user's setting is kept.
    """
    if any(os.environ.get(var) for var in _USER_VARS):
        return None
    count = physical_cores()
    os.environ["TVM_NUM_THREADS"] = str(count)
    return count
