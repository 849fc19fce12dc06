"""Transport security at the Jupyter level (issue 9): CurveZMQ encryption
provisioned by jupyter_client's KernelManager(transport_encryption=
"required"), clients without the server key getting nothing while the kernel
keeps serving the one that has it, a refused start on bad keys, a loud
warning for an empty signing key, and sockets bound to the connection
file's ip only."""
import os
import subprocess
import uuid

import pytest
import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session
from zmq.utils.monitor import recv_monitor_message

from conftest import GOLINALG
from harness import run_cell, run_despite_silent_peers

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "bin", "golinalg")
PORTS = ("shell_port", "iopub_port", "stdin_port", "control_port", "hb_port")

pytestmark = pytest.mark.skipif(not zmq.has("curve"),
                                reason="pyzmq's libzmq has no CURVE support")


@pytest.fixture
def encrypted():
    km = KernelManager(kernel_name=GOLINALG, transport_encryption="required")
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


HANG = 30  # seconds: only keeps a broken kernel from hanging the run


def _heartbeat_echoes(km):
    """A client with the server key gets its ping back on the heartbeat
    port. (kc.hb_channel.is_beating() proves nothing: it is True until its
    first one-second wait has passed, and False after one slow reply.)"""
    hb = km.connect_hb()
    try:
        hb.send(b"ping")
        assert hb.poll(HANG * 1000), "no heartbeat echo"
        assert hb.recv() == b"ping"
    finally:
        hb.close(0)


def test_encrypted_kernel_runs_a_cell(encrypted):
    km, kc = encrypted
    info = km.get_connection_info()
    assert len(info["curve_publickey"]) == 40 and len(info["curve_secretkey"]) == 40
    out = run_cell(kc, "x = 1+1\nx")
    assert out.result == "2" and out.error is None
    _heartbeat_echoes(km)


