package linalg

import "math"

// Hermitian positive definite band matrices: the Cholesky factorisation
// and solves behind scipy.linalg's cholesky_banded, cho_solve_banded and
// solveh_banded (LAPACK's pbtrf, pbtrs, pbsv and, for tridiagonal
// matrices, ptsv). Band storage as described in banded.go.

// imagF is the imaginary part of x, 0 for a real x.
func imagF[T field](x T) float64 {
	if z, ok := any(x).(complex128); ok {
		return imag(z)
	}
	return 0
}

// ofParts is re + i·im as a T (im is dropped for a real T).
func ofParts[T field](re, im float64) T {
	var t T
	if _, ok := any(t).(complex128); ok {
		return any(complex(re, im)).(T)
	}
	return any(re).(T)
}

// hermBand is a Hermitian band matrix of order n with kd off-diagonals in
// band storage w ((kd+1)×n, row-major), upper or lower form.
type hermBand[T field] struct {
	w     []T
	n, kd int
	lower bool
}

// at is the stored entry (i, j) of the triangle kept: i ≤ j ≤ i+kd in the
// upper form, j ≤ i ≤ j+kd in the lower.
func (h *hermBand[T]) at(i, j int) *T {
	if h.lower {
		return &h.w[(i-j)*h.n+j]
	}
	return &h.w[(h.kd+i-j)*h.n+j]
}

// pbtf2 factors the matrix in place as LAPACK's unblocked dpbtf2/zpbtf2
// do: A = Uᴴ·U (upper form) or A = L·Lᴴ (lower form), each step taking the
// square root of the pivot, scaling its row (column) by its reciprocal and
// updating the trailing band by a Hermitian rank-one update (dsyr/zher).
// It returns 0, or the order of the first leading minor that is not
// positive definite (a real part of the pivot ≤ 0).
func (h *hermBand[T]) pbtf2() int {
	n, kd := h.n, h.kd
	for j := range n {
		ajj := realF(*h.at(j, j))
		if ajj <= 0 {
			return j + 1
		}
		ajj = math.Sqrt(ajj)
		*h.at(j, j) = ofReal[T](ajj)
		kn := min(kd, n-1-j)
		if kn == 0 {
			continue
		}
		r := ofReal[T](1 / ajj)
		// x is the scaled row of U (conjugated, as zpbtf2 hands it to zher)
		// or the scaled column of L.
		x := make([]T, kn+1)
		for k := 1; k <= kn; k++ {
			if h.lower {
				p := h.at(j+k, j)
				*p *= r
				x[k] = *p
			} else {
				p := h.at(j, j+k)
				*p *= r
				x[k] = conjF(*p)
			}
		}
		// A[j+1:, j+1:] -= x·xᴴ on the stored triangle, column by column.
		for c := 1; c <= kn; c++ {
			d := h.at(j+c, j+c)
			if x[c] == 0 {
				*d = ofReal[T](realF(*d))
				continue
			}
			t := -conjF(x[c])
			if h.lower {
				*d = ofReal[T](realF(*d) + realF(t*x[c]))
				for r := c + 1; r <= kn; r++ {
					*h.at(j+r, j+c) += x[r] * t
				}
			} else {
				for r := 1; r < c; r++ {
					*h.at(j+r, j+c) += x[r] * t
				}
				*d = ofReal[T](realF(*d) + realF(x[c]*t))
			}
		}
	}
	return 0
}

// pbtrs solves A·X = B in place for the N×nrhs right-hand sides b
// (row-major), given the factor pbtf2 left: Uᴴ·y = b then U·x = y, or
// L·y = b then Lᴴ·x = y, each a triangular band solve as LAPACK's tbsv
// does it.
func (h *hermBand[T]) pbtrs(b []T, nrhs int) {
	n, kd := h.n, h.kd
	x := make([]T, n)
	for c := range nrhs {
		for i := range n {
			x[i] = b[i*nrhs+c]
		}
		if h.lower {
			// L·y = b, by columns, skipping zero entries as tbsv does.
			for j := range n {
				if x[j] == 0 {
					continue
				}
				x[j] /= *h.at(j, j)
				t := x[j]
				for i := j + 1; i <= min(n-1, j+kd); i++ {
					x[i] -= t * *h.at(i, j)
				}
			}
			// Lᴴ·x = y, by dot products from the bottom.
			for j := n - 1; j >= 0; j-- {
				t := x[j]
				for i := min(n-1, j+kd); i > j; i-- {
					t -= conjF(*h.at(i, j)) * x[i]
				}
				x[j] = t / conjF(*h.at(j, j))
			}
		} else {
			// Uᴴ·y = b, by dot products from the top.
			for j := range n {
				t := x[j]
				for i := max(0, j-kd); i < j; i++ {
					t -= conjF(*h.at(i, j)) * x[i]
				}
				x[j] = t / conjF(*h.at(j, j))
			}
			// U·x = y, by columns from the bottom.
			for j := n - 1; j >= 0; j-- {
				if x[j] == 0 {
					continue
				}
				x[j] /= *h.at(j, j)
				t := x[j]
				for i := j - 1; i >= max(0, j-kd); i-- {
					x[i] -= t * *h.at(i, j)
				}
			}
		}
		for i := range n {
			b[i*nrhs+c] = x[i]
		}
	}
}

