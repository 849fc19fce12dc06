package linalg

import (
	"math"
	"math/cmplx"
)

// SciPyGenEig is scipy.linalg.eig(a, b, ...) for one pair of square
// matrices: the generalized eigenvalues of A·v = λ·B·v as LAPACK's ggev
// computes them (the QZ decomposition of QZ, then back substitution in
// the generalized Schur form for the eigenvectors, as tgevc). w is
// complex128: α/β, with +inf where β = 0 ≠ α and NaN where both vanish
// (complex NaN when some α is not real); with homog the 2×N stack
// [α; β] instead. The right eigenvectors vr (A·vr = B·vr·diag(w)) and
// left ones vl (vlᴴ·A = diag(w)·vlᴴ·B) are float64 when every eigenvalue
// is real and a, b are, complex128 otherwise, each column scaled as SciPy
// leaves it: of unit 2-norm, except that when only left vectors are asked
// for SciPy normalises just the first and leaves the others as LAPACK
// scales them (largest |re| + |im| equal to 1). vl and vr are nil unless
// asked for. Errors:
//
//	LinAlgError "generalized eig algorithm (ggev) did not converge (LAPACK info=1)"
func SciPyGenEig(a, b *Array, left, right, homog bool) (w, vl, vr *Array, err error) {
	a, b = inexact(a), inexact(b)
	n := a.shape[0]
	cplx := a.dtype == Complex128 || b.dtype == Complex128
	var alpha, beta []complex128
	var s, t, q, z []complex128 // the generalized Schur form, for vectors
	var realForm bool
	var info int
	if cplx {
		r := ggesComplex(append([]complex128(nil), a.Complex128s()...), append([]complex128(nil), b.Complex128s()...), n)
		info = r.info
		alpha, beta = r.alpha, r.beta
		s, t, q, z = r.a, r.b, r.q, r.z
	} else {
		r := ggesReal(append([]float64(nil), a.Float64s()...), append([]float64(nil), b.Float64s()...), n)
		info = r.info
		alpha, beta = make([]complex128, n), make([]complex128, n)
		for i := range alpha {
			alpha[i] = complex(r.alphar[i], r.alphai[i])
			beta[i] = complex(r.beta[i], 0)
		}
		s, t, q, z = toC(r.a), toC(r.b), toC(r.q), toC(r.z)
		realForm = true
	}
	if info != 0 {
		return nil, nil, nil, linAlgErr(EigNoConvergence, "generalized eig algorithm (ggev) did not converge (LAPACK info=%d)", info)
	}
	if homog {
		// np.vstack((alpha, beta)): complex, as alpha is.
		w, _ = NewComplex128([]int{2, n}, append(append([]complex128(nil), alpha...), beta...))
	} else {
		w, _ = NewComplex128([]int{n}, genEigvals(alpha, beta))
	}
	if !left && !right {
		return w, nil, nil, nil
	}
	allReal := true
	for _, x := range w.Complex128s() {
		if imag(x) != 0 {
			allReal = false
		}
	}
	vd := Complex128
	if !cplx && allReal {
		vd = Float64
	}
	if right {
		v := genEigvecs(n, s, t, z, alpha, beta, realForm, false)
		normalizeCols(v, n, n)
		vr = fromComplex(v, vd, n, n)
	}
	if left {
		v := genEigvecs(n, s, t, q, alpha, beta, realForm, true)
		cols := n
		if !right {
			cols = min(1, n) // SciPy's loop runs over the rows of a 1×n dummy vr
		}
		normalizeCols(v, n, cols)
		vl = fromComplex(v, vd, n, n)
	}
	return w, vl, vr, nil
}

func toC(x []float64) []complex128 {
	out := make([]complex128, len(x))
	for i, v := range x {
		out[i] = complex(v, 0)
	}
	return out
}

// genEigvals is SciPy's _make_eigvals: α/β as NumPy divides complex
// numbers, inf for β = 0 ≠ α, NaN (complex NaN if some α is not real) for
// 0/0.
func genEigvals(alpha, beta []complex128) []complex128 {
	allRealAlpha := true
	for _, a := range alpha {
		if imag(a) != 0 {
			allRealAlpha = false
		}
	}
	w := make([]complex128, len(alpha))
	for i := range w {
		a, b := alpha[i], beta[i]
		switch {
		case b != 0:
			w[i] = npCdiv(a, b)
		case a != 0:
			w[i] = complex(math.Inf(1), 0)
		case allRealAlpha:
			w[i] = complex(math.NaN(), 0)
		default:
			w[i] = complex(math.NaN(), math.NaN())
		}
	}
	return w
}

