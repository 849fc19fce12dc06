package linalg

import (
	"errors"
	"math"
	"math/cmplx"
)

// The inverse scaling and squaring algorithms of scipy.linalg.logm and
// fractional_matrix_power: Al-Mohy and Higham, "Improved Inverse Scaling
// and Squaring Algorithms for the Matrix Logarithm", SIAM J. Sci. Comput.
// 34(4), 2012, and Higham and Lin, "A Schur–Padé Algorithm for Fractional
// Powers of a Matrix", SIAM J. Matrix Anal. Appl. 32(3), 2011, as SciPy's
// _matfuncs_inv_ssq.py runs them on the triangular Schur factor.

// errSqrtmTriu is SciPy's SqrtmError from _sqrtm_triu: logm then returns
// NaNs.
var errSqrtmTriu = errors.New("failed to find the matrix square root")

// sqrtmTriu is SciPy's _sqrtm_triu (blocksize 64) for the upper
// triangular n×n t: the diagonal's square roots, the recurrence
// R(i,j) = (T(i,j) − Σ R(i,k)R(k,j)) / (R(i,i) + R(j,j)) within blocks of
// about 64 rows, and a triangular Sylvester equation per pair of blocks.
func sqrtmTriu[T mfScalar](t []T, n int) ([]T, error) {
	r := make([]T, n*n)
	for i := 0; i < n; i++ {
		r[i*n+i] = mfSqrt(t[i*n+i])
	}
	nblocks := max(n/64, 1)
	bsmall, nlarge := n/nblocks, n%nblocks
	nsmall := nblocks - nlarge
	var ss [][2]int
	start := 0
	for _, cs := range [][2]int{{nsmall, bsmall}, {nlarge, bsmall + 1}} {
		for i := 0; i < cs[0]; i++ {
			ss = append(ss, [2]int{start, start + cs[1]})
			start += cs[1]
		}
	}
	for _, b := range ss {
		for j := b[0]; j < b[1]; j++ {
			for i := j - 1; i >= b[0]; i-- {
				var s T
				for k := i + 1; k < j; k++ {
					s += r[i*n+k] * r[k*n+j]
				}
				den := r[i*n+i] + r[j*n+j]
				num := t[i*n+j] - s
				switch {
				case den != 0:
					r[i*n+j] = num / den
				case num == 0:
					r[i*n+j] = 0
				default:
					return nil, errSqrtmTriu
				}
			}
		}
	}
	for jb := range ss {
		j0, j1 := ss[jb][0], ss[jb][1]
		for ib := jb - 1; ib >= 0; ib-- {
			i0, i1 := ss[ib][0], ss[ib][1]
			// S = T(ib, jb) − R(ib, i1:j0)·R(i1:j0, jb), into R(ib, jb).
			for i := i0; i < i1; i++ {
				copy(r[i*n+j0:i*n+j1], t[i*n+j0:i*n+j1])
			}
			if jb-ib > 1 {
				for i := i0; i < i1; i++ {
					for k := i1; k < j0; k++ {
						f := r[i*n+k]
						row := r[k*n+j0 : k*n+j1]
						dst := r[i*n+j0 : i*n+j1]
						for q := range dst {
							dst[q] -= f * row[q]
						}
					}
				}
			}
			off := i0*n + i0
			switch rr := any(r).(type) {
			case []float64:
				sylvQuasiR(rr[off:], n, i1-i0, rr[j0*n+j0:], n, j1-j0, rr[i0*n+j0:], n)
			case []complex128:
				sylvTriC(rr[off:], n, i1-i0, rr[j0*n+j0:], n, j1-j0, rr[i0*n+j0:], n)
			}
		}
	}
	return r, nil
}

// mfSqrt is √x (NaN for a negative float64, as np.sqrt).
func mfSqrt[T mfScalar](x T) T {
	switch v := any(x).(type) {
	case float64:
		return any(math.Sqrt(v)).(T)
	case complex128:
		return any(cmplx.Sqrt(v)).(T)
	}
	return x
}

// mfLog is log x.
func mfLog[T mfScalar](x T) T {
	switch v := any(x).(type) {
	case float64:
		return any(math.Log(v)).(T)
	case complex128:
		return any(cmplx.Log(v)).(T)
	}
	return x
}

// mfPow is xᵖ for a real p.
func mfPow[T mfScalar](x T, p float64) T {
	switch v := any(x).(type) {
	case float64:
		return any(math.Pow(v, p)).(T)
	case complex128:
		return any(npCpow(v, complex(p, 0))).(T)
	}
	return x
}

// npCpow is NumPy's complex power for a real exponent: repeated
// multiplication for small integer exponents, else exp(p·log x).
func npCpow(x, p complex128) complex128 {
	if x == 0 {
		if real(p) > 0 && imag(p) == 0 {
			return 0
		}
		return cmplx.Pow(x, p)
	}
	return cmplx.Pow(x, p)
}

