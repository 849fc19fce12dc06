package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/blas/cblas128"
)

// The triangular Sylvester equations at the heart of the Bartels–Stewart
// method (R. H. Bartels and G. W. Stewart, "Solution of the matrix
// equation AX + XB = C", Comm. ACM 15(9), 1972): with R and S in (real or
// complex) Schur form, R·Y + Y·Sᵀ = F (real) or R·Y + Y·Sᴴ = F (complex)
// is solved one block of Y at a time, starting from the bottom-right
// corner, as LAPACK's dtrsyl and ztrsyl do for TRANA='N', TRANB='T'/'C'
// and ISGN=1. Like them, a block whose equation is (nearly) singular is
// solved with its coefficient perturbed to smin, and reported by info = 1;
// scale ≤ 1 keeps the solution from overflowing: the computed Y solves the
// equation with scale·F on the right.

// trsylLimits returns dtrsyl's bound below which a pivot is perturbed
// (smin) and its overflow threshold (bignum) for an m×m R of largest
// magnitude rmax and an n×n S of largest magnitude smax.
func trsylLimits(m, n int, rmax, smax float64) (smin, bignum float64) {
	const eps = 0x1p-52                      // dlamch('P')
	smlnum := 0x1p-1022 * float64(m*n) / eps // dlamch('S')·M·N/eps
	return max(smlnum, eps*rmax, eps*smax), 1 / smlnum
}

// langeMax is LAPACK's lange('M'): the largest magnitude in v.
func langeMax[T float64 | complex128](v []T) float64 {
	big := 0.0
	for _, x := range v {
		var a float64
		switch x := any(x).(type) {
		case float64:
			a = math.Abs(x)
		case complex128:
			a = cmplx.Abs(x)
		}
		if a > big || math.IsNaN(a) {
			big = a
		}
	}
	return big
}

// trsylReal solves R·Y + Y·Sᵀ = scale·F for Y, overwriting f (m×n,
// row-major) with Y. R (m×m) and S (n×n) are upper quasi-triangular, real
// Schur forms whose 2×2 diagonal blocks are marked by a nonzero subdiagonal
// entry. info is 1 when some block had to be perturbed (R and -S have
// eigenvalues too close), else 0.
func trsylReal(r []float64, m int, s []float64, n int, f []float64) (scale float64, info int) {
	scale = 1
	if m == 0 || n == 0 {
		return scale, 0
	}
	smin, bignum := trsylLimits(m, n, langeMax(r), langeMax(s))
	// yt holds Y by columns, yt[j*m:(j+1)*m] being column j, so that the
	// updates below run along contiguous memory.
	yt := make([]float64, m*n)
	for i := range m {
		for j := range n {
			yt[j*m+i] = f[i*n+j]
		}
	}
	var vec, x [4]float64
	bl := blas64.Implementation()
	rescale := func(scaloc float64) {
		if scaloc != 1 {
			for k := range yt {
				yt[k] *= scaloc
			}
			scale *= scaloc
		}
	}
	for l := n - 1; l >= 0; {
		l1 := l
		if l > 0 && s[l*n+l-1] != 0 {
			l1 = l - 1
		}
		nl := l - l1 + 1
		// Column c of Y loses the columns already solved: Y[:, j]·S[c, j],
		// that is yt[c] −= yt[l+1:]ᵀ·S[c, l+1:].
		if l+1 < n {
			for c := l1; c <= l; c++ {
				bl.Dgemv(blas.Trans, n-l-1, m, -1, yt[(l+1)*m:], m, s[c*n+l+1:], 1, 1, yt[c*m:(c+1)*m], 1)
			}
		}
		for k := m - 1; k >= 0; {
			k1 := k
			if k > 0 && r[k*m+k-1] != 0 {
				k1 = k - 1
			}
			nk := k - k1 + 1
			// vec[p*nl+q] = F[k1+p, l1+q] − Σ_{i>k} R[k1+p, i]·Y[i, l1+q].
			for p := range nk {
				row := r[(k1+p)*m : (k1+p+1)*m]
				for q := range nl {
					col := yt[(l1+q)*m : (l1+q+1)*m]
					vec[p*nl+q] = col[k1+p] - bl.Ddot(m-k-1, row[k+1:], 1, col[k+1:], 1)
				}
			}
			scaloc := 1.0
			ok := true
			switch {
			case nk == 1 && nl == 1:
				a11 := r[k1*m+k1] + s[l1*n+l1]
				da11 := math.Abs(a11)
				if da11 <= smin {
					a11, da11, ok = smin, smin, false
				}
				if db := math.Abs(vec[0]); da11 < 1 && db > 1 && db > bignum*da11 {
					scaloc = 1 / db
				}
				x[0] = vec[0] * scaloc / a11
			case nl == 1: // a 2×2 block of R: (R_kk + s·I)·y = vec
				scaloc, _, ok = lapack64.Dlaln2(false, 2, 1, smin, 1, r[k1*m+k1:], m, 1, 1, vec[:], 1, -s[l1*n+l1], 0, x[:], 1)
			case nk == 1: // a 2×2 block of S: (S_ll + r·I)·yᵀ = vecᵀ
				scaloc, _, ok = lapack64.Dlaln2(false, 2, 1, smin, 1, s[l1*n+l1:], n, 1, 1, vec[:], 1, -r[k1*m+k1], 0, x[:], 1)
			default:
				scaloc, _, ok = lapack64.Dlasy2(false, true, 1, 2, 2, r[k1*m+k1:], m, s[l1*n+l1:], n, vec[:], 2, x[:], 2)
			}
			if !ok {
				info = 1
			}
			rescale(scaloc)
			for p := range nk {
				for q := range nl {
					yt[(l1+q)*m+k1+p] = x[p*nl+q]
				}
			}
			k = k1 - 1
		}
		l = l1 - 1
	}
	for i := range m {
		for j := range n {
			f[i*n+j] = yt[j*m+i]
		}
	}
	return scale, info
}

