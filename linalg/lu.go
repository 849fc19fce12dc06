package linalg

import (
	"math"
	"math/cmplx"
)

// sfmin is LAPACK's dlamch('S'): the smallest number whose reciprocal does
// not overflow.
const sfmin = 0x1p-1022

// luFactor overwrites the row-major n×n matrix a with its LU factorisation
// with partial pivoting, P·A = L·U, as LAPACK's dgetf2 computes it: at step
// j the pivot is the first entry of largest magnitude on or below the
// diagonal of column j. piv[j] is the row swapped with row j. It returns the
// 0-based index of the first exactly zero pivot, or -1 when A is
// nonsingular; the factorisation continues past a zero pivot as LAPACK does.
func luFactor(a []float64, n int, piv []int) int {
	info := -1
	for j := 0; j < n; j++ {
		p, best := j, math.Abs(a[j*n+j])
		for i := j + 1; i < n; i++ {
			if v := math.Abs(a[i*n+j]); v > best {
				p, best = i, v
			}
		}
		piv[j] = p
		if a[p*n+j] != 0 {
			if p != j {
				rj, rp := a[j*n:j*n+n], a[p*n:p*n+n]
				for k := range rj {
					rj[k], rp[k] = rp[k], rj[k]
				}
			}
			d := a[j*n+j]
			if math.Abs(d) >= sfmin {
				r := 1 / d
				for i := j + 1; i < n; i++ {
					a[i*n+j] *= r
				}
			} else {
				for i := j + 1; i < n; i++ {
					a[i*n+j] /= d
				}
			}
		} else if info < 0 {
			info = j
		}
		// Rank-1 update of the trailing submatrix.
		rowj := a[j*n+j+1 : j*n+n]
		for i := j + 1; i < n; i++ {
			l := a[i*n+j]
			if l == 0 {
				continue
			}
			rowi := a[i*n+j+1 : i*n+n]
			for k, u := range rowj {
				rowi[k] -= l * u
			}
		}
	}
	return info
}

// luInverse writes inv(A) into x (row-major n×n) from the factors of luFactor
// by solving A·X = I, as LAPACK's dgesv does for numpy.linalg.inv.
func luInverse(lu []float64, n int, piv []int, x []float64) {
	clear(x[:n*n])
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	// Apply the row interchanges to I.
	for j := 0; j < n; j++ {
		if p := piv[j]; p != j {
			rj, rp := x[j*n:j*n+n], x[p*n:p*n+n]
			for k := range rj {
				rj[k], rp[k] = rp[k], rj[k]
			}
		}
	}
	// Forward substitution with unit lower triangular L.
	for k := 0; k < n; k++ {
		rowk := x[k*n : k*n+n]
		for i := k + 1; i < n; i++ {
			l := lu[i*n+k]
			if l == 0 {
				continue
			}
			rowi := x[i*n : i*n+n]
			for c, v := range rowk {
				rowi[c] -= v * l
			}
		}
	}
	// Back substitution with U.
	for k := n - 1; k >= 0; k-- {
		rowk := x[k*n : k*n+n]
		d := lu[k*n+k]
		for c := range rowk {
			rowk[c] /= d
		}
		for i := 0; i < k; i++ {
			u := lu[i*n+k]
			if u == 0 {
				continue
			}
			rowi := x[i*n : i*n+n]
			for c, v := range rowk {
				rowi[c] -= v * u
			}
		}
	}
}

func cabs1(z complex128) float64 { return math.Abs(real(z)) + math.Abs(imag(z)) }

// luFactorC is luFactor for complex matrices (LAPACK's zgetf2; the pivot
// maximises |re|+|im| as izamax does).
func luFactorC(a []complex128, n int, piv []int) int {
	info := -1
	for j := 0; j < n; j++ {
		p, best := j, cabs1(a[j*n+j])
		for i := j + 1; i < n; i++ {
			if v := cabs1(a[i*n+j]); v > best {
				p, best = i, v
			}
		}
		piv[j] = p
		if a[p*n+j] != 0 {
			if p != j {
				rj, rp := a[j*n:j*n+n], a[p*n:p*n+n]
				for k := range rj {
					rj[k], rp[k] = rp[k], rj[k]
				}
			}
			d := a[j*n+j]
			if cmplx.Abs(d) >= sfmin {
				r := 1 / d
				for i := j + 1; i < n; i++ {
					a[i*n+j] *= r
				}
			} else {
				for i := j + 1; i < n; i++ {
					a[i*n+j] /= d
				}
			}
		} else if info < 0 {
			info = j
		}
		rowj := a[j*n+j+1 : j*n+n]
		for i := j + 1; i < n; i++ {
			l := a[i*n+j]
			if l == 0 {
				continue
			}
			rowi := a[i*n+j+1 : i*n+n]
			for k, u := range rowj {
				rowi[k] -= l * u
			}
		}
	}
	return info
}

// luInverseC is luInverse for complex matrices.
func luInverseC(lu []complex128, n int, piv []int, x []complex128) {
	clear(x[:n*n])
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	for j := 0; j < n; j++ {
		if p := piv[j]; p != j {
			rj, rp := x[j*n:j*n+n], x[p*n:p*n+n]
			for k := range rj {
				rj[k], rp[k] = rp[k], rj[k]
			}
		}
	}
	for k := 0; k < n; k++ {
		rowk := x[k*n : k*n+n]
		for i := k + 1; i < n; i++ {
			l := lu[i*n+k]
			if l == 0 {
				continue
			}
			rowi := x[i*n : i*n+n]
			for c, v := range rowk {
				rowi[c] -= v * l
			}
		}
	}
	for k := n - 1; k >= 0; k-- {
		rowk := x[k*n : k*n+n]
		d := lu[k*n+k]
		for c := range rowk {
			rowk[c] /= d
		}
		for i := 0; i < k; i++ {
			u := lu[i*n+k]
			if u == 0 {
				continue
			}
			rowi := x[i*n : i*n+n]
			for c, v := range rowk {
				rowi[c] -= v * u
			}
		}
	}
}