// mfAtanh, mfSinh are artanh and sinh.
func mfAtanh[T mfScalar](x T) T {
	switch v := any(x).(type) {
	case float64:
		return any(math.Atanh(v)).(T)
	case complex128:
		return any(cmplx.Atanh(v)).(T)
	}
	return x
}

func mfSinh[T mfScalar](x T) T {
	switch v := any(x).(type) {
	case float64:
		return any(math.Sinh(v)).(T)
	case complex128:
		return any(cmplx.Sinh(v)).(T)
	}
	return x
}

// mfImag is the imaginary part of x (0 for float64).
func mfImag[T mfScalar](x T) float64 {
	if v, ok := any(x).(complex128); ok {
		return imag(v)
	}
	return 0
}

// mfReal is the real part of x.
func mfReal[T mfScalar](x T) float64 {
	switch v := any(x).(type) {
	case float64:
		return v
	case complex128:
		return real(v)
	}
	return 0
}

// mfI returns i·x; ok is false for float64, which has no i.
func mfIPi[T mfScalar](u int) (T, bool) {
	var z T
	if p, ok := any(&z).(*complex128); ok {
		*p = complex(0, math.Pi*float64(u))
		return z, true
	}
	return z, false
}

// unwindk is the unwinding number ⌈(Im z − π)/2π⌉.
func unwindk(im float64) int { return int(math.Ceil((im - math.Pi) / (2 * math.Pi))) }

// briggsHelper is aᵖ − 1 for p = 2⁻ᵏ without cancellation (SciPy's
// _briggs_helper_function, Algorithm 2 of Al-Mohy's "A more accurate
// Briggs method for the logarithm", Numer. Algorithms 59, 2012).
func briggsHelper[T mfScalar](a T, k int) T {
	switch k {
	case 0:
		return a - 1
	case 1:
		return mfSqrt(a) - 1
	}
	kh := k
	if math.Atan2(mfImag(a), mfReal(a)) >= math.Pi/2 {
		a = mfSqrt(a)
		kh = k - 1
	}
	z0 := a - 1
	a = mfSqrt(a)
	r := 1 + a
	for j := 1; j < kh; j++ {
		a = mfSqrt(a)
		r *= 1 + a
	}
	return z0 / r
}

// fracPowSuperdiag is the (1,2) entry of [[l1, t12], [0, l2]]ᵖ (SciPy's
// _fractional_power_superdiag_entry, Higham and Lin eq. (5.6)).
func fracPowSuperdiag[T mfScalar](l1, l2, t12 T, p float64) T {
	switch {
	case l1 == l2:
		return t12 * fromReal[T](p) * mfPow(l1, p-1)
	case absT(l2-l1) > absT(l1+l2)/2:
		return t12 * (mfPow(l2, p) - mfPow(l1, p)) / (l2 - l1)
	}
	z := (l2 - l1) / (l2 + l1)
	logL1, logL2 := mfLog(l1), mfLog(l2)
	atz := mfAtanh(z)
	a := t12 * mfExp(fromReal[T](p/2)*(logL2+logL1))
	var b T
	if u := unwindk(mfImag(logL2 - logL1)); u != 0 {
		ipu, _ := mfIPi[T](u)
		b = fromReal[T](p) * (atz + ipu)
	} else {
		b = fromReal[T](p) * atz
	}
	c := 2 * mfSinh(b) / (l2 - l1)
	return a * c
}

// logmSuperdiag is the (1,2) entry of log [[l1, t12], [0, l2]] (SciPy's
// _logm_superdiag_entry, Higham's Functions of Matrices eq. (11.28)).
func logmSuperdiag[T mfScalar](l1, l2, t12 T) T {
	switch {
	case l1 == l2:
		return t12 / l1
	case absT(l2-l1) > absT(l1+l2)/2:
		return t12 * (mfLog(l2) - mfLog(l1)) / (l2 - l1)
	}
	z := (l2 - l1) / (l2 + l1)
	if u := unwindk(mfImag(mfLog(l2) - mfLog(l1))); u != 0 {
		ipu, _ := mfIPi[T](u)
		return t12 * 2 * (mfAtanh(z) + ipu) / (l2 - l1)
	}
	return t12 * 2 * mfAtanh(z) / (l2 - l1)
}