// bandColumn is the (kd+1)×N matrix LAPACK's f2py wrappers make of a band
// argument with fewer than two dimensions: a 0-d value is 1×1, a vector
// one column.
func bandColumn(ab *Array) (rows, n int) {
	switch len(ab.shape) {
	case 0:
		return 1, 1
	case 1:
		return ab.shape[0], 1
	}
	return ab.shape[0], ab.shape[1]
}

// CholeskyBanded returns the Cholesky factor of the Hermitian positive
// definite band matrix A given in band storage ab ((kd+1)×N, upper form,
// or lower form with lower) (scipy.linalg.cholesky_banded): A = Uᴴ·U with U
// upper triangular, or A = L·Lᴴ, in the same band storage (LAPACK's pbtrf;
// entries of ab outside the matrix are returned as given). ab may carry
// batch dimensions in front. The result is float64, or complex128 for
// complex ab. With check, NaN or infinity in ab is an error. Errors, as
// SciPy raises them:
//
//	ValueError  "array must not contain infs or NaNs"
//	LinAlgError "2-th leading minor not positive definite"
func CholeskyBanded(ab *Array, lower, check bool) (*Array, error) {
	r, err := OverBatch("cholesky_banded", []*Array{ab}, []int{2}, func(x []*Array) ([]*Array, error) {
		ab := x[0]
		if check {
			if err := CheckFinite(ab); err != nil {
				return nil, err
			}
		}
		ab = inexact(ab)
		if ab.Size() == 0 {
			return []*Array{newArray(ab.dtype, ab.shape)}, nil
		}
		var c *Array
		var info int
		if ab.dtype == Complex128 {
			c, info = choleskyBanded[complex128](ab, lower)
		} else {
			c, info = choleskyBanded[float64](ab, lower)
		}
		if info > 0 {
			return nil, linAlgErr(NotPositiveDefinite, "%d-th leading minor not positive definite", info)
		}
		return []*Array{c}, nil
	})
	if err != nil {
		return nil, err
	}
	return r[0], nil
}

func choleskyBanded[T field](ab *Array, lower bool) (*Array, int) {
	rows, n := bandColumn(ab)
	h := &hermBand[T]{w: fieldOf[T](ab), n: n, kd: rows - 1, lower: lower}
	if info := h.pbtf2(); info > 0 {
		return nil, info
	}
	c, _ := newTyped(ab.shape, h.w)
	return c, 0
}

// ChoSolveBanded solves A·x = b given the Cholesky factor cb of the band
// matrix A from CholeskyBanded, with the same lower
// (scipy.linalg.cho_solve_banded; LAPACK's pbtrs). b has shape (N,) or
// (N, K); cb and b may carry batch dimensions in front. The result is
// float64, or complex128 when cb or b is complex. With check, NaN or
// infinity in cb or b is an error. Errors, as SciPy raises them:
//
//	ValueError "shapes of cb and b are not compatible."
func ChoSolveBanded(cb *Array, lower bool, b *Array, check bool) (*Array, error) {
	r, err := OverBatch("_cho_solve_banded", []*Array{cb, b}, []int{2, CoreOneOrTwo}, func(x []*Array) ([]*Array, error) {
		cb, b := x[0], x[1]
		if err := checkFinite2(cb, b, check); err != nil {
			return nil, err
		}
		if err := rhsFits(cb, b, "cb"); err != nil {
			return nil, err
		}
		d := inexactOf(cb, b)
		if b.Size() == 0 {
			return []*Array{newArray(d, b.shape)}, nil
		}
		rows, n := bandColumn(cb)
		if rows == 0 {
			return nil, valueErr("illegal value in 3th argument of internal pbtrs")
		}
		if d == Complex128 {
			return []*Array{choSolveBanded[complex128](cb, b, rows, n, lower)}, nil
		}
		return []*Array{choSolveBanded[float64](cb, b, rows, n, lower)}, nil
	})
	if err != nil {
		return nil, err
	}
	return r[0], nil
}

func choSolveBanded[T field](cb, b *Array, rows, n int, lower bool) *Array {
	h := &hermBand[T]{w: fieldOf[T](cb), n: n, kd: rows - 1, lower: lower}
	x := fieldOf[T](b)
	h.pbtrs(x, rhsCount(b))
	s, _ := newTyped(b.shape, x)
	return s
}

