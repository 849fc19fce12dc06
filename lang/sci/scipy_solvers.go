package sci

import (
	"runtime"
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
	{Sig: "solve_toeplitz(c_or_cr, b, check_finite=True)", Py: true, Body: scipySolveToeplitz, Doc: `Solve T @ x = b for the Toeplitz matrix T (constant along each diagonal) with first column c and first row r, by the Levinson recursion in O(N**2) operations. The recursion needs every leading principal submatrix of T to be non-singular.` + docBatch + `

Parameters
----------
` + docToeplitzCR + `
b : (N,) or (N, K) array_like
    Right-hand side; each column is solved alone.
` + docCheckFinite + `

Returns
-------
x : (N,) or (N, K) ndarray
    The solution, shaped like b: float64, or complex128 when an input is complex.

Raises
------
LinAlgError
    If a leading principal submatrix of T is singular ("Singular principal minor").
ValueError
    If the lengths of c, r and b differ.`},
	{Sig: "matmul_toeplitz(c_or_cr, x, check_finite=False, workers=None)", Py: true, Body: scipyMatmulToeplitz, Doc: `The product T @ x of the Toeplitz matrix T with first column c and first row r, computed with the FFT in O((M + N) log(M + N)) operations by embedding T in a circulant matrix. Entries that are exactly zero in the direct product may come out as tiny numbers.` + docBatch + `

Parameters
----------
` + strings.Replace(docToeplitzCR, "(r[0] is ignored)", "(r[0] is ignored); T is len(c) by len(r)", 1) + `
x : (N,) or (N, K) array_like
    The matrix (or vector) to multiply.
check_finite : bool, optional
    Raise ValueError when an input holds NaN or infinity (off by default here).
workers : int, optional
    Accepted as scipy.fft takes it (not zero, not below minus the number of CPUs); golinalg's FFT runs on one thread.

Returns
-------
T @ x : (M,) or (M, K) ndarray
    float64, or complex128 when an input is complex.

Raises
------
ValueError
    If len(r) differs from the length of x.`},
	{Sig: "solve_circulant(c, b, singular='raise', tol=None, caxis=-1, baxis=0, outaxis=0)", Py: true, Body: scipySolveCirculant, Doc: `Solve C @ x = b for the circulant matrix C with first column c (C[i, j] == c[(i - j) % n]). The DFT diagonalises C, so x == ifft(fft(b) / fft(c)), in O(n log n) operations.

Parameters
----------
c : array_like
    First column of C, along caxis; further axes make a stack of matrices.
b : array_like
    Right-hand side, along baxis; further axes broadcast against c's.
singular : str, optional
    'raise' (the default) fails on a near singular C; any other value, such as 'lstsq', returns the least-squares solution of least norm.
tol : float, optional
    An eigenvalue of C (an entry of fft(c)) with absolute value at most tol counts as zero; by default the largest absolute value times n times machine epsilon.
caxis : int, optional
    The axis of c holding the columns.
baxis : int, optional
    The axis of b holding the right-hand sides.
outaxis : int, optional
    The axis of the result holding the solutions.

Returns
-------
x : ndarray
    The solution: float64, or complex128 when c or b is complex.

Raises
------
LinAlgError
    If C is near singular and singular is 'raise'.
ValueError
    If the lengths along caxis and baxis differ or an axis is out of bounds.`},
	{Sig: "orthogonal_procrustes(A, B, check_finite=True)", Py: true, Body: scipyBatch(scipyOrthogonalProcrustes, "A", "B"), Doc: `The orthogonal (unitary) matrix R that maps A closest to B: it minimises the Frobenius norm of A @ R - B subject to R.conj().T @ R == I. With A.conj().T @ B == U @ diag(S) @ Vh, R == U @ Vh.` + docBatch + `

Parameters
----------
A : (M, N) array_like
    Matrix to be mapped.
B : (M, N) array_like
    Target matrix.
` + docCheckFinite + `

Returns
-------
R : (N, N) ndarray
    The orthogonal (unitary) matrix.
scale : float
    The sum of the singular values of A.conj().T @ B.

Raises
------
ValueError
    If A is not 2-d or the shapes of A and B differ.`},
	{Sig: "pinvh(a, atol=None, rtol=None, lower=True, return_rank=False, check_finite=True)", Py: true, Body: scipyBatch(scipyPinvh, "a"), Doc: `Pseudo-inverse of a Hermitian (symmetric) matrix from its eigendecomposition, dropping the eigenvalues whose absolute value is at most atol + rtol * max(abs(eigenvalues)).` + docBatch + `

Parameters
----------
a : (N, N) array_like
    Hermitian matrix; only one triangle is read.
atol : float, optional
    Absolute threshold; 0 when None.
rtol : float, optional
    Relative threshold; N times machine epsilon when None.
lower : bool, optional
    Read the lower triangle of a (the default) or the upper.
return_rank : bool, optional
    Also return the number of eigenvalues kept.
` + docCheckFinite + `

Returns
-------
B : (N, N) ndarray
    The pseudo-inverse.
rank : int
    The effective rank, with return_rank.

Raises
------
LinAlgError
    If the eigenvalue computation does not converge.
ValueError
    If atol or rtol is negative or a is not square.`},
	{Sig: "subspace_angles(A, B)", Py: true, Body: scipyBatch(scipySubspaceAngles, "A", "B"), Doc: `Principal angles between the column spaces of A and B, in radians, largest first. Cosines come from the singular values of QA.conj().T @ QB for orthonormal bases QA and QB; angles whose squared cosine is at least 1/2 are computed from sines instead, which keeps small angles accurate.` + docBatch + `

Parameters
----------
A : (M, N) array_like
    First matrix; its columns span the first subspace.
B : (M, K) array_like
    Second matrix, with as many rows as A.

Returns
-------
angles : ndarray, shape (min(N, K),)
    The angles, in radians, from largest to smallest (for full-rank A and B).

Raises
------
ValueError
    If A or B is not 2-d, holds NaN or infinity, or their numbers of rows differ.`},
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

// scipyToeplitzCR reads c_or_cr as SciPy does: a tuple is (c, r), anything
// else is c alone (r nil, meaning conj(c)).
func scipyToeplitzCR(c *Call, v eval.Value) (col, row *linalg.Array, err error) {
	cv := v
	var rv eval.Value
	if t, ok := v.(eval.Tuple); ok {
		if cv, rv, err = scipyPair(c.th, t); err != nil {
			return nil, nil, err
		}
	}
	if col, err = c.in.arrayArg(c.th, cv); err != nil {
		return nil, nil, err
	}
	if rv != nil {
		if row, err = c.in.arrayArg(c.th, rv); err != nil {
			return nil, nil, err
		}
	}
	return col, row, nil
}

func scipySolveToeplitz(c *Call) (eval.Value, error) {
	var cr eval.Value
	var b *linalg.Array
	var check bool
	if err := c.Unpack(&cr, &b, &check); err != nil {
		return nil, err
	}
	col, row, err := scipyToeplitzCR(c, cr)
	if err != nil {
		return nil, err
	}
	return c.scipyArrayResult(linalg.SolveToeplitz(col, row, b, check))
}

func scipyMatmulToeplitz(c *Call) (eval.Value, error) {
	var cr, workers eval.Value
	var x *linalg.Array
	var check bool
	if err := c.Unpack(&cr, &x, &check, &workers); err != nil {
		return nil, err
	}
	col, row, err := scipyToeplitzCR(c, cr)
	if err != nil {
		return nil, err
	}
	r, err := linalg.MatmulToeplitz(col, row, x, check)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	// scipy.fft checks workers when it runs, which an empty x skips.
	if workers != eval.None && x.Size() > 0 {
		w, err := eval.ToIndex(workers, "")
		if err != nil {
			return nil, err
		}
		switch ncpu := runtime.NumCPU(); {
		case w == 0:
			return nil, eval.NewError(eval.ValueError, "workers must not be zero")
		case w < -ncpu:
			return nil, eval.NewError(eval.ValueError, "workers value out of range; got %d, must not be less than %d", w, -ncpu)
		}
	}
	return c.array(r), nil
}

func scipySolveCirculant(c *Call) (eval.Value, error) {
	var col, b, tol *linalg.Array
	var singular, caxis, baxis, outaxis eval.Value
	if err := c.Unpack(&col, &b, &singular, &tol, &caxis, &baxis, &outaxis); err != nil {
		return nil, err
	}
	o := linalg.CirculantOpts{Lstsq: singular != eval.String("raise"), Tol: tol}
	// SciPy indexes shapes by caxis and baxis (a tuple index), and hands
	// outaxis to np.moveaxis (which iterates a non-integer).
	for _, ax := range []struct {
		v    eval.Value
		p    *int
		what string
	}{{caxis, &o.CAxis, "tuple indices must be integers or slices, not %s"}, {baxis, &o.BAxis, "tuple indices must be integers or slices, not %s"}, {outaxis, &o.OutAxis, "'%s' object is not iterable"}} {
		n, err := eval.ToIndex(ax.v, "")
		if err != nil {
			return nil, eval.NewError(eval.TypeError, ax.what, ax.v.Type())
		}
		*ax.p = n
	}
	x, ws, err := linalg.SolveCirculant(col, b, o)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	warn(c.th, ws)
	return c.array(x), nil
}

func scipyOrthogonalProcrustes(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var check bool
	if err := c.Unpack(&a, &b, &check); err != nil {
		return nil, err
	}
	r, scale, err := linalg.OrthogonalProcrustes(a, b, check)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return scipyBatchPair(c.array(r), scale, c.Wrap(scale)), nil
}

// scipyBatchPair is a pair of results as SciPy's _apply_over_batch hands
// them back: a tuple, or a list when the call was batched (second, the
// second result as an array, then has dimensions).
func scipyBatchPair(first eval.Value, second *linalg.Array, v eval.Value) eval.Value {
	if second.Ndim() > 0 {
		return eval.NewList([]eval.Value{first, v})
	}
	return eval.Tuple{first, v}
}

func scipyPinvh(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var atol, rtol opt[float64]
	var lower, retRank, check bool
	if err := c.Unpack(&a, &atol, &rtol, &lower, &retRank, &check); err != nil {
		return nil, err
	}
	b, rank, err := linalg.PinvH(a, atol.v, rtol.v, atol.ok, rtol.ok, lower, check)
	if err != nil {
		return nil, c.Err(a, err)
	}
	if !retRank {
		return c.array(b), nil
	}
	// Unbatched, SciPy's rank is len() of the kept eigenvalues: a Python int.
	rk := c.array(rank)
	if rank.Ndim() == 0 {
		rk = eval.Int(rank.Int64s()[0])
	}
	return scipyBatchPair(c.array(b), rank, rk), nil
}

func scipySubspaceAngles(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	if err := c.Unpack(&a, &b); err != nil {
		return nil, err
	}
	return c.scipyArrayResult(linalg.SubspaceAngles(a, b))
}