// onenormestM1Power estimates ‖(T − I)ᵖ‖₁ for the upper triangular n×n t
// by the block
// 1-norm estimator of Higham and Tisseur (SIAM J. Matrix Anal. Appl.
// 21(4), 2000) with t = 2 columns and at most 5 iterations, as SciPy's
// onenormest (exactly for n ≤ 2). SciPy draws the second starting column
// and resampled columns from NumPy's global random state; here they come
// from a fixed generator. The adjoint is applied as SciPy's
// _MatrixM1PowerOperator does, with Tᵀ (not Tᴴ).
func onenormestM1Power[T mfScalar](tm []T, n, p int) float64 {
	apply := func(x []T, k int, trans bool) []T {
		// x is n×k row-major; returns (M − I)ᵖ·x or (Mᵀ − I)ᵖ·x.
		for it := 0; it < p; it++ {
			y := make([]T, n*k)
			for i := 0; i < n; i++ {
				// T is upper triangular: T(i, q) ≠ 0 only for q ≥ i.
				q0, q1 := i, n
				if trans {
					q0, q1 = 0, i+1
				}
				for q := q0; q < q1; q++ {
					var m T
					if trans {
						m = tm[q*n+i]
					} else {
						m = tm[i*n+q]
					}
					if m == 0 {
						continue
					}
					for c := 0; c < k; c++ {
						y[i*k+c] += m * x[q*k+c]
					}
				}
			}
			for i := range y {
				y[i] -= x[i]
			}
			x = y
		}
		return x
	}
	const t = 2
	if t >= n {
		id := mfIdentity[T](n)
		a := apply(id, n, false)
		return mfNorm1(a, n)
	}
	rng := uint64(0x9E3779B97F4A7C15)
	rnd := func() float64 {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		if rng&1 == 0 {
			return -1
		}
		return 1
	}
	parallel := func(x []T, i int, y []T, j int) bool {
		for r := 0; r < n; r++ {
			if x[r*t+i] != y[r*t+j] {
				return false
			}
		}
		return true
	}
	x := make([]T, n*t)
	for r := 0; r < n; r++ {
		x[r*t] = 1
		x[r*t+1] = fromReal[T](rnd())
	}
	for parallel(x, 1, x, 0) {
		for r := 0; r < n; r++ {
			x[r*t+1] = fromReal[T](rnd())
		}
	}
	inv := fromReal[T](1 / float64(n))
	for i := range x {
		x[i] *= inv
	}
	var indHist []int
	estOld := 0.0
	s := make([]T, n*t)
	indBest := 0
	var ind []int
	est := 0.0
	for k := 1; ; k++ {
		y := apply(x, t, false)
		var mags [t]float64
		for r := 0; r < n; r++ {
			for c := 0; c < t; c++ {
				mags[c] += absT(y[r*t+c])
			}
		}
		bestJ := 0
		if mags[1] > mags[0] {
			bestJ = 1
		}
		est = mags[bestJ]
		if est > estOld || k == 2 {
			if k >= 2 {
				indBest = ind[bestJ]
			}
		}
		if k >= 2 && est <= estOld {
			est = estOld
			break
		}
		estOld = est
		sOld := s
		if k > 5 {
			break
		}
		s = make([]T, n*t)
		for i, v := range y {
			if v == 0 {
				s[i] = 1
			} else {
				s[i] = v / fromReal[T](absT(v))
			}
		}
		all := true
		for c := 0; c < t && all; c++ {
			found := false
			for c2 := 0; c2 < t; c2++ {
				if parallel(s, c, sOld, c2) {
					found = true
				}
			}
			all = found
		}
		if all {
			break
		}
		for c := 0; c < t; c++ {
			for tries := 0; tries < 100; tries++ {
				need := false
				for j := 0; j < c; j++ {
					need = need || parallel(s, c, s, j)
				}
				for j := 0; j < t; j++ {
					need = need || parallel(s, c, sOld, j)
				}
				if !need {
					break
				}
				for r := 0; r < n; r++ {
					s[r*t+c] = fromReal[T](rnd())
				}
			}
		}
		z := apply(s, t, true)
		h := make([]float64, n)
		for r := 0; r < n; r++ {
			for c := 0; c < t; c++ {
				h[r] = math.Max(h[r], absT(z[r*t+c]))
			}
		}
		hmax := 0.0
		for _, v := range h {
			hmax = math.Max(hmax, v)
		}
		if k >= 2 && hmax == h[indBest] {
			break
		}
		// The indices of the t + len(indHist) largest h, largest first
		// (np.argsort(h)[::-1], ties by the larger index).
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		for i := 1; i < n; i++ {
			for j := i; j > 0 && (h[order[j]] > h[order[j-1]] || h[order[j]] == h[order[j-1]] && order[j] > order[j-1]); j-- {
				order[j], order[j-1] = order[j-1], order[j]
			}
		}
		ind = append([]int(nil), order[:min(n, t+len(indHist))]...)
		seenIn := func(v int) bool {
			for _, w := range indHist {
				if w == v {
					return true
				}
			}
			return false
		}
		if seenIn(ind[0]) && seenIn(ind[1]) {
			break
		}
		var fresh, seen []int
		for _, v := range ind {
			if seenIn(v) {
				seen = append(seen, v)
			} else {
				fresh = append(fresh, v)
			}
		}
		ind = append(fresh, seen...)
		clear(x)
		for j := 0; j < t; j++ {
			x[ind[j]*t+j] = 1
		}
		for _, v := range ind[:t] {
			if !seenIn(v) {
				indHist = append(indHist, v)
			}
		}
	}
	return est
}

