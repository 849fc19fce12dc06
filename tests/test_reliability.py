"""Reliability checks from issue 9 at the Jupyter level: interrupts of a
sleeping cell, a pending input(), a busy loop and a 3000x3000 inv (by message
and by SIGINT, latencies printed, variables survive), MemoryError for huge
arrays and lists, parent death, and soaks: 20,000 pipelined
execute_requests (none lost or duplicated, counts consecutive, VmRSS growth
per cell after warm-up no more than ipykernel's on the same cells) and 100
kernels started and shut down in a row (no process, port, connection file
or descriptor left). Run with -s to see the figures."""
import os
import signal
import socket
import subprocess
import time

import psutil
import pytest
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_core.paths import jupyter_runtime_dir
from jupyter_client.manager import start_new_kernel

from conftest import GOLINALG, PYTHON
from harness import run_cell, run_despite_silent_peers

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


# The cells issue 9 asks to interrupt: each would run (or wait) far longer
# than the interrupt takes to arrive.
CELLS = {
    "sleep": "time.sleep(60)",
    "input": "answer = input('never: ')",
    "loop": "while True: pass",
    "inv": "B = np.linalg.inv(A)",
}

@pytest.mark.parametrize("how", ["message", "sigint"])
@pytest.mark.parametrize("cell", ["sleep", "input", "loop", "inv"])
def test_interrupt(kernel, how, cell):
    """An interrupt (interrupt_request on control, or SIGINT) ends the cell
    with KeyboardInterrupt and the session's variables survive. The latency
    from sending the interrupt to the execute_reply is printed; the issue asks
    for under 1 s, waited for here up to 10 s so that a loaded machine does
    not fail the test."""
    km, kc = kernel
    setup = "import time\nimport numpy as np\nkeep = 41 + 1"
    if cell == "inv":
        setup += "\nA = np.random.rand(3000, 3000)\ntotal = A.sum()"
    assert run_cell(kc, setup).error is None
    msg_id = kc.execute(CELLS[cell], allow_stdin=cell == "input")
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
    reply = _reply(kc, msg_id, timeout=10)
    latency = time.monotonic() - t0
    print(f"\ninterrupt {cell} by {how}: {latency * 1000:.1f} ms")
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    out = run_cell(kc, "print(keep)")
    assert out.error is None and out.stdout == "42\n"
    if cell == "inv":
        out = run_cell(kc, "print(A.shape, A.sum() == total)")
        assert out.error is None and out.stdout == "(3000, 3000) True\n", out
        assert run_cell(kc, "B").error[0] == "NameError"  # never assigned


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


