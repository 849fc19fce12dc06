package linalg

import "math/cmplx"

// Complex Householder reduction to upper Hessenberg form, LAPACK's zgehd2
// and zunghr, on row-major n×n matrices (element (i, j) at i·n+j).

// gehd2C reduces rows and columns ilo..ihi (0-based) of a to upper
// Hessenberg form by the unitary similarity Qᴴ·A·Q, Q = H(ilo)·…·H(ihi−1),
// H(i) = I − τᵢ·v·vᴴ with v(i+1) = 1 and v(i+2:ihi) stored below the
// subdiagonal of column i, as LAPACK's zgehd2. tau has length n−1 (at
// least); work at least n.
func gehd2C(n, ilo, ihi int, a, tau, work []complex128) {
	v := work[:n]
	for i := ilo; i < ihi; i++ {
		// The reflector that zeroes a(i+2:ihi, i).
		x := v[:ihi-i-1]
		for r := i + 2; r <= ihi; r++ {
			x[r-i-2] = a[r*n+i]
		}
		beta, t := householderC(a[(i+1)*n+i], x)
		tau[i] = t
		for r := i + 2; r <= ihi; r++ {
			a[r*n+i] = x[r-i-2]
		}
		a[(i+1)*n+i] = 1
		// A(0:ihi, i+1:ihi) := A·H (from the right).
		if t != 0 {
			for r := 0; r <= ihi; r++ {
				row := a[r*n : r*n+n]
				var s complex128
				for c := i + 1; c <= ihi; c++ {
					s += row[c] * a[c*n+i]
				}
				s *= t
				for c := i + 1; c <= ihi; c++ {
					row[c] -= s * cmplx.Conj(a[c*n+i])
				}
			}
			// A(i+1:ihi, i+1:n) := Hᴴ·A (from the left).
			w := work[:n]
			for c := i + 1; c < n; c++ {
				w[c] = 0
			}
			for r := i + 1; r <= ihi; r++ {
				vr := cmplx.Conj(a[r*n+i])
				row := a[r*n : r*n+n]
				for c := i + 1; c < n; c++ {
					w[c] += vr * row[c]
				}
			}
			ct := cmplx.Conj(t)
			for r := i + 1; r <= ihi; r++ {
				f := ct * a[r*n+i]
				row := a[r*n : r*n+n]
				for c := i + 1; c < n; c++ {
					row[c] -= f * w[c]
				}
			}
		}
		a[(i+1)*n+i] = beta
	}
}

// unghrC returns the unitary Q = H(ilo)·…·H(ihi−1) of gehd2C from the
// reflectors stored below the subdiagonal of a (LAPACK's zunghr).
func unghrC(n, ilo, ihi int, a, tau []complex128) []complex128 {
	q := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		q[i*n+i] = 1
	}
	w := make([]complex128, n)
	v := make([]complex128, n)
	for i := ihi - 1; i >= ilo; i-- {
		t := tau[i]
		if t == 0 {
			continue
		}
		v[i+1] = 1
		for r := i + 2; r <= ihi; r++ {
			v[r] = a[r*n+i]
		}
		// Q(i+1:ihi, i+1:ihi) := H·Q; columns left of i+1 are zero there.
		for c := i + 1; c <= ihi; c++ {
			w[c] = 0
		}
		for r := i + 1; r <= ihi; r++ {
			vr := cmplx.Conj(v[r])
			row := q[r*n : r*n+n]
			for c := i + 1; c <= ihi; c++ {
				w[c] += vr * row[c]
			}
		}
		for r := i + 1; r <= ihi; r++ {
			f := t * v[r]
			row := q[r*n : r*n+n]
			for c := i + 1; c <= ihi; c++ {
				row[c] -= f * w[c]
			}
		}
	}
	return q
}
