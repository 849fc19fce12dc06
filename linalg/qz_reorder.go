package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
)

// Reordering of generalized Schur forms, LAPACK's xTGSEN with IJOB = 0 over
// xTGEXC and xTGEX2: adjacent diagonal blocks of (S, T) are swapped by
// orthogonal (unitary) equivalence transformations computed from a
// generalized Sylvester equation, with the stability tests of B. Kågström,
// "A direct method for reordering eigenvalues in the generalized real
// Schur form of a regular matrix pair (A, B)", in Linear Algebra for Large
// Scale and Real-Time Applications (1993) 195–218, and B. Kågström and P.
// Poromaa, "Computing eigenspaces with specified eigenvalues of a regular
// matrix pair (A, B) and condition estimation", Numer. Algorithms 12
// (1996) 369–407.

// frobF is the Frobenius norm of x.
func frobF(x []float64) float64 {
	scl, ssq := lapack64.Dlassq(len(x), x, 1, 0, 1)
	return scl * math.Sqrt(ssq)
}

// frobC is the Frobenius norm of the complex x.
func frobC(x []complex128) float64 {
	var s float64
	for _, v := range x {
		s = math.Hypot(s, math.Hypot(real(v), imag(v)))
	}
	return s
}

// tgex2C is ztgex2: it swaps the adjacent 1×1 blocks at j1, j1+1 of the
// upper triangular pair (a, b), updating q and z. It reports false when
// the swap would leave the pair too far from triangular.
func tgex2C(n int, a, b, q, z []complex128, j1 int) bool {
	if n <= 1 {
		return true
	}
	const twenty = 20.0
	s := []complex128{a[j1*n+j1], a[j1*n+j1+1], a[(j1+1)*n+j1], a[(j1+1)*n+j1+1]}
	t := []complex128{b[j1*n+j1], b[j1*n+j1+1], b[(j1+1)*n+j1], b[(j1+1)*n+j1+1]}
	eps := dlamchP
	smlnum := dlamchS / eps
	thresha := math.Max(twenty*eps*frobC(s), smlnum)
	threshb := math.Max(twenty*eps*frobC(t), smlnum)
	f := s[3]*t[0] - t[3]*s[0]
	g := s[3]*t[1] - t[3]*s[1]
	sa := cmplx.Abs(s[3]) * cmplx.Abs(t[0])
	sb := cmplx.Abs(s[0]) * cmplx.Abs(t[3])
	cz, sz, _ := lartgC(g, f)
	sz = -sz
	zrotCols(s, 2, 0, 1, 0, 1, cz, cmplx.Conj(sz))
	zrotCols(t, 2, 0, 1, 0, 1, cz, cmplx.Conj(sz))
	var cq float64
	var sq complex128
	if sa >= sb {
		cq, sq, _ = lartgC(s[0], s[2])
	} else {
		cq, sq, _ = lartgC(t[0], t[2])
	}
	zrotRows(s, 2, 0, 1, 0, 1, cq, sq)
	zrotRows(t, 2, 0, 1, 0, 1, cq, sq)
	if !(cmplx.Abs(s[2]) <= thresha && cmplx.Abs(t[2]) <= threshb) {
		return false
	}
	// Strong stability test: the transformed block, transformed back,
	// must reproduce the original.
	ws := append([]complex128(nil), s...)
	wt := append([]complex128(nil), t...)
	zrotCols(ws, 2, 0, 1, 0, 1, cz, -cmplx.Conj(sz))
	zrotCols(wt, 2, 0, 1, 0, 1, cz, -cmplx.Conj(sz))
	zrotRows(ws, 2, 0, 1, 0, 1, cq, -sq)
	zrotRows(wt, 2, 0, 1, 0, 1, cq, -sq)
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			ws[i*2+j] -= a[(j1+i)*n+j1+j]
			wt[i*2+j] -= b[(j1+i)*n+j1+j]
		}
	}
	if !(frobC(ws) <= thresha && frobC(wt) <= threshb) {
		return false
	}
	zrotCols(a, n, j1, j1+1, 0, j1+1, cz, cmplx.Conj(sz))
	zrotCols(b, n, j1, j1+1, 0, j1+1, cz, cmplx.Conj(sz))
	zrotRows(a, n, j1, j1+1, j1, n-1, cq, sq)
	zrotRows(b, n, j1, j1+1, j1, n-1, cq, sq)
	a[(j1+1)*n+j1] = 0
	b[(j1+1)*n+j1] = 0
	zrotCols(z, n, j1, j1+1, 0, n-1, cz, cmplx.Conj(sz))
	zrotCols(q, n, j1, j1+1, 0, n-1, cq, cmplx.Conj(sq))
	return true
}