def _rss_kib(pid):
    """VmRSS of pid in KiB, from /proc/<pid>/status."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError(f"no VmRSS for {pid}")


def _drain_iopub(kc):
    """Read (without decoding) what iopub holds, as a frontend keeps up."""
    sock = kc.iopub_channel.socket
    while sock.poll(timeout=0):
        sock.recv_multipart(copy=False)


def _pipeline(kc, code, n):
    """Send n execute_requests without waiting, then collect exactly one
    reply for each (a missing reply times out, a duplicate fails), reading
    iopub meanwhile as a frontend does."""
    t0 = time.monotonic()
    ids = [kc.execute(code) for _ in range(n)]
    replies = {}
    while len(replies) < n:
        _drain_iopub(kc)
        r = kc.get_shell_msg(timeout=60)
        mid = r["parent_header"].get("msg_id")
        assert mid not in replies, "duplicated reply"
        replies[mid] = r
    _drain_iopub(kc)
    return ids, replies, n / (time.monotonic() - t0)


def _rss_at_rest(kc, pid):
    """VmRSS once the kernel has answered everything and sat idle: after
    50 ms without requests it gives back the memory cells left behind
    (cmd/golinalg/memory.go). The pause below is that wait, with margin;
    the kernel_info round trip after it queues behind a release still
    running."""
    _drain_iopub(kc)
    time.sleep(1)
    kc.kernel_info()
    kc.get_shell_msg(timeout=20)
    return _rss_kib(pid)


def _pipeline_in(kc, code, n, batch):
    """_pipeline of n requests, batch at a time."""
    ids, replies, secs = [], {}, 0
    for k in range(0, n, batch):
        i, r, rate = _pipeline(kc, code, min(batch, n - k))
        ids += i
        replies.update(r)
        secs += len(i) / rate
    return ids, replies, n / secs


def _soak(kernel_name, env, warm, n, batch):
    """Run "x = 0" then warm pipelined "x = x + 1" cells in a new kernel,
    then two runs of n more, batch requests at a time, and measure VmRSS
    at rest after the warm-up and after each run. Checks every reply and
    returns the growth per cell and its noise."""
    km, kc = start_new_kernel(kernel_name=kernel_name, startup_timeout=60, env=env)
    try:
        pid = km.provisioner.process.pid
        first = kc.execute_interactive("x = 0", timeout=20)["content"]["execution_count"]
        rss = [_rss_at_rest(kc, pid)]
        _pipeline_in(kc, "x = x + 1", warm, batch)
        rss.append(_rss_at_rest(kc, pid))
        runs = []
        for _ in range(2):
            runs.append(_pipeline_in(kc, "x = x + 1", n, batch))
            rss.append(_rss_at_rest(kc, pid))
        ids = runs[0][0] + runs[1][0]
        replies = {**runs[0][1], **runs[1][1]}
        counts = [replies[i]["content"]["execution_count"] for i in ids]
        assert set(replies) == set(ids)
        assert all(replies[i]["content"]["status"] == "ok" for i in ids)
        assert counts == list(range(first + warm + 1, first + warm + 1 + 2 * n))
        last = first + warm + 2 * n
        out = run_cell(kc, f"print(x, len(In), _i{last}[:5])")
        assert out.stdout == f"{warm + 2 * n} {last + 2} x = x\n", out.stdout
        # Nothing arrived late: the next reply on shell was print(x)'s own,
        # and none follows it.
        assert not kc.shell_channel.msg_ready()
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    # Bytes per cell in each run of n, their mean, and the noise: half the
    # difference of the two runs, the uncertainty of the mean of two.
    per_run = [(b - a) * 1024 / n for a, b in zip(rss[1:], rss[2:])]
    per_cell = sum(per_run) / 2
    noise = abs(per_run[0] - per_run[1]) / 2
    rate = 2 * n / sum(n / r[2] for r in runs)
    print(f"\nsoak {kernel_name}: {2 * n} pipelined execute_requests after "
          f"{warm} warm-up, {rate:.0f}/s; VmRSS {rss[0]} KiB at start, "
          f"{' -> '.join(map(str, rss[1:]))} KiB at rest after the warm-up and each "
          f"{n}; {per_run[0]:.0f} and {per_run[1]:.0f} B per cell: "
          f"{per_cell:.0f} +- {noise:.0f}")
    return per_cell, noise


# A per-cell leak this large fails whatever ipykernel does.
LEAK = 2048


def test_soak_pipelined(tmp_path):
    """20,000 pipelined execute_requests after a warm-up of 10,000, in
    golinalg and then in ipykernel on the same cells: every one answered
    once, execution_count consecutive, and resident memory at rest grows
    per cell no more than ipykernel's in the same test run and less than
    LEAK in any case. The kernel keeps each cell's input (In, the _iN
    variables and the history share one str) and the replay guard 16 B a
    message up to its 65,536: about 85 B a cell, where ipykernel, keeping
    In, _iN and its history, grows 470-650. The warm-up is a whole run
    because the first one also touches memory once and for all (pages of
    the binary, stacks, collector metadata: 0.3-0.4 MB). The growth is
    measured over two runs of 10,000 apart, whose difference is the noise
    allowed on top of ipykernel's figure; the test fails when that noise is
    not well below LEAK, as then it could not tell a leak from it. (A
    kernel built to leak 1,000 B a cell failed it at 1,263 B against
    ipykernel's 565 +- 155; one leaking 2,500 B at 3,137.) With ipykernel
    at 100-200 cells/s it takes a few minutes."""
    warm, n = 10000, 10000
    # IPython's history database goes to a directory of its own, fresh,
    # rather than the user's.
    env = {**os.environ, "IPYTHONDIR": str(tmp_path / "ipython")}
    ours, our_noise = _soak(GOLINALG, env, warm, n, n)
    # ipykernel drops replies beyond its shell socket's high-water mark
    # (1,000) when the client sends on without reading: 500 at a time.
    theirs, their_noise = _soak(PYTHON, env, warm, n, 500)
    print(f"per cell: golinalg {ours:.0f} +- {our_noise:.0f} B, "
          f"ipykernel {theirs:.0f} +- {their_noise:.0f} B")
    for name, noise in ((GOLINALG, our_noise), (PYTHON, their_noise)):
        assert noise < LEAK / 4, (
            f"{name}: two runs of {n} cells differ by {2 * noise:.0f} B a cell; "
            f"too noisy to resolve a leak of {LEAK} B a cell")
    assert ours < LEAK, f"golinalg grows {ours:.0f} B a cell"
    assert ours <= theirs + our_noise + their_noise, (
        f"golinalg grows {ours:.0f} +- {our_noise:.0f} B a cell, "
        f"ipykernel {theirs:.0f} +- {their_noise:.0f}")


def _listening():
    """TCP ports in LISTEN state on this machine, from /proc/net/tcp{,6}."""
    ports = set()
    for name in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(name) as f:
                next(f)
                for line in f:
                    local, state = line.split()[1], line.split()[3]
                    if state == "0A":
                        ports.add(int(local.rsplit(":", 1)[1], 16))
        except FileNotFoundError:
            pass
    return ports


def _refused(ip, port):
    try:
        with socket.create_connection((ip, port), timeout=1):
            return False
    except ConnectionRefusedError:
        return True


def test_soak_start_stop():
    """100 kernels started, used and shut down in a row leave no process,
    no listening port, no connection file and no open descriptor behind."""
    me = psutil.Process()
    runtime = jupyter_runtime_dir()
    kernel_ids = []
    fds_before = me.num_fds()
    t0 = time.monotonic()
    for i in range(100):
        km, kc = start_new_kernel(kernel_name=GOLINALG, startup_timeout=60)
        kernel_ids.append(km.kernel_id)
        proc = psutil.Process(km.provisioner.process.pid)
        info = km.get_connection_info()
        ports = [info[k] for k in ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")]
        assert set(ports) <= _listening()
        assert kc.execute_interactive("1", timeout=20, output_hook=lambda m: None)["content"]["status"] == "ok"
        kc.stop_channels()
        km.shutdown_kernel()
        # The kernel is gone (shutdown_kernel waited for and reaped it) ...
        assert not proc.is_running(), f"kernel {i} still running"
        # ... so are its ports and its connection file.
        assert [p for p in ports if not _refused(info["ip"], p)] == [], f"kernel {i} left a port open"
        assert not os.path.exists(km.connection_file)
    elapsed = time.monotonic() - t0
    leaked = [c for c in me.children(recursive=True) if c.is_running() and c.status() != psutil.STATUS_ZOMBIE]
    assert leaked == [], leaked
    # Only files of this test's kernels count: others may run on the machine.
    ours = [f for f in os.listdir(runtime) if any(k in f for k in kernel_ids)]
    fds_after = me.num_fds()
    print(f"\n100 kernels started and shut down in {elapsed:.1f} s "
          f"({elapsed * 10:.0f} ms each); descriptors {fds_before} -> {fds_after}")
    # A leak per kernel would add at least 100.
    assert fds_after - fds_before < 50, (fds_before, fds_after)
    assert ours == [], ours


def test_stalled_iopub_subscriber_does_not_starve_others(kernel):
    """A subscriber that connects to iopub and never reads (a frozen browser
    tab) fills its own queue and loses its own messages; the frontend that
    does read, more slowly than the kernel writes, still gets every message
    of the cell, idle status included. 60,000 display_data messages are
    about 40 MB, more than the kernel's 10,000-message queue and both TCP
    buffers of the stalled connection can hold. Before the zmq4 patch in
    third_party/zmq4/pub.go, one stalled subscriber blocked delivery to all,
    and past the high-water mark everybody lost messages: the reading
    frontend never saw the cell go idle."""
    import zmq
    km, kc = kernel
    info = km.get_connection_info()
    ctx = zmq.Context()
    stalled = ctx.socket(zmq.SUB)
    stalled.setsockopt(zmq.RCVHWM, 1)
    stalled.setsockopt(zmq.SUBSCRIBE, b"")
    stalled.connect(f"tcp://{info['ip']}:{info['iopub_port']}")
    try:
        time.sleep(0.5)  # the subscription reaches the kernel
        n = 60000
        out = run_cell(kc, f"for i in range({n}):\n    display(i)", timeout=120)
        assert out.status == "ok"
        got = [d["text/plain"] for d in out.displays]
        assert len(got) == n, f"the reading frontend got {len(got)} of {n} displays"
        assert got == [str(i) for i in range(n)]
        # The stalled subscriber's queue is bounded: the kernel still
        # answers at once.
        assert run_cell(kc, "print('alive')").stdout == "alive\n"
    finally:
        stalled.close(linger=0)
        ctx.term()


def test_silent_peer_does_not_block_new_clients(kernel):
    """A TCP peer that connects to every port and never sends the ZMTP
    greeting (a port scanner, a half-open connection) must not keep the
    kernel from accepting the next client: each accepted connection is
    handshaken on its own, with a deadline."""
    km, _ = kernel
    assert run_despite_silent_peers(km, "print(6 * 7)").stdout == "42\n"
