package sci

import (
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// Docstring pieces that numpy.linalg and scipy.linalg share.
const (
	docSquare    = "(..., M, M) array_like\n    Square matrix, or a stack of them in the last two axes."
	docEigRaises = "Raises\n------\nLinAlgError\n    If a is not square or the computation does not converge."
	docLstsqAB   = "a : (M, N) array_like\n    Coefficient matrix.\nb : (M,) or (M, K) array_like\n    Right-hand side."
	docSvdVh     = "Vh : ndarray\n    Right singular vectors, one per row."
)

// numpyLinalg is the module numpy.linalg. NumPy defines its functions in
// Python (numpy/linalg/_linalg.py), so they get CPython's argument
// messages. Each body unpacks its arguments by the signature and maps
// linalg's errors with Call.Err, which gives a LinAlgError its
// diagnostic card.
var numpyLinalg = &Module{
	Name: "numpy.linalg",
	Doc:  "Linear algebra (golinalg subset of numpy.linalg).",
	Funcs: []*Func{
		{Sig: "inv(a)", Py: true, Body: linalgInv, Doc: `Inverse of a square matrix: the matrix X with a @ X == X @ a == I, up to rounding. Stacks of matrices are inverted one by one.

Parameters
----------
a : ` + docSquare + `

Returns
-------
ainv : (..., M, M) ndarray
    The inverse of a.

Raises
------
LinAlgError
    If a is not square or is exactly singular.`},
		{Sig: "det(a)", Py: true, Body: linalgDet, Doc: `Determinant of a square matrix, computed from its LU factorisation. A 0×0 matrix has determinant 1.0.

Parameters
----------
a : ` + docSquare + `

Returns
-------
det : float or ndarray
    The determinant of each matrix.

Raises
------
LinAlgError
    If a is not square.`},
		{Sig: "slogdet(a)", Py: true, Body: linalgSlogdet, Doc: `Sign and natural logarithm of the absolute determinant, so that det(a) == sign * exp(logabsdet) without overflow or underflow for large matrices.

Parameters
----------
a : ` + docSquare + `

Returns
-------
sign : float or ndarray
    1, -1, or 0 when the matrix is singular (complex unit modulus for complex input).
logabsdet : float or ndarray
    log|det(a)|; -inf when singular.

Raises
------
LinAlgError
    If a is not square.`},
		{Sig: "solve(a, b)", Py: true, Body: linalgSolve, Doc: `Solve the linear system a @ x = b for x, where a is square and of full rank. Cheaper and more accurate than inv(a) @ b.

Parameters
----------
a : ` + docSquare + `
b : (..., M,) or (..., M, K) array_like
    Right-hand side: a vector or one column per system.

Returns
-------
x : ndarray
    The solution, shaped like b.

Raises
------
LinAlgError
    If a is not square or is exactly singular.`},
		{Sig: "lstsq(a, b, rcond=None)", Py: true, Body: linalgLstsq, Doc: `Least-squares solution x minimising the Euclidean norm ||b - a @ x||; when several minimise it, the one of smallest norm.

Parameters
----------
` + docLstsqAB + `
rcond : float, optional
    Cut-off ratio for small singular values of a.

Returns
-------
x : ndarray
    The solution.
residuals : ndarray
    Squared residual norms (empty when rank < N or M <= N).
rank : int
    Rank of a.
s : ndarray
    Singular values of a.

Raises
------
LinAlgError
    If the computation does not converge.`},
		{Sig: "cholesky(a, /, *, upper=False)", Py: true, Body: linalgCholesky, Doc: `Cholesky factor of a symmetric (Hermitian) positive-definite matrix: the lower triangular L with a == L @ L.T.conj(). Only the lower triangle of a is read.

Parameters
----------
a : ` + docSquare + `
upper : bool, optional
    Return the upper factor U = L.T.conj() instead.

Returns
-------
L : (..., M, M) ndarray
    The triangular factor.

Raises
------
LinAlgError
    If a is not positive definite (the factorisation breaks down).`},
		{Sig: "qr(a, mode='reduced')", Py: true, Body: linalgQr, Doc: `QR factorisation a == Q @ R, with Q having orthonormal columns and R upper triangular.

Parameters
----------
a : (..., M, N) array_like
    Matrix, or a stack of them in the last two axes.
mode : {'reduced', 'complete', 'r', 'raw'}, optional
    'reduced' gives Q of shape M×K and R of K×N (K = min(M, N)); 'complete' gives M×M and M×N; 'r' returns R alone; 'raw' LAPACK's reflectors h (N×M) and their factors tau.

Returns
-------
Q : ndarray
    Orthonormal columns.
R : ndarray
    Upper triangular factor.

Raises
------
LinAlgError
    If the factorisation fails.`},
		{Sig: "eig(a)", Py: true, Body: linalgEig, Doc: `Eigenvalues and right eigenvectors of a general square matrix: a @ v[:, i] == w[i] * v[:, i]. Results are complex unless every eigenvalue is real; eigenvectors have unit length.

Parameters
----------
a : ` + docSquare + `

Returns
-------
eigenvalues : (..., M) ndarray
    The eigenvalues, in no particular order.
eigenvectors : (..., M, M) ndarray
    Column i is the eigenvector of eigenvalue i.

` + docEigRaises},
		{Sig: "eigh(a, UPLO='L')", Py: true, Body: linalgEigh, Doc: `Eigenvalues and eigenvectors of a symmetric (Hermitian) matrix, using only one triangle of a. The eigenvalues are real and ascending; the eigenvectors are orthonormal.

Parameters
----------
a : ` + docSquare + `
UPLO : {'L', 'U'}, optional
    Which triangle of a to read.

Returns
-------
eigenvalues : (..., M) ndarray
    Real eigenvalues in ascending order.
eigenvectors : (..., M, M) ndarray
    Orthonormal eigenvectors, one per column.

` + docEigRaises},
		{Sig: "eigvals(a)", Py: true, Body: linalgEigvals, Doc: `Eigenvalues of a general square matrix, without the eigenvectors.

Parameters
----------
a : ` + docSquare + `

Returns
-------
w : (..., M) ndarray
    The eigenvalues, complex unless all are real.

` + docEigRaises},
		{Sig: "eigvalsh(a, UPLO='L')", Py: true, Body: linalgEigvalsh, Doc: `Eigenvalues of a symmetric (Hermitian) matrix, real and in ascending order.

Parameters
----------
a : ` + docSquare + `
UPLO : {'L', 'U'}, optional
    Which triangle of a to read.

Returns
-------
w : (..., M) ndarray
    Ascending real eigenvalues.

` + docEigRaises},
		{Sig: "svd(a, full_matrices=True, compute_uv=True, hermitian=False)", Py: true, Body: linalgSvd, Doc: `Singular value decomposition a == U @ diag(S) @ Vh, with U and Vh unitary and the singular values S non-negative and descending.

Parameters
----------
a : (..., M, N) array_like
    Matrix, or a stack of them in the last two axes.
full_matrices : bool, optional
    If True U is M×M and Vh N×N; otherwise M×K and K×N with K = min(M, N).
compute_uv : bool, optional
    If False only S is returned.
hermitian : bool, optional
    Assume a is Hermitian.

Returns
-------
U : ndarray
    Left singular vectors, one per column.
S : (..., K) ndarray
    Singular values, descending.
` + docSvdVh + `

Raises
------
LinAlgError
    If the decomposition does not converge.`},
		{Sig: "svdvals(x, /)", Py: true, Body: linalgSvdvals, Doc: `Singular values of a matrix, descending; the same as svd(x, compute_uv=False).

Parameters
----------
x : (..., M, N) array_like
    Matrix, or a stack of them.

Returns
-------
S : (..., K) ndarray
    Singular values, descending.

Raises
------
LinAlgError
    If the decomposition does not converge.`},
		{Sig: "pinv(a, rcond=None, hermitian=False)", Py: true, Body: linalgPinv, Doc: `Moore–Penrose pseudo-inverse, computed from the SVD: singular values below rcond times the largest are treated as zero. For a full-rank square matrix it equals inv(a).

Parameters
----------
a : (..., M, N) array_like
    Matrix, or a stack of them in the last two axes.
rcond : float, optional
    Relative cut-off for small singular values.
hermitian : bool, optional
    Assume a is Hermitian.

Returns
-------
B : (..., N, M) ndarray
    The pseudo-inverse of a.

Raises
------
LinAlgError
    If the SVD does not converge.`},
		{Sig: "matrix_rank(A, tol=None, hermitian=False)", Py: true, Body: linalgMatrixRank, Doc: `Rank of a matrix: the number of singular values greater than tol, which defaults to S.max() * max(M, N) * eps.

Parameters
----------
A : (..., M, N) array_like
    Matrix, or a vector (rank 1 unless all zero).
tol : float, optional
    Threshold below which a singular value counts as zero.
hermitian : bool, optional
    Assume A is Hermitian.

Returns
-------
rank : int or ndarray
    The rank of A.`},
		{Sig: "norm(x, ord=None, axis=None, keepdims=False)", Py: true, Body: linalgNorm, Doc: `Matrix or vector norm. With ord=None: the 2-norm of a vector, the Frobenius norm of a matrix. For matrices ord may be 'fro', 'nuc', inf, -inf, 1, -1, 2 (largest singular value) or -2; for vectors any real p, inf, -inf or 0 (count of non-zeros).

Parameters
----------
x : array_like
    Input array.
ord : {non-zero int, inf, -inf, 'fro', 'nuc'}, optional
    Which norm.
axis : int or 2-tuple of ints, optional
    Axes holding the vectors or matrices.
keepdims : bool, optional
    Keep the reduced axes with length one.

Returns
-------
n : float or ndarray
    The norm.

Raises
------
ValueError
    If ord is not valid for the shape of x.`},
		{Sig: "vector_norm(x, /, *, axis=None, keepdims=False, ord=2)", Py: true, Body: linalgVectorNorm, Doc: `Vector p-norm of x, over all elements by default.

Parameters
----------
x : array_like
axis : int or tuple of ints, optional
ord : int, float, inf or -inf, optional

Returns
-------
out : float or ndarray`},
		{Sig: "matrix_norm(x, /, *, keepdims=False, ord='fro')", Py: true, Body: linalgMatrixNorm, Doc: `Norm of a matrix, or of each matrix in a stack; the same choices of ord as norm for matrices.

Parameters
----------
x : (..., M, N) array_like
ord : {'fro', 'nuc', inf, -inf, 1, -1, 2, -2}, optional

Returns
-------
out : float or ndarray`},
		{Sig: "cond(x, p=None)", Py: true, Body: linalgCond, Doc: `Condition number of a matrix: norm(x, p) * norm(inv(x), p); with p=None the ratio of the largest to the smallest singular value. Large values mean solving with x loses accuracy.

Parameters
----------
x : (..., M, N) array_like
    The matrix.
p : {None, 1, -1, 2, -2, inf, -inf, 'fro'}, optional
    Norm to use.

Returns
-------
c : float or ndarray
    The condition number (inf when x is singular).

Raises
------
LinAlgError
    If p needs an inverse and x is not square.`},
		{Sig: "matrix_power(a, n)", Py: true, Body: linalgMatrixPower, Doc: `The matrix product a @ a @ ... @ a (n factors), by repeated squaring. n = 0 gives the identity; negative n powers the inverse.

Parameters
----------
a : ` + docSquare + `
n : int
    The exponent.

Returns
-------
a**n : (..., M, M) ndarray
    The power.

Raises
------
LinAlgError
    If a is not square, or n < 0 and a is singular.`},
		{Sig: "multi_dot(arrays, *, out=None)", Py: true, Body: linalgMultiDot, Doc: `Product of two or more matrices in one call, choosing the cheapest order of multiplication. The first and last arguments may be vectors.

Parameters
----------
arrays : sequence of array_like
    The factors, in order.

Returns
-------
output : ndarray
    Their product.`},
		{Sig: "matrix_transpose(x, /)", Py: true, Body: linalgMatrixTranspose, Doc: `Swap the last two axes of x.

Parameters
----------
x : (..., M, N) array_like

Returns
-------
out : (..., N, M) ndarray`},
		{Sig: "trace(x, /, *, offset=0, dtype=None)", Py: true, Body: linalgTrace, Doc: `Sum along a diagonal of a matrix.

Parameters
----------
x : (..., M, N) array_like
    Input matrix.
offset : int, optional
    Which diagonal: above the main one when positive.

Returns
-------
out : ndarray
    The sum.`},
		{Sig: "diagonal(x, /, *, offset=0)", Py: true, Body: linalgDiagonal, Doc: `The diagonal of a matrix, or of each matrix in a stack.

Parameters
----------
x : (..., M, N) array_like
offset : int, optional
    Which diagonal.

Returns
-------
out : (..., K) ndarray`},
		{Sig: "outer(x1, x2, /)", Py: true, Body: linalgOuter, Doc: `Outer product of two vectors: out[i, j] = x1[i] * x2[j].

Parameters
----------
x1, x2 : (M,), (N,) array_like
    Input vectors.

Returns
-------
out : (M, N) ndarray`},
		{Sig: "cross(x1, x2, /, *, axis=-1)", Py: true, Body: linalgCross, Doc: `Cross product of 3-vectors.

Parameters
----------
x1, x2 : array_like
    Vectors of length 3 along axis.

Returns
-------
out : ndarray`},
		{Sig: "tensorinv(a, ind=2)", Py: true, Body: linalgTensorinv, Doc: `Inverse of an N-dimensional array, with respect to tensordot: the array ainv with tensordot(ainv, a, ind) the identity over the first ind axes of a.

Parameters
----------
a : array_like
    Tensor to invert; prod(a.shape[:ind]) must equal prod(a.shape[ind:]).
ind : int, optional
    Number of first indices taking part in the inverse sum.

Returns
-------
b : ndarray
    The inverse, of shape a.shape[ind:] + a.shape[:ind].`},
		{Sig: "tensorsolve(a, b, axes=None)", Py: true, Body: linalgTensorsolve, Doc: `Solve the tensor equation tensordot(a, x, axes=x.ndim) == b for x.

Parameters
----------
a : array_like
    Coefficient tensor, of shape b.shape + Q with prod(Q) == prod(b.shape).
b : array_like
    Right-hand tensor.
axes : tuple of ints, optional
    Axes of a to move to the end before inversion.

Returns
-------
x : ndarray
    The solution, of shape Q.`},
	},
	Attrs: func(in *lib, th *eval.Thread, m *eval.Module) error {
		m.Set("LinAlgError", eval.LinAlgError)
		return nil
	},
}

// The bodies of numpy.linalg. Factorisations that take long on large
// matrices run with the cell's context, so an interrupt stops them.

func linalgInv(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	return c.result(a)(linalg.InvContext(c.th.Context(), a))
}

// linalgDet sends a single real matrix of order up to 16 straight to
// linalg.DetSmall and a NumPy float64 scalar, without the 0-d array in
// between.
func linalgDet(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	if d, ok := linalg.DetSmall(a); ok {
		return &NumpyScalar{v: d, d: linalg.Float64, in: c.in}, nil
	}
	return c.result(a)(linalg.DetContext(c.th.Context(), a))
}

// linalgSlogdet has linalgDet's shortcut for small real matrices.
func linalgSlogdet(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	if s, l, ok := linalg.SlogdetSmall(a); ok {
		return slogdetResult.Make(&NumpyScalar{v: s, d: linalg.Float64, in: c.in}, &NumpyScalar{v: l, d: linalg.Float64, in: c.in}), nil
	}
	s, l, err := linalg.SlogdetContext(c.th.Context(), a)
	if err != nil {
		return nil, c.Err(a, err)
	}
	return slogdetResult.Make(c.Wrap(s), c.Wrap(l)), nil
}

func linalgSolve(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	if err := c.Unpack(&a, &b); err != nil {
		return nil, err
	}
	return c.result(a)(linalg.SolveContext(c.th.Context(), a, b))
}

func linalgLstsq(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var rc opt[float64]
	if err := c.Unpack(&a, &b, &rc); err != nil {
		return nil, err
	}
	rcond := -1.0
	if rc.ok {
		// LAPACK's gelsd takes a negative rcond as machine precision.
		rcond = max(rc.v, 0)
		if rc.v < 0 {
			rcond = 0x1p-52
		}
	}
	sol, res, rank, sv, err := linalg.Lstsq(a, b, rcond)
	if err != nil {
		return nil, c.Err(a, err)
	}
	r := &NumpyScalar{v: int64(rank), d: linalg.Int64, in: c.in, label: "int32"}
	return eval.Tuple{&Array{a: sol, in: c.in}, &Array{a: res, in: c.in}, r, &Array{a: sv, in: c.in}}, nil
}

func linalgCholesky(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var upper bool
	if err := c.Unpack(&a, &upper); err != nil {
		return nil, err
	}
	f := linalg.Cholesky
	if upper {
		f = linalg.CholeskyUpper
	}
	return c.result(a)(f(a))
}

// linalgQr returns a QRResult, R alone for mode 'r', and a plain tuple for
// mode 'raw', as NumPy does.
func linalgQr(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var mode string
	if err := c.Unpack(&a, &mode); err != nil {
		return nil, err
	}
	q, r, err := linalg.QRMode(a, mode)
	if err != nil {
		return nil, c.Err(a, err)
	}
	switch mode {
	case "r":
		return c.Wrap(r), nil
	case "raw":
		return eval.Tuple{c.Wrap(q), c.Wrap(r)}, nil
	}
	return qrResult.Make(c.Wrap(q), c.Wrap(r)), nil
}

func linalgEig(c *Call) (eval.Value, error) { return linalgEigs(c, false, true) }

func linalgEigh(c *Call) (eval.Value, error) { return linalgEigs(c, true, true) }

func linalgEigvals(c *Call) (eval.Value, error) { return linalgEigs(c, false, false) }

func linalgEigvalsh(c *Call) (eval.Value, error) { return linalgEigs(c, true, false) }

// linalgEigs is eig, eigh, eigvals and eigvalsh: the Hermitian ones
// (herm) take UPLO after a; those with vectors return a named pair.
func linalgEigs(c *Call, herm, vectors bool) (eval.Value, error) {
	var a *linalg.Array
	var uplo string
	args := []any{&a}
	if herm {
		args = append(args, &uplo)
	}
	if err := c.Unpack(args...); err != nil {
		return nil, err
	}
	eig, pair := linalg.Eig, eigResult
	if herm {
		eig = func(a *linalg.Array) (*linalg.Array, *linalg.Array, error) { return linalg.EighUPLO(a, uplo) }
		pair = eighResult
	}
	w, v, err := eig(a)
	if err != nil {
		return nil, c.Err(a, err)
	}
	if !vectors {
		return c.Wrap(w), nil
	}
	return pair.Make(c.Wrap(w), c.Wrap(v)), nil
}

// notSupported is the error for an argument value golinalg does not
// implement, naming the function and the argument.
func (c *Call) notSupported(arg string) error {
	return eval.NewError(eval.NotImplementedError, "%s(%s) is not supported by golinalg", c.qual, arg)
}

func linalgSvd(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var full, uv, herm bool
	if err := c.Unpack(&a, &full, &uv, &herm); err != nil {
		return nil, err
	}
	if herm {
		return nil, c.notSupported("hermitian=True")
	}
	if !uv {
		return c.result(a)(linalg.SVDVals(a))
	}
	u, s, vh, err := linalg.SVD(a, full)
	if err != nil {
		return nil, c.Err(a, err)
	}
	return svdResult.Make(c.Wrap(u), c.Wrap(s), c.Wrap(vh)), nil
}

func linalgSvdvals(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	return c.result(a)(linalg.SVDVals(a))
}

// linalgPinv: NumPy 2 takes rcond=None (with rtol unset) as 1e-15.
func linalgPinv(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var rc opt[float64]
	var herm bool
	if err := c.Unpack(&a, &rc, &herm); err != nil {
		return nil, err
	}
	if herm {
		return nil, c.notSupported("hermitian=True")
	}
	rcond := 1e-15
	if rc.ok {
		rcond = rc.v
	}
	return c.result(a)(linalg.Pinv(a, rcond))
}

func linalgMatrixRank(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var tol opt[float64]
	var herm bool
	if err := c.Unpack(&a, &tol, &herm); err != nil {
		return nil, err
	}
	if herm {
		return nil, c.notSupported("hermitian=True")
	}
	t := -1.0
	if tol.ok {
		t = tol.v
	}
	return c.result(a)(linalg.MatrixRank(a, t))
}

func linalgNorm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var ord, axis eval.Value
	var keep bool
	if err := c.Unpack(&a, &ord, &axis, &keep); err != nil {
		return nil, err
	}
	return linalgNorms(c, linalg.Norm, a, a, ord, axis, keep)
}

