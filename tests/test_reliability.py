"""Reliability checks from issue 9 at the Jupyter level: interrupts of a
sleeping cell and of a pending input() (by message and by SIGINT, variables
survive), MemoryError for huge arrays and lists, parent death, and a small
soak (pipelined execute_requests; kernels started and shut down in a row)."""
import glob
import json
import os
import signal
import subprocess
import time

import pytest
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.manager import start_new_kernel

from conftest import GOLINALG
from harness import run_cell

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "bin", "golinalg")


@pytest.fixture
def kernel():
    km, kc = start_new_kernel(kernel_name=GOLINALG, startup_timeout=60)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


def _wait_busy(kc, msg_id, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        msg = kc.get_iopub_msg(timeout=timeout)
        if (msg["parent_header"].get("msg_id") == msg_id
                and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "busy"):
            return
    raise TimeoutError("kernel never went busy")


def _reply(kc, msg_id, timeout=30):
    while True:
        r = kc.get_shell_msg(timeout=timeout)
        if r["parent_header"].get("msg_id") == msg_id:
            return r


@pytest.mark.parametrize("how", ["message", "sigint"])
@pytest.mark.parametrize("cell", ["sleep", "input"])
def test_interrupt(kernel, how, cell):
    km, kc = kernel
    assert run_cell(kc, "import time\nkeep = 41 + 1").error is None
    if cell == "sleep":
        msg_id = kc.execute("time.sleep(60)")
    else:
        msg_id = kc.execute("answer = input('never: ')", allow_stdin=True)
    _wait_busy(kc, msg_id)
    if cell == "input":
        req = kc.get_stdin_msg(timeout=20)
        assert req["msg_type"] == "input_request"
    else:
        time.sleep(0.2)
    t0 = time.monotonic()
    if how == "message":
        km.interrupt_kernel()  # the kernelspec's interrupt_mode is "message"
    else:
        os.kill(km.provisioner.process.pid, signal.SIGINT)
    reply = _reply(kc, msg_id, timeout=30)
    latency = time.monotonic() - t0
    print(f"\ninterrupt {cell} by {how}: {latency * 1000:.1f} ms")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    out = run_cell(kc, "print(keep)")
    assert out.error is None and out.stdout == "42\n"


def test_memory_error_array(kernel):
    _, kc = kernel
    run_cell(kc, "import numpy as np\nkeep = 3")
    out = run_cell(kc, "np.zeros((1000000, 1000000))")
    assert out.error is not None, out
    ename, evalue = out.error
    assert ename == "MemoryError"
    assert evalue.startswith("Unable to allocate"), evalue
    assert "(1000000, 1000000)" in evalue and "float64" in evalue, evalue
    assert run_cell(kc, "print(keep)").stdout == "3\n"


def test_memory_error_list(kernel):
    _, kc = kernel
    run_cell(kc, "keep = 5")
    out = run_cell(kc, "x = [0] * 10**12")
    assert out.error is not None and out.error[0] == "MemoryError", out
    assert run_cell(kc, "print(keep)").stdout == "5\n"


def _alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_parent_death(tmp_path):
    """The kernel exits once the process named by JPY_PARENT_PID dies."""
    conn, _ = write_connection_file(str(tmp_path / "conn.json"), ip="127.0.0.1")
    # sh starts the kernel in the background, names itself as its parent,
    # prints the kernel's pid and exits when its stdin closes.
    script = (f'JPY_PARENT_PID=$$ "{BIN}" kernel -f "{conn}" >/dev/null 2>&1 & '
              'echo $!; read line')
    sh = subprocess.Popen(["sh", "-c", script], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True)
    pid = int(sh.stdout.readline())
    try:
        kc = BlockingKernelClient(connection_file=conn)
        kc.load_connection_file()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=30)  # the kernel really runs
        finally:
            kc.stop_channels()
        assert _alive(pid)
        sh.stdin.close()
        sh.wait(timeout=10)
        t0 = time.monotonic()
        while _alive(pid) and time.monotonic() - t0 < 20:
            time.sleep(0.05)
        print(f"\nkernel exited {time.monotonic() - t0:.2f} s after parent death")
        assert not _alive(pid), "kernel outlived its parent by 20 s"
    finally:
        if _alive(pid):
            os.kill(pid, signal.SIGKILL)


def test_soak_pipelined(kernel):
    _, kc = kernel
    n = 2000
    first = kc.execute_interactive("x = 0", timeout=20)["content"]["execution_count"]
    t0 = time.monotonic()
    ids = [kc.execute("x = x + 1") for _ in range(n)]
    replies = {}
    while len(replies) < n:
        r = kc.get_shell_msg(timeout=60)
        mid = r["parent_header"].get("msg_id")
        assert mid not in replies, "duplicated reply"
        replies[mid] = r
    rate = n / (time.monotonic() - t0)
    print(f"\nsoak: {n} pipelined execute_requests at {rate:.0f}/s")
    assert set(replies) == set(ids)
    counts = [replies[i]["content"]["execution_count"] for i in ids]
    assert all(replies[i]["content"]["status"] == "ok" for i in ids)
    assert counts == list(range(first + 1, first + 1 + n))
    assert run_cell(kc, "print(x)").stdout == f"{n}\n"


def _golinalg_pids():
    pids = []
    for d in glob.glob("/proc/[0-9]*"):
        try:
            with open(d + "/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
        except OSError:
            continue
        if argv and os.path.basename(argv[0]) == b"golinalg" and _alive(d[6:]):
            pids.append(int(d[6:]))
    return set(pids)


def test_soak_start_stop():
    before = _golinalg_pids()
    conn_files = []
    for _ in range(20):
        km, kc = start_new_kernel(kernel_name=GOLINALG, startup_timeout=60)
        conn_files.append(km.connection_file)
        assert kc.execute_interactive("1", timeout=20, output_hook=lambda m: None)["content"]["status"] == "ok"
        kc.stop_channels()
        km.shutdown_kernel()
    time.sleep(0.5)
    assert _golinalg_pids() - before == set()
    assert [f for f in conn_files if os.path.exists(f)] == []
