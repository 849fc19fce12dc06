package sci

import (
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// scipyDecomp is the part of scipy.linalg in SciPy's _decomp_polar.py,
// _decomp_qr.py (rq, qr_multiply), _decomp_ldl.py, _decomp_cossin.py,
// _decomp_update.pyx and _decomp.py's banded and tridiagonal eigensolvers.
var scipyDecomp = []*Func{
	{Sig: "polar(a, side='right')", Py: true, Body: scipyBatch(scipyPolar, "a"), Doc: `Polar decomposition a == u @ p (side 'right') or a == p @ u (side 'left'), from the SVD a == w @ diag(s) @ vh: u = w @ vh has orthonormal columns (m >= n) or rows (m <= n), unitary when a is square, and p is Hermitian positive semidefinite, positive definite when a is nonsingular.

Parameters
----------
a : (m, n) array_like
    The matrix to factor.
side : {'right', 'left'}, optional
    Whether p multiplies u on the right (p is n×n) or on the left (p is m×m).

Returns
-------
u : (m, n) ndarray
    The unitary (or partial isometry) factor.
p : ndarray
    The Hermitian positive semidefinite factor, (n, n) or (m, m).

Raises
------
ValueError
    If side is not 'right' or 'left', or a is not 2-D.
LinAlgError
    If the SVD does not converge.`},
	{Sig: "rq(a, overwrite_a=False, lwork=None, mode='full', check_finite=True)", Py: true, Body: scipyBatch(scipyRq, "a"), Doc: `RQ factorisation a == R @ Q with R upper trapezoidal and Q unitary, by LAPACK's Householder method (gerqf, orgrq/ungrq), so R and Q carry LAPACK's signs.

Parameters
----------
a : (M, N) array_like
    Matrix to factor.
` + docOverwriteA + `
lwork : int, optional
    LAPACK's work array size in SciPy; accepted and ignored, since golinalg sizes its own workspace and the result does not depend on it.
mode : {'full', 'r', 'economic'}, optional
    'full' gives R of shape (M, N) and Q of (N, N); 'economic' R of (M, K) and Q of (K, N), K = min(M, N); 'r' returns R alone (not in a tuple).
` + docCheckFinite + `

Returns
-------
R : ndarray
    Upper trapezoidal (triangular) factor.
Q : ndarray
    Unitary factor, or orthonormal rows; absent for mode 'r'.

Raises
------
ValueError
    If mode is unknown or a is not 2-D.`},
	{Sig: "qr_multiply(a, c, mode='right', pivoting=False, conjugate=False, overwrite_a=False, overwrite_c=False)", Py: true, Body: scipyBatch(scipyQrMultiply, "a", "c"), Doc: `Multiply c by the Q of a's QR factorisation without forming Q: Q @ c (mode 'left') or c @ Q (mode 'right'), with LAPACK's reflectors (ormqr/unmqr).

Parameters
----------
a : (M, N) array_like
    Matrix whose QR factorisation gives Q.
c : array_like
    For 'left', K rows (K = min(M, N)), or M rows with overwrite_c; for 'right', M columns. A 1-d c is a column ('left') or a row ('right').
mode : {'left', 'right'}, optional
    Which side Q multiplies c from; 'right' keeps the first K columns of c @ Q.
pivoting : bool, optional
    Factor with column pivoting, a[:, P] == Q @ R, and return P too.
conjugate : bool, optional
    Use the complex conjugate of Q.
` + docOverwriteA + `
overwrite_c : bool, optional
    Lets SciPy reuse c's memory; for mode 'left' with M > N it also makes c (M rows) multiplied by the whole M×M Q. golinalg never modifies c.

Returns
-------
CQ : ndarray
    The product, of Q's dtype; 1-d for a 1-d c.
R : (K, N) ndarray
    The R of the factorisation, as qr's 'raw' mode gives it.
P : (N,) ndarray
    Column permutation, if pivoting.

Raises
------
ValueError
    If mode is unknown, the shapes do not match, or an input holds NaN or infinity.`},
	{Sig: "eig_banded(a_band, lower=False, eigvals_only=False, overwrite_a_band=False, select='a', select_range=None, max_ev=0, check_finite=True)", Py: true, Body: scipyBatch(scipyEigBanded, "a_band"), Doc: `Eigenvalues (ascending) and orthonormal eigenvectors of a real symmetric or complex Hermitian band matrix, given in LAPACK's band storage: a_band[u + i - j, j] == a[i, j] for max(0, j - u) <= i <= j (upper), or a_band[i - j, j] == a[i, j] for j <= i <= min(n - 1, j + u) (lower), u the number of super- (sub-) diagonals.

Parameters
----------
a_band : (u+1, M) array_like
    The bands of the M×M matrix.
lower : bool, optional
    Whether a_band holds the lower bands rather than the upper ones.
eigvals_only : bool, optional
    Return the eigenvalues alone.
overwrite_a_band : bool, optional
    Accepted and ignored: golinalg never modifies a_band.
` + docSelect + `
max_ev : int, optional
    For select 'v', the most eigenvectors to return (v keeps the first max_ev columns); 0 means M. SciPy needs it at least the number of eigenvalues found.
check_finite : bool, optional
    Raise ValueError when a_band holds NaN or infinity. As in SciPy, float and complex input is checked even with False unless eigvals_only or overwrite_a_band.

Returns
-------
w : (M,) ndarray
    The selected eigenvalues, ascending, each repeated by its multiplicity.
v : (M, M) ndarray
    The eigenvector of w[i] in v[:, i], unless eigvals_only.

Raises
------
LinAlgError
    If the computation does not converge.
ValueError
    If a_band is not 2-D or select, select_range are invalid.`},
	{Sig: "eigvals_banded(a_band, lower=False, overwrite_a_band=False, select='a', select_range=None, check_finite=True)", Py: true, Body: scipyBatch(scipyEigvalsBanded, "a_band"), Doc: `Eigenvalues (ascending) of a real symmetric or complex Hermitian band matrix in LAPACK's band storage; eig_banded with eigvals_only=True.

Parameters
----------
a_band : (u+1, M) array_like
    The bands of the M×M matrix, as for eig_banded.
lower : bool, optional
    Whether a_band holds the lower bands rather than the upper ones.
overwrite_a_band : bool, optional
    Accepted and ignored: golinalg never modifies a_band.
` + docSelect + `
` + docCheckFinite + `

Returns
-------
w : (M,) ndarray
    The selected eigenvalues, ascending.

Raises
------
LinAlgError
    If the computation does not converge.`},
	{Sig: "eigh_tridiagonal(d, e, eigvals_only=False, select='a', select_range=None, check_finite=True, tol=0.0, lapack_driver='auto')", Py: true, Body: scipyBatch(scipyEighTridiagonal, "d", "e"), Doc: `Eigenvalues (ascending) and orthonormal eigenvectors of the real symmetric tridiagonal matrix with diagonal d and off-diagonal e.

Parameters
----------
d : (N,) array_like
    The diagonal.
e : (N-1,) array_like
    The off-diagonal.
eigvals_only : bool, optional
    Return the eigenvalues alone.
` + docSelect + `
` + docCheckFinite + `
tol : float, optional
    Tolerance of the bisection in SciPy's 'stebz' driver; checked to be a number. golinalg computes the eigenvalues to working precision.
lapack_driver : {'auto', 'stemr', 'stebz', 'sterf', 'stev', 'stevd'}, optional
    LAPACK's method in SciPy ('auto': 'stevd' for select 'a', 'stebz' otherwise); checked as SciPy checks it ('sterf' needs eigvals_only; 'sterf', 'stev' and 'stevd' need select 'a'), and golinalg computes the same eigenpairs for each.

Returns
-------
w : (M,) ndarray
    The selected eigenvalues, ascending.
v : (N, M) ndarray
    The eigenvector of w[i] in v[:, i], unless eigvals_only.

Raises
------
LinAlgError
    If the computation does not converge.
ValueError
    If the shapes, select, select_range or lapack_driver are invalid.
TypeError
    If d or e is complex.`},
	{Sig: "eigvalsh_tridiagonal(d, e, select='a', select_range=None, check_finite=True, tol=0.0, lapack_driver='auto')", Py: true, Body: scipyBatch(scipyEigvalshTridiagonal, "d", "e"), Doc: `Eigenvalues (ascending) of the real symmetric tridiagonal matrix with diagonal d and off-diagonal e; eigh_tridiagonal with eigvals_only=True.

Parameters
----------
d : (N,) array_like
    The diagonal.
e : (N-1,) array_like
    The off-diagonal.
` + docSelect + `
` + docCheckFinite + `
tol : float, optional
    As for eigh_tridiagonal.
lapack_driver : {'auto', 'stemr', 'stebz', 'sterf', 'stev', 'stevd'}, optional
    As for eigh_tridiagonal.

Returns
-------
w : (M,) ndarray
    The selected eigenvalues, ascending.

Raises
------
LinAlgError
    If the computation does not converge.`},
	{Sig: "ldl(A, lower=True, hermitian=True, overwrite_a=False, check_finite=True)", Py: true, Body: scipyBatch(scipyLdl, "A"), Doc: `LDLᵀ (LDLᴴ) factorisation of a symmetric or Hermitian matrix by Bunch–Kaufman diagonal pivoting, as LAPACK's sytrf/hetrf: A == lu @ d @ lu.T (lu.conj().T when Hermitian), d block diagonal with 1×1 and 2×2 blocks, and lu[perm] triangular with a unit diagonal.

Parameters
----------
A : (N, N) array_like
    Symmetric or Hermitian matrix; only one triangle is read.
lower : bool, optional
    Read the lower triangle and give a lower factor (True), or the upper ones.
hermitian : bool, optional
    For complex A, factor it as Hermitian (True) or complex symmetric. A diagonal with imaginary parts gives a ComplexWarning when Hermitian; they are ignored.
` + docOverwriteA + `
` + docCheckFinite + `

Returns
-------
lu : (N, N) ndarray
    The (permuted) triangular factor.
d : (N, N) ndarray
    The block diagonal factor.
perm : (N,) ndarray
    Row permutation making lu triangular: lu[perm].

Raises
------
ValueError
    If A is not square.`},
	{Sig: "qr_update(Q, R, u, v, overwrite_qruv=False, check_finite=True)", Py: true, Body: scipyBatch(scipyQrUpdate, "Q", "R", "u", "v"), Doc: `Rank-k update of a QR factorisation: from A == Q @ R, the factorisation Q1 @ R1 of A + u @ v.conj().T, by Givens rotations and Householder reflections as SciPy's (Daniel, Gragg, Kaufman & Stewart 1976; Reichel & Gragg 1990), full ((M, M), (M, N)) or economic ((M, N), (N, N)).

Parameters
----------
` + docQR + `
u : (M,) or (M, k) array_like
    Left update vectors, of Q's dtype.
v : (N,) or (N, k) array_like
    Right update vectors, of Q's dtype.
` + docKeepsInputs("overwrite_qruv") + `
` + docCheckFinite + `

` + docQRResult + `

Raises
------
ValueError
    If the shapes or dtypes do not fit (only float64 and complex128 factors, with u and v of the same dtype).`},
	{Sig: "qr_insert(Q, R, u, k, which='row', rcond=None, overwrite_qru=False, check_finite=True)", Py: true, Body: scipyBatch(scipyQrInsert, "Q", "R", "u", "k"), Doc: `QR factorisation of A with rows or columns inserted: from A == Q @ R, that of A with the rows (or columns) u inserted before row (column) k.

Parameters
----------
` + docQR + `
u : (N,), (p, N), (M,) or (M, p) array_like
    The rows or columns to insert, of Q's dtype.
k : int
    Index before which u is inserted; negative counts from the end.
which : {'row', 'col'}, optional
    Insert rows or columns.
rcond : float, optional
    For columns into an economic factorisation, the lower bound on the reciprocal condition number of Q augmented with u/||u|| (machine epsilon when None); must be None otherwise.
` + docKeepsInputs("overwrite_qru") + `
` + docCheckFinite + `

` + docQRResult + `

Raises
------
LinAlgError
    If a column of u lies (numerically) in the span of an economic Q.
ValueError
    If the shapes, dtypes, k or rcond do not fit.`},
	{Sig: "qr_delete(Q, R, k, p=1, which='row', overwrite_qr=False, check_finite=True)", Py: true, Body: scipyBatch(scipyQrDelete, "Q", "R", "k"), Doc: `QR factorisation of A with rows or columns removed: from A == Q @ R, that of A without its p rows (or columns) from k.

Parameters
----------
` + docQR + `
k : int
    Index of the first row or column to remove; negative counts from the end.
p : int, optional
    How many rows or columns to remove.
which : {'row', 'col'}, optional
    Remove rows or columns.
` + docKeepsInputs("overwrite_qr") + `
` + docCheckFinite + `

` + docQRResult + `

Raises
------
ValueError
    If the shapes, dtypes, k or p do not fit.`},
	{Sig: "cossin(X, p=None, q=None, separate=False, swap_sign=False, compute_u=True, compute_vh=True)", Py: true, Body: scipyCossin, Doc: `Cosine-sine decomposition of a unitary matrix partitioned as X = [[X11, X12], [X21, X22]], X11 of shape (p, q): X == U @ CS @ VDH with U = block_diag(U1, U2) and VDH = block_diag(V1H, V2H) unitary and CS the cosines and sines of r = min(p, q, m - p, m - q) angles theta (ascending) between identity blocks, as LAPACK's orcsd/uncsd lay them out. theta and CS are determined by X; U and VDH only up to the signs (phases) LAPACK chooses, so golinalg's may differ from SciPy's by such factors.

Parameters
----------
X : (..., M, M) array_like, or an iterable of the four blocks
    The unitary matrix, or (X11, X12, X21, X22) when p and q are None.
p : int, optional
    Rows of X11; 1 when only q is given.
q : int, optional
    Columns of X11; 1 when only p is given.
separate : bool, optional
    Return ((U1, U2), theta, (V1H, V2H)) instead of (U, CS, VDH).
swap_sign : bool, optional
    Put -sin(theta) below and sin(theta) above the diagonal of CS instead of the reverse.
compute_u : bool, optional
    Compute U (otherwise empty arrays).
compute_vh : bool, optional
    Compute VDH (otherwise empty arrays).

Returns
-------
u : (M, M) ndarray
    Block diagonal unitary U, or the pair (U1, U2) with separate.
cs : (M, M) ndarray
    The cosine-sine factor, or theta with separate.
vdh : (M, M) ndarray
    Block diagonal unitary VDH, or the pair (V1H, V2H) with separate.

Raises
------
ValueError
    If X is not square or holds NaN or infinity, p or q is out of range, or the blocks do not fit.`},
}

// docQR documents the factors Q and R of qr_update, qr_insert and
// qr_delete.
const docQR = "Q : (M, M) or (M, N) array_like\n    The unitary factor of A == Q @ R (full, or economic with N < M), float64 or complex128.\nR : (M, N) or (N, N) array_like\n    The upper triangular factor, of Q's dtype."

// docQRResult documents the results of qr_update, qr_insert and
// qr_delete.
const docQRResult = "Returns\n-------\nQ1 : ndarray\n    Updated unitary factor.\nR1 : ndarray\n    Updated upper triangular factor; its diagonal need not be real or positive."

// docKeepsInputs documents an overwrite flag of the QR updates.
func docKeepsInputs(name string) string {
	return name + " : bool, optional\n    Accepted and ignored: golinalg never modifies its inputs."
}

// docSelect documents select and select_range of the banded and
// tridiagonal eigensolvers.
const docSelect = "select : {'a', 'v', 'i'}, optional\n    All eigenvalues ('a'), those in the half-open interval (min, max] ('v'), or those of index min to max, ascending ('i').\nselect_range : (min, max), optional\n    The range for select 'v' or 'i'."

// arrayResults adapts a body that gives its results as arrays to
// Call.overBatch: one result is the array, several a tuple.
func arrayResults(c *Call, f func(ms []*linalg.Array) ([]*linalg.Array, error)) func(ms []*linalg.Array) (eval.Value, error) {
	return func(ms []*linalg.Array) (eval.Value, error) {
		rs, err := f(ms)
		if err != nil {
			return nil, err
		}
		return c.tuple(rs...), nil
	}
}

func scipyPolar(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var side eval.Value
	if err := c.Unpack(&a, &side); err != nil {
		return nil, err
	}
	return c.overBatch("polar", []*linalg.Array{a}, []int{2}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		s, _ := side.(eval.String)
		if s != "right" && s != "left" {
			return nil, eval.NewError(eval.ValueError, "`side` must be either 'right' or 'left'")
		}
		u, p, err := linalg.Polar(ms[0], s == "right")
		if err != nil {
			return nil, c.Err(ms[0], err)
		}
		return []*linalg.Array{u, p}, nil
	}))
}

