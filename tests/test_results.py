"""Results made of several arrays (numpy.linalg's EigResult, SVDResult,
QRResult, EighResult and scipy.linalg.lu's plain tuple) as a frontend
receives them: text/plain is NumPy's repr, byte for byte (the python3
kernel, run at test time, is the oracle); text/html is one table per item,
captioned with the field name ("eigenvalues") or "[i]" before what the item
is, its cells NumPy's digits. Tuples with other items stay text alone."""
import queue

import numpy as np
import scipy.linalg
import pytest

from conftest import GOLINALG, PYTHON
from harness import TIMEOUT, kernel, run_cell
from test_display import Tables, caption, cell_texts, numpy_tokens

PRELUDE = """import numpy as np
import scipy.linalg
A = np.array([[2, 1], [1, 2]])
R = np.array([[0.0, -1.0], [1.0, 0.0]])
B = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
M = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]])
S = np.array([[[2.0, 0.0], [0.0, 3.0]], [[1.0, 2.0], [2.0, 1.0]]])
b = np.array([1.0, 2.0, 2.0])"""

TABLES = [
    "np.linalg.eig(A)",
    "np.linalg.eig(R)",                   # complex eigenvalues and vectors
    "np.linalg.eig(np.eye(3))",           # integer-valued floats
    "np.linalg.eigh(A)",
    "np.linalg.eig(S)",                   # a stack: tables per matrix
    "np.linalg.svd(B)",
    "np.linalg.svd(M)",
    "np.linalg.qr(B)",
    "np.linalg.qr(M)",
    "scipy.linalg.lu(M)",
    "scipy.linalg.lu(B)",
    "scipy.linalg.lu(M, permute_l=True)",
    "np.linalg.lstsq(B, b, rcond=None)",  # with a NumPy int scalar
    "(A, np.float64(2.5))",
]
TEXT_ONLY = [
    "np.linalg.slogdet(M)",   # scalars alone
    "(A, 1)",
    "(A, [A])",
    "(np.float64(1.5), np.int64(2))",
    "[A, A]",
    "()",
]


def result_bundle(kc, code):
    """The data of the execute_result of code."""
    msg_id = kc.execute(code, allow_stdin=False)
    data = None
    while True:
        try:
            msg = kc.get_iopub_msg(timeout=TIMEOUT)
        except queue.Empty:
            raise TimeoutError(f"no idle status for cell {code!r}")
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        if msg["msg_type"] == "execute_result":
            data = msg["content"]["data"]
        elif msg["msg_type"] == "error":
            raise AssertionError(msg["content"]["evalue"])
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return data


@pytest.fixture(scope="module")
def results():
    out = {}
    with kernel(GOLINALG) as kc:
        run_cell(kc, PRELUDE)
        out[GOLINALG] = {c: result_bundle(kc, c) for c in TABLES + TEXT_ONLY}
    with kernel(PYTHON) as kc:
        run_cell(kc, PRELUDE)
        out[PYTHON] = {c: result_bundle(kc, c) for c in TABLES + TEXT_ONLY}
    return out


def value(expr):
    env = {"np": np, "scipy": scipy}
    exec(PRELUDE, env)
    return eval(expr, env)


@pytest.mark.parametrize("expr", TABLES + TEXT_ONLY)
def test_text_plain_is_numpys(results, expr):
    assert results[GOLINALG][expr]["text/plain"] == results[PYTHON][expr]["text/plain"]


def item_captions(label, x):
    """The captions of item x's tables: one, or one per matrix of a stack."""
    if not isinstance(x, np.ndarray):
        return [f"{label} — scalar {x.dtype}"]
    if x.ndim <= 2:
        return [f"{label} — {caption(x)}"]
    return [f"{label} — {caption(x)} — [{i}, :, :]" for i in range(x.shape[0])]


@pytest.mark.parametrize("expr", TABLES)
def test_one_captioned_table_per_item(results, expr):
    r = value(expr)
    html = results[GOLINALG][expr]["text/html"]
    p = Tables()
    p.feed(html)
    p.close()
    assert not p.errors and not p.stack, (p.errors, p.stack)
    assert p.scripts == 0
    labels = getattr(r, "_fields", None) or [f"[{i}]" for i in range(len(r))]
    want = [c for label, x in zip(labels, r) for c in item_captions(label, x)]
    assert [c.strip() for c in p.captions] == want
    assert p.tables == len(want)
    assert html.count('class="golinalg-array"') == len(r)
    cells = []
    for x in r:
        cells += numpy_tokens(x) if isinstance(x, np.ndarray) else [str(x)]
    assert cell_texts(html) == cells


@pytest.mark.parametrize("expr", TEXT_ONLY)
def test_other_tuples_are_text(results, expr):
    assert list(results[GOLINALG][expr]) == ["text/plain"]