// linalgNorms is norm and vector_norm once their arguments are read: f's
// norm of a of order ord over axis, the error mapped with the card for
// card.
func linalgNorms(c *Call, f func(*linalg.Array, linalg.NormOrd, []int, bool) (*linalg.Array, error), card, a *linalg.Array, ord, axis eval.Value, keep bool) (eval.Value, error) {
	o, err := normOrd(ord)
	if err != nil {
		return nil, err
	}
	axes, err := normAxes(axis)
	if err != nil {
		return nil, err
	}
	return c.result(card)(f(a, o, axes, keep))
}

// result returns r wrapped, or err mapped with the card for matrix a.
func (c *Call) result(a *linalg.Array) func(r *linalg.Array, err error) (eval.Value, error) {
	return func(r *linalg.Array, err error) (eval.Value, error) {
		if err != nil {
			return nil, c.Err(a, err)
		}
		return c.Wrap(r), nil
	}
}

func linalgVectorNorm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var axis, ord eval.Value
	var keep bool
	if err := c.Unpack(&a, &axis, &keep, &ord); err != nil {
		return nil, err
	}
	return linalgNorms(c, linalg.VectorNorm, nil, a, ord, axis, keep)
}

func linalgMatrixNorm(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var keep bool
	var ord eval.Value
	if err := c.Unpack(&a, &keep, &ord); err != nil {
		return nil, err
	}
	o, err := normOrd(ord)
	if err != nil {
		return nil, err
	}
	return c.result(a)(linalg.Norm(a, o, []int{-2, -1}, keep))
}

