package linalg

import "math/cmplx"

// Polar returns the polar decomposition of the m×n matrix a
// (scipy.linalg.polar): with right, A = U·P where P = V·Σ·Vᴴ is the n×n
// Hermitian positive semidefinite factor; otherwise A = P·U with the m×m
// P = W·Σ·Wᴴ. Both come from the thin SVD A = W·Σ·Vᴴ, U = W·Vᴴ (m×n, with
// orthonormal columns when m ≥ n and orthonormal rows when m ≤ n): the
// canonical polar decomposition of Higham, Functions of Matrices (SIAM,
// 2008), §8.1. Integer input is taken as float64. Errors:
//
//	ValueError  "`a` must be a 2-D array."
//	ValueError  "array must not contain infs or NaNs"
//	LinAlgError "SVD did not converge"
func Polar(a *Array, right bool) (u, p *Array, err error) {
	if len(a.shape) != 2 {
		return nil, nil, valueErr("`a` must be a 2-D array.")
	}
	if err := CheckFinite(a); err != nil {
		return nil, nil, err
	}
	a = inexact(a)
	m, n := a.shape[0], a.shape[1]
	k := min(m, n)
	w, s, vh, err := SVD(a, false)
	if err != nil {
		return nil, nil, err
	}
	wc, sv, vc := w.Complex128s(), s.Float64s(), vh.Complex128s()
	uc := matMulC(wc, vc, m, k, n)
	var pc []complex128
	if right {
		// P = Vᴴ·diag(s)·V with V = vh (k×n)
		pc = gramC(vc, sv, k, n, true)
	} else {
		pc = gramC(wc, sv, m, k, false)
	}
	pn := n
	if !right {
		pn = m
	}
	return fromComplex(uc, a.dtype, m, n), fromComplex(pc, a.dtype, pn, pn), nil
}

// matMulC returns the m×n product of the row-major m×k x and k×n y.
func matMulC(x, y []complex128, m, k, n int) []complex128 {
	out := make([]complex128, m*n)
	for i := 0; i < m; i++ {
		for l := 0; l < k; l++ {
			xv := x[i*k+l]
			if xv == 0 {
				continue
			}
			row := y[l*n : (l+1)*n]
			o := out[i*n : (i+1)*n]
			for j := range row {
				o[j] += xv * row[j]
			}
		}
	}
	return out
}

// gramC returns Xᴴ·diag(s)·X for the r×c matrix x when rows is true (a
// c×c result, s of length r), or X·diag(s)·Xᴴ (r×r, s of length c).
func gramC(x []complex128, s []float64, r, c int, rows bool) []complex128 {
	if rows {
		out := make([]complex128, c*c)
		for l := 0; l < r; l++ {
			for i := 0; i < c; i++ {
				xi := cmplx.Conj(x[l*c+i]) * complex(s[l], 0)
				for j := 0; j < c; j++ {
					out[i*c+j] += xi * x[l*c+j]
				}
			}
		}
		return out
	}
	out := make([]complex128, r*r)
	for i := 0; i < r; i++ {
		for j := 0; j < r; j++ {
			var t complex128
			for l := 0; l < c; l++ {
				t += x[i*c+l] * complex(s[l], 0) * cmplx.Conj(x[j*c+l])
			}
			out[i*r+j] = t
		}
	}
	return out
}
