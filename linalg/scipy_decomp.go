package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
	"gonum.org/v1/gonum/lapack/gonum"
)

// scipy.linalg's own factorisations, which differ from numpy.linalg's in
// defaults (the upper Cholesky factor, QR's 'full' mode, complex
// eigenvalues from eig) and add LU, Cholesky solves, expm, null_space and
// orth. Each works on 2-d matrices; stacks (..., M, N) are taken matrix by
// matrix as SciPy's _apply_over_batch does.

var lapack64 gonum.Implementation

// CheckFinite returns SciPy's ValueError "array must not contain infs or
// NaNs" when a holds a NaN or an infinity (check_finite=True).
func CheckFinite(a *Array) error {
	if !a.allFinite() {
		return valueErr("array must not contain infs or NaNs")
	}
	return nil
}

// inexact returns a as float64 or complex128 data, as SciPy converts
// integer and boolean input for LAPACK.
func inexact(a *Array) *Array {
	if a.dtype == Complex128 || a.dtype == Float64 {
		return a.AsArray()
	}
	return a.AsType(Float64)
}

// matrixAt returns matrix t of the (..., M, N) stack a as a new 2-d array.
func matrixAt(a *Array, t int) *Array {
	_, m, n := stackDims(a.shape)
	if a.dtype == Complex128 {
		x, _ := NewComplex128([]int{m, n}, append([]complex128(nil), a.Complex128s()[t*m*n:(t+1)*m*n]...))
		return x
	}
	x, _ := NewFloat64([]int{m, n}, append([]float64(nil), a.Float64s()[t*m*n:(t+1)*m*n]...))
	return x
}

