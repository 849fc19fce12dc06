package sci

import (
	"math"
	"slices"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// LinAlgWarning is scipy.linalg.LinAlgWarning, the warning SciPy emits for
// ill-conditioned and exactly singular factorisations.
var LinAlgWarning = eval.NewExcClass("LinAlgWarning", "scipy.linalg", eval.RuntimeWarning)

// Parameter texts shared by the docstrings of scipy.linalg.
const (
	docOverwriteA   = "overwrite_a : bool, optional\n    Accepted and ignored: it lets SciPy reuse a's memory (leaving a's contents undefined); golinalg never modifies a, and the result is the same."
	docOverwriteB   = "overwrite_b : bool, optional\n    Accepted and ignored: it lets SciPy reuse b's memory (leaving b's contents undefined); golinalg never modifies b, and the result is the same."
	docCheckFinite  = "check_finite : bool, optional\n    Raise ValueError when an input holds NaN or infinity. With False the check is skipped and non-finite input gives meaningless results."
	docAlwaysFinite = "check_finite : bool, optional\n    Accepted; golinalg checks for NaN and infinity (ValueError) either way."
)

// scipyLinalg is the module scipy.linalg. SciPy defines its functions in
// Python (scipy/linalg/_basic.py, _decomp*.py, ...), so they get CPython's
// argument messages. Most are wrapped by SciPy's _apply_over_batch
// decorator, which maps them over stacks of matrices and checks its array
// arguments first; scipyBatch reproduces that check.
var scipyLinalg = &Module{
	Name: "scipy.linalg",
	Doc:  "Linear algebra (golinalg subset of scipy.linalg).",
	// One table per part of SciPy's package, as SciPy files them
	// (_basic.py, _decomp*.py, _matfuncs*.py, _special_matrices.py, ...).
	Funcs: slices.Concat(
		scipyLinalgCore,
		scipySchur,
		scipySpecial,
		scipyDecomp,
		scipySolvers,
		scipyMatEq,
		scipyMatfuncs,
	),
	Attrs: func(in *lib, th *eval.Thread, m *eval.Module) error {
		m.Set("LinAlgError", eval.LinAlgError)
		m.Set("LinAlgWarning", LinAlgWarning)
		m.Set("test", &pytestTester{in: in})
		scipySolveLyapunovAlias(m)
		return nil
	},
}

// scipyLinalgCore is the first part of scipy.linalg golinalg had: the
// basic solvers, the LU, Cholesky, QR, SVD and eigen decompositions, and
// expm.
var scipyLinalgCore = []*Func{
	{Sig: "inv(a, overwrite_a=False, check_finite=True, *, assume_a=None, lower=False)", Py: true, Body: scipyInv, Doc: `Inverse of a square matrix, as numpy.linalg.inv, but raising for an exactly singular matrix from LAPACK's pivot test and warning (LinAlgWarning) when the reciprocal condition number is below machine epsilon. Stacks of matrices are inverted one by one.

Parameters
----------
a : ` + docSquare + `
` + docOverwriteA + `
` + docAlwaysFinite + `
assume_a : {None, 'general', 'gen', 'diagonal', 'upper triangular', 'lower triangular', 'pos', 'sym', 'her'}, optional
    Structure of a, which decides the condition estimate behind the warning; None detects it.
lower : bool, optional
    For a symmetric or Hermitian assume_a, which triangle holds the data.

Returns
-------
ainv : (..., M, M) ndarray
    The inverse of a.

Raises
------
LinAlgError
    If a is singular.
ValueError
    If a is not square.
KeyError
    If assume_a is not one of the structures above.`},
	{Sig: "solve(a, b, lower=False, overwrite_a=False, overwrite_b=False, check_finite=True, assume_a=None, transposed=False)", Py: true, Body: scipySolve, Doc: `Solve a @ x = b for square a. Without assume_a the structure is detected (diagonal, triangular, symmetric positive definite, general); assume_a announces it. An ill-conditioned a gives a LinAlgWarning.

Parameters
----------
a : (..., N, N) array_like
    Square matrix, or a stack of them.
b : (..., N,) or (..., N, K) array_like
    Right-hand side.
lower : bool, optional
    For a symmetric, Hermitian or positive definite assume_a, read the lower triangle of a instead of the upper.
` + docOverwriteA + `
` + docOverwriteB + `
` + docAlwaysFinite + `
assume_a : str, optional
    'gen' (or 'general'), 'diagonal', 'tridiagonal', 'banded', 'upper triangular', 'lower triangular', 'sym', 'her' or 'pos'.
transposed : bool, optional
    Solve a.T @ x = b instead (real a only).

Returns
-------
x : ndarray
    The solution, shaped like b.

Raises
------
LinAlgError
    If a is singular.
ValueError
    If the shapes do not match or assume_a is unknown.`},
	{Sig: "solve_triangular(a, b, trans=0, lower=False, unit_diagonal=False, overwrite_b=False, check_finite=True)", Py: true, Body: scipyBatch(scipySolveTriangular, "a", "b"), Doc: `Solve a @ x = b for triangular a, reading only its upper (or lower) triangle.

Parameters
----------
a : (M, M) array_like
    Triangular matrix.
b : (M,) or (M, N) array_like
    Right-hand side.
trans : {0, 1, 2, 'N', 'T', 'C'}, optional
    Solve a @ x = b (0, 'N'), a.T @ x = b (1, 'T') or a.conj().T @ x = b (2, 'C').
lower : bool, optional
    Read the lower triangle of a instead of the upper.
unit_diagonal : bool, optional
    Take the diagonal of a to be all ones without reading it.
` + docOverwriteB + `
` + docCheckFinite + `

Returns
-------
x : ndarray
    The solution, shaped like b.

Raises
------
LinAlgError
    If a has a zero on its diagonal.`},
	{Sig: "det(a, overwrite_a=False, check_finite=True)", Py: true, Body: scipyDet, Doc: `Determinant of a square matrix, from its LU factorisation. A 0×0 matrix has determinant 1.0.

Parameters
----------
a : ` + docSquare + `
` + docOverwriteA + `
` + docAlwaysFinite + `

Returns
-------
det : float or ndarray
    The determinant of each matrix.

Raises
------
ValueError
    If a is not square.`},
	{Sig: "norm(a, ord=None, axis=None, keepdims=False, check_finite=True)", Py: true, Body: scipyNorm, Doc: `Matrix or vector norm, as numpy.linalg.norm. Where SciPy computes it with BLAS or LAPACK (the 2-norm of a float or complex vector; the 1- and inf-norms of a contiguous float or complex matrix) the result is a Python float.

Parameters
----------
a : array_like
    Vector or matrix (or more axes, with axis).
ord : {None, 'fro', 'nuc', inf, -inf, int, float}, optional
    Which norm; None is the 2-norm of a vector, the Frobenius norm of a matrix.
axis : int or 2-tuple of ints, optional
    Axes holding the vectors (one) or matrices (two).
keepdims : bool, optional
    Keep the reduced axes with length one.
` + docCheckFinite + `

Returns
-------
n : float or ndarray
    The norm.`},
	{Sig: "lstsq(a, b, cond=None, overwrite_a=False, overwrite_b=False, check_finite=True, lapack_driver=None)", Py: true, Body: scipyBatch(scipyLstsq, "a", "b"), Doc: `Least-squares solution x minimising the Euclidean norm ||b - a @ x||; when several minimise it, the one of smallest norm.

Parameters
----------
` + docLstsqAB + `
cond : float, optional
    Singular values below cond times the largest count as zero; machine epsilon when None.
` + docOverwriteA + `
` + docOverwriteB + `
` + docCheckFinite + `
lapack_driver : {None, 'gelsd', 'gelsy', 'gelss'}, optional
    LAPACK's method in SciPy. golinalg computes the same solution for each; with 'gelsy' (a QR method) s is None and residues empty, as in SciPy.

Returns
-------
x : (N,) or (N, K) ndarray
    The solution.
residues : ndarray
    Squared residual norms when M > N and a has full rank; empty otherwise.
rank : int
    Effective rank of a.
s : ndarray or None
    Singular values of a.

Raises
------
LinAlgError
    If the computation does not converge.
ValueError
    If a is not 2-D or the shapes do not match.`},
	{Sig: "pinv(a, *, atol=None, rtol=None, return_rank=False, check_finite=True)", Py: true, Body: scipyBatch(scipyPinv, "a"), Doc: `Moore–Penrose pseudo-inverse from the SVD, dropping singular values at most atol + rtol * largest.

Parameters
----------
a : (M, N) array_like
    Matrix.
atol : float, optional
    Absolute threshold; 0 when None.
rtol : float, optional
    Relative threshold; max(M, N) times machine epsilon when None.
return_rank : bool, optional
    Also return the effective rank.
` + docCheckFinite + `

Returns
-------
B : (N, M) ndarray
    The pseudo-inverse.
rank : int
    The effective rank, if return_rank.

Raises
------
LinAlgError
    If the SVD does not converge.`},
	{Sig: "eig(a, b=None, left=False, right=True, overwrite_a=False, overwrite_b=False, check_finite=True, homogeneous_eigvals=False)", Py: true, Body: scipyBatch(scipyEig, "a", "b"), Doc: `Eigenvalues and eigenvectors of a general square matrix: a @ vr[:, i] == w[i] * vr[:, i] and vl[:, i].conj().T @ a == w[i] * vl[:, i].conj().T; with b, of the generalized problem a @ vr[:, i] == w[i] * b @ vr[:, i] (LAPACK's ggev: the QZ algorithm). The eigenvalues are complex numbers; the eigenvectors have unit length.

Parameters
----------
a : (M, M) array_like
    Square matrix.
b : (M, M) array_like, optional
    The generalized problem's right-hand matrix. An eigenvalue with beta = 0 is inf (nan when alpha = 0 too). As in SciPy, when only left eigenvectors are asked for, only the first is normalized to unit length (the others are scaled so their largest |real| + |imag| is 1).
left : bool, optional
    Return the left eigenvectors.
right : bool, optional
    Return the right eigenvectors.
` + docOverwriteA + `
` + docOverwriteB + `
` + docCheckFinite + `
homogeneous_eigvals : bool, optional
    Return the eigenvalues as pairs (alpha, beta), w = alpha / beta: an array of shape (2, M) whose second row is ones without b, LAPACK's beta with b.

Returns
-------
w : (M,) or (2, M) ndarray
    The eigenvalues.
vl : (M, M) ndarray
    Left eigenvectors, one per column, if left.
vr : (M, M) ndarray
    Right eigenvectors, one per column, if right.

Raises
------
LinAlgError
    If the computation does not converge.`},
	{Sig: "eigvals(a, b=None, overwrite_a=False, check_finite=True, homogeneous_eigvals=False)", Py: true, Body: scipyBatch(scipyEigvals, "a", "b"), Doc: `Eigenvalues of a general square matrix, as complex numbers; with b, the generalized eigenvalues w of a @ v == w * b @ v.

Parameters
----------
a : (M, M) array_like
    Square matrix.
b : (M, M) array_like, optional
    The generalized problem's right-hand matrix. An eigenvalue with beta = 0 is inf (nan when alpha = 0 too).
` + docOverwriteA + `
` + docCheckFinite + `
homogeneous_eigvals : bool, optional
    Return the eigenvalues as pairs (alpha, beta): shape (2, M), second row ones without b, LAPACK's beta with b.

Returns
-------
w : (M,) or (2, M) ndarray
    The eigenvalues.

Raises
------
LinAlgError
    If the computation does not converge.`},
	{Sig: "eigh(a, b=None, *, lower=True, eigvals_only=False, overwrite_a=False, overwrite_b=False, type=1, check_finite=True, subset_by_index=None, subset_by_value=None, driver=None)", Py: true, Body: scipyBatch(scipyEigh, "a", "b"), Doc: `Eigenvalues (ascending, real) and orthonormal eigenvectors of a symmetric or Hermitian matrix; with b, of the generalised problem a @ v = w * b @ v (or type 2 or 3 below) for positive definite b.

Parameters
----------
a : (M, M) array_like
    Symmetric or Hermitian matrix; only one triangle is read.
b : (M, M) array_like, optional
    Positive definite right-hand matrix of the generalised problem.
lower : bool, optional
    Which triangle of a (and b) to read.
eigvals_only : bool, optional
    Return the eigenvalues alone.
` + docOverwriteA + `
` + docOverwriteB + `
type : {1, 2, 3}, optional
    With b, the problem a @ v = w * b @ v (1), a @ b @ v = w * v (2) or b @ a @ v = w * v (3); the eigenvectors are normalised as LAPACK's sygv normalises them, v.conj().T @ b @ v = I for types 1 and 2 and v.conj().T @ inv(b) @ v = I for type 3. Ignored without b, as in SciPy.
` + docCheckFinite + `
subset_by_index : iterable of two ints, optional
    First and last index (ascending order) of the eigenvalues to return.
subset_by_value : iterable of two floats, optional
    Lower and upper bound (low < high, either may be infinite) of the half-open interval (low, high] of eigenvalues to return.
driver : {None, 'ev', 'evd', 'evr', 'evx', 'gv', 'gvd', 'gvx'}, optional
    LAPACK's method in SciPy; checked as SciPy checks it, and the same eigenpairs are computed for each.

Returns
-------
w : (N,) ndarray
    The N (1 <= N <= M) selected eigenvalues, ascending.
v : (M, N) ndarray
    Orthonormal eigenvectors, one per column, unless eigvals_only.

Raises
------
LinAlgError
    If the computation does not converge or b is not positive definite.`},
	{Sig: "eigvalsh(a, b=None, *, lower=True, overwrite_a=False, overwrite_b=False, type=1, check_finite=True, subset_by_index=None, subset_by_value=None, driver=None)", Py: true, Body: scipyBatch(scipyEigvalsh, "a", "b"), Doc: `Eigenvalues of a symmetric or Hermitian matrix, real and ascending; eigh with eigvals_only=True.

Parameters
----------
a : (M, M) array_like
    Symmetric or Hermitian matrix; only one triangle is read.
b : (M, M) array_like, optional
    Positive definite right-hand matrix of the generalised problem.
lower : bool, optional
    Which triangle of a (and b) to read.
` + docOverwriteA + `
` + docOverwriteB + `
type : {1, 2, 3}, optional
    As for eigh.
` + docCheckFinite + `
subset_by_index : iterable of two ints, optional
    First and last index of the eigenvalues to return.
subset_by_value : iterable of two floats, optional
    The half-open interval (low, high] of eigenvalues to return.
driver : str, optional
    As for eigh.

Returns
-------
w : (N,) ndarray
    The selected eigenvalues, ascending.

Raises
------
LinAlgError
    If the computation does not converge.`},
	{Sig: "lu(a, permute_l=False, overwrite_a=False, check_finite=True, p_indices=False)", Py: true, Body: scipyLu, Doc: `LU factorisation with partial pivoting: a == P @ L @ U, L unit lower triangular (M, K), U upper triangular (K, N), K = min(M, N).

Parameters
----------
a : (..., M, N) array_like
    Matrix, or a stack of them.
permute_l : bool, optional
    Return (P @ L, U).
` + docOverwriteA + `
` + docCheckFinite + `
p_indices : bool, optional
    Return P as row indices, a == L[P] @ U.

Returns
-------
p : ndarray
    Permutation matrix, or row indices with p_indices; absent with permute_l.
l : ndarray
    Unit lower triangular factor (times P with permute_l).
u : ndarray
    Upper triangular factor.`},
	{Sig: "lu_factor(a, overwrite_a=False, check_finite=True)", Py: true, Body: scipyBatch(scipyLuFactor, "a"), Doc: `LU factors for lu_solve: L and U packed in one matrix, and LAPACK's 0-based pivot indices (row i was interchanged with row piv[i]). A zero pivot gives a LinAlgWarning.

Parameters
----------
a : (M, N) array_like
    Matrix to factor.
` + docOverwriteA + `
` + docCheckFinite + `

Returns
-------
lu : (M, N) ndarray
    U in the upper triangle, L's strict lower triangle below it.
piv : (K,) ndarray
    Pivot indices.`},
	{Sig: "lu_solve(lu_and_piv, b, trans=0, overwrite_b=False, check_finite=True)", Py: true, Body: scipyLuSolve, Doc: `Solve a @ x = b (trans=0), a.T @ x = b (1) or a.conj().T @ x = b (2) from lu_factor's (lu, piv).

Parameters
----------
lu_and_piv : tuple
    lu_factor's result.
b : array_like
    Right-hand side.
trans : {0, 1, 2}, optional
    Which system to solve.
` + docOverwriteB + `
` + docCheckFinite + `

Returns
-------
x : ndarray
    The solution, shaped like b.`},
	{Sig: "svd(a, full_matrices=True, compute_uv=True, overwrite_a=False, check_finite=True, lapack_driver='gesdd')", Py: true, Body: scipyBatch(scipySvd, "a"), Doc: `Singular value decomposition a == U @ diag(s) @ Vh, with U and Vh unitary and s non-negative and descending.

Parameters
----------
a : (M, N) array_like
    Matrix to decompose.
full_matrices : bool, optional
    U of shape (M, M) and Vh of (N, N); otherwise (M, K) and (K, N), K = min(M, N).
compute_uv : bool, optional
    Compute U and Vh; otherwise return s alone.
` + docOverwriteA + `
` + docCheckFinite + `
lapack_driver : {'gesdd', 'gesvd'}, optional
    LAPACK's method in SciPy; checked as SciPy checks it, and golinalg computes the same decomposition for both.

Returns
-------
U : ndarray
    Left singular vectors, one per column.
s : (K,) ndarray
    Singular values, descending.
` + docSvdVh + `

Raises
------
LinAlgError
    If the SVD does not converge.`},
	{Sig: "svdvals(a, overwrite_a=False, check_finite=True)", Py: true, Body: scipyBatch(scipySvdvals, "a"), Doc: `Singular values of a matrix, descending.

Parameters
----------
a : (M, N) array_like
    Matrix.
` + docOverwriteA + `
` + docCheckFinite + `

Returns
-------
s : (K,) ndarray
    Singular values, K = min(M, N).

Raises
------
LinAlgError
    If the SVD does not converge.`},
	{Sig: "orth(A, rcond=None)", Py: true, Body: scipyBatch(scipyOrth, "A"), Doc: `Orthonormal basis of the range of A, from the left singular vectors of the singular values above rcond times the largest.

Parameters
----------
A : (M, N) array_like
    Matrix.
rcond : float, optional
    Relative threshold; machine epsilon times max(M, N) when None.

Returns
-------
Q : (M, K) ndarray
    Orthonormal columns; K is the effective rank of A.`},
	{Sig: "null_space(A, rcond=None, *, overwrite_a=False, check_finite=True, lapack_driver='gesdd')", Py: true, Body: scipyBatch(scipyNullSpace, "A"), Doc: `Orthonormal basis of the null space of A, from the right singular vectors of the singular values at most rcond times the largest.

Parameters
----------
A : (M, N) array_like
    Matrix.
rcond : float, optional
    Relative threshold; machine epsilon times max(M, N) when None.
` + docOverwriteA + `
` + docCheckFinite + `
lapack_driver : {'gesdd', 'gesvd'}, optional
    As for svd.

Returns
-------
Z : (N, K) ndarray
    Orthonormal columns; K is the dimension of the null space.`},
	{Sig: "cholesky(a, lower=False, overwrite_a=False, check_finite=True)", Py: true, Body: scipyBatch(scipyCholesky, "a"), Doc: `Cholesky factor of a positive-definite matrix. Unlike numpy.linalg.cholesky the upper factor U (a == U.T.conj() @ U) is returned unless lower is True.

Parameters
----------
a : (M, M) array_like
    Symmetric (Hermitian) positive-definite matrix.
lower : bool, optional
    Return the lower factor L (a == L @ L.T.conj()) instead.
` + docOverwriteA + `
` + docCheckFinite + `

Returns
-------
c : (M, M) ndarray
    The triangular factor.

Raises
------
LinAlgError
    If a is not positive definite (the factorisation breaks down).`},
	{Sig: "cho_factor(a, lower=False, overwrite_a=False, check_finite=True)", Py: true, Body: scipyBatch(scipyChoFactor, "a"), Doc: `Cholesky factor for cho_solve: the upper (or lower) triangle holds the factor, the other triangle is left as in a.

Parameters
----------
a : (M, M) array_like
    Symmetric (Hermitian) positive-definite matrix.
lower : bool, optional
    Compute the lower factor instead of the upper.
` + docOverwriteA + `
` + docCheckFinite + `

Returns
-------
c : (M, M) ndarray
    The factor, in one triangle.
lower : bool
    Which triangle holds it.

Raises
------
LinAlgError
    If a is not positive definite.`},
	{Sig: "cho_solve(c_and_lower, b, overwrite_b=False, check_finite=True)", Py: true, Body: scipyChoSolve, Doc: `Solve a @ x = b from cho_factor's (c, lower).

Parameters
----------
c_and_lower : tuple
    cho_factor's result.
b : array_like
    Right-hand side.
` + docOverwriteB + `
` + docCheckFinite + `

Returns
-------
x : ndarray
    The solution, shaped like b.`},
	{Sig: "qr(a, overwrite_a=False, lwork=None, mode='full', pivoting=False, check_finite=True)", Py: true, Body: scipyBatch(scipyQr, "a"), Doc: `QR factorisation a == Q @ R; mode 'full' gives square Q, 'economic' the reduced factors, 'r' only R (in a 1-tuple), 'raw' LAPACK's reflectors ((qr, tau), R). With pivoting, a[:, P] == Q @ R and P is returned too.

Parameters
----------
a : (M, N) array_like
    Matrix to factor.
` + docOverwriteA + `
lwork : int, optional
    LAPACK's work array size in SciPy; accepted and ignored, since golinalg sizes its own workspace and the result does not depend on it.
mode : {'full', 'r', 'economic', 'raw'}, optional
    Which factors to return ('qr' is an old name of 'full').
pivoting : bool, optional
    Pivot columns by decreasing norm (rank-revealing QR).
` + docCheckFinite + `

Returns
-------
Q : ndarray
    Orthonormal columns; absent for mode 'r'.
R : ndarray
    Upper triangular factor.
P : ndarray
    Column permutation, if pivoting.`},
	{Sig: "expm(A)", Py: true, Body: scipyExpm, Doc: `Matrix exponential e**A = I + A + A @ A / 2! + ..., by scaling and squaring with a Padé approximant.

Parameters
----------
A : ` + docSquare + `

Returns
-------
eA : (..., M, M) ndarray
    The exponential of each matrix.

Raises
------
LinAlgError
    If A is not square.`},
}

// scipyBatch gives body the argument check of SciPy's _apply_over_batch
// decorator, which runs before the function's own binding: an array
// argument (one of names, the function's leading parameters) given both by
// position and by keyword is a ValueError, not CPython's TypeError.
func scipyBatch(body func(c *Call) (eval.Value, error), names ...string) func(c *Call) (eval.Value, error) {
	return func(c *Call) (eval.Value, error) {
		for _, name := range names[:min(len(names), len(c.args))] {
			for _, kw := range c.kwargs {
				if kw.Name == name {
					return nil, eval.NewError(eval.ValueError, "%s() got multiple values for argument `%s`.", c.f.Name(), name)
				}
			}
		}
		return body(c)
	}
}

// scipyFinite applies check_finite to a: SciPy's ValueError when it holds
// NaN or infinity. It returns a as a plain ndarray (np.asarray).
func scipyFinite(c *Call, a *linalg.Array, check bool) (*linalg.Array, error) {
	if check {
		if err := linalg.CheckFinite(a); err != nil {
			return nil, c.Err(nil, err)
		}
	}
	return a.AsArray(), nil
}

// scipyFinite2 is scipyFinite for a matrix a and a right-hand side b.
func scipyFinite2(c *Call, a, b *linalg.Array, check bool) (*linalg.Array, *linalg.Array, error) {
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, nil, err
	}
	if b, err = scipyFinite(c, b, check); err != nil {
		return nil, nil, err
	}
	return a, b, nil
}

