"""Run cells in a Jupyter kernel through jupyter_client and collect what a
frontend would show: stdout, stderr, the execute_result's text/plain, and the
error's name and value.

The same cells run in golinalg and in the python3 (ipykernel + NumPy) kernel;
the python3 run, made at test time, is the oracle.
"""
from __future__ import annotations

import queue
from contextlib import contextmanager
from dataclasses import dataclass, field

from jupyter_client.manager import start_new_kernel

TIMEOUT = 60


@dataclass
class CellOutcome:
    stdout: str = ""
    stderr: str = ""
    result: str | None = None          # execute_result text/plain
    result_mimes: tuple = ()
    error: tuple | None = None         # (ename, evalue)
    traceback: list = field(default_factory=list)
    displays: list = field(default_factory=list)
    status: str = ""

    def comparable(self):
        """What must be identical between golinalg and NumPy."""
        return {"stdout": self.stdout, "result": self.result, "error": self.error}


@contextmanager
def kernel(name: str, **start):
    """A started kernel's client; start goes to KernelManager.start_kernel
    (env=..., the kernel process's whole environment)."""
    km, kc = start_new_kernel(kernel_name=name, startup_timeout=TIMEOUT, **start)
    try:
        yield kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def run_cell(kc, code: str, timeout: float = TIMEOUT) -> CellOutcome:
    msg_id = kc.execute(code, allow_stdin=False)
    out = CellOutcome()
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"no idle status for cell {code!r}")
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        t, c = msg["msg_type"], msg["content"]
        if t == "stream":
            if c["name"] == "stdout":
                out.stdout += c["text"]
            else:
                out.stderr += c["text"]
        elif t == "execute_result":
            out.result = c["data"].get("text/plain")
            out.result_mimes = tuple(sorted(c["data"]))
        elif t == "display_data":
            out.displays.append(c["data"])
        elif t == "error":
            out.error = (c["ename"], c["evalue"])
            out.traceback = c["traceback"]
        elif t == "status" and c["execution_state"] == "idle":
            break
    reply = kc.get_shell_msg(timeout=timeout)
    while reply["parent_header"].get("msg_id") != msg_id:
        reply = kc.get_shell_msg(timeout=timeout)
    out.status = reply["content"]["status"]
    return out


def run_cells(name: str, cells: list[str]) -> list[CellOutcome]:
    with kernel(name) as kc:
        return [run_cell(kc, c) for c in cells]


def run_despite_silent_peers(km, code: str) -> CellOutcome:
    """Open a TCP connection that never sends a ZMTP greeting to each of
    the kernel's five ports, then start a new client and run code in it:
    the silent peers must not keep the client from connecting."""
    import socket
    import time
    info = km.get_connection_info()
    silent = [socket.create_connection((info["ip"], info[f"{ch}_port"]))
              for ch in ("shell", "control", "stdin", "iopub", "hb")]
    try:
        time.sleep(0.2)
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=20)
            return run_cell(kc, code, timeout=20)
        finally:
            kc.stop_channels()
    finally:
        for s in silent:
            s.close()