// tgsenC is ztgsen with IJOB = 0: it moves the selected eigenvalues of the
// upper triangular pair (a, b) to the top left, updating q and z, then
// makes b's diagonal real and non-negative, and returns the generalized
// eigenvalues alpha/beta of the result. ok is false when a swap failed
// (the pair is left partly reordered, alpha and beta its diagonals).
func tgsenC(n int, a, b, q, z []complex128, sel []bool) (alpha, beta []complex128, ok bool) {
	alpha, beta = make([]complex128, n), make([]complex128, n)
	m := 0
	for k := 0; k < n; k++ {
		alpha[k], beta[k] = a[k*n+k], b[k*n+k]
		if sel[k] {
			m++
		}
	}
	if m == n || m == 0 {
		return alpha, beta, true
	}
	ks := 0
	for k := 0; k < n; k++ {
		if !sel[k] {
			continue
		}
		if k != ks {
			// ztgexc: move k to ks by adjacent swaps.
			for here := k - 1; here >= ks; here-- {
				if !tgex2C(n, a, b, q, z, here) {
					return alpha, beta, false
				}
			}
		}
		ks++
	}
	safmin := dlamchS
	for k := 0; k < n; k++ {
		d := cmplx.Abs(b[k*n+k])
		if d > safmin {
			t1 := cmplx.Conj(b[k*n+k] / complex(d, 0))
			t2 := b[k*n+k] / complex(d, 0)
			b[k*n+k] = complex(d, 0)
			for j := k + 1; j < n; j++ {
				b[k*n+j] *= t1
			}
			for j := k; j < n; j++ {
				a[k*n+j] *= t1
			}
			for i := 0; i < n; i++ {
				q[i*n+k] *= t2
			}
		} else {
			b[k*n+k] = 0
		}
		alpha[k], beta[k] = a[k*n+k], b[k*n+k]
	}
	return alpha, beta, true
}

// drotCols applies the plane rotation [c s; −s c] to columns j1, j2 of the
// row-major ld-column x over rows i1..i2 (DROT on columns).
func drotCols(x []float64, ld, j1, j2, i1, i2 int, c, s float64) {
	for i := i1; i <= i2; i++ {
		u, v := x[i*ld+j1], x[i*ld+j2]
		x[i*ld+j1] = c*u + s*v
		x[i*ld+j2] = c*v - s*u
	}
}

// drotRows applies it to rows i1, i2 over columns j1..j2.
func drotRows(x []float64, ld, i1, i2, j1, j2 int, c, s float64) {
	for j := j1; j <= j2; j++ {
		u, v := x[i1*ld+j], x[i2*ld+j]
		x[i1*ld+j] = c*u + s*v
		x[i2*ld+j] = c*v - s*u
	}
}

// mulSmall returns op(x)·op(y) for row-major k×k matrices (op: transpose
// when the flag is set).
func mulSmall(k int, x []float64, tx bool, y []float64, ty bool) []float64 {
	out := make([]float64, k*k)
	at := func(m []float64, t bool, i, j int) float64 {
		if t {
			return m[j*k+i]
		}
		return m[i*k+j]
	}
	for i := 0; i < k; i++ {
		for j := 0; j < k; j++ {
			var s float64
			for l := 0; l < k; l++ {
				s += at(x, tx, i, l) * at(y, ty, l, j)
			}
			out[i*k+j] = s
		}
	}
	return out
}

