"""Generate lu_fixtures.bin.gz (n = 1..16) and lu_fixtures_seeded.bin.gz
(n = 17..64, matrices built from seeds; see seeded_matrix): NumPy's and
SciPy's LU-family results under OpenBLAS's Haswell kernels, the reference
of lufixture_test.go (issue 18).

    python linalg/testdata/gen_lu_fixtures.py [out]
    python linalg/testdata/gen_lu_fixtures.py --complex-only

The second form writes only lu_fixtures_c.bin.gz, the complex matrices
(see complex_cases below); the first writes all three files.

The matrices (n = 1..16) are random small integers (-5..5), random floats
(standard normal) and rank-deficient or classic constructions: arange(n*n)
reshaped, integer outer products, repeated rows, a row the sum of two
others, magic squares (n = 3..8), small integers scaled far up or down,
small integers with NaN, ±Inf, subnormal or huge entries, and the named
regressions of issue 18.

The parent process only builds the matrices (no BLAS call) and starts this
script again as a worker for each OpenBLAS core type, with
OPENBLAS_CORETYPE set in that child's environment alone:

  Haswell   every result, exactly (raw float64 bits);
  SkylakeX, Zen, Prescott, Nehalem, Sandybridge (OTHER_CORES)
            the singular verdicts only, so the Go test knows where kernels
            disagree: the second record of a case is SkylakeX's, or the
            first other kernel's whose verdicts differ from Haswell's. A
            machine whose NumPy runs any of these kernels (a CPU picks one,
            or OPENBLAS_CORETYPE is preset) then passes the machine-NumPy
            test. A kernel the CPU cannot run is replaced by OpenBLAS with
            one it can; the metadata records each worker's actual core.

File format (gzip): the line "golinalg-lu-fixtures 5\\n", a JSON line with
the generator's versions and each worker's OpenBLAS core, then records,
little-endian:

  u8 kind, u8 n,
  f64[n*n] A (row-major), f64[n] b, f64[2n] B (n x 2, row-major),
  Haswell:  u8 flags (bit 0 inv singular, bit 1 solve singular,
            bit 2 solve with B singular, bit 3 lu_factor reported a zero
            pivot), u64 hash (digest: SHA-256's first 8 bytes) of inv's
            row-major float64 bytes (0 when singular), f64[n] x (when not singular), u64 hash of X
            (0 when singular), f64 det, f64 slogdet sign, f64 logabsdet,
            u64 hash of scipy.linalg.lu_factor's LU (row-major), u8[n] its
            0-based pivots, f64 scipy.linalg.det (of a 1×1 matrix, SciPy
            returns the entry itself),

Every NaN is stored as the one NaN 0x7ff8000000000000 (NumPy prints
them alike; their sign and payload depend on the instruction that made
them). The inverse, X and LU are stored as hashes to keep the file small: the
test counts bit-identical results, and compares values with the
machine's own NumPy at test time.
  other:    u8 flags (bits 0-2 as above), f64 det, of SkylakeX or of the
            first other kernel whose verdicts differ from Haswell's.
"""
import gzip
import hashlib
import json
import os
import struct
import subprocess
import sys
import tempfile
import warnings

import numpy as np

KINDS = {"int": 0, "float": 1, "arange": 2, "outer": 3, "reprow": 4,
         "sumrow": 5, "magic": 6, "classic": 7, "scaled": 8, "special": 9,
         "lowrank": 10, "fsumrow": 11, "upper": 12, "lower": 13, "diag": 14,
         "sym": 15, "spd": 16}
NSPECIAL = 24
OTHER_CORES = ["SkylakeX", "Zen", "Prescott", "Nehalem", "Sandybridge"]
NINT, NFLT = 110, 40


