package linalg

import (
	"math"
	"math/cmplx"
)

// Banded matrices in LAPACK's band storage, as scipy.linalg's
// solve_banded, solveh_banded, cholesky_banded and cho_solve_banded take
// them. An N×N matrix A with l subdiagonals and u superdiagonals is held
// in an (l+u+1)×N array ab with A[i, j] = ab[u+i-j, j]: row u of ab is the
// diagonal, the rows above it the superdiagonals (right-aligned), the rows
// below the subdiagonals (left-aligned). A Hermitian matrix keeps one
// triangle: with kd off-diagonals, A[i, j] = ab[kd+i-j, j] for i ≤ j
// (upper form) or A[i, j] = ab[i-j, j] for i ≥ j (lower form). Entries of
// ab outside the matrix are never read.
//
// The factorisations follow LAPACK's unblocked routines operation by
// operation (dgbtf2, dgtsv, dpbtf2, dpttrf and their solves), which is
// what LAPACK runs for the band widths below its block size of 32, so the
// results agree with SciPy's to the last bits but for the order of the
// sums in BLAS kernels.

// field is the element type of a factorisation: real or complex.
type field interface{ float64 | complex128 }

// abs1 is LAPACK's pivoting magnitude: |x| for a real x, |Re x| + |Im x|
// (CABS1) for a complex one.
func abs1[T field](x T) float64 {
	if z, ok := any(x).(complex128); ok {
		return cabs1(z)
	}
	return math.Abs(any(x).(float64))
}

// conjF is the complex conjugate of x; a real x is itself.
func conjF[T field](x T) T {
	if z, ok := any(x).(complex128); ok {
		return any(cmplx.Conj(z)).(T)
	}
	return x
}

// realF is the real part of x.
func realF[T field](x T) float64 {
	if z, ok := any(x).(complex128); ok {
		return real(z)
	}
	return any(x).(float64)
}

// ofReal is the real number f as a T.
func ofReal[T field](f float64) T {
	var t T
	if _, ok := any(t).(complex128); ok {
		return any(complex(f, 0)).(T)
	}
	return any(f).(T)
}

// fieldOf returns a's elements (C order, a copy) as T.
func fieldOf[T field](a *Array) []T { return elements[T](a, false) }

// rhsShape returns the number of right-hand sides of b, a vector (one)
// or an N×K matrix (K).
func rhsCount(b *Array) int {
	if len(b.shape) < 2 {
		return 1
	}
	return b.shape[1]
}

// inexactOf is the dtype LAPACK computes the arrays in: complex128 when
// one is complex, else float64.
func inexactOf(arrays ...*Array) DType {
	for _, a := range arrays {
		if a.dtype == Complex128 {
			return Complex128
		}
	}
	return Float64
}

// bandedMatrix checks that ab is a matrix, as SciPy's indexing ab[0, :]
// needs.
func bandedMatrix(ab *Array) error {
	if len(ab.shape) != 2 {
		return indexErr("too many indices for array: array is %d-dimensional, but 2 were indexed", len(ab.shape))
	}
	return nil
}

// rhsFits checks b against the last dimension of ab (SciPy's
// ab.shape[-1] != b.shape[0]); what names ab in the message.
func rhsFits(ab, b *Array, what string) error {
	if len(ab.shape) == 0 || len(b.shape) == 0 {
		return indexErr("tuple index out of range")
	}
	if ab.shape[len(ab.shape)-1] != b.shape[0] {
		return valueErr("shapes of %s and b are not compatible.", what)
	}
	return nil
}

// checkFinite2 is check_finite on a, then on b.
func checkFinite2(a, b *Array, check bool) error {
	if !check {
		return nil
	}
	if err := CheckFinite(a); err != nil {
		return err
	}
	return CheckFinite(b)
}

// SolveBanded solves A·x = b for the N×N band matrix A with l lower and u
// upper diagonals, given in band storage ab ((l+u+1)×N), and b of shape
// (N,) or (N, K) (scipy.linalg.solve_banded). It factors A = P·L·U by
// Gaussian elimination with partial pivoting inside the band (LAPACK's
// dgbtrf, unblocked dgbtf2, and dgbtrs); a tridiagonal A (l = u = 1) is
// solved by dgtsv's elimination, a 1×1 A by dividing b by its entry. ab
// and b may carry batch dimensions in front (a stack of systems). Integer
// and boolean input is computed in float64; the result is float64, or
// complex128 when ab or b is complex (a 1×1 system keeps b's dtype).
// With check, NaN or infinity in ab or b is an error. Errors, as SciPy
// raises them:
//
//	ValueError  "shapes of ab and b are not compatible."
//	ValueError  "invalid values for the number of lower and upper diagonals: l+u+1 (3) does not equal ab.shape[0] (2)"
//	LinAlgError "singular matrix"
//	TypeError   "Cannot cast ufunc 'divide' output from dtype('complex128') to dtype('float64') with casting rule 'same_kind'" (1×1, complex ab, real b)
//
// The warnings are NumPy's for the 1×1 division (divide by zero).
func SolveBanded(l, u int, ab, b *Array, check bool) (*Array, []Warning, error) {
	var warns []Warning
	// SciPy's batch arguments are l, u (0-d), ab and b, in that order.
	lu := newArray(Int64, nil)
	r, err := OverBatch("_solve_banded", []*Array{lu, lu, ab, b}, []int{0, 0, 2, CoreOneOrTwo}, func(x []*Array) ([]*Array, error) {
		s, ws, err := solveBanded(l, u, x[2], x[3], check)
		warns = append(warns, ws...)
		return []*Array{s}, err
	})
	if err != nil {
		return nil, nil, err
	}
	return r[0], warns, nil
}

