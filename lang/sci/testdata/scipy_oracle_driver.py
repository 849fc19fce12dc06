"""Runs scipy.linalg oracle cells as IPython would show them; prints JSON.

Like oracle_driver.py, and also records the warnings each cell emits as
"Category: message" lines (what IPython prints after the file and line).
"""
import ast
import contextlib
import io
import json
import sys
import warnings

# No fallback: without IPython, results would be repr's text, and a missing
# NumPy or SciPy would become a ModuleNotFoundError "answer" for every cell
# that imports it. The oracle is the real thing or nothing.
try:
    from IPython.lib.pretty import pretty
    import numpy  # noqa: F401
    import scipy.linalg  # noqa: F401
except ImportError as e:
    sys.exit(f"scipy_oracle_driver.py: {e}: the oracle needs IPython (its pretty printer shows results as ipykernel does), NumPy and SciPy (the cells import them) "
             f"in the environment of {sys.executable} (GOLINALG_PYTHON)")


def run(src):
    ns = {"__name__": "__main__"}
    out = io.StringIO()
    result = None
    error = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            tree = ast.parse(src)
            last = None
            if tree.body and isinstance(tree.body[-1], ast.Expr) and not src.rstrip().endswith(";"):
                last = ast.Expression(tree.body.pop().value)
            with contextlib.redirect_stdout(out):
                exec(compile(tree, "<cell>", "exec"), ns)
                if last is not None:
                    v = eval(compile(last, "<cell>", "eval"), ns)
                    if v is not None:
                        result = pretty(v)
        except BaseException as e:  # noqa: BLE001 - we report every exception
            error = [type(e).__name__, str(e)]
    warns = [f"{w.category.__name__}: {w.message}" for w in caught]
    return {"stdout": out.getvalue(), "result": result, "error": error, "warnings": warns}


cells = json.load(sys.stdin)
json.dump([run(c) for c in cells], sys.stdout)