// inverseSquaring is SciPy's _inverse_squaring_helper: square roots of the
// triangular t0 until its eigenvalues are near 1 and the Padé degree m for
// which θₘ bounds the estimated ‖(T − I)ᵏ‖^(1/k), then R = T^(1/2ˢ) − I
// with its diagonal and first superdiagonal recomputed accurately when t0
// has no eigenvalue on the closed negative real axis.
func inverseSquaring[T mfScalar](t0 []T, n int, theta []float64) (r []T, s, m int, err error) {
	t := t0
	d := make([]T, n)
	for i := range d {
		d[i] = t0[i*n+i]
		if d[i] == 0 {
			return nil, 0, 0, &Error{Kind: ValueError, Msg: "Diagonal entries of T must be nonzero"}
		}
	}
	s0 := 0
	for {
		mx := 0.0
		for _, v := range d {
			mx = math.Max(mx, absT(v-1))
		}
		if !(mx > theta[7]) {
			break
		}
		for i := range d {
			d[i] = mfSqrt(d[i])
		}
		s0++
	}
	for i := 0; i < s0; i++ {
		if t, err = sqrtmTriu(t, n); err != nil {
			return nil, 0, 0, err
		}
	}
	s = s0
	k := 0
	est := func(p int) float64 { return math.Pow(onenormestM1Power(t, n, p), 1/float64(p)) }
	d2, d3 := est(2), est(3)
	a2 := math.Max(d2, d3)
	for _, i := range []int{1, 2} {
		if a2 <= theta[i] {
			m = i
			break
		}
	}
	for m == 0 {
		if s > s0 {
			d3 = est(3)
		}
		d4 := est(4)
		a3 := math.Max(d3, d4)
		if a3 <= theta[7] {
			j1 := 0
			for _, i := range []int{3, 4, 5, 6, 7} {
				if a3 <= theta[i] {
					j1 = i
					break
				}
			}
			if j1 <= 6 {
				m = j1
				break
			} else if a3/2 <= theta[5] && k < 2 {
				k++
				if t, err = sqrtmTriu(t, n); err != nil {
					return nil, 0, 0, err
				}
				s++
				continue
			}
		}
		d5 := est(5)
		a4 := math.Max(d4, d5)
		eta := math.Min(a3, a4)
		for _, i := range []int{6, 7} {
			if eta <= theta[i] {
				m = i
				break
			}
		}
		if m != 0 {
			break
		}
		if t, err = sqrtmTriu(t, n); err != nil {
			return nil, 0, 0, err
		}
		s++
	}
	r = append([]T(nil), t...)
	for i := 0; i < n; i++ {
		r[i*n+i]--
	}
	if principalBranch(t0, n) {
		for j := 0; j < n; j++ {
			r[j*n+j] = briggsHelper(t0[j*n+j], s)
		}
		p := math.Exp2(-float64(s))
		for j := 0; j < n-1; j++ {
			r[j*n+j+1] = fracPowSuperdiag(t0[j*n+j], t0[(j+1)*n+j+1], t0[j*n+j+1], p)
		}
	}
	return r, s, m, nil
}

// principalBranch reports whether no diagonal entry of t lies on the
// closed negative real axis (x.real > 0 or x.imag != 0 for each).
func principalBranch[T mfScalar](t []T, n int) bool {
	for i := 0; i < n; i++ {
		x := t[i*n+i]
		if !(mfReal(x) > 0 || mfImag(x) != 0) {
			return false
		}
	}
	return true
}

// triSolveUpperRows overwrites the upper triangular n×n b with A⁻¹·b for
// the upper triangular a (the result is upper triangular too): by blocks
// of rows from the bottom, each block first updated from the rows already
// solved by one matrix product (mfMul: dgemm, or four for complex), then
// solved row by row, each row updated from the rows below it in the block
// over the columns where both can be non-zero.
func triSolveUpperRows[T mfScalar](a, b []T, n int) {
	const bs = 48
	for i1 := n; i1 > 0; i1 -= bs {
		i0 := max(0, i1-bs)
		if m, h := n-i1, i1-i0; m > 0 {
			// B(I, i1:) −= A(I, i1:)·X(i1:, i1:); X's columns before i1
			// are zero in those rows.
			aa := make([]T, h*m)
			for r := 0; r < h; r++ {
				copy(aa[r*m:], a[(i0+r)*n+i1:(i0+r)*n+n])
			}
			xx := make([]T, m*m)
			for r := 0; r < m; r++ {
				copy(xx[r*m:], b[(i1+r)*n+i1:(i1+r)*n+n])
			}
			p := mfMul(aa, xx, h, m, m)
			for r := 0; r < h; r++ {
				dst := b[(i0+r)*n+i1 : (i0+r)*n+n]
				for q, v := range p[r*m : r*m+m] {
					dst[q] -= v
				}
			}
		}
		for i := i1 - 1; i >= i0; i-- {
			bi := b[i*n : i*n+n]
			for k := i + 1; k < i1; k++ {
				f := a[i*n+k]
				if f == 0 {
					continue
				}
				bk := b[k*n+k : k*n+n]
				dst := bi[k:]
				for q := range bk {
					dst[q] -= f * bk[q]
				}
			}
			d := a[i*n+i]
			for q := i; q < n; q++ {
				bi[q] /= d
			}
		}
	}
}

