package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/blas"
)

// The algebraic Riccati equations of scipy.linalg (SciPy's _solvers.py),
// solved by the generalized Schur vector method of Arnold and Laub on the
// extended pencil of Van Dooren:
//
//	P. Van Dooren, "A generalized eigenvalue approach for solving Riccati
//	equations", SIAM J. Sci. Stat. Comput. 2(2), 1981.
//	W. F. Arnold and A. J. Laub, "Generalized eigenproblem algorithms and
//	software for algebraic Riccati equations", Proc. IEEE 72(12), 1984.
//	P. Benner, "Symplectic balancing of Hamiltonian matrices", SIAM J.
//	Sci. Comput. 22(5), 2001.
//
// The (2m+n)-square pencil H − λJ is balanced (optionally), compressed to
// 2m×2m by the orthogonal complement of its last n columns, and reordered
// by the QZ algorithm so that its m stable eigenvalues lead; the first m
// columns of the right Schur vectors, [U₀₀; U₁₀], span the stable
// deflating subspace, and X = U₁₀·U₀₀⁻¹.

// SolveContinuousARE is scipy.linalg.solve_continuous_are(a, b, q, r, e,
// s, balanced): the stabilising solution X of
//
//	Aᴴ·X + X·A − X·B·R⁻¹·Bᴴ·X + Q = 0
//
// or, when e or s is given (nil for None), of the generalized equation
//
//	Eᴴ·X·A + Aᴴ·X·E − (Eᴴ·X·B + S)·R⁻¹·(Bᴴ·X·E + Sᴴ) + Q = 0,
//
// from the pencil [A 0 B; −Q −Aᴴ −S; Sᴴ Bᴴ R] − λ·[E 0 0; 0 Eᴴ 0; 0 0 0]
// ordered with its left-half-plane eigenvalues first. X is returned
// Hermitian ((X + Xᴴ)/2), with the QZ iteration's LinAlgWarning if it
// did not converge. Errors, besides those of areValidate and OrdQZ:
//
//	LinAlgError "Failed to find a finite solution."
//	LinAlgError "The associated Hamiltonian pencil has eigenvalues too close to the imaginary axis"
func SolveContinuousARE(a, b, q, r, e, s *Array, balanced bool) (*Array, []Warning, error) {
	return overBatchesWarn("_solve_continuous_are", []*Array{a, b, q, r, e, s}, func(m []*Array) (*Array, []Warning, error) {
		return solveARE(m[0], m[1], m[2], m[3], m[4], m[5], balanced, true)
	})
}

// SolveDiscreteARE is scipy.linalg.solve_discrete_are(a, b, q, r, e, s,
// balanced): the stabilising solution X of
//
//	Aᴴ·X·A − X − (Aᴴ·X·B)·(R + Bᴴ·X·B)⁻¹·(Bᴴ·X·A) + Q = 0
//
// or, when e or s is given (nil for None), of the generalized equation
//
//	Aᴴ·X·A − Eᴴ·X·E − (Aᴴ·X·B + S)·(R + Bᴴ·X·B)⁻¹·(Bᴴ·X·A + Sᴴ) + Q = 0,
//
// from the pencil [A 0 B; −Q Eᴴ −S; Sᴴ 0 R] − λ·[E 0 0; 0 Aᴴ 0; 0 −Bᴴ 0]
// ordered with its eigenvalues inside the unit circle first (SciPy's
// docstring shows B in the top right corner of J; its code, followed here,
// leaves it zero, which matters to the balancing). X is returned
// Hermitian, with the QZ iteration's LinAlgWarning if it did not
// converge. Errors, besides those of areValidate and OrdQZ:
//
//	LinAlgError "Failed to find a finite solution."
//	LinAlgError "The associated symplectic pencil has eigenvalues too close to the unit circle"
func SolveDiscreteARE(a, b, q, r, e, s *Array, balanced bool) (*Array, []Warning, error) {
	return overBatchesWarn("_solve_discrete_are", []*Array{a, b, q, r, e, s}, func(m []*Array) (*Array, []Warning, error) {
		return solveARE(m[0], m[1], m[2], m[3], m[4], m[5], balanced, false)
	})
}

