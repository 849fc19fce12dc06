package sci

import (
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
)

// funcDoc is the help text of one library function, in our own words:
// its signature, what it computes, and the numpydoc-style sections.
type funcDoc struct {
	sig     string // e.g. "inv(a)"
	summary string // one paragraph
	params  string // "name : type\n    meaning" blocks, one per line pair
	returns string
	raises  string
}

// text formats d as a numpydoc docstring.
func (d funcDoc) text() string {
	var b strings.Builder
	b.WriteString(d.summary)
	b.WriteString("\n")
	section := func(title, body string) {
		if body == "" {
			return
		}
		b.WriteString("\n" + title + "\n" + strings.Repeat("-", len(title)) + "\n" + body + "\n")
	}
	section("Parameters", d.params)
	section("Returns", d.returns)
	section("Raises", d.raises)
	return b.String()
}

const (
	raiseLinAlg  = "LinAlgError\n    If a is not square or the computation does not converge."
	raiseSingle  = "LinAlgError\n    If a is not square or is exactly singular."
	paramSquare  = "a : (..., M, M) array_like\n    Square matrix, or a stack of them in the last two axes."
	paramMatrix  = "a : (..., M, N) array_like\n    Matrix, or a stack of them in the last two axes."
	paramDtype   = "dtype : data-type, optional\n    The element type; float64 when omitted."
	raiseNotPosD = "LinAlgError\n    If a is not positive definite (the factorisation breaks down)."
)