// gaussLegendre returns the m nodes (ascending) and weights of
// Gauss–Legendre quadrature on [−1, 1] (scipy.special.p_roots), by
// Newton's iteration on the Legendre polynomial from Chebyshev guesses.
func gaussLegendre(m int) (x, w []float64) {
	x, w = make([]float64, m), make([]float64, m)
	for i := 0; i < m; i++ {
		z := -math.Cos(math.Pi * (float64(i) + 0.75) / (float64(m) + 0.5))
		var dp float64
		for it := 0; it < 100; it++ {
			p0, p1 := 1.0, z
			for k := 2; k <= m; k++ {
				p0, p1 = p1, ((2*float64(k)-1)*z*p1-(float64(k)-1)*p0)/float64(k)
			}
			if m == 1 {
				p0, p1 = 1, z
			}
			dp = float64(m) * (z*p1 - p0) / (z*z - 1)
			dz := p1 / dp
			z -= dz
			if math.Abs(dz) < 1e-17 {
				break
			}
		}
		p0, p1 := 1.0, z
		for k := 2; k <= m; k++ {
			p0, p1 = p1, ((2*float64(k)-1)*z*p1-(float64(k)-1)*p0)/float64(k)
		}
		dp = float64(m) * (z*p1 - p0) / (z*z - 1)
		x[i], w[i] = z, 2/((1-z*z)*dp*dp)
	}
	return x, w
}

var logmTheta = []float64{0, 1.59e-5, 2.31e-3, 1.94e-2, 6.21e-2, 1.28e-1, 2.06e-1, 2.88e-1, 3.67e-1, 4.39e-1, 5.03e-1, 5.60e-1, 6.09e-1, 6.52e-1, 6.89e-1, 7.21e-1, 7.49e-1}

// logmTriu is SciPy's _logm_triu for the upper triangular t0 (complex
// already where its diagonal has a negative entry): inverse scaling and
// squaring to R = T^(1/2ˢ) − I, the m-point Gauss–Legendre rule for
// log(I + R) = ∫₀¹ R(I + βR)⁻¹ dβ, times 2ˢ, then the diagonal and first
// superdiagonal recomputed exactly.
func logmTriu[T mfScalar](t0 []T, n int) ([]T, error) {
	r, s, m, err := inverseSquaring(t0, n, logmTheta)
	if err != nil {
		return nil, err
	}
	nodes, weights := gaussLegendre(m)
	u := make([]T, n*n)
	for q := range nodes {
		alpha, beta := fromReal[T](0.5*weights[q]), fromReal[T](0.5+0.5*nodes[q])
		a := make([]T, n*n)
		b := make([]T, n*n)
		for i := range r {
			a[i] = beta * r[i]
			b[i] = alpha * r[i]
		}
		for i := 0; i < n; i++ {
			a[i*n+i]++
		}
		if !mfFinite(a) || !mfFinite(b) {
			return nil, errNotFinite()
		}
		triSolveUpperRows(a, b, n)
		for i := range u {
			u[i] += b[i]
		}
	}
	f := fromReal[T](math.Exp2(float64(s)))
	for i := range u {
		u[i] *= f
	}
	if principalBranch(t0, n) {
		for i := 0; i < n; i++ {
			u[i*n+i] = mfLog(t0[i*n+i])
		}
		for i := 0; i < n-1; i++ {
			u[i*n+i+1] = logmSuperdiag(t0[i*n+i], t0[(i+1)*n+i+1], t0[i*n+i+1])
		}
	}
	return u, nil
}

// forceNonsingular is SciPy's _logm_force_nonsingular_triangular_matrix:
// zeros on the diagonal of t become 10⁻²⁰ (with the warning that the
// matrix is exactly singular), or a diagonal entry below 10⁻²⁰ in
// magnitude gives the warning that it may be nearly singular.
func forceNonsingular[T mfScalar](t []T, n int) []Warning {
	zero, tiny := false, false
	for i := 0; i < n; i++ {
		a := absT(t[i*n+i])
		zero = zero || a == 0
		tiny = tiny || a < 1e-20
	}
	switch {
	case zero:
		for i := 0; i < n; i++ {
			if t[i*n+i] == 0 {
				t[i*n+i] = fromReal[T](1e-20)
			}
		}
		return []Warning{{"LogmExactlySingularWarning", "The logm input matrix is exactly singular."}}
	case tiny:
		return []Warning{{"LogmNearlySingularWarning", "The logm input matrix may be nearly singular."}}
	}
	return nil
}

