package linalg

import "math"

// Expm returns the matrix exponential e^A = Σ Aᵏ/k! of each square matrix
// in a (scipy.linalg.expm), by the scaling and squaring algorithm of
// Al-Mohy and Higham ("A New Scaling and Squaring Algorithm for the Matrix
// Exponential", SIAM J. Matrix Anal. Appl. 31(3), 2009) as SciPy 1.17
// runs it: the Padé degree m ∈ {3, 5, 7, 9, 13} and the scaling 2⁻ˢ come
// from the 1-norms ‖Aᵏ‖₁^(1/k) of the even powers and the bound on the
// truncation error from ‖|A|ᵏ‖₁; r = I + 2·(V−U)⁻¹·U is the [m/m]
// approximant, squared s times. For m = 13 and real A, SciPy 1.17's
// pade_UV_calc adds the scaled A⁶ to U (its last product accumulates into the buffer
// still holding A⁶), which moves the result by up to about 10⁻¹³
// relative; so does this, to give SciPy's numbers. A diagonal A gives the exponentials of its diagonal, and a
// triangular A has its diagonal and first off-diagonal recomputed exactly
// at each squaring (Code Fragment 2.1 of the paper). A 0-d or one-element
// 1-d a gives the 1×1 [[e^a]]. Integer and boolean input is taken as
// float64. Errors:
//
//	LinAlgError "The input array must be at least two-dimensional"
//	LinAlgError "Last 2 dimensions of the array must be square"
func Expm(a *Array) (*Array, error) {
	a = inexact(a)
	if a.Size() == 1 && len(a.shape) < 2 {
		a, _ = a.Reshape([]int{1, 1})
		r, _, err := Unary(OpExp, a)
		return r, err
	}
	if len(a.shape) < 2 {
		return nil, linAlgErr(TooFewDims, "The input array must be at least two-dimensional")
	}
	if a.shape[len(a.shape)-1] != a.shape[len(a.shape)-2] {
		return nil, linAlgErr(NotSquare, "Last 2 dimensions of the array must be square")
	}
	out := newArray(a.dtype, a.shape)
	if a.Size() == 0 {
		return out, nil
	}
	batch, n, _ := stackDims(a.shape)
	nb := prod(batch)
	if a.dtype == Complex128 {
		x := a.Complex128s()
		for t := 0; t < nb; t++ {
			copy(out.c[t*n*n:], expmCore(x[t*n*n:(t+1)*n*n], n))
		}
	} else {
		x := a.Float64s()
		for t := 0; t < nb; t++ {
			copy(out.f[t*n*n:], expmCore(x[t*n*n:(t+1)*n*n], n))
		}
	}
	return out, nil
}

// expmPadeB are the coefficients of the [m/m] Padé approximants of eˣ.
var expmPadeB = map[int][]float64{
	3:  {120, 60, 12, 1},
	5:  {30240, 15120, 3360, 420, 30, 1},
	7:  {17297280, 8648640, 1995840, 277200, 25200, 1512, 56, 1},
	9:  {17643225600, 8821612800, 2075673600, 302702400, 30270240, 2162160, 110880, 3960, 90, 1},
	13: {64764752532480000, 32382376266240000, 7771770303897600, 1187353796428800, 129060195264000, 10559470521600, 670442572800, 33522128640, 1323241920, 40840800, 960960, 16380, 182, 1},
}

// expmCore is e^A for the row-major n×n a (not modified).
func expmCore[T mfScalar](a []T, n int) []T {
	if n == 1 {
		return []T{mfExp(a[0])}
	}
	lo, up := mfBandwidth(a, n)
	if lo == 0 && up == 0 {
		r := make([]T, n*n)
		for i := 0; i < n; i++ {
			r[i*n+i] = mfExp(a[i*n+i])
		}
		return r
	}
	pw, m, s := expmPick(a, n)
	r := expmPade(pw, n, m)
	if s > 0 {
		if lo == 0 || up == 0 {
			expmSquareTri(r, a, n, s, lo == 0)
		} else {
			for ; s > 0; s-- {
				r = mfMul(r, r, n, n, n)
			}
		}
	}
	switch {
	case lo == 0:
		for i := 1; i < n; i++ {
			clear(r[i*n : i*n+i])
		}
	case up == 0:
		for i := 0; i < n; i++ {
			clear(r[i*n+i+1 : i*n+n])
		}
	}
	return r
}

