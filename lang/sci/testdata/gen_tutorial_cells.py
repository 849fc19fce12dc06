"""Make oracle_scipy_cells_tutorial.py from SciPy's linear-algebra tutorial.

Usage: python gen_tutorial_cells.py linalg.rst > oracle_scipy_cells_tutorial.py

linalg.rst is doc/source/tutorial/linalg.rst of SciPy's repository. Each
doctest block becomes cells as a user pastes it into a notebook: one cell
per displayed expression, holding the block's statements up to it, so that
every value the tutorial shows is compared with SciPy's. Plotting
statements are dropped (matplotlib.pyplot is issue 25), and an unseeded
np.random.default_rng() gets seed 1 so both sides draw the same numbers.
Blocks that cannot
be compared are left out, with the reason on stderr: values the tutorial
marks "# may vary" (Schur vectors' phases, LAPACK's choice),
scipy.special, and the
overwrite_a=True demonstration on a Fortran-ordered array (golinalg's
arrays are C-ordered and never overwritten).
"""

import re
import sys


def blocks(text):
    """Yield (first line number, [(source, shows_output)]) per doctest block."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = re.match(r"^(\s*)>>> (.*)$", lines[i])
        if not m:
            i += 1
            continue
        start, indent, stmts = i + 1, m.group(1), []
        while i < len(lines):
            m = re.match(r"^" + indent + r">>> (.*)$", lines[i])
            if not m:
                break
            src = m.group(1)
            i += 1
            while i < len(lines) and re.match(r"^" + indent + r"\.\.\. ", lines[i]):
                src += "\n" + lines[i][len(indent) + 4:]
                i += 1
            shows = i < len(lines) and lines[i].strip() != "" and not lines[i].lstrip().startswith(">>>")
            while i < len(lines) and lines[i].strip() != "" and not lines[i].lstrip().startswith(">>>"):
                if "# may vary" in lines[i]:
                    shows = "may vary"
                i += 1
            stmts.append((re.sub(r"\s+#.*$", "", src), shows))
        yield start, stmts


SKIP = [
    ("special.", "scipy.special is not part of golinalg"),
    ("shares_memory", "it asks whether SciPy overwrote the Fortran-ordered array of the block before, which golinalg cannot mirror (next line)"),
    ("order='F'", "golinalg arrays are C-ordered and never overwritten in place, so SciPy's in-place inverse of a Fortran-ordered array cannot be mirrored"),
]


# NOISE states the scale of the residual checks (the Schur ones too), whose printed values are
# rounding errors of terms as large as |A| |x| (see cellBound in
# oracle_test.go): OpenBLAS's FMA kernels (Haswell, SkylakeX, Zen) give
# A.dot(inv(A).dot(b)) - b = [0, 1.8e-15], its SSE kernels [0, 0].
NOISE = {
    "A.dot(linalg.inv(A).dot(b)) - b": "# noise: n=2 scale=39 because the residual A x - b cancels the terms of A x, as large as |A| |x| = 39",
    "A.dot(np.linalg.solve(A, b)) - b": "# noise: n=2 scale=39 because the residual A x - b cancels the terms of A x, as large as |A| |x| = 39",
    "abs(A - Z*T*Z.H)": "# noise: n=3 scale=10 because the residual A - Z T Zᴴ cancels terms as large as |T| = 9.9",
    "abs(A - Z1*T1*Z1.H)": "# noise: n=3 scale=10 because the residual A - Z T Zᴴ cancels terms as large as |T| = 9.9",
    "abs(A - Z2*T2*Z2.H)": "# noise: n=3 scale=10 because the residual A - Z T Zᴴ cancels terms as large as |T| = 9.9",
}


def main(path):
    text = open(path).read()
    out, prefix = [], []
    for start, stmts in blocks(text):
        why = [w for key, w in SKIP if any(key in s for s, _ in stmts)]
        if why:
            cut = [k for k, (s, _) in enumerate(stmts) if "order='F'" in s]
            if not cut:
                print(f"# linalg.rst line {start}: not compared: {why[0]}", file=sys.stderr)
                continue
            # The first half of the block (inverting a C array) is fine.
            stmts = stmts[:cut[0]]
        stmts = [(s.replace("default_rng()", "default_rng(1)"), shows) for s, shows in stmts if "plt" not in s]
        # A doctest file is one namespace; a block that imports numpy
        # starts afresh, as the tutorial's examples do.
        if stmts and stmts[0][0] == "import numpy as np":
            prefix = []
        elif not prefix:
            prefix = ["import numpy as np"]
        for src, shows in stmts:
            if shows == "may vary":
                # SciPy's own doctest skips these: the Schur vectors' phases
                # are LAPACK's choice, not the mathematics'.
                print(f"# linalg.rst: {src}: not compared: the tutorial marks its output '# may vary'", file=sys.stderr)
                prefix.append(src)
                continue
            if shows and not src.startswith("print("):
                out.append("\n".join(([NOISE[src]] if src in NOISE else []) + prefix + [src]))
            prefix.append(src)
            if shows and src.startswith("print("):
                out.append("\n".join(prefix))
        if not any(shows for _, shows in stmts):
            # A block that shows nothing (its plot dropped): show the last
            # value it assigns, which depends on all before it (not a
            # random generator, whose repr shows its address).
            names = [m.group(1) for m in (re.match(r"^(\w+)\s*=", s) for s, _ in stmts) if m and m.group(1) != "rng"]
            if names:
                out.append("\n".join(prefix + [names[-1]]))
    print("\n# ---\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