// Logm returns the principal logarithm of the square matrix a, the X with
// e^X = A (scipy.linalg.logm, without its error estimate): for upper
// triangular A directly, otherwise from the Schur form A = Z·T·Zᴴ (real
// Schur form made complex when it has 2×2 blocks; complex for complex A),
// by the inverse scaling and squaring algorithm of Al-Mohy and Higham
// (2012) on T as SciPy runs it. A real A whose triangular factor has a
// negative diagonal entry is computed in complex arithmetic. An exactly
// singular T has its zero eigenvalues replaced by 10⁻²⁰ (a
// LogmExactlySingularWarning). When a triangular square root fails the
// result is all NaN, as SciPy's. Integer input is float64. Errors:
//
//	ValueError "expected a square matrix"
func Logm(a *Array) (*Array, []Warning, error) {
	if a.Ndim() != 2 || a.shape[0] != a.shape[1] {
		return nil, nil, valueErr("expected a square matrix")
	}
	x := inexact(a)
	n := x.shape[0]
	if n == 0 {
		return nil, nil, valueErr("attempt to get argmax of an empty sequence")
	}
	if err := CheckFinite(x); err != nil {
		return nil, nil, err // SciPy's schur refuses NaN and inf first
	}
	var ws []Warning
	var res *Array
	var err error
	if x.dtype == Complex128 {
		res, ws, err = logmOf(x.Complex128s(), n, false)
	} else {
		res, ws, err = logmOf(x.Float64s(), n, true)
	}
	if errors.Is(err, errSqrtmTriu) {
		nan := newArray(x.dtype, x.shape)
		for i := 0; i < n*n; i++ {
			if x.dtype == Complex128 {
				nan.c[i] = complex(math.NaN(), math.NaN())
			} else {
				nan.f[i] = math.NaN()
			}
		}
		return nan, ws, nil
	}
	if err != nil {
		return nil, ws, err
	}
	return maybeReal(x.dtype != Complex128, res), ws, nil
}

func logmOf[T mfScalar](a []T, n int, real bool) (*Array, []Warning, error) {
	if mfTriu(a, n) {
		t := append([]T(nil), a...)
		ws := forceNonsingular(t, n)
		if real && mfMinDiag(t, n) < 0 {
			u, err := logmTriu(realToComplex(any(t).([]float64)), n)
			return complexArray(u, n), ws, err
		}
		u, err := logmTriu(t, n)
		return mfArray(u, n), ws, err
	}
	var tc, zc []complex128
	if real {
		ta, _ := NewFloat64([]int{n, n}, any(a).([]float64))
		t, z, _, err := Schur(ta, "real", nil)
		if err != nil {
			return nil, nil, err
		}
		tf := t.Float64s()
		if mfTriu(tf, n) {
			ws := forceNonsingular(tf, n)
			zf := z.Float64s()
			if mfMinDiag(tf, n) < 0 {
				u, err := logmTriu(realToComplex(tf), n)
				if err != nil {
					return nil, ws, err
				}
				zc := realToComplex(zf)
				return complexArray(mfMul(mfMul(zc, u, n, n, n), conjTransposeSq(zc, n), n, n, n), n), ws, nil
			}
			u, err := logmTriu(tf, n)
			if err != nil {
				return nil, ws, err
			}
			return mfArray(mfMul(mfMul(zf, u, n, n, n), transposeSq(zf, n), n, n, n), n), ws, nil
		}
		if t, z, err = RSF2CSF(t, z); err != nil {
			return nil, nil, err
		}
		tc, zc = t.Complex128s(), z.Complex128s()
	} else {
		ta, _ := NewComplex128([]int{n, n}, any(a).([]complex128))
		t, z, _, err := Schur(ta, "complex", nil)
		if err != nil {
			return nil, nil, err
		}
		tc, zc = t.Complex128s(), z.Complex128s()
	}
	ws := forceNonsingular(tc, n)
	u, err := logmTriu(tc, n)
	if err != nil {
		return nil, ws, err
	}
	return complexArray(mfMul(mfMul(zc, u, n, n, n), conjTransposeSq(zc, n), n, n, n), n), ws, nil
}

// mfMinDiag is the smallest real part on the diagonal of t.
func mfMinDiag[T mfScalar](t []T, n int) float64 {
	m := math.Inf(1)
	for i := 0; i < n; i++ {
		m = math.Min(m, mfReal(t[i*n+i]))
	}
	return m
}

func realToComplex(x []float64) []complex128 {
	c := make([]complex128, len(x))
	for i, v := range x {
		c[i] = complex(v, 0)
	}
	return c
}

func complexArray(x []complex128, n int) *Array {
	if x == nil {
		return nil
	}
	a, _ := NewComplex128([]int{n, n}, x)
	return a
}

// mfArray wraps the n×n x as an Array of its type.
func mfArray[T mfScalar](x []T, n int) *Array {
	if x == nil {
		return nil
	}
	switch v := any(x).(type) {
	case []float64:
		a, _ := NewFloat64([]int{n, n}, v)
		return a
	case []complex128:
		a, _ := NewComplex128([]int{n, n}, v)
		return a
	}
	return nil
}