// lagv2 is LAPACK's dlagv2: the generalized Schur form of the 2×2 pencil
// at a[0], b[0] (row-major with leading dimension ld, b upper
// triangular), computed in place: for complex eigenvalues b is made
// diagonal, for real ones both triangular. It returns the eigenvalues
// (alphar + i·alphai)/beta and the rotations (csl, snl) from the left and
// (csr, snr) from the right.
func lagv2(a []float64, ld int, b []float64) (alphar, alphai, beta [2]float64, csl, snl, csr, snr float64) {
	A := func(i, j int) *float64 { return &a[(i-1)*ld+j-1] }
	B := func(i, j int) *float64 { return &b[(i-1)*ld+j-1] }
	safmin := dlamchS
	ulp := dlamchP
	anorm := math.Max(math.Max(math.Abs(*A(1, 1))+math.Abs(*A(2, 1)), math.Abs(*A(1, 2))+math.Abs(*A(2, 2))), safmin)
	ascale := 1 / anorm
	*A(1, 1) *= ascale
	*A(1, 2) *= ascale
	*A(2, 1) *= ascale
	*A(2, 2) *= ascale
	bnorm := math.Max(math.Max(math.Abs(*B(1, 1)), math.Abs(*B(1, 2))+math.Abs(*B(2, 2))), safmin)
	bscale := 1 / bnorm
	*B(1, 1) *= bscale
	*B(1, 2) *= bscale
	*B(2, 2) *= bscale
	var wi, scale1, wr1 float64
	rotR := func(c, s float64) { // DROT(2, X(1,1), LDX, X(2,1), LDX, c, s) on rows
		drotRows(a, ld, 0, 1, 0, 1, c, s)
		drotRows(b, ld, 0, 1, 0, 1, c, s)
	}
	rotC := func(c, s float64) { // on columns
		drotCols(a, ld, 0, 1, 0, 1, c, s)
		drotCols(b, ld, 0, 1, 0, 1, c, s)
	}
	switch {
	case math.Abs(*A(2, 1)) <= ulp:
		csl, snl, csr, snr = 1, 0, 1, 0
		*A(2, 1), *B(2, 1) = 0, 0
	case math.Abs(*B(1, 1)) <= ulp:
		csl, snl, _ = lapack64.Dlartg(*A(1, 1), *A(2, 1))
		csr, snr = 1, 0
		rotR(csl, snl)
		*A(2, 1), *B(1, 1), *B(2, 1) = 0, 0, 0
	case math.Abs(*B(2, 2)) <= ulp:
		csr, snr, _ = lapack64.Dlartg(*A(2, 2), *A(2, 1))
		snr = -snr
		rotC(csr, snr)
		csl, snl = 1, 0
		*A(2, 1), *B(2, 1), *B(2, 2) = 0, 0, 0
	default:
		var wr2, scale2 float64
		scale1, scale2, wr1, wr2, wi = lapack64.Dlag2(a, ld, b, ld)
		_, _ = wr2, scale2
		if wi == 0 {
			h1 := scale1**A(1, 1) - wr1**B(1, 1)
			h2 := scale1**A(1, 2) - wr1**B(1, 2)
			h3 := scale1**A(2, 2) - wr1**B(2, 2)
			rr := math.Hypot(h1, h2)
			qq := math.Hypot(scale1**A(2, 1), h3)
			if rr > qq {
				csr, snr, _ = lapack64.Dlartg(h2, h1)
			} else {
				csr, snr, _ = lapack64.Dlartg(h3, scale1**A(2, 1))
			}
			snr = -snr
			rotC(csr, snr)
			h1 = math.Max(math.Abs(*A(1, 1))+math.Abs(*A(1, 2)), math.Abs(*A(2, 1))+math.Abs(*A(2, 2)))
			h2 = math.Max(math.Abs(*B(1, 1))+math.Abs(*B(1, 2)), math.Abs(*B(2, 1))+math.Abs(*B(2, 2)))
			if scale1*h1 >= math.Abs(wr1)*h2 {
				csl, snl, _ = lapack64.Dlartg(*B(1, 1), *B(2, 1))
			} else {
				csl, snl, _ = lapack64.Dlartg(*A(1, 1), *A(2, 1))
			}
			rotR(csl, snl)
			*A(2, 1), *B(2, 1) = 0, 0
		} else {
			_, _, snr, csr, snl, csl = lapack64.Dlasv2(*B(1, 1), *B(1, 2), *B(2, 2))
			rotR(csl, snl)
			rotC(csr, snr)
			*B(2, 1), *B(1, 2) = 0, 0
		}
	}
	for _, p := range []*float64{A(1, 1), A(2, 1), A(1, 2), A(2, 2)} {
		*p *= anorm
	}
	for _, p := range []*float64{B(1, 1), B(2, 1), B(1, 2), B(2, 2)} {
		*p *= bnorm
	}
	if wi == 0 {
		alphar = [2]float64{*A(1, 1), *A(2, 2)}
		beta = [2]float64{*B(1, 1), *B(2, 2)}
	} else {
		alphar[0] = anorm * wr1 / scale1 / bnorm
		alphai[0] = anorm * wi / scale1 / bnorm
		alphar[1] = alphar[0]
		alphai[1] = -alphai[0]
		beta = [2]float64{1, 1}
	}
	return
}