// expmPick chooses the Padé degree m and the scaling s for a as SciPy's
// pick_pade_structure: it returns the powers A, A², A⁴, A⁶ (and A⁸ for
// m = 9) that the approximant needs, scaled by 2⁻ˢ, 2⁻²ˢ, ... for m = 13.
func expmPick[T mfScalar](a []T, n int) (pw [][]T, m, s int) {
	theta := [5]float64{1.495585217958292e-002, 2.539398330063230e-001, 9.504178996162932e-001, 2.097847961257068e+000, 4.250000000000000e+000}
	coeff := [5]float64{1.1191048088221578e-11, 1.1167770708198077e-06, 4.9826124310493469e-01, 6.5662862500000000e+05, 1.2573361865339437e+19}
	absA := make([]float64, n*n)
	for i, v := range a {
		absA[i] = absT(v)
	}
	w := make([]float64, n)
	for i := range w {
		w[i] = 1
	}
	tmp := make([]float64, n)
	// spin applies |A|ᵀ k times to w and returns max(w) = ‖|A|ʲ‖₁ for
	// the total j so far.
	spin := func(k int) float64 {
		for ; k > 0; k-- {
			matmulVecT(absA, w, tmp, n)
			w, tmp = tmp, w
		}
		mx := 0.0
		for _, v := range w {
			if v > mx || math.IsNaN(v) {
				mx = v
			}
		}
		return mx
	}
	normA := spin(1)
	a2 := mfMul(a, a, n, n, n)
	a4 := mfMul(a2, a2, n, n, n)
	a6 := mfMul(a4, a2, n, n, n)
	d4 := math.Pow(mfNorm1(a4, n), 0.25)
	d6 := math.Pow(mfNorm1(a6, n), 1.0/6)
	eta0 := math.Max(d4, d6)
	eta1 := eta0
	a0 := append([]T(nil), a...)
	pw = [][]T{a0, a2, a4, a6}
	lm := ceilPos(math.Log2(spin(6)/normA/coeff[0]) / 6)
	if eta0 < theta[0] && lm == 0 {
		return pw, 3, 0
	}
	lm = ceilPos(math.Log2(spin(4)/normA/coeff[1]) / 10)
	if eta1 < theta[1] && lm == 0 {
		return pw, 5, 0
	}
	a8 := mfMul(a4, a4, n, n, n)
	d8 := math.Pow(mfNorm1(a8, n), 0.125)
	eta2 := math.Max(d6, d8)
	lm = ceilPos(math.Log2(spin(4)/normA/coeff[2]) / 14)
	if eta2 < theta[2] && lm == 0 {
		return pw, 7, 0
	}
	lm = ceilPos(math.Log2(spin(4)/normA/coeff[3]) / 18)
	if eta2 < theta[3] && lm == 0 {
		return append(pw, a8), 9, 0
	}
	a10 := mfMul(a6, a4, n, n, n)
	d10 := math.Pow(mfNorm1(a10, n), 0.1)
	eta3 := math.Max(d8, d10)
	eta4 := math.Min(eta2, eta3)
	s = ceilPos(math.Log2(eta4 / theta[4]))
	if s != 0 {
		f := math.Pow(2, -float64(s))
		for i := range absA {
			absA[i] *= f
		}
		f = math.Pow(2, -19*float64(s))
		for i := range w {
			w[i] *= f
		}
		normA *= math.Pow(2, -float64(s))
	}
	lm = ceilPos(math.Log2(spin(8)/normA/coeff[4]) / 26)
	s += lm
	if s != 0 {
		for k, p := range pw {
			f := fromReal[T](math.Pow(math.Pow(2, []float64{1, 2, 4, 6}[k]), -float64(s)))
			for i := range p {
				p[i] *= f
			}
		}
	}
	return pw, 13, s
}

// matmulVecT sets y = aᵀ·x for the n×n row-major a.
func matmulVecT(a, x, y []float64, n int) {
	clear(y[:n])
	for i := 0; i < n; i++ {
		axpy(x[i], a[i*n:i*n+n], y)
	}
}