func scipyRq(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var overwrite, check bool
	var lwork, modeV eval.Value
	if err := c.Unpack(&a, &overwrite, &lwork, &modeV, &check); err != nil {
		return nil, err
	}
	return c.overBatch("rq", []*linalg.Array{a}, []int{2}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		mode, _ := modeV.(eval.String)
		if mode != "full" && mode != "r" && mode != "economic" {
			return nil, eval.NewError(eval.ValueError, "Mode argument should be one of ['full', 'r', 'economic']")
		}
		a, err := scipyFinite(c, ms[0], check)
		if err != nil {
			return nil, err
		}
		r, q, err := linalg.RQ(a, string(mode))
		if err != nil {
			return nil, c.Err(a, err)
		}
		if mode == "r" {
			return []*linalg.Array{r}, nil
		}
		return []*linalg.Array{r, q}, nil
	}))
}

func scipyQrMultiply(c *Call) (eval.Value, error) {
	var a, cm *linalg.Array
	var modeV eval.Value
	var pivoting, conjugate, owa, owc bool
	if err := c.Unpack(&a, &cm, &modeV, &pivoting, &conjugate, &owa, &owc); err != nil {
		return nil, err
	}
	return c.overBatch("qr_multiply", []*linalg.Array{a, cm}, []int{2, linalg.CoreOneOrTwo}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		mode, ok := modeV.(eval.String)
		if !ok || (mode != "left" && mode != "right") {
			return nil, eval.NewError(eval.ValueError, "Mode argument can only be 'left' or 'right' but not '%s'", eval.Str(modeV))
		}
		cc, err := scipyFinite(c, ms[1], true)
		if err != nil {
			return nil, err
		}
		cq, r, p, ws, err := linalg.QRMultiply(ms[0], cc, mode == "left", pivoting, conjugate, owc)
		if err != nil {
			return nil, c.Err(ms[0], err)
		}
		warn(c.th, ws)
		out := []*linalg.Array{cq, r}
		if pivoting {
			out = append(out, p)
		}
		return out, nil
	}))
}