// overBatch applies f to each matrix of the stack a (at least 2-d) and
// stacks the results with a's batch shape in front. A 2-d a is passed
// through. nout is the number of results f returns.
func overBatch(a *Array, nout int, f func(m *Array) ([]*Array, error)) ([]*Array, error) {
	if len(a.shape) == 2 {
		return f(a)
	}
	batch, _, _ := stackDims(a.shape)
	nb := prod(batch)
	parts := make([][]*Array, nout)
	for t := 0; t < nb; t++ {
		r, err := f(matrixAt(a, t))
		if err != nil {
			return nil, err
		}
		for k := range nout {
			parts[k] = append(parts[k], r[k])
		}
	}
	out := make([]*Array, nout)
	for k := range nout {
		if nb == 0 {
			r, err := f(matrixAt(zeroLike(a), 0))
			if err != nil {
				return nil, err
			}
			sh := append(append([]int{}, batch...), r[k].shape...)
			out[k] = newArray(r[k].dtype, sh)
			continue
		}
		s, err := Stack(parts[k], 0)
		if err != nil {
			return nil, err
		}
		out[k], err = s.Reshape(append(append([]int{}, batch...), parts[k][0].shape...))
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// zeroLike returns one zero matrix shaped like the matrices of a.
func zeroLike(a *Array) *Array {
	_, m, n := stackDims(a.shape)
	return newArray(a.dtype, []int{1, m, n})
}

func squareOrErr(a *Array) error {
	_, m, n := stackDims(a.shape)
	if m != n {
		return valueErr("Input array is expected to be square but has the shape: %s.", FormatShape(a.shape[len(a.shape)-2:]))
	}
	return nil
}

// atLeast2D reshapes 0-d and 1-d arrays to one row (np.atleast_2d).
func atLeast2D(a *Array) *Array {
	switch len(a.shape) {
	case 0:
		a, _ = a.AsArray().Reshape([]int{1, 1})
	case 1:
		a, _ = a.AsArray().Reshape([]int{1, a.shape[0]})
	}
	return a
}

// SciPyCholesky returns the Cholesky factor of each Hermitian positive
// definite matrix in a (scipy.linalg.cholesky): the upper triangular U
// with A = Uᴴ·U, reading only the upper triangle of A, or with lower the
// lower triangular L with A = L·Lᴴ from the lower triangle. Errors:
//
//	ValueError  "Input array is expected to be square but has the shape: (2, 3)."
//	LinAlgError "%d-th leading minor of the array is not positive definite"
func SciPyCholesky(a *Array, lower bool) (*Array, error) {
	c, err := choFactor(a, lower, true)
	return c, err
}

// SciPyChoFactor is scipy.linalg.cho_factor: the matrix c whose upper
// (or, with lower, lower) triangle holds the Cholesky factor of a, its
// other triangle holding a's own entries, as LAPACK's potrf leaves them.
// Errors as SciPyCholesky.
func SciPyChoFactor(a *Array, lower bool) (*Array, error) {
	return choFactor(a, lower, false)
}

func choFactor(a *Array, lower, clean bool) (*Array, error) {
	a = inexact(atLeast2D(a))
	if err := squareOrErr(a); err != nil {
		return nil, err
	}
	r, err := overBatch(a, 1, func(m *Array) ([]*Array, error) {
		n := m.shape[0]
		src := m.Complex128s()
		// Work on the lower triangle of A (or of Aᴴ for the upper factor).
		w := make([]complex128, n*n)
		for i := 0; i < n; i++ {
			for j := 0; j <= i; j++ {
				if lower {
					w[i*n+j] = src[i*n+j]
				} else {
					w[i*n+j] = cmplx.Conj(src[j*n+i])
				}
			}
		}
		if k := cholLowerInfo(w, n, m.dtype == Complex128); k > 0 {
			return nil, linAlgErr(NotPositiveDefinite, "%d-th leading minor of the array is not positive definite", k)
		}
		out := make([]complex128, n*n)
		if !clean {
			copy(out, src)
		}
		for i := 0; i < n; i++ {
			for j := 0; j <= i; j++ {
				if lower {
					out[i*n+j] = w[i*n+j]
				} else {
					out[j*n+i] = conjPos(w[i*n+j])
				}
			}
		}
		return []*Array{fromComplex(out, m.dtype, n, n)}, nil
	})
	if err != nil {
		return nil, err
	}
	return r[0], nil
}

// cholLowerInfo is cholLowerC returning LAPACK's info: 0 on success,
// otherwise the order of the first leading minor that is not positive
// definite. Real input (cplx false) is computed in real arithmetic.
func cholLowerInfo(a []complex128, n int, cplx bool) int {
	if cplx {
		b := append([]complex128(nil), a...)
		if cholLowerC(b, n) {
			copy(a, b)
			return 0
		}
		for k := 1; k <= n; k++ {
			c := make([]complex128, k*k)
			for i := 0; i < k; i++ {
				copy(c[i*k:(i+1)*k], a[i*n:i*n+k])
			}
			if !cholLowerC(c, k) {
				return k
			}
		}
		return n
	}
	f := make([]float64, n*n)
	for i := range f {
		f[i] = real(a[i])
	}
	for j := 0; j < n; j++ {
		s := f[j*n+j]
		for k := 0; k < j; k++ {
			s -= f[j*n+k] * f[j*n+k]
		}
		if !(s > 0) {
			return j + 1
		}
		d := math.Sqrt(s)
		f[j*n+j] = d
		for i := j + 1; i < n; i++ {
			v := f[i*n+j]
			for k := 0; k < j; k++ {
				v -= f[i*n+k] * f[j*n+k]
			}
			f[i*n+j] = v / d
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j <= i {
				a[i*n+j] = complex(f[i*n+j], 0)
			} else {
				a[i*n+j] = 0
			}
		}
	}
	return 0
}

// conjPos is the complex conjugate with a zero imaginary part kept +0,
// as LAPACK's factors carry it.
func conjPos(z complex128) complex128 { return complex(real(z), 0-imag(z)) }

// fromComplex makes an m×n array of dtype d (Float64 or Complex128) from
// complex data.
func fromComplex(v []complex128, d DType, m, n int) *Array {
	if d == Complex128 {
		x, _ := NewComplex128([]int{m, n}, v)
		return x
	}
	f := make([]float64, len(v))
	for i, z := range v {
		f[i] = real(z)
	}
	x, _ := NewFloat64([]int{m, n}, f)
	return x
}

// SciPyChoSolve solves A·x = b given cho_factor's (c, lower)
// (scipy.linalg.cho_solve). Errors:
//
//	ValueError "incompatible dimensions ((2, 2) and (3,))"
//	ValueError "The factored matrix c is not square."
func SciPyChoSolve(c *Array, lower bool, b *Array) (*Array, error) {
	c = inexact(atLeast2D(c))
	b = inexact(b)
	if len(c.shape) != 2 || c.shape[0] != c.shape[1] {
		return nil, valueErr("The factored matrix c is not square.")
	}
	n := c.shape[0]
	if len(b.shape) == 0 || b.shape[0] != n {
		return nil, valueErr("incompatible dimensions (%s and %s)", FormatShape(c.shape), FormatShape(b.shape))
	}
	l := make([]complex128, n*n) // the lower factor L, A = L·Lᴴ
	cs := c.Complex128s()
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			if lower {
				l[i*n+j] = cs[i*n+j]
			} else {
				l[i*n+j] = cmplx.Conj(cs[j*n+i])
			}
		}
	}
	k := b.Size() / max(n, 1)
	if n == 0 {
		k = 0
	}
	x := b.Complex128s()
	triSolveC(l, n, x, k, true, false, false)
	triSolveC(l, n, x, k, true, true, false)
	d := Promote(c.dtype, b.dtype)
	out := fromComplex(x, d, 1, len(x))
	return out.Reshape(b.shape)
}

