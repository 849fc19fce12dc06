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

try:
    from IPython.lib.pretty import pretty
except ImportError:  # pragma: no cover
    pretty = repr


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