// LogmErrest is scipy.linalg.logm's error estimate for its input a and
// result f: ‖e^F − A‖₁ / ‖A‖₁, the denominator cast to a's dtype first as
// SciPy casts it (an integer norm truncates, a boolean one is True = 1).
// Non-finite entries of e^F − A are scipy.linalg.norm's ValueError.
func LogmErrest(a, f *Array) (float64, error) {
	e, err := Expm(f)
	if err != nil {
		return 0, err
	}
	d, err := Sub(e, a)
	if err != nil {
		return 0, err
	}
	if !d.allFinite() {
		return 0, errNotFinite()
	}
	num := norm1Of(d)
	den := norm1Of(a)
	switch a.dtype {
	case Int64:
		den = math.Trunc(den)
	case Bool:
		if den != 0 {
			den = 1
		}
	}
	return num / den, nil
}

// norm1Of is the 1-norm of the 2-d a.
func norm1Of(a *Array) float64 {
	n := a.shape[1]
	col := make([]float64, n)
	for i, v := range a.Complex128s() {
		col[i%n] += cmplx.Abs(v)
	}
	m := 0.0
	for _, v := range col {
		if v > m || math.IsNaN(v) {
			m = v
		}
	}
	return m
}

// fracPowTheta are Higham and Lin's θₘ for the [m/m] Padé approximant of
// (I + X)ᵗ (SciPy's m_to_theta).
var fracPowTheta = []float64{0, 1.51e-5, 2.24e-3, 1.88e-2, 6.04e-2, 1.24e-1, 2.00e-1, 2.79e-1}

// fracPowPadeConst is the i-th coefficient of the continued fraction of
// (1 + x)ᵗ (SciPy's _fractional_power_pade_constant).
func fracPowPadeConst(i int, t float64) float64 {
	switch {
	case i == 1:
		return -t
	case i%2 == 0:
		j := float64(i / 2)
		return (-j + t) / (2 * (2*j - 1))
	}
	j := float64((i - 1) / 2)
	return (-j - t) / (2 * (2*j + 1))
}

// fracPowPade evaluates the [m/m] Padé approximant of (I + R)ᵗ... as SciPy's
// _fractional_power_pade(R, t, m), bottom-up through its continued
// fraction, one triangular solve per level.
func fracPowPade[T mfScalar](r []T, t float64, m, n int) []T {
	c := fromReal[T](fracPowPadeConst(2*m, t))
	y := make([]T, n*n)
	for i := range y {
		y[i] = r[i] * c
	}
	for j := 2*m - 1; j >= 1; j-- {
		cj := fromReal[T](fracPowPadeConst(j, t))
		rhs := make([]T, n*n)
		for i := range rhs {
			rhs[i] = r[i] * cj
		}
		for i := 0; i < n; i++ {
			y[i*n+i]++
		}
		triSolveUpperRows(y, rhs, n)
		y = rhs
	}
	for i := 0; i < n; i++ {
		y[i*n+i]++
	}
	return y
}

// remainderPowTriu is Tᵗ for the upper triangular t0 and −1 < t < 1
// (SciPy's _remainder_matrix_power_triu, Higham and Lin's Algorithm 5.1).
func remainderPowTriu[T mfScalar](t0 []T, n int, t float64) ([]T, error) {
	diag := true
	for i := 0; i < n && diag; i++ {
		for j := 0; j < n; j++ {
			if i != j && t0[i*n+j] != 0 {
				diag = false
				break
			}
		}
	}
	if diag {
		u := make([]T, n*n)
		for i := 0; i < n; i++ {
			u[i*n+i] = mfPow(t0[i*n+i], t)
		}
		return u, nil
	}
	r, s, m, err := inverseSquaring(t0, n, fracPowTheta)
	if err != nil {
		return nil, err
	}
	neg := make([]T, n*n)
	for i, v := range r {
		neg[i] = -v
	}
	u := fracPowPade(neg, t, m, n)
	principal := principalBranch(t0, n)
	for i := s; i >= 0; i-- {
		if i < s {
			u = mfMul(u, u, n, n, n)
			continue
		}
		if principal {
			p := t * math.Exp2(-float64(i))
			for j := 0; j < n; j++ {
				u[j*n+j] = mfPow(t0[j*n+j], p)
			}
			for j := 0; j < n-1; j++ {
				u[j*n+j+1] = fracPowSuperdiag(t0[j*n+j], t0[(j+1)*n+j+1], t0[j*n+j+1], p)
			}
		}
	}
	return u, nil
}

// errFracPowSingular is SciPy's FractionalMatrixPowerError.
var errFracPowSingular = &Error{Kind: LinAlgError, Msg: "cannot use inverse scaling and squaring to find the fractional matrix power of a singular matrix"}

