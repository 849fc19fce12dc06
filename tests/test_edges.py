"""Protocol edge cases against the installed golinalg kernel over real
ZeroMQ: forged, replayed and malformed messages never execute and the kernel
keeps answering; stop_on_error aborts queued cells; interrupt by message and
by SIGINT; restart through shutdown_request."""
import os
import signal
import time

import pytest
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

from conftest import GOLINALG

MARK = "golinalg-marker-7f3a"


@pytest.fixture
def kernel():
    km, kc = start_new_kernel(kernel_name=GOLINALG, startup_timeout=60)
    yield km, kc
    kc.stop_channels()
    km.shutdown_kernel(now=True)


HANG = 60  # seconds: only keeps a broken kernel from hanging the run


def iopub_until_idle(kc, msg_ids):
    """Every iopub message up to the idle status of each request in msg_ids."""
    waiting, seen = set(msg_ids), []
    while waiting:
        msg = kc.get_iopub_msg(timeout=HANG)
        seen.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            waiting.discard(msg["parent_header"].get("msg_id"))
    return seen


def replies_until(channel, msg_id):
    """Every message on a shell or control channel up to and including the
    reply to msg_id."""
    seen = []
    while not seen or seen[-1]["parent_header"].get("msg_id") != msg_id:
        seen.append(channel.get_msg(timeout=HANG))
    return seen


def execution_count(kc):
    """The count of the last cell run, from a signed cell run now."""
    return kc.execute_interactive("pass", timeout=HANG)["content"]["execution_count"]


def ran(iopub):
    """The msg_ids of the execute_requests that ran, in order, and their stdout."""
    order = [m["parent_header"]["msg_id"] for m in iopub if m["msg_type"] == "execute_input"]
    text = "".join(m["content"]["text"] for m in iopub if m["msg_type"] == "stream")
    return order, text


def still_answers(kc):
    reply = kc.execute_interactive("print(6 * 7)", timeout=20)
    assert reply["content"]["status"] == "ok"


EXEC = {"silent": False, "store_history": True, "user_expressions": {},
        "allow_stdin": False, "stop_on_error": False}


def test_forged_signature_never_executes(kernel):
    """1,000 forged messages on shell and on control, then a signed probe on
    each: the probes are the only cells that run. A forged request the
    kernel took would be queued before the probe sent after it on the same
    socket, so it would run, and be answered, before that probe."""
    _, kc = kernel
    n = execution_count(kc)
    forger = Session(key=b"not-the-key", session=kc.session.session)
    for i in range(1000):
        sock = kc.shell_channel.socket if i % 2 else kc.control_channel.socket
        forger.send(sock, "execute_request", dict(EXEC, code=f"print('{MARK}')"))
    shell_probe = kc.execute("print('shell probe')")
    control_probe = kc.session.send(kc.control_channel.socket, "execute_request",
                                    dict(EXEC, code="print('control probe')"))["header"]["msg_id"]
    shell = replies_until(kc.shell_channel, shell_probe)
    control = replies_until(kc.control_channel, control_probe)
    assert [m["parent_header"]["msg_id"] for m in shell] == [shell_probe]
    assert [m["parent_header"]["msg_id"] for m in control] == [control_probe]
    counts = sorted(m[0]["content"]["execution_count"] for m in (shell, control))
    assert counts == [n + 1, n + 2]
    order, text = ran(iopub_until_idle(kc, [shell_probe, control_probe]))
    assert sorted(order) == sorted([shell_probe, control_probe])
    assert MARK not in text and "shell probe" in text and "control probe" in text
    still_answers(kc)


def test_replayed_message_is_rejected(kernel):
    """One signed message sent 1,000 times, then a signed probe: the message
    runs once and the probe next. A replay the kernel took would be queued
    before the probe, so it would run, and be answered, before it."""
    _, kc = kernel
    n = execution_count(kc)
    msg = kc.session.msg("execute_request", dict(EXEC, code=f"print('{MARK}')"))
    for i in range(1000):
        kc.session.send(kc.shell_channel.socket, msg)  # the same signed frames again
    probe = kc.execute("print('probe')")
    replies = replies_until(kc.shell_channel, probe)
    assert [m["parent_header"]["msg_id"] for m in replies] == [msg["header"]["msg_id"], probe]
    assert [m["content"]["execution_count"] for m in replies] == [n + 1, n + 2]
    order, text = ran(iopub_until_idle(kc, [probe]))
    assert order == [msg["header"]["msg_id"], probe]
    assert text.count(MARK) == 1 and "probe" in text
    still_answers(kc)


