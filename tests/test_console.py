"""A scripted `jupyter console --kernel golinalg` session, driven through a
pseudo-terminal as a person would type: a cell runs and prints, and Tab
completes a numpy.linalg name."""
import os
import re
import shutil
import sys

import pexpect
import pytest

from conftest import GOLINALG

PROMPT = re.compile(r"In \[(\d+)\]: ")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.fixture
def console():
    exe = shutil.which("jupyter", path=os.path.dirname(sys.executable))
    child = pexpect.spawn(exe, ["console", "--kernel", GOLINALG, "--simple-prompt"],
                          env=dict(os.environ, TERM="dumb"), encoding="utf-8", timeout=60,
                          dimensions=(40, 200))
    child.expect(PROMPT)
    yield child
    child.sendline("exit")
    child.expect(pexpect.EOF)


def test_console_runs_a_cell(console):
    console.sendline("import numpy as np")
    console.expect(PROMPT)
    console.sendline("print(np.linalg.inv(np.array([[52, 22], [43, 24]])))")
    console.expect(PROMPT)
    import numpy as np
    want = str(np.linalg.inv(np.array([[52, 22], [43, 24]])))
    assert want.replace("\n", "\r\n") in ANSI.sub("", console.before)


def test_console_kernel_banner_and_error(console):
    console.sendline("1/0")
    console.expect(PROMPT)
    assert "ZeroDivisionError" in ANSI.sub("", console.before)


def test_console_tab_completion():
    """With the full prompt_toolkit interface, Tab completes np.linalg.in
    to np.linalg.inv, and the completed call runs."""
    exe = shutil.which("jupyter", path=os.path.dirname(sys.executable))
    ansi = r"(?:\x1b\[[0-9;?]*[A-Za-z])*"

    def prompt(n):
        return r"In \[" + ansi + str(n) + ansi + r"\]"

    child = pexpect.spawn(exe, ["console", "--kernel", GOLINALG], env=dict(os.environ, TERM="xterm"),
                          encoding="utf-8", timeout=60, dimensions=(40, 200))
    try:
        child.expect(prompt(1))
        child.sendline("import numpy as np")
        child.expect(prompt(2))
        child.send("np.linalg.in")
        child.send("\t")
        child.expect("np.linalg.inv")  # the completion is drawn on the line
        child.send("([[1, 2], [3, 4]])\r")
        child.expect(prompt(3))
        import numpy as np
        want = repr(np.linalg.inv([[1, 2], [3, 4]])).replace("\n", "\r\n")
        assert want in ANSI.sub("", child.before)
    finally:
        child.sendline("exit")
        child.expect(pexpect.EOF)
