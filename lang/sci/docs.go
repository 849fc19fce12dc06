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
