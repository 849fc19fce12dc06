"""The cumulative memory budget (issue 21): a runaway cell gets MemoryError
(CPython's, empty message) and the session keeps its variables, gives the
failed cell's memory back to the system and runs the next cell at normal
speed. The kernel runs with GOLINALG_MEMORY_LIMIT at a test-sized cap; one
test runs it under a cgroup memory limit instead, where the machine lets
the test make a cgroup.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager

import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager

from conftest import GOLINALG
from harness import TIMEOUT, kernel, run_cell

MiB = 1 << 20
CAP = 300 * MiB
# How far above its resident memory before the runaway cell the kernel may
# stay once it is idle again.
MARGIN = 40 * MiB

RUNAWAY = {
    "list": "x = [[0]*10**6 for _ in range(10**6)]",
    "dict": "d = {i: str(i) for i in range(10**9)}",
    "str": "s = ''\nwhile True:\n    s += 'x' * 10**6",
}
LOOP = "t = 0\nfor i in range(300000):\n    t += i"


def status(pid: int, field: str) -> int:
    """A /proc/pid/status field in bytes (VmRSS, VmHWM)."""
    with open(f"/proc/{pid}/status") as f:
        m = re.search(rf"^{field}:\s+(\d+) kB", f.read(), re.M)
    return int(m.group(1)) * 1024


def reset_peak(pid: int) -> bool:
    """Resets VmHWM to the current VmRSS (clear_refs 5); False if not allowed."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def settle(pid: int, target: int, wait: float = 10) -> int:
    """VmRSS once it is at most target, or after wait seconds."""
    end = time.monotonic() + wait
    while True:
        rss = status(pid, "VmRSS")
        if rss <= target or time.monotonic() > end:
            return rss
        time.sleep(0.2)


def timed(kc, code: str) -> float:
    t = time.perf_counter()
    out = run_cell(kc, code)
    assert out.error is None, out.error
    return time.perf_counter() - t


def capped_env(limit: str | None) -> dict:
    env = dict(os.environ)
    env.pop("GOLINALG_MEMORY_LIMIT", None)
    if limit is not None:
        env["GOLINALG_MEMORY_LIMIT"] = limit
    return env


@contextmanager
def capped_kernel(limit: str = "300M"):
    km = KernelManager(kernel_name=GOLINALG)
    km.start_kernel(env=capped_env(limit))
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


@pytest.mark.parametrize("name", list(RUNAWAY))
def test_runaway_cell_raises_memory_error(name):
    with capped_kernel() as (km, kc):
        pid = km.provisioner.process.pid
        assert run_cell(kc, "keep = [i * i for i in range(1000)]").error is None
        base = min(timed(kc, LOOP) for _ in range(3))
        time.sleep(1)
        before = status(pid, "VmRSS")
        peaked = reset_peak(pid)
        out = run_cell(kc, RUNAWAY[name], timeout=180)
        at_error = status(pid, "VmHWM") if peaked else status(pid, "VmRSS")
        assert out.error == ("MemoryError", ""), out
        assert km.is_alive()
        if name == "str":
            # As in CPython, s keeps the last string the loop made.
            assert run_cell(kc, "len(s) > 0").result == "True"
            assert run_cell(kc, "del s").error is None
        after = settle(pid, before + MARGIN)
        print(f"\n{name}: VmRSS before {before / MiB:.0f} MiB, "
              f"peak at the error {at_error / MiB:.0f} MiB, after {after / MiB:.0f} MiB")
        assert after <= before + MARGIN, (before, after)
        assert at_error <= CAP * 1.25, at_error
        assert run_cell(kc, "len(keep), keep[-1]").result == "(1000, 998001)"
        again = min(timed(kc, LOOP) for _ in range(3))
        assert again <= base * 2 + 0.05, (base, again)


def test_cell_under_the_cap_completes():
    with capped_kernel() as (km, kc):
        out = run_cell(kc, "y = [[0]*10**5 for _ in range(120)]\nlen(y)", timeout=120)
        assert out.error is None and out.result == "120", out
        out = run_cell(kc, "z = 'x' * (100 * 2**20)\nlen(z)")
        assert out.error is None and out.result == str(100 << 20), out


def test_config_memory_limit():
    with capped_kernel(limit=None) as (km, kc):
        assert run_cell(kc, "keep = 1\n%config Memory.limit = '300M'").error is None
        out = run_cell(kc, RUNAWAY["list"], timeout=180)
        assert out.error == ("MemoryError", ""), out
        assert km.is_alive()
        out = run_cell(kc, "%config Memory.limit = 'lots'")
        assert out.error and out.error[0] == "ValueError", out
        assert run_cell(kc, "keep").result == "1"


def make_cgroup(limit: int) -> tuple[str, str]:
    """A new memory cgroup limited to limit bytes: its directory and its
    procs file. Skips the test when the machine does not allow one."""
    name = f"golinalg-test-{os.getpid()}"
    if os.path.exists("/sys/fs/cgroup/cgroup.controllers"):  # v2
        d, limit_file = f"/sys/fs/cgroup/{name}", "memory.max"
    elif os.path.isdir("/sys/fs/cgroup/memory"):  # v1
        d, limit_file = f"/sys/fs/cgroup/memory/{name}", "memory.limit_in_bytes"
    else:
        pytest.skip("no cgroup memory controller mounted")
    try:
        os.mkdir(d)
        with open(os.path.join(d, limit_file), "w") as f:
            f.write(str(limit))
    except OSError as e:
        if os.path.isdir(d):
            os.rmdir(d)
        pytest.skip(f"cannot make a memory cgroup here ({e}); see README, Memory, for the by-hand run")
    return d, os.path.join(d, "cgroup.procs")


def test_budget_follows_cgroup_limit():
    """No GOLINALG_MEMORY_LIMIT: under a 600 MiB cgroup the budget is half of
    it, so the runaway cell is a MemoryError and not the OOM killer."""
    d, procs = make_cgroup(600 * MiB)
    spec_dir = tempfile.mkdtemp()
    try:
        argv = KernelSpecManager().get_kernel_spec(GOLINALG).argv
        kdir = os.path.join(spec_dir, "golinalg-cgroup")
        os.mkdir(kdir)
        with open(os.path.join(kdir, "kernel.json"), "w") as f:
            json.dump({"argv": ["sh", "-c", f'echo $$ > {procs} && exec "$@"', "sh", *argv],
                       "display_name": "golinalg in a cgroup", "language": "python"}, f)
        km = KernelManager(kernel_name="golinalg-cgroup",
                           kernel_spec_manager=KernelSpecManager(kernel_dirs=[spec_dir]))
        km.start_kernel(env=capped_env(None))
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=TIMEOUT)
            pid = km.provisioner.process.pid
            with open(procs) as f:
                assert str(pid) in f.read().split()
            assert run_cell(kc, "keep = 1").error is None
            out = run_cell(kc, RUNAWAY["list"], timeout=180)
            assert out.error == ("MemoryError", ""), out
            assert km.is_alive()
            assert run_cell(kc, "keep").result == "1"
        finally:
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    finally:
        shutil.rmtree(spec_dir, ignore_errors=True)
        for _ in range(50):
            try:
                os.rmdir(d)
                break
            except OSError:
                time.sleep(0.1)