// trsylComplex solves R·Y + Y·Sᴴ = scale·F for Y, overwriting f (m×n,
// row-major) with Y, as ztrsyl does: R (m×m) and S (n×n) are read as upper
// triangular (whatever lies below their diagonals is ignored). info is 1
// when some R[k, k] + conj(S[l, l]) had to be perturbed.
func trsylComplex(r []complex128, m int, s []complex128, n int, f []complex128) (scale float64, info int) {
	scale = 1
	if m == 0 || n == 0 {
		return scale, 0
	}
	smin, bignum := trsylLimits(m, n, langeMax(r), langeMax(s))
	yt := make([]complex128, m*n)
	for i := range m {
		for j := range n {
			yt[j*m+i] = f[i*n+j]
		}
	}
	zb := cblas128.Implementation()
	sc := make([]complex128, n)
	for l := n - 1; l >= 0; l-- {
		col := yt[l*m : (l+1)*m]
		// col −= yt[l+1:]ᵀ·conj(S[l, l+1:]).
		if l+1 < n {
			for j := l + 1; j < n; j++ {
				sc[j] = cmplx.Conj(s[l*n+j])
			}
			zb.Zgemv(blas.Trans, n-l-1, m, -1, yt[(l+1)*m:], m, sc[l+1:], 1, 1, col, 1)
		}
		for k := m - 1; k >= 0; k-- {
			row := r[k*m : (k+1)*m]
			vec := col[k] - zb.Zdotu(m-k-1, row[k+1:], 1, col[k+1:], 1)
			scaloc := 1.0
			a11 := row[k] + cmplx.Conj(s[l*n+l])
			da11 := cabs1(a11)
			if da11 <= smin {
				a11, da11, info = complex(smin, 0), smin, 1
			}
			if db := cabs1(vec); da11 < 1 && db > 1 && db > bignum*da11 {
				scaloc = 1 / db
			}
			x := complex(real(vec)*scaloc, imag(vec)*scaloc) / a11
			if scaloc != 1 {
				for k := range yt {
					yt[k] = complex(real(yt[k])*scaloc, imag(yt[k])*scaloc)
				}
				scale *= scaloc
			}
			col[k] = x
		}
	}
	for i := range m {
		for j := range n {
			f[i*n+j] = yt[j*m+i]
		}
	}
	return scale, info
}
