package linalg

import "math/cmplx"

// RQ returns the RQ factorisation A = R·Q of the m×n matrix a
// (scipy.linalg.rq), computed as LAPACK's gerqf and orgrq/ungrq compute
// it: Householder reflectors H(i) = I − τᵢ·vᵢ·vᵢᴴ, the last one first,
// each annihilating a row of A to the left of its diagonal (Golub & Van
// Loan, Matrix Computations, §5.2), so R and Q carry LAPACK's signs. mode
// is "full" (R m×n upper trapezoidal, Q n×n unitary), "economic" (R m×k,
// Q k×n with orthonormal rows, k = min(m, n)) or "r" (R alone, m×n; q is
// nil). Integer and boolean input is taken as float64, except that an
// empty a keeps its dtype as SciPy's does. Errors:
//
//	ValueError "expected matrix"
func RQ(a *Array, mode string) (r, q *Array, err error) {
	if len(a.shape) != 2 {
		return nil, nil, valueErr("expected matrix")
	}
	m, n := a.shape[0], a.shape[1]
	k := min(m, n)
	if m*n == 0 {
		d := a.dtype
		if mode == "economic" {
			return newArray(d, []int{m, k}), newArray(d, []int{k, n}), nil
		}
		q, _ = Identity(d, n)
		return newArray(d, []int{m, n}), q, nil
	}
	a = inexact(a)
	h := a.Complex128s()
	tau := make([]complex128, k)
	rqC(h, m, n, tau)
	// R: the upper trapezoid ending at the last column, or its last m
	// columns when economic and m ≤ n.
	rc := n
	if mode == "economic" && n >= m {
		rc = m
	}
	rv := make([]complex128, m*rc)
	for i := 0; i < m; i++ {
		for j := max(i+(n-m)-(n-rc), 0); j < rc; j++ {
			rv[i*rc+j] = h[i*n+j+(n-rc)]
		}
	}
	r = fromComplex(rv, a.dtype, m, rc)
	if mode == "r" {
		return r, nil, nil
	}
	var qv []complex128
	var qm int
	switch {
	case n < m:
		qm = n
		qv = append([]complex128(nil), h[(m-n)*n:]...)
	case mode == "economic":
		qm = m
		qv = h
	default:
		qm = n
		qv = make([]complex128, n*n)
		copy(qv[(n-m)*n:], h)
	}
	rqFormQC(qv, qm, n, k, tau)
	return r, fromComplex(qv, a.dtype, qm, n), nil
}

// rqC overwrites the row-major m×n a with its RQ factorisation as LAPACK's
// zgerq2 (dgerq2 for real data) leaves it: R in the upper trapezoid ending
// at column n−1, and for i = k−1, …, 0 (k = min(m, n)) the reflector H(i)
// in row m−k+i left of that trapezoid, stored conjugated, its factor in
// tau[i]. Q = H(0)ᴴ·…·H(k−1)ᴴ.
func rqC(a []complex128, m, n int, tau []complex128) {
	k := min(m, n)
	for i := k - 1; i >= 0; i-- {
		row := a[(m-k+i)*n : (m-k+i+1)*n]
		l := n - k + i // the diagonal column of this row
		for j := 0; j <= l; j++ {
			row[j] = cmplx.Conj(row[j])
		}
		beta, t := householderC(row[l], row[:l])
		tau[i] = t
		if t != 0 {
			// C := C·H with H = I − τ·v·vᴴ, v = (row[:l], 1), on rows
			// above this one, columns 0..l.
			for r := 0; r < m-k+i; r++ {
				c := a[r*n : r*n+l+1]
				w := c[l]
				for j := 0; j < l; j++ {
					w += c[j] * row[j]
				}
				w *= t
				c[l] -= w
				for j := 0; j < l; j++ {
					c[j] -= w * cmplx.Conj(row[j])
				}
			}
		}
		row[l] = beta
		for j := 0; j < l; j++ {
			row[j] = cmplx.Conj(row[j])
		}
	}
}

// rqFormQC overwrites the row-major m×n a (m ≤ n), whose last k rows hold
// reflectors as rqC leaves them, with the last m rows of
// Q = H(0)ᴴ·…·H(k−1)ᴴ, as LAPACK's zungr2 (dorgr2) forms it.
func rqFormQC(a []complex128, m, n, k int, tau []complex128) {
	if k < m {
		for j := 0; j < n; j++ {
			for l := 0; l < m-k; l++ {
				a[l*n+j] = 0
			}
			if j >= n-m && j < n-k {
				a[(m-n+j)*n+j] = 1
			}
		}
	}
	for i := 0; i < k; i++ {
		ii := m - k + i
		c := n - m + ii // the column of the reflector's unit entry
		row := a[ii*n : (ii+1)*n]
		for j := 0; j < c; j++ {
			row[j] = cmplx.Conj(row[j])
		}
		row[c] = 1
		t := cmplx.Conj(tau[i])
		if t != 0 {
			for r := 0; r < ii; r++ {
				x := a[r*n : r*n+c+1]
				var w complex128
				for j := 0; j <= c; j++ {
					w += x[j] * row[j]
				}
				w *= t
				for j := 0; j <= c; j++ {
					x[j] -= w * cmplx.Conj(row[j])
				}
			}
		}
		for j := 0; j < c; j++ {
			row[j] = cmplx.Conj(-tau[i] * row[j])
		}
		row[c] = 1 - t
		for j := c + 1; j < n; j++ {
			row[j] = 0
		}
	}
}
