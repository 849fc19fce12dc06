package sci

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/linalg"
)

// flapackError is scipy.linalg._flapack.error, the exception f2py raises
// when an argument of a LAPACK wrapper fails its check (a work size too
// small).
var flapackError = eval.NewExcClass("error", "scipy.linalg._flapack", eval.Exception_)

// scipySchur is the part of scipy.linalg in SciPy's _decomp_schur.py, and
// the related reductions of _decomp.py and _basic.py: Schur and Hessenberg
// forms, balancing, and the real block form of complex eigenpairs.
var scipySchur = []*Func{
	{Sig: "schur(a, output='real', lwork=None, overwrite_a=False, sort=None, check_finite=True)", Py: true, Body: scipyBatch(scipySchurBody, "a"), Doc: `Schur decomposition a == Z @ T @ Z.conj().T, with Z unitary and T upper triangular (output='complex') or, for real a, real and quasi-upper triangular (output='real'), each complex conjugate pair of eigenvalues a 2x2 block on the diagonal. Computed as LAPACK's gees: Hessenberg reduction, then the shifted QR algorithm; sort reorders the eigenvalues as trsen does.

Parameters
----------
a : (M, M) array_like
    Matrix to decompose; a stack of them in the leading axes is decomposed one by one.
output : {'real', 'complex'}, optional
    For real a, whether T and Z are real (quasi-triangular T) or complex (triangular T). Complex a always gives the complex form. 'r' and 'c' are accepted too.
lwork : int, optional
    LAPACK's work array size in SciPy: None or -1 for the optimal size; a size below 2*M raises as SciPy's wrapper does. Otherwise golinalg sizes its own workspace and the result does not depend on it.
` + docOverwriteA + `
sort : {None, callable, 'lhp', 'rhp', 'iuc', 'ouc'}, optional
    Move the eigenvalues that satisfy a condition to the top left of T: 'lhp' real part < 0, 'rhp' real part >= 0, 'iuc' |eigenvalue| <= 1, 'ouc' |eigenvalue| > 1, or a callable that returns True for the eigenvalues to move. For the complex form the callable gets one complex argument; for the real form of a real a it gets two, the real and imaginary parts. In the real form a conjugate pair moves as a whole when either member satisfies the condition.
` + docCheckFinite + `

Returns
-------
T : (M, M) ndarray
    Schur form of a.
Z : (M, M) ndarray
    Unitary (orthogonal, for the real form) Schur vectors.
sdim : int
    Only when sort is given: the number of eigenvalues moved to the top left (a selected conjugate pair counts 2).

Raises
------
LinAlgError
    When the QR algorithm fails to converge, when eigenvalues to reorder are too close to separate, or when after reordering rounding made the leading eigenvalues fail the condition.
ValueError
    For a non-square a, an unknown output or sort.`},
	{Sig: "rsf2csf(T, Z, check_finite=True)", Py: true, Body: scipyBatch(scipyRSF2CSF, "T", "Z"), Doc: `Convert a real Schur form T, Z (schur with output='real') to the complex Schur form, with T upper triangular: each 2x2 block of a complex conjugate pair is split by a complex plane rotation, bottom up.

Parameters
----------
T : (M, M) array_like
    Real Schur form of a matrix.
Z : (M, M) array_like
    Its Schur vectors.
` + docCheckFinite + `

Returns
-------
T : (M, M) ndarray
    Complex Schur form of the same matrix.
Z : (M, M) ndarray
    Its unitary Schur vectors.

Raises
------
ValueError
    When T or Z is not square, or their shapes differ.`},
	{Sig: "hessenberg(a, calc_q=False, overwrite_a=False, check_finite=True)", Py: true, Body: scipyBatch(scipyHessenberg, "a"), Doc: `Hessenberg form a == Q @ H @ Q.conj().T, with Q unitary and H zero below its first subdiagonal, by Householder reflections as LAPACK's gehrd and orghr compute them.

Parameters
----------
a : (M, M) array_like
    Matrix to reduce; a stack of them in the leading axes is reduced one by one.
calc_q : bool, optional
    Also return Q.
` + docOverwriteA + `
` + docCheckFinite + `

Returns
-------
H : (M, M) ndarray
    Hessenberg form of a. A matrix of order 2 or less is returned as it is.
Q : (M, M) ndarray
    Unitary transformation, only when calc_q is True.

Raises
------
ValueError
    For a non-square a.`},
	{Sig: "matrix_balance(A, permute=True, scale=True, separate=False, overwrite_a=False)", Py: true, Body: scipyBatch(scipyMatrixBalance, "A"), Doc: `Balance a square matrix: B = inv(T) @ A @ T with T a permutation (isolating eigenvalues) times a diagonal scaling by powers of 2 that makes the row and column norms comparable, as LAPACK's gebal computes it. B has the eigenvalues of A and usually a smaller norm, which makes eigenvalue computations more accurate.

Parameters
----------
A : (M, M) array_like
    Matrix to balance; it must be finite.
permute : bool, optional
    Permute rows and columns to isolate eigenvalues.
scale : bool, optional
    Scale rows and columns.
separate : bool, optional
    Return the scaling and the permutation instead of T.
` + docOverwriteA + `

Returns
-------
B : (M, M) ndarray
    Balanced matrix.
T : (M, M) ndarray
    The transformation, when separate is False.
scale, perm : (M,) ndarray
    When separate is True: the scaling factors and the permutation indices, T == np.diag(scale)[np.argsort(perm), :]. The pair comes as one tuple.

Raises
------
ValueError
    For a non-square A, or one holding infinity or NaN.`},
	{Sig: "cdf2rdf(w, v)", Py: true, Body: scipyCDF2RDF, Doc: `Real block-diagonal form of the complex eigenvalues and eigenvectors of a real matrix: from eig's w and v, wr with a 2x2 block [[re, im], [-im, re]] per conjugate pair re ± im·1j and real vr with X @ vr == vr @ wr. Stacks (..., M) of eigenvalues with (..., M, M) eigenvectors work too.

Parameters
----------
w : (..., M) array_like
    Eigenvalues, complex ones in conjugate pairs, each pair's members next to each other among the complex entries.
v : (..., M, M) array_like
    Eigenvectors, as columns.

Returns
-------
wr : (..., M, M) ndarray
    Real block-diagonal eigenvalue matrix.
vr : (..., M, M) ndarray
    Real eigenvectors for wr.

Raises
------
ValueError
    When the shapes do not fit together or the complex eigenvalues do not come in pairs.`},
	{Sig: "qz(A, B, output='real', lwork=None, sort=None, overwrite_a=False, overwrite_b=False, check_finite=True)", Py: true, Body: scipyBatch(scipyQZ, "A", "B"), Doc: `QZ (generalized Schur) decomposition of a pair of square matrices: A == Q @ AA @ Z.conj().T and B == Q @ BB @ Z.conj().T with Q, Z unitary, BB upper triangular and AA upper triangular (output='complex') or, for real input, real and quasi-upper triangular with 2x2 blocks for complex conjugate pairs of generalized eigenvalues (output='real'). Computed as LAPACK's gges: balancing by permutation, Hessenberg-triangular reduction, then the QZ iteration of Moler and Stewart. The generalized eigenvalues are the ratios of the diagonals of AA and BB.

Parameters
----------
A : (N, N) array_like
    First matrix; a stack of them in the leading axes is decomposed pair by pair.
B : (N, N) array_like
    Second matrix.
output : {'real', 'complex'}, optional
    For real A and B, whether the real or the complex form is computed; complex input always gives the complex one.
lwork : int, optional
    LAPACK's work array size in SciPy: None or -1 for the optimal size; a smaller size than gges needs raises as SciPy's wrapper does. Otherwise golinalg sizes its own workspace and the result does not depend on it.
sort : None, optional
    Must be None: SciPy disabled sorting in qz; use ordqz.
` + docOverwriteA + `
` + docOverwriteB + `
` + docCheckFinite + `

Returns
-------
AA : (N, N) ndarray
    Generalized Schur form of A.
BB : (N, N) ndarray
    Generalized Schur form of B.
Q : (N, N) ndarray
    Left Schur vectors.
Z : (N, N) ndarray
    Right Schur vectors.

Raises
------
ValueError
    For a sort other than None, an unknown output, or matrices that are not square or differ in size.
LinAlgError
    When something other than the QZ iteration failed. A QZ iteration that does not converge gives a LinAlgWarning and the partial result.`},
	{Sig: "ordqz(A, B, sort='lhp', output='real', overwrite_a=False, overwrite_b=False, check_finite=True)", Py: true, Body: scipyBatch(scipyOrdQZ, "A", "B"), Doc: `QZ decomposition with reordering: as qz, then the generalized eigenvalues alpha/beta that satisfy sort are moved to the top left of (AA, BB) by LAPACK's tgsen (Kågström's direct swapping method).

Parameters
----------
A : (N, N) array_like
    First matrix; a stack of them in the leading axes is decomposed pair by pair.
B : (N, N) array_like
    Second matrix.
sort : {callable, 'lhp', 'rhp', 'iuc', 'ouc'}, optional
    'lhp': real part of alpha/beta < 0; 'rhp': > 0; 'iuc': |alpha/beta| < 1; 'ouc': |alpha/beta| > 1. An infinite eigenvalue (beta = 0) counts as outside the unit circle only. A callable is called once with the arrays alpha and beta and returns a boolean array of length N, True for the eigenvalues to move. In the real form a complex conjugate pair moves as a whole when either member is selected.
output : {'real', 'complex'}, optional
    For real A and B, whether the real or the complex form is computed.
` + docOverwriteA + `
` + docOverwriteB + `
` + docCheckFinite + `

Returns
-------
AA : (N, N) ndarray
    Reordered generalized Schur form of A.
BB : (N, N) ndarray
    Reordered generalized Schur form of B.
alpha : (N,) ndarray
    Numerators of the generalized eigenvalues, complex.
beta : (N,) ndarray
    Denominators of the generalized eigenvalues: real for the real form, complex for the complex one.
Q : (N, N) ndarray
    Left Schur vectors.
Z : (N, N) ndarray
    Right Schur vectors.

Raises
------
ValueError
    For an unknown sort or output, matrices that are not square or differ in size, or when the reordering fails because the problem is too ill-conditioned.`},
}

