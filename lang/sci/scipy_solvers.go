package sci

import (
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// Parameter texts of the structured solvers' docstrings.
const (
	docOverwriteAB = "overwrite_ab : bool, optional\n    Accepted and ignored: it lets SciPy reuse ab's memory; golinalg never modifies ab, and the result is the same."
	docBandRHS     = "b : (N,) or (N, K) array_like\n    Right-hand side."
	docBandSolveX  = "x : (N,) or (N, K) ndarray\n    The solution, shaped like b: float64, or complex128 when ab or b is complex."
	docBatch       = "\n\nArray arguments may carry batch dimensions in front of their core shape: the function is applied to each slice, the batch shapes broadcasting together."
	docHermBand    = "ab : (kd + 1, N) array_like\n    The upper triangle of A in band storage, A[i, j] == ab[kd + i - j, j] for i <= j; with lower, the lower triangle, A[i, j] == ab[i - j, j] for i >= j."
	docToeplitzCR  = "c_or_cr : array_like or tuple of (array_like, array_like)\n    The first column c of the Toeplitz matrix, or a tuple (c, r) with its first row r too (r[0] is ignored). Without r, r is the conjugate of c and the matrix is Hermitian."
)

// scipySolvers is the part of scipy.linalg that solves structured
// systems: banded (_basic.py's solve_banded and solveh_banded,
// _decomp_cholesky.py's banded Cholesky), Toeplitz and circulant ones,
// with pinvh (_basic.py), orthogonal_procrustes (_procrustes.py) and
// subspace_angles (_decomp_svd.py).
var scipySolvers = []*Func{
	{Sig: "solve_banded(l_and_u, ab, b, overwrite_ab=False, overwrite_b=False, check_finite=True)", Py: true, Body: scipySolveBanded, Doc: `Solve a @ x = b for the banded matrix a with l subdiagonals and u superdiagonals, given in band storage: a[i, j] == ab[u + i - j, j]. Gaussian elimination with partial pivoting within the band (LAPACK's gbsv); a tridiagonal a (l == u == 1) by LAPACK's gtsv.` + docBatch + `

Parameters
----------
(l, u) : (integer, integer)
    Number of non-zero lower and upper diagonals.
ab : (l + u + 1, N) array_like
    The diagonals of a: row u holds the main diagonal, the rows above it the superdiagonals (right-aligned), the rows below the subdiagonals (left-aligned). Entries outside the matrix are not read.
` + docBandRHS + `
` + docOverwriteAB + `
` + docOverwriteB + `
` + docCheckFinite + `

Returns
-------
` + docBandSolveX + `

Raises
------
LinAlgError
    If a is singular.
ValueError
    If the shapes of ab and b do not fit l and u.`},
	{Sig: "solveh_banded(ab, b, overwrite_ab=False, overwrite_b=False, lower=False, check_finite=True)", Py: true, Body: scipyBatch(scipySolvehBanded, "a", "b"), Doc: `Solve a @ x = b for the Hermitian positive definite banded matrix a, given in band storage. Band Cholesky factorisation (LAPACK's pbsv), or for a tridiagonal a (two rows in ab) the L @ D @ L.conj().T factorisation (LAPACK's ptsv).` + docBatch + `

Parameters
----------
` + docHermBand + `
` + docBandRHS + `
` + docOverwriteAB + `
` + docOverwriteB + `
lower : bool, optional
    ab holds the lower triangle instead of the upper.
` + docCheckFinite + `

Returns
-------
` + docBandSolveX + `

Raises
------
LinAlgError
    If a is not positive definite.
ValueError
    If the shapes of ab and b do not fit.`},
	{Sig: "cholesky_banded(ab, overwrite_ab=False, lower=False, check_finite=True)", Py: true, Body: scipyBatch(scipyCholeskyBanded, "ab"), Doc: `Cholesky factor of a Hermitian positive definite banded matrix in band storage: a == U.conj().T @ U with U upper triangular, or with lower a == L @ L.conj().T, returned in the same band storage (LAPACK's pbtrf).` + docBatch + `

Parameters
----------
` + docHermBand + `
` + docOverwriteAB + `
lower : bool, optional
    ab holds the lower triangle, and the lower factor L is returned.
` + docCheckFinite + `

Returns
-------
c : (kd + 1, N) ndarray
    The factor in band storage: float64, or complex128 for complex ab.

Raises
------
LinAlgError
    If a is not positive definite.`},
	{Sig: "cho_solve_banded(cb_and_lower, b, overwrite_b=False, check_finite=True)", Py: true, Body: scipyChoSolveBanded, Doc: `Solve a @ x = b from the banded Cholesky factor cholesky_banded returns (LAPACK's pbtrs).` + docBatch + `

Parameters
----------
(cb, lower) : tuple, (ndarray, bool)
    The factor from cholesky_banded, and the lower given to it.
` + docBandRHS + `
` + docOverwriteB + `
` + docCheckFinite + `

Returns
-------
x : (N,) or (N, K) ndarray
    The solution, shaped like b.

Raises
------
ValueError
    If the shapes of cb and b do not fit.`},
}

// scipyCastErr maps linalg's TypeError for an in-place division whose
// result does not fit the output dtype to NumPy's UFuncTypeError.
func scipyCastErr(c *Call, err error) error {
	if e, ok := err.(*linalg.Error); ok && e.Kind == linalg.TypeError && strings.HasPrefix(e.Msg, "Cannot cast ufunc") {
		return eval.NewError(UFuncTypeError, "%s", e.Msg)
	}
	return c.Err(nil, err)
}

// scipyArrayResult returns r as an ndarray, even 0-d (LAPACK's outputs
// are arrays), or err mapped.
func (c *Call) scipyArrayResult(r *linalg.Array, err error) (eval.Value, error) {
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.array(r), nil
}

// scipyNoFloat32 refuses arrays that are all boolean: SciPy's
// get_lapack_funcs picks LAPACK's single-precision routine for them, and
// golinalg has no float32.
func scipyNoFloat32(c *Call, arrays ...*linalg.Array) error {
	for _, a := range arrays {
		if a.DType() != linalg.Bool {
			return nil
		}
	}
	return c.notSupported("boolean arrays, which SciPy computes in float32")
}

func scipySolveBanded(c *Call) (eval.Value, error) {
	var lu eval.Value
	var ab, b *linalg.Array
	var owa, owb, check bool
	if err := c.Unpack(&lu, &ab, &b, &owa, &owb, &check); err != nil {
		return nil, err
	}
	lv, uv, err := scipyPair(c.th, lu)
	if err != nil {
		return nil, err
	}
	l, err := eval.ToIndex(lv, "")
	if err != nil {
		return nil, err
	}
	u, err := eval.ToIndex(uv, "")
	if err != nil {
		return nil, err
	}
	x, ws, err := linalg.SolveBanded(l, u, ab, b, check)
	if err != nil {
		return nil, scipyCastErr(c, err)
	}
	warn(c.th, ws)
	return c.array(x), nil
}

func scipySolvehBanded(c *Call) (eval.Value, error) {
	var ab, b *linalg.Array
	var owa, owb, lower, check bool
	if err := c.Unpack(&ab, &b, &owa, &owb, &lower, &check); err != nil {
		return nil, err
	}
	if err := scipyNoFloat32(c, ab, b); err != nil {
		return nil, err
	}
	return c.scipyArrayResult(linalg.SolveHBanded(ab, b, lower, check))
}

func scipyCholeskyBanded(c *Call) (eval.Value, error) {
	var ab *linalg.Array
	var owa, lower, check bool
	if err := c.Unpack(&ab, &owa, &lower, &check); err != nil {
		return nil, err
	}
	if err := scipyNoFloat32(c, ab); err != nil {
		return nil, err
	}
	return c.scipyArrayResult(linalg.CholeskyBanded(ab, lower, check))
}

func scipyChoSolveBanded(c *Call) (eval.Value, error) {
	var cbl eval.Value
	var b *linalg.Array
	var owb, check bool
	if err := c.Unpack(&cbl, &b, &owb, &check); err != nil {
		return nil, err
	}
	cv, lower, err := scipyPair(c.th, cbl)
	if err != nil {
		return nil, err
	}
	cb, err := c.in.arrayArg(c.th, cv)
	if err != nil {
		return nil, err
	}
	if err := scipyNoFloat32(c, cb, b); err != nil {
		return nil, err
	}
	return c.scipyArrayResult(linalg.ChoSolveBanded(cb, lower.Truth(), b, check))
}
