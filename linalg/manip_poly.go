package linalg

import "math"

// Meshgrid returns coordinate arrays for the grid spanned by the
// flattened vectors xs (np.meshgrid): with n vectors of lengths
// l₀, …, lₙ₋₁, output k holds xs[k][iₖ] at grid point (i₀, …, iₙ₋₁). With
// ij set the grid has shape (l₀, l₁, …) (matrix indexing); otherwise the
// first two axes swap, (l₁, l₀, l₂, …), as for Cartesian x–y plots. With
// sparse set output k keeps length 1 on every axis but its own, ready to
// broadcast; otherwise every output is a full copy of the grid's shape.
// A grid larger than the memory cap is a MemoryError, as Zeros gives.
func Meshgrid(xs []*Array, ij, sparse bool) ([]*Array, error) {
	n := len(xs)
	shape := make([]int, n)
	for k, x := range xs {
		shape[k] = x.Size()
	}
	axisOf := func(k int) int {
		if !ij && n > 1 && k < 2 {
			return 1 - k
		}
		return k
	}
	full := append([]int(nil), shape...)
	if !ij && n > 1 {
		full[0], full[1] = full[1], full[0]
	}
	if !sparse {
		if _, err := shapeSize(full); err != nil {
			return nil, err
		}
		for _, x := range xs {
			if err := CheckAlloc(x.dtype, full); err != nil {
				return nil, err
			}
		}
	}
	out := make([]*Array, n)
	for k, x := range xs {
		s := make([]int, n)
		for j := range s {
			s[j] = 1
		}
		ax := axisOf(k)
		s[ax] = shape[k]
		r, _ := x.AsArray().Ravel().Reshape(s)
		if sparse {
			out[k] = r.Copy()
			continue
		}
		b, _ := r.BroadcastTo(full)
		out[k] = b.Copy()
	}
	return out, nil
}

// PolyfitResult is what np.polyfit(..., full=True) returns: the
// coefficients, then lstsq's residuals, rank and singular values for the
// scaled Vandermonde matrix, and the rcond used.
type PolyfitResult struct {
	Coef, Residuals, S *Array
	Rank               int
	Rcond              float64
}

