package linalg

import (
	"math"
	"math/cmplx"
)

// FunmErr is the error estimate of Funm and Signm with the Python type
// SciPy gives it: a NumPy float64, the int 1 (min(1, ...) keeping its
// first argument) or a Python float (np.inf).
type FunmErr struct {
	V    float64
	Kind int // FunmNumpy, FunmInt or FunmFloat
}

// The kinds of FunmErr.
const (
	FunmNumpy = iota
	FunmInt
	FunmFloat
)

// Funm evaluates the matrix function F = f(A) of the square matrix a
// given the scalar function f on a vector (scipy.linalg.funm), by the
// Schur–Parlett method of Golub and Van Loan (Matrix Computations,
// Algorithm 9.1.1): A = Z·T·Zᴴ with T complex upper triangular (the real
// Schur form made complex, rsf2csf), F's diagonal f(diag T), and its
// off-diagonal entries by Parlett's recurrence
//
//	F(i,j) = (T(i,j)·(F(j,j) − F(i,i)) + Σₖ T(i,k)F(k,j) − F(i,k)T(k,j)) / (T(j,j) − T(i,i))
//
// superdiagonal by superdiagonal (the division skipped when the
// eigenvalues are equal), then F ← Z·F·Zᴴ, real for real A when its
// imaginary parts are negligible. The estimate of the relative error is
// SciPy's: min(1, max(ε, ε/δ·‖triu(T, 1)‖₁)), δ the smallest |T(j,j) −
// T(i,i)| met (and |T(0,0)|), or inf when no entry of F is finite.
// f is given diag(T) as a complex128 vector and returns a vector as long.
// Errors are MatfuncSquare's, check_finite's and Schur's, and f's own.
func Funm(a *Array, f func(d *Array) (*Array, error)) (*Array, FunmErr, error) {
	x, err := MatfuncSquare(a)
	if err != nil {
		return nil, FunmErr{}, err
	}
	if err := CheckFinite(x); err != nil {
		return nil, FunmErr{}, err
	}
	n := x.shape[0]
	if n == 0 {
		// SciPy reads T[0, 0] first.
		return nil, FunmErr{}, &Error{Kind: IndexError, Msg: "index 0 is out of bounds for axis 0 with size 0"}
	}
	t, z, _, err := Schur(x, "real", nil)
	if err != nil {
		return nil, FunmErr{}, err
	}
	if t, z, err = RSF2CSF(t, z); err != nil {
		return nil, FunmErr{}, err
	}
	tc, zc := t.Complex128s(), z.Complex128s()
	d := make([]complex128, n)
	for i := range d {
		d[i] = tc[i*n+i]
	}
	dv, _ := NewComplex128([]int{n}, d)
	fv, err := f(dv)
	if err != nil {
		return nil, FunmErr{}, err
	}
	if fv.Ndim() != 1 || fv.Size() != n {
		if fv.Ndim() != 1 && fv.Ndim() != 2 {
			return nil, FunmErr{}, valueErr("Input must be 1- or 2-d.")
		}
		return nil, FunmErr{}, valueErr("func must return an array of the shape of its argument, (%d,), not %s", n, FormatShape(fv.shape))
	}
	fd := fv.Complex128s()
	F := make([]complex128, n*n)
	for i := range fd {
		F[i*n+i] = fd[i]
	}
	minden := cmplx.Abs(tc[0])
	for p := 1; p < n; p++ {
		for i := 1; i <= n-p; i++ {
			j := i + p
			s := tc[(i-1)*n+j-1] * (F[(j-1)*n+j-1] - F[(i-1)*n+i-1])
			var s1, s2 complex128
			for k := i; k < j-1; k++ {
				s1 += tc[(i-1)*n+k] * F[k*n+j-1]
			}
			for k := i; k < j-1; k++ {
				s2 += F[(i-1)*n+k] * tc[k*n+j-1]
			}
			s += s1 - s2
			den := tc[(j-1)*n+j-1] - tc[(i-1)*n+i-1]
			if den != 0 {
				s /= den
			}
			F[(i-1)*n+j-1] = s
			minden = math.Min(minden, cmplx.Abs(den))
		}
	}
	F = mfMul(mfMul(zc, F, n, n, n), conjTransposeSq(zc, n), n, n, n)
	fa, _ := NewComplex128([]int{n, n}, F)
	res := maybeReal(x.dtype != Complex128, fa)
	tol := mfEps
	if minden == 0 {
		minden = tol
	}
	// ‖triu(T, 1)‖₁: the largest column sum of |T(i, j)|, i < j.
	nrm := 0.0
	for j := 0; j < n; j++ {
		s := 0.0
		for i := 0; i < j; i++ {
			s += cmplx.Abs(tc[i*n+j])
		}
		nrm = math.Max(nrm, s)
	}
	e := FunmErr{V: math.Max(tol, tol/minden*nrm)}
	if !(e.V < 1) {
		e = FunmErr{V: 1, Kind: FunmInt}
	}
	allBad := true
	for _, v := range F {
		if !math.IsNaN(real(v)) && !math.IsNaN(imag(v)) && !math.IsInf(real(v), 0) && !math.IsInf(imag(v), 0) {
			allBad = false
			break
		}
	}
	if allBad {
		e = FunmErr{V: math.Inf(1), Kind: FunmFloat}
	}
	return res, e, nil
}