func scipyInv(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var overwrite, check, lower bool
	var assume eval.Value
	if err := c.Unpack(&a, &overwrite, &check, &assume, &lower); err != nil {
		return nil, err
	}
	as := ""
	if assume != eval.None {
		s, _ := assume.(eval.String)
		switch s {
		case "general", "gen", "diagonal", "upper triangular", "lower triangular", "pos", "sym", "her":
		default:
			// SciPy looks assume_a up in a dict.
			return nil, &eval.Exception{Class: eval.KeyError, Args: eval.Tuple{assume}}
		}
		as = string(s)
	}
	r, err := linalg.SciPyInv(a)
	if err != nil {
		return nil, c.Err(a, err)
	}
	warn(c.th, linalg.SciPyInvWarnings(a, as, lower))
	return c.Wrap(r), nil
}

func scipySolve(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var lower, owa, owb, check, transposed bool
	var assume eval.Value
	if err := c.Unpack(&a, &b, &lower, &owa, &owb, &check, &assume, &transposed); err != nil {
		return nil, err
	}
	as := ""
	if assume != eval.None {
		s, ok := assume.(eval.String)
		if !ok {
			return nil, eval.NewError(eval.ValueError, "%s is not a recognized matrix structure", eval.Str(assume))
		}
		as = string(s)
	}
	r, ws, err := linalg.SciPySolveOpts(a, b, as, lower, transposed)
	if err != nil {
		return nil, c.Err(a, err)
	}
	warn(c.th, ws)
	return c.Wrap(r), nil
}