def magic(n):
    """MATLAB's magic(n)."""
    if n % 2 == 1:
        i, j = np.meshgrid(np.arange(1, n + 1), np.arange(1, n + 1), indexing="ij")
        a = (i + j - (n + 3) // 2) % n
        b = (i + 2 * j - 2) % n
        return n * a + b + 1
    if n % 4 == 0:
        i, j = np.meshgrid(np.arange(1, n + 1), np.arange(1, n + 1), indexing="ij")
        m = np.arange(1, n * n + 1).reshape(n, n)
        k = ((i % 4) // 2) == ((j % 4) // 2)
        m[k] = n * n + 1 - m[k]
        return m
    p = n // 2
    m = magic(p)
    m = np.block([[m, m + 2 * p * p], [m + 3 * p * p, m + p * p]])
    if n == 2:
        return m
    i = np.arange(p)
    k = (n - 2) // 4
    j = np.concatenate([np.arange(k), np.arange(n - k + 1, n)])
    for col in j:
        m[i, col], m[i + p, col] = m[i + p, col].copy(), m[i, col].copy()
    i2, j2 = k, np.array([0, k])
    for col in j2:
        m[i2, col], m[i2 + p, col] = m[i2 + p, col], m[i2, col]
    return m


def cases():
    out = []
    for n in range(1, 17):
        rng = np.random.default_rng(1800 + n)
        ints = lambda *s: rng.integers(-5, 6, s).astype(float)
        for _ in range(NINT):
            out.append(("int", ints(n, n), ints(n), ints(n, 2)))
        for _ in range(NFLT):
            out.append(("float", rng.standard_normal((n, n)), rng.standard_normal(n),
                        rng.standard_normal((n, 2))))
        out.append(("arange", np.arange(n * n, dtype=float).reshape(n, n), ints(n), ints(n, 2)))
        out.append(("arange", np.arange(1, n * n + 1, dtype=float).reshape(n, n), ints(n), ints(n, 2)))
        for _ in range(3):
            out.append(("outer", np.outer(ints(n), ints(n)), ints(n), ints(n, 2)))
        if n >= 2:
            for _ in range(3):
                a = ints(n, n)
                i, j = rng.choice(n, 2, replace=False)
                a[i] = a[j]
                out.append(("reprow", a, ints(n), ints(n, 2)))
        if n >= 3:
            for _ in range(3):
                a = ints(n, n)
                i, j, k = rng.choice(n, 3, replace=False)
                a[i] = a[j] + a[k]
                out.append(("sumrow", a, ints(n), ints(n, 2)))
            for _ in range(2):
                a = rng.standard_normal((n, n))
                i, j, k = rng.choice(n, 3, replace=False)
                a[i] = a[j] * 0.1 + a[k] * 0.3
                out.append(("sumrow", a, rng.standard_normal(n), rng.standard_normal((n, 2))))
        if 3 <= n <= 8:
            out.append(("magic", magic(n).astype(float), ints(n), ints(n, 2)))
        for e in (-1060, -1000, 1000):
            out.append(("scaled", ints(n, n) * 2.0 ** e, ints(n), ints(n, 2)))
        for t in range(NSPECIAL):
            # Small integers and zeros with a few NaN, ±Inf, subnormal or
            # huge entries: idamax's NaN rule, the pivots OpenBLAS leaves
            # alone and dscal with 0 decide these.
            a = ints(n, n)
            for _ in range(1 + t % 3):
                i, j = rng.integers(0, n, 2)
                a[i, j] = [np.nan, np.inf, -np.inf, 3e-310, 1e300][rng.integers(0, 5)]
            out.append(("special", a, ints(n), ints(n, 2)))
    for a in ([[1, 2, 3], [4, 5, 6], [7, 8, 9]], [[2, 1, 1], [1, 3, 2], [1, 0, 0]],
              [[4, 7], [2, 6]], [[1, 2], [3, 4]]):
        a = np.array(a, dtype=float)
        n = len(a)
        out.append(("classic", a, np.arange(1, n + 1, dtype=float), np.ones((n, 2))))
    return out


def digest(buf):
    """The first 8 bytes of the SHA-256 of buf (lufixture_test.go's
    hashFloats): a hash computed in C, as a hash over the bytes in Python
    took most of the generation's time."""
    return hashlib.sha256(buf).digest()[:8]


def scipy_inv(a):
    """scipy_solve of scipy.linalg.inv(a) (ValueError: infs or NaNs)."""
    import scipy.linalg
    return scipy_solve(lambda: scipy.linalg.inv(a))


def scipy_solve(f):
    """u8 flags (bit 0 LinAlgError, bit 1 ValueError) and the hash of f()
    (0 on an error), every NaN the one NaN."""
    try:
        r = np.array(f(), dtype=float)
    except np.linalg.LinAlgError:
        return struct.pack("<BQ", 1, 0)
    except ValueError:
        return struct.pack("<BQ", 2, 0)
    r[np.isnan(r)] = np.nan
    return struct.pack("<B", 0) + digest(np.ascontiguousarray(r).tobytes())


def worker(inp, outp, full):
    import scipy.linalg
    import threadpoolctl
    d = np.load(inp, allow_pickle=False)
    core = "; ".join(sorted(f"{i['internal_api']} {i['version']} {i['architecture']}"
                     for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"))
    recs = []
    warnings.simplefilter("ignore")
    for t in range(int(d["count"])):
        a, b, B = d[f"a{t}"], d[f"b{t}"], d[f"B{t}"]
        flags, vals = 0, []
        for bit, f, arg in ((0, lambda: np.linalg.inv(a), None),
                            (1, lambda: np.linalg.solve(a, b), None),
                            (2, lambda: np.linalg.solve(a, B), None)):
            try:
                r = np.array(f(), dtype=float)
                r[np.isnan(r)] = np.nan  # one NaN: NumPy prints every NaN alike
                vals.append(np.ascontiguousarray(r).tobytes())
            except np.linalg.LinAlgError:
                flags |= 1 << bit
                vals.append(b"")
        one = lambda v: float("nan") if v != v else float(v)  # the one NaN
        det = one(np.linalg.det(a))
        sign, logdet = np.linalg.slogdet(a)
        sign, logdet = one(sign), one(logdet)
        if not full:
            recs.append(struct.pack("<B", flags) + struct.pack("<d", det))
            continue
        lu, piv = scipy.linalg.lu_factor(a, check_finite=False)
        if np.any(np.diag(lu) == 0):
            flags |= 8
        lu_raw = lu.copy()
        lu[np.isnan(lu)] = np.nan
        h = lambda v: digest(v) if v else struct.pack("<Q", 0)
        recs.append(struct.pack("<B", flags) + h(vals[0]) + vals[1] + h(vals[2])
                    + struct.pack("<3d", det, sign, logdet)
                    + digest(np.ascontiguousarray(lu, dtype=float).tobytes())
                    + bytes(int(p) for p in piv)
                    + struct.pack("<d", one(scipy.linalg.det(a, check_finite=False)))
                    + scipy_inv(a)
                    + scipy_solve(lambda: scipy.linalg.solve(a, b))
                    + scipy_solve(lambda: scipy.linalg.solve(a, B))
                    + scipy_solve(lambda: scipy.linalg.lu_solve((lu_raw, piv), b, check_finite=False)))
    with open(outp, "wb") as f:
        f.write(json.dumps(core).encode() + b"\n" + struct.pack("<I", len(recs)))
        for r in recs:
            f.write(struct.pack("<I", len(r)) + r)


def run(core, inp, full, mode="--worker"):
    return start(core, inp, full, mode)()


def start(core, inp, full, mode="--worker"):
    """Starts a worker; the function returned waits for it and returns its
    core and records."""
    env = dict(os.environ, OPENBLAS_CORETYPE=core, OPENBLAS_NUM_THREADS="1")
    with tempfile.NamedTemporaryFile(suffix=".bin", delete=False) as f:
        outp = f.name
    proc = subprocess.Popen([sys.executable, __file__, mode, inp, outp, "1" if full else "0"],
                            env=env)
    return lambda: collect(proc, outp)


def collect(proc, outp):
    if proc.wait() != 0:
        raise RuntimeError(f"worker failed: {proc.args}")
    with open(outp, "rb") as f:
        core_name = json.loads(f.readline())
        (count,) = struct.unpack("<I", f.read(4))
        recs = []
        for _ in range(count):
            (ln,) = struct.unpack("<I", f.read(4))
            recs.append(f.read(ln))
    os.unlink(outp)
    return core_name, recs


# Complex matrices (lu_fixtures_c.bin.gz): NumPy's zgesv/zgetrf results
# under Haswell. File format (gzip): the line "golinalg-lu-fixtures-c 4\n",
# a JSON line of metadata, then records, little-endian:
#
#   u8 kind (KINDS), u8 n, c128[n*n] A (row-major), c128[n] b,
#   c128[2n] B (n x 2), u8 flags (bit 0 inv singular, bit 1 solve
#   singular, bit 2 solve with B singular), u64 hash (digest) of inv's
#   row-major complex128 bytes (0 when singular), c128[n] x (when not
#   singular), u64 hash of X (0 when singular), c128 det, c128 slogdet
#   sign, f64 logabsdet, u8 lu_factor flags (bit 0: a zero on the
#   diagonal of LU), u64 hash of scipy.linalg.lu_factor's LU (row-major
#   complex128 bytes), u8[n] its 0-based pivots, c128 scipy.linalg.det,
#   then for scipy.linalg.solve with b and lu_solve of lu_factor's result
#   with b: u8 flags (bit 0 LinAlgError, bit 1 ValueError), u64 hash.
CNINT, CNFLT = 60, 40


def complex_cases():
    out = []
    for n in range(1, 17):
        rng = np.random.default_rng(18000 + n)
        ints = lambda *s: rng.integers(-5, 6, s) + 1j * rng.integers(-5, 6, s)
        norm = lambda *s: rng.standard_normal(s) + 1j * rng.standard_normal(s)
        for _ in range(CNINT):
            out.append(("int", ints(n, n), ints(n), ints(n, 2)))
        for _ in range(CNFLT):
            out.append(("float", norm(n, n), norm(n), norm(n, 2)))
        for _ in range(3):
            out.append(("outer", np.outer(ints(n), ints(n)), ints(n), ints(n, 2)))
        if n >= 2:
            for _ in range(3):
                a = ints(n, n)
                i, j = rng.choice(n, 2, replace=False)
                a[i] = a[j] * (1j if rng.integers(0, 2) else 1)
                out.append(("reprow", a, ints(n), ints(n, 2)))
        if n >= 3:
            for _ in range(3):
                a = ints(n, n)
                i, j, k = rng.choice(n, 3, replace=False)
                a[i] = a[j] + a[k]
                out.append(("sumrow", a, ints(n), ints(n, 2)))
            for _ in range(2):
                a = norm(n, n)
                i, j, k = rng.choice(n, 3, replace=False)
                a[i] = a[j] * (0.1 + 0.2j) + a[k] * 0.3
                out.append(("sumrow", a, norm(n), norm(n, 2)))
    return [(k, np.asarray(a, complex), np.asarray(b, complex), np.asarray(B, complex))
            for k, a, b, B in out]


def scipy_solve_c(f):
    """scipy_solve for complex results: u8 flags, u64 hash of the
    complex128 bytes."""
    try:
        r = np.ascontiguousarray(f(), dtype="<c16")
    except np.linalg.LinAlgError:
        return struct.pack("<BQ", 1, 0)
    except ValueError:
        return struct.pack("<BQ", 2, 0)
    return struct.pack("<B", 0) + digest(r.tobytes())


def complex_worker(inp, outp):
    import scipy.linalg
    import threadpoolctl
    d = np.load(inp, allow_pickle=False)
    core = "; ".join(sorted(f"{i['internal_api']} {i['version']} {i['architecture']}"
                     for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"))
    recs = []
    warnings.simplefilter("ignore")
    c128 = lambda v: np.ascontiguousarray(v, dtype="<c16").tobytes()
    for t in range(int(d["count"])):
        a, b, B = d[f"a{t}"], d[f"b{t}"], d[f"B{t}"]
        flags, vals = 0, []
        for bit, f in ((0, lambda: np.linalg.inv(a)), (1, lambda: np.linalg.solve(a, b)),
                       (2, lambda: np.linalg.solve(a, B))):
            try:
                vals.append(c128(f()))
            except np.linalg.LinAlgError:
                flags |= 1 << bit
                vals.append(b"")
        h = lambda v: digest(v) if v else struct.pack("<Q", 0)
        sign, logdet = np.linalg.slogdet(a)
        lu, piv = scipy.linalg.lu_factor(a, check_finite=False)
        recs.append(struct.pack("<B", flags) + h(vals[0]) + vals[1] + h(vals[2])
                    + c128(np.linalg.det(a)) + c128(sign) + struct.pack("<d", logdet)
                    + struct.pack("<B", int(np.any(np.diag(lu) == 0))) + digest(c128(lu))
                    + bytes(int(p) for p in piv)
                    + c128(scipy.linalg.det(a, check_finite=False))
                    + scipy_solve_c(lambda: scipy.linalg.solve(a, b))
                    + scipy_solve_c(lambda: scipy.linalg.lu_solve((lu, piv), b, check_finite=False)))
    with open(outp, "wb") as f:
        f.write(json.dumps(core).encode() + b"\n" + struct.pack("<I", len(recs)))
        for r in recs:
            f.write(struct.pack("<I", len(r)) + r)


def complex_main(out):
    cs = complex_cases()
    core, recs = complex_run(cs)
    import scipy
    meta = {"numpy": np.__version__, "scipy": scipy.__version__, "haswell": core, "cases": len(cs)}
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(b"golinalg-lu-fixtures-c 4\n" + json.dumps(meta).encode() + b"\n")
        for t, (kind, a, b, B) in enumerate(cs):
            f.write(struct.pack("<BB", KINDS[kind], len(a)))
            for v in (a, b, B):
                f.write(np.ascontiguousarray(v, dtype="<c16").tobytes())
            f.write(recs[t])
    print(f"{out}: {len(cs)} complex cases; {core}")

    # n = 17..64, matrices from seeds (seeded_matrix_c): u8 kind, u8 n,
    # u64 seed, then the record as above.
    out = os.path.join(os.path.dirname(out), "lu_fixtures_c_seeded.bin.gz")
    seeds = [(kind, n, n * 1000 + 700 + t) for n in SEEDED_SIZES
             for t, kind in enumerate(SEEDED_C_KINDS)]
    seeds += [(kind, n, n * 1000 + 700 + t) for n in LARGE_SIZES
              for t, kind in enumerate(LARGE_C_KINDS)]
    cs = [(kind, *seeded_matrix_c(kind, n, seed)) for kind, n, seed in seeds]
    core, recs = complex_run(cs)
    meta = {"numpy": np.__version__, "scipy": scipy.__version__, "haswell": core, "cases": len(cs)}
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(b"golinalg-lu-fixtures-c-seeded 3\n" + json.dumps(meta).encode() + b"\n")
        for t, (kind, n, seed) in enumerate(seeds):
            f.write(struct.pack("<BBQ", KINDS[kind], n, seed))
            f.write(recs[t])
    print(f"{out}: {len(cs)} complex cases")


SEEDED_C_KINDS = ["int"] * 5 + ["float"] * 5 + ["outer", "reprow", "sumrow"]
LARGE_C_KINDS = ["int"] * 2 + ["float"] * 2 + ["sumrow"]


def seeded_matrix_c(kind, n, seed):
    """A complex seeded case: real parts drawn before imaginary ones."""
    st = SplitMix(seed)
    gen = st.floats if kind == "float" else st.ints
    cgen = lambda k: (lambda re: re + 1j * gen(k))(gen(k))
    if kind == "outer":
        u = cgen(n)
        v = cgen(n)
        a = np.outer(u, v)
    else:
        a = cgen(n * n).reshape(n, n)
    b, B = cgen(n), cgen(2 * n).reshape(n, 2)
    if kind in ("reprow", "sumrow"):
        set_row(st, a, kind == "reprow")
    return a, b, B


def complex_run(cs):
    with tempfile.NamedTemporaryFile(suffix=".npz", delete=False) as f:
        inp = f.name
    arrays = {"count": np.array(len(cs))}
    for t, (_, a, b, B) in enumerate(cs):
        arrays[f"a{t}"], arrays[f"b{t}"], arrays[f"B{t}"] = a, b, B
    np.savez(inp, **arrays)
    core, recs = run("Haswell", inp, True, "--complex-worker")
    os.unlink(inp)
    return core, recs


def run_all(cs):
    """Runs the Haswell worker and the other kernels' workers on the
    matrices cs; returns Haswell's core, its records, the records of the
    other kernels (SkylakeX's, or the first whose verdicts differ) and the
    metadata."""
    with tempfile.NamedTemporaryFile(suffix=".npz", delete=False) as f:
        inp = f.name
    arrays = {"count": np.array(len(cs))}
    for t, (_, a, b, B) in enumerate(cs):
        arrays[f"a{t}"], arrays[f"b{t}"], arrays[f"B{t}"] = a, b, B
    np.savez(inp, **arrays)
    # The workers run side by side.
    hw_wait = start("Haswell", inp, True)
    waits = {core: start(core, inp, False) for core in OTHER_CORES}
    hw_core, hw = hw_wait()
    others = {core: w() for core, w in waits.items()}
    os.unlink(inp)

    def verdict(rec):
        flags, det = rec[0] & 7, struct.unpack("<d", rec[1:9])[0]
        return flags, det == 0

    hw_det_off = 1 + 8 + 0  # Haswell's record: flags, inv hash, x, X hash, det
    sk = []
    for t, (_, a, _, _) in enumerate(cs):
        n = len(a)
        x_len = 0 if hw[t][0] & 2 else 8 * n
        hw_verdict = (hw[t][0] & 7, struct.unpack_from("<d", hw[t], hw_det_off + x_len + 8)[0] == 0)
        rec = others[OTHER_CORES[0]][1][t]
        for core in OTHER_CORES:
            r = others[core][1][t]
            if verdict(r) != hw_verdict:
                rec = r
                break
        sk.append(rec)
    import scipy
    meta = {"numpy": np.__version__, "scipy": scipy.__version__,
            "haswell": hw_core, "cases": len(cs),
            "others": {core: others[core][0] for core in OTHER_CORES}}
    return hw, sk, meta


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    if "--complex-only" in sys.argv:
        complex_main(os.path.join(here, "lu_fixtures_c.bin.gz"))
        return
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "lu_fixtures.bin.gz")
    cs = cases()
    hw, sk, meta = run_all(cs)
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(b"golinalg-lu-fixtures 5\n" + json.dumps(meta).encode() + b"\n")
        for t, (kind, a, b, B) in enumerate(cs):
            f.write(struct.pack("<BB", KINDS[kind], len(a)))
            f.write(np.ascontiguousarray(a, dtype=float).tobytes())
            f.write(np.ascontiguousarray(b, dtype=float).tobytes())
            f.write(np.ascontiguousarray(B, dtype=float).tobytes())
            f.write(hw[t])
            f.write(sk[t])
    diff = sum(1 for h, s in zip(hw, sk) if h[0] & 7 != s[0] & 7)
    print(f"{out}: {len(cs)} cases; {meta['haswell']} / {meta['others']}; "
          f"verdicts differ in {diff}")

    # n = 17..64: the matrices come from seeds (seeded_matrix), so only
    # the seeds are stored.
    out = os.path.join(os.path.dirname(out), "lu_fixtures_seeded.bin.gz")
    seeds = seeded_cases()
    cs = [(kind, *seeded_matrix(kind, n, seed)) for kind, n, seed in seeds]
    hw, sk, meta = run_all(cs)
    with gzip.GzipFile(out, "wb", mtime=0) as f:
        f.write(b"golinalg-lu-fixtures-seeded 3\n" + json.dumps(meta).encode() + b"\n")
        for t, (kind, n, seed) in enumerate(seeds):
            f.write(struct.pack("<BBQ", KINDS[kind], n, seed))
            f.write(hw[t])
            f.write(sk[t])
    diff = sum(1 for h, s in zip(hw, sk) if h[0] & 7 != s[0] & 7)
    print(f"{out}: {len(cs)} cases; verdicts differ in {diff}")
    complex_main(os.path.join(os.path.dirname(out), "lu_fixtures_c.bin.gz"))


# Seeded matrices (lu_fixtures_seeded.bin.gz, n = 17..64): each is built
# from its kind, n and a 64-bit seed by splitmix64, as
# lufixture_test.go's seededMatrix rebuilds it. The file holds, per
# matrix, u8 kind, u8 n, u64 seed, then the Haswell record and the other
# kernels' record as lu_fixtures.bin.gz.
SEEDED_SIZES = range(17, 65)
# n = 65..99 (getrf and gesv still single-threaded: m·n < 10000), fewer
# per order.
LARGE_SIZES = range(65, 100)
LARGE_KINDS = (["int"] * 4 + ["float"] * 4 + ["sumrow", "fsumrow", "lowrank", "special"])
SEEDED_KINDS = (["int"] * 10 + ["float"] * 10 + ["arange"] * 2 + ["outer"] * 2
                + ["reprow"] * 2 + ["sumrow"] * 2 + ["fsumrow"] * 2 + ["lowrank"] * 2
                + ["scaled"] * 3 + ["special"] * 4)
M64 = np.uint64(0xFFFFFFFFFFFFFFFF)


class SplitMix:
    """splitmix64: value t (from 1) is mix(seed + t·0x9E3779B97F4A7C15)."""

    def __init__(self, seed):
        self.seed, self.t = seed, 0

    def u(self, k):
        i = np.arange(self.t + 1, self.t + k + 1, dtype=np.uint64)
        self.t += k
        z = np.uint64(self.seed) + i * np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))

    def ints(self, k):
        return (self.u(k) % np.uint64(11)).astype(np.int64).astype(float) - 5

    def floats(self, k):
        return (self.u(k) >> np.uint64(11)).astype(float) * 2.0 ** -53 * 2 - 1

    def idx(self, mod):
        return int(self.u(1)[0] % np.uint64(mod))


# Structured matrices for scipy.linalg.inv's structure detection, n =
# 1..64: triangular (floats above the diagonal, integers below), diagonal
# (a zero on the diagonal for odd seeds), symmetric and positive definite.
STRUCT_KINDS = ["upper", "lower", "diag", "sym", "spd"]


def seeded_cases():
    out = []
    for n in SEEDED_SIZES:
        for t, kind in enumerate(SEEDED_KINDS):
            out.append((kind, n, n * 1000 + t))
    for n in LARGE_SIZES:
        for t, kind in enumerate(LARGE_KINDS):
            out.append((kind, n, n * 1000 + t))
    for n in range(1, 65):
        for t, kind in enumerate(STRUCT_KINDS):
            out.append((kind, n, n * 1000 + 500 + t))
    return out


def set_row(st, a, repeat):
    """Row i of a becomes row j (repeat) or the sum of rows j and k, rows
    drawn from st (seededRow in lufixture_test.go)."""
    n = len(a)
    i = st.idx(n)
    j = (i + 1 + st.idx(n - 1)) % n
    if repeat:
        a[i] = a[j]
    else:
        k = [r for r in range(n) if r != i and r != j][st.idx(n - 2)]
        a[i] = a[j] + a[k]


def seeded_matrix(kind, n, seed):
    """The matrix A, b and B (n x 2) of a seeded case."""
    st = SplitMix(seed)
    if kind in ("float", "fsumrow", "upper", "diag"):
        gen = st.floats
    else:
        gen = st.ints
    if kind == "arange":
        a = np.arange(n * n, dtype=float) + (seed & 1)
    elif kind == "outer":
        u, v = st.ints(n), st.ints(n)
        a = np.outer(u, v).ravel()
    elif kind == "lowrank":
        r = n // 2
        x = st.ints(n * r).reshape(n, r).astype(np.int64)
        y = st.ints(r * n).reshape(r, n).astype(np.int64)
        a = (x @ y).astype(float).ravel()
    elif kind == "spd":
        x = st.ints(n * n).reshape(n, n).astype(np.int64)
        a = (x.T @ x + n * np.eye(n, dtype=np.int64)).astype(float).ravel()
    else:
        a = gen(n * n)
    b, B = gen(n), gen(2 * n)
    a = a.reshape(n, n).copy()
    if kind in ("reprow", "sumrow", "fsumrow"):
        set_row(st, a, kind == "reprow")
    elif kind == "scaled":
        a = np.ldexp(a, [-1060, -1000, 1000][seed % 3])
    elif kind == "upper":
        a = np.triu(a) + 0.0
    elif kind == "lower":
        a = np.tril(a) + 0.0
        d = np.diag(a).copy()
        d[d == 0] = 6
        a[np.arange(n), np.arange(n)] = d
    elif kind == "diag":
        a = np.diag(np.diag(a)) + 0.0
        if seed & 1:
            a[st.idx(n), :] = 0.0
            a = a + 0.0
    elif kind == "sym":
        a = a + a.T
    elif kind == "special":
        vals = [np.nan, np.inf, -np.inf, 3e-310, 1e300]
        for _ in range(1 + st.idx(3)):
            p = st.idx(n * n)
            a[p // n, p % n] = vals[st.idx(5)]
    return a, b, B.reshape(n, 2)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], sys.argv[3], sys.argv[4] == "1")
    elif len(sys.argv) > 1 and sys.argv[1] == "--complex-worker":
        complex_worker(sys.argv[2], sys.argv[3])
    else:
        main()