// scipyCheckSelect is SciPy's _check_select for eig_banded and
// eigh_tridiagonal: select ('a', 'v', 'i', their long names or 0, 1, 2)
// and select_range read into an EigSelect, and max_ev (for select 'v',
// 0 meaning n; for 'i' the number of indices) for n eigenvalues.
func (c *Call) scipyCheckSelect(selV, rangeV eval.Value, maxEV, n int) (linalg.EigSelect, int, error) {
	var sel linalg.EigSelect
	kind := -1
	switch s := selV.(type) {
	case eval.String:
		switch strings.ToLower(string(s)) {
		case "a", "all":
			kind = 0
		case "v", "value":
			kind = 1
		case "i", "index":
			kind = 2
		}
	case eval.Bool, eval.Int, eval.Float:
		if f, err := eval.ToFloat(s); err == nil && (f == 0 || f == 1 || f == 2) {
			kind = int(f)
		}
	}
	if kind < 0 {
		return sel, 0, eval.NewError(eval.ValueError, "invalid argument for select")
	}
	sel.Kind = kind
	if kind == 0 {
		return sel, maxEV, nil
	}
	bad := eval.NewError(eval.ValueError, "select_range must be a 2-element array-like in nondecreasing order")
	if rangeV == eval.None {
		return sel, 0, bad
	}
	sr, err := c.in.arrayArg(c.th, rangeV)
	if err != nil {
		return sel, 0, err
	}
	if sr.Ndim() != 1 || sr.Size() != 2 {
		return sel, 0, bad
	}
	f := sr.AsType(linalg.Float64).Float64s()
	if f[1] < f[0] {
		return sel, 0, bad
	}
	if kind == 1 {
		sel.VL, sel.VU = f[0], f[1]
		if maxEV == 0 {
			maxEV = n
		}
		return sel, maxEV, nil
	}
	if sr.DType() != linalg.Int64 {
		return sel, 0, eval.NewError(eval.ValueError, "when using select=\"i\", select_range must contain integers, got dtype %s (%c)", sr.DType(), sr.DType().Char())
	}
	ix := sr.Int64s()
	if min(ix[0], ix[1]) < 0 || max(ix[0], ix[1]) >= int64(n) {
		return sel, 0, eval.NewError(eval.ValueError, "select_range out of bounds")
	}
	sel.IL, sel.IU = int(ix[0]), int(ix[1])
	return sel, sel.IU - sel.IL + 1, nil
}