// triSolveC solves op(T)·X = B in place for the n×n triangular t (lower
// or upper) and the n×k right-hand sides x; op is Tᴴ when conjTrans. With
// unit the diagonal is taken as ones.
func triSolveC(t []complex128, n int, x []complex128, k int, lower, conjTrans, unit bool) {
	at := func(i, j int) complex128 {
		if conjTrans {
			return cmplx.Conj(t[j*n+i])
		}
		return t[i*n+j]
	}
	lo := lower != conjTrans // the effective triangle of op(T)
	for c := 0; c < k; c++ {
		if lo {
			for i := 0; i < n; i++ {
				s := x[i*k+c]
				for j := 0; j < i; j++ {
					s -= at(i, j) * x[j*k+c]
				}
				if !unit {
					s /= at(i, i)
				}
				x[i*k+c] = s
			}
		} else {
			for i := n - 1; i >= 0; i-- {
				s := x[i*k+c]
				for j := i + 1; j < n; j++ {
					s -= at(i, j) * x[j*k+c]
				}
				if !unit {
					s /= at(i, i)
				}
				x[i*k+c] = s
			}
		}
	}
}

// getrfAny computes P·A = L·U for the row-major m×n matrix a with partial
// pivoting (LAPACK's getrf; for complex data the pivot maximises
// |Re|+|Im| as izamax does), overwriting a with L (unit, below the
// diagonal) and U. piv[i] is the 0-based row swapped with row i. It
// returns LAPACK's info: 0, or j+1 when U[j, j] is exactly zero.
func getrfAny(a []complex128, m, n int, piv []int, cplx bool) int {
	k := min(m, n)
	if !cplx {
		f := make([]float64, len(a))
		for i := range f {
			f[i] = real(a[i])
		}
		info := 0
		if k > 0 {
			info = getrf(nil, f, m, n, max(n, 1), piv[:k]) + 1
		}
		for i := range f {
			a[i] = complex(f[i], 0)
		}
		return info
	}
	if m == n && n >= 1 && n <= obZLUMax {
		// zgetrf in OpenBLAS's order (SciPy's Fortran copy holds A).
		return obZgetrf(a, n, n, n, piv[:n]) + 1
	}
	info := 0
	for j := 0; j < k; j++ {
		p, best := j, -1.0
		for i := j; i < m; i++ {
			if v := cabs1(a[i*n+j]); v > best {
				p, best = i, v
			}
		}
		piv[j] = p
		if a[p*n+j] == 0 {
			if info == 0 {
				info = j + 1
			}
			continue
		}
		if p != j {
			for c := 0; c < n; c++ {
				a[p*n+c], a[j*n+c] = a[j*n+c], a[p*n+c]
			}
		}
		r := 1 / a[j*n+j]
		for i := j + 1; i < m; i++ {
			a[i*n+j] *= r
		}
		for i := j + 1; i < m; i++ {
			l := a[i*n+j]
			if l == 0 {
				continue
			}
			for c := j + 1; c < n; c++ {
				a[i*n+c] -= l * a[j*n+c]
			}
		}
	}
	return info
}