// Signm returns the matrix sign function of the square matrix a
// (scipy.linalg.signm): Funm with the sign of the real part of each
// eigenvalue (0 below 1000·ε·max λ, SciPy's rounded_sign, max taken in
// NumPy's lexicographic order of complex numbers); when its error
// estimate is not below 1000·ε, Newton's iteration S ← (S + S⁻¹)/2 from
// A + I/(2σ₁) (σ₁ the largest singular value), at most 100 steps, until
// ‖P² − P‖₁ < 1000·ε for P = (S² + S)/2 or it stops changing. The
// inverses are scipy.linalg.inv's, with their warnings. iterated reports
// that Newton's iteration ran (SciPy then returns its last residual, a
// Python float, with disp=False). Errors are Funm's and inv's.
func Signm(a *Array) (s *Array, errest FunmErr, iterated bool, ws []Warning, err error) {
	sign := func(d *Array) (*Array, error) {
		x := d.Complex128s()
		mx := x[0]
		for _, v := range x[1:] {
			if real(v) > real(mx) || real(v) == real(mx) && imag(v) > imag(mx) {
				mx = v
			}
		}
		c := 1e3 * mfEps * mx
		out := make([]float64, len(x))
		for i, v := range x {
			r := real(v)
			ar := math.Abs(r)
			if ar > real(c) || ar == real(c) && 0 > imag(c) {
				out[i] = signOf(r)
			} else {
				out[i] = signOf(0 * r)
			}
		}
		return NewFloat64([]int{len(out)}, out)
	}
	res, errest, err := Funm(a, sign)
	if err != nil {
		return nil, FunmErr{}, false, nil, err
	}
	const errtol = 1e3 * mfEps
	if errest.V < errtol {
		return res, errest, false, nil, nil
	}
	x, _ := MatfuncSquare(a)
	n := x.shape[0]
	sv, err := SVDVals(x)
	if err != nil {
		return nil, FunmErr{}, false, nil, err
	}
	maxSV := math.Inf(-1)
	for _, v := range sv.Float64s() {
		maxSV = math.Max(maxSV, v)
	}
	c := 0.5 / maxSV
	s0 := x.Copy()
	for i := 0; i < n; i++ {
		k := i*n + i
		if s0.dtype == Complex128 {
			s0.c[k] += complex(c, 0)
		} else {
			s0.f[k] += c
		}
	}
	prev := errest.V
	e := prev
	for it := 0; it < 100; it++ {
		inv, err := SciPyInv(s0)
		if err != nil {
			return nil, FunmErr{}, true, ws, err
		}
		ws = append(ws, SciPyInvWarnings(s0, "", false)...)
		half := func(v float64) float64 { return 0.5 * v }
		next := s0.Copy()
		if next.dtype == Complex128 {
			iv := inv.Complex128s()
			for i := range next.c {
				next.c[i] = 0.5 * (next.c[i] + iv[i])
			}
		} else {
			iv := inv.Float64s()
			for i := range next.f {
				next.f[i] = half(next.f[i] + iv[i])
			}
		}
		s0 = next
		e = signmResidual(s0, n)
		if e < errtol || prev == e {
			break
		}
		prev = e
	}
	return s0, FunmErr{V: e, Kind: FunmFloat}, true, ws, nil
}

// signmResidual is ‖P² − P‖₁ for P = (S² + S)/2.
func signmResidual(s *Array, n int) float64 {
	if s.dtype == Complex128 {
		return signmRes(s.Complex128s(), n)
	}
	return signmRes(s.Float64s(), n)
}

func signmRes[T mfScalar](s []T, n int) float64 {
	p := mfMul(s, s, n, n, n)
	h := fromReal[T](0.5)
	for i := range p {
		p[i] = h * (p[i] + s[i])
	}
	q := mfMul(p, p, n, n, n)
	for i := range q {
		q[i] -= p[i]
	}
	return mfNorm1(q, n)
}

// signOf is np.sign of a float: −1, 0 or 1 (NaN for NaN).
func signOf(v float64) float64 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	case v == 0:
		return 0
	}
	return v
}