func solveBanded(l, u int, ab, b *Array, check bool) (*Array, []Warning, error) {
	if err := checkFinite2(ab, b, check); err != nil {
		return nil, nil, err
	}
	ab, b = inexact(ab), inexact(b)
	if err := rhsFits(ab, b, "ab"); err != nil {
		return nil, nil, err
	}
	if l+u+1 != ab.shape[0] {
		return nil, nil, valueErr("invalid values for the number of lower and upper diagonals: l+u+1 (%d) does not equal ab.shape[0] (%d)", l+u+1, ab.shape[0])
	}
	d := inexactOf(ab, b)
	if b.Size() == 0 {
		return newArray(d, b.shape), nil, nil
	}
	n := ab.shape[len(ab.shape)-1]
	if n == 1 {
		return solveBandedScalar(u, ab, b)
	}
	if err := bandedMatrix(ab); err != nil {
		return nil, nil, err
	}
	if l == 1 && u == 1 {
		if d == Complex128 {
			return bandedResult(gtsv(fieldOf[complex128](ab), fieldOf[complex128](b), n, rhsCount(b)), b.shape)
		}
		return bandedResult(gtsv(fieldOf[float64](ab), fieldOf[float64](b), n, rhsCount(b)), b.shape)
	}
	// SciPy copies ab below l zero rows (the room LU's fill-in needs);
	// that assignment and LAPACK's argument checks fail for negative l or u.
	rows := 2*l + u + 1
	if rows < 0 {
		return nil, nil, valueErr("negative dimensions are not allowed")
	}
	start := l
	if start < 0 {
		start = max(start+rows, 0)
	}
	if got := rows - min(start, rows); got != ab.shape[0] && ab.shape[0] != 1 {
		return nil, nil, valueErr("could not broadcast input array from shape %s into shape (%d,%d)", FormatShape(ab.shape), got, n)
	}
	switch {
	case rows == 0:
		// f2py's check of the (empty) band array LAPACK would get.
		return nil, nil, valueErr("unexpected array size: new_size=%d, got array with arr_size=0\n", n)
	case l < 0:
		return nil, nil, valueErr("illegal value in 2-th argument of internal gbsv/gtsv")
	case u < 0:
		return nil, nil, valueErr("illegal value in 3-th argument of internal gbsv/gtsv")
	}
	if d == Complex128 {
		return bandedResult(gbsv(fieldOf[complex128](ab), fieldOf[complex128](b), n, l, u, rhsCount(b)), b.shape)
	}
	return bandedResult(gbsv(fieldOf[float64](ab), fieldOf[float64](b), n, l, u, rhsCount(b)), b.shape)
}

// bandedResult wraps the solution x of a banded solve (nil when the
// matrix is singular) in b's shape.
func bandedResult[T field](x []T, shape []int) (*Array, []Warning, error) {
	if x == nil {
		return nil, nil, linAlgErr(Singular, "singular matrix")
	}
	r, err := newTyped(shape, x)
	return r, nil, err
}

// solveBandedScalar is solve_banded of a 1×1 system: b divided in place
// (keeping its dtype, as NumPy's b /= ab[u, 0]) by the diagonal entry,
// ab[u, 0] with Python's negative indexing.
func solveBandedScalar(u int, ab, b *Array) (*Array, []Warning, error) {
	if len(ab.shape) != 2 {
		return nil, nil, indexErr("too many indices for array: array is %d-dimensional, but 2 were indexed", len(ab.shape))
	}
	rows := ab.shape[0]
	k := u
	if k < 0 {
		k += rows
	}
	if k < 0 || k >= rows {
		return nil, nil, indexErr("index %d is out of bounds for axis 0 with size %d", u, rows)
	}
	if b.dtype != Complex128 && ab.dtype == Complex128 {
		return nil, nil, typeErr("Cannot cast ufunc 'divide' output from dtype('complex128') to dtype('float64') with casting rule 'same_kind'")
	}
	pivot := newArray(ab.dtype, nil)
	ab.dtype.store().fill(pivot, ab, ab.pos(k))
	return Binary(OpDiv, b, pivot)
}