func scipySolveTriangular(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var tr eval.Value
	var lower, unit, owb, check bool
	if err := c.Unpack(&a, &b, &tr, &lower, &unit, &owb, &check); err != nil {
		return nil, err
	}
	trans := -1
	if s, ok := tr.(eval.String); ok {
		switch s {
		case "N":
			trans = 0
		case "T":
			trans = 1
		case "C":
			trans = 2
		}
	} else {
		i, err := eval.ToIndex(tr, "")
		if err != nil {
			return nil, err
		}
		trans = i
	}
	a, b, err := scipyFinite2(c, a, b, check)
	if err != nil {
		return nil, err
	}
	return c.result(a)(linalg.SolveTriangular(a, b, trans, lower, unit))
}

func scipyDet(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var overwrite, check bool
	if err := c.Unpack(&a, &overwrite, &check); err != nil {
		return nil, err
	}
	return c.result(a)(linalg.SciPyDet(a))
}

// scipyNorm is numpy.linalg.norm after SciPy's finiteness check, giving a
// Python float where SciPy calls BLAS's nrm2 or LAPACK's lange.
func scipyNorm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var ord, axis eval.Value
	var keep, check bool
	if err := c.Unpack(&a, &ord, &axis, &keep, &check); err != nil {
		return nil, err
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	r, err := c.in.call(c.th, numpyLinalg.Func("norm"), c.qual, []eval.Value{&Array{a: a, in: c.in}, ord, axis, eval.Bool(keep)}, nil)
	if err != nil || !scipyNormIsFloat(a, ord, axis, keep) {
		return r, err
	}
	f, err := eval.ToFloat(r)
	if err != nil {
		return r, nil
	}
	return eval.Float(f), nil
}

