package linalg

import (
	"math"
	"math/cmplx"
)

// Sqrtm returns a square root X of each square matrix in a, X·X = A
// (scipy.linalg.sqrtm), by the Schur method as SciPy 1.17 computes it: A
// = Z·T·Zᴴ (real Schur form for real A, complex for complex A; a T already
// in that form is used as it is), then the square root R of T by the
// recursive blocked algorithm of Deadman, Higham and Ralha ("Blocked Schur
// Algorithms for Computing the Matrix Square Root", LNCS 7782, 2013): the
// diagonal blocks' roots, then the off-diagonal block from the triangular
// Sylvester equation R₁₁·X + X·R₂₂ = T₁₂. For real A the 2×2 blocks of
// complex conjugate eigenvalues take Higham's real square root ("Computing
// real square roots of a real matrix", Linear Algebra Appl. 88/89, 1987),
// so the result is real; a real A with a negative real eigenvalue has no
// real root, and its Schur form is first made complex triangular, block by
// block, by SciPy's plane rotations. X = Z·R·Zᴴ. The result is float64, or
// complex128 when A is complex or some matrix of a stack needed a complex
// root (the whole stack is complex then).
//
// singular reports an exactly zero eigenvalue; illCond a Sylvester
// equation that had to be perturbed (nearly equal eigenvalues of
// opposite sign), both as SciPy reports them. As SciPy, a one-element a of
// fewer than two dimensions gives [[e^a]], and a stack of 1×1 matrices
// the element-wise square root (complex when any element is negative).
// Errors:
//
//	LinAlgError "The input array must be at least two-dimensional"
//	LinAlgError "Last 2 dimensions of the array must be square"
func Sqrtm(a *Array) (x *Array, singular, illCond bool, err error) {
	a = inexact(a)
	if a.Size() == 1 && len(a.shape) < 2 {
		a, _ = a.Reshape([]int{1, 1})
		r, _, err := Unary(OpExp, a)
		return r, false, false, err
	}
	if len(a.shape) < 2 {
		return nil, false, false, linAlgErr(TooFewDims, "The input array must be at least two-dimensional")
	}
	if a.shape[len(a.shape)-1] != a.shape[len(a.shape)-2] {
		return nil, false, false, linAlgErr(NotSquare, "Last 2 dimensions of the array must be square")
	}
	if a.Size() == 0 {
		return newArray(a.dtype, a.shape), false, false, nil
	}
	batch, n, _ := stackDims(a.shape)
	if n == 1 {
		// np.emath.sqrt: complex as soon as one real element is negative.
		if a.dtype == Float64 {
			neg := false
			for _, v := range a.Float64s() {
				neg = neg || v < 0
			}
			if neg {
				a = a.AsType(Complex128)
			}
		}
		r, _, err := Unary(OpSqrt, a)
		return r, false, false, err
	}
	nb := prod(batch)
	if a.dtype == Complex128 {
		out := newArray(Complex128, a.shape)
		x := a.Complex128s()
		for t := 0; t < nb; t++ {
			r, sing, ill, err := sqrtmComplex(x[t*n*n:(t+1)*n*n], n)
			if err != nil {
				return nil, false, false, err
			}
			copy(out.c[t*n*n:], r)
			singular, illCond = singular || sing, illCond || ill
		}
		return out, singular, illCond, nil
	}
	xs := a.Float64s()
	realRes := make([][]float64, nb)
	cplxRes := make([][]complex128, nb)
	anyComplex := false
	for t := 0; t < nb; t++ {
		rr, rc, sing, ill, err := sqrtmReal(xs[t*n*n:(t+1)*n*n], n)
		if err != nil {
			return nil, false, false, err
		}
		realRes[t], cplxRes[t] = rr, rc
		anyComplex = anyComplex || rc != nil
		singular, illCond = singular || sing, illCond || ill
	}
	if !anyComplex {
		out := newArray(Float64, a.shape)
		for t, r := range realRes {
			copy(out.f[t*n*n:], r)
		}
		return out, singular, illCond, nil
	}
	out := newArray(Complex128, a.shape)
	for t := range realRes {
		if cplxRes[t] != nil {
			copy(out.c[t*n*n:], cplxRes[t])
			continue
		}
		for i, v := range realRes[t] {
			out.c[t*n*n+i] = complex(v, 0)
		}
	}
	return out, singular, illCond, nil
}