// scipyOverBatch is SciPy's _apply_over_batch for the array arguments
// arrays (nil for None) with core dimensions ndims: without batch
// dimensions f gets the arrays as they are and its results come back as a
// tuple (one result alone); otherwise the batch shapes broadcast, f runs
// once per batch index, and each result is stacked into an array of the
// batch shape followed by its own, all returned in a list (one array
// alone). f's results are *linalg.Array, int (a Python int) or
// []*linalg.Array (a tuple of arrays).
func scipyOverBatch(c *Call, arrays []*linalg.Array, ndims []int, f func(ms []*linalg.Array) ([]any, error)) (eval.Value, error) {
	var batches [][]int
	batched := false
	for i, a := range arrays {
		if a == nil {
			continue
		}
		sh := a.Shape()
		b := sh[:max(len(sh)-ndims[i], 0)]
		batches = append(batches, b)
		batched = batched || len(b) > 0
	}
	if !batched {
		r, err := f(arrays)
		if err != nil {
			return nil, err
		}
		out := make(eval.Tuple, len(r))
		for i, x := range r {
			switch x := x.(type) {
			case int:
				out[i] = eval.Int(x)
			case *linalg.Array:
				out[i] = c.Wrap(x)
			case []*linalg.Array:
				tup := make(eval.Tuple, len(x))
				for j, y := range x {
					tup[j] = c.Wrap(y)
				}
				out[i] = tup
			}
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return out, nil
	}
	batch, err := linalg.BroadcastShapes(batches...)
	if err != nil {
		return nil, c.Err(nil, err)
	}
	nb := 1
	for _, d := range batch {
		nb *= d
	}
	if nb == 0 {
		return nil, eval.NewError(eval.ValueError, "`%s` does not support zero-size batches.", c.f.Name())
	}
	parts := make([][]*linalg.Array, len(arrays))
	for i, a := range arrays {
		if a == nil {
			continue
		}
		sh := a.Shape()
		core := sh[max(len(sh)-ndims[i], 0):]
		full, err := a.BroadcastTo(append(append([]int{}, batch...), core...))
		if err != nil {
			return nil, c.Err(nil, err)
		}
		_, parts[i] = linalg.SplitBatch(full, len(core))
	}
	var results [][]*linalg.Array
	ms := make([]*linalg.Array, len(arrays))
	for t := range nb {
		for i := range arrays {
			ms[i] = nil
			if parts[i] != nil {
				ms[i] = parts[i][t]
			}
		}
		r, err := f(ms)
		if err != nil {
			return nil, err
		}
		if results == nil {
			results = make([][]*linalg.Array, len(r))
		}
		for k, x := range r {
			switch x := x.(type) {
			case int:
				s, _ := linalg.NewInt64(nil, []int64{int64(x)})
				results[k] = append(results[k], s)
			case *linalg.Array:
				results[k] = append(results[k], x)
			case []*linalg.Array:
				// np.stack of a tuple of arrays: one array, of their
				// common dtype, with the tuple's axis first.
				d := x[0].DType()
				for _, y := range x[1:] {
					d = linalg.Promote(d, y.DType())
				}
				ys := make([]*linalg.Array, len(x))
				for j, y := range x {
					ys[j] = y.AsType(d)
				}
				s, err := linalg.Stack(ys, 0)
				if err != nil {
					return nil, c.Err(nil, err)
				}
				results[k] = append(results[k], s)
			}
		}
	}
	out := make([]eval.Value, len(results))
	for k, rs := range results {
		s, err := linalg.Stack(rs, 0)
		if err != nil {
			return nil, c.Err(nil, err)
		}
		if s, err = s.Reshape(append(append([]int{}, batch...), rs[0].Shape()...)); err != nil {
			return nil, c.Err(nil, err)
		}
		out[k] = c.Wrap(s)
	}
	if len(out) == 1 {
		return out[0], nil
	}
	return eval.NewList(out), nil
}

// errSchurSort is SciPy's message for a sort that is neither None, a
// callable nor one of the four names.
const errSchurSortMsg = "'sort' parameter must either be 'None', or a callable, or one of ('lhp','rhp','iuc','ouc')"

// schurSelect turns schur's (or ordqz's) sort argument into the predicate
// the reordering calls: nil for None, a named ordering, or a call of the
// Python callable fn with (re, im) when pair, else with re + im·1j. As
// f2py's callbacks do, a callable that takes fewer positional arguments
// gets only the leading ones, and one that needs more fails with
// _flapack.error. A call's exception, or a result f2py cannot read as a C
// int, is kept in *cbErr; after it the predicate returns false without
// calling again, as SciPy's call stops at the first failure. routine is
// "dselect" or "zselect" (f2py's name of the callback argument), cbName
// its user-routine module.
func schurSelect(c *Call, sort eval.Value, pair bool, routine, cbName string, cbErr *error) (func(re, im float64) bool, error) {
	if sort == eval.None {
		return nil, nil
	}
	if fn, ok := sort.(eval.Callable); ok {
		nargs := 1
		if pair {
			nargs = 2
		}
		return func(re, im float64) bool {
			if *cbErr != nil {
				return false
			}
			all := []eval.Value{eval.Complex(complex(re, im))}
			if pair {
				all = []eval.Value{eval.Float(re), eval.Float(im)}
			}
			v, err := eval.Call(c.th, fn, all[:nargs], nil)
			if err != nil {
				if k, ok := callbackArity(fn, err); ok {
					if k < nargs {
						nargs = k
						v, err = eval.Call(c.th, fn, all[:nargs], nil)
					} else {
						err = eval.NewError(flapackError, "failed in processing argument list for call-back %s.", routine)
					}
				}
			}
			if err != nil {
				*cbErr = err
				return false
			}
			sel, err := callbackInt(c, v, cbName)
			if err != nil {
				*cbErr = err
				return false
			}
			return sel
		}, nil
	}
	if s, ok := sort.(eval.String); ok {
		if pred, ok := linalg.SchurSort(string(s)); ok {
			return pred, nil
		}
	}
	return nil, eval.NewError(eval.ValueError, errSchurSortMsg)
}

var (
	reTakes   = regexp.MustCompile(`^\(\) takes (?:from \d+ to )?(\d+) positional arguments? but \d+ (?:was|were) given$`)
	reMissing = regexp.MustCompile(`^\(\) missing \d+ required positional arguments?: `)
)

// callbackArity reads the TypeError of calling fn with the wrong number of
// arguments: ok when err is fn's own argument error, with k the number of
// positional arguments it takes (k is large when it needs more).
func callbackArity(fn eval.Callable, err error) (k int, ok bool) {
	e, isExc := err.(*eval.Exception)
	if !isExc || e.Class != eval.TypeError || len(e.Args) != 1 {
		return 0, false
	}
	msg, _ := e.Args[0].(eval.String)
	rest, found := strings.CutPrefix(string(msg), fn.Name())
	if !found {
		return 0, false
	}
	if m := reTakes.FindStringSubmatch(rest); m != nil {
		k, _ := strconv.Atoi(m[1])
		return k, true
	}
	if reMissing.MatchString(rest) {
		return math.MaxInt, true
	}
	return 0, false
}

// callbackInt reads the result of a LAPACK SELECT callback as f2py
// converts it to a C int: a number is truncated toward zero (a complex one
// by its real part), an array or list gives its first element, None gives
// 0 (SciPy also prints a warning on stderr), anything else fails.
func callbackInt(c *Call, v eval.Value, cbName string) (bool, error) {
	if v == eval.None {
		return false, nil
	}
	fail := eval.NewError(eval.ValueError, "int_from_pyobj failed in converting return_value of call-back function %s to C int", cbName)
	if _, ok := v.(eval.String); ok {
		return false, fail
	}
	a, ok, err := c.in.toArray(c.th, v)
	if !ok || err != nil || a.Size() == 0 {
		return false, fail
	}
	switch x := a.At(0).(type) {
	case bool:
		return x, nil
	case int64:
		return x != 0, nil
	case float64:
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false, fail
		}
		return math.Trunc(x) != 0, nil
	case complex128:
		// f2py reads a complex number's real part.
		if r := real(x); !math.IsNaN(r) && !math.IsInf(r, 0) {
			return math.Trunc(r) != 0, nil
		}
	}
	return false, fail
}

