"""Numerical oracle for linalg tests.

Reads JSON lines {"op": name, "args": [array, ...], "ints": [int, ...]}
(ints optional, passed after the arrays) with arrays as
{"dtype", "shape", "data"} (floats as float.hex strings); answers each with
{"result": array} or {"error": "Kind: message"}.
"""
import json
import sys

import numpy as np


def flt(s):
    return float.fromhex(s) if s.startswith(("0x", "-0x")) else float(s)


def build(d):
    dt, data = d["dtype"], d["data"]
    if dt == "float64":
        vals = [flt(x) for x in data]
    elif dt == "complex128":
        vals = [complex(flt(r), flt(i)) for r, i in data]
    elif dt == "int64":
        vals = [int(x) for x in data]
    else:
        vals = [bool(x) for x in data]
    return np.array(vals, dtype=dt).reshape(d["shape"])


def enc(a):
    a = np.asarray(a)
    if a.dtype == np.complex128:
        data = [[float(z.real).hex(), float(z.imag).hex()] for z in a.ravel()]
    elif a.dtype == np.float64:
        data = [float(x).hex() for x in a.ravel()]
    elif a.dtype == np.bool_:
        data = [bool(x) for x in a.ravel()]
    else:
        data = [str(int(x)) for x in a.ravel()]
    return {"dtype": str(a.dtype), "shape": list(a.shape), "data": data}


OPS = {
    "inv": np.linalg.inv,
    "solve": np.linalg.solve,
    "det": np.linalg.det,
    "slogdet_sign": lambda a: np.linalg.slogdet(a)[0],
    "slogdet_log": lambda a: np.linalg.slogdet(a)[1],
    "matmul": np.matmul,
    "dot": np.dot,
    "add": np.add,
    "subtract": np.subtract,
    "multiply": np.multiply,
    "divide": np.divide,
    "floor_divide": np.floor_divide,
    "remainder": np.remainder,
    "power": np.power,
    "less": np.less,
    "sum": np.sum,
    "sum0": lambda a: np.sum(a, axis=0),
    "sum-1": lambda a: np.sum(a, axis=-1),
    "mean": np.mean,
    "std": np.std,
    "max0": lambda a: np.max(a, axis=0),
    "argmax": np.argmax,
    "pinv": np.linalg.pinv,
    "matrix_rank": np.linalg.matrix_rank,
    "cholesky": np.linalg.cholesky,
    "eigvalsh": lambda a: np.linalg.eigh(a)[0],
    "svdvals": lambda a: np.linalg.svd(a, compute_uv=False),
    # array manipulation (linalg/manip_test.go); integer arguments follow the arrays
    "cumsum": lambda a, ax: np.cumsum(a, axis=ax),
    "cumprod": lambda a, ax: np.cumprod(a, axis=ax),
    "diff": lambda a, n, ax: np.diff(a, n=n, axis=ax),
    "clip": lambda a, lo, hi: np.clip(a, lo, hi),
    "where": lambda c, x, y: np.where(c, x, y),
    "unique": lambda a: np.unique(a),
    "unique_inverse": lambda a: np.unique(a, return_inverse=True)[1],
    "unique_index": lambda a: np.unique(a, return_index=True)[1],
    "unique_counts": lambda a: np.unique(a, return_counts=True)[1],
    "unique_axis": lambda a, ax: np.unique(a, axis=ax),
    "unique_axis_inverse": lambda a, ax: np.unique(a, axis=ax, return_inverse=True)[1],
    "tile": lambda a, *reps: np.tile(a, reps),
    "rot90": lambda a, k, a0, a1: np.rot90(a, k, (a0, a1)),
    "delete": lambda a, obj, ax: np.delete(a, obj, ax),
    "insert": lambda a, obj, v, ax: np.insert(a, obj, v, ax),
    "polyfit": lambda x, y, deg: np.polyfit(x, y, deg),
    "roots": lambda p: np.roots(p),
    "roots_sorted": lambda p: np.sort(np.roots(p)),
    "count_nonzero": lambda a, ax: np.count_nonzero(a, axis=ax),
}


def main():
    np.seterr(all="ignore")
    for line in sys.stdin:
        case = json.loads(line)
        try:
            op = case["op"]
            if op.startswith("py:"):
                import scipy.linalg as sl
                fn = eval(op[3:], {"np": np, "inf": np.inf, "sl": sl})
            else:
                fn = OPS[op]
            r = fn(*[build(a) for a in case["args"]], *case.get("ints", []))
            out = {"result": enc(r)}
        except Exception as e:
            out = {"error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(out) + "\n")


main()