// isSchurReal is SciPy's isschur on the row-major n×n t: upper
// quasi-triangular, each 2×2 block of the form [[a, b], [c, a]] with
// b·c < 0. As SciPy's, it reads the entry "below" the last diagonal
// element past the end of its column-major buffer, where the C-ordered
// copy of the matrix begins: t[0][0].
func isSchurReal(t []float64, n int) bool {
	sub := func(j int) float64 {
		if j == n-1 {
			return t[0]
		}
		return t[(j+1)*n+j]
	}
	var prevA, prevB float64
	expectZero := false
	for j := 0; j < n; j++ {
		if sub(j) == 0 {
			if expectZero {
				if !(prevA == t[j*n+j] && prevB*t[(j-1)*n+j] < 0) {
					return false
				}
			}
			expectZero = false
		} else {
			if expectZero {
				return false
			}
			prevA, prevB = t[j*n+j], sub(j)
			expectZero = true
		}
		for i := j + 2; i < n; i++ {
			if t[i*n+j] != 0 {
				return false
			}
		}
	}
	return true
}

// schurEigs returns the eigenvalues of the real quasi-triangular t from
// its diagonal blocks, a 2×2 block's by LAPACK's dlanv2 as gees reports
// them (the one with positive imaginary part first).
func schurEigs(t []float64, n int) (wr, wi []float64) {
	wr, wi = make([]float64, n), make([]float64, n)
	for col := 0; col < n; col++ {
		if col == n-1 || t[(col+1)*n+col] == 0 {
			wr[col] = t[col*n+col]
			continue
		}
		_, _, _, _, r1r, r1i, r2r, r2i, _, _ := lapack64.Dlanv2(t[col*n+col], t[col*n+col+1], t[(col+1)*n+col], t[(col+1)*n+col+1])
		wr[col], wi[col], wr[col+1], wi[col+1] = r1r, r1i, r2r, r2i
		col++
	}
	return wr, wi
}

// sqrtmReal is SciPy's matrix_squareroot_d on one real n×n matrix: the
// real root (rr) or, when a real eigenvalue is negative, the complex one
// (rc).
func sqrtmReal(a []float64, n int) (rr []float64, rc []complex128, singular, illCond bool, err error) {
	t := append([]float64(nil), a...)
	var z []float64
	isSchur := isSchurReal(t, n)
	if !isSchur {
		ta, _ := NewFloat64([]int{n, n}, t)
		tt, zz, _, err := Schur(ta, "real", nil)
		if err != nil {
			return nil, nil, false, false, err
		}
		t, z = tt.Float64s(), zz.Float64s()
	}
	wr, wi := schurEigs(t, n)
	isComplex := false
	for i := range wr {
		if wi[i] == 0 {
			isComplex = isComplex || wr[i] < 0
			singular = singular || wr[i] == 0
		}
	}
	if !isComplex {
		illCond = sqrtmRecReal(t, n, 0, n) != 0
		if isSchur {
			return t, nil, singular, illCond, nil
		}
		return mfMul(mfMul(z, t, n, n, n), transposeSq(z, n), n, n, n), nil, singular, illCond, nil
	}
	tc := make([]complex128, n*n)
	for i, v := range t {
		tc[i] = complex(v, 0)
	}
	var zc []complex128
	if !isSchur {
		zc = make([]complex128, n*n)
		for i, v := range z {
			zc[i] = complex(v, 0)
		}
	}
	sqrtmToComplexSchur(tc, zc, wr, wi, n)
	illCond = sqrtmRecComplex(tc, n, 0, n) != 0
	if isSchur {
		// SciPy returns the root of the rotated T without rotating back.
		return nil, tc, singular, illCond, nil
	}
	return nil, mfMul(mfMul(zc, tc, n, n, n), conjTransposeSq(zc, n), n, n, n), singular, illCond, nil
}

