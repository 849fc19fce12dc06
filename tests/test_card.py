"""The LinAlgError diagnostic card names things as the cell wrote them: the
function (numpy.linalg.inv, np.linalg.inv, inv, la.inv) and the matrix
(M, matrx_1, A[:2, :2], A @ B, a function's parameter X), in its
text/plain and in its HTML, and falls back to NumPy's parameter name a
only where the call has no source (map). The python3 kernel is the oracle
for the error and for the matrix the card shows under that name: the
card's matrix is what NumPy prints for the expression."""
from html.parser import HTMLParser

import pytest

from conftest import GOLINALG, PYTHON
from harness import kernel, run_cell

SETUP = """import numpy
import numpy as np
import numpy.linalg as la
import scipy.linalg
M = numpy.array([[1, 2], [2, 4]])
A = np.array([[1., 2., 3.], [2., 4., 6.], [0., 0., 1.]])
B = np.eye(3)
S = np.array([[[1., 0.], [0., 1.]], [[1., 3.], [2., 6.]]])
v = np.ones(3)
def f(X):
    return np.linalg.inv(X)
"""

# (cell, the function as the card names it, the matrix as it names it,
# the expression whose value the card shows, a line of the card's advice)
CASES = [
    ("numpy.linalg.inv(M)", "numpy.linalg.inv", "M", "M", "numpy.linalg.pinv(M)"),
    ("from numpy.linalg import inv\nmatrx_1 = np.array([[1., 2.], [2., 4.]])\ninv(matrx_1)",
     "inv", "matrx_1", "matrx_1", "np.linalg.pinv(matrx_1)"),
    ("np.linalg.inv(A[:2, :2])", "np.linalg.inv", "A[:2, :2]", "A[:2, :2]", "np.linalg.pinv(A[:2, :2])"),
    ("np.linalg.solve(A @ B, v)", "np.linalg.solve", "A @ B", "A @ B", "(A @ B)[1] = 2*(A @ B)[0]"),
    ("np.linalg.solve(b=v, a=A)", "np.linalg.solve", "A", "A", "np.linalg.lstsq(A, b, rcond=None)"),
    ("la.inv(M)", "la.inv", "M", "M", "np.linalg.pinv(M)"),
    ("f(M)", "np.linalg.inv", "X", "M", "np.linalg.pinv(X)"),
    ("np.linalg.inv(S)", "np.linalg.inv", "S[1]", "S[1]", "S[1, 1] = 2*S[1, 0]"),
    ("scipy.linalg.inv(M)", "scipy.linalg.inv", "M", "M", "M[1] = 2*M[0]"),
    ("np.linalg.cholesky(\n    -B)", "np.linalg.cholesky", "-B", "-B", "det((-B)[:1, :1])"),
    ("list(map(np.linalg.inv, [M]))", "np.linalg.inv", "a", "M", "np.linalg.pinv(a)"),
]


class Card(HTMLParser):
    """The card's title line (its first div) and the text of its facts
    table, from the card's HTML."""

    def __init__(self):
        super().__init__()
        self.depth, self.title, self.in_title, self.divs = 0, "", False, 0
        self.facts, self.in_facts = "", False

    def handle_starttag(self, tag, attrs):
        if tag == "div":
            self.divs += 1
            self.in_title = self.divs == 2
        if tag == "table" and self.divs >= 3 and not self.in_facts:
            self.in_facts = "border-collapse:collapse" == dict(attrs).get("style")

    def handle_endtag(self, tag):
        if tag == "div":
            self.in_title = False
        if tag == "table":
            self.in_facts = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        if self.in_facts:
            self.facts += data + " "


@pytest.fixture(scope="module")
def outcomes():
    got, want = {}, {}
    with kernel(GOLINALG) as kc:
        assert run_cell(kc, SETUP).error is None
        for cell, *_ in CASES:
            got[cell] = run_cell(kc, cell)
    with kernel(PYTHON) as kc:
        assert run_cell(kc, SETUP).error is None
        for cell, _, _, shown, _ in CASES:
            want[cell] = run_cell(kc, cell), run_cell(kc, f"print({shown})").stdout
    return got, want


@pytest.mark.parametrize("cell,fn,name,shown,advice", CASES, ids=[c[0] for c in CASES])
def test_card_names(outcomes, cell, fn, name, shown, advice):
    got, want = outcomes
    out, (oracle, printed) = got[cell], want[cell]
    assert oracle.error and oracle.error[0] == "LinAlgError", oracle.error
    assert out.error == oracle.error
    (card,) = out.displays
    text = card["text/plain"]
    lines = text.splitlines()
    assert lines[0].startswith(f"LinAlgError in {fn}: {name} ")
    # The matrix under its name is what NumPy prints for it.
    assert lines[1] == f"{name} ="
    assert "\n".join(lines[2:]).startswith(printed)
    assert advice in text
    p = Card()
    p.feed(card["text/html"])
    p.close()
    assert p.title == lines[0]
    assert p.facts.strip(), "the facts table"