def test_encrypted_kernel_over_ipc(tmp_path):
    km = KernelManager(kernel_name=GOLINALG, transport="ipc", ip=str(tmp_path / "k"),
                       transport_encryption="required")
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=60)
        assert km.get_connection_info()["curve_secretkey"]
        assert run_cell(kc, "2**10").result == "1024"
        _heartbeat_echoes(km)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def _execute_request(session, code):
    msg = session.msg("execute_request", {
        "code": code, "silent": False, "store_history": True,
        "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    return msg


HANDSHAKE_FAILED = (zmq.EVENT_HANDSHAKE_FAILED_NO_DETAIL | zmq.EVENT_HANDSHAKE_FAILED_PROTOCOL
                    | zmq.EVENT_HANDSHAKE_FAILED_AUTH)
HANDSHAKE = zmq.EVENT_HANDSHAKE_SUCCEEDED | HANDSHAKE_FAILED


def _intruder(ctx, kind, url, server_key=None, identity=None):
    """A socket without the server key: no CURVE at all, or CURVE with
    server_key, which is not the kernel's; and a monitor of its handshakes,
    attached before it connects, so that it sees every one."""
    s = ctx.socket(kind)
    s.linger = 0
    if server_key is not None:
        s.curve_publickey, s.curve_secretkey = zmq.curve_keypair()
        s.curve_serverkey = server_key
    if identity:
        s.identity = identity
    monitor = s.get_monitor_socket(HANDSHAKE | zmq.EVENT_MONITOR_STOPPED)
    monitor.linger = 0
    s.connect(url)
    return s, monitor


def _events_until(monitor, wanted):
    """The monitor's events up to and including the first of the wanted
    kinds."""
    events = []
    while not events or not events[-1] & wanted:
        assert monitor.poll(HANG * 1000), f"no {wanted!r} event after {events}"
        events.append(recv_monitor_message(monitor)["event"])
    return events


def test_client_without_server_key_gets_nothing(encrypted):
    """Intruders know the HMAC key (it is in the same file) but not the
    server's public key: their signed execute_requests run nothing and get no
    reply, nor do their kernel_info_requests on control, nor iopub traffic,
    nor heartbeat echo; the kernel keeps serving the client that has the key.

    Proved by order, not by waiting: ZMTP passes no message either way
    before the handshake succeeds, so each intruder's first handshake must
    end in failure, and once the intruder is closed (dropping what it
    queued) its monitor's full record must hold no successful handshake;
    only then does the good client look for what they sent."""
    km, kc = encrypted
    info = km.get_connection_info()
    session = Session(key=info["key"], signature_scheme=info["signature_scheme"])
    ctx = zmq.Context()
    url = lambda port: f"tcp://{info['ip']}:{info[port]}"
    wrong_key, _ = zmq.curve_keypair()
    intruders = []
    try:
        marker = f"intruder_{uuid.uuid4().hex[:8]}"
        for i, key in enumerate([None, wrong_key]):
            shell = _intruder(ctx, zmq.DEALER, url("shell_port"), key, f"bad{i}".encode())
            session.send(shell[0], _execute_request(session, f"{marker} = {i}"))
            sub = _intruder(ctx, zmq.SUB, url("iopub_port"), key)
            sub[0].setsockopt(zmq.SUBSCRIBE, b"")
            control = _intruder(ctx, zmq.DEALER, url("control_port"), key, f"badc{i}".encode())
            session.send(control[0], session.msg("kernel_info_request", {}))
            hb = _intruder(ctx, zmq.REQ, url("hb_port"), key)
            hb[0].send(b"ping")
            intruders += [shell, control, sub, hb]
        # The good client runs cells meanwhile, so iopub is busy.
        for i in range(3):
            assert run_cell(kc, f"{i}+40").result == str(i + 40)
        for s, monitor in intruders:
            events = _events_until(monitor, HANDSHAKE)
            assert events[-1] & HANDSHAKE_FAILED, f"an intruder {s.type} socket's handshake: {events}"
            assert not s.poll(0), f"an intruder {s.type} socket received something"
        for s, monitor in intruders:
            s.close(0)
            events = _events_until(monitor, zmq.EVENT_MONITOR_STOPPED)
            assert not any(e & zmq.EVENT_HANDSHAKE_SUCCEEDED for e in events), \
                f"an intruder {s.type} socket completed a handshake: {events}"
        # Nothing they sent ran.
        out = run_cell(kc, marker)
        assert out.error is not None and out.error[0] == "NameError", out
        assert run_cell(kc, "x = 6*7\nx").result == "42"
        _heartbeat_echoes(km)
    finally:
        for s, monitor in intruders:
            s.close(0)
            monitor.close(0)
        ctx.term()


def test_silent_connections_do_not_block_new_clients(encrypted):
    """TCP connections that never send a greeting do not keep a new client
    from completing its CURVE handshakes on the same ports."""
    km, _ = encrypted
    assert run_despite_silent_peers(km, "3*3").result == "9"


def _run_binary(conn_file, **popen):
    return subprocess.Popen([BIN, "kernel", "-f", conn_file], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, **popen)


@pytest.mark.parametrize("case", ["mismatched pair", "not z85", "public only"])
def test_bad_curve_keys_refuse_to_start(tmp_path, case):
    """Keys the kernel cannot use stop it, rather than letting it serve
    in the clear."""
    pub, sec = zmq.curve_keypair()
    other, _ = zmq.curve_keypair()
    keys = {"mismatched pair": dict(curve_publickey=other, curve_secretkey=sec),
            "not z85": dict(curve_publickey=pub, curve_secretkey=b" " * 40),
            "public only": dict(curve_publickey=pub)}[case]
    conn, _ = write_connection_file(str(tmp_path / "conn.json"), ip="127.0.0.1", **keys)
    p = _run_binary(conn)
    try:
        _, err = p.communicate(timeout=30)
    finally:
        p.kill()
    assert p.returncode != 0
    assert "curve" in err.lower(), err


def test_empty_key_warns_and_runs_unsigned(tmp_path):
    conn, info = write_connection_file(str(tmp_path / "conn.json"), ip="127.0.0.1", key=b"")
    p = _run_binary(conn)
    try:
        kc = BlockingKernelClient(connection_file=conn)
        kc.load_connection_file()
        assert kc.session.key == b""
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
            assert run_cell(kc, "1+1").result == "2"
        finally:
            kc.stop_channels()
    finally:
        p.terminate()
        _, err = p.communicate(timeout=30)
    assert "WARNING" in err and "not signed" in err, err


def _listening(pid):
    """(address, port) of every TCP socket in LISTEN state that pid owns,
    from /proc/<pid>/fd and /proc/net/tcp{,6}."""
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            link = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(link[len("socket:["):-1])
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as f:
            next(f)
            for line in f:
                fields = line.split()
                local, state, inode = fields[1], fields[3], fields[9]
                if state == "0A" and inode in inodes:
                    addr, port = local.split(":")
                    found.append((table, addr, int(port, 16)))
    return found


@pytest.mark.parametrize("encrypt", [False, True])
def test_binds_only_the_connection_ip(encrypt):
    km = KernelManager(kernel_name=GOLINALG, ip="127.0.0.1",
                       transport_encryption="required" if encrypt else "disabled")
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=60)
        finally:
            kc.stop_channels()
        info = km.get_connection_info()
        found = _listening(km.provisioner.process.pid)
        # 127.0.0.1 as /proc/net/tcp writes it: little-endian hex.
        assert sorted(found) == sorted(("/proc/net/tcp", "0100007F", info[p]) for p in PORTS), found
    finally:
        km.shutdown_kernel(now=True)