// areArgs are the validated arguments of an algebraic Riccati equation:
// 2-d float64 or complex128 matrices (e and s nil when None), the order m
// of X, the n columns of B, and the dtype d of the computation.
type areArgs struct {
	a, b, q, r, e, s *Array
	m, n             int
	d                DType
}

// areValidate is SciPy's _are_validate_args: each array checked for NaN
// and infinity and made at least 2-d, the shapes checked, q and r checked
// Hermitian, r (continuous case) and e checked nonsingular by their
// smallest singular value. Errors, in the order SciPy checks:
//
//	ValueError "array must not contain infs or NaNs"
//	ValueError "Matrix a should be square."                 (a, q, r)
//	ValueError "Matrix a and b should have the same number of rows."
//	ValueError "Matrix a and q should have the same shape."
//	ValueError "Matrix b and r should have the same number of cols."
//	ValueError "Matrix q should be symmetric/hermitian."    (q, r)
//	ValueError "Matrix r is numerically singular."          (continuous only)
//	ValueError "Matrix e should be square."
//	ValueError "Matrix a and e should have the same shape."
//	ValueError "Matrix e is numerically singular."
//	ValueError "Matrix b and s should have the same shape."
func areValidate(a, b, q, r, e, s *Array, care bool) (*areArgs, error) {
	v := &areArgs{}
	mats := []*Array{a, b, q, r}
	for i, x := range mats {
		if err := CheckFinite(x); err != nil {
			return nil, err
		}
		mats[i] = inexact(atLeast2D(x))
	}
	v.a, v.b, v.q, v.r = mats[0], mats[1], mats[2], mats[3]
	v.d = v.b.dtype
	for i, x := range []*Array{v.a, v.q, v.r} {
		if x.dtype == Complex128 {
			v.d = Complex128
		}
		if x.shape[0] != x.shape[1] {
			return nil, valueErr("Matrix %c should be square.", "aqr"[i])
		}
	}
	v.m, v.n = v.b.shape[0], v.b.shape[1]
	switch {
	case v.m != v.a.shape[0]:
		return nil, valueErr("Matrix a and b should have the same number of rows.")
	case v.m != v.q.shape[0]:
		return nil, valueErr("Matrix a and q should have the same shape.")
	case v.n != v.r.shape[0]:
		return nil, valueErr("Matrix b and r should have the same number of cols.")
	}
	for i, x := range []*Array{v.q, v.r} {
		c := x.Complex128s()
		if skewNorm1(c, x.shape[0]) > spacing(norm1C(c, x.shape[0]))*100 {
			return nil, valueErr("Matrix %c should be symmetric/hermitian.", "qr"[i])
		}
	}
	if care {
		if singular, err := numericallySingular(v.r); err != nil {
			return nil, err
		} else if singular {
			return nil, valueErr("Matrix r is numerically singular.")
		}
	}
	if e != nil {
		if err := CheckFinite(e); err != nil {
			return nil, err
		}
		v.e = inexact(atLeast2D(e))
		if v.e.shape[0] != v.e.shape[1] {
			return nil, valueErr("Matrix e should be square.")
		}
		if v.m != v.e.shape[0] {
			return nil, valueErr("Matrix a and e should have the same shape.")
		}
		if singular, err := numericallySingular(v.e); err != nil {
			return nil, err
		} else if singular {
			return nil, valueErr("Matrix e is numerically singular.")
		}
		if v.e.dtype == Complex128 {
			v.d = Complex128
		}
	}
	if s != nil {
		if err := CheckFinite(s); err != nil {
			return nil, err
		}
		v.s = inexact(atLeast2D(s))
		if !sameShape(v.s.shape, v.b.shape) {
			return nil, valueErr("Matrix b and s should have the same shape.")
		}
		if v.s.dtype == Complex128 {
			v.d = Complex128
		}
	}
	return v, nil
}

// skewNorm1 is the 1-norm (largest column sum of magnitudes) of C − Cᴴ
// for the k×k row-major c: how far c is from Hermitian.
func skewNorm1(c []complex128, k int) float64 {
	diff := make([]complex128, k*k)
	for i := range k {
		for j := range k {
			diff[i*k+j] = c[i*k+j] - cmplx.Conj(c[j*k+i])
		}
	}
	return norm1C(diff, k)
}