func scipyEigBanded(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var lower, only, overwrite, check bool
	var selV, rangeV eval.Value
	var maxEV int
	if err := c.Unpack(&a, &lower, &only, &overwrite, &selV, &rangeV, &maxEV, &check); err != nil {
		return nil, err
	}
	return c.overBatch("eig_banded", []*linalg.Array{a}, []int{2}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		return c.eigBanded(ms[0], lower, only, overwrite, selV, rangeV, maxEV, check)
	}))
}

func scipyEigvalsBanded(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var lower, overwrite, check bool
	var selV, rangeV eval.Value
	if err := c.Unpack(&a, &lower, &overwrite, &selV, &rangeV, &check); err != nil {
		return nil, err
	}
	return c.overBatch("eigvals_banded", []*linalg.Array{a}, []int{2}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		return c.eigBanded(ms[0], lower, true, overwrite, selV, rangeV, 0, check)
	}))
}

// eigBanded is eig_banded for one band matrix a: SciPy checks finiteness
// by check_finite only for eigvals_only or overwrite_a_band, and
// otherwise always (for float and complex input).
func (c *Call) eigBanded(a *linalg.Array, lower, only, overwrite bool, selV, rangeV eval.Value, maxEV int, check bool) ([]*linalg.Array, error) {
	if !only && !overwrite {
		check = a.DType() == linalg.Float64 || a.DType() == linalg.Complex128
	}
	a, err := scipyFinite(c, a, check)
	if err != nil {
		return nil, err
	}
	if a.Ndim() != 2 {
		return nil, eval.NewError(eval.ValueError, "expected a 2-D array")
	}
	sel := linalg.EigSelect{}
	if a.Size() > 0 {
		if sel, maxEV, err = c.scipyCheckSelect(selV, rangeV, maxEV, a.Shape()[1]); err != nil {
			return nil, err
		}
	}
	if sel.Kind == 0 || only {
		maxEV = 0
	}
	w, v, err := linalg.EigBanded(a, lower, !only, sel, maxEV)
	if err != nil {
		return nil, c.Err(a, err)
	}
	if only {
		return []*linalg.Array{w}, nil
	}
	return []*linalg.Array{w, v}, nil
}