// scipyNormIsFloat reports whether scipy.linalg.norm(a, ord, axis,
// keepdims) takes its BLAS or LAPACK path, whose result is a Python float:
// a non-empty float or complex array, no axis nor keepdims, and either a
// vector with ord None or 2 (nrm2) or a matrix that is C- or
// Fortran-contiguous but not both with ord 1 or inf (lange).
func scipyNormIsFloat(a *linalg.Array, ord, axis eval.Value, keep bool) bool {
	if a.Size() == 0 || (a.DType() != linalg.Float64 && a.DType() != linalg.Complex128) || axis != eval.None || keep {
		return false
	}
	ordIs := func(x float64) bool {
		if _, ok := ord.(eval.String); ok || ord == eval.None {
			return false
		}
		f, err := eval.ToFloat(ord)
		return err == nil && f == x
	}
	switch a.Ndim() {
	case 1:
		return ord == eval.None || ordIs(2)
	case 2:
		return (ordIs(1) || ordIs(math.Inf(1))) && a.IsContiguous() != a.T().IsContiguous()
	}
	return false
}

func scipyLstsq(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var cond opt[float64]
	var owa, owb, check bool
	var driver eval.Value
	if err := c.Unpack(&a, &b, &cond, &owa, &owb, &check, &driver); err != nil {
		return nil, err
	}
	a, b, err := scipyFinite2(c, a, b, check)
	if err != nil {
		return nil, err
	}
	// gelsd's default rcond is the machine precision.
	rc := 0x1p-52
	if cond.ok {
		rc = cond.v
	}
	if a.Ndim() != 2 {
		return nil, eval.NewError(eval.ValueError, "Input array a should be 2D")
	}
	if b.Ndim() == 0 {
		// SciPy reads b.shape[0] of a 0-d b.
		return nil, eval.NewError(eval.IndexError, "tuple index out of range")
	}
	if b.Shape()[0] != a.Shape()[0] {
		return nil, eval.NewError(eval.ValueError, "Shape mismatch: a and b should have the same number of rows (%d != %d).", a.Shape()[0], b.Shape()[0])
	}
	gelsy := false
	if a.Size() > 0 && driver != eval.None {
		switch d := eval.Str(driver); d {
		case "gelsd", "gelss":
		case "gelsy":
			gelsy = true
		default:
			return nil, eval.NewError(eval.ValueError, "LAPACK driver \"%s\" is not found", d)
		}
	}
	sol, res, rank, sv, err := linalg.Lstsq(a, b, rc)
	if err != nil {
		return nil, c.Err(a, err)
	}
	if gelsy {
		// SciPy's gelsy branch reports no residues and no singular values.
		empty, _ := linalg.Zeros(sol.DType(), []int{0})
		return eval.Tuple{c.Wrap(sol), c.Wrap(empty), eval.Int(rank), eval.None}, nil
	}
	if b.Ndim() == 1 && res.Size() == 1 {
		res, _ = res.Reshape(nil)
	}
	return eval.Tuple{c.Wrap(sol), c.Wrap(res), eval.Int(rank), c.Wrap(sv)}, nil
}