func linalgCond(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var p eval.Value
	if err := c.Unpack(&a, &p); err != nil {
		return nil, err
	}
	o, err := normOrd(p)
	if err != nil {
		return nil, err
	}
	return c.result(a)(linalg.Cond(a, o))
}

// linalgMatrixPower takes an int or bool exponent, as NumPy's
// operator.index does.
func linalgMatrixPower(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var nv eval.Value
	if err := c.Unpack(&a, &nv); err != nil {
		return nil, err
	}
	var n int
	switch v := nv.(type) {
	case eval.Int:
		n = int(v)
	case eval.Bool:
		if v {
			n = 1
		}
	default:
		return nil, eval.NewError(eval.TypeError, "exponent must be an integer")
	}
	return c.result(a)(linalg.MatrixPower(a, n))
}

func linalgMultiDot(c *Call) (eval.Value, error) {
	var xs, out eval.Value
	if err := c.Unpack(&xs, &out); err != nil {
		return nil, err
	}
	if out != eval.None {
		return nil, c.notSupported("out=...")
	}
	var items []eval.Value
	switch v := xs.(type) {
	case *eval.List:
		items = v.Elems()
	case eval.Tuple:
		items = v
	default:
		a, err := c.in.arrayArg(c.th, xs)
		if err != nil {
			return nil, err
		}
		for k := 0; k < a.Shape()[0]; k++ {
			r, err := a.Index([]linalg.IndexItem{linalg.Int(k)})
			if err != nil {
				return nil, c.Err(nil, err)
			}
			items = append(items, &Array{a: r, in: c.in})
		}
	}
	arrs := make([]*linalg.Array, len(items))
	for k, it := range items {
		a, err := c.in.arrayArg(c.th, it)
		if err != nil {
			return nil, err
		}
		arrs[k] = a
	}
	// The card shows the first array of a shape multi_dot refuses.
	var bad *linalg.Array
	for k, a := range arrs {
		if a.Ndim() != 2 && (a.Ndim() != 1 || (k != 0 && k != len(arrs)-1)) {
			bad = a
			break
		}
	}
	return c.result(bad)(linalg.MultiDot(arrs))
}