// expmPade returns the [m/m] Padé approximant r = I + 2·(V−U)⁻¹·U of e^A
// from the powers pw = A, A², A⁴, A⁶ (A⁸), as SciPy's pade_UV_calc forms
// U (odd part) and V (even part).
func expmPade[T mfScalar](pw [][]T, n, m int) []T {
	b := expmPadeB[m]
	a, a2 := pw[0], pw[1]
	nn := n * n
	inner := make([]T, nn) // U = A·inner
	v := make([]T, nn)
	bt := make([]T, len(b))
	for i, x := range b {
		bt[i] = fromReal[T](x)
	}
	switch m {
	case 3:
		for i := range inner {
			inner[i] = a2[i]
			v[i] = bt[2] * a2[i]
		}
	case 5:
		a4 := pw[2]
		for i := range inner {
			inner[i] = a4[i] + bt[3]*a2[i]
			v[i] = bt[4]*a4[i] + bt[2]*a2[i]
		}
	case 7:
		a4, a6 := pw[2], pw[3]
		for i := range inner {
			inner[i] = a6[i] + bt[5]*a4[i] + bt[3]*a2[i]
			v[i] = bt[6]*a6[i] + bt[4]*a4[i] + bt[2]*a2[i]
		}
	case 9:
		a4, a6, a8 := pw[2], pw[3], pw[4]
		for i := range inner {
			inner[i] = a8[i] + bt[7]*a6[i] + bt[5]*a4[i] + bt[3]*a2[i]
			v[i] = bt[8]*a8[i] + bt[6]*a6[i] + bt[4]*a4[i] + bt[2]*a2[i]
		}
	case 13:
		a4, a6 := pw[2], pw[3]
		q := make([]T, nn)
		w := make([]T, nn)
		for i := range inner {
			inner[i] = bt[7]*a6[i] + bt[5]*a4[i] + bt[3]*a2[i]
			q[i] = bt[12]*a6[i] + bt[10]*a4[i] + bt[8]*a2[i]
			v[i] = bt[6]*a6[i] + bt[4]*a4[i] + bt[2]*a2[i]
			w[i] = a6[i] + bt[11]*a4[i] + bt[9]*a2[i]
		}
		for i := 0; i < n; i++ {
			inner[i*n+i] += bt[1]
			v[i*n+i] += bt[0]
		}
		p := mfMul(a6, q, n, n, n)
		for i := range v {
			v[i] += p[i]
		}
		p = mfMul(a6, w, n, n, n)
		for i := range inner {
			inner[i] += p[i]
		}
	}
	if m != 13 {
		for i := 0; i < n; i++ {
			inner[i*n+i] += bt[1]
			v[i*n+i] += bt[0]
		}
	}
	u := mfMul(a, inner, n, n, n)
	if _, real := any(u).([]float64); real && m == 13 {
		// SciPy 1.17's real (not its complex) pade_UV_calc.
		for i, x := range pw[3] {
			u[i] += x
		}
	}
	for i := range v {
		v[i] -= u[i]
	}
	mfSolve(v, u, n, n)
	for i := range u {
		u[i] *= 2
	}
	for i := 0; i < n; i++ {
		u[i*n+i]++
	}
	return u
}

// expmSquareTri squares r s times for a triangular a (upper unless lower),
// setting the diagonal to e^(aᵢᵢ/2ⁱ) and the first off-diagonal from
// Higham's formula (10.42) before each squaring and after the last (Code
// Fragment 2.1 of Al-Mohy and Higham).
func expmSquareTri[T mfScalar](r, a []T, n, s int, upper bool) {
	d := make([]T, n)
	sd := make([]T, n-1)
	for i := 0; i < n; i++ {
		d[i] = a[i*n+i]
		if i < n-1 {
			if upper {
				sd[i] = a[i*n+i+1]
			} else {
				sd[i] = a[(i+1)*n+i]
			}
		}
	}
	f := fromReal[T](math.Exp2(-float64(s)))
	for i := 0; i < n; i++ {
		r[i*n+i] = mfExp(d[i] * f)
	}
	x := make([]T, n)
	for k := s - 1; k >= 0; k-- {
		sq := mfMul(r, r, n, n, n)
		copy(r, sq)
		f := fromReal[T](math.Exp2(-float64(k)))
		for i := range x {
			x[i] = d[i] * f
			r[i*n+i] = mfExp(x[i])
		}
		for i := 0; i < n-1; i++ {
			v := expmSinch(x[i], x[i+1]) * (sd[i] * f)
			if upper {
				r[i*n+i+1] = v
			} else {
				r[(i+1)*n+i] = v
			}
		}
	}
}

// expmSinch is (e^y − e^x)/(y − x), or e^x when x = y (SciPy's
// _exp_sinch, formula (10.42) of Higham's Functions of Matrices).
func expmSinch[T mfScalar](x, y T) T {
	if y-x == 0 {
		return mfExp(x)
	}
	return (mfExp(y) - mfExp(x)) / (y - x)
}
