"""Runs cells as IPython would show them and prints JSON results.

Reads a JSON list of cell sources on stdin. Each cell runs in a fresh
namespace; the last expression statement's value is shown with IPython's
pretty printer, unless the cell ends with ';'. The cells use only the
standard library; without IPython it exits non-zero.
"""
import ast
import contextlib
import decimal
import io
import json
import sys

try:
    from IPython.lib.pretty import pretty
except ImportError as e:
    sys.exit(f"stdlib_driver.py: {e}: the oracle needs IPython (its pretty printer shows results as ipykernel does) "
             f"in the environment of {sys.executable} (GOLINALG_PYTHON)")


def run(src):
    ns = {"__name__": "__main__"}
    decimal.setcontext(decimal.Context())  # as a fresh kernel has it
    out = io.StringIO()
    result = None
    error = None
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
    except SyntaxError as e:
        error = [type(e).__name__, e.msg]
    except BaseException as e:  # noqa: BLE001 - we report every exception
        error = [type(e).__name__, str(e)]
    return {"stdout": out.getvalue(), "result": result, "error": error}


cells = json.load(sys.stdin)
json.dump([run(c) for c in cells], sys.stdout)
