"""Jupyter-level benchmark: golinalg against the python3 (ipykernel) kernel,
side by side in one run. Measures start-up to the first kernel_info_reply,
execute round trip p50/p99, pipelined executes per second, and idle and
post-load RSS, then prints the ratios. A benchmark, not a test: it asserts
nothing.

    .venv/bin/python bench/jupyter_bench.py [--rounds 200] [--pipelined 2000]
"""
import argparse
import statistics
import time

from jupyter_client.manager import KernelManager

WARM = "import numpy as np\nA = np.array([[52, 22], [43, 24]])"
CELL = "x = 1 + 1"
LOAD = "import numpy as np\nB = np.linalg.inv(np.array([[4.0, 7.0], [2.0, 6.0]]))"


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def wait_reply(kc, msg_id, timeout=60):
    while True:
        m = kc.get_shell_msg(timeout=timeout)
        if m["parent_header"].get("msg_id") == msg_id:
            return m


def drain_iopub(kc):
    try:
        while True:
            kc.get_iopub_msg(timeout=0.05)
    except Exception:
        pass


def start(name):
    """Start a kernel; return (km, kc, seconds to the first kernel_info_reply)."""
    km = KernelManager(kernel_name=name)
    t0 = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    while True:
        mid = kc.kernel_info()
        try:
            wait_reply(kc, mid, timeout=0.05)
            break
        except Exception:
            continue
    return km, kc, time.perf_counter() - t0


def startup_median(name, n=5):
    """Median start-up over n starts, after one unmeasured start that warms
    jupyter_client itself (its first start pays for imports and caches)."""
    times = []
    for i in range(n + 1):
        km, kc, t = start(name)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
        if i:
            times.append(t)
    return statistics.median(times)


def measure(name, rounds, pipelined):
    startup = startup_median(name)
    km, kc, _ = start(name)
    pid = km.provisioner.process.pid
    time.sleep(0.5)
    idle = rss_kib(pid)
    wait_reply(kc, kc.execute(WARM))
    lat = []
    for _ in range(rounds):
        t = time.perf_counter()
        wait_reply(kc, kc.execute(CELL))
        lat.append(time.perf_counter() - t)
    drain_iopub(kc)
    t = time.perf_counter()
    ids = [kc.execute(CELL) for _ in range(pipelined)]
    seen = 0
    while seen < len(ids):
        kc.get_shell_msg(timeout=60)
        seen += 1
    rate = pipelined / (time.perf_counter() - t)
    drain_iopub(kc)
    for _ in range(50):
        wait_reply(kc, kc.execute(LOAD))
    drain_iopub(kc)
    post = rss_kib(pid)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    lat.sort()
    return {
        "startup_s": startup,
        "p50_ms": 1000 * statistics.median(lat),
        "p99_ms": 1000 * lat[min(len(lat) - 1, int(0.99 * len(lat)))],
        "exec_per_s": rate,
        "idle_rss_mib": idle / 1024,
        "post_rss_mib": post / 1024,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=200)
    ap.add_argument("--pipelined", type=int, default=2000)
    ap.add_argument("--kernel", default="golinalg")
    ap.add_argument("--baseline", default="python3")
    a = ap.parse_args()
    res = {k: measure(k, a.rounds, a.pipelined) for k in (a.kernel, a.baseline)}
    g, p = res[a.kernel], res[a.baseline]
    print(f"{'metric':<14}{a.kernel:>14}{a.baseline:>14}{'ratio':>10}")
    for key in g:
        ratio = g[key] / p[key] if p[key] else float("nan")
        print(f"{key:<14}{g[key]:>14.3f}{p[key]:>14.3f}{ratio:>10.3f}")


if __name__ == "__main__":
    main()
