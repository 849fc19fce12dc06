"""Runs cells as IPython would show them and prints JSON results.

Reads a JSON list of cell sources on stdin. Each cell runs in a fresh
namespace, with a fresh decimal context as a new kernel has; the last
expression statement's value is shown with IPython's pretty printer,
unless the cell ends with ';'. Prints a JSON list of
{"stdout", "result", "error"}, one per cell.

Options:
  --need MODULE   import MODULE first (repeatable): the cells need it
  --prelude FILE  run FILE in each cell's namespace before the cell
  --warnings      also record the warnings each cell emits, as
                  "Category: message" lines (what IPython prints after
                  the file and line), under "warnings"; every warning
                  but those Python's default filters ignore

Without IPython or a needed module it exits non-zero.
"""
import argparse
import ast
import contextlib
import decimal
import importlib
import io
import json
import sys
import warnings

opts = argparse.ArgumentParser()
opts.add_argument("--need", action="append", default=[])
opts.add_argument("--prelude")
opts.add_argument("--warnings", action="store_true")
opts = opts.parse_args()
prelude = None
if opts.prelude:
    with open(opts.prelude) as f:
        prelude = compile(f.read(), opts.prelude, "exec")

# No fallback: without IPython, results would be repr's text, and a missing
# NumPy or SciPy would become a ModuleNotFoundError "answer" for every cell
# that imports it. The oracle is the real thing or nothing.
try:
    from IPython.lib.pretty import pretty
    for m in opts.need:
        importlib.import_module(m)
except ImportError as e:
    sys.exit(f"cells.py: {e}: the oracle needs IPython (its pretty printer shows results as ipykernel does)"
             f"{''.join(', ' + m for m in opts.need)} in the environment of {sys.executable} (GOLINALG_PYTHON)")


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
            if prelude is not None:
                exec(prelude, ns)
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


def run_warned(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # Python's default filters hide these from every notebook user
        # (numpy.matrix's PendingDeprecationWarning, for one), and so
        # does golinalg.
        for category in (PendingDeprecationWarning, ImportWarning, ResourceWarning):
            warnings.filterwarnings("ignore", category=category)
        r = run(src)
    r["warnings"] = [f"{w.category.__name__}: {w.message}" for w in caught]
    return r


cells = json.load(sys.stdin)
json.dump([(run_warned if opts.warnings else run)(c) for c in cells], sys.stdout)