// gbsv solves A·X = B (LAPACK's gbsv: dgbtrf as its unblocked dgbtf2, then
// dgbtrs) for the N×N band matrix A with kl sub- and ku superdiagonals in
// band storage ab ((kl+ku+1)×N, row-major) and the N×nrhs right-hand sides
// b (row-major), returning X in b's storage, or nil when a pivot is
// exactly zero.
func gbsv[T field](ab, b []T, n, kl, ku, nrhs int) []T {
	kv := kl + ku
	// The factors' storage: kl more rows on top for the fill-in of the
	// row interchanges; A[i, j] sits in row kv+i-j of column j.
	w := make([]T, (2*kl+ku+1)*n)
	copy(w[kl*n:], ab)
	at := func(i, j int) *T { return &w[(kv+i-j)*n+j] }
	piv := make([]int, n)
	ju := 0
	for j := range n {
		km := min(kl, n-1-j)
		jp, best := 0, abs1(*at(j, j))
		for i := 1; i <= km; i++ {
			if v := abs1(*at(j+i, j)); v > best {
				jp, best = i, v
			}
		}
		piv[j] = j + jp
		if *at(j+jp, j) == 0 {
			return nil
		}
		ju = max(ju, min(j+ku+jp, n-1))
		if jp != 0 {
			for c := j; c <= ju; c++ {
				p, q := at(j+jp, c), at(j, c)
				*p, *q = *q, *p
			}
		}
		if km > 0 {
			r := 1 / *at(j, j)
			for i := 1; i <= km; i++ {
				*at(j+i, j) *= r
			}
			for c := j + 1; c <= ju; c++ {
				if y := *at(j, c); y != 0 {
					t := -y
					for i := 1; i <= km; i++ {
						*at(j+i, c) += *at(j+i, j) * t
					}
				}
			}
		}
	}
	// dgbtrs: apply P and L⁻¹ column by column, then U⁻¹.
	if kl > 0 {
		for j := 0; j < n-1; j++ {
			lm := min(kl, n-1-j)
			if p := piv[j]; p != j {
				for c := range nrhs {
					b[p*nrhs+c], b[j*nrhs+c] = b[j*nrhs+c], b[p*nrhs+c]
				}
			}
			for c := range nrhs {
				if y := b[j*nrhs+c]; y != 0 {
					t := -y
					for i := 1; i <= lm; i++ {
						b[(j+i)*nrhs+c] += *at(j+i, j) * t
					}
				}
			}
		}
	}
	for c := range nrhs {
		for j := n - 1; j >= 0; j-- {
			x := &b[j*nrhs+c]
			if *x == 0 {
				continue
			}
			*x /= *at(j, j)
			t := *x
			for i := j - 1; i >= max(0, j-kv); i-- {
				b[i*nrhs+c] -= t * *at(i, j)
			}
		}
	}
	return b
}

// gtsv solves the tridiagonal system A·X = B by Gaussian elimination with
// partial pivoting as LAPACK's gtsv does (zgtsv skips the elimination step
// where the subdiagonal entry is zero, dgtsv does it), for A in band
// storage ab (3×N: superdiagonal, diagonal, subdiagonal) and the N×nrhs
// right-hand sides b (row-major); nil when A is singular.
func gtsv[T field](ab, b []T, n, nrhs int) []T {
	du := append([]T(nil), ab[1:n]...)
	d := append([]T(nil), ab[n:2*n]...)
	dl := append([]T(nil), ab[2*n:3*n-1]...)
	row := func(i int) []T { return b[i*nrhs : (i+1)*nrhs] }
	_, cplx := any(d[0]).(complex128)
	for k := 0; k < n-1; k++ {
		switch {
		case cplx && dl[k] == 0:
			if d[k] == 0 {
				return nil
			}
		case abs1(d[k]) >= abs1(dl[k]):
			if d[k] == 0 {
				return nil
			}
			mult := dl[k] / d[k]
			d[k+1] -= mult * du[k]
			bk, bk1 := row(k), row(k+1)
			for j := range nrhs {
				bk1[j] -= mult * bk[j]
			}
			if k < n-2 {
				dl[k] = 0
			}
		default:
			mult := d[k] / dl[k]
			d[k] = dl[k]
			temp := d[k+1]
			d[k+1] = du[k] - mult*temp
			if k < n-2 {
				dl[k] = du[k+1]
				du[k+1] = -mult * dl[k]
			}
			du[k] = temp
			bk, bk1 := row(k), row(k+1)
			for j := range nrhs {
				t := bk[j]
				bk[j] = bk1[j]
				bk1[j] = t - mult*bk1[j]
			}
		}
	}
	if d[n-1] == 0 {
		return nil
	}
	for j := range nrhs {
		at := func(i int) *T { return &b[i*nrhs+j] }
		*at(n - 1) /= d[n-1]
		if n > 1 {
			*at(n - 2) = (*at(n - 2) - du[n-2]**at(n - 1)) / d[n-2]
		}
		for k := n - 3; k >= 0; k-- {
			*at(k) = (*at(k) - du[k]**at(k + 1) - dl[k]**at(k + 2)) / d[k]
		}
	}
	return b
}