// spacing is np.spacing for x ≥ 0: the distance from x to the next
// larger float64.
func spacing(x float64) float64 { return math.Nextafter(x, math.Inf(1)) - x }

// numericallySingular is SciPy's test of r and e: the smallest singular
// value (numpy.linalg.svd) is 0 or below machine epsilon times the 1-norm.
func numericallySingular(x *Array) (bool, error) {
	sv, err := SVDVals(x)
	if err != nil {
		return false, err
	}
	s := sv.Float64s()
	if len(s) == 0 {
		return false, indexErr("index -1 is out of bounds for axis 0 with size 0")
	}
	minSV := s[len(s)-1]
	return minSV == 0 || minSV < 0x1p-52*norm1C(x.Complex128s(), x.shape[0]), nil
}

// solveARE is SciPy's _solve_continuous_are (care) or _solve_discrete_are
// on one set of matrices.
func solveARE(a, b, q, r, e, s *Array, balanced, care bool) (*Array, []Warning, error) {
	v, err := areValidate(a, b, q, r, e, s, care)
	if err != nil {
		return nil, nil, err
	}
	m, n := v.m, v.n
	h, j := arePencil(v, care)
	var sca []float64
	if balanced {
		sca = areBalance(h, j, m, n)
	}
	// Deflate the pencil by the orthogonal complement of H's last n
	// columns (Van Dooren's eq. (55)).
	H, J := deflatePencil(h, j, m, n, v.d == Complex128)

	sort, output := "iuc", "real"
	if care {
		sort = "lhp"
	}
	if v.d == Complex128 {
		output = "complex"
	}
	_, _, _, _, _, u, warns, err := OrdQZ(H, J, sort, output)
	if err != nil {
		return nil, nil, err
	}
	if v.e != nil {
		eu, err := MatMul(v.e, submatrix(u, 0, m, 0, m))
		if err != nil {
			return nil, nil, err
		}
		st, err := Concatenate([]*Array{eu, submatrix(u, m, 2*m, 0, m)}, 0)
		if err != nil {
			return nil, nil, err
		}
		if u, _, _, _, err = SciPyQR(st, "full", false); err != nil {
			return nil, nil, err
		}
	}
	u00, u10 := submatrix(u, 0, m, 0, m), submatrix(u, m, 2*m, 0, m)

	// X = U₁₀·U₀₀⁻¹ through U₀₀ = P·L·U, after checking U's condition.
	up, ul, uu, err := SciPyLU(u00, false, false)
	if err != nil {
		return nil, nil, err
	}
	cond, err := Cond(uu, NormOrd{Default: true})
	if err != nil {
		return nil, nil, err
	}
	if 1/cond.Float64s()[0] < 0x1p-52 {
		return nil, nil, linAlgErr(Singular, "Failed to find a finite solution.")
	}
	uuh := hermT(uu)
	ulh := hermT(ul)
	u10h := hermT(u10)
	y, err := SolveTriangular(uuh, u10h, 0, true, false)
	if err == nil {
		y, err = SolveTriangular(ulh, y, 0, false, true)
	}
	if err != nil {
		return nil, nil, err
	}
	yh := hermT(y)
	uph := hermT(up)
	x, err := MatMul(yh, uph)
	if err != nil {
		return nil, nil, err
	}
	x = x.AsType(v.d).Copy()
	if balanced {
		scaleOuter(x, sca[:m])
	}

	// The deviation of U₀₀ᴴ·U₁₀ from symmetry tells of failure (Laub,
	// proof of Thm. 5, item 3).
	u00h := hermT(u00)
	usym, err := MatMul(u00h, u10)
	if err != nil {
		return nil, nil, err
	}
	us := usym.Complex128s()
	if skewNorm1(us, m) > max(spacing(1000), 0.1*norm1C(us, m)) {
		if care {
			return nil, nil, &Error{Kind: LinAlgError, Msg: "The associated Hamiltonian pencil has eigenvalues too close to the imaginary axis"}
		}
		return nil, nil, &Error{Kind: LinAlgError, Msg: "The associated symplectic pencil has eigenvalues too close to the unit circle"}
	}
	return hermitianPart(x), warns, nil
}