// Polyfit returns the coefficients p of the polynomial of degree deg that
// fits the points (x[i], y[i]) best in least squares (np.polyfit),
// minimising Σᵢ (w[i]·(p₀·x[i]^deg + … + p_deg − y[i]))², highest power
// first; a nil w weighs every point 1. y may be 2-d, one column per data
// set; p then has one column per set. As
// NumPy does, the columns of the Vandermonde matrix are scaled to unit
// norm before the least-squares solve; singular values below
// rcond·max(S) count as zero, and rcond < 0 means NumPy's default
// len(x)·ε. The warning RankWarning "Polyfit may be poorly conditioned"
// is returned when the scaled matrix is rank deficient. Errors:
//
//	ValueError "expected deg >= 0"
//	TypeError  "expected 1D vector for x"
//	TypeError  "expected non-empty vector for x"
//	TypeError  "expected 1D or 2D array for y"
//	TypeError  "expected x and y to have same length"
//	TypeError  "expected a 1-d array for weights"
//	TypeError  "expected w and y to have the same length"
func Polyfit(x, y, w *Array, deg int, rcond float64) (*PolyfitResult, []Warning, error) {
	order := deg + 1
	if deg < 0 {
		return nil, nil, valueErr("expected deg >= 0")
	}
	if x.Ndim() != 1 {
		return nil, nil, typeErr("expected 1D vector for x")
	}
	if x.Size() == 0 {
		return nil, nil, typeErr("expected non-empty vector for x")
	}
	if y.Ndim() < 1 || y.Ndim() > 2 {
		return nil, nil, typeErr("expected 1D or 2D array for y")
	}
	if x.shape[0] != y.shape[0] {
		return nil, nil, typeErr("expected x and y to have same length")
	}
	if w != nil {
		if w.Ndim() != 1 {
			return nil, nil, typeErr("expected a 1-d array for weights")
		}
		if w.shape[0] != y.shape[0] {
			return nil, nil, typeErr("expected w and y to have the same length")
		}
	}
	if x.dtype == Complex128 || y.dtype == Complex128 || (w != nil && w.dtype == Complex128) {
		return nil, nil, &Error{Kind: NotImplementedError, Msg: "np.polyfit of complex data is not supported"}
	}
	if _, err := shapeSize([]int{x.Size(), order}); err != nil || order <= 0 {
		return nil, nil, valueErr("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
	}
	if err := CheckAlloc(Float64, []int{x.Size(), order}); err != nil {
		return nil, nil, err
	}
	if rcond < 0 {
		rcond = float64(x.Size()) * 0x1p-52
	}
	lhs, err := Vander(x.AsType(Float64), order, false)
	if err != nil {
		return nil, nil, err
	}
	rhs := y.AsType(Float64)
	if w != nil {
		wv := w.Float64s()
		for k := range lhs.f {
			lhs.f[k] *= wv[k/order]
		}
		cols := 1
		if rhs.Ndim() == 2 {
			cols = rhs.shape[1]
		}
		for k := range rhs.f {
			rhs.f[k] *= wv[k/cols]
		}
	}
	sq := newArray(Float64, lhs.shape)
	for k, v := range lhs.f {
		sq.f[k] = v * v
	}
	ss, err := Sum(sq, []int{0}, false)
	if err != nil {
		return nil, nil, err
	}
	scale := ss.f
	for j := range scale {
		scale[j] = math.Sqrt(scale[j])
	}
	for k := range lhs.f {
		lhs.f[k] /= scale[k%order]
	}
	c, res, rank, sv, err := Lstsq(lhs, rhs, rcond)
	if err != nil {
		return nil, nil, err
	}
	c = c.Copy()
	cols := 1
	if c.Ndim() == 2 {
		cols = c.shape[1]
	}
	for k := range c.f {
		c.f[k] /= scale[k/cols]
	}
	var warns []Warning
	if rank != order {
		warns = append(warns, Warning{Category: "RankWarning", Msg: "Polyfit may be poorly conditioned"})
	}
	return &PolyfitResult{Coef: c, Residuals: res, S: sv, Rank: rank, Rcond: rcond}, warns, nil
}

// Roots returns the roots of the polynomial p[0]·xⁿ + … + p[n]
// (np.roots), computed as NumPy does: leading and trailing zero
// coefficients are stripped, the eigenvalues of the companion matrix of
// what remains (first row −p[1:]/p[0], ones on the subdiagonal) are taken
// with Eig, and one zero root is appended per trailing zero. The result is
// float64 when every root is real and complex128 otherwise; an all-zero p
// gives an empty array. It is a ValueError "Input must be a rank-1 array."
// unless p is 1-d (a scalar counts as 1-d).
func Roots(p *Array) (*Array, error) {
	if p.Ndim() == 0 {
		p, _ = p.Reshape([]int{1})
	}
	if p.Ndim() != 1 {
		return nil, valueErr("Input must be a rank-1 array.")
	}
	nz := p.nonzero()[0].i
	if len(nz) == 0 {
		return newArray(Float64, []int{0}), nil
	}
	first, last := int(nz[0]), int(nz[len(nz)-1])
	trailing := p.shape[0] - last - 1
	q := p.AsArray()
	if !q.dtype.IsInexact() {
		q = q.AsType(Float64)
	}
	lo, hi := first, last+1
	q, _ = q.Index([]IndexItem{Slice(&lo, &hi, nil)})
	q = q.Copy()
	n := q.Size()
	var roots *Array
	if n > 1 {
		a := newArray(q.dtype, []int{n - 1, n - 1})
		for k := 1; k < n-1; k++ {
			if q.dtype == Complex128 {
				a.c[k*(n-1)+k-1] = 1
			} else {
				a.f[k*(n-1)+k-1] = 1
			}
		}
		for j := 0; j < n-1; j++ {
			if q.dtype == Complex128 {
				a.c[j] = cdiv(-q.c[j+1], q.c[0])
			} else {
				a.f[j] = -q.f[j+1] / q.f[0]
			}
		}
		if n == 2 {
			// The eigenvalue of a 1×1 matrix is its entry, as LAPACK
			// returns it (signed zeros included).
			roots = a.Ravel()
		} else {
			w, _, err := Eig(a)
			if err != nil {
				return nil, err
			}
			roots = w
		}
	} else {
		roots = newArray(Float64, []int{0})
	}
	if trailing == 0 {
		return roots, nil
	}
	return Concatenate([]*Array{roots, newArray(roots.dtype, []int{trailing})}, 0)
}

// Vander returns the Vandermonde matrix of the 1-d x with n columns
// (np.vander): V[i, j] = x[i]^(n−1−j), or x[i]^j with increasing set, each
// power a running product of x[i] as NumPy computes it. Bool x gives int64.
// Errors:
//
//	ValueError "x must be a one-dimensional array or sequence."
//	ValueError "negative dimensions are not allowed"
func Vander(x *Array, n int, increasing bool) (*Array, error) {
	if x.Ndim() != 1 {
		return nil, valueErr("x must be a one-dimensional array or sequence.")
	}
	m := x.shape[0]
	shape := []int{m, n}
	if _, err := shapeSize(shape); err != nil {
		return nil, err
	}
	d := max(x.dtype, Int64)
	if err := CheckAlloc(d, shape); err != nil {
		return nil, err
	}
	out := newArray(d, shape)
	col := func(j int) int {
		if increasing {
			return j
		}
		return n - 1 - j
	}
	xs := x.AsType(d)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			p, q := i*n+col(j), i*n+col(j-1)
			switch d {
			case Int64:
				switch j {
				case 0:
					out.i[p] = 1
				case 1:
					out.i[p] = xs.i[i]
				default:
					out.i[p] = out.i[q] * xs.i[i]
				}
			case Float64:
				switch j {
				case 0:
					out.f[p] = 1
				case 1:
					out.f[p] = xs.f[i]
				default:
					out.f[p] = out.f[q] * xs.f[i]
				}
			case Complex128:
				switch j {
				case 0:
					out.c[p] = 1
				case 1:
					out.c[p] = xs.c[i]
				default:
					out.c[p] = out.c[q] * xs.c[i]
				}
			}
		}
	}
	return out, nil
}

// Polyval evaluates the polynomial p[0]·xⁿ⁻¹ + … + p[n−1] at x by Horner's
// rule, y ← y·x + p[k] from y = 0 of x's shape and dtype, as np.polyval
// does; the dtype follows NumPy's promotion of x and p. A 2-d p holds one
// polynomial per column. It is a TypeError "iteration over a 0-d array"
// when p is 0-d.
func Polyval(p, x *Array) (*Array, error) {
	if p.Ndim() == 0 {
		return nil, typeErr("iteration over a 0-d array")
	}
	y := newArray(x.dtype, x.shape)
	for k := 0; k < p.shape[0]; k++ {
		pv, err := p.Index([]IndexItem{Int(k)})
		if err != nil {
			return nil, err
		}
		if y, _, err = Binary(OpMul, y, x); err != nil {
			return nil, err
		}
		if y, _, err = Binary(OpAdd, y, pv); err != nil {
			return nil, err
		}
	}
	return y, nil
}