// tgsy2Block solves the generalized Sylvester equation of one pair of
// diagonal blocks, as LAPACK's dtgsy2 with TRANS = 'N' does for blocks of
// order m, nn ∈ {1, 2}: A·R − L·B = scale·C, D·R − L·E = scale·F, for the
// row-major m×m a, d, nn×nn b, e and m×nn c, f (overwritten by R and L),
// through the Kronecker system of order 2·m·nn solved by LU with complete
// pivoting (dgetc2, dgesc2). ok is false when a pivot had to be perturbed.
func tgsy2Block(m, nn int, a, b, c, d, e, f []float64) (scale float64, ok bool) {
	zd := 2 * m * nn
	zm := make([]float64, zd*zd)
	rhs := make([]float64, zd)
	// Unknowns: vec(R) then vec(L), column-major vec.
	for jr := 0; jr < nn; jr++ {
		for ir := 0; ir < m; ir++ {
			row := jr*m + ir // equation for (ir, jr)
			for k := 0; k < m; k++ {
				zm[row*zd+jr*m+k] = a[ir*m+k]        // (A·R)(ir, jr)
				zm[(m*nn+row)*zd+jr*m+k] = d[ir*m+k] // (D·R)(ir, jr)
			}
			for k := 0; k < nn; k++ {
				zm[row*zd+m*nn+k*m+ir] = -b[k*nn+jr]        // −(L·B)(ir, jr)
				zm[(m*nn+row)*zd+m*nn+k*m+ir] = -e[k*nn+jr] // −(L·E)(ir, jr)
			}
			rhs[row] = c[ir*nn+jr]
			rhs[m*nn+row] = f[ir*nn+jr]
		}
	}
	ipiv, jpiv := make([]int, zd), make([]int, zd)
	if k := lapack64.Dgetc2(zd, zm, zd, ipiv, jpiv); k >= 0 {
		return 0, false
	}
	scale = lapack64.Dgesc2(zd, zm, zd, rhs, ipiv, jpiv)
	for jr := 0; jr < nn; jr++ {
		for ir := 0; ir < m; ir++ {
			c[ir*nn+jr] = rhs[jr*m+ir]
			f[ir*nn+jr] = rhs[m*nn+jr*m+ir]
		}
	}
	return scale, true
}

