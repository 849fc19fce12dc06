package sci

import (
	"math"
	"regexp"
	"slices"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// scipySpecial is the part of scipy.linalg SciPy files in
// _special_matrices.py (the special matrices), with the small helpers of
// _cythonized_array_utils (bandwidth, issymmetric, ishermitian),
// khatri_rao, diagsvd, the sketch of _sketches.py, and the functions that
// hand out BLAS and LAPACK routines, which golinalg has none of.
var scipySpecial = []*Func{
	{Sig: "toeplitz(c, r=None)", Py: true, Body: scipyToeplitz, Doc: `Toeplitz matrix: constant along each diagonal, with first column c and first row r (r[0] is ignored; c[0] sits on the diagonal). Without r, r is the conjugate of c and the matrix is Hermitian. Leading axes of c and r are broadcast batches.

Parameters
----------
` + docColumnRow("First row") + `

Returns
-------
A : (len(c), len(r)) ndarray
    The Toeplitz matrix, of the promoted dtype of c and r.`},
	{Sig: "circulant(c)", Py: true, Body: scipyCirculant, Doc: `Circulant matrix: first column c, each further column the previous one rotated down by one, A[i, j] = c[(i - j) mod n]. Leading axes of c are batches.

Parameters
----------
c : array_like, 1-D
    First column.

Returns
-------
A : (..., len(c), len(c)) ndarray
    The circulant matrix.`},
	{Sig: "hankel(c, r=None)", Py: true, Body: scipyHankel, Doc: `Hankel matrix: constant along each anti-diagonal, with first column c and last row r (r[0] is ignored). Without r, the entries below the anti-diagonal are zero. Multidimensional c or r are raveled, with SciPy 1.17's FutureWarning.

Parameters
----------
` + docColumnRow("Last row") + `

Returns
-------
A : (len(c), len(r)) ndarray
    The Hankel matrix.`},
	{Sig: "hilbert(n)", Py: true, Body: scipyHilbert, Doc: `Hilbert matrix of order n: H[i, j] = 1 / (i + j + 1), the classic ill-conditioned test matrix.

Parameters
----------
n : int
    The order.

Returns
-------
h : (n, n) ndarray
    The Hilbert matrix, float64.`},
	{Sig: "invhilbert(n, exact=False)", Py: true, Body: scipyInvHilbert, Doc: `Inverse of the Hilbert matrix of order n, from the closed form of its entries, which are integers: (-1)**(i+j) (i+j+1) C(n+i, n-j-1) C(n+j, n-i-1) C(i+j, i)**2.

Parameters
----------
n : int
    The order.
exact : bool, optional
    Exact integers (int64) instead of float64. For n > 14 the entries exceed int64 and SciPy returns an object array, which golinalg does not support (NotImplementedError).

Returns
-------
invh : (n, n) ndarray
    The inverse, float64, or int64 with exact.

Raises
------
ValueError
    If n is negative.`},
	{Sig: "hadamard(n, dtype=<class 'int'>)", Py: true, Body: scipyHadamard, Doc: `Hadamard matrix of order n by Sylvester's construction, H_2n = [[H_n, H_n], [H_n, -H_n]]: entries ±1, mutually orthogonal rows. n must be a power of 2.

Parameters
----------
n : int
    The order, a power of 2.
dtype : dtype, optional
    Data type of the result: int (int64), float, complex or bool (bool fails for n > 1 at the negation, as in NumPy). Other NumPy dtypes are not supported by golinalg.

Returns
-------
H : (n, n) ndarray
    The Hadamard matrix.

Raises
------
ValueError
    If n is not a positive power of 2.`},
	{Sig: "leslie(f, s)", Py: true, Body: scipyBatch(scipyLeslie, "f", "s"), Doc: `Leslie matrix of an age-structured population model: zero but for the fecundity coefficients f in the first row and the survival coefficients s on the first subdiagonal. Leading axes of f and s are broadcast batches.

Parameters
----------
f : (..., N) array_like
    Fecundity coefficients.
s : (..., N-1) array_like
    Survival coefficients, at least one.

Returns
-------
L : (..., N, N) ndarray
    The Leslie matrix, of the dtype of f[0] + s[0].

Raises
------
ValueError
    If the lengths do not fit, or s is empty.`},
	{Sig: "block_diag(*arrs)", Py: true, Body: scipyBlockDiag, Doc: `Block diagonal matrix of the given arrays: A, B, C, ... along the diagonal of the last two axes, zeros elsewhere. A 0-d array is a 1×1 block and a 1-d one a single row; empty blocks still take their rows or columns. Leading axes are broadcast batches.

Parameters
----------
A, B, C, ... : array_like
    The blocks.

Returns
-------
D : ndarray
    The block diagonal matrix, of the promoted dtype of the blocks. Without blocks, an empty (1, 0) float64 array.`},
	{Sig: "companion(a)", Py: true, Body: scipyCompanion, Doc: `Companion matrix of the polynomial with coefficients a (highest degree first): first row -a[1:] / a[0], ones on the first subdiagonal. Its eigenvalues are the polynomial's roots. Leading axes of a are batches.

Parameters
----------
a : (..., N) array_like
    Polynomial coefficients, N >= 2, a[..., 0] nonzero.

Returns
-------
c : (..., N-1, N-1) ndarray
    The companion matrix, of the dtype of 1.0 * a[0].

Raises
------
ValueError
    If N < 2 or a leading coefficient is zero.`},
	{Sig: "helmert(n, full=False)", Py: true, Body: scipyHelmert, Doc: `Helmert matrix of order n: an orthogonal matrix whose first row is 1/sqrt(n) and whose row i >= 1 contrasts the first i entries with entry i.

Parameters
----------
n : int
    The order.
full : bool, optional
    Return the full (n, n) matrix; otherwise the (n-1, n) matrix without the first row.

Returns
-------
M : ndarray
    The Helmert matrix, float64.`},
	{Sig: "pascal(n, kind='symmetric', exact=True)", Py: true, Body: scipyPascal, Doc: `Pascal matrix of order n, of binomial coefficients: lower triangular L[i, j] = C(i, j), its transpose, or the symmetric L @ L.T with entries C(i + j, i).

Parameters
----------
n : int
    The order.
kind : {'symmetric', 'lower', 'upper'}, optional
    Which Pascal matrix.
exact : bool, optional
    SciPy's exact result is a uint64 (or, for n >= 35, object) array, which golinalg does not support (NotImplementedError); with False the coefficients are float64, computed as scipy.special.comb(exact=False) computes them.

Returns
-------
p : (n, n) ndarray
    The Pascal matrix.

Raises
------
ValueError
    If kind is not one of the three.`},
	{Sig: "invpascal(n, kind='symmetric', exact=True)", Py: true, Body: scipyInvPascal, Doc: `Inverse of the Pascal matrix of order n (see pascal), whose entries are integers.

Parameters
----------
n : int
    The order.
kind : {'symmetric', 'lower', 'upper'}, optional
    Which Pascal matrix to invert.
exact : bool, optional
    Exact int64 entries; otherwise float64. Where SciPy's exact result is an object array (n > 34) golinalg raises NotImplementedError.

Returns
-------
invp : (n, n) ndarray
    The inverse.

Raises
------
ValueError
    If kind is not one of the three, or n is negative.`},
	{Sig: "dft(n, scale=None)", Py: true, Body: scipyDFT, Doc: `Discrete Fourier transform matrix of order n: m[j, k] = w**(j*k) with w = exp(-2j*pi/n), so that m @ x is the DFT of x.

Parameters
----------
n : int
    The order.
scale : {None, 'sqrtn', 'n'}, optional
    Divide the matrix by sqrt(n) (making it unitary) or by n.

Returns
-------
m : (n, n) ndarray
    The DFT matrix, complex128.

Raises
------
ValueError
    If scale is not one of the three.`},
	{Sig: "fiedler(a)", Py: true, Body: scipyFiedler, Doc: `Fiedler matrix of the sequence a: F[i, j] = abs(a[i] - a[j]), symmetric with a zero diagonal. Leading axes of a are batches.

Parameters
----------
a : (..., n) array_like
    The sequence.

Returns
-------
F : (..., n, n) ndarray
    The Fiedler matrix. An empty a gives an empty 1-D float64 array, one of one element [[0.0]].`},
	{Sig: "fiedler_companion(a)", Py: true, Body: scipyFiedlerCompanion, Doc: `Fiedler companion matrix of the polynomial with coefficients a (highest degree first): a pentadiagonal matrix whose eigenvalues are the polynomial's roots. The coefficients are first divided by a[0]. Leading axes of a are batches.

Parameters
----------
a : (..., N) array_like
    Polynomial coefficients, a[0] nonzero. For N < 2 the result is an empty array.

Returns
-------
c : (..., N-1, N-1) ndarray
    The Fiedler companion matrix.

Raises
------
ValueError
    If the leading coefficient is zero.`},
	{Sig: "convolution_matrix(a, n, mode='full')", Py: true, Body: scipyConvolutionMatrix, Doc: `Convolution matrix: the Toeplitz matrix A with n columns for which A @ v equals np.convolve(a, v, mode). Leading axes of a are batches.

Parameters
----------
a : (..., m) array_like
    The sequence to convolve with, m >= 1.
n : int
    Number of columns, the length of v; positive.
mode : {'full', 'valid', 'same'}, optional
    As for np.convolve: m + n - 1, max(m, n) - min(m, n) + 1 or max(m, n) rows.

Returns
-------
A : (..., k, n) ndarray
    The convolution matrix, of a's dtype.

Raises
------
ValueError
    If n is not positive, a is empty, or mode is unknown.`},
	{Sig: "khatri_rao(a, b)", Py: true, Body: scipyBatch(scipyKhatriRao, "a", "b"), Doc: `Khatri-Rao product: the column-wise Kronecker product of a (n, k) and b (m, k), whose column j is kron(a[:, j], b[:, j]). Leading axes are broadcast batches.

Parameters
----------
a : (n, k) array_like
    First matrix.
b : (m, k) array_like
    Second matrix, with as many columns.

Returns
-------
c : (n*m, k) ndarray
    The Khatri-Rao product.

Raises
------
ValueError
    If a or b is not 2-D, or their column counts differ.`},
	{Sig: "diagsvd(s, M, N)", Py: true, Body: scipyBatch(scipyDiagSVD, "s"), Doc: `The (M, N) matrix Sigma of an SVD from its singular values s: s on the diagonal, zeros elsewhere, of s's dtype.

Parameters
----------
s : (M,) or (N,) array_like
    Singular values.
M : int
    Rows.
N : int
    Columns.

Returns
-------
S : (M, N) ndarray
    The matrix.

Raises
------
ValueError
    If len(s) is neither M nor N.`},
	{Sig: "bandwidth(a)", Py: true, Body: scipyBatch(scipyBandwidth, "a"), Doc: `Lower and upper bandwidth of a 2-D array: the largest i - j and j - i over its nonzero entries, each 0 for a triangular side. Scanned as SciPy 1.17 scans (neither the last column for the lower band nor the last row for the upper one is read). Leading axes are batches, giving two arrays.

Parameters
----------
a : (N, M) ndarray
    The array.

Returns
-------
lu : tuple
    (lower, upper); an empty array gives (0, 0).

Raises
------
ValueError
    If a is not 2-D.`},
	{Sig: "issymmetric(a, atol=None, rtol=None)", Py: true, Body: scipyBatch(scipyIsSym(false), "a"), Doc: `Whether a square 2-D array is symmetric, a == a.T. Without tolerances the comparison is exact (NaN off the diagonal is never symmetric; the diagonal is not read); with atol or rtol (the other then 0) it is np.allclose(a, a.T). Complex arrays are tested for symmetry, not Hermitian symmetry. Leading axes are batches.

` + docSymTol + `

Returns
-------
sym : bool
    True if symmetric; True for an empty array.

` + docSymRaises},
	{Sig: "ishermitian(a, atol=None, rtol=None)", Py: true, Body: scipyBatch(scipyIsSym(true), "a"), Doc: `Whether a square 2-D array is Hermitian, a == a.conj().T; exactly, or with atol or rtol by np.allclose. A complex diagonal must be real. Leading axes are batches.

` + docSymTol + `

Returns
-------
her : bool
    True if Hermitian; True for an empty array.

` + docSymRaises},
	{Sig: "clarkson_woodruff_transform(input_matrix, sketch_size, rng=None, *, seed=None)", Py: true, Body: scipyCWT, Doc: `Clarkson-Woodruff (CountSketch) transform: S @ input_matrix for a random (sketch_size, n) matrix S with one entry +1 or -1, in a random row, per column, so that norm(A @ x) is close to norm(S @ A @ x) with high probability. The random draws are NumPy's, number for number.

Parameters
----------
input_matrix : (..., n, d) ndarray
    The matrix to sketch (dense; leading axes are batches).
sketch_size : int
    Rows of the sketch.
rng : {None, int, numpy.random.Generator}, optional
    By keyword, passed through numpy.random.default_rng. By position, as seed.
seed : {None, int, numpy.random.Generator}, optional
    Old name of rng: an int seeds a legacy RandomState (MT19937), None uses the global RandomState of np.random.seed.

Returns
-------
A' : (..., sketch_size, d) ndarray
    The sketch.

Raises
------
TypeError
    If both rng and seed are given.`},
	{Sig: "get_blas_funcs(names, arrays=(), dtype=None, ilp64=False)", Py: true, Body: scipyNoFortran, Doc: `Return BLAS routines by name. golinalg has no Fortran BLAS to hand out: NotImplementedError.

` + docFortranFuncs("BLAS")},
	{Sig: "get_lapack_funcs(names, arrays=(), dtype=None, ilp64=False)", Py: true, Body: scipyNoFortran, Doc: `Return LAPACK routines by name. golinalg has no Fortran LAPACK to hand out: NotImplementedError.

` + docFortranFuncs("LAPACK")},
	{Sig: "find_best_blas_type(arrays=(), dtype=None)", Py: true, Body: scipyNoFortran, Doc: `Find the BLAS/LAPACK type prefix for arrays. Part of SciPy's interface to its Fortran routines, which golinalg does not have: NotImplementedError.

Parameters
----------
arrays : sequence of ndarrays, optional
    The arrays.
dtype : str or dtype, optional
    A data type.

Raises
------
NotImplementedError
    Always.`},
}

// Docstring pieces of issymmetric and ishermitian.
const (
	docSymTol    = "Parameters\n----------\na : (N, N) ndarray\n    The array.\natol : float, optional\n    Absolute tolerance.\nrtol : float, optional\n    Relative tolerance."
	docSymRaises = "Raises\n------\nValueError\n    If a is not 2-D or not square."
)

// docFortranFuncs documents the parameters of get_blas_funcs and
// get_lapack_funcs (lib "BLAS" or "LAPACK") and their refusal.
func docFortranFuncs(lib string) string {
	return "Parameters\n----------\nnames : str or sequence of str\n    " + lib + " routine names without the type prefix.\narrays : sequence of ndarrays, optional\n    Arrays that choose the type prefix.\ndtype : str or dtype, optional\n    Data type that chooses it instead.\nilp64 : {True, False, 'preferred'}, optional\n    64-bit integer " + lib + ".\n\nRaises\n------\nNotImplementedError\n    Always."
}

// scipySpecialResult maps the special-matrix constructors' result: the
// array, or the linalg error as Python's exception.
func scipySpecialResult(c *Call, a *linalg.Array, err error) (eval.Value, error) {
	if err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(a), nil
}

// scipyToeplitz: SciPy takes r as c.conjugate() when it is None, then
// maps _toeplitz over the batches of c and r.
func scipyToeplitz(c *Call) (eval.Value, error) {
	var col, row *linalg.Array
	if err := c.Unpack(&col, &row); err != nil {
		return nil, err
	}
	col = linalg.AtLeast1D(col)
	if row == nil {
		var err error
		if row, _, err = linalg.Unary(linalg.OpConj, col); err != nil {
			return nil, c.Err(nil, err)
		}
	}
	return c.overBatch("_toeplitz", []*linalg.Array{col, linalg.AtLeast1D(row)}, []int{1, 1}, func(v []*linalg.Array) (eval.Value, error) {
		a, _, err := linalg.Toeplitz(v[0], v[1])
		return scipySpecialResult(c, a, err)
	})
}

// scipyCirculant: leading axes of c are a batch, an empty one included.
func scipyCirculant(c *Call) (eval.Value, error) {
	var col *linalg.Array
	if err := c.Unpack(&col); err != nil {
		return nil, err
	}
	col = linalg.AtLeast1D(col)
	shape := col.Shape()
	nd := len(shape)
	if nd == 1 {
		a, _, err := linalg.Circulant(col)
		return scipySpecialResult(c, a, err)
	}
	if slices.Contains(shape[:nd-1], 0) {
		a, err := linalg.Zeros(col.DType(), append(shape[:nd-1:nd-1], shape[nd-1], shape[nd-1]))
		return scipySpecialResult(c, a, err)
	}
	a, err := linalg.ApplyAlongLastAxis(col, func(v *linalg.Array) (*linalg.Array, error) {
		r, _, err := linalg.Circulant(v)
		return r, err
	})
	return scipySpecialResult(c, a, err)
}

// scipyHankel: SciPy 1.17 ravels n-d c and r, with a FutureWarning (1.19
// will treat them as batches).
func scipyHankel(c *Call) (eval.Value, error) {
	var col, row *linalg.Array
	if err := c.Unpack(&col, &row); err != nil {
		return nil, err
	}
	if col.Ndim() > 1 || row != nil && row.Ndim() > 1 {
		warn(c.th, []linalg.Warning{{Category: "FutureWarning", Msg: "Beginning in SciPy 1.19, multidimensional input will be treated as a batch, not `ravel`ed. To preserve the existing behavior and silence this warning, `ravel` arguments before passing them to `hankel`."}})
		col = col.Ravel()
		if row != nil {
			row = row.Ravel()
		}
	}
	// SciPy concatenates c with r[1:] (r defaulting to zeros_like(c)).
	switch {
	case row == nil && col.Ndim() == 0, row != nil && row.Ndim() == 0:
		return nil, eval.NewError(eval.IndexError, "too many indices for array: array is 0-dimensional, but 1 were indexed")
	case col.Ndim() == 0:
		return nil, eval.NewError(eval.ValueError, "zero-dimensional arrays cannot be concatenated")
	}
	a, _, err := linalg.Hankel(col, row)
	return scipySpecialResult(c, a, err)
}

// scipyHilbert: SciPy computes 1 / (1 + arange(2n - 1)) and slices it by
// n, so a float n fails at the slice, with that message.
func scipyHilbert(c *Call) (eval.Value, error) {
	var nv eval.Value
	if err := c.Unpack(&nv); err != nil {
		return nil, err
	}
	n, err := eval.ToIndex(nv, "")
	if err != nil {
		if _, isFloat := nv.(eval.Float); isFloat {
			return nil, eval.NewError(eval.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		return nil, err
	}
	a, err := linalg.Hilbert(n)
	return scipySpecialResult(c, a, err)
}

// docColumnRow documents the c and r of toeplitz and hankel.
func docColumnRow(row string) string {
	return "c : array_like, 1-D\n    First column.\nr : array_like, 1-D, optional\n    " + row + "."
}

// scipyObjectDType is the NotImplementedError for a result SciPy gives
// as an array of dtype name ("object", "uint64"), which golinalg lacks.
func (c *Call) scipyObjectDType(name string) error {
	return eval.NewError(eval.NotImplementedError, "%s: the result has dtype %s in SciPy, which golinalg does not support", c.qual, name)
}

// scipyDim reads an order n that SciPy passes to np.ones((n, n)) or
// np.empty((n, n)), with NumPy's errors for a shape: a bool is refused,
// as is any non-integer.
func scipyDim(v eval.Value) (int, error) {
	switch v.(type) {
	case eval.Bool:
		return 0, eval.NewError(eval.TypeError, "an integer is required")
	case eval.BigInt:
		return 0, eval.NewError(eval.ValueError, "Maximum allowed dimension exceeded")
	}
	n, err := eval.ToIndex(v, "")
	if err != nil {
		return 0, eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", v.Type())
	}
	return n, nil
}

func scipyInvHilbert(c *Call) (eval.Value, error) {
	var nv eval.Value
	var exact bool
	if err := c.Unpack(&nv, &exact); err != nil {
		return nil, err
	}
	n, err := scipyDim(nv)
	if err != nil {
		return nil, err
	}
	a, ok, err := linalg.InvHilbert(n, exact)
	if err == nil && !ok {
		return nil, c.scipyObjectDType("object")
	}
	return scipySpecialResult(c, a, err)
}

// numpyDTypeName matches the names NumPy reads as dtypes that golinalg
// lacks (float32, 'i4', '<U1', object, ...), as opposed to names that are
// no dtype at all.
var numpyDTypeName = regexp.MustCompile(`^[<>=|]?(?:[bhilqpBHILQPefdgFDGOSUVaumMc?]\d*|(?:u?int|float|complex)\d*|object|str|bytes|bool_?|half|single|double|longdouble|clongdouble|csingle|cdouble|longlong|ulonglong|short|ushort|intc|uintc|byte|ubyte|intp|uintp|datetime64|timedelta64)$`)

// scipyHadamard follows SciPy's test of n: int(math.log(n, 2)) for n >= 1,
// and 2**lg2 == n, which a float n such as 2.0 passes.
func scipyHadamard(c *Call) (eval.Value, error) {
	var nv, dv eval.Value
	if err := c.Unpack(&nv, &dv); err != nil {
		return nil, err
	}
	x, err := eval.ToFloat(nv)
	if err != nil {
		return nil, eval.NewError(eval.TypeError, "'<' not supported between instances of '%s' and 'int'", nv.Type())
	}
	lg2 := 0
	if x >= 1 {
		lg2 = int(linalg.CrLog(x) / linalg.CrLog(2))
	}
	if math.Pow(2, float64(lg2)) != x {
		return nil, eval.NewError(eval.ValueError, "n must be an positive integer, and n must be a power of 2")
	}
	// Then np.array([[1]], dtype=dtype).
	var d linalg.DType = linalg.Int64
	if dv != eval.None {
		if d, err = toDType(dv); err != nil {
			if s, ok := dv.(eval.String); ok && numpyDTypeName.MatchString(string(s)) {
				return nil, c.notSupported("dtype=" + eval.Repr(dv))
			}
			return nil, err
		}
	}
	a, err := linalg.Hadamard(lg2, d)
	return scipySpecialResult(c, a, err)
}

func scipyLeslie(c *Call) (eval.Value, error) {
	var f, s *linalg.Array
	if err := c.Unpack(&f, &s); err != nil {
		return nil, err
	}
	return c.overBatch("leslie", []*linalg.Array{f, s}, []int{1, 1}, func(v []*linalg.Array) (eval.Value, error) {
		a, err := linalg.Leslie(v[0], v[1])
		return scipySpecialResult(c, a, err)
	})
}

func scipyBlockDiag(c *Call) (eval.Value, error) {
	var args []eval.Value
	if err := c.Unpack(&args); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		args = []eval.Value{eval.NewList(nil)}
	}
	arrs := make([]*linalg.Array, len(args))
	batches := make([][]int, len(args))
	for i, v := range args {
		a, err := c.in.arrayArg(c.th, v)
		if err != nil {
			return nil, err
		}
		for a.Ndim() < 2 {
			if a, err = a.ExpandDims(0); err != nil {
				return nil, c.Err(nil, err)
			}
		}
		arrs[i], batches[i] = a, a.Shape()[:a.Ndim()-2]
	}
	batch, err := linalg.BroadcastShapesArgs(batches)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	a, err := linalg.BlockDiag(arrs, batch)
	return scipySpecialResult(c, a, err)
}

func scipyCompanion(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	r, ws, err := linalg.Companion(a)
	warn(c.th, ws)
	return scipySpecialResult(c, r, err)
}

func scipyHelmert(c *Call) (eval.Value, error) {
	var nv eval.Value
	var full bool
	if err := c.Unpack(&nv, &full); err != nil {
		return nil, err
	}
	n, err := scipyDim(nv)
	if err != nil {
		return nil, err
	}
	a, err := linalg.Helmert(n, full)
	return scipySpecialResult(c, a, err)
}

// scipyKind checks the kind of pascal and invpascal, with msg, SciPy's
// message for an unknown one.
func scipyKind(kind, msg string) error {
	switch kind {
	case "symmetric", "lower", "upper":
		return nil
	}
	return eval.NewError(eval.ValueError, "%s", msg)
}

// scipyPascal: SciPy's exact result is uint64 (object for n >= 35), a
// dtype golinalg lacks; the inexact one builds with np.ogrid, which takes a
// float n as arange does.
func scipyPascal(c *Call) (eval.Value, error) {
	var nv, kv eval.Value
	var exact bool
	if err := c.Unpack(&nv, &kv, &exact); err != nil {
		return nil, err
	}
	kind, _ := kv.(eval.String)
	if err := scipyKind(string(kind), "kind must be 'symmetric', 'lower', or 'upper'"); err != nil {
		return nil, err
	}
	if exact {
		n, err := scipyDim(nv)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, eval.NewError(eval.ValueError, "negative dimensions are not allowed")
		}
		if n >= 35 {
			return nil, c.scipyObjectDType("object")
		}
		return nil, c.scipyObjectDType("uint64")
	}
	x, err := eval.ToFloat(nv)
	if err != nil {
		return nil, eval.NewError(eval.TypeError, "unsupported operand type(s) for -: '%s' and 'int'", nv.Type())
	}
	a, err := linalg.Pascal(int(math.Ceil(x)), string(kind))
	return scipySpecialResult(c, a, err)
}

func scipyInvPascal(c *Call) (eval.Value, error) {
	var nv, kv eval.Value
	var exact bool
	if err := c.Unpack(&nv, &kv, &exact); err != nil {
		return nil, err
	}
	kind, _ := kv.(eval.String)
	if err := scipyKind(string(kind), "'kind' must be 'symmetric', 'lower' or 'upper'."); err != nil {
		return nil, err
	}
	n, err := scipyDim(nv)
	if err != nil {
		return nil, err
	}
	a, ok, err := linalg.InvPascal(n, string(kind), exact)
	if err == nil && !ok {
		return nil, c.scipyObjectDType("object")
	}
	return scipySpecialResult(c, a, err)
}

// scipyDFT builds the matrix with NumPy's operations in SciPy's order,
// exp(-2j*pi*arange(n)/n).reshape(-1, 1) ** arange(n), so its last bits
// are NumPy's: n may be a float, as np.arange takes it.
func scipyDFT(c *Call) (eval.Value, error) {
	var nv, sv eval.Value
	if err := c.Unpack(&nv, &sv); err != nil {
		return nil, err
	}
	scale := ""
	if sv != eval.None {
		s, _ := sv.(eval.String)
		if s != "sqrtn" && s != "n" {
			return nil, eval.NewError(eval.ValueError, "scale must be None, 'sqrtn', or 'n'; %s is not valid.", eval.Repr(sv))
		}
		scale = string(s)
	}
	// np.arange(n) is int64 for an integer n (bool, int, NumPy integer),
	// float64 for a float one.
	var stop any
	var n float64
	if k, err := eval.ToIndex(nv, ""); err == nil {
		stop, n = int64(k), float64(k)
	} else {
		f, err := eval.ToFloat(nv)
		switch {
		case err == nil:
		case nv.Type() == "complex":
			return nil, c.notSupported("n=<complex>")
		default:
			return nil, eval.NewError(eval.TypeError, "unsupported operand type(s) for -: '%s' and 'int'", nv.Type())
		}
		stop, n = f, f
	}
	m, err := dftMatrix(stop, n)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	if m, err = linalg.DFTScaled(m, scale, n); err != nil {
		return nil, c.Err(nil, err)
	}
	return c.Wrap(m), nil
}

// dftMatrix is exp(-2j*pi*arange(stop)/n).reshape(-1, 1) ** arange(stop).
func dftMatrix(stop any, n float64) (*linalg.Array, error) {
	k, err := linalg.Arange(int64(0), stop, int64(1))
	if err != nil {
		return nil, err
	}
	// -2j * np.pi in CPython 3.11: the float becomes (pi, 0) and the
	// product's real part is -0.0*pi - (-2)*0.0 = 0.0.
	w, _ := linalg.Scalar(complex(0, -2*math.Pi))
	nv, _ := linalg.Scalar(n)
	if _, isInt := stop.(int64); isInt {
		nv, _ = linalg.Scalar(int64(n))
	}
	e, _, err := linalg.Binary(linalg.OpMul, w, k)
	if err != nil {
		return nil, err
	}
	if e, _, err = linalg.Binary(linalg.OpDiv, e, nv); err != nil {
		return nil, err
	}
	if e, _, err = linalg.Unary(linalg.OpExp, e); err != nil {
		return nil, err
	}
	if e, err = e.Reshape([]int{-1, 1}); err != nil {
		return nil, err
	}
	if err := linalg.CheckAlloc(linalg.Complex128, []int{k.Size(), k.Size()}); err != nil {
		return nil, err
	}
	m, _, err := linalg.Binary(linalg.OpPow, e, k)
	return m, err
}

func scipyFiedler(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	r, err := linalg.Fiedler(a)
	return scipySpecialResult(c, r, err)
}

func scipyFiedlerCompanion(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	r, ws, err := linalg.FiedlerCompanion(a)
	warn(c.th, ws)
	return scipySpecialResult(c, r, err)
}

// scipyConvolutionMatrix checks in SciPy's order: n <= 0, an empty a, the
// mode, then (in np.pad) a non-integer n.
func scipyConvolutionMatrix(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var nv eval.Value
	var mode string
	if err := c.Unpack(&a, &nv, &mode); err != nil {
		return nil, err
	}
	x, err := eval.ToFloat(nv)
	if err != nil {
		return nil, eval.NewError(eval.TypeError, "'<=' not supported between instances of '%s' and 'int'", nv.Type())
	}
	if x <= 0 {
		return nil, eval.NewError(eval.ValueError, "n must be a positive integer.")
	}
	if a.Size() == 0 {
		return nil, eval.NewError(eval.ValueError, "len(a) must be at least 1.")
	}
	if mode != "full" && mode != "valid" && mode != "same" {
		return nil, eval.NewError(eval.ValueError, "'mode' argument must be one of ('full', 'valid', 'same')")
	}
	n, err := eval.ToIndex(nv, "")
	if err != nil {
		return nil, eval.NewError(eval.TypeError, "`pad_width` must be of integral type.")
	}
	r, err := linalg.ConvolutionMatrix(a, n, mode)
	return scipySpecialResult(c, r, err)
}

func scipyKhatriRao(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	if err := c.Unpack(&a, &b); err != nil {
		return nil, err
	}
	return c.overBatch("khatri_rao", []*linalg.Array{a, b}, []int{2, 2}, func(v []*linalg.Array) (eval.Value, error) {
		r, err := linalg.KhatriRao(v[0], v[1])
		return scipySpecialResult(c, r, err)
	})
}

func scipyDiagSVD(c *Call) (eval.Value, error) {
	var s *linalg.Array
	var m, n int
	if err := c.Unpack(&s, &m, &n); err != nil {
		return nil, err
	}
	return c.overBatch("diagsvd", []*linalg.Array{s}, []int{1}, func(v []*linalg.Array) (eval.Value, error) {
		r, err := linalg.DiagSVD(v[0], m, n)
		return scipySpecialResult(c, r, err)
	})
}

func scipyBandwidth(c *Call) (eval.Value, error) {
	var a *linalg.Array
	if err := c.Unpack(&a); err != nil {
		return nil, err
	}
	return c.overBatch("bandwidth", []*linalg.Array{a}, []int{2}, func(v []*linalg.Array) (eval.Value, error) {
		l, u, err := linalg.Bandwidth(v[0])
		if err != nil {
			return nil, c.Err(nil, err)
		}
		return eval.Tuple{eval.Int(l), eval.Int(u)}, nil
	})
}

// scipyIsSym is issymmetric, or ishermitian with her. A tolerance given
// as None or zero counts as not given, as SciPy tests `atol or rtol`.
func scipyIsSym(her bool) func(c *Call) (eval.Value, error) {
	return func(c *Call) (eval.Value, error) {
		var a *linalg.Array
		var av, rv eval.Value
		if err := c.Unpack(&a, &av, &rv); err != nil {
			return nil, err
		}
		atol, err := scipyTol(c, "atol", av)
		if err != nil {
			return nil, err
		}
		rtol, err := scipyTol(c, "rtol", rv)
		if err != nil {
			return nil, err
		}
		name := "issymmetric"
		test := linalg.IsSymmetric
		if her {
			name, test = "ishermitian", linalg.IsHermitian
		}
		return c.overBatch(name, []*linalg.Array{a}, []int{2}, func(v []*linalg.Array) (eval.Value, error) {
			ok, err := test(v[0], atol, rtol)
			if err != nil {
				return nil, c.Err(nil, err)
			}
			return eval.Bool(ok), nil
		})
	}
}

// scipyTol reads the atol or rtol of issymmetric and ishermitian: None is
// 0, a number its value; SciPy passes other values (arrays, which
// np.allclose broadcasts) on to np.allclose, which golinalg does not.
func scipyTol(c *Call, name string, v eval.Value) (float64, error) {
	if v == eval.None {
		return 0, nil
	}
	f, err := eval.ToFloat(v)
	if err != nil {
		return 0, c.notSupported(name + "=<" + v.Type() + ">")
	}
	return f, nil
}

// scipyCWT is clarkson_woodruff_transform under SciPy's
// _transition_to_rng('seed', position_num=2): rng by keyword goes through
// np.random.default_rng; seed, or rng by position, through
// check_random_state (an int seeds a legacy RandomState, None is the
// global one); both at once is a TypeError. The sketch's rows are
// rng_integers(rng, 0, sketch_size, n) and its signs rng.choice([1, -1],
// n).
func scipyCWT(c *Call) (eval.Value, error) {
	asPos := len(c.args) >= 3
	asNew, asOld := false, false
	for _, kw := range c.kwargs {
		asNew = asNew || kw.Name == "rng"
		asOld = asOld || kw.Name == "seed"
	}
	if asPos && asNew || asPos && asOld || asNew && asOld {
		return nil, eval.NewError(eval.TypeError, "clarkson_woodruff_transform() got multiple values for argument now known as `rng`. Specify one of `rng` or `seed`.")
	}
	var av, kv, rv, sv eval.Value
	if err := c.Unpack(&av, &kv, &rv, &sv); err != nil {
		return nil, err
	}
	if asOld {
		rv = sv
	}
	var draw func(hi int64) int64
	if asNew {
		g, err := c.defaultRng("rng", rv)
		if err != nil {
			return nil, err
		}
		draw = func(hi int64) int64 { return g.p.Integer(0, uint64(hi-1)) }
	} else {
		mt, pcg, err := c.checkRandomState(rv)
		if err != nil {
			return nil, err
		}
		draw = func(hi int64) int64 { return mt.Interval(0, uint64(hi-1)) }
		if pcg != nil {
			draw = func(hi int64) int64 { return pcg.Integer(0, uint64(hi-1)) }
		}
	}
	arr, ok := av.(*Array)
	if !ok {
		if _, scalar := av.(*NumpyScalar); scalar {
			return nil, eval.NewError(eval.IndexError, "tuple index out of range")
		}
		return nil, eval.NewError(eval.AttributeError, "'%s' object has no attribute 'shape'", av.Type())
	}
	a := arr.a
	if a.Ndim() < 2 {
		return nil, eval.NewError(eval.IndexError, "tuple index out of range")
	}
	k, err := eval.ToIndex(kv, "")
	if err != nil {
		return nil, eval.NewError(eval.TypeError, "'%s' object cannot be interpreted as an integer", kv.Type())
	}
	if k <= 0 {
		return nil, eval.NewError(eval.ValueError, "high <= 0")
	}
	n := a.Shape()[a.Ndim()-2]
	rows := make([]int, n)
	for j := range rows {
		rows[j] = int(draw(int64(k)))
	}
	signs := make([]int64, n)
	for j := range signs {
		signs[j] = 1 - 2*draw(2)
	}
	if a.Ndim() > 2 {
		batch := a.Shape()[:a.Ndim()-2]
		if slices.Contains(batch, 0) {
			return nil, eval.NewError(eval.ValueError, "`_batch_dot` does not support zero-size batches.")
		}
	}
	r, err := linalg.CountSketch(a, k, rows, signs)
	return scipySpecialResult(c, r, err)
}

// scipyNoFortran is get_blas_funcs, get_lapack_funcs and
// find_best_blas_type: the call is checked against the signature (so a
// wrong call is CPython's TypeError), then refused, since golinalg has no
// Fortran BLAS or LAPACK routines to hand out.
func scipyNoFortran(c *Call) (eval.Value, error) {
	if err := c.Check(); err != nil {
		return nil, err
	}
	return nil, eval.NewError(eval.NotImplementedError, "%s is not supported by golinalg: it has no Fortran BLAS or LAPACK routines", c.qual)
}

// pytestTester is scipy.linalg.test, SciPy's PytestTester instance, which
// runs SciPy's test suite under pytest when called. golinalg has neither:
// a call, once checked against PytestTester.__call__'s signature, is a
// NotImplementedError.
type pytestTester struct{ in *lib }

// pytestCall is PytestTester.__call__, with self, so CPython's messages
// count it as CPython does.
var pytestCall = &Func{Sig: "PytestTester.__call__(self, label='fast', verbose=1, extra_argv=None, doctests=False, coverage=False, tests=None, parallel=None)", Py: true, Doc: docPytestTester}

const docPytestTester = `Run tests for module using pytest. golinalg cannot run SciPy's test suite: calling it raises NotImplementedError.

Parameters
----------
label : {'fast', 'full'}, optional
    Which tests to run.
verbose : int, optional
    Verbosity.
extra_argv : list, optional
    Arguments for pytest.
doctests : bool, optional
    Not supported by SciPy either.
coverage : bool, optional
    Report coverage.
tests : list of str, optional
    Modules to test.
parallel : int, optional
    Run tests in parallel with pytest-xdist.

Raises
------
NotImplementedError
    Always.`

func (*pytestTester) String() string {
	return "<scipy._lib._testutils.PytestTester object at 0x7f0000000000>"
}
func (*pytestTester) Type() string { return "scipy._lib._testutils.PytestTester" }
func (*pytestTester) Truth() bool  { return true }
func (*pytestTester) Name() string { return "test" }

// Attr gives the tester's docstring.
func (p *pytestTester) Attr(th *eval.Thread, name string) (eval.Value, error) {
	if name == "__doc__" {
		return eval.String(docText(docPytestTester)), nil
	}
	return nil, nil
}

// AttrNames lists the tester's attributes.
func (*pytestTester) AttrNames() []string { return []string{"__doc__"} }

// Call checks the arguments, then refuses.
func (p *pytestTester) Call(th *eval.Thread, args []eval.Value, kwargs []eval.Kwarg) (eval.Value, error) {
	pytestCall.signature()
	c := &Call{in: p.in, th: th, f: pytestCall, qual: "scipy.linalg.test", args: append([]eval.Value{p}, args...), kwargs: kwargs}
	if err := c.Check(); err != nil {
		return nil, err
	}
	return nil, eval.NewError(eval.NotImplementedError, "scipy.linalg.test is not supported by golinalg: it runs SciPy's test suite under pytest")
}
