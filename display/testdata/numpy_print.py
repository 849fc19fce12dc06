"""Print oracle for display tests.

Reads one JSON object per line on stdin, each describing an array
(dtype, shape, data with floats as float.hex strings, matrix flag) and print
options; writes one JSON object per line with NumPy's str and repr of it.
"""
import json
import sys

import numpy as np


def flt(s):
    return float.fromhex(s) if s.startswith(("0x", "-0x")) else float(s)


def build(case):
    dt = case["dtype"]
    data = case["data"]
    if dt == "float64":
        vals = [flt(x) for x in data]
    elif dt == "complex128":
        vals = [complex(flt(r), flt(i)) for r, i in data]
    elif dt == "int64":
        vals = [int(x) for x in data]
    else:
        vals = [bool(x) for x in data]
    a = np.array(vals, dtype=dt).reshape(case["shape"])
    if case.get("matrix"):
        a = np.matrix(a)
    return a


def main():
    for line in sys.stdin:
        case = json.loads(line)
        out = {}
        try:
            if case.get("scalar"):
                v = build(case)[()]
                out = {"str": str(v), "repr": repr(v)}
            else:
                a = build(case)
                with np.printoptions(**case.get("opts", {})):
                    out = {"str": str(a), "repr": repr(a)}
        except Exception as e:  # reported, compared as a failure
            out = {"error": f"{type(e).__name__}: {e}"}
        sys.stdout.write(json.dumps(out) + "\n")


main()