// docs maps a qualified name ("numpy.linalg.inv") to its help text.
var docs = map[string]funcDoc{

	// numpy
	"numpy.array": {sig: "array(object, dtype=None, *, copy=True, ndmin=0)",
		summary: "Build an ndarray from nested sequences of numbers (or from an existing array). The element type is inferred from the data unless dtype is given: bool, then int64, float64 and complex128 as needed.",
		params:  "object : array_like\n    Nested lists or tuples of equal length, an array, or a scalar.\n" + paramDtype + "\ncopy : bool, optional\n    Copy the data even when object is already an array.",
		returns: "out : ndarray", raises: "ValueError\n    If the nested sequences are ragged."},
	"numpy.asarray": {sig: "asarray(a, dtype=None)",
		summary: "Like array, but returns a itself when it is already an ndarray of the requested dtype.", params: "a : array_like\n" + paramDtype, returns: "out : ndarray"},
	"numpy.zeros": {sig: "zeros(shape, dtype=float)",
		summary: "A new array of the given shape filled with zeros.", params: "shape : int or tuple of ints\n    Length of each axis.\n" + paramDtype, returns: "out : ndarray"},
	"numpy.ones": {sig: "ones(shape, dtype=None)",
		summary: "A new array of the given shape filled with ones.", params: "shape : int or tuple of ints\n    Length of each axis.\n" + paramDtype, returns: "out : ndarray"},
	"numpy.empty": {sig: "empty(shape, dtype=float)",
		summary: "A new array of the given shape whose values are unspecified (golinalg fills it with zeros).", params: "shape : int or tuple of ints\n" + paramDtype, returns: "out : ndarray"},
	"numpy.full": {sig: "full(shape, fill_value, dtype=None)",
		summary: "A new array of the given shape with every element set to fill_value.", params: "shape : int or tuple of ints\nfill_value : scalar\n" + paramDtype, returns: "out : ndarray"},
	"numpy.eye": {sig: "eye(N, M=None, k=0, dtype=float)",
		summary: "An N×M matrix with ones on diagonal k and zeros elsewhere; with the defaults, the N×N identity.",
		params:  "N : int\n    Number of rows.\nM : int, optional\n    Number of columns; N when omitted.\nk : int, optional\n    Diagonal index: 0 the main one, positive above, negative below.\n" + paramDtype,
		returns: "I : (N, M) ndarray"},
	"numpy.identity": {sig: "identity(n, dtype=None)",
		summary: "The n×n identity matrix.", params: "n : int\n" + paramDtype, returns: "out : (n, n) ndarray"},
	"numpy.arange": {sig: "arange([start,] stop[, step,], dtype=None)",
		summary: "Evenly spaced values in the half-open interval [start, stop), like range but returning an array and accepting floats.",
		params:  "start : number, optional\n    First value, 0 by default.\nstop : number\n    End of the interval, not included.\nstep : number, optional\n    Spacing, 1 by default.\n" + paramDtype,
		returns: "out : ndarray"},
	"numpy.linspace": {sig: "linspace(start, stop, num=50, endpoint=True, retstep=False, dtype=None)",
		summary: "num evenly spaced samples from start to stop, stop included unless endpoint is False.",
		params:  "start, stop : number\n    Ends of the interval.\nnum : int, optional\n    Number of samples.\nendpoint : bool, optional\n    Include stop.",
		returns: "samples : ndarray", raises: "ValueError\n    If num is negative."},
	"numpy.allclose": {sig: "allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
		summary: "True when every pair of elements satisfies |a - b| <= atol + rtol * |b| after broadcasting. NaNs compare unequal unless equal_nan.",
		params:  "a, b : array_like\n    Arrays to compare.\nrtol : float\n    Relative tolerance.\natol : float\n    Absolute tolerance.\nequal_nan : bool\n    Treat NaN as equal to NaN.",
		returns: "allclose : bool", raises: "ValueError\n    If a and b do not broadcast together."},
	"numpy.isclose": {sig: "isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)",
		summary: "Element-wise |a - b| <= atol + rtol * |b|, as a boolean array.", params: "a, b : array_like\nrtol, atol : float\nequal_nan : bool",
		returns: "y : ndarray of bool"},
	"numpy.array_equal": {sig: "array_equal(a1, a2, equal_nan=False)",
		summary: "True if both arrays have the same shape and the same elements.", params: "a1, a2 : array_like\nequal_nan : bool", returns: "b : bool"},
	"numpy.dot": {sig: "dot(a, b, out=None)",
		summary: "Dot product: for 1-D arrays the inner product, for 2-D arrays the matrix product, for a scalar operand plain multiplication; otherwise a sum over the last axis of a and the second-to-last of b.",
		params:  "a, b : array_like", returns: "output : ndarray or scalar", raises: "ValueError\n    If the summed axes differ in length (shapes not aligned)."},
	"numpy.matmul": {sig: "matmul(x1, x2, /)",
		summary: "Matrix product, the operator @. Stacks of matrices broadcast; a 1-D operand is treated as a vector. Scalars are not allowed.",
		params:  "x1, x2 : array_like", returns: "y : ndarray", raises: "ValueError\n    If the inner dimensions differ or an operand is a scalar."},
	"numpy.transpose": {sig: "transpose(a, axes=None)",
		summary: "The array with its axes reversed (or permuted as axes says); for a matrix, its transpose. Returns a view.", params: "a : array_like\naxes : tuple of ints, optional",
		returns: "p : ndarray"},
	"numpy.diag": {sig: "diag(v, k=0)",
		summary: "From a 1-D array, the square matrix with v on diagonal k; from a 2-D array, its diagonal k.", params: "v : array_like\nk : int, optional",
		returns: "out : ndarray"},
	"numpy.reshape": {sig: "reshape(a, shape)",
		summary: "The same data with a new shape; one axis may be -1 and is then inferred.", params: "a : array_like\nshape : int or tuple of ints",
		returns: "reshaped : ndarray", raises: "ValueError\n    If the number of elements does not match."},
	"numpy.concatenate": {sig: "concatenate(arrays, axis=0)",
		summary: "Join arrays along an existing axis.", params: "arrays : sequence of array_like\naxis : int, optional", returns: "res : ndarray",
		raises: "ValueError\n    If the other axes do not match."},
	"numpy.stack": {sig: "stack(arrays, axis=0)",
		summary: "Join arrays of one shape along a new axis.", params: "arrays : sequence of array_like\naxis : int, optional", returns: "stacked : ndarray"},
	"numpy.vstack": {sig: "vstack(tup)", summary: "Stack arrays row-wise (1-D arrays become rows).", params: "tup : sequence of ndarrays", returns: "stacked : ndarray"},
	"numpy.hstack": {sig: "hstack(tup)", summary: "Stack arrays column-wise (1-D arrays are joined end to end).", params: "tup : sequence of ndarrays", returns: "stacked : ndarray"},
	"numpy.sum": {sig: "sum(a, axis=None, dtype=None, keepdims=False)",
		summary: "Sum of the elements, over all of them or along axis.", params: "a : array_like\naxis : int or tuple of ints, optional", returns: "sum : ndarray or scalar"},
	"numpy.mean": {sig: "mean(a, axis=None, dtype=None, keepdims=False)",
		summary: "Arithmetic mean, over all elements or along axis.", params: "a : array_like\naxis : int or tuple of ints, optional", returns: "m : ndarray or scalar"},
	"numpy.set_printoptions": {sig: "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None, ...)",
		summary: "Change how arrays print: digits of precision, when to summarise with '...', line width, and whether to suppress scientific notation for small numbers.",
		params:  "precision : int, optional\nthreshold : int, optional\nedgeitems : int, optional\nlinewidth : int, optional\nsuppress : bool, optional"},

	// scipy.linalg
	"scipy.linalg.inv": {sig: "inv(a, overwrite_a=False, check_finite=True, *, assume_a=None, lower=False)",
		summary: "Inverse of a square matrix, as numpy.linalg.inv, but raising for an exactly singular matrix from LAPACK's pivot test and warning (LinAlgWarning) when the reciprocal condition number is below machine epsilon.",
		params:  "a : (M, M) array_like\n    Square matrix.", returns: "ainv : (M, M) ndarray",
		raises: "LinAlgError\n    If a is singular.\nValueError\n    If a is not square."},
	"scipy.linalg.solve": {sig: "solve(a, b, lower=False, overwrite_a=False, overwrite_b=False, check_finite=True, assume_a=None, transposed=False)",
		summary: "Solve a @ x = b for square a. Without assume_a the structure is detected (diagonal, triangular, symmetric positive definite, general); assume_a ('gen', 'diagonal', 'tridiagonal', 'banded', 'upper triangular', 'lower triangular', 'sym', 'her', 'pos') announces it. An ill-conditioned a gives a LinAlgWarning.",
		params:  "a : (N, N) array_like\nb : (N,) or (N, K) array_like\nassume_a : str, optional", returns: "x : ndarray",
		raises: "LinAlgError\n    If a is singular.\nValueError\n    If the shapes do not match."},
	"scipy.linalg.det": {sig: "det(a, overwrite_a=False, check_finite=True)",
		summary: "Determinant of a square matrix, from its LU factorisation.", params: "a : (..., M, M) array_like", returns: "det : float or ndarray",
		raises: "ValueError\n    If a is not square."},
	"scipy.linalg.eig": {sig: "eig(a, b=None, left=False, right=True, overwrite_a=False, overwrite_b=False, check_finite=True, homogeneous_eigvals=False)",
		summary: "Eigenvalues and right eigenvectors of a square matrix (a generalised problem when b is given). Eigenvalues are returned as complex numbers.",
		params:  "a : (M, M) array_like", returns: "w : (M,) ndarray\n    Eigenvalues.\nvr : (M, M) ndarray\n    Normalised right eigenvectors, one per column.",
		raises: "LinAlgError\n    If the computation does not converge."},
	"scipy.linalg.eigh": {sig: "eigh(a, b=None, *, lower=True, eigvals_only=False, overwrite_a=False, overwrite_b=False, type=1, check_finite=True, subset_by_index=None, subset_by_value=None, driver=None)",
		summary: "Eigenvalues (ascending, real) and orthonormal eigenvectors of a symmetric or Hermitian matrix; with b, of the generalised problem a @ v = w * b @ v for positive definite b.",
		params:  "a : (M, M) array_like\nb : (M, M) array_like, optional\nlower : bool, optional\n    Which triangle of a to read.\neigvals_only : bool, optional\nsubset_by_index : iterable of two ints, optional\n    First and last index of the eigenvalues to return.", returns: "w : (M,) ndarray\nv : (M, M) ndarray",
		raises: "LinAlgError\n    If the computation does not converge."},
	"scipy.linalg.eigvals": {sig: "eigvals(a, b=None, overwrite_a=False, check_finite=True)",
		summary: "Eigenvalues of a square matrix, as complex numbers.", params: "a : (M, M) array_like", returns: "w : (M,) ndarray"},
	"scipy.linalg.eigvalsh": {sig: "eigvalsh(a, b=None, *, lower=True, ...)",
		summary: "Eigenvalues of a symmetric or Hermitian matrix, real and ascending.", params: "a : (M, M) array_like", returns: "w : (M,) ndarray"},
	"scipy.linalg.svd": {sig: "svd(a, full_matrices=True, compute_uv=True, overwrite_a=False, check_finite=True, lapack_driver='gesdd')",
		summary: "Singular value decomposition a == U @ diag(s) @ Vh.", params: "a : (M, N) array_like\nfull_matrices : bool, optional\ncompute_uv : bool, optional",
		returns: "U : ndarray\ns : ndarray\n    Singular values, descending.\nVh : ndarray", raises: "LinAlgError\n    If the SVD does not converge."},
	"scipy.linalg.qr": {sig: "qr(a, overwrite_a=False, lwork=None, mode='full', pivoting=False, check_finite=True)",
		summary: "QR factorisation a == Q @ R; mode 'full' gives square Q, 'economic' the reduced factors, 'r' only R (in a 1-tuple), 'raw' LAPACK's reflectors ((qr, tau), R). With pivoting, a[:, P] == Q @ R and P is returned too.",
		params:  "a : (M, N) array_like\nmode : {'full', 'r', 'economic', 'raw'}, optional\npivoting : bool, optional", returns: "Q : ndarray\nR : ndarray\nP : ndarray, if pivoting"},
	"scipy.linalg.cholesky": {sig: "cholesky(a, lower=False, overwrite_a=False, check_finite=True)",
		summary: "Cholesky factor of a positive-definite matrix. Unlike numpy.linalg.cholesky the upper factor U (a == U.T.conj() @ U) is returned unless lower is True.",
		params:  "a : (M, M) array_like\nlower : bool, optional", returns: "c : (M, M) ndarray", raises: raiseNotPosD},
	"scipy.linalg.pinv": {sig: "pinv(a, *, atol=None, rtol=None, return_rank=False, check_finite=True)",
		summary: "Moore–Penrose pseudo-inverse from the SVD, dropping singular values below max(atol, rtol * largest).",
		params:  "a : (M, N) array_like\natol, rtol : float, optional", returns: "B : (N, M) ndarray", raises: "LinAlgError\n    If the SVD does not converge."},
	"scipy.linalg.lu": {sig: "lu(a, permute_l=False, overwrite_a=False, check_finite=True, p_indices=False)",
		summary: "LU factorisation with partial pivoting: a == P @ L @ U, L unit lower triangular (M, K), U upper triangular (K, N), K = min(M, N).",
		params:  "a : (M, N) array_like\npermute_l : bool, optional\n    Return (P @ L, U).\np_indices : bool, optional\n    Return P as row indices, a == L[P] @ U.",
		returns: "p : ndarray\nl : ndarray\nu : ndarray"},
	"scipy.linalg.lu_factor": {sig: "lu_factor(a, overwrite_a=False, check_finite=True)",
		summary: "LU factors for lu_solve: L and U packed in one matrix, and LAPACK's 0-based pivot indices (row i was interchanged with row piv[i]). A zero pivot gives a LinAlgWarning.",
		params:  "a : (M, N) array_like", returns: "lu : (M, N) ndarray\npiv : (K,) ndarray"},
	"scipy.linalg.lu_solve": {sig: "lu_solve(lu_and_piv, b, trans=0, overwrite_b=False, check_finite=True)",
		summary: "Solve a @ x = b (trans=0), a.T @ x = b (1) or a.conj().T @ x = b (2) from lu_factor's (lu, piv).",
		params:  "lu_and_piv : tuple\nb : array_like\ntrans : {0, 1, 2}, optional", returns: "x : ndarray"},
	"scipy.linalg.cho_factor": {sig: "cho_factor(a, lower=False, overwrite_a=False, check_finite=True)",
		summary: "Cholesky factor for cho_solve: the upper (or lower) triangle holds the factor, the other triangle is left as in a.",
		params:  "a : (M, M) array_like\nlower : bool, optional", returns: "c : (M, M) ndarray\nlower : bool", raises: "LinAlgError\n    If a is not positive definite."},
	"scipy.linalg.cho_solve": {sig: "cho_solve(c_and_lower, b, overwrite_b=False, check_finite=True)",
		summary: "Solve a @ x = b from cho_factor's (c, lower).", params: "c_and_lower : tuple\nb : array_like", returns: "x : ndarray"},
	"scipy.linalg.solve_triangular": {sig: "solve_triangular(a, b, trans=0, lower=False, unit_diagonal=False, overwrite_b=False, check_finite=True)",
		summary: "Solve a @ x = b for triangular a, reading only its upper (or lower) triangle.",
		params:  "a : (M, M) array_like\nb : (M,) or (M, N) array_like\ntrans : {0, 1, 2, 'N', 'T', 'C'}, optional\nlower : bool, optional\nunit_diagonal : bool, optional",
		returns: "x : ndarray", raises: "LinAlgError\n    If a has a zero on its diagonal."},
	"scipy.linalg.expm": {sig: "expm(A)",
		summary: "Matrix exponential e**A = I + A + A @ A / 2! + ..., by scaling and squaring with a Padé approximant.",
		params:  "A : (..., M, M) array_like", returns: "eA : (..., M, M) ndarray"},
	"scipy.linalg.null_space": {sig: "null_space(A, rcond=None, *, overwrite_a=False, check_finite=True, lapack_driver='gesdd')",
		summary: "Orthonormal basis of the null space of A, from the right singular vectors of the singular values at most rcond times the largest.",
		params:  "A : (M, N) array_like\nrcond : float, optional", returns: "Z : (N, K) ndarray"},
	"scipy.linalg.orth": {sig: "orth(A, rcond=None)",
		summary: "Orthonormal basis of the range of A, from the left singular vectors of the singular values above rcond times the largest.",
		params:  "A : (M, N) array_like\nrcond : float, optional", returns: "Q : (M, K) ndarray"},
	"scipy.linalg.svdvals": {sig: "svdvals(a, overwrite_a=False, check_finite=True)",
		summary: "Singular values of a matrix, descending.", params: "a : (M, N) array_like", returns: "s : (K,) ndarray"},
	"scipy.linalg.lstsq": {sig: "lstsq(a, b, cond=None, overwrite_a=False, overwrite_b=False, check_finite=True, lapack_driver=None)",
		summary: "Least-squares solution of a @ x = b.", params: "a : (M, N) array_like\nb : (M,) or (M, K) array_like",
		returns: "x : ndarray\nresidues : ndarray\nrank : int\ns : ndarray"},
	"scipy.linalg.norm": {sig: "norm(a, ord=None, axis=None, keepdims=False, check_finite=True)",
		summary: "Matrix or vector norm, as numpy.linalg.norm.", params: "a : array_like\nord : optional", returns: "n : float or ndarray"},
}

// attachDocs gives the functions of m their entry in the docs table, so
// that help(), __doc__ and x? show it.
func attachDocs(m *eval.Module) {
	for k, v := range m.Attrs() {
		if b, ok := v.(*eval.Builtin); ok {
			if d, ok := docs[m.Name()+"."+k]; ok {
				b.SetDoc(m.Name(), d.sig, d.text())
			}
		}
	}
}