// deflatePencil returns Q₂ᴴ·H[:, :2m] and Q₂ᴴ·J[:, :2m] (2m×2m, complex
// when cplx) for the (2m+n)-square row-major h and j, where the columns of
// Q₂ span the orthogonal complement of the range of H[:, 2m:]: the last 2m
// columns of the Q of its QR factorisation, as SciPy takes them. The
// reflectors of the factorisation are applied to H and J directly rather
// than forming Q.
func deflatePencil(h, j []complex128, m, n int, cplx bool) (hd, jd *Array) {
	N := 2*m + n
	cols := func(x []complex128, c0, c1 int) []complex128 {
		out := make([]complex128, 0, N*(c1-c0))
		for i := range N {
			out = append(out, x[i*N+c0:i*N+c1]...)
		}
		return out
	}
	t, ch, cj := cols(h, 2*m, N), cols(h, 0, 2*m), cols(j, 0, 2*m)
	k := min(N, n)
	if cplx {
		tau := make([]complex128, k)
		qrC(t, N, n, tau, nil)
		for _, c := range [][]complex128{ch, cj} {
			// Qᴴ·C = Hₖᴴ·…·H₁ᴴ·C, Hᵢᴴ = I − conj(τᵢ)·vᵢ·vᵢᴴ.
			for i := range k {
				ct := cmplx.Conj(tau[i])
				if ct == 0 {
					continue
				}
				for col := range 2 * m {
					w := c[i*2*m+col]
					for r := i + 1; r < N; r++ {
						w += cmplx.Conj(t[r*n+i]) * c[r*2*m+col]
					}
					w *= ct
					c[i*2*m+col] -= w
					for r := i + 1; r < N; r++ {
						c[r*2*m+col] -= t[r*n+i] * w
					}
				}
			}
		}
		hd, _ = NewComplex128([]int{2 * m, 2 * m}, ch[n*2*m:])
		jd, _ = NewComplex128([]int{2 * m, 2 * m}, cj[n*2*m:])
		return hd, jd
	}
	tr, hr, jr := realPart(t), realPart(ch), realPart(cj)
	if k > 0 && m > 0 {
		tau := make([]float64, k)
		work := []float64{0}
		lapack64.Dgeqrf(N, n, tr, max(n, 1), tau, work, -1)
		lw := int(work[0])
		lapack64.Dormqr(blas.Left, blas.Trans, N, 2*m, k, tr, max(n, 1), tau, hr, 2*m, work, -1)
		lw = max(lw, int(work[0]), 2*m, n, 1)
		work = make([]float64, lw)
		lapack64.Dgeqrf(N, n, tr, max(n, 1), tau, work, lw)
		for _, c := range [][]float64{hr, jr} {
			lapack64.Dormqr(blas.Left, blas.Trans, N, 2*m, k, tr, max(n, 1), tau, c, 2*m, work, lw)
		}
	}
	hd, _ = NewFloat64([]int{2 * m, 2 * m}, hr[n*2*m:])
	jd, _ = NewFloat64([]int{2 * m, 2 * m}, jr[n*2*m:])
	return hd, jd
}

// submatrix returns a[r0:r1, c0:c1] as a new 2-d array.
func submatrix(a *Array, r0, r1, c0, c1 int) *Array {
	s, _ := a.Index([]IndexItem{Slice(&r0, &r1, nil), Slice(&c0, &c1, nil)})
	return s.Copy()
}