func scipyEighTridiagonal(c *Call) (eval.Value, error) {
	var d, e *linalg.Array
	var only, check bool
	var selV, rangeV, tol, driver eval.Value
	if err := c.Unpack(&d, &e, &only, &selV, &rangeV, &check, &tol, &driver); err != nil {
		return nil, err
	}
	return c.overBatch("eigh_tridiagonal", []*linalg.Array{d, e}, []int{1, 1}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		return c.eighTridiagonal(ms[0], ms[1], only, selV, rangeV, check, tol, driver)
	}))
}

func scipyEigvalshTridiagonal(c *Call) (eval.Value, error) {
	var d, e *linalg.Array
	var check bool
	var selV, rangeV, tol, driver eval.Value
	if err := c.Unpack(&d, &e, &selV, &rangeV, &check, &tol, &driver); err != nil {
		return nil, err
	}
	return c.overBatch("eigvalsh_tridiagonal", []*linalg.Array{d, e}, []int{1, 1}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		return c.eighTridiagonal(ms[0], ms[1], true, selV, rangeV, check, tol, driver)
	}))
}

// tridiagonalDrivers are eigh_tridiagonal's lapack_driver values, in
// SciPy's order.
var tridiagonalDrivers = []string{"auto", "stemr", "sterf", "stebz", "stev", "stevd"}

