"""Rich display of arrays as a frontend receives it: the text/html table is
well-formed HTML (Python's html.parser) with a caption naming shape and
dtype and one cell per element (with '…' rows and columns past NumPy's
threshold), and text/latex is a bmatrix with NumPy's rows and columns.
Shapes and dtypes come from NumPy at test time."""
from html.parser import HTMLParser

import numpy as np
import pytest

from conftest import GOLINALG
from harness import kernel, run_cell

VOID = {"br", "hr", "img", "meta", "link", "input", "col", "wbr"}


class Table(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []
        self.caption, self.in_caption = "", False
        self.cells, self.rows, self.scripts = 0, 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "caption":
            self.in_caption = True
        elif tag == "td":
            self.cells += 1
        elif tag == "tr":
            self.rows += 1
        elif tag == "script":
            self.scripts += 1
        for name, value in attrs:
            if value and ("http://" in value or "https://" in value):
                self.errors.append(f"external asset in {name}={value}")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "caption":
            self.in_caption = False

    def handle_data(self, data):
        if self.in_caption:
            self.caption += data


CASES = [
    "np.array([[52, 22], [43, 24]])",
    "np.linalg.inv(np.array([[52, 32, 14], [24, 25, 36], [27, 28, 29]]))",
    "np.arange(6.0)",
    "np.eye(3, 4)",
    "np.array([[True, False], [False, True]])",
]


@pytest.fixture(scope="module")
def results():
    with kernel(GOLINALG) as kc:
        run_cell(kc, "import numpy as np")
        return {c: run_cell(kc, f"from IPython.display import display\ndisplay({c})") for c in CASES}


@pytest.mark.parametrize("expr", CASES)
def test_html_table(results, expr):
    a = eval(expr)
    (bundle,) = results[expr].displays
    p = Table()
    p.feed(bundle["text/html"])
    p.close()
    assert not p.errors and not p.stack, (p.errors, p.stack)
    assert p.scripts == 0
    shape = "×".join(map(str, a.shape))
    assert p.caption.strip() == f"{shape} {a.dtype}"
    assert p.cells == a.size


@pytest.mark.parametrize("expr", CASES)
def test_latex_bmatrix(results, expr):
    a = eval(expr)
    (bundle,) = results[expr].displays
    tex = bundle["text/latex"]
    body = tex.split(r"\begin{bmatrix}")[1].split(r"\end{bmatrix}")[0].strip()
    rows = [r for r in body.split(r"\\") if r.strip()]
    rows2d = a.reshape(1, -1) if a.ndim == 1 else a
    assert len(rows) == rows2d.shape[0]
    assert all(r.count("&") == rows2d.shape[1] - 1 for r in rows)


def test_summarised_table_has_ellipses():
    with kernel(GOLINALG) as kc:
        run_cell(kc, "import numpy as np")
        out = run_cell(kc, "from IPython.display import display\ndisplay(np.zeros((40, 40)))")
    p = Table()
    p.feed(out.displays[0]["text/html"])
    assert not p.errors
    # NumPy summarises past 1000 elements to 3 edge items each side, plus
    # one '…' row and column.
    assert p.cells == 7 * 7
    assert p.caption.strip() == "40×40 float64"
