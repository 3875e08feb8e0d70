"""TVM's thread pool gets one thread per physical core, unless the user chose a count."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tvmq.runtime.threads import configure_thread_pool, physical_cores


def _fake_sysfs(root, topology: dict[int, tuple[int, int] | None]):
    for cpu, ids in topology.items():
        d = root / f"cpu{cpu}" / "topology"
        d.mkdir(parents=True)
        if ids is not None:
            (d / "physical_package_id").write_text(f"{ids[0]}\n")
            (d / "core_id").write_text(f"{ids[1]}\n")
    return root


def test_smt_siblings_count_once(tmp_path):
    # 2 packages x 2 cores x 2 threads; core ids repeat across packages.
    topo = {cpu: (cpu // 4, (cpu // 2) % 2) for cpu in range(8)}
    assert physical_cores(range(8), _fake_sysfs(tmp_path, topo)) == 4
    assert physical_cores([0, 1], tmp_path) == 1  # a process pinned to one core's two threads


def test_cpus_without_topology_count_as_cores(tmp_path):
    sysfs = _fake_sysfs(tmp_path, {0: (0, 0), 1: None})
    assert physical_cores([0, 1, 2], sysfs) == 3


@pytest.mark.parametrize("var", ["TVM_NUM_THREADS", "OMP_NUM_THREADS"])
def test_user_setting_is_kept(monkeypatch, var):
    monkeypatch.delenv("TVM_NUM_THREADS", raising=False)
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setenv(var, "3")
    assert configure_thread_pool() is None
    assert os.environ[var] == "3"


def test_unset_becomes_physical_cores(monkeypatch):
    monkeypatch.delenv("TVM_NUM_THREADS", raising=False)
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    assert configure_thread_pool() == physical_cores()
    assert os.environ["TVM_NUM_THREADS"] == str(physical_cores())


def _pool_size(env: dict[str, str]) -> int:
    code = "import tvmq, tvm; print(tvm.runtime.num_threads())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                         check=True)
    return int(out.stdout.split()[-1])


def test_importing_tvmq_sizes_tvm_pool():
    env = {k: v for k, v in os.environ.items() if k not in ("TVM_NUM_THREADS", "OMP_NUM_THREADS")}
    assert _pool_size(env) == physical_cores()
    assert _pool_size({**env, "TVM_NUM_THREADS": "1"}) == 1
