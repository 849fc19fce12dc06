package linalg

import "math"

// The special matrices of scipy.linalg built from the coefficients of a
// polynomial or a sequence: companion, Fiedler, Fiedler companion, Leslie
// and convolution matrices. Each follows the NumPy expression SciPy 1.17
// evaluates, so dtypes, signed zeros, errors and RuntimeWarnings are
// SciPy's.

// Companion is scipy.linalg.companion(a): for the polynomial
// a[0] x^(N-1) + a[1] x^(N-2) + ... + a[N-1] the (N-1)×(N-1) matrix whose
// first row is -a[1:]/a[0] and whose first subdiagonal is ones (Horn &
// Johnson, Matrix Analysis, pp. 146-7); its eigenvalues are the roots. a
// may be a batch (..., N), giving (..., N-1, N-1). The dtype is that of
// 1.0*a[0]: float64, or complex128. Errors:
//
//	ValueError "The length of `a` along the last axis must be at least 2."
//	ValueError "The first coefficient(s) of `a` (i.e. elements of `a[..., 0]`) must not be zero."
//	TypeError  for bool a (NumPy's boolean negative)
func Companion(a *Array) (*Array, []Warning, error) {
	a = AtLeast1D(a)
	nd := a.Ndim()
	n := a.shape[nd-1]
	if n < 2 {
		return nil, nil, valueErr("The length of `a` along the last axis must be at least 2.")
	}
	lead, err := a.Index(lastAxis(nd, Slice(iptr(0), iptr(1), nil)))
	if err != nil {
		return nil, nil, err
	}
	for k := range lead.Size() {
		if isZero(lead.At(k)) {
			return nil, nil, valueErr("The first coefficient(s) of `a` (i.e. elements of `a[..., 0]`) must not be zero.")
		}
	}
	rest, err := a.Index(lastAxis(nd, Slice(iptr(1), nil, nil)))
	if err != nil {
		return nil, nil, err
	}
	neg, _, err := Unary(OpNeg, rest)
	if err != nil {
		return nil, nil, err
	}
	one, _ := Scalar(1.0)
	den, _, err := Binary(OpMul, one, lead)
	if err != nil {
		return nil, nil, err
	}
	row, warns, err := Binary(OpDiv, neg, den)
	if err != nil {
		return nil, nil, err
	}
	batch := a.shape[:nd-1]
	out, err := Zeros(row.dtype, append(append([]int{}, batch...), n-1, n-1))
	if err != nil {
		return nil, nil, err
	}
	m := n - 1
	rows := row.contiguous()
	for b := range shapeProd(batch) {
		for j := range m {
			out.setFlat(b*m*m+j, rows.At(b*m+j))
		}
		for i := 1; i < m; i++ {
			out.setFlat(b*m*m+i*m+i-1, 1)
		}
	}
	return out, warns, nil
}

// Fiedler is scipy.linalg.fiedler(a): the symmetric matrix
// F[i, j] = |a[i] - a[j]|, with zero diagonal and non-negative entries (J.
// Todd, Basic Numerical Mathematics, Vol. 2, 1977). a may be a batch
// (..., n). An empty a gives a float64 array of shape (0,), one of size
// one [[0.0]], as in SciPy. Complex a gives the float64 moduli; bool a is
// NumPy's TypeError for boolean subtraction.
func Fiedler(a *Array) (*Array, error) {
	a = AtLeast1D(a)
	switch a.Size() {
	case 0:
		return Zeros(Float64, []int{0})
	case 1:
		return Zeros(Float64, []int{1, 1})
	}
	nd := a.Ndim()
	n := a.shape[nd-1]
	dt := Float64
	if a.dtype == Int64 {
		dt = Int64
	}
	if err := CheckAlloc(dt, append(a.Shape(), n)); err != nil {
		return nil, err
	}
	col, err := a.ExpandDims(nd)
	if err != nil {
		return nil, err
	}
	row, err := a.ExpandDims(nd - 1)
	if err != nil {
		return nil, err
	}
	d, _, err := Binary(OpSub, col, row)
	if err != nil {
		return nil, err
	}
	out, _, err := Unary(OpAbs, d)
	return out, err
}

