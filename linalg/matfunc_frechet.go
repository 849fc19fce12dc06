package linalg

import "math"

// ExpmFrechet returns e^A and the Fréchet derivative L(A, E) of the
// matrix exponential at A in the direction E, the linear term of
// e^(A+E) − e^A (scipy.linalg.expm_frechet). method "SPS" is Algorithm 6.4
// of Al-Mohy and Higham ("Computing the Fréchet Derivative of the Matrix
// Exponential, with an Application to Condition Number Estimation", SIAM
// J. Matrix Anal. Appl. 30(4), 2009): the Padé approximant of degree 3, 5,
// 7, 9 or 13 chosen from ‖A‖₁ and its derivative, solved with one LU of
// V − U, then s squarings L ← R·L + L·R, R ← R². method "blockEnlarge"
// takes both from the exponential of the 2n×2n block matrix [[A, E], [0,
// A]]; any other method is an error after the shape checks. Integer and
// boolean input is taken as float64; the results are
// complex128 when A or E is. As SciPy's lu_factor and lu_solve check
// their operands, non-finite Padé terms (from an A that overflows, or a
// non-finite A with check_finite off) are an error. Errors:
//
//	ValueError "expected A to be a square matrix"
//	ValueError "expected E to be a square matrix"
//	ValueError "expected A and E to be the same shape"
//	ValueError "Unknown implementation foo"
//	ValueError "array must not contain infs or NaNs"
func ExpmFrechet(a, e *Array, method string) (expA, frechet *Array, err error) {
	if a.Ndim() != 2 || a.shape[0] != a.shape[1] {
		return nil, nil, valueErr("expected A to be a square matrix")
	}
	if e.Ndim() != 2 || e.shape[0] != e.shape[1] {
		return nil, nil, valueErr("expected E to be a square matrix")
	}
	if a.shape[0] != e.shape[0] {
		return nil, nil, valueErr("expected A and E to be the same shape")
	}
	if method != "SPS" && method != "blockEnlarge" {
		return nil, nil, valueErr("Unknown implementation %s", method)
	}
	n := a.shape[0]
	d := Promote(inexact(a).dtype, inexact(e).dtype)
	if method == "blockEnlarge" {
		m := newArray(d, []int{2 * n, 2 * n})
		ac, ec := a.AsType(d), e.AsType(d)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				m.setFrom(i*2*n+j, ac, i*n+j)
				m.setFrom(i*2*n+n+j, ec, i*n+j)
				m.setFrom((n+i)*2*n+n+j, ac, i*n+j)
			}
		}
		x, err := Expm(m)
		if err != nil {
			return nil, nil, err
		}
		r := newArray(d, []int{n, n})
		l := newArray(d, []int{n, n})
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				r.setFrom(i*n+j, x, i*2*n+j)
				l.setFrom(i*n+j, x, i*2*n+n+j)
			}
		}
		return r, l, nil
	}
	if d == Complex128 {
		r, l, err := frechetSPS(a.Complex128s(), e.Complex128s(), n)
		if err != nil {
			return nil, nil, err
		}
		x, _ := NewComplex128([]int{n, n}, r)
		y, _ := NewComplex128([]int{n, n}, l)
		return x, y, nil
	}
	r, l, err := frechetSPS(a.Float64s(), e.Float64s(), n)
	if err != nil {
		return nil, nil, err
	}
	x, _ := NewFloat64([]int{n, n}, r)
	y, _ := NewFloat64([]int{n, n}, l)
	return x, y, nil
}

// setFrom sets the flat element i of the contiguous a to element j of the
// contiguous b of the same dtype.
func (a *Array) setFrom(i int, b *Array, j int) {
	switch a.dtype {
	case Complex128:
		a.c[i] = b.c[j]
	default:
		a.f[i] = b.f[j]
	}
}

// frechetEll are Al-Mohy and Higham's ℓₘ: the largest ‖2⁻ˢA‖₁ for which
// the backward error of the [m/m] approximant and its derivative stays
// below 2⁻⁵³.
var frechetEll = map[int]float64{3: 1.08e-2, 5: 2.00e-1, 7: 7.83e-1, 9: 1.78e0, 13: 4.74e0}