// scipyLwork checks schur's lwork as f2py's gees wrapper does: None or −1
// asks for the optimal size; a given size must be an integer of at least
// max(1, 2·n), and for dgees at least 3·n.
func scipyLwork(c *Call, lwork eval.Value, routine string, n int) error {
	if lwork == eval.None {
		return nil
	}
	w, err := lworkInt(c, lwork, routine, "3rd")
	if err != nil {
		return err
	}
	if w == -1 {
		return nil
	}
	if w >= int64(max(1, 2*n)) {
		if routine == "dgees" && w < int64(3*n) {
			// dgees itself needs 3·n (its XERBLA also prints a line
			// on the process's stdout, which a notebook does not show).
			return eval.NewError(eval.ValueError, "illegal value in 13-th argument of internal gees")
		}
		return nil
	}
	return eval.NewError(flapackError, "((lwork==-1)||(lwork >= MAX(1,2*n))) failed for 3rd keyword lwork: %s:lwork=%d", routine, w)
}

func scipySchurBody(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var outputV, lwork, sort eval.Value
	var overwrite, check bool
	if err := c.Unpack(&a, &outputV, &lwork, &overwrite, &sort, &check); err != nil {
		return nil, err
	}
	return scipyOverBatch(c, []*linalg.Array{a}, []int{2}, func(ms []*linalg.Array) ([]any, error) {
		a := ms[0]
		output, _ := outputV.(eval.String)
		switch output {
		case "real", "complex", "r", "c":
		default:
			return nil, eval.NewError(eval.ValueError, "argument must be 'real', or 'complex'")
		}
		a, err := scipyFinite(c, a, check)
		if err != nil {
			return nil, err
		}
		sh := a.Shape()
		if len(sh) != 2 || sh[0] != sh[1] {
			return nil, eval.NewError(eval.ValueError, "expected square matrix")
		}
		if a.DType() == linalg.Bool {
			return nil, c.notSupported("a of dtype bool, which SciPy computes in float32")
		}
		cplx := a.DType() == linalg.Complex128 || output == "complex" || output == "c"
		if sh[0] == 0 {
			d := linalg.Float64
			if cplx {
				d = linalg.Complex128
			}
			t, _ := linalg.Full(d, []int{0, 0}, 0)
			z, _ := linalg.Full(d, []int{0, 0}, 0)
			if sort == eval.None {
				return []any{t, z}, nil
			}
			return []any{t, z, 0}, nil
		}
		routine, sel, cb := "dgees", "dselect", "cb_dselect_in_gees__user__routines"
		if cplx {
			routine, sel, cb = "zgees", "zselect", "cb_zselect_in_gees__user__routines"
		}
		var cbErr error
		pred, err := schurSelect(c, sort, !cplx, sel, cb, &cbErr)
		if err != nil {
			return nil, err
		}
		if err := scipyLwork(c, lwork, routine, sh[0]); err != nil {
			return nil, err
		}
		t, z, sdim, err := linalg.Schur(a, string(output), pred)
		if cbErr != nil {
			return nil, cbErr
		}
		if err != nil {
			return nil, c.Err(a, err)
		}
		if sort == eval.None {
			return []any{t, z}, nil
		}
		return []any{t, z, sdim}, nil
	})
}