func scipyPinv(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var atol, rtol opt[float64]
	var retRank, check bool
	if err := c.Unpack(&a, &atol, &rtol, &retRank, &check); err != nil {
		return nil, err
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	r, rank, err := linalg.SciPyPinv(a, atol.v, rtol.v, atol.ok, rtol.ok)
	if err != nil {
		return nil, c.Err(a, err)
	}
	if retRank {
		rk, _ := linalg.Scalar(int64(rank))
		return eval.Tuple{c.Wrap(r), c.Wrap(rk)}, nil
	}
	return c.Wrap(r), nil
}

func scipyEig(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var left, right, owa, owb, check, homog bool
	if err := c.Unpack(&a, &b, &left, &right, &owa, &owb, &check, &homog); err != nil {
		return nil, err
	}
	return scipyEigs(c, a, b, left, right, check, homog)
}

func scipyEigvals(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var owa, check, homog bool
	if err := c.Unpack(&a, &b, &owa, &check, &homog); err != nil {
		return nil, err
	}
	return scipyEigs(c, a, b, false, false, check, homog)
}

// scipyEigs is scipy.linalg.eig and eigvals: the eigenvalues w, then the
// left and right eigenvectors asked for.
func scipyEigs(c *Call, a, b *linalg.Array, left, right, check, homog bool) (eval.Value, error) {
	if b != nil {
		return scipyGenEigs(c, a, b, left, right, check, homog)
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	w, vl, vr, err := linalg.SciPyEig(a, left, right)
	if err != nil {
		return nil, c.Err(a, err)
	}
	if homog {
		// The pairs (alpha, beta) of w = alpha / beta, with beta = 1: a new
		// axis of length 2 before the last.
		ones, err := linalg.Ones(w.DType(), w.Shape())
		if err != nil {
			return nil, c.Err(a, err)
		}
		if w, err = linalg.Stack([]*linalg.Array{w, ones}, w.Ndim()-1); err != nil {
			return nil, c.Err(a, err)
		}
	}
	if !left && !right {
		return c.Wrap(w), nil
	}
	out := eval.Tuple{c.Wrap(w)}
	if left {
		out = append(out, c.Wrap(vl))
	}
	if right {
		out = append(out, c.Wrap(vr))
	}
	return out, nil
}

func scipyEigh(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var lower, only, owa, owb, check bool
	var typ int
	var subset, subsetV, driver eval.Value
	if err := c.Unpack(&a, &b, &lower, &only, &owa, &owb, &typ, &check, &subset, &subsetV, &driver); err != nil {
		return nil, err
	}
	return scipyEighs(c, a, b, lower, only, typ, check, subset, subsetV, driver)
}

func scipyEigvalsh(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var lower, owa, owb, check bool
	var typ int
	var subset, subsetV, driver eval.Value
	if err := c.Unpack(&a, &b, &lower, &owa, &owb, &typ, &check, &subset, &subsetV, &driver); err != nil {
		return nil, err
	}
	return scipyEighs(c, a, b, lower, true, typ, check, subset, subsetV, driver)
}

// scipyEighs is scipy.linalg.eigh and eigvalsh, with SciPy's checks of
// driver, type and the subsets, in SciPy's order.
func scipyEighs(c *Call, a, b *linalg.Array, lower, only bool, typ int, check bool, subset, subsetV, driver eval.Value) (eval.Value, error) {
	drv := ""
	if driver != eval.None {
		switch drv = eval.Str(driver); drv {
		case "ev", "evd", "evr", "evx", "gv", "gvd", "gvx":
		default:
			return nil, eval.NewError(eval.ValueError, "\"%s\" is unknown. Possible values are \"None\", \"ev\", \"evd\", \"evr\", \"evx\", \"gv\", \"gvd\", \"gvx\".", drv)
		}
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	if b != nil {
		if b, err = scipyFinite(c, b, check); err != nil {
			return nil, err
		}
	}
	if err := linalg.SciPyEighCheck(a, b, typ); err != nil {
		return nil, c.Err(a, err)
	}
	if a.Size() == 0 {
		// SciPy returns empty results before looking at the subsets.
		subset, subsetV, driver = eval.None, eval.None, eval.None
		drv = ""
	}
	byIndex, byValue := subset != eval.None && subset.Truth(), subsetV != eval.None && subsetV.Truth()
	if byIndex && byValue {
		return nil, eval.NewError(eval.ValueError, "Either index or value subset can be requested.")
	}
	sel := linalg.EigSelect{}
	if byIndex {
		ix, err := intList([]eval.Value{subset})
		if err != nil || len(ix) != 2 {
			return nil, eval.NewError(eval.ValueError, "subset_by_index must be a pair of integers")
		}
		if n := a.Shape()[a.Ndim()-1]; !(0 <= ix[0] && ix[0] <= ix[1] && ix[1] < n) {
			return nil, eval.NewError(eval.ValueError, "Requested eigenvalue indices are not valid. Valid range is [0, %d] and start <= end, but start=%d, end=%d is given", n-1, ix[0], ix[1])
		}
		sel = linalg.EigSelect{Kind: 2, IL: ix[0], IU: ix[1]}
	}
	if byValue {
		lo, hi, err := scipyPair(c.th, subsetV)
		if err != nil {
			return nil, err
		}
		l, err := eval.ToFloat(lo)
		if err != nil {
			return nil, err
		}
		h, err := eval.ToFloat(hi)
		if err != nil {
			return nil, err
		}
		if !(l < h) {
			return nil, eval.NewError(eval.ValueError, "Requested eigenvalue bounds are not valid. Valid range is (-inf, inf) and low < high, but low=%s, high=%s is given", eval.Str(lo), eval.Str(hi))
		}
		sel = linalg.EigSelect{Kind: 1, VL: l, VU: h}
	}
	switch {
	case drv == "":
	case b == nil && (drv == "gv" || drv == "gvd" || drv == "gvx"):
		return nil, eval.NewError(eval.ValueError, "%s requires input b array to be supplied for generalized eigenvalue problems.", drv)
	case b != nil && (drv == "ev" || drv == "evd" || drv == "evr" || drv == "evx"):
		return nil, eval.NewError(eval.ValueError, "\"%s\" does not accept input b array for standard eigenvalue problems.", drv)
	case (subset != eval.None || subsetV != eval.None) && (drv == "ev" || drv == "evd" || drv == "gv" || drv == "gvd"):
		return nil, eval.NewError(eval.ValueError, "\"%s\" cannot compute subsets of eigenvalues", drv)
	}
	w, v, err := linalg.SciPyEigh(a, b, lower, typ, sel)
	if err != nil {
		return nil, c.Err(a, err)
	}
	if only {
		return c.Wrap(w), nil
	}
	return eval.Tuple{c.Wrap(w), c.Wrap(v)}, nil
}

func scipyLu(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var permuteL, overwrite, check, pIdx bool
	if err := c.Unpack(&a, &permuteL, &overwrite, &check, &pIdx); err != nil {
		return nil, err
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	p, l, u, err := linalg.SciPyLU(a, permuteL, pIdx)
	if err != nil {
		return nil, c.Err(a, err)
	}
	if permuteL {
		return eval.Tuple{c.Wrap(p), c.Wrap(l)}, nil
	}
	return eval.Tuple{c.Wrap(p), c.Wrap(l), c.Wrap(u)}, nil
}

func scipyLuFactor(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var overwrite, check bool
	if err := c.Unpack(&a, &overwrite, &check); err != nil {
		return nil, err
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	lu, piv, ws, err := linalg.SciPyLUFactor(a)
	if err != nil {
		return nil, c.Err(a, err)
	}
	warn(c.th, ws)
	return eval.Tuple{c.Wrap(lu), c.Wrap(piv)}, nil
}

func scipyLuSolve(c *Call) (eval.Value, error) {
	var luPiv eval.Value
	var b *linalg.Array
	var trans int
	var overwrite, check bool
	if err := c.Unpack(&luPiv, &b, &trans, &overwrite, &check); err != nil {
		return nil, err
	}
	lu, pv, err := scipyFactor(c, luPiv, check)
	if err != nil {
		return nil, err
	}
	piv, err := c.in.arrayArg(c.th, pv)
	if err != nil {
		return nil, err
	}
	if b, err = scipyFinite(c, b, check); err != nil {
		return nil, err
	}
	return c.result(lu)(linalg.SciPyLUSolve(lu, piv.AsArray(), b, trans))
}

func scipySvd(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var full, uv, overwrite, check bool
	var driver eval.Value
	if err := c.Unpack(&a, &full, &uv, &overwrite, &check, &driver); err != nil {
		return nil, err
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	if a.Ndim() < 2 {
		return nil, eval.NewError(eval.ValueError, "expected matrix")
	}
	if err := scipySvdDriver(a, driver); err != nil {
		return nil, err
	}
	if a.DType() != linalg.Complex128 {
		a = a.AsType(linalg.Float64)
	}
	if !uv {
		return c.result(a)(linalg.SVDVals(a))
	}
	u, s, vh, err := linalg.SVD(a, full)
	if err != nil {
		return nil, c.Err(a, err)
	}
	return eval.Tuple{c.Wrap(u), c.Wrap(s), c.Wrap(vh)}, nil
}

// scipySvdDriver checks svd's lapack_driver as SciPy does, for a non-empty a.
func scipySvdDriver(a *linalg.Array, driver eval.Value) error {
	if a.Size() == 0 {
		return nil
	}
	s, ok := driver.(eval.String)
	if !ok {
		return eval.NewError(eval.TypeError, "lapack_driver must be a string")
	}
	if s != "gesdd" && s != "gesvd" {
		return eval.NewError(eval.ValueError, "lapack_driver must be \"gesdd\" or \"gesvd\", not \"%s\"", string(s))
	}
	return nil
}

func scipySvdvals(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var overwrite, check bool
	if err := c.Unpack(&a, &overwrite, &check); err != nil {
		return nil, err
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	if a.Ndim() < 2 {
		return nil, eval.NewError(eval.ValueError, "expected matrix")
	}
	return c.result(a)(linalg.SVDVals(a))
}

func scipyOrth(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var rcond opt[float64]
	if err := c.Unpack(&a, &rcond); err != nil {
		return nil, err
	}
	return scipySpace(c, a, rcond, true, linalg.Orth)
}

func scipyNullSpace(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var rcond opt[float64]
	var overwrite, check bool
	var driver eval.Value
	if err := c.Unpack(&a, &rcond, &overwrite, &check, &driver); err != nil {
		return nil, err
	}
	if a.Ndim() == 2 {
		if err := scipySvdDriver(a, driver); err != nil {
			return nil, err
		}
	}
	return scipySpace(c, a, rcond, check, linalg.NullSpace)
}

// scipySpace is orth and null_space: a basis computed by f from the SVD,
// with rcond -1 for None.
func scipySpace(c *Call, a *linalg.Array, rcond opt[float64], check bool, f func(a *linalg.Array, rcond float64) (*linalg.Array, error)) (eval.Value, error) {
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	r := -1.0
	if rcond.ok {
		r = rcond.v
	}
	return c.result(a)(f(a, r))
}

func scipyCholesky(c *Call) (eval.Value, error) {
	a, lower, err := scipyCholeskyArgs(c)
	if err != nil {
		return nil, err
	}
	return c.result(a)(linalg.SciPyCholesky(a, lower))
}

// scipyCholeskyArgs reads the arguments of cholesky and cho_factor (a,
// lower, overwrite_a, check_finite) and applies check_finite to a.
func scipyCholeskyArgs(c *Call) (*linalg.Array, bool, error) {
	var a *linalg.Array
	var lower, overwrite, check bool
	if err := c.Unpack(&a, &lower, &overwrite, &check); err != nil {
		return nil, false, err
	}
	a, err := scipyFinite(c, a, check)
	return a, lower, err
}

func scipyChoFactor(c *Call) (eval.Value, error) {
	a, lower, err := scipyCholeskyArgs(c)
	if err != nil {
		return nil, err
	}
	r, err := linalg.SciPyChoFactor(a, lower)
	if err != nil {
		return nil, c.Err(a, err)
	}
	return eval.Tuple{c.Wrap(r), eval.Bool(lower)}, nil
}

func scipyChoSolve(c *Call) (eval.Value, error) {
	var cl eval.Value
	var b *linalg.Array
	var overwrite, check bool
	if err := c.Unpack(&cl, &b, &overwrite, &check); err != nil {
		return nil, err
	}
	ca, lower, err := scipyFactor(c, cl, check)
	if err != nil {
		return nil, err
	}
	if b, err = scipyFinite(c, b, check); err != nil {
		return nil, err
	}
	return c.result(ca)(linalg.SciPyChoSolve(ca, lower.Truth(), b))
}

func scipyQr(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var overwrite, pivoting, check bool
	var lwork, modeV eval.Value
	if err := c.Unpack(&a, &overwrite, &lwork, &modeV, &pivoting, &check); err != nil {
		return nil, err
	}
	mode, _ := modeV.(eval.String)
	switch mode {
	case "full", "r", "economic", "raw":
	case "qr": // the old name of 'full'
		mode = "full"
	default:
		return nil, eval.NewError(eval.ValueError, "Mode argument should be one of ['full', 'r', 'economic', 'raw']")
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	q, r, p, tau, err := linalg.SciPyQR(a, string(mode), pivoting)
	if err != nil {
		return nil, c.Err(a, err)
	}
	var out eval.Tuple
	switch mode {
	case "r":
	case "raw":
		out = eval.Tuple{eval.Tuple{c.Wrap(q), c.Wrap(tau)}}
	default:
		out = eval.Tuple{c.Wrap(q)}
	}
	out = append(out, c.Wrap(r))
	if pivoting {
		out = append(out, c.Wrap(p))
	}
	return out, nil
}

func scipyExpm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	a = a.AsArray()
	return c.result(a)(linalg.Expm(a))
}

// scipyFactor reads a factorisation argument such as lu_and_piv or
// c_and_lower: the array of its first item, after check_finite, and its
// second item.
func scipyFactor(c *Call, v eval.Value, check bool) (*linalg.Array, eval.Value, error) {
	fv, second, err := scipyPair(c.th, v)
	if err != nil {
		return nil, nil, err
	}
	f, err := c.in.arrayArg(c.th, fv)
	if err != nil {
		return nil, nil, err
	}
	f, err = scipyFinite(c, f, check)
	return f, second, err
}

// scipyPair unpacks a pair argument such as lu_and_piv or c_and_lower as
// SciPy's "lu, piv = lu_and_piv" does, with CPython's messages.
func scipyPair(th *eval.Thread, v eval.Value) (eval.Value, eval.Value, error) {
	var items []eval.Value
	switch t := v.(type) {
	case eval.Tuple:
		items = t
	case *eval.List:
		items = t.Elems()
	default:
		_, iter := v.(eval.Iterable)
		if _, str := v.(eval.String); !iter && !str {
			return nil, nil, eval.NewError(eval.TypeError, "cannot unpack non-iterable %s object", v.Type())
		}
		var err error
		if items, err = eval.Collect(th, v); err != nil {
			return nil, nil, err
		}
	}
	switch {
	case len(items) > 2:
		return nil, nil, eval.NewError(eval.ValueError, "too many values to unpack (expected 2)")
	case len(items) < 2:
		return nil, nil, eval.NewError(eval.ValueError, "not enough values to unpack (expected 2, got %d)", len(items))
	}
	return items[0], items[1], nil
}