// eighTridiagonal is eigh_tridiagonal for one (d, e) pair, with SciPy's
// checks in SciPy's order.
func (c *Call) eighTridiagonal(d, e *linalg.Array, only bool, selV, rangeV eval.Value, check bool, tol, driver eval.Value) ([]*linalg.Array, error) {
	d, e, err := scipyFinite2(c, d, e, check)
	if err != nil {
		return nil, err
	}
	for _, x := range []*linalg.Array{d, e} {
		if x.Ndim() != 1 {
			return nil, eval.NewError(eval.ValueError, "expected a 1-D array")
		}
		if x.DType() == linalg.Complex128 {
			return nil, eval.NewError(eval.TypeError, "Only real arrays currently supported")
		}
	}
	n := d.Size()
	if n != e.Size()+1 {
		return nil, eval.NewError(eval.ValueError, "d (%d) must have one more element than e (%d)", n, e.Size())
	}
	sel, _, err := c.scipyCheckSelect(selV, rangeV, 0, n)
	if err != nil {
		return nil, err
	}
	ds, ok := driver.(eval.String)
	if !ok {
		return nil, eval.NewError(eval.TypeError, "lapack_driver must be str")
	}
	drv := string(ds)
	known := false
	for _, k := range tridiagonalDrivers {
		known = known || k == drv
	}
	if !known {
		return nil, eval.NewError(eval.ValueError, "lapack_driver must be one of ('auto', 'stemr', 'sterf', 'stebz', 'stev', 'stevd'), got %s", drv)
	}
	if drv == "auto" {
		drv = "stevd"
		if sel.Kind != 0 {
			drv = "stebz"
		}
	}
	if n == 1 {
		// SciPy's quick exit keeps d's dtype.
		x := d.Float64s()[0]
		if sel.Kind == 1 && !(sel.VL < x && x <= sel.VU) {
			w, _ := linalg.Zeros(linalg.Float64, []int{0})
			v, _ := linalg.Zeros(d.DType(), []int{1, 0})
			return tridiagonalResult(only, w, v)
		}
		v, _ := linalg.Ones(d.DType(), []int{1, 1})
		return tridiagonalResult(only, d.Copy(), v)
	}
	switch drv {
	case "sterf":
		if sel.Kind != 0 {
			return nil, eval.NewError(eval.ValueError, "sterf can only be used when select == \"a\"")
		}
		if !only {
			return nil, eval.NewError(eval.ValueError, "sterf can only be used when eigvals_only is True")
		}
	case "stev", "stevd":
		if sel.Kind != 0 {
			return nil, eval.NewError(eval.ValueError, "%s can only be used when select == \"a\"", drv)
		}
	case "stebz":
		if _, err := eval.ToFloat(tol); err != nil {
			return nil, eval.NewError(eval.TypeError, "float() argument must be a string or a real number, not '%s'", tol.Type())
		}
	}
	w, v, err := linalg.EighTridiagonal(d, e, sel)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return tridiagonalResult(only, w, v)
}

// tridiagonalResult is w alone when only, else (w, v).
func tridiagonalResult(only bool, w, v *linalg.Array) ([]*linalg.Array, error) {
	if only {
		return []*linalg.Array{w}, nil
	}
	return []*linalg.Array{w, v}, nil
}

func scipyLdl(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var lower, herm, overwrite, check bool
	if err := c.Unpack(&a, &lower, &herm, &overwrite, &check); err != nil {
		return nil, err
	}
	return c.overBatch("ldl", []*linalg.Array{a}, []int{2}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		a, err := scipyFinite(c, ms[0], check)
		if err != nil {
			return nil, err
		}
		lu, d, perm, ws, err := linalg.LDL(a, lower, herm)
		if err != nil {
			return nil, c.Err(a, err)
		}
		warn(c.th, ws)
		return []*linalg.Array{lu, d, perm}, nil
	}))
}

// scipyCInt converts p as Cython converts a Python number to a C int: a
// float is truncated.
func scipyCInt(v eval.Value) (int, error) {
	switch v.(type) {
	case eval.Int, eval.Bool:
		return eval.ToIndex(v, "")
	case eval.Float:
		f, _ := eval.ToFloat(v)
		return int(f), nil
	}
	return 0, eval.NewError(eval.TypeError, "an integer is required")
}

// scipyCIntArray is scipyCInt for k, which SciPy's batching decorator has
// made a 0-d array.
func scipyCIntArray(k *linalg.Array) (int, error) {
	switch k.DType() {
	case linalg.Int64, linalg.Bool:
		return int(k.Int64s()[0]), nil
	case linalg.Float64:
		return int(k.Float64s()[0]), nil
	}
	return 0, eval.NewError(eval.TypeError, "an integer is required")
}

// scipyWhich is qr_insert's and qr_delete's which: true for 'col'.
func scipyWhich(v eval.Value) (bool, error) {
	s, _ := v.(eval.String)
	switch s {
	case "row":
		return false, nil
	case "col":
		return true, nil
	}
	return false, eval.NewError(eval.ValueError, "'which' must be either 'row' or 'col'")
}