// npCdiv is NumPy's complex division (Smith's method).
func npCdiv(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	if math.Abs(br) >= math.Abs(bi) {
		rat := bi / br
		scl := 1.0 / (br + bi*rat)
		return complex((ar+ai*rat)*scl, (ai-ar*rat)*scl)
	}
	rat := br / bi
	scl := 1.0 / (bi + br*rat)
	return complex((ar*rat+ai)*scl, (ai*rat-ar)*scl)
}

// normalizeCols divides the first cols columns of the row-major n×n v by
// their 2-norms.
func normalizeCols(v []complex128, n, cols int) {
	for j := 0; j < cols; j++ {
		var s float64
		for i := 0; i < n; i++ {
			s = math.Hypot(s, cmplx.Abs(v[i*n+j]))
		}
		if s == 0 {
			continue
		}
		for i := 0; i < n; i++ {
			v[i*n+j] /= complex(s, 0)
		}
	}
}

// genEigvecs computes the right (or, with left, the left) generalized
// eigenvectors from the generalized Schur form (s, t) and its right (left)
// Schur vectors u, as LAPACK's tgevc with back-transformation: for each
// eigenvalue the null vector of β·S − α·T (left: of its transpose
// conjugate) by substitution through the (quasi-)triangular structure,
// then multiplied by u and scaled so that its largest |re| + |im| is 1. In
// the real form (realForm) a complex conjugate pair's 2×2 block gives the
// vector of the member with positive imaginary part as tgevc chooses it,
// and its conjugate for the other.
func genEigvecs(n int, s, t, u, alpha, beta []complex128, realForm, left bool) []complex128 {
	out := make([]complex128, n*n)
	safmin := dlamchS
	ulp := dlamchP
	var anorm, bnorm float64
	for i := 0; i < n; i++ {
		var ra, rb float64
		for j := max(i-1, 0); j < n; j++ {
			ra += cmplx.Abs(s[i*n+j])
			rb += cmplx.Abs(t[i*n+j])
		}
		anorm, bnorm = math.Max(anorm, ra), math.Max(bnorm, rb)
	}
	anorm, bnorm = math.Max(anorm, safmin), math.Max(bnorm, safmin)
	// blockOf[i] is the first index of i's diagonal block of s.
	blockOf := make([]int, n)
	for i := 0; i < n; i++ {
		blockOf[i] = i
		if realForm && i > 0 && s[i*n+i-1] != 0 {
			blockOf[i] = i - 1
		}
	}
	x := make([]complex128, n)
	for k := 0; k < n; k++ {
		k0 := blockOf[k]
		pair := realForm && k0+1 < n && s[(k0+1)*n+k0] != 0
		if pair && k != k0 {
			// The second member of a pair: the conjugate of the first.
			for i := 0; i < n; i++ {
				out[i*n+k] = cmplx.Conj(out[i*n+k0])
			}
			continue
		}
		// The coefficients: M = ac·S − bc·T, singular for this eigenvalue.
		var ac float64
		var bc complex128
		for i := range x {
			x[i] = 0
		}
		if pair {
			S := []float64{real(s[k0*n+k0]), real(s[k0*n+k0+1]), real(s[(k0+1)*n+k0]), real(s[(k0+1)*n+k0+1])}
			T := []float64{real(t[k0*n+k0]), real(t[k0*n+k0+1]), real(t[(k0+1)*n+k0]), real(t[(k0+1)*n+k0+1])}
			scale1, _, wr, _, wi := lapack64.Dlag2(S, 2, T, 2)
			ac = scale1
			if left {
				wi = -wi
			}
			bc = complex(wr, wi)
			if !left {
				// tgevc's first two components (rows k0, k0+1).
				temp := ac * S[2]
				temp2 := complex(ac*S[3], 0) - bc*complex(T[3], 0)
				if math.Abs(temp) >= cabs1(temp2) {
					x[k0+1] = 1
					x[k0] = -temp2 / complex(temp, 0)
				} else {
					x[k0] = 1
					x[k0+1] = (bc*complex(T[0], 0) - complex(ac*S[0], 0)) / complex(ac*S[1], 0)
				}
			} else {
				temp := ac * S[2]
				temp2 := complex(ac*S[0], 0) - bc*complex(T[0], 0)
				if math.Abs(temp) > cabs1(temp2) {
					x[k0] = 1
					x[k0+1] = -temp2 / complex(temp, 0)
				} else {
					x[k0+1] = 1
					x[k0] = (bc*complex(T[3], 0) - complex(ac*S[3], 0)) / complex(ac*S[1], 0)
				}
				// tgevc solves yᵀ·M(λ̄) = 0 (bc conjugated above): with
				// real S and T that is yᴴ·M(λ) = 0.
			}
		} else {
			ascale := 1 / anorm
			bscale := 1 / bnorm
			sa, sb := s[k*n+k], t[k*n+k]
			temp := 1 / math.Max(math.Max(cmplx.Abs(sa)*ascale, cmplx.Abs(sb)*bscale), safmin)
			salpha := sa * complex(temp*ascale, 0)
			sbeta := real(sb) * temp * bscale
			ac = sbeta * ascale
			bc = salpha * complex(bscale, 0)
			x[k] = 1
		}
		dmin := math.Max(math.Max(ulp*math.Abs(ac)*anorm, ulp*cabs1(bc)*bnorm), safmin)
		m := func(i, j int) complex128 { return complex(ac, 0)*s[i*n+j] - bc*t[i*n+j] }
		if !left {
			lo := k0 - 1
			for j := lo; j >= 0; {
				j0 := blockOf[j]
				// rhs_i = −Σ_{l > j} M(i, l)·x_l for the rows of the block.
				var r [2]complex128
				for ii := j0; ii <= j; ii++ {
					var sum complex128
					for l := j + 1; l < n; l++ {
						if x[l] != 0 {
							sum += m(ii, l) * x[l]
						}
					}
					r[ii-j0] = -sum
				}
				if j0 == j {
					x[j] = r[0] / perturb(m(j, j), dmin)
				} else {
					x[j0], x[j] = solve2C(m(j0, j0), m(j0, j), m(j, j0), m(j, j), r[0], r[1], dmin)
				}
				j = j0 - 1
			}
		} else {
			start := k0 + 1
			if pair {
				start = k0 + 2
			}
			for j := start; j < n; {
				j1 := j
				if realForm && j+1 < n && s[(j+1)*n+j] != 0 {
					j1 = j + 1
				}
				// yᵀ·M = 0 (real form, conjugated coefficient) or
				// yᴴ·M = 0 (complex form): for the columns of the block,
				// Σ_{i < j} y_i·M(i, c) + the block's own terms = 0.
				var r [2]complex128
				for c := j; c <= j1; c++ {
					var sum complex128
					for i := 0; i < j; i++ {
						if x[i] != 0 {
							if realForm {
								sum += x[i] * m(i, c)
							} else {
								sum += x[i] * cmplx.Conj(m(i, c))
							}
						}
					}
					r[c-j] = -sum
				}
				mm := func(i, c int) complex128 {
					if realForm {
						return m(i, c)
					}
					return cmplx.Conj(m(i, c))
				}
				if j1 == j {
					x[j] = r[0] / perturb(mm(j, j), dmin)
				} else {
					// The transposed 2×2 block.
					x[j], x[j1] = solve2C(mm(j, j), mm(j1, j), mm(j, j1), mm(j1, j1), r[0], r[1], dmin)
				}
				j = j1 + 1
			}
		}
		// Back-transform and scale.
		var xmax float64
		col := make([]complex128, n)
		for i := 0; i < n; i++ {
			var sum complex128
			for l := 0; l < n; l++ {
				if x[l] != 0 {
					sum += u[i*n+l] * x[l]
				}
			}
			col[i] = sum
			xmax = math.Max(xmax, cabs1(sum))
		}
		if xmax > safmin {
			for i := range col {
				col[i] /= complex(xmax, 0)
			}
		}
		for i := 0; i < n; i++ {
			out[i*n+k] = col[i]
		}
	}
	return out
}

// perturb replaces a divisor smaller than dmin by dmin, as dlaln2 does.
func perturb(d complex128, dmin float64) complex128 {
	if cabs1(d) < dmin {
		return complex(dmin, 0)
	}
	return d
}

// solve2C solves [a b; c d]·(x, y) = (r, s) by Cramer's rule, perturbing a
// determinant below dmin².
func solve2C(a, b, c, d, r, s complex128, dmin float64) (x, y complex128) {
	det := a*d - b*c
	if cabs1(det) < dmin*dmin {
		det = complex(dmin*dmin, 0)
	}
	return (r*d - b*s) / det, (a*s - c*r) / det
}