// arePencil returns the (2m+n)-square pencil H − λJ of the equation,
// row-major, as SciPy forms it.
func arePencil(v *areArgs, care bool) (h, j []complex128) {
	m, n := v.m, v.n
	N := 2*m + n
	h, j = make([]complex128, N*N), make([]complex128, N*N)
	put := func(dst []complex128, r0, c0 int, x *Array, conjT bool, sign complex128) {
		if x == nil {
			return
		}
		xs := x.Complex128s()
		rows, cols := x.shape[0], x.shape[1]
		for i := range rows {
			for k := range cols {
				if conjT {
					dst[(r0+k)*N+c0+i] = sign * cmplx.Conj(xs[i*cols+k])
				} else {
					dst[(r0+i)*N+c0+k] = sign * xs[i*cols+k]
				}
			}
		}
	}
	identity := func(dst []complex128, r0 int) {
		for i := range m {
			dst[(r0+i)*N+r0+i] = 1
		}
	}
	put(h, 0, 0, v.a, false, 1)
	put(h, 0, 2*m, v.b, false, 1)
	put(h, m, 0, v.q, false, -1)
	put(h, m, 2*m, v.s, false, -1)
	put(h, 2*m, 0, v.s, true, 1)
	put(h, 2*m, 2*m, v.r, false, 1)
	if care {
		put(h, m, m, v.a, true, -1)
		put(h, 2*m, m, v.b, true, 1)
		if v.e != nil {
			put(j, 0, 0, v.e, false, 1)
			put(j, m, m, v.e, true, 1)
		} else {
			identity(j, 0)
			identity(j, m)
		}
		return h, j
	}
	if v.e != nil {
		put(h, m, m, v.e, true, 1)
		put(j, 0, 0, v.e, false, 1)
	} else {
		identity(h, m)
		identity(j, 0)
	}
	put(j, m, m, v.a, true, 1)
	put(j, 2*m, m, v.b, true, -1)
	return h, j
}

// areBalance scales the pencil in place as SciPy does (Benner's
// symplectic balancing): matrix_balance's scaling (no permutation) of
// |H| + |J| with its diagonal zeroed gives factors 2^k; unless all are (close to) 1,
// they are replaced by diag(D, D⁻¹, ·) with D = 2^round((k[m:2m] −
// k[:m])/2), rounding half to even, and H, J become diag(sca)·H·diag(sca)⁻¹.
// It returns the factors.
func areBalance(h, j []complex128, m, n int) []float64 {
	N := 2*m + n
	mm := make([]float64, N*N)
	for i := range mm {
		mm[i] = cmplx.Abs(h[i]) + cmplx.Abs(j[i])
	}
	for i := range N {
		mm[i*N+i] = 0
	}
	M, _ := NewFloat64([]int{N, N}, mm)
	_, scaling, _, _ := MatrixBalance(M, false, true)
	sca := scaling.Float64s()
	near1 := true
	for _, x := range sca {
		if math.Abs(x-1) > 1e-8+1e-5 {
			near1 = false
		}
	}
	if near1 {
		return sca
	}
	lg := make([]float64, N)
	for i, x := range sca {
		lg[i] = math.Log2(x)
	}
	for i := range m {
		k := math.RoundToEven((lg[m+i] - lg[i]) / 2)
		sca[i], sca[m+i] = math.Exp2(k), math.Exp2(-k)
	}
	for i := 2 * m; i < N; i++ {
		sca[i] = math.Exp2(lg[i])
	}
	for i := range N {
		for k := range N {
			f := complex(sca[i]*(1/sca[k]), 0)
			h[i*N+k] *= f
			j[i*N+k] *= f
		}
	}
	return sca
}

// scaleOuter multiplies x (m×m, float64 or complex128) elementwise by
// sca[i]·sca[k].
func scaleOuter(x *Array, sca []float64) {
	m := len(sca)
	if x.dtype == Complex128 {
		for i := range m {
			for k := range m {
				x.c[i*m+k] *= complex(sca[i]*sca[k], 0)
			}
		}
		return
	}
	for i := range m {
		for k := range m {
			x.f[i*m+k] *= sca[i] * sca[k]
		}
	}
}

// hermitianPart returns (x + xᴴ)/2 for a square float64 or complex128 x.
func hermitianPart(x *Array) *Array {
	m := x.shape[0]
	if x.dtype == Complex128 {
		out := make([]complex128, m*m)
		for i := range m {
			for k := range m {
				out[i*m+k] = (x.c[i*m+k] + cmplx.Conj(x.c[k*m+i])) / 2
			}
		}
		r, _ := NewComplex128([]int{m, m}, out)
		return r
	}
	out := make([]float64, m*m)
	for i := range m {
		for k := range m {
			out[i*m+k] = (x.f[i*m+k] + x.f[k*m+i]) / 2
		}
	}
	r, _ := NewFloat64([]int{m, m}, out)
	return r
}