def test_malformed_and_unknown_messages(kernel):
    """1,000 malformed messages on shell and control, then unknown types:
    the kernel keeps answering."""
    _, kc = kernel
    bad = [[b"junk"], [b"<IDS|MSG>", b"sig", b"{}"],
           [b"<IDS|MSG>", b"", b"not json", b"{}", b"{}", b"{}"]]
    for i in range(1000):
        sock = kc.shell_channel.socket if i % 2 else kc.control_channel.socket
        sock.send_multipart(bad[i % len(bad)])
    kc.session.send(kc.shell_channel.socket, "frobnicate_request", {})
    time.sleep(0.5)
    still_answers(kc)


def test_stop_on_error_aborts_queued(kernel):
    _, kc = kernel
    first = kc.execute("raise ValueError('boom')")
    second = kc.execute(f"print('{MARK}')")
    replies = {}
    while len(replies) < 2:
        m = kc.get_shell_msg(timeout=20)
        replies[m["parent_header"]["msg_id"]] = m["content"]["status"]
    assert replies == {first: "error", second: "aborted"}


@pytest.mark.parametrize("how", ["message", "SIGINT"])
def test_interrupt_keeps_variables(kernel, how):
    km, kc = kernel
    kc.execute_interactive("x = 41", timeout=20)
    msg_id = kc.execute("while True: pass")
    time.sleep(0.5)
    if how == "message":
        km.interrupt_kernel()
    else:
        os.kill(km.provisioner.process.pid, signal.SIGINT)
    reply = kc.get_shell_msg(timeout=20)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    outputs = []
    kc.execute_interactive("print(x + 1)", timeout=20, output_hook=outputs.append)
    assert any(o["msg_type"] == "stream" and o["content"]["text"] == "42\n" for o in outputs), [(o["msg_type"], o["content"]) for o in outputs]


def test_restart(kernel):
    km, kc = kernel
    kc.execute_interactive("y = 1", timeout=20)
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=30)
    reply = kc.execute_interactive("y", timeout=20)
    assert reply["content"]["status"] == "error" and reply["content"]["ename"] == "NameError"


def test_completion_positions_count_code_points(kernel):
    _, kc = kernel
    code = "import numpy as np\nlabel = 'λ→é'\nnp.linalg.in"
    kc.complete(code, cursor_pos=len(code))
    reply = kc.get_shell_msg(timeout=20)["content"]
    assert reply["matches"] == ["inv"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (len(code) - 2, len(code))
    types = reply["metadata"]["_jupyter_types_experimental"]
    assert {"text": "inv", "type": "function", "start": len(code) - 2, "end": len(code)} in types


def test_input_over_stdin(kernel):
    _, kc = kernel
    outputs = []
    kc.allow_stdin = True

    def answer(msg):
        assert msg["content"]["prompt"] == "Size? "
        kc.input("3")

    reply = kc.execute_interactive("n = int(input('Size? '))\nprint(n * 2)", timeout=20,
                                   stdin_hook=answer, output_hook=outputs.append)
    assert reply["content"]["status"] == "ok"
    assert "".join(o["content"].get("text", "") for o in outputs if o["msg_type"] == "stream") == "6\n"


def test_input_without_stdin(kernel):
    _, kc = kernel
    reply = kc.execute_interactive("input('x')", timeout=20, allow_stdin=False)
    assert reply["content"]["ename"] == "StdinNotImplementedError"


def test_user_expressions(kernel):
    _, kc = kernel
    kc.execute_interactive("import numpy as np\nA = np.array([[52, 22], [43, 24]])\n7", timeout=20)
    reply = kc.execute_interactive("x = 1", timeout=20,
                                   user_expressions={"shape": "A.shape", "bad": "nope + 1", "inv": "np.linalg.inv(A)"})
    ue = reply["content"]["user_expressions"]
    import numpy as np
    assert ue["shape"] == {"status": "ok", "data": {"text/plain": "(2, 2)"}, "metadata": {}}
    assert ue["bad"]["status"] == "error" and ue["bad"]["ename"] == "NameError"
    assert ue["inv"]["data"]["text/plain"] == repr(np.linalg.inv(np.array([[52, 22], [43, 24]])))
    # user_expressions leave IPython's _ alone
    outputs = []
    kc.execute_interactive("_", timeout=20, output_hook=outputs.append)
    assert [o["content"]["data"]["text/plain"] for o in outputs if o["msg_type"] == "execute_result"] == ["7"]