func scipyRSF2CSF(c *Call) (eval.Value, error) {
	var t, z *linalg.Array
	var check bool
	if err := c.Unpack(&t, &z, &check); err != nil {
		return nil, err
	}
	return scipyOverBatch(c, []*linalg.Array{t, z}, []int{2, 2}, func(ms []*linalg.Array) ([]any, error) {
		z, err := scipyFinite(c, ms[1], check)
		if err != nil {
			return nil, err
		}
		t, err := scipyFinite(c, ms[0], check)
		if err != nil {
			return nil, err
		}
		if z.DType() == linalg.Bool || t.DType() == linalg.Bool {
			// SciPy's _commonType, after the shape checks, has no
			// entry for bool.
			if _, _, err := linalg.RSF2CSF(t.AsType(linalg.Float64), z.AsType(linalg.Float64)); err != nil {
				return nil, c.Err(t, err)
			}
			return nil, eval.NewError(eval.KeyError, "?")
		}
		tc, zc, err := linalg.RSF2CSF(t, z)
		if err != nil {
			return nil, c.Err(t, err)
		}
		return []any{tc, zc}, nil
	})
}

func scipyHessenberg(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var calcQ, overwrite, check bool
	if err := c.Unpack(&a, &calcQ, &overwrite, &check); err != nil {
		return nil, err
	}
	return scipyOverBatch(c, []*linalg.Array{a}, []int{2}, func(ms []*linalg.Array) ([]any, error) {
		a, err := scipyFinite(c, ms[0], check)
		if err != nil {
			return nil, err
		}
		if sh := a.Shape(); a.DType() == linalg.Bool && len(sh) == 2 && sh[0] == sh[1] && (sh[0] == 0 || sh[0] > 2) {
			return nil, c.notSupported("a of dtype bool, which SciPy computes in float32")
		}
		h, q, err := linalg.Hessenberg(a, calcQ)
		if err != nil {
			return nil, c.Err(a, err)
		}
		if !calcQ {
			return []any{h}, nil
		}
		return []any{h, q}, nil
	})
}

