package linalg

import "math"

// The LU factorisation and solves of LAPACK's dgetf2 and dgetrs, written
// out plainly in the test as the reference for the bit-for-bit tests of
// golinalg's fused, unrolled, small and stacked paths. The operation order
// is the one golinalg documents for NumPy's inv, solve, det and slogdet:
//
//   - factorisation, column j at a time: the pivot is the first row i ≥ j
//     of largest |a[i][j]| (idamax: a NaN is never larger); a nonzero
//     pivot's row is swapped with row j and the entries below it are
//     multiplied by 1/pivot, or divided by the pivot when |pivot| is below
//     the safe minimum 2⁻¹⁰²² (dlamch('S')); a zero pivot is recorded
//     (info) and the factorisation goes on; then every row i below j with a
//     nonzero multiplier l gets row j times l subtracted from its entries
//     right of column j;
//   - solve: the row interchanges applied to B in order, then forward
//     substitution with the unit lower triangle (x[i] -= l[i][r]·x[r] for
//     r = 0, 1, …, i−1), then back substitution (x[r] /= u[r][r], then
//     x[i] -= u[i][r]·x[r] for the rows i above r), skipping the updates
//     whose matrix entry is exactly zero, as the factorisation does.
//
// Each product is rounded before its subtraction (float64(…) keeps the
// compiler from fusing them into an FMA). The skip rule differs from the
// reference dger and dtrsm (which skip on a zero entry of the vector
// updated with), but only in the sign of zero results and in 0·∞; it is
// golinalg's, and here the question is whether the fast paths keep that
// order, not which order to keep.

// lapackSfmin is dlamch('S') for float64, the smallest number whose
// reciprocal does not overflow.
const lapackSfmin = 0x1p-1022

// naiveGetf2 overwrites the m×n row-major matrix a (row stride lda) with
// its LU factors, fills piv (min(m, n) entries) with the rows swapped and
// returns the index of the first zero pivot, or -1.
func naiveGetf2(a []float64, m, n, lda int, piv []int) int {
	info := -1
	for j := 0; j < min(m, n); j++ {
		p := j
		for i := j + 1; i < m; i++ {
			if math.Abs(a[i*lda+j]) > math.Abs(a[p*lda+j]) {
				p = i
			}
		}
		piv[j] = p
		if a[p*lda+j] != 0 {
			for c := 0; c < n; c++ {
				a[j*lda+c], a[p*lda+c] = a[p*lda+c], a[j*lda+c]
			}
			d := a[j*lda+j]
			if math.Abs(d) >= lapackSfmin {
				r := 1 / d
				for i := j + 1; i < m; i++ {
					a[i*lda+j] *= r
				}
			} else {
				for i := j + 1; i < m; i++ {
					a[i*lda+j] /= d
				}
			}
		} else if info < 0 {
			info = j
		}
		for i := j + 1; i < m; i++ {
			l := a[i*lda+j]
			if l == 0 {
				continue
			}
			for c := j + 1; c < n; c++ {
				a[i*lda+c] -= float64(l * a[j*lda+c])
			}
		}
	}
	return info
}

// naiveSolve overwrites the n×k row-major x = B with the solution of
// A·X = B from naiveGetf2's factors lu, piv of the n×n A.
func naiveSolve(lu []float64, n int, piv []int, x []float64, k int) {
	for i := 0; i < n; i++ {
		if p := piv[i]; p != i {
			for c := 0; c < k; c++ {
				x[i*k+c], x[p*k+c] = x[p*k+c], x[i*k+c]
			}
		}
	}
	for r := 0; r < n; r++ {
		for i := r + 1; i < n; i++ {
			l := lu[i*n+r]
			if l == 0 {
				continue
			}
			for c := 0; c < k; c++ {
				x[i*k+c] -= float64(l * x[r*k+c])
			}
		}
	}
	for r := n - 1; r >= 0; r-- {
		for c := 0; c < k; c++ {
			x[r*k+c] /= lu[r*n+r]
		}
		for i := 0; i < r; i++ {
			u := lu[i*n+r]
			if u == 0 {
				continue
			}
			for c := 0; c < k; c++ {
				x[i*k+c] -= float64(u * x[r*k+c])
			}
		}
	}
}

// naiveInv returns the inverse of the n×n row-major a (solved against I)
// and whether a pivot was exactly zero (then the inverse is nil).
func naiveInv(a []float64, n int) ([]float64, bool) {
	lu := append([]float64(nil), a...)
	piv := make([]int, n)
	if naiveGetf2(lu, n, n, n, piv) >= 0 {
		return nil, true
	}
	x := make([]float64, n*n)
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	naiveSolve(lu, n, piv, x, n)
	return x, false
}

// naiveSlogdet returns NumPy's sign and log|det| of the n×n row-major a:
// (0, -inf) on a zero pivot, otherwise the sign of the permutation times
// the signs of the pivots, and the sum in order of the ln|uᵢᵢ|, each
// correctly rounded (refLog), as golinalg's crLog means to give them.
func naiveSlogdet(a []float64, n int) (sign, logdet float64) {
	lu := append([]float64(nil), a...)
	piv := make([]int, n)
	if naiveGetf2(lu, n, n, n, piv) >= 0 {
		return 0, math.Inf(-1)
	}
	sign = 1
	for i := 0; i < n; i++ {
		if piv[i] != i {
			sign = -sign
		}
	}
	for i := 0; i < n; i++ {
		d := lu[i*n+i]
		if d < 0 {
			sign, d = -sign, -d
		}
		logdet += refLog(d)
	}
	return sign, logdet
}