// FiedlerCompanion is scipy.linalg.fiedler_companion(a): the pentadiagonal
// companion matrix of M. Fiedler (A note on companion matrices, Linear
// Algebra Appl. 372, 2003) for the polynomial with coefficients a, whose
// eigenvalues are its roots. The coefficients are first divided by a[0].
// A batch (..., N) is mapped over its last axis as np.apply_along_axis
// maps it. For N < 2 the result is an empty 1-d array of a's dtype; for
// N == 2 the 1×1 matrix [[-a[1]/a[0]]] (with NumPy's RuntimeWarnings when
// a[0] is zero). Errors:
//
//	ValueError "Leading coefficient is zero."
func FiedlerCompanion(a *Array) (*Array, []Warning, error) {
	a = AtLeast1D(a)
	if a.Ndim() > 1 {
		var warns []Warning
		out, err := ApplyAlongLastAxis(a, func(v *Array) (*Array, error) {
			r, w, err := FiedlerCompanion(v)
			warns = append(warns, w...)
			return r, err
		})
		return out, warns, err
	}
	size := a.Size()
	if size < 2 {
		out, err := Zeros(a.dtype, []int{0})
		return out, nil, err
	}
	if size > 2 && isZero(a.At(0)) {
		return nil, nil, valueErr("Leading coefficient is zero.")
	}
	lead, _ := a.Index([]IndexItem{Int(0)})
	a, warns, err := Binary(OpDiv, a, lead)
	if err != nil {
		return nil, nil, err
	}
	if size == 2 {
		out, err := Zeros(a.dtype, []int{1, 1})
		if err != nil {
			return nil, nil, err
		}
		out.setFlat(0, negate(a.At(1)))
		return out, warns, nil
	}
	n := size - 1
	out, err := Zeros(a.dtype, []int{n, n})
	if err != nil {
		return nil, nil, err
	}
	set := func(i, j int, v any) { out.setFlat(i*n+j, v) }
	for i, j := 3, 1; i < n && j < n-2; i, j = i+2, j+2 {
		set(i, j, 1)
	}
	for i, j, k := 2, 1, 3; i < n && j < n-1; i, j, k = i+2, j+2, k+2 {
		set(i, j, negate(a.At(k)))
	}
	for i, j := 0, 2; i < n-2 && j < n; i, j = i+2, j+2 {
		set(i, j, 1)
	}
	for i, j, k := 0, 1, 2; i < n-1 && j < n; i, j, k = i+2, j+2, k+2 {
		set(i, j, negate(a.At(k)))
	}
	set(0, 0, negate(a.At(1)))
	set(1, 0, 1)
	return out, warns, nil
}

// Leslie is scipy.linalg.leslie(f, s) for one f of length N and one s of
// length N-1: the Leslie matrix of an age-structured population (P. H.
// Leslie, Biometrika 33, 1945), zero but for the fecundities f in its first
// row and the survival rates s on its first subdiagonal. The dtype is that
// of f[0] + s[0]. 0-d f and s count as length one. Errors:
//
//	ValueError "Incorrect lengths for f and s. The length of s along the last axis must be one less than the length of f."
//	ValueError "The length of s must be at least 1."
func Leslie(f, s *Array) (*Array, error) {
	f, s = AtLeast1D(f), AtLeast1D(s)
	n := f.shape[f.Ndim()-1]
	if n != s.shape[s.Ndim()-1]+1 {
		return nil, valueErr("Incorrect lengths for f and s. The length of s along the last axis must be one less than the length of f.")
	}
	if n == 1 {
		return nil, valueErr("The length of s must be at least 1.")
	}
	f0, _ := f.Index([]IndexItem{Int(0)})
	s0, _ := s.Index([]IndexItem{Int(0)})
	t, _, err := Binary(OpAdd, f0, s0)
	if err != nil {
		return nil, err
	}
	out, err := Zeros(t.dtype, []int{n, n})
	if err != nil {
		return nil, err
	}
	fv, sv := f.AsType(t.dtype), s.AsType(t.dtype)
	for j := range n {
		out.setFlat(j, fv.At(j))
	}
	for i := 1; i < n; i++ {
		out.setFlat(i*n+i-1, sv.At(i-1))
	}
	return out, nil
}