// SolveHBanded solves A·x = b for the Hermitian positive definite band
// matrix A given in band storage ab ((kd+1)×N, upper form, or lower form
// with lower) and b of shape (N,) or (N, K) (scipy.linalg.solveh_banded).
// A tridiagonal A (two rows in ab) is factored as L·D·Lᴴ (LAPACK's ptsv:
// pttrf and pttrs), any other by Cholesky (pbsv: pbtrf and pbtrs); the
// imaginary part of the diagonal is not read. ab and b may carry batch
// dimensions in front. The result is float64, or complex128 when ab or b
// is complex. With check, NaN or infinity in ab or b is an error.
// Errors, as SciPy raises them:
//
//	ValueError  "shapes of ab and b are not compatible."
//	LinAlgError "2th leading minor not positive definite"
func SolveHBanded(ab, b *Array, lower, check bool) (*Array, error) {
	r, err := OverBatch("solveh_banded", []*Array{ab, b}, []int{2, CoreOneOrTwo}, func(x []*Array) ([]*Array, error) {
		ab, b := x[0], x[1]
		if err := checkFinite2(ab, b, check); err != nil {
			return nil, err
		}
		if err := rhsFits(ab, b, "ab"); err != nil {
			return nil, err
		}
		d := inexactOf(ab, b)
		if b.Size() == 0 {
			return []*Array{newArray(d, b.shape)}, nil
		}
		if rows, _ := bandColumn(ab); rows == 0 {
			return nil, valueErr("illegal value in 3th argument of internal pbsv")
		}
		if ab.shape[0] == 2 {
			if err := bandedMatrix(ab); err != nil {
				return nil, err
			}
			if ab.shape[1] == 1 {
				// f2py sizes ptsv's off-diagonal as max(N-1, 1).
				return nil, valueErr("unexpected array size: new_size=1, got array with arr_size=0\n")
			}
		}
		var s *Array
		var info int
		if d == Complex128 {
			s, info = solveHBanded[complex128](ab, b, lower)
		} else {
			s, info = solveHBanded[float64](ab, b, lower)
		}
		if info > 0 {
			return nil, linAlgErr(NotPositiveDefinite, "%dth leading minor not positive definite", info)
		}
		return []*Array{s}, nil
	})
	if err != nil {
		return nil, err
	}
	return r[0], nil
}

func solveHBanded[T field](ab, b *Array, lower bool) (*Array, int) {
	rows, n := bandColumn(ab)
	w := fieldOf[T](ab)
	x := fieldOf[T](b)
	nrhs := rhsCount(b)
	if rows == 2 {
		if info := ptsv(w, x, n, nrhs, lower); info > 0 {
			return nil, info
		}
	} else {
		h := &hermBand[T]{w: w, n: n, kd: rows - 1, lower: lower}
		if info := h.pbtf2(); info > 0 {
			return nil, info
		}
		h.pbtrs(x, nrhs)
	}
	s, _ := newTyped(b.shape, x)
	return s, 0
}

// ptsv solves A·X = B in place for the Hermitian positive definite
// tridiagonal A in band storage ab (2×N, upper or lower form) as SciPy's
// solveh_banded calls LAPACK's ptsv: A = L·D·Lᴴ with L unit lower
// bidiagonal (pttrf), then L·D·Lᴴ·x = b (pttrs, as its lower form). It
// returns 0, or the order of the first leading minor that is not
// positive definite.
func ptsv[T field](ab, b []T, n, nrhs int, lower bool) int {
	d := make([]float64, n)
	e := make([]T, max(n-1, 0))
	for i := range n {
		if lower {
			d[i] = realF(ab[i])
			if i < n-1 {
				e[i] = ab[n+i]
			}
		} else {
			d[i] = realF(ab[n+i])
			if i < n-1 {
				e[i] = conjF(ab[i+1])
			}
		}
	}
	// pttrf
	for i := 0; i < n-1; i++ {
		if d[i] <= 0 {
			return i + 1
		}
		er, ei := realF(e[i]), imagF(e[i])
		f, g := er/d[i], ei/d[i]
		e[i] = ofParts[T](f, g)
		d[i+1] = d[i+1] - f*er - g*ei
	}
	if d[n-1] <= 0 {
		return n
	}
	// pttrs
	if n == 1 {
		if d[0] != 1 {
			r := ofReal[T](1 / d[0])
			for j := range b {
				b[j] *= r
			}
		}
		return 0
	}
	for c := range nrhs {
		at := func(i int) *T { return &b[i*nrhs+c] }
		for i := 1; i < n; i++ {
			*at(i) -= *at(i - 1) * e[i-1]
		}
		*at(n - 1) /= ofReal[T](d[n-1])
		for i := n - 2; i >= 0; i-- {
			*at(i) = *at(i)/ofReal[T](d[i]) - *at(i + 1)*conjF(e[i])
		}
	}
	return 0
}
