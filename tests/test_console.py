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