func scipyMatrixBalance(c *Call) (eval.Value, error) {
	var a *linalg.Array
	var permute, scale, separate, overwrite bool
	if err := c.Unpack(&a, &permute, &scale, &separate, &overwrite); err != nil {
		return nil, err
	}
	return scipyOverBatch(c, []*linalg.Array{a}, []int{2}, func(ms []*linalg.Array) ([]any, error) {
		a := ms[0]
		if a.DType() == linalg.Bool {
			return nil, c.notSupported("A of dtype bool, which SciPy computes in float32")
		}
		b, sc, perm, err := linalg.MatrixBalance(a, permute, scale)
		if err != nil {
			return nil, c.Err(a, err)
		}
		if separate {
			if b.Size() == 0 {
				// np.ones_like(A, shape=0) keeps A's dtype.
				sc = sc.AsType(a.DType())
			}
			return []any{b, []*linalg.Array{sc, perm}}, nil
		}
		return []any{b, linalg.BalanceTransform(sc, perm)}, nil
	})
}

func scipyCDF2RDF(c *Call) (eval.Value, error) {
	var w, v *linalg.Array
	if err := c.Unpack(&w, &v); err != nil {
		return nil, err
	}
	wr, vr, err := linalg.CDF2RDF(w.AsArray(), v.AsArray())
	if err != nil {
		return nil, c.Err(w, err)
	}
	return eval.Tuple{c.Wrap(wr), c.Wrap(vr)}, nil
}