// tgex2Real is dtgex2 with WANTQ = WANTZ = true: it swaps the adjacent
// diagonal blocks of orders n1 and n2 at 0-based j1 of the real
// generalized Schur form (a, b), updating q and z. It reports false when
// the swap failed its stability tests (the pair is then unchanged).
func tgex2Real(n int, a, b, q, z []float64, j1, n1, n2 int) bool {
	if n <= 1 || n1 <= 0 || n2 <= 0 || j1+n1 >= n {
		return true
	}
	const twenty = 20.0
	m := n1 + n2
	S := make([]float64, m*m)
	T := make([]float64, m*m)
	for i := 0; i < m; i++ {
		copy(S[i*m:i*m+m], a[(j1+i)*n+j1:(j1+i)*n+j1+m])
		copy(T[i*m:i*m+m], b[(j1+i)*n+j1:(j1+i)*n+j1+m])
	}
	eps := dlamchP
	smlnum := dlamchS / eps
	thresha := math.Max(twenty*eps*frobF(S), smlnum)
	threshb := math.Max(twenty*eps*frobF(T), smlnum)
	// residual is ‖X − LI·Y·op(IR)‖_F for the original block X of x.
	residual := func(x []float64, LI, Y, IR []float64, trIR bool) float64 {
		w := mulSmall(m, mulSmall(m, LI, false, Y, false), false, IR, trIR)
		for i := 0; i < m; i++ {
			for j := 0; j < m; j++ {
				w[i*m+j] = x[(j1+i)*n+j1+j] - w[i*m+j]
			}
		}
		return frobF(w)
	}
	if m == 2 {
		// Two 1×1 blocks: one rotation from each side.
		f := S[3]*T[0] - T[3]*S[0]
		g := S[3]*T[1] - T[3]*S[1]
		sa := math.Abs(S[3]) * math.Abs(T[0])
		sb := math.Abs(S[0]) * math.Abs(T[3])
		ir12, ir11, _ := lapack64.Dlartg(f, g)
		ir21, ir22 := -ir12, ir11
		drotCols(S, 2, 0, 1, 0, 1, ir11, ir21)
		drotCols(T, 2, 0, 1, 0, 1, ir11, ir21)
		var li11, li21 float64
		if sa >= sb {
			li11, li21, _ = lapack64.Dlartg(S[0], S[2])
		} else {
			li11, li21, _ = lapack64.Dlartg(T[0], T[2])
		}
		drotRows(S, 2, 0, 1, 0, 1, li11, li21)
		drotRows(T, 2, 0, 1, 0, 1, li11, li21)
		li22, li12 := li11, -li21
		if !(math.Abs(S[2]) <= thresha && math.Abs(T[2]) <= threshb) {
			return false
		}
		LI := []float64{li11, li12, li21, li22}
		IR := []float64{ir11, ir12, ir21, ir22}
		if !(residual(a, LI, S, IR, true) <= thresha && residual(b, LI, T, IR, true) <= threshb) {
			return false
		}
		drotCols(a, n, j1, j1+1, 0, j1+1, ir11, ir21)
		drotCols(b, n, j1, j1+1, 0, j1+1, ir11, ir21)
		drotRows(a, n, j1, j1+1, j1, n-1, li11, li21)
		drotRows(b, n, j1, j1+1, j1, n-1, li11, li21)
		a[(j1+1)*n+j1] = 0
		b[(j1+1)*n+j1] = 0
		drotCols(z, n, j1, j1+1, 0, n-1, ir11, ir21)
		drotCols(q, n, j1, j1+1, 0, n-1, li11, li21)
		return true
	}
	// A block of order 2 is involved: solve the generalized Sylvester
	// equation S11·R − L·S22 = scale·S12, T11·R − L·T22 = scale·T12.
	LI := make([]float64, m*m)
	IR := make([]float64, m*m)
	s11, s22 := sub(S, m, 0, 0, n1, n1), sub(S, m, n1, n1, n2, n2)
	t11, t22 := sub(T, m, 0, 0, n1, n1), sub(T, m, n1, n1, n2, n2)
	cR := sub(S, m, 0, n1, n1, n2)
	fL := sub(T, m, 0, n1, n1, n2)
	scale, ok := tgsy2Block(n1, n2, s11, s22, cR, t11, t22, fL)
	if !ok {
		return false
	}
	// LI = [−L; scale·I] → its QR gives the left transformation.
	for i := 0; i < n1; i++ {
		for j := 0; j < n2; j++ {
			LI[i*m+j] = -fL[i*n2+j]
		}
	}
	for i := 0; i < n2; i++ {
		LI[(n1+i)*m+i] = scale
	}
	work := make([]float64, 4*m)
	taul := make([]float64, m)
	lapack64.Dgeqr2(m, n2, LI, m, taul[:n2], work)
	lapack64.Dorg2r(m, m, n2, LI, m, taul[:n2], work)
	// IR's last n1 rows = [scale·I, R] → its RQ gives the right one.
	for i := 0; i < n1; i++ {
		IR[(n2+i)*m+i] = scale
		for j := 0; j < n2; j++ {
			IR[(n2+i)*m+n1+j] = cR[i*n2+j]
		}
	}
	taur := make([]float64, m)
	lapack64.Dgerq2(n1, m, IR[n2*m:], m, taur[:n1], work)
	lapack64.Dorgr2(m, m, n1, IR, m, taur[:n1], work)
	S = mulSmall(m, mulSmall(m, LI, true, S, false), false, IR, true)
	T = mulSmall(m, mulSmall(m, LI, true, T, false), false, IR, true)
	scpy, tcpy := append([]float64(nil), S...), append([]float64(nil), T...)
	ircop, licop := append([]float64(nil), IR...), append([]float64(nil), LI...)
	// Triangularise T by an RQ factorisation ...
	lapack64.Dgerq2(m, m, T, m, taur, work)
	lapack64.Dormr2(blas.Right, blas.Trans, m, m, m, T, m, taur, S, m, work)
	lapack64.Dormr2(blas.Left, blas.NoTrans, m, m, m, T, m, taur, IR, m, work)
	brqa21 := frobF(subRows(S, m, n2, n1, n2))
	// ... or by a QR factorisation, keeping the better.
	lapack64.Dgeqr2(m, m, tcpy, m, taul, work)
	lapack64.Dorm2r(blas.Left, blas.Trans, m, m, m, tcpy, m, taul, scpy, m, work)
	lapack64.Dorm2r(blas.Right, blas.NoTrans, m, m, m, tcpy, m, taul, licop, m, work)
	bqra21 := frobF(subRows(scpy, m, n2, n1, n2))
	if bqra21 <= brqa21 && bqra21 <= thresha {
		S, T, IR, LI = scpy, tcpy, ircop, licop
	} else if brqa21 >= thresha {
		return false
	}
	for i := 1; i < m; i++ {
		for j := 0; j < i; j++ {
			T[i*m+j] = 0
		}
	}
	if !(residual(a, LI, S, IR, false) <= thresha && residual(b, LI, T, IR, false) <= threshb) {
		return false
	}
	for i := n2; i < m; i++ {
		for j := 0; j < n2; j++ {
			S[i*m+j] = 0
		}
	}
	for i := 0; i < m; i++ {
		copy(a[(j1+i)*n+j1:(j1+i)*n+j1+m], S[i*m:i*m+m])
		copy(b[(j1+i)*n+j1:(j1+i)*n+j1+m], T[i*m:i*m+m])
	}
	// Standardise the swapped 2×2 blocks: W from the left, Tm from the
	// right, both block diagonal.
	W := make([]float64, m*m)
	Tm := make([]float64, m*m)
	W[0], Tm[0] = 1, 1
	if n2 > 1 {
		_, _, _, csl, snl, csr, snr := lagv2(a[j1*n+j1:], n, b[j1*n+j1:])
		W[0], W[1*m+0], W[0*m+1], W[1*m+1] = csl, snl, -snl, csl
		Tm[0], Tm[1*m+0], Tm[0*m+1], Tm[1*m+1] = csr, snr, -snr, csr
	}
	W[m*m-1], Tm[m*m-1] = 1, 1
	if n1 > 1 {
		p := j1 + n2
		_, _, _, csl, snl, csr, snr := lagv2(a[p*n+p:], n, b[p*n+p:])
		W[n2*m+n2], W[(n2+1)*m+n2], W[n2*m+n2+1], W[(n2+1)*m+n2+1] = csl, snl, -snl, csl
		Tm[n2*m+n2], Tm[(n2+1)*m+n2], Tm[n2*m+n2+1], Tm[(n2+1)*m+n2+1] = csr, snr, -snr, csr
	}
	// A(j1:j1+n2, j1+n2:j1+m) := W11ᵀ·(that block)·Tm22, B likewise.
	for _, x := range [][]float64{a, b} {
		blk := make([]float64, n2*n1)
		for i := 0; i < n2; i++ {
			for j := 0; j < n1; j++ {
				var s float64
				for l := 0; l < n2; l++ {
					s += W[l*m+i] * x[(j1+l)*n+j1+n2+j]
				}
				blk[i*n1+j] = s
			}
		}
		for i := 0; i < n2; i++ {
			for j := 0; j < n1; j++ {
				var s float64
				for l := 0; l < n1; l++ {
					s += blk[i*n1+l] * Tm[(n2+l)*m+n2+j]
				}
				x[(j1+i)*n+j1+n2+j] = s
			}
		}
	}
	LI = mulSmall(m, LI, false, W, false)
	IR = mulSmall(m, IR, true, Tm, false)
	// Q(:, j1:j1+m) := Q·LI, Z(:, j1:j1+m) := Z·IR.
	applyRight := func(x []float64, rows int, M []float64) {
		row := make([]float64, m)
		for r := 0; r < rows; r++ {
			for j := 0; j < m; j++ {
				var s float64
				for l := 0; l < m; l++ {
					s += x[r*n+j1+l] * M[l*m+j]
				}
				row[j] = s
			}
			copy(x[r*n+j1:r*n+j1+m], row)
		}
	}
	applyRight(q, n, LI)
	applyRight(z, n, IR)
	// The rest of the rows j1..j1+m−1 and of the columns.
	if i := j1 + m; i < n {
		for _, x := range [][]float64{a, b} {
			col := make([]float64, m)
			for c := i; c < n; c++ {
				for r := 0; r < m; r++ {
					var s float64
					for l := 0; l < m; l++ {
						s += LI[l*m+r] * x[(j1+l)*n+c]
					}
					col[r] = s
				}
				for r := 0; r < m; r++ {
					x[(j1+r)*n+c] = col[r]
				}
			}
		}
	}
	if j1 > 0 {
		applyRight(a, j1, IR)
		applyRight(b, j1, IR)
	}
	return true
}