func scipyQrUpdate(c *Call) (eval.Value, error) {
	var q, r, u, v *linalg.Array
	var overwrite, check bool
	if err := c.Unpack(&q, &r, &u, &v, &overwrite, &check); err != nil {
		return nil, err
	}
	return c.overBatch("qr_update", []*linalg.Array{q, r, u, v}, []int{2, 2, linalg.CoreOneOrTwo, linalg.CoreOneOrTwo}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		q1, r1, err := linalg.QRUpdate(ms[0], ms[1], ms[2], ms[3], check)
		if err != nil {
			return nil, c.Err(nil, err)
		}
		return []*linalg.Array{q1, r1}, nil
	}))
}

func scipyQrInsert(c *Call) (eval.Value, error) {
	var q, r, u, ka *linalg.Array
	var whichV, rcondV eval.Value
	var overwrite, check bool
	if err := c.Unpack(&q, &r, &u, &ka, &whichV, &rcondV, &overwrite, &check); err != nil {
		return nil, err
	}
	return c.overBatch("qr_insert", []*linalg.Array{q, r, u, ka}, []int{2, 2, linalg.CoreOneOrTwo, 0}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		col, err := scipyWhich(whichV)
		if err != nil {
			return nil, err
		}
		if !col && rcondV != eval.None {
			return nil, eval.NewError(eval.ValueError, "'rcond' is unused when inserting rows and must be None")
		}
		k, err := scipyCIntArray(ms[3])
		if err != nil {
			return nil, err
		}
		rc := 0.0
		if rcondV != eval.None {
			if rc, err = eval.ToFloat(rcondV); err != nil {
				return nil, err
			}
		}
		q1, r1, err := linalg.QRInsert(ms[0], ms[1], ms[2], k, col, rc, rcondV != eval.None, check, linalg.FormatShape(ms[2].Shape()))
		if err != nil {
			return nil, c.Err(nil, err)
		}
		return []*linalg.Array{q1, r1}, nil
	}))
}

func scipyQrDelete(c *Call) (eval.Value, error) {
	var q, r, ka *linalg.Array
	var pv, whichV eval.Value
	var overwrite, check bool
	if err := c.Unpack(&q, &r, &ka, &pv, &whichV, &overwrite, &check); err != nil {
		return nil, err
	}
	return c.overBatch("qr_delete", []*linalg.Array{q, r, ka}, []int{2, 2, 0}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		k, err := scipyCIntArray(ms[2])
		if err != nil {
			return nil, err
		}
		p, err := scipyCInt(pv)
		if err != nil {
			return nil, err
		}
		col, err := scipyWhich(whichV)
		if err != nil {
			return nil, err
		}
		q1, r1, err := linalg.QRDelete(ms[0], ms[1], k, p, col, check)
		if err != nil {
			return nil, c.Err(nil, err)
		}
		return []*linalg.Array{q1, r1}, nil
	}))
}

// scipyPyInt is Python's int() of a number: a float is truncated.
func scipyPyInt(v eval.Value) (int, error) {
	if f, ok := v.(eval.Float); ok {
		return int(float64(f)), nil
	}
	return eval.ToIndex(v, "int() argument must be a string, a bytes-like object or a real number, not '"+v.Type()+"'")
}