// SciPyLUFactor is scipy.linalg.lu_factor: the LU factors of the M×N
// matrix a in one matrix (L strictly below the diagonal, unit diagonal
// implied; U on and above) and LAPACK's 0-based pivots piv (row i was
// interchanged with row piv[i]). A zero pivot is not an error: SciPy warns
// with LinAlgWarning "Diagonal number %d is exactly zero. Singular
// matrix.", returned in warns.
func SciPyLUFactor(a *Array) (lu, piv *Array, warns []Warning, err error) {
	if len(a.shape) == 1 {
		a, _ = a.AsArray().Reshape([]int{a.shape[0], 1}) // as SciPy takes it
	}
	a = inexact(atLeast2D(a))
	r, err := overBatch(a, 2, func(mt *Array) ([]*Array, error) {
		m, n := mt.shape[0], mt.shape[1]
		v := mt.Complex128s()
		p := make([]int, max(min(m, n), 0))
		info := getrfAny(v, m, n, p, mt.dtype == Complex128)
		if info > 0 {
			warns = append(warns, Warning{"LinAlgWarning", "Diagonal number " + itoa(info) + " is exactly zero. Singular matrix."})
		}
		pi := make([]int64, len(p))
		for i, x := range p {
			pi[i] = int64(x)
		}
		pa, _ := NewInt64([]int{len(p)}, pi)
		return []*Array{fromComplex(v, mt.dtype, m, n), pa}, nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	return r[0], r[1], warns, nil
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// SciPyLU is scipy.linalg.lu: A = P·L·U with P a permutation matrix, L
// M×K unit lower triangular and U K×N upper triangular, K = min(M, N).
// With permuteL it returns (P·L, U) in p and l (u is nil); with pIndices p
// is the 1-d permutation vector with A = L[p]·U instead of the matrix.
func SciPyLU(a *Array, permuteL, pIndices bool) (p, l, u *Array, err error) {
	if len(a.shape) < 2 {
		return nil, nil, nil, valueErr("The input array must be at least two-dimensional.")
	}
	a = inexact(a)
	r, err := overBatch(a, 3, func(mt *Array) ([]*Array, error) {
		m, n := mt.shape[0], mt.shape[1]
		k := min(m, n)
		v := mt.Complex128s()
		piv := make([]int, k)
		getrfAny(v, m, n, piv, mt.dtype == Complex128)
		perm := make([]int, m) // row perm[i] of A is row i of L·U
		for i := range perm {
			perm[i] = i
		}
		for i, q := range piv {
			perm[i], perm[q] = perm[q], perm[i]
		}
		inv := make([]int, m) // A[i] = (L·U)[inv[i]]
		for i, q := range perm {
			inv[q] = i
		}
		lv := make([]complex128, m*k)
		uv := make([]complex128, k*n)
		for i := 0; i < m; i++ {
			for j := 0; j < k; j++ {
				switch {
				case j < i:
					lv[i*k+j] = v[i*n+j]
				case j == i:
					lv[i*k+j] = 1
				}
			}
		}
		for i := 0; i < k; i++ {
			for j := i; j < n; j++ {
				uv[i*n+j] = v[i*n+j]
			}
		}
		if permuteL {
			pl := make([]complex128, m*k)
			for i := 0; i < m; i++ {
				copy(pl[i*k:(i+1)*k], lv[inv[i]*k:(inv[i]+1)*k])
			}
			return []*Array{fromComplex(pl, mt.dtype, m, k), fromComplex(uv, mt.dtype, k, n), newArray(Float64, []int{0})}, nil
		}
		var pa *Array
		if pIndices {
			pi := make([]int64, m)
			for i, q := range inv {
				pi[i] = int64(q)
			}
			pa, _ = NewInt64([]int{m}, pi)
		} else {
			pv := make([]complex128, m*m)
			for i, q := range inv {
				pv[i*m+q] = 1
			}
			pd := Float64
			if m*n == 1 {
				pd = mt.dtype // SciPy's 1×1 shortcut returns P in a's dtype
			}
			pa = fromComplex(pv, pd, m, m)
		}
		return []*Array{pa, fromComplex(lv, mt.dtype, m, k), fromComplex(uv, mt.dtype, k, n)}, nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	if permuteL {
		return r[0], r[1], nil, nil
	}
	return r[0], r[1], r[2], nil
}

// SciPyLUSolve is scipy.linalg.lu_solve: it solves A·x = b (trans 0),
// Aᵀ·x = b (1) or Aᴴ·x = b (2) from lu_factor's (lu, piv). A zero pivot
// gives infinities and NaNs, not an error. Errors:
//
//	ValueError "Shapes of lu (2, 2) and b (3,) are incompatible"
//	ValueError "trans must be 0, 1 or 2"
func SciPyLUSolve(lu, piv, b *Array, trans int) (*Array, error) {
	lu = inexact(atLeast2D(lu))
	b = inexact(b)
	if trans < 0 || trans > 2 {
		return nil, valueErr("trans must be 0, 1 or 2")
	}
	n := lu.shape[0]
	if len(lu.shape) != 2 || lu.shape[1] != n || len(b.shape) == 0 || b.shape[0] != n {
		return nil, valueErr("Shapes of lu %s and b %s are incompatible", FormatShape(lu.shape), FormatShape(b.shape))
	}
	pv := piv.Float64s()
	if len(pv) != n {
		return nil, valueErr("Shapes of lu %s and b %s are incompatible", FormatShape(lu.shape), FormatShape(b.shape))
	}
	k := 0
	if n > 0 {
		k = b.Size() / n
	}
	if trans == 0 && n >= 1 && k >= 1 {
		// getrs in OpenBLAS's order (trsv for one right-hand side, trsm
		// for more), on valid 0-based pivots.
		p := make([]int, n)
		valid := true
		for i, v := range pv {
			p[i] = int(v)
			valid = valid && v == float64(p[i]) && p[i] >= 0 && p[i] < n
		}
		switch {
		case !valid:
		case n <= obLUMax && lu.dtype == Float64 && b.dtype == Float64:
			x := b.Float64s()
			obSolve(lu.Float64s(), n, p, x, k)
			out, _ := NewFloat64(b.shape, x)
			return out, nil
		case n <= obZLUMax:
			x := b.Complex128s()
			luSolveC(lu.Complex128s(), n, p, x, k)
			out := fromComplex(x, Promote(lu.dtype, b.dtype), 1, len(x))
			return out.Reshape(b.shape)
		}
	}
	x := b.Complex128s()
	f := lu.Complex128s()
	lower := make([]complex128, n*n)
	upper := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j < i {
				lower[i*n+j] = f[i*n+j]
			} else {
				upper[i*n+j] = f[i*n+j]
			}
		}
	}
	swap := func(i int) {
		q := int(pv[i])
		if q < 0 || q >= n || q == i {
			return
		}
		for c := 0; c < k; c++ {
			x[i*k+c], x[q*k+c] = x[q*k+c], x[i*k+c]
		}
	}
	if trans == 0 {
		for i := 0; i < n; i++ {
			swap(i)
		}
		triSolveC(lower, n, x, k, true, false, true)
		triSolveC(upper, n, x, k, false, false, false)
	} else {
		conj := func(v []complex128) {
			for i := range v {
				v[i] = cmplx.Conj(v[i])
			}
		}
		// Aᵀ = Uᵀ·Lᵀ·P: solve with conjugated factors under Aᴴ when trans=1.
		l2, u2 := lower, upper
		if trans == 1 {
			l2 = append([]complex128(nil), lower...)
			u2 = append([]complex128(nil), upper...)
			conj(l2)
			conj(u2)
		}
		triSolveC(u2, n, x, k, false, true, false)
		triSolveC(l2, n, x, k, true, true, true)
		for i := n - 1; i >= 0; i-- {
			swap(i)
		}
	}
	out := fromComplex(x, Promote(lu.dtype, b.dtype), 1, len(x))
	return out.Reshape(b.shape)
}

// SolveTriangular is scipy.linalg.solve_triangular: x with op(A)·x = b for
// the triangular A (its lower triangle with lower, else the upper; the
// other is ignored), op chosen by trans 0 (A), 1 (Aᵀ) or 2 (Aᴴ), with a
// unit diagonal assumed when unitDiagonal. Errors:
//
//	LinAlgError "singular matrix: resolution failed at diagonal %d"
//	ValueError  "shapes of a (2, 2) and b (3,) are incompatible"
func SolveTriangular(a, b *Array, trans int, lower, unitDiagonal bool) (*Array, error) {
	a = inexact(atLeast2D(a))
	b = inexact(b)
	if trans < 0 || trans > 2 {
		return nil, valueErr("Unknown trans value %d", trans)
	}
	if len(a.shape) != 2 || a.shape[0] != a.shape[1] {
		return nil, valueErr("expected square matrix")
	}
	n := a.shape[0]
	if len(b.shape) == 0 || b.shape[0] != n {
		return nil, valueErr("shapes of a %s and b %s are incompatible", FormatShape(a.shape), FormatShape(b.shape))
	}
	t := a.Complex128s()
	if !unitDiagonal {
		for i := 0; i < n; i++ {
			if t[i*n+i] == 0 {
				return nil, linAlgErr(Singular, "singular matrix: resolution failed at diagonal %d", i)
			}
		}
	}
	tri := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if (lower && j <= i) || (!lower && j >= i) {
				tri[i*n+j] = t[i*n+j]
				if trans == 1 {
					tri[i*n+j] = cmplx.Conj(tri[i*n+j])
				}
			}
		}
	}
	k := 0
	if n > 0 {
		k = b.Size() / n
	}
	x := b.Complex128s()
	triSolveC(tri, n, x, k, lower, trans != 0, unitDiagonal)
	out := fromComplex(x, Promote(a.dtype, b.dtype), 1, len(x))
	return out.Reshape(b.shape)
}

// SciPyQR is scipy.linalg.qr for a 2-d a: A = Q·R (A[:, p] = Q·R with
// pivoting, p the column permutation). mode is "full" (Q M×M, R M×N),
// "economic" (Q M×K, R K×N), "r" (R only, M×N) or "raw" (q is LAPACK's
// factored M×N matrix, tau its reflector factors, R economic). Errors:
//
//	ValueError "Mode argument should be one of ['full', 'r', 'economic', 'raw']"
//	ValueError "expected a 2-D array"
func SciPyQR(a *Array, mode string, pivoting bool) (q, r, p, tau *Array, err error) {
	switch mode {
	case "full", "r", "economic", "raw":
	default:
		return nil, nil, nil, nil, valueErr("Mode argument should be one of ['full', 'r', 'economic', 'raw']")
	}
	if len(a.shape) < 2 {
		return nil, nil, nil, nil, valueErr("expected a 2-D array")
	}
	if len(a.shape) > 2 {
		ph := newArray(Float64, []int{0})
		orPh := func(x *Array) *Array {
			if x == nil {
				return ph
			}
			return x
		}
		res, err := overBatch(inexact(a), 4, func(m *Array) ([]*Array, error) {
			q, r, p, tau, err := SciPyQR(m, mode, pivoting)
			return []*Array{orPh(q), orPh(r), orPh(p), orPh(tau)}, err
		})
		if err != nil {
			return nil, nil, nil, nil, err
		}
		q, r, p, tau = res[0], res[1], res[2], res[3]
		if mode == "r" {
			q = nil
		}
		if mode != "raw" {
			tau = nil
		}
		if !pivoting {
			p = nil
		}
		return q, r, p, tau, nil
	}
	a = inexact(a)
	m, n := a.shape[0], a.shape[1]
	k := min(m, n)
	h := a.Complex128s()
	t := make([]complex128, k)
	var piv []int
	if pivoting {
		piv = make([]int, n)
		if k == 0 {
			for j := range piv {
				piv[j] = j
			}
		}
	}
	if k > 0 {
		qrC(h, m, n, t, piv)
	}
	rr := m
	if (mode == "economic" || mode == "raw") && m >= n {
		rr = n
	}
	rv := make([]complex128, rr*n)
	for i := 0; i < min(rr, m); i++ {
		for j := i; j < n; j++ {
			rv[i*n+j] = h[i*n+j]
		}
	}
	r = fromComplex(rv, a.dtype, rr, n)
	if pivoting {
		pi := make([]int64, n)
		for j, x := range piv {
			pi[j] = int64(x)
		}
		p, _ = NewInt64([]int{n}, pi)
	}
	switch mode {
	case "r":
		return nil, r, p, nil, nil
	case "raw":
		return fromComplex(h, a.dtype, m, n), r, p, fromComplex(t, a.dtype, 1, k).Ravel(), nil
	}
	qc := m
	if mode == "economic" {
		qc = k
	}
	var qv []complex128
	if k == 0 {
		qv = make([]complex128, m*qc)
		for i := 0; i < min(m, qc); i++ {
			qv[i*qc+i] = 1
		}
	} else {
		qv = qrFormQC(h, m, n, t, qc)
	}
	return fromComplex(qv, a.dtype, m, qc), r, p, nil, nil
}

// SciPyPinv is scipy.linalg.pinv: A⁺ from the thin SVD, keeping the
// singular values greater than atol + rtol·max(S); atol < 0 means 0 and
// rtol < 0 means max(M, N)·ε. It also returns that rank. Errors:
//
//	ValueError "atol and rtol values must be positive."
func SciPyPinv(a *Array, atol, rtol float64, atolSet, rtolSet bool) (*Array, int, error) {
	a = inexact(a)
	if len(a.shape) < 2 {
		return nil, 0, valueErr("expected matrix")
	}
	if len(a.shape) > 2 {
		rank := 0
		r, err := overBatch(a, 1, func(m *Array) ([]*Array, error) {
			x, rk, err := SciPyPinv(m, atol, rtol, atolSet, rtolSet)
			rank = rk
			return []*Array{x}, err
		})
		if err != nil {
			return nil, 0, err
		}
		return r[0], rank, nil
	}
	m, n := a.shape[0], a.shape[1]
	if !atolSet {
		atol = 0
	}
	if !rtolSet {
		rtol = float64(max(m, n)) * 0x1p-52
	}
	if atol < 0 || rtol < 0 {
		return nil, 0, valueErr("atol and rtol values must be positive.")
	}
	if m == 0 || n == 0 {
		z := newArray(a.dtype, []int{n, m})
		return z, 0, nil
	}
	u, s, vh, err := SVD(a, false)
	if err != nil {
		return nil, 0, err
	}
	k := min(m, n)
	mx := 0.0
	for _, x := range s.f {
		mx = math.Max(mx, x)
	}
	val := atol + mx*rtol
	rank := 0
	for _, x := range s.f {
		if x > val {
			rank++
		}
	}
	uc, vc := u.Complex128s(), vh.Complex128s()
	out := make([]complex128, n*m)
	for p := 0; p < rank; p++ {
		inv := complex(1/s.f[p], 0)
		for i := 0; i < n; i++ {
			vi := cmplx.Conj(vc[p*n+i])
			for j := 0; j < m; j++ {
				out[i*m+j] += vi * cmplx.Conj(uc[j*k+p]*inv)
			}
		}
	}
	return fromComplex(out, a.dtype, n, m), rank, nil
}

// NullSpace returns an orthonormal basis of the null space of the 2-d a
// (scipy.linalg.null_space): the right singular vectors (conjugated rows
// of Vh from the full SVD) whose singular values are at most
// rcond·max(S); rcond < 0 means ε·max(M, N).
func NullSpace(a *Array, rcond float64) (*Array, error) {
	a = inexact(a)
	if len(a.shape) < 2 {
		return nil, valueErr("expected matrix")
	}
	if len(a.shape) > 2 {
		r, err := overBatch(a, 1, func(m *Array) ([]*Array, error) {
			x, err := NullSpace(m, rcond)
			return []*Array{x}, err
		})
		if err != nil {
			return nil, err
		}
		return r[0], nil
	}
	m, n := a.shape[0], a.shape[1]
	u, s, vh, err := SVD(a, true)
	if err != nil {
		return nil, err
	}
	_ = u
	if rcond < 0 {
		rcond = 0x1p-52 * float64(max(m, n))
	}
	mx := 0.0
	for _, x := range s.f {
		mx = math.Max(mx, x)
	}
	num := 0
	for _, x := range s.f {
		if x > mx*rcond {
			num++
		}
	}
	vc := vh.Complex128s()
	cols := n - num
	out := make([]complex128, n*cols)
	for i := 0; i < n; i++ {
		for j := 0; j < cols; j++ {
			out[i*cols+j] = cmplx.Conj(vc[(num+j)*n+i])
		}
	}
	return fromComplex(out, a.dtype, n, cols), nil
}

// Orth returns an orthonormal basis of the range of the 2-d a
// (scipy.linalg.orth): the left singular vectors whose singular values
// exceed rcond·max(S); rcond < 0 means ε·max(M, N).
func Orth(a *Array, rcond float64) (*Array, error) {
	a = inexact(a)
	if len(a.shape) < 2 {
		return nil, valueErr("expected matrix")
	}
	if len(a.shape) > 2 {
		r, err := overBatch(a, 1, func(m *Array) ([]*Array, error) {
			x, err := Orth(m, rcond)
			return []*Array{x}, err
		})
		if err != nil {
			return nil, err
		}
		return r[0], nil
	}
	m, n := a.shape[0], a.shape[1]
	u, s, _, err := SVD(a, false)
	if err != nil {
		return nil, err
	}
	if rcond < 0 {
		rcond = 0x1p-52 * float64(max(m, n))
	}
	mx := 0.0
	for _, x := range s.f {
		mx = math.Max(mx, x)
	}
	num := 0
	for _, x := range s.f {
		if x > mx*rcond {
			num++
		}
	}
	k := min(m, n)
	uc := u.Complex128s()
	out := make([]complex128, m*num)
	for i := 0; i < m; i++ {
		copy(out[i*num:(i+1)*num], uc[i*k:i*k+num])
	}
	return fromComplex(out, a.dtype, m, num), nil
}

// Ensure the imported BLAS and LAPACK enum packages are used by the
// solvers in scipy_solve.go.
var _ = blas.Upper
var _ = lapack.MaxColumnSum