// sqrtmToComplexSchur makes the real quasi-triangular t (held as complex)
// upper triangular, and updates its Schur vectors z (when not nil), by one
// unitary rotation per 2×2 block built from the eigenvector [λ − d, c] of
// the block [[a, b], [c, d]], λ = wr + i·wi its first eigenvalue, as
// SciPy's sqrtm does.
func sqrtmToComplexSchur(t, z []complex128, wr, wi []float64, n int) {
	for col := 0; col < n-1; col++ {
		if real(t[(col+1)*n+col]) == 0 {
			continue
		}
		u2 := real(t[(col+1)*n+col])
		d := real(t[(col+1)*n+col+1])
		mag := math.Hypot(math.Hypot(wr[col]-d, wi[col]), u2)
		u1 := complex((wr[col]-d)/mag, wi[col]/mag)
		u2 /= mag
		for i := col; i < n; i++ {
			t1, t2 := real(t[col*n+i]), real(t[(col+1)*n+i])
			t[col*n+i] = complex(real(u1)*t1+u2*t2, -imag(u1)*t1)
			t[(col+1)*n+i] = complex(-u2*t1+real(u1)*t2, imag(u1)*t2)
		}
		for i := 0; i <= col+1; i++ {
			t1, t2 := t[i*n+col], t[i*n+col+1]
			t[i*n+col] = complex(real(t1)*real(u1)-imag(t1)*imag(u1)+real(t2)*u2, real(t1)*imag(u1)+imag(t1)*real(u1)+imag(t2)*u2)
			t[i*n+col+1] = complex(-real(t1)*u2+real(t2)*real(u1)+imag(t2)*imag(u1), -imag(t1)*u2-real(t2)*imag(u1)+imag(t2)*real(u1))
		}
		t[(col+1)*n+col] = 0
		if z != nil {
			for i := 0; i < n; i++ {
				t1, t2 := real(z[i*n+col]), real(z[i*n+col+1])
				z[i*n+col] = complex(real(u1)*t1+u2*t2, imag(u1)*t1)
				z[i*n+col+1] = complex(-u2*t1+real(u1)*t2, -imag(u1)*t2)
			}
		}
		col++
	}
}

// sqrtmComplex is SciPy's matrix_squareroot_z on one complex n×n matrix.
func sqrtmComplex(a []complex128, n int) (r []complex128, singular, illCond bool, err error) {
	t := append([]complex128(nil), a...)
	isSchur := mfTriu(t, n)
	var z []complex128
	if !isSchur {
		ta, _ := NewComplex128([]int{n, n}, t)
		tt, zz, _, err := Schur(ta, "complex", nil)
		if err != nil {
			return nil, false, false, err
		}
		t, z = tt.Complex128s(), zz.Complex128s()
	}
	for i := 0; i < n; i++ {
		singular = singular || t[i*n+i] == 0
	}
	illCond = sqrtmRecComplex(t, n, 0, n) != 0
	if isSchur {
		return t, singular, illCond, nil
	}
	return mfMul(mfMul(z, t, n, n, n), conjTransposeSq(z, n), n, n, n), singular, illCond, nil
}