// sub copies the r×c block at (i0, j0) of the row-major ld-column x.
func sub(x []float64, ld, i0, j0, r, c int) []float64 {
	out := make([]float64, r*c)
	for i := 0; i < r; i++ {
		copy(out[i*c:i*c+c], x[(i0+i)*ld+j0:(i0+i)*ld+j0+c])
	}
	return out
}

// subRows is sub(x, ld, i0, 0, r, c).
func subRows(x []float64, ld, i0, r, c int) []float64 { return sub(x, ld, i0, 0, r, c) }

// tgexcReal is dtgexc: it moves the block starting at ifst to ilst
// (0-based) by swaps of adjacent blocks. ok is false when a swap failed.
func tgexcReal(n int, a, b, q, z []float64, ifst, ilst int) bool {
	if n <= 1 {
		return true
	}
	A := func(i, j int) float64 { return a[i*n+j] }
	if ifst > 0 && A(ifst, ifst-1) != 0 {
		ifst--
	}
	nbf := 1
	if ifst < n-1 && A(ifst+1, ifst) != 0 {
		nbf = 2
	}
	if ilst > 0 && A(ilst, ilst-1) != 0 {
		ilst--
	}
	nbl := 1
	if ilst < n-1 && A(ilst+1, ilst) != 0 {
		nbl = 2
	}
	if ifst == ilst {
		return true
	}
	ex := func(j1, n1, n2 int) bool { return tgex2Real(n, a, b, q, z, j1, n1, n2) }
	here := ifst
	if ifst < ilst {
		if nbf == 2 && nbl == 1 {
			ilst--
		}
		if nbf == 1 && nbl == 2 {
			ilst++
		}
		for {
			if nbf == 1 || nbf == 2 {
				nbnext := 1
				if here+nbf+1 <= n-1 && A(here+nbf+1, here+nbf) != 0 {
					nbnext = 2
				}
				if !ex(here, nbf, nbnext) {
					return false
				}
				here += nbnext
				if nbf == 2 && A(here+1, here) == 0 {
					nbf = 3
				}
			} else {
				nbnext := 1
				if here+3 <= n-1 && A(here+3, here+2) != 0 {
					nbnext = 2
				}
				if !ex(here+1, 1, nbnext) {
					return false
				}
				if nbnext == 1 {
					if !ex(here, 1, 1) {
						return false
					}
					here++
				} else {
					if A(here+2, here+1) == 0 {
						nbnext = 1
					}
					if nbnext == 2 {
						if !ex(here, 1, nbnext) {
							return false
						}
						here += 2
					} else {
						if !ex(here, 1, 1) {
							return false
						}
						here++
						if !ex(here, 1, 1) {
							return false
						}
						here++
					}
				}
			}
			if here >= ilst {
				break
			}
		}
		return true
	}
	for {
		if nbf == 1 || nbf == 2 {
			nbnext := 1
			if here >= 2 && A(here-1, here-2) != 0 {
				nbnext = 2
			}
			if !ex(here-nbnext, nbnext, nbf) {
				return false
			}
			here -= nbnext
			if nbf == 2 && A(here+1, here) == 0 {
				nbf = 3
			}
		} else {
			nbnext := 1
			if here >= 2 && A(here-1, here-2) != 0 {
				nbnext = 2
			}
			if !ex(here-nbnext, nbnext, 1) {
				return false
			}
			if nbnext == 1 {
				if !ex(here, nbnext, 1) {
					return false
				}
				here--
			} else {
				if A(here, here-1) == 0 {
					nbnext = 1
				}
				if nbnext == 2 {
					if !ex(here-1, 2, 1) {
						return false
					}
					here -= 2
				} else {
					if !ex(here, 1, 1) {
						return false
					}
					here--
					if !ex(here, 1, 1) {
						return false
					}
					here--
				}
			}
		}
		if here <= ilst {
			break
		}
	}
	return true
}