// scipyQZArrays is the start of SciPy's _qz for one pair: sort must be
// None (for qz), output valid, the matrices finite, 2-d, square and of one
// size.
func scipyQZArrays(c *Call, a, b *linalg.Array, output eval.Value, check bool) (*linalg.Array, *linalg.Array, string, error) {
	out, _ := output.(eval.String)
	switch out {
	case "real", "complex", "r", "c":
	default:
		return nil, nil, "", eval.NewError(eval.ValueError, "argument must be 'real', or 'complex'")
	}
	a, b, err := scipyFinite2(c, a, b, check)
	if err != nil {
		return nil, nil, "", err
	}
	for _, x := range []*linalg.Array{a, b} {
		if nd := x.Ndim(); nd < 2 {
			return nil, nil, "", eval.NewError(eval.ValueError, "not enough values to unpack (expected 2, got %d)", nd)
		} else if nd > 2 {
			return nil, nil, "", eval.NewError(eval.ValueError, "too many values to unpack (expected 2)")
		}
	}
	sa, sb := a.Shape(), b.Shape()
	if !(sa[0] == sa[1] && sa[1] == sb[0] && sb[0] == sb[1]) {
		return nil, nil, "", eval.NewError(eval.ValueError, "Array dimensions must be square and agree")
	}
	if a.DType() == linalg.Bool || b.DType() == linalg.Bool {
		return nil, nil, "", c.notSupported("A or B of dtype bool, which SciPy computes in float32")
	}
	return a, b, string(out), nil
}