// remainderPow is Aᵗ for −1 < t < 1 from the Schur form (SciPy's
// _remainder_matrix_power).
func remainderPow(a *Array, t float64) (*Array, error) {
	x := inexact(a)
	n := x.shape[0]
	var tc, zc []complex128
	if x.dtype != Complex128 {
		tf, zf := x.Float64s(), []float64(nil)
		if !mfTriu(tf, n) {
			ts, zs, _, err := Schur(x, "real", nil)
			if err != nil {
				return nil, err
			}
			tf, zf = ts.Float64s(), zs.Float64s()
			if !mfTriu(tf, n) {
				tcs, zcs, err := RSF2CSF(ts, zs)
				if err != nil {
					return nil, err
				}
				tc, zc = tcs.Complex128s(), zcs.Complex128s()
			}
		}
		if tc == nil {
			for i := 0; i < n; i++ {
				if tf[i*n+i] == 0 {
					return nil, errFracPowSingular
				}
			}
			if mfMinDiag(tf, n) < 0 {
				tc = realToComplex(tf)
				if zf != nil {
					zc = realToComplex(zf)
				}
			} else {
				u, err := remainderPowTriu(tf, n, t)
				if err != nil {
					return nil, err
				}
				if zf != nil {
					u = mfMul(mfMul(zf, u, n, n, n), transposeSq(zf, n), n, n, n)
				}
				return mfArray(u, n), nil
			}
		}
	} else {
		tc = x.Complex128s()
		if !mfTriu(tc, n) {
			ts, zs, _, err := Schur(x, "complex", nil)
			if err != nil {
				return nil, err
			}
			tc, zc = ts.Complex128s(), zs.Complex128s()
		}
	}
	for i := 0; i < n; i++ {
		if tc[i*n+i] == 0 {
			return nil, errFracPowSingular
		}
	}
	u, err := remainderPowTriu(tc, n, t)
	if err != nil {
		return nil, err
	}
	if zc != nil {
		u = mfMul(mfMul(zc, u, n, n, n), conjTransposeSq(zc, n), n, n, n)
	}
	return complexArray(u, n), nil
}

// FractionalMatrixPower returns Aᵖ for the square matrix a and a real p
// (scipy.linalg.fractional_matrix_power): np.linalg.matrix_power for an
// integer p; otherwise Aᵖ = Aᵃ·Aᵇ with a = ⌊p⌋ or ⌈p⌉ chosen from the
// condition number as Higham and Lin's section 6, and the remainder Aᵇ
// (−1 < b < 1) by their Schur–Padé algorithm on the Schur form. When
// that fails (a singular A) a negative p gives NaNs, a positive one
// A^⌊p⌋ times the Schur–Parlett funm of x ↦ x^(p−⌊p⌋). Errors:
//
//	ValueError "expected square array_like input"
//	ValueError "array must not contain infs or NaNs"
//	ValueError "cannot convert float NaN to integer"
//	OverflowError "cannot convert float infinity to integer"
func FractionalMatrixPower(a *Array, p float64) (*Array, error) {
	if a.Ndim() != 2 || a.shape[0] != a.shape[1] {
		return nil, valueErr("expected square array_like input")
	}
	switch {
	case math.IsNaN(p):
		return nil, valueErr("cannot convert float NaN to integer")
	case math.IsInf(p, 0):
		return nil, &Error{Kind: OverflowError, Msg: "cannot convert float infinity to integer"}
	}
	if p == math.Trunc(p) {
		return MatrixPower(a, int(p))
	}
	x := inexact(a)
	if err := CheckFinite(x); err != nil {
		return nil, err
	}
	n := x.shape[0]
	if n == 0 {
		return nil, &Error{Kind: IndexError, Msg: "index -1 is out of bounds for axis 0 with size 0"}
	}
	sv, err := SVDVals(x)
	if err != nil {
		return nil, err
	}
	s := sv.Float64s()
	if s[n-1] != 0 {
		k2 := s[0] / s[n-1]
		p1, p2 := p-math.Floor(p), p-math.Ceil(p)
		ia, b := int(math.Ceil(p)), p2
		if p1*math.Pow(k2, 1-p1) <= -p2*k2 {
			ia, b = int(math.Floor(p)), p1
		}
		r, err := remainderPow(a, b)
		if err == nil {
			var q *Array
			if q, err = MatrixPower(a, ia); err == nil {
				return Dot(q, r)
			}
		}
		if e, ok := err.(*Error); !ok || e.Kind != LinAlgError {
			return nil, err
		}
	}
	if p < 0 {
		if x.dtype != a.dtype {
			return nil, valueErr("cannot convert float NaN to integer")
		}
		out := newArray(x.dtype, x.shape)
		for i := 0; i < n*n; i++ {
			if x.dtype == Complex128 {
				out.c[i] = complex(math.NaN(), math.NaN())
			} else {
				out.f[i] = math.NaN()
			}
		}
		return out, nil
	}
	b := p - math.Floor(p)
	r, _, err := Funm(a, func(d *Array) (*Array, error) {
		c := d.Complex128s()
		for i, v := range c {
			c[i] = npCpow(v, complex(b, 0))
		}
		return NewComplex128([]int{len(c)}, c)
	})
	if err != nil {
		return nil, err
	}
	q, err := MatrixPower(a, int(math.Floor(p)))
	if err != nil {
		return nil, err
	}
	return Dot(q, r)
}