func scipyCossin(c *Call) (eval.Value, error) {
	var xv, pv, qv eval.Value
	var separate, swap, cu, cv bool
	if err := c.Unpack(&xv, &pv, &qv, &separate, &swap, &cu, &cv); err != nil {
		return nil, err
	}
	var blocks []*linalg.Array
	switch {
	case pv.Truth() || qv.Truth():
		p, q := 1, 1
		var err error
		if pv != eval.None {
			if p, err = scipyPyInt(pv); err != nil {
				return nil, err
			}
		}
		if qv != eval.None {
			if q, err = scipyPyInt(qv); err != nil {
				return nil, err
			}
		}
		x, err := c.in.arrayArg(c.th, xv)
		if err != nil {
			return nil, err
		}
		if x, err = scipyFinite(c, x, true); err != nil {
			return nil, err
		}
		sh := x.Shape()
		if len(sh) < 2 || sh[len(sh)-1] != sh[len(sh)-2] {
			return nil, eval.NewError(eval.ValueError, "Cosine Sine decomposition only supports square matrices, got %s", linalg.FormatShape(sh[max(len(sh)-2, 0):]))
		}
		m := sh[len(sh)-2]
		if p >= m || p <= 0 {
			return nil, eval.NewError(eval.ValueError, "invalid p=%d, 0<p<%d must hold", p, m)
		}
		if q >= m || q <= 0 {
			return nil, eval.NewError(eval.ValueError, "invalid q=%d, 0<q<%d must hold", q, m)
		}
		part := func(rows, cols linalg.IndexItem) (*linalg.Array, error) {
			items := make([]linalg.IndexItem, len(sh)-2, len(sh))
			for i := range items {
				items[i] = linalg.IndexItem{Kind: linalg.IndexSlice}
			}
			b, err := x.Index(append(items, rows, cols))
			if err != nil {
				return nil, c.Err(nil, err)
			}
			return b.AsArray(), nil
		}
		upTo := func(k int) linalg.IndexItem {
			return linalg.IndexItem{Kind: linalg.IndexSlice, Stop: k, HasStop: true}
		}
		from := func(k int) linalg.IndexItem {
			return linalg.IndexItem{Kind: linalg.IndexSlice, Start: k, HasStart: true}
		}
		for _, rc := range [][2]linalg.IndexItem{{upTo(p), upTo(q)}, {upTo(p), from(q)}, {from(p), upTo(q)}, {from(p), from(q)}} {
			b, err := part(rc[0], rc[1])
			if err != nil {
				return nil, err
			}
			blocks = append(blocks, b)
		}
	default:
		var items []eval.Value
		switch t := xv.(type) {
		case eval.Tuple:
			items = t
		case *eval.List:
			items = t.Elems()
		case *Array:
			if t.a.Ndim() == 0 {
				return nil, eval.NewError(eval.TypeError, "len() of unsized object")
			}
			for i := 0; i < t.a.Shape()[0]; i++ {
				r, err := t.a.Index([]linalg.IndexItem{linalg.Int(i)})
				if err != nil {
					return nil, c.Err(nil, err)
				}
				items = append(items, &Array{a: r, in: c.in})
			}
		default:
			if _, ok := xv.(eval.Iterable); !ok {
				return nil, eval.NewError(eval.ValueError, "When p and q are None, X must be an Iterable containing the subblocks of X")
			}
			var err error
			if items, err = eval.Collect(c.th, xv); err != nil {
				return nil, err
			}
		}
		if len(items) != 4 {
			return nil, eval.NewError(eval.ValueError, "When p and q are None, exactly four arrays should be in X, got %d", len(items))
		}
		for _, it := range items {
			b, err := c.in.arrayArg(c.th, it)
			if err != nil {
				return nil, err
			}
			if b.Ndim() < 2 {
				b, _ = b.AsArray().Reshape([]int{1, b.Size()})
			}
			blocks = append(blocks, b)
		}
	}
	batched := false
	for _, b := range blocks {
		batched = batched || b.Ndim() > 2
	}
	if batched && separate {
		return nil, c.notSupported("separate=True for a batch of matrices")
	}
	r, err := c.overBatch("_cossin", blocks, []int{2, 2, 2, 2}, arrayResults(c, func(ms []*linalg.Array) ([]*linalg.Array, error) {
		for i, name := range []string{"x11", "x12", "x21", "x22"} {
			if ms[i].Shape()[1] == 0 {
				return nil, eval.NewError(eval.ValueError, "%s can't be empty", name)
			}
		}
		p, q := ms[0].Shape()[0], ms[0].Shape()[1]
		mp, mq := ms[3].Shape()[0], ms[3].Shape()[1]
		if sh := ms[1].Shape(); sh[0] != p || sh[1] != mq {
			return nil, eval.NewError(eval.ValueError, "Invalid x12 dimensions: desired %s, got %s", linalg.FormatShape([]int{p, mq}), linalg.FormatShape(sh))
		}
		if sh := ms[2].Shape(); sh[0] != mp || sh[1] != q {
			return nil, eval.NewError(eval.ValueError, "Invalid x21 dimensions: desired %s, got %s", linalg.FormatShape([]int{mp, q}), linalg.FormatShape(sh))
		}
		if p+mp != q+mq {
			return nil, eval.NewError(eval.ValueError, "The subblocks have compatible sizes but don't form a square array (instead they form a %dx%d array). This might be due to missing p, q arguments.", p+mp, q+mq)
		}
		if p == 0 || mp == 0 {
			return nil, c.notSupported("an empty block")
		}
		u1, u2, theta, v1h, v2h, err := linalg.CosSin(ms[0], ms[1], ms[2], ms[3], swap)
		if err != nil {
			return nil, c.Err(nil, err)
		}
		if !cu {
			u1, _ = linalg.Zeros(u1.DType(), []int{0, 0})
			u2 = u1
		}
		if !cv {
			v1h, _ = linalg.Zeros(v1h.DType(), []int{0, 0})
			v2h = v1h
		}
		if separate {
			return []*linalg.Array{u1, u2, theta, v1h, v2h}, nil
		}
		return []*linalg.Array{linalg.BlockDiag2(u1, u2), linalg.CosSinMiddle(theta.Float64s(), p+mp, p, q, swap), linalg.BlockDiag2(v1h, v2h)}, nil
	}))
	if t, ok := r.(eval.Tuple); ok && separate && err == nil {
		// ((U1, U2), theta, (V1H, V2H))
		return eval.Tuple{eval.Tuple{t[0], t[1]}, t[2], eval.Tuple{t[3], t[4]}}, nil
	}
	return r, err
}
