"""Numerical oracle for linalg tests.

Reads JSON lines {"op": name, "args": [array, ...], "ints": [int, ...],
"scale": expression} (ints optional, passed after the arrays) with arrays as
{"dtype", "shape", "data"} (floats as float.hex strings); answers each with
{"result": array} or {"error": "Kind: message"}.

A case with "scale" asks for the scale of its noise bound as well (see
linalg/oracle_test.go, oracleBound): the Python expression is evaluated with
r (NumPy's result), a (the first argument), args, ints, op (the case's
function) and the helpers below in scope, and the answer carries
"scale": float.hex. The helpers take condition numbers and norms from NumPy
and SciPy, never from golinalg.
"""
import json
import sys

# Imported here, not per case: a missing SciPy must stop the oracle rather
# than come back as a "ModuleNotFoundError" answer for each case using it.
try:
    import numpy as np
    import scipy.linalg as sl
except ImportError as e:
    sys.exit(f"numpy_linalg.py: {e}: the oracle needs NumPy and SciPy "
             f"in the environment of {sys.executable} (GOLINALG_PYTHON)")


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


def stack(a):
    """The matrices of a, as an (k, m, n) array; a 2-d a is one matrix."""
    a = np.asarray(a)
    return a.reshape((-1,) + a.shape[-2:])


def amax(r):
    """The largest finite |real| or |imag| part of r's entries (0 if none)."""
    v = np.asarray(r).astype(complex).ravel()
    v = np.concatenate([v.real, v.imag])
    v = np.abs(v[np.isfinite(v)])
    return float(v.max()) if v.size else 0.0


def cond(a):
    """kappa_2(A) = sigma_max / sigma_min, the largest over a stack (inf for a
    singular matrix)."""
    s = stack(a)
    return float(np.max(np.linalg.cond(s))) if s.size else 1.0


def norm2(a):
    """||A||_2 = sigma_max, the largest over a stack."""
    s = stack(a)
    return float(np.max(np.linalg.norm(s, 2, axis=(-2, -1)))) if s.size else 0.0


def invnorm(a):
    """||inv(A)||_2 = 1 / sigma_min, the largest over a stack."""
    s = stack(a)
    return float(np.max(1 / np.linalg.svd(s, compute_uv=False)[..., -1]))


def effcond(a):
    """sigma_1 / sigma_r for the numerical rank r of A (matrix_rank's
    tolerance): the condition of its range and null space."""
    s = np.linalg.svd(a, compute_uv=False)
    return float(s[0] / s[np.linalg.matrix_rank(a) - 1])


def detscale(a):
    """kappa_2(A) |det A| = sigma_1 * sigma_1 sigma_2 ... sigma_(n-1), the
    largest over a stack: finite (and the bound of the error of det) even
    when A is singular, since |d det| <= ||adj A||_2 ||dA||_2 and
    ||adj A||_2 = sigma_1 ... sigma_(n-1)."""
    s = stack(a)
    if s.shape[-1] == 0:
        return 1.0
    sv = np.linalg.svd(s, compute_uv=False)
    with np.errstate(divide="ignore"):
        lg = np.log(sv[:, 0]) + np.log(sv[:, :-1]).sum(axis=1)
    return float(np.exp(lg.max()))


def eigcond(a):
    """kappa_2(V) ||A||_2 for A = V diag(w) inv(V) from np.linalg.eig, the
    largest over a stack: the Bauer-Fike bound |dw| <= kappa_2(V) ||dA||_2."""
    s = stack(a)
    return max(float(np.linalg.cond(np.linalg.eig(m)[1]) * np.linalg.norm(m, 2)) for m in s)


def companion(p):
    """The companion matrix whose eigenvalues np.roots returns."""
    p = np.atleast_1d(p)
    nz = np.nonzero(p)[0]
    p = p[nz[0]:nz[-1] + 1].astype(complex if p.dtype.kind == "c" else float)
    m = np.diag(np.ones(len(p) - 2, p.dtype), -1)
    m[0, :] = -p[1:] / p[0]
    return m


def polyfitscale(x, y, deg):
    """The first-order bound of the error of polyfit's coefficients over
    n eps: polyfit solves min ||A c' - y|| for A = vander(x) with columns
    scaled by s and returns c = c' / s, and the least-squares solution of
    a rank-k A moves by kappa (||c'|| + kappa ||r|| / ||A||) times the
    relative backward error (Wedin; Higham, Accuracy and Stability,
    Thm. 20.1), kappa = sigma_1 / sigma_k, r = y - A c'."""
    lhs = np.vander(x, deg + 1)
    s = np.sqrt((lhs * lhs).sum(axis=0))
    lhs = lhs / s
    c = np.linalg.lstsq(lhs, y)[0]
    r = y - lhs @ c
    k = np.linalg.cond(lhs)
    sigma = np.linalg.norm(lhs, 2)
    cn = np.linalg.norm(c.reshape(c.shape[0], -1), axis=0).max()
    rn = np.linalg.norm(r.reshape(r.shape[0], -1), axis=0).max()
    return float(k * (cn + k * rn / sigma) / s.min())


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


def expmscale(a, r):
    """The first-order bound of the error of e^A from a backward error of
    relative size 1, the smaller of kappa_exp(A) ||e^A||_F (expm_cond, the
    relative condition number in the Frobenius norm; only up to n = 8, as
    it costs n^2 Frechet derivatives) and e^mu(A) ||A||_2, mu(A) the
    largest eigenvalue of (A + A^H)/2, since ||e^(At)||_2 <= e^(mu(A) t)
    bounds the Frechet derivative by e^mu(A)."""
    import scipy.linalg as sl
    mu = np.linalg.eigvalsh((a + a.conj().T) / 2).max()
    s = np.exp(mu) * np.linalg.norm(a, 2)
    if a.shape[0] <= 8:
        s = min(s, sl.expm_cond(a) * np.linalg.norm(r))
    return float(s)


HELPERS = {f.__name__: f for f in (stack, amax, cond, norm2, invnorm, effcond, detscale, eigcond, companion, polyfitscale, expmscale)}


def main():
    np.seterr(all="ignore")
    for line in sys.stdin:
        case = json.loads(line)
        try:
            op = case["op"]
            if op.startswith("py:"):
                fn = eval(op[3:], {"np": np, "inf": np.inf, "sl": sl})
            else:
                fn = OPS[op]
            args = [build(a) for a in case["args"]]
            ints = case.get("ints", [])
            r = fn(*args, *ints)
            out = {"result": enc(r)}
        except Exception as e:
            out = {"error": f"{type(e).__name__}: {e}"}
        if "scale" in case and "result" in out:
            env = dict(HELPERS, np=np, sl=sl, r=r, a=args[0] if args else None, args=args, ints=ints, op=fn)
            try:
                out["scale"] = float(eval(case["scale"], env)).hex()
            except Exception as e:
                out["scale_error"] = f"{type(e).__name__}: {e}"
        sys.stdout.write(json.dumps(out) + "\n")


main()