// frechetSPS is the scaling-Padé-squaring algorithm for e^A and L(A, E) on
// row-major n×n matrices.
func frechetSPS[T mfScalar](a, e []T, n int) (r, l []T, err error) {
	if n == 0 {
		return []T{}, []T{}, nil
	}
	nrm := mfNorm1(a, n)
	nn := n * n
	add := func(dst []T, c float64, x []T) {
		ct := fromReal[T](c)
		for i := range dst {
			dst[i] += ct * x[i]
		}
	}
	mul := func(x, y []T) []T { return mfMul(x, y, n, n, n) }
	// mm is x·y + y'·x' (the derivative of a product of powers).
	mm := func(x, y, x2, y2 []T) []T {
		p := mul(x, y)
		q := mul(x2, y2)
		for i := range p {
			p[i] += q[i]
		}
		return p
	}
	var u, v, lu, lv []T
	s := -1
	for _, m := range []int{3, 5, 7, 9} {
		if !(nrm <= frechetEll[m]) {
			continue
		}
		s = 0
		b := expmPadeB[m]
		// Powers A^(2k) and their derivatives M_(2k), k = 0, 1, ...
		pa := [][]T{mfIdentity[T](n), mul(a, a)}
		pm := [][]T{make([]T, nn), mm(a, e, e, a)}
		for k := 2; 2*k <= m-1; k++ {
			// A^(2k) = A^(2k-2)·A², M_(2k) = A^(2k-2)·M₂ + M_(2k-2)·A²,
			// with SciPy's pairing for A⁴ = A²·A², A⁶ = A²·A⁴, A⁸ = A⁴·A⁴.
			switch k {
			case 2:
				pa = append(pa, mul(pa[1], pa[1]))
				pm = append(pm, mm(pa[1], pm[1], pm[1], pa[1]))
			case 3:
				pa = append(pa, mul(pa[1], pa[2]))
				pm = append(pm, mm(pa[2], pm[1], pm[2], pa[1]))
			case 4:
				pa = append(pa, mul(pa[2], pa[2]))
				pm = append(pm, mm(pa[2], pm[2], pm[2], pa[2]))
			}
		}
		odd := make([]T, nn)  // Σ b(2k+1)·A^(2k)
		oddM := make([]T, nn) // Σ b(2k+1)·M_(2k), k ≥ 1
		v = make([]T, nn)     // Σ b(2k)·A^(2k)
		lv = make([]T, nn)    // Σ b(2k)·M_(2k), k ≥ 1
		for k := len(pa) - 1; k >= 0; k-- {
			add(odd, b[2*k+1], pa[k])
			add(v, b[2*k], pa[k])
			if k > 0 {
				add(oddM, b[2*k+1], pm[k])
				add(lv, b[2*k], pm[k])
			}
		}
		u = mul(a, odd)
		lu = mul(a, oddM)
		p := mul(e, odd)
		for i := range lu {
			lu[i] += p[i]
		}
		break
	}
	if s < 0 {
		s = ceilPos(math.Log2(nrm / frechetEll[13]))
		f := fromReal[T](math.Exp2(-float64(s)))
		as := make([]T, nn)
		es := make([]T, nn)
		for i := range as {
			as[i] = a[i] * f
			es[i] = e[i] * f
		}
		a, e = as, es
		b := expmPadeB[13]
		a2 := mul(a, a)
		m2 := mm(a, e, e, a)
		a4 := mul(a2, a2)
		m4 := mm(a2, m2, m2, a2)
		a6 := mul(a2, a4)
		m6 := mm(a4, m2, m4, a2)
		w1 := make([]T, nn)
		w2 := mfIdentity[T](n)
		z1 := make([]T, nn)
		z2 := mfIdentity[T](n)
		lw1 := make([]T, nn)
		lw2 := make([]T, nn)
		lz1 := make([]T, nn)
		lz2 := make([]T, nn)
		b1, b0 := fromReal[T](b[1]), fromReal[T](b[0])
		for i := range w2 {
			w2[i] *= b1
			z2[i] *= b0
		}
		for _, t := range []struct {
			dst  []T
			c    float64
			src  []T
			dstL []T
			srcL []T
		}{
			{w1, b[13], a6, lw1, m6}, {w1, b[11], a4, lw1, m4}, {w1, b[9], a2, lw1, m2},
			{w2, b[7], a6, lw2, m6}, {w2, b[5], a4, lw2, m4}, {w2, b[3], a2, lw2, m2},
			{z1, b[12], a6, lz1, m6}, {z1, b[10], a4, lz1, m4}, {z1, b[8], a2, lz1, m2},
			{z2, b[6], a6, lz2, m6}, {z2, b[4], a4, lz2, m4}, {z2, b[2], a2, lz2, m2},
		} {
			add(t.dst, t.c, t.src)
			add(t.dstL, t.c, t.srcL)
		}
		w := mul(a6, w1)
		add(w, 1, w2)
		u = mul(a, w)
		v = mul(a6, z1)
		add(v, 1, z2)
		lw := mm(a6, lw1, m6, w1)
		add(lw, 1, lw2)
		lu = mm(a, lw, e, w)
		lv = mm(a6, lz1, m6, z1)
		add(lv, 1, lz2)
	}
	// R = (V − U)⁻¹(U + V), L = (V − U)⁻¹(Lu + Lv + (Lu − Lv)·R).
	q := make([]T, nn)
	r = make([]T, nn)
	d := make([]T, nn)
	for i := range q {
		q[i] = -u[i] + v[i]
		r[i] = u[i] + v[i]
		d[i] = lu[i] - lv[i]
	}
	// SciPy's lu_factor and lu_solve check their input (check_finite).
	if !mfFinite(q) || !mfFinite(r) {
		return nil, nil, errNotFinite()
	}
	piv := make([]int, n)
	mfLU(q, n, piv)
	if !mfFinite(q) {
		return nil, nil, errNotFinite()
	}
	mfLUSolve(q, n, piv, r, n)
	l = mul(d, r)
	for i := range l {
		l[i] = lu[i] + lv[i] + l[i]
	}
	if !mfFinite(l) {
		return nil, nil, errNotFinite()
	}
	mfLUSolve(q, n, piv, l, n)
	for ; s > 0; s-- {
		l = mm(r, l, l, r)
		r = mul(r, r)
	}
	return r, l, nil
}