func linalgMatrixTranspose(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.MatrixTranspose(a))
}

// linalgTrace sums in dtype when one is given, as NumPy does.
func linalgTrace(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var off int
	var dt opt[linalg.DType]
	if err := c.Unpack(&a, &off, &dt); err != nil {
		return nil, err
	}
	if dt.ok {
		a = a.AsType(dt.v)
	}
	return c.result(nil)(linalg.Trace(a, off))
}

func linalgDiagonal(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var off int
	if err := c.Unpack(&a, &off); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Diagonal(a, off))
}

func linalgOuter(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	if err := c.Unpack(&a, &b); err != nil {
		return nil, err
	}
	return c.result(nil)(linalg.Outer(a, b))
}

func linalgCross(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var axis int
	if err := c.Unpack(&a, &b, &axis); err != nil {
		return nil, err
	}
	if axis != -1 {
		return nil, c.notSupported("axis=" + eval.Int(axis).String())
	}
	return c.result(nil)(linalg.Cross(a, b))
}

func linalgTensorinv(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var ind int
	if err := c.Unpack(&a, &ind); err != nil {
		return nil, err
	}
	return c.result(a)(linalg.TensorInv(a, ind))
}

func linalgTensorsolve(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var axes eval.Value
	if err := c.Unpack(&a, &b, &axes); err != nil {
		return nil, err
	}
	ax, err := normAxes(axes)
	if err != nil {
		return nil, err
	}
	return c.result(a)(linalg.TensorSolve(a, b, ax))
}