// tgsenReal is dtgsen with IJOB = 0: the selected eigenvalues of the real
// generalized Schur form (a, b) move to the top left (a 2×2 block when
// either of its flags is set), q and z are updated, and the eigenvalues
// of the result are returned, those of 2×2 blocks from dlag2, with 1×1
// blocks made to have b(k, k) ≥ 0. ok is false when a swap failed.
func tgsenReal(n int, a, b, q, z []float64, sel []bool) (alphar, alphai, beta []float64, ok bool) {
	ok = reorderBlocks(n, a, sel, func(from, to int) bool { return tgexcReal(n, a, b, q, z, from, to) })
	alphar, alphai, beta = make([]float64, n), make([]float64, n), make([]float64, n)
	pair := false
	for k := 0; k < n; k++ {
		if pair {
			pair = false
			continue
		}
		if k < n-1 && a[(k+1)*n+k] != 0 {
			pair = true
			wa := []float64{a[k*n+k], a[k*n+k+1], a[(k+1)*n+k], a[(k+1)*n+k+1]}
			wb := []float64{b[k*n+k], b[k*n+k+1], b[(k+1)*n+k], b[(k+1)*n+k+1]}
			beta[k], beta[k+1], alphar[k], alphar[k+1], alphai[k] = lapack64.Dlag2(wa, 2, wb, 2)
			alphai[k+1] = -alphai[k]
			continue
		}
		if math.Signbit(b[k*n+k]) {
			for i := 0; i < n; i++ {
				a[k*n+i] = -a[k*n+i]
				b[k*n+i] = -b[k*n+i]
				q[i*n+k] = -q[i*n+k]
			}
		}
		alphar[k], alphai[k], beta[k] = a[k*n+k], 0, b[k*n+k]
	}
	return alphar, alphai, beta, ok
}