// ConvolutionMatrix is scipy.linalg.convolution_matrix(a, n, mode) for a
// 1-d a of length m >= 1 and n >= 1: the Toeplitz matrix A with n columns
// such that A @ v is np.convolve(a, v, mode). mode 'full' gives m+n-1
// rows, 'same' max(m, n) and 'valid' max(m, n)-min(m, n)+1. A batch
// (..., m) is mapped over its last axis as np.apply_along_axis maps it.
// The caller checks n, the size of a and mode, in SciPy's order. Errors:
//
//	IndexError "too many indices for array: array is 0-dimensional, but 1 were indexed" (0-d a)
func ConvolutionMatrix(a *Array, n int, mode string) (*Array, error) {
	switch a.Ndim() {
	case 0:
		return nil, indexErr("too many indices for array: array is 0-dimensional, but 1 were indexed")
	case 1:
	default:
		return ApplyAlongLastAxis(a, func(v *Array) (*Array, error) { return ConvolutionMatrix(v, n, mode) })
	}
	m := a.Size()
	if n > math.MaxInt-m {
		return nil, valueErr("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
	}
	length := m + n - 1
	if err := CheckAlloc(a.dtype, []int{length}); err != nil {
		return nil, err // SciPy pads a with n-1 zeros first
	}
	vals, _ := specialVector(a, a.dtype)
	zero := elementOf(a.dtype, 0)
	az := make([]any, length)  // a padded with n-1 zeros
	raz := make([]any, length) // a reversed, padded likewise
	for k := range length {
		az[k], raz[k] = zero, zero
		if k < m {
			az[k], raz[k] = vals[k], vals[m-1-k]
		}
	}
	var col, row []any
	switch mode {
	case "same":
		trim := min(n, m) - 1
		tb, te := trim/2, trim-trim/2
		col, row = az[tb:length-te], raz[length-n-tb:length-tb]
	case "valid":
		tb := min(n, m) - 1
		col, row = az[tb:length-tb], raz[length-n-tb:length-tb]
	default:
		col, row = az, raz[length-n:]
	}
	out, _, err := specialMatrix(len(col), len(row), a.dtype, func(i, j int) any {
		if i >= j {
			return col[i-j]
		}
		return row[j-i]
	})
	return out, err
}

// ApplyAlongLastAxis is np.apply_along_axis(f, -1, a) for a of two or more
// dimensions: f maps each 1-d slice a[i, j, ..., :] to an array, and the
// results, all of the first one's shape, fill an array of shape
// a.shape[:-1] + that shape and of the first result's dtype (later results
// are cast to it). Errors are f's, and
//
//	ValueError "Cannot apply_along_axis when any iteration dimensions are 0"
func ApplyAlongLastAxis(a *Array, f func(*Array) (*Array, error)) (*Array, error) {
	nd := a.Ndim()
	batch := a.shape[:nd-1]
	count := shapeProd(batch)
	if count == 0 {
		return nil, valueErr("Cannot apply_along_axis when any iteration dimensions are 0")
	}
	rows, err := a.Reshape([]int{count, a.shape[nd-1]})
	if err != nil {
		return nil, err
	}
	results := make([]*Array, count)
	for b := range count {
		v, err := rows.Index([]IndexItem{Int(b)})
		if err != nil {
			return nil, err
		}
		if results[b], err = f(v); err != nil {
			return nil, err
		}
		if b > 0 {
			results[b] = results[b].AsType(results[0].dtype)
		}
	}
	out, err := Stack(results, 0)
	if err != nil {
		return nil, err
	}
	return out.Reshape(append(append([]int{}, batch...), results[0].shape...))
}

// AtLeast1D is np.atleast_1d for one array: a 0-d array as shape (1,),
// any other as it is.
func AtLeast1D(a *Array) *Array {
	if a.Ndim() == 0 {
		r, _ := a.Reshape([]int{1})
		return r
	}
	return a
}

// lastAxis is the subscript a[..., it] for an array of nd axes.
func lastAxis(nd int, it IndexItem) []IndexItem {
	return axisItems(nd, nd-1, it)
}

// shapeProd is the number of elements of an array of the given shape.
func shapeProd(shape []int) int {
	p := 1
	for _, d := range shape {
		p *= d
	}
	return p
}

// isZero reports whether an element equals zero (NaN does not).
func isZero(v any) bool {
	switch x := v.(type) {
	case bool:
		return !x
	case int64:
		return x == 0
	case float64:
		return x == 0
	case complex128:
		return x == 0
	}
	return false
}

// negate is NumPy's negative of one float or complex element (signed
// zeros included).
func negate(v any) any {
	switch x := v.(type) {
	case int64:
		return -x
	case float64:
		return -x
	case complex128:
		return -x
	}
	return v
}

// elementOf is the integer x as an element of dtype d.
func elementOf(d DType, x int64) any {
	switch d {
	case Bool:
		return x != 0
	case Int64:
		return x
	case Complex128:
		return complex(float64(x), 0)
	}
	return float64(x)
}