// errNotFinite is check_finite's error.
func errNotFinite() error { return valueErr("array must not contain infs or NaNs") }

// mfFinite reports whether every element of x is finite.
func mfFinite[T mfScalar](x []T) bool {
	for _, v := range x {
		if re, im := mfReal(v), mfImag(v); math.IsInf(re, 0) || math.IsNaN(re) || math.IsInf(im, 0) || math.IsNaN(im) {
			return false
		}
	}
	return true
}

// mfLU factors the n×n a in place with partial pivoting (piv as
// LAPACK's getrf, 0-based); it returns the index of the first zero pivot
// or -1.
func mfLU[T mfScalar](a []T, n int, piv []int) int {
	switch av := any(a).(type) {
	case []float64:
		return obGetrf(av, n, n, n, piv)
	case []complex128:
		return obZgetf2(av, n, piv)
	}
	return -1
}

// mfLUSolve overwrites the n×k b with A⁻¹·b from mfLU's factors.
func mfLUSolve[T mfScalar](lu []T, n int, piv []int, b []T, k int) {
	switch x := any(lu).(type) {
	case []float64:
		obSolve(x, n, piv, any(b).([]float64), k)
	case []complex128:
		obZgetrs(x, n, piv, any(b).([]complex128), k)
	}
}

// ExpmCond returns the relative condition number of the matrix
// exponential in the Frobenius norm (scipy.linalg.expm_cond):
// ‖K‖₂·‖A‖_F / ‖e^A‖_F, where K is the n²×n² Kronecker form of the Fréchet
// derivative, vec(L(A, E)) = K·vec(E), built column by column from
// L(A, eᵢeⱼᵀ). Error:
//
//	ValueError "expected a square matrix"
func ExpmCond(a *Array) (float64, error) {
	if a.Ndim() != 2 || a.shape[0] != a.shape[1] {
		return 0, valueErr("expected a square matrix")
	}
	n := a.shape[0]
	if n == 0 {
		// SciPy stacks the n² columns of K: none.
		return 0, valueErr("need at least one array to concatenate")
	}
	x, err := Expm(a)
	if err != nil {
		return 0, err
	}
	d := inexact(a).dtype
	k := newArray(d, []int{n * n, n * n})
	e := newArray(Float64, []int{n, n})
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			e.f[i*n+j] = 1
			_, f, err := ExpmFrechet(a, e, "SPS")
			if err != nil {
				return 0, err
			}
			e.f[i*n+j] = 0
			col := i*n + j
			// vec(F) stacks F's columns: vec(F)[q*n+p] = F[p, q].
			for p := 0; p < n; p++ {
				for q := 0; q < n; q++ {
					k.setFrom((q*n+p)*n*n+col, f, p*n+q)
				}
			}
		}
	}
	sv, err := SVDVals(k)
	if err != nil {
		return 0, err
	}
	kn := 0.0
	if sv.Size() > 0 {
		kn = sv.f[0]
	}
	return kn * frobenius(a) / frobenius(x), nil
}

// frobenius is the Frobenius norm of a.
func frobenius(a *Array) float64 {
	s := 0.0
	for _, v := range a.Complex128s() {
		s = math.Hypot(s, absT(v))
	}
	return s
}
