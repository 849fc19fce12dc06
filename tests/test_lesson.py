"""The first lesson (issue 20): what a student meets in the first hour,
checked against the python3 kernel (ipykernel + NumPy) run at test time."""
import re

import pytest

from conftest import GOLINALG, PYTHON
from harness import kernel, run_cell

# Names a first lesson binds, of every kind %whos treats apart: sequences
# (n=len), ndarrays (shape, size, dtype, bytes; kb from 100000 bytes), a
# numpy.matrix (str), NumPy scalars, long and multi-line str (cut in the
# middle, newlines escaped), a module.
LESSON = """import numpy as np
A = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
v = np.array([1.5, 2.5])
big = np.zeros((200, 100))
huge = np.zeros((400, 400))
s0 = np.float64(3.0)
M = np.matrix([[1, 2], [3, 4]])
x = 5
name = 'a rather long string that will not fit in the column at all'
lines = 'a\\nb'
L = [1, 2, 3]
T = (1, 2)
D = {'a': 1}
flag = True
z = 1 + 2j
"""


def module_rows_masked(text):
    """A module's str names its file in CPython; mask the Data/Info of
    module rows, keeping that they are listed with type module."""
    return re.sub(r"(?m)^(\S+\s+module\s+).*$", r"\1<module>", text)


@pytest.fixture(scope="module")
def whos():
    out = {}
    for k in (GOLINALG, PYTHON):
        with kernel(k) as kc:
            assert run_cell(kc, LESSON).error is None
            out[k] = {
                cell: run_cell(kc, cell)
                for cell in ("%whos", "%who", "%whos ndarray", "%whos int str", "%whos nosuchtype")
            }
    return out


@pytest.mark.parametrize("cell", ["%whos", "%who", "%whos ndarray", "%whos int str", "%whos nosuchtype"])
def test_whos_as_ipython(whos, cell):
    got, want = whos[GOLINALG][cell], whos[PYTHON][cell]
    assert got.error is None and want.error is None, (got.error, want.error)
    assert module_rows_masked(got.stdout) == module_rows_masked(want.stdout)


# An inspector request for a name that does not exist yet (before the
# import, or a misspelt attribute) is IPython's "not found" line, not a
# traceback.
NOT_FOUND = ["np.linalg.inv?", "nosuch?", "import numpy as np\nnp.linalg.nosuch?", "np.linalg.inv??"]


@pytest.mark.parametrize("cell", NOT_FOUND)
def test_inspect_unknown_name_as_ipython(cell):
    out = {}
    for k in (GOLINALG, PYTHON):
        with kernel(k) as kc:
            out[k] = run_cell(kc, cell)
    got, want = out[GOLINALG], out[PYTHON]
    assert (got.error, got.stdout) == (want.error, want.stdout)


def test_help_shows_the_docstring():
    """help(f) of a library function prints pydoc's page: the module, the
    signature, and the whole docstring (ours; NumPy's text is its own)."""
    with kernel(GOLINALG) as kc:
        out = run_cell(kc, "import numpy as np\nhelp(np.linalg.inv)")
    assert out.error is None
    lines = out.stdout.split("\n")
    assert lines[:3] == ["Help on built-in function inv in module numpy.linalg:", "", "inv(a)"]
    assert "    Parameters" in lines and "    ----------" in lines and "    Returns" in lines
    assert all(l.startswith("    ") or l == "" for l in lines[3:])


def test_plotting_says_it_is_missing():
    """Until plotting exists, the import and %matplotlib name matplotlib,
    the first missing package, as CPython does, and say why."""
    with kernel(GOLINALG) as kc:
        imp = run_cell(kc, "import matplotlib.pyplot as plt")
        mag = run_cell(kc, "%matplotlib inline")
    for out in (imp, mag):
        assert out.error[0] == "ModuleNotFoundError"
        assert out.error[1].startswith("No module named 'matplotlib'") and "plotting" in out.error[1]


@pytest.mark.parametrize("cell", ["import numpy.nosuch", "import nosuchpkg.sub", "from numpy import nosuch"])
def test_missing_module_names_as_python(cell):
    out = {}
    for k in (GOLINALG, PYTHON):
        with kernel(k) as kc:
            out[k] = run_cell(kc, cell)
    # "from numpy import nosuch" ends with numpy's file in CPython, which
    # golinalg does not have: compare up to it.
    strip = lambda e: (e[0], re.sub(r" \(.*\)$", "", e[1]))
    assert strip(out[GOLINALG].error) == strip(out[PYTHON].error)


# %timeit's options as IPython's getopt reads them: joined (-n1) or apart,
# and its errors for an unknown option, a missing or bad value.
TIMEIT = ["%timeit -n1 -r1 x = 1", "%timeit -x 1", "%timeit -n", "%timeit -n a 1"]


@pytest.mark.parametrize("cell", TIMEIT)
def test_timeit_options_as_ipython(cell):
    out = {}
    for k in (GOLINALG, PYTHON):
        with kernel(k) as kc:
            out[k] = run_cell(kc, cell)
    got, want = out[GOLINALG], out[PYTHON]
    assert (got.error, got.stderr) == (want.error, want.stderr)
    # the line reads "... per loop (mean ± std. dev. of 1 run, 1 loop each)"
    tail = lambda s: s[s.find("("):] if "(" in s else s
    assert tail(got.stdout) == tail(want.stdout)
