"""The four examples of the first source article (shared/seeds/000_*.txt),
cell by cell, in golinalg and in python3 + NumPy + SciPy: stdout, the
execute_result's text/plain and the error name and value must be identical,
or differ only by float noise (tests/noise.py, the Go oracles' rule).
"""
import re

import pytest

from conftest import GOLINALG, PYTHON
from harness import run_cells
from noise import assert_agree

EXAMPLES = {
    "2x2": [
        "import numpy",
        "value_a = numpy.array([[52, 22], [43, 24]])\n\nprint('Given Matrix: \\n',value_a)",
        "inv_a = numpy.linalg.inv(value_a)\n\nprint('Inverse Matrix: \\n',inv_a)",
        "inv_a",
        "value_a",
    ],
    "3x3": [
        "import numpy",
        "value_1 = numpy.array([[52, 32, 14], [24, 25, 36], [27, 28, 29]])\n\nprint('Given Matrix: \\n',value_1)\n\ninv_1 = numpy.linalg.inv(value_1)\n\nprint('\\nInverse Matrix: \\n',inv_1)",
        "inv_1",
    ],
    "singular": [
        "import numpy",
        "matrx_1 = numpy.array([[1, 2], [2, 4]])\n\ninv_1 = numpy.linalg.inv(matrx_1)\n\nprint(inv_1)",
        "matrx_1",
    ],
    "scipy": [
        "import numpy",
        "from scipy import linalg\n\nvalue_a = numpy.matrix([[27, 32,],[43, -25]])\n\nprint('Given Matrix: \\n',value_a)\n\nvalue_b = linalg.inv(value_a)\n\nprint('\\nInverse Matrix: \\n',value_b)",
        "value_a",
        "value_b",
    ],
    "as np": [
        "import numpy as np\nA = np.array([[52, 22], [43, 24]])\nprint('Given Matrix: \\n', A)",
        "np.linalg.inv(A)",
        "np.linalg.inv([[1, 2], [2, 4]])",
        "np.linalg.inv(A);",
    ],
}


@pytest.fixture(scope="module")
def outcomes():
    cells = [(name, i, c) for name, cs in EXAMPLES.items() for i, c in enumerate(cs)]
    # One kernel per example, as a reader runs each in a fresh notebook.
    got, want = {}, {}
    for name, cs in EXAMPLES.items():
        got[name] = run_cells(GOLINALG, cs)
        want[name] = run_cells(PYTHON, cs)
    return cells, got, want


@pytest.mark.parametrize("example", list(EXAMPLES))
def test_cells_match_numpy(outcomes, example):
    _, got, want = outcomes
    for i, code in enumerate(EXAMPLES[example]):
        g, w = got[example][i], want[example][i]
        assert_agree(g.comparable(), w.comparable(), f"cell {i}: {code!r}")
        assert g.status == w.status, f"cell {i}: {code!r}"


def test_singular_is_a_real_traceback(outcomes):
    _, got, _ = outcomes
    cell = got["singular"][1]
    assert cell.error == ("LinAlgError", "Singular matrix")
    text = re.sub(r"\x1b\[[0-9;]*m", "", "\n".join(cell.traceback))
    assert "Traceback (most recent call last)" in text
    assert "Cell In[2], line 3" in text
    assert "numpy.linalg.inv(matrx_1)" in text


def test_array_result_is_rich(outcomes):
    _, got, _ = outcomes
    res = got["2x2"][3]
    assert "text/html" in res.result_mimes and "text/plain" in res.result_mimes