// scipyGgesLwork is the wrapper's check of a given lwork for gges (real:
// max(8n, 6n+16); complex: 2n), and SciPy's failure on empty matrices,
// whose own workspace query answers 0.
func scipyGgesLwork(c *Call, lwork eval.Value, cplx bool, n int) error {
	routine, cond, need := "dgges", "(lwork>=MAX(1,MAX(8*n, 6*n+16))||lwork==-1)", max(1, 8*n, 6*n+16)
	if cplx {
		routine, cond, need = "zgges", "(lwork>=MAX(1,2*n)||lwork==-1)", max(1, 2*n)
	}
	w := int64(-1)
	if lwork != eval.None {
		v, err := lworkInt(c, lwork, routine, "6th")
		if err != nil {
			return err
		}
		w = v
	} else if n == 0 {
		w = 0 // gges's own query on an empty pair
	}
	if w == -1 || w >= int64(need) {
		return nil
	}
	return eval.NewError(flapackError, "%s failed for 6th keyword lwork: %s:lwork=%d", cond, routine, w)
}

func scipyQZ(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var output, lwork, sort eval.Value
	var owa, owb, check bool
	if err := c.Unpack(&a, &b, &output, &lwork, &sort, &owa, &owb, &check); err != nil {
		return nil, err
	}
	return scipyOverBatch(c, []*linalg.Array{a, b}, []int{2, 2}, func(ms []*linalg.Array) ([]any, error) {
		if sort != eval.None {
			return nil, eval.NewError(eval.ValueError, "The 'sort' input of qz() has to be None and will be removed in a future release. Use ordqz instead.")
		}
		a, b, out, err := scipyQZArrays(c, ms[0], ms[1], output, check)
		if err != nil {
			return nil, err
		}
		cplx := a.DType() == linalg.Complex128 || b.DType() == linalg.Complex128 || out == "complex" || out == "c"
		if err := scipyGgesLwork(c, lwork, cplx, a.Shape()[0]); err != nil {
			return nil, err
		}
		aa, bb, _, _, q, z, ws, err := linalg.QZ(a, b, out)
		if err != nil {
			return nil, c.Err(a, err)
		}
		warn(c.th, ws)
		return []any{aa, bb, q, z}, nil
	})
}

func scipyOrdQZ(c *Call) (eval.Value, error) {
	var a, b *linalg.Array
	var sort, output eval.Value
	var owa, owb, check bool
	if err := c.Unpack(&a, &b, &sort, &output, &owa, &owb, &check); err != nil {
		return nil, err
	}
	return scipyOverBatch(c, []*linalg.Array{a, b}, []int{2, 2}, func(ms []*linalg.Array) ([]any, error) {
		a, b, out, err := scipyQZArrays(c, ms[0], ms[1], output, check)
		if err != nil {
			return nil, err
		}
		cplx := a.DType() == linalg.Complex128 || b.DType() == linalg.Complex128 || out == "complex" || out == "c"
		n := a.Shape()[0]
		if err := scipyGgesLwork(c, eval.None, cplx, n); err != nil {
			return nil, err
		}
		aa, bb, alpha, beta, q, z, ws, err := linalg.QZ(a, b, out)
		if err != nil {
			return nil, c.Err(a, err)
		}
		warn(c.th, ws)
		var sel []bool
		if fn, ok := sort.(eval.Callable); ok {
			v, err := eval.Call(c.th, fn, []eval.Value{c.Wrap(alpha), c.Wrap(beta)}, nil)
			if err != nil {
				return nil, err
			}
			routine := "dtgsen"
			if cplx {
				routine = "ztgsen"
			}
			if sel, err = tgsenSelect(c, v, n, routine); err != nil {
				return nil, err
			}
		} else {
			name, _ := sort.(eval.String)
			pred, ok := linalg.OrdQZSort(string(name))
			if !ok {
				return nil, eval.NewError(eval.ValueError, "sort parameter must be None, a callable, or one of ('lhp','rhp','iuc','ouc')")
			}
			al, be := alpha.Complex128s(), beta.Complex128s()
			sel = make([]bool, n)
			for i := range sel {
				sel[i] = pred(al[i], be[i])
			}
		}
		aa, bb, alpha, beta, q, z, err = linalg.ReorderQZ(aa, bb, q, z, sel)
		if err != nil {
			return nil, c.Err(a, err)
		}
		return []any{aa, bb, alpha, beta, q, z}, nil
	})
}