// sqrtmRecReal overwrites the k×k diagonal window of the real
// quasi-triangular t (leading dimension ld) at (o, o) with its square
// root, SciPy's sqrtm_recursion_d: 1×1 and 2×2 blocks directly (a 2×2
// block of complex eigenvalues θ ± iμ, in the standard form with equal
// diagonal, by Higham's α = √((θ + |θ + iμ|)/2)), larger windows by
// halves (not splitting a 2×2 block) and the Sylvester equation for the
// top-right part. It returns 1 when a Sylvester equation was perturbed.
func sqrtmRecReal(t []float64, ld, o, k int) int {
	at := func(i, j int) *float64 { return &t[(o+i)*ld+o+j] }
	switch k {
	case 1:
		*at(0, 0) = math.Sqrt(*at(0, 0))
		return 0
	case 2:
		a, b, c, d := *at(0, 0), *at(0, 1), *at(1, 0), *at(1, 1)
		if c == 0 {
			if a == 0 && d == 0 && b == 0 {
				return 0
			}
			if a == 0 && d == 0 {
				*at(0, 1) = math.Inf(1)
				return 0
			}
			*at(0, 0), *at(1, 1) = math.Sqrt(a), math.Sqrt(d)
			*at(0, 1) = b / (*at(0, 0) + *at(1, 1))
			return 0
		}
		theta, mu := a, math.Sqrt(-b*c)
		if theta == 0 && mu == 0 {
			return 0
		}
		var alpha float64
		if theta > 0 {
			alpha = math.Sqrt((theta + math.Hypot(theta, mu)) / 2)
		} else {
			alpha = mu / math.Sqrt(2*(-theta+math.Hypot(theta, mu)))
		}
		*at(0, 0), *at(1, 1) = alpha, alpha
		*at(1, 0) = c / (2 * alpha)
		*at(0, 1) = b / (2 * alpha)
		return 0
	}
	h := k / 2
	if *at(h, h-1) != 0 {
		h++
	}
	i1 := sqrtmRecReal(t, ld, o, h)
	i2 := sqrtmRecReal(t, ld, o+h, k-h)
	off := o*ld + o
	info := sylvQuasiR(t[off:], ld, h, t[off+h*ld+h:], ld, k-h, t[off+h:], ld)
	if i1 != 0 || i2 != 0 || info != 0 {
		return 1
	}
	return 0
}

// sqrtmRecComplex is sqrtmRecReal for complex upper triangular t (SciPy's
// sqrtm_recursion_z).
func sqrtmRecComplex(t []complex128, ld, o, k int) int {
	at := func(i, j int) *complex128 { return &t[(o+i)*ld+o+j] }
	switch k {
	case 1:
		*at(0, 0) = cmplx.Sqrt(*at(0, 0))
		return 0
	case 2:
		if *at(0, 0) == 0 && *at(1, 1) == 0 && *at(0, 1) == 0 {
			return 0
		}
		*at(0, 0), *at(1, 1) = cmplx.Sqrt(*at(0, 0)), cmplx.Sqrt(*at(1, 1))
		*at(0, 1) = cdiv(*at(0, 1), *at(0, 0)+*at(1, 1))
		return 0
	}
	h := k / 2
	i1 := sqrtmRecComplex(t, ld, o, h)
	i2 := sqrtmRecComplex(t, ld, o+h, k-h)
	off := o*ld + o
	info := sylvTriC(t[off:], ld, h, t[off+h*ld+h:], ld, k-h, t[off+h:], ld)
	if i1 != 0 || i2 != 0 || info != 0 {
		return 1
	}
	return 0
}

// transposeSq returns the transpose of the n×n a.
func transposeSq(a []float64, n int) []float64 {
	t := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			t[j*n+i] = a[i*n+j]
		}
	}
	return t
}

// conjTransposeSq returns the conjugate transpose of the n×n a.
func conjTransposeSq(a []complex128, n int) []complex128 {
	t := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			t[j*n+i] = cmplx.Conj(a[i*n+j])
		}
	}
	return t
}

// SqrtmResidual is the error estimate scipy.linalg.sqrtm returns with
// disp=False: ‖X·X − A‖²_F / ‖A‖_F (sic, the square over the norm), for
// the result x of Sqrtm and its input a. It is +Inf, as a Python float
// (pyFloat), where SciPy's norm raises: for a stack of matrices and for
// non-finite entries; a zero ‖A‖_F gives NumPy's division warnings.
func SqrtmResidual(x, a *Array) (v float64, pyFloat bool, ws []Warning) {
	if x.Ndim() != 2 || a.Ndim() != 2 {
		return math.Inf(1), true, nil
	}
	p, err := MatMul(x, x)
	if err != nil {
		return math.Inf(1), true, nil
	}
	d, err := Sub(p, a)
	if err != nil || !d.allFinite() || !a.allFinite() {
		return math.Inf(1), true, nil
	}
	num, den := frobenius(d), frobenius(a)
	num *= num
	if den == 0 {
		if num == 0 || math.IsNaN(num) {
			ws = append(ws, Warning{"RuntimeWarning", "invalid value encountered in scalar divide"})
		} else {
			ws = append(ws, Warning{"RuntimeWarning", "divide by zero encountered in scalar divide"})
		}
	}
	return num / den, false, ws
}