// tgsenSelect converts what ordqz's sort callable returned to tgsen's
// SELECT as f2py does: an array of n integers, nonzero for True.
func tgsenSelect(c *Call, v eval.Value, n int, routine string) ([]bool, error) {
	if v == eval.None {
		return nil, eval.NewError(eval.TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'")
	}
	if s, ok := v.(eval.String); ok {
		return nil, eval.NewError(eval.ValueError, "invalid literal for int() with base 10: %s", eval.Repr(s))
	}
	a, ok, err := c.in.toArray(c.th, v)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, eval.NewError(eval.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", v.Type())
	}
	if a.Ndim() == 0 {
		return nil, eval.NewError(eval.ValueError, "0-th dimension must be %d but got 0 (not defined).", n)
	}
	if a.Ndim() != 1 || a.Shape()[0] != n {
		return nil, eval.NewError(eval.ValueError, "_flapack._flapack.%s: failed to create array from the 1st argument `select` -- 0-th dimension must be fixed to %d but got %d", routine, n, a.Shape()[0])
	}
	sel := make([]bool, n)
	for i := range sel {
		switch x := a.At(i).(type) {
		case bool:
			sel[i] = x
		case int64:
			sel[i] = x != 0
		case float64:
			sel[i] = math.Trunc(x) != 0
		case complex128:
			return nil, eval.NewError(eval.TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'complex'")
		}
	}
	return sel, nil
}

// lworkInt reads an lwork argument as f2py converts it to a C int.
func lworkInt(c *Call, lwork eval.Value, routine, pos string) (int64, error) {
	bad := eval.NewError(eval.ValueError, "_flapack.%s() %s keyword (lwork) can't be converted to int", routine, pos)
	switch x := lwork.(type) {
	case eval.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case eval.Int:
		return int64(x), nil
	case eval.Float:
		if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
			return 0, bad
		}
		return int64(x), nil
	}
	a, ok, err := c.in.toArray(c.th, lwork)
	if !ok || err != nil || a.Size() != 1 || a.DType() == linalg.Complex128 {
		return 0, bad
	}
	switch x := a.At(0).(type) {
	case bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case int64:
		return x, nil
	case float64:
		return int64(x), nil
	}
	return 0, bad
}

// scipyGenEigs is scipy.linalg.eig and eigvals with b: SciPy's checks of
// a (an empty a returns as eig(a) does, b unread), then of b, then the
// generalized eigenproblem of LAPACK's ggev (linalg.SciPyGenEig), over
// stacks as _apply_over_batch runs it.
func scipyGenEigs(c *Call, a, b *linalg.Array, left, right, check, homog bool) (eval.Value, error) {
	return scipyOverBatch(c, []*linalg.Array{a, b}, []int{2, 2}, func(ms []*linalg.Array) ([]any, error) {
		a, err := scipyFinite(c, ms[0], check)
		if err != nil {
			return nil, err
		}
		sa := a.Shape()
		if len(sa) != 2 || sa[0] != sa[1] {
			return nil, eval.NewError(eval.ValueError, "expected square matrix")
		}
		var w, vl, vr *linalg.Array
		if a.Size() == 0 {
			if w, vl, vr, err = linalg.SciPyEig(a, left, right); err != nil {
				return nil, c.Err(a, err)
			}
			if homog {
				ones, _ := linalg.Ones(w.DType(), w.Shape())
				w, _ = linalg.Stack([]*linalg.Array{w, ones}, 0)
			}
		} else {
			b, err := scipyFinite(c, ms[1], check)
			if err != nil {
				return nil, err
			}
			sb := b.Shape()
			if len(sb) != 2 || sb[0] != sb[1] {
				return nil, eval.NewError(eval.ValueError, "expected square matrix")
			}
			if sb[0] != sa[0] {
				return nil, eval.NewError(eval.ValueError, "a and b must have the same shape")
			}
			if a.DType() == linalg.Bool && b.DType() == linalg.Bool {
				return nil, c.notSupported("a and b of dtype bool, which SciPy computes in float32")
			}
			if w, vl, vr, err = linalg.SciPyGenEig(a, b, left, right, homog); err != nil {
				return nil, c.Err(a, err)
			}
		}
		out := []any{w}
		if left {
			out = append(out, vl)
		}
		if right {
			out = append(out, vr)
		}
		return out, nil
	})
}
