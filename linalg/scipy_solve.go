package linalg

import (
	"math"
	"math/cmplx"
	"strconv"
	"strings"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// Matrix structures of scipy.linalg.solve's assume_a, as SciPy 1.17
// numbers them.
const (
	stAuto       = -1
	stGeneral    = 0
	stDiagonal   = 11
	stUpperTri   = 21
	stLowerTri   = 22
	stTridiag    = 31
	stPosDef     = 101
	stSymmetric  = 201
	stHermitian  = 211
	stBandedOnly = 41
)

// sliceStatus is the outcome of one matrix of a solve, as SciPy's C
// loop records it.
type sliceStatus struct {
	singular bool
	ill      bool
	rcond    float64
}

// PyFloatRepr formats x as Python's repr of a float: the shortest
// round-tripping digits, positional for exponents from -4 to 15 (always
// with a decimal point), scientific otherwise ("1.1102230246251565e-16").
func PyFloatRepr(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	e := strconv.FormatFloat(x, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp >= -4 && exp < 16 {
		s := strconv.FormatFloat(x, 'f', -1, 64)
		if !strings.ContainsAny(s, ".") {
			s += ".0"
		}
		return s
	}
	return e
}

// SciPySolveOpts solves a·x = b as scipy.linalg.solve(a, b, lower=lower,
// assume_a=assume, transposed=transposed) does in SciPy 1.17, for a of
// shape (..., N, N) and b of shape (..., N, K) or (N,), batch dimensions
// broadcast. With assume "" the structure of each matrix is detected:
// diagonal, tridiagonal (N > 3), upper or lower triangular, real symmetric
// or complex Hermitian (Cholesky first, falling back to a symmetric
// solve), or general. The ill-conditioned matrices, those whose
// reciprocal 1-norm condition number (LAPACK's gecon, trcon or pocon
// estimate) is below ε, are reported as SciPy's LinAlgWarning "An
// ill-conditioned matrix detected: slice 0 has rcond = …". golinalg
// solves the symmetric-indefinite fallback and tridiagonal matrices by LU
// with partial pivoting where SciPy calls sytrf/gttrf, and for complex
// matrices computes the exact condition number rather than LAPACK's
// estimate, so the rcond printed may differ in the last digits there.
// Errors, as SciPy raises them:
//
//	ValueError  "array must not contain infs or NaNs"
//	ValueError  "%s is not a recognized matrix structure"
//	ValueError  "Expected square matrix, got a1.shape=(2, 3)"
//	ValueError  "incompatible shapes: a1.shape=(2, 2) and b1.shape=(3, 1)"
//	LinAlgError "A singular matrix detected: slice(s) [0] are singular."
func SciPySolveOpts(a, b *Array, assume string, lower, transposed bool) (*Array, []Warning, error) {
	st, ok := map[string]int{
		"": stAuto, "general": stGeneral, "gen": stGeneral, "diagonal": stDiagonal,
		"tridiagonal": stTridiag, "upper triangular": stUpperTri, "lower triangular": stLowerTri,
		"pos": stPosDef, "positive definite": stPosDef, "sym": stSymmetric, "symmetric": stSymmetric,
		"her": stHermitian, "hermitian": stHermitian, "banded": stBandedOnly,
	}[assume]
	if !ok {
		return nil, nil, valueErr("%s is not a recognized matrix structure", assume)
	}
	if !a.allFinite() || !b.allFinite() {
		return nil, nil, valueErr("array must not contain infs or NaNs")
	}
	a = inexact(atLeast2D(a))
	b = inexact(b)
	if len(b.shape) == 0 {
		b, _ = b.Reshape([]int{1})
	}
	if a.shape[len(a.shape)-1] != a.shape[len(a.shape)-2] {
		return nil, nil, valueErr("Expected square matrix, got a1.shape=%s", FormatShape(a.shape))
	}
	d := Promote(a.dtype, b.dtype)
	if d == Complex128 && transposed {
		return nil, nil, &Error{Kind: NotImplementedError, Msg: "scipy.linalg.solve can currently not solve a^T x = b or a^H x = b for complex matrices."}
	}
	b1D := len(b.shape) == 1
	if b1D {
		b, _ = b.Reshape([]int{b.shape[0], 1})
	}
	_, n, _ := stackDims(a.shape)
	aScalar := a.Size() == 1
	_, bn, nrhs := stackDims(b.shape)
	if bn != n && !aScalar {
		return nil, nil, valueErr("incompatible shapes: a1.shape=%s and b1.shape=%s", FormatShape(a.shape), FormatShape(b.shape))
	}
	ab, _, _ := stackDims(a.shape)
	bb, _, _ := stackDims(b.shape)
	batch, err := BroadcastShapes(ab, bb)
	if err != nil {
		return nil, nil, err
	}
	a, err = a.BroadcastTo(append(append([]int{}, batch...), n, n))
	if err != nil {
		return nil, nil, err
	}
	b, err = b.BroadcastTo(append(append([]int{}, batch...), bn, nrhs))
	if err != nil {
		return nil, nil, err
	}
	finish := func(x *Array) (*Array, []Warning, error) {
		if b1D {
			sh := x.Shape()
			x, _ = x.Reshape(sh[:len(sh)-1])
		}
		return x, nil, nil
	}
	if a.Size() == 0 || b.Size() == 0 {
		return finish(newArray(b.dtype, b.shape))
	}
	if aScalar {
		av := a.Complex128s()[0]
		if av == 0 {
			return nil, nil, linAlgErr(Singular, "A singular matrix detected.")
		}
		x, _, err := Binary(OpDiv, b, a)
		if err != nil {
			return nil, nil, err
		}
		return finish(x)
	}
	nb := prod(batch)
	av, bv := a.Complex128s(), b.Complex128s()
	out := make([]complex128, nb*n*nrhs)
	var problems []sliceStatus
	for t := 0; t < nb; t++ {
		m := av[t*n*n : (t+1)*n*n]
		x := out[t*n*nrhs : (t+1)*n*nrhs]
		copy(x, bv[t*n*nrhs:(t+1)*n*nrhs])
		s := solveSlice(m, n, x, nrhs, st, lower, transposed, d == Complex128)
		if s.singular {
			problems = append(problems, s)
			break
		}
		if s.ill {
			problems = append(problems, s)
		}
	}
	var ill []string
	for i, s := range problems {
		if s.singular {
			return nil, nil, linAlgErr(Singular, "A singular matrix detected: slice(s) [%d] are singular.", i)
		}
		ill = append(ill, "slice "+strconv.Itoa(i)+" has rcond = "+PyFloatRepr(s.rcond))
	}
	var warns []Warning
	if len(ill) > 0 {
		warns = []Warning{{"LinAlgWarning", "An ill-conditioned matrix detected: " + strings.Join(ill, ",") + "."}}
	}
	xa := fromComplex(out, d, 1, len(out))
	x, _ := xa.Reshape(append(append([]int{}, batch...), n, nrhs))
	x, _, err = finish(x)
	return x, warns, err
}

// bandwidth returns the lower and upper bandwidths of the n×n matrix m.
func bandwidth(m []complex128, n int) (lo, up int) {
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if m[i*n+j] != 0 {
				if i-j > lo {
					lo = i - j
				}
				if j-i > up {
					up = j - i
				}
			}
		}
	}
	return lo, up
}

// solveSlice solves one n×n system in place in x (n×k), choosing the
// solver as SciPy's C loop does.
func solveSlice(m []complex128, n int, x []complex128, k, st int, lower, transposed, cplx bool) sliceStatus {
	uplo := lower
	posFallback := true
	switch st {
	case stPosDef:
		posFallback = false
	case stLowerTri:
		uplo = true
	case stUpperTri:
		uplo = false
	case stBandedOnly, stTridiag:
		st = stGeneral
	case stSymmetric, stHermitian:
		st = stGeneral // solved by LU: golinalg has no sytrf
	}
	if st == stAuto {
		lo, up := bandwidth(m, n)
		switch {
		case lo == 0 && up == 0:
			st = stDiagonal
		case lo == 1 && up == 1 && n > 3:
			st = stGeneral
		case lo == 0:
			st, uplo = stUpperTri, false
		case up == 0:
			st, uplo = stLowerTri, true
		default:
			sym, her := true, true
			for i := 0; i < n && (sym || her); i++ {
				for j := 0; j < i; j++ {
					if m[i*n+j] != m[j*n+i] {
						sym = false
					}
					if m[i*n+j] != cmplx.Conj(m[j*n+i]) {
						her = false
					}
				}
				if imag(m[i*n+i]) != 0 {
					her = false
				}
			}
			if her || (sym && !cplx) {
				st = stPosDef
			} else {
				st = stGeneral
			}
		}
	}
	switch st {
	case stDiagonal:
		var maxa, maxinv float64
		for j := 0; j < n; j++ {
			ajj := m[j*n+j]
			if ajj == 0 {
				return sliceStatus{singular: true}
			}
			inv := 1 / ajj
			if !cplx {
				inv = complex(1/real(ajj), 0)
			}
			for c := 0; c < k; c++ {
				x[j*k+c] *= inv
			}
			maxa = math.Max(maxa, cmplx.Abs(ajj))
			maxinv = math.Max(maxinv, cmplx.Abs(inv))
		}
		return sliceStatus{rcond: maxa * maxinv, ill: maxa*maxinv > 1/0x1p-52}
	case stUpperTri, stLowerTri:
		return solveTriSlice(m, n, x, k, uplo, transposed, cplx)
	case stPosDef:
		s, ok := solvePosSlice(m, n, x, k, uplo, cplx)
		if ok || !posFallback {
			return s
		}
	}
	return solveGeneralSlice(m, n, x, k, transposed, cplx)
}

func realPart(v []complex128) []float64 {
	f := make([]float64, len(v))
	for i, z := range v {
		f[i] = real(z)
	}
	return f
}

func setReal(dst []complex128, f []float64) {
	for i, v := range f {
		dst[i] = complex(v, 0)
	}
}

// exactRcond is 1/(‖A‖₁·‖A⁻¹‖₁) for a complex matrix, standing in for
// LAPACK's zgecon estimate.
func exactRcond(m []complex128, n int) float64 {
	lu := append([]complex128(nil), m...)
	piv := make([]int, n)
	if getrfAny(lu, n, n, piv, true) > 0 {
		return 0
	}
	inv := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		inv[i*n+i] = 1
	}
	for i := 0; i < n; i++ {
		if piv[i] != i {
			for c := 0; c < n; c++ {
				inv[i*n+c], inv[piv[i]*n+c] = inv[piv[i]*n+c], inv[i*n+c]
			}
		}
	}
	l := make([]complex128, n*n)
	u := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j < i {
				l[i*n+j] = lu[i*n+j]
			} else {
				u[i*n+j] = lu[i*n+j]
			}
		}
	}
	triSolveC(l, n, inv, n, true, false, true)
	triSolveC(u, n, inv, n, false, false, false)
	an, ai := norm1C(m, n), norm1C(inv, n)
	if an == 0 || ai == 0 {
		return 0
	}
	return 1 / an / ai
}

func norm1C(m []complex128, n int) float64 {
	var best float64
	for j := 0; j < n; j++ {
		var s float64
		for i := 0; i < n; i++ {
			s += cmplx.Abs(m[i*n+j])
		}
		if s > best || math.IsNaN(s) {
			best = s
		}
	}
	return best
}

func illStatus(rcond float64) sliceStatus {
	return sliceStatus{rcond: rcond, ill: math.IsNaN(rcond) || rcond < 0x1p-52}
}

func solveGeneralSlice(m []complex128, n int, x []complex128, k int, transposed, cplx bool) sliceStatus {
	if cplx {
		lu := append([]complex128(nil), m...)
		piv := make([]int, n)
		if getrfAny(lu, n, n, piv, true) > 0 {
			return sliceStatus{singular: true}
		}
		if !transposed && n <= obZLUMax {
			// zgetrs in OpenBLAS's order.
			luSolveC(lu, n, piv, x, k)
			return illStatus(exactRcond(m, n))
		}
		for i := 0; i < n; i++ {
			if piv[i] != i {
				for c := 0; c < k; c++ {
					x[i*k+c], x[piv[i]*k+c] = x[piv[i]*k+c], x[i*k+c]
				}
			}
		}
		l := make([]complex128, n*n)
		u := make([]complex128, n*n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if j < i {
					l[i*n+j] = lu[i*n+j]
				} else {
					u[i*n+j] = lu[i*n+j]
				}
			}
		}
		triSolveC(l, n, x, k, true, false, true)
		triSolveC(u, n, x, k, false, false, false)
		return illStatus(exactRcond(m, n))
	}
	a := realPart(m)
	anorm := 0.0
	for j := 0; j < n; j++ {
		var s float64
		for i := 0; i < n; i++ {
			s += math.Abs(a[i*n+j])
		}
		anorm = math.Max(anorm, s)
	}
	piv := make([]int, n)
	if getrf(nil, a, n, n, n, piv) >= 0 {
		return sliceStatus{singular: true}
	}
	rcond := lapack64.Dgecon(lapack.MaxColumnSum, n, a, n, anorm, make([]float64, 4*n), make([]int, n))
	bf := realPart(x)
	tr := blas.NoTrans
	if transposed {
		tr = blas.Trans
	}
	if k > 0 && !transposed {
		luSolve(nil, a, n, piv, bf, k)
	} else if k > 0 {
		lapack64.Dgetrs(tr, n, k, a, n, piv, bf, k)
	}
	setReal(x, bf)
	return illStatus(rcond)
}

func solveTriSlice(m []complex128, n int, x []complex128, k int, lower, transposed, cplx bool) sliceStatus {
	for i := 0; i < n; i++ {
		if m[i*n+i] == 0 {
			return sliceStatus{singular: true}
		}
	}
	if cplx {
		t := make([]complex128, n*n)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if (lower && j <= i) || (!lower && j >= i) {
					t[i*n+j] = m[i*n+j]
				}
			}
		}
		triSolveC(t, n, x, k, lower, false, false)
		return illStatus(exactRcond(t, n))
	}
	a := realPart(m)
	ul := blas.Upper
	if lower {
		ul = blas.Lower
	}
	tr := blas.NoTrans
	if transposed {
		tr = blas.Trans
	}
	bf := realPart(x)
	if k > 0 {
		lapack64.Dtrtrs(ul, tr, blas.NonUnit, n, k, a, n, bf, k)
	}
	setReal(x, bf)
	rcond := lapack64.Dtrcon(lapack.MaxColumnSum, ul, blas.NonUnit, n, a, n, make([]float64, 3*n), make([]int, n))
	return illStatus(rcond)
}

// solvePosSlice tries the Cholesky solve; ok is false when potrf fails
// (x is then untouched and the status says singular).
func solvePosSlice(m []complex128, n int, x []complex128, k int, lower, cplx bool) (sliceStatus, bool) {
	// The Hermitian matrix the chosen triangle describes, and its 1-norm.
	h := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			switch {
			case i == j:
				h[i*n+j] = m[i*n+j]
			case (j < i) == lower:
				h[i*n+j] = m[i*n+j]
			default:
				h[i*n+j] = cmplx.Conj(m[j*n+i])
			}
		}
	}
	if cplx {
		l := append([]complex128(nil), h...)
		if !cholLowerC(l, n) {
			return sliceStatus{singular: true}, false
		}
		triSolveC(l, n, x, k, true, false, false)
		triSolveC(l, n, x, k, true, true, false)
		return illStatus(exactRcond(h, n)), true
	}
	a := realPart(h)
	anorm := 0.0
	for j := 0; j < n; j++ {
		var s float64
		for i := 0; i < n; i++ {
			s += math.Abs(a[i*n+j])
		}
		anorm = math.Max(anorm, s)
	}
	ul := blas.Upper
	if lower {
		ul = blas.Lower
	}
	if !lapack64.Dpotrf(ul, n, a, n) {
		return sliceStatus{singular: true}, false
	}
	rcond := lapack64.Dpocon(ul, n, a, n, anorm, make([]float64, 3*n), make([]int, n))
	bf := realPart(x)
	if k > 0 {
		lapack64.Dpotrs(ul, n, k, a, n, bf, k)
	}
	setReal(x, bf)
	return illStatus(rcond), true
}

// SciPyInvWarnings returns the LinAlgWarning scipy.linalg.inv emits for
// the ill-conditioned matrices of the stack a, which the caller has already
// inverted (a is square, at least 2-d, finite and has no singular matrix).
// The structure of each matrix is detected and its reciprocal condition
// number estimated as SciPySolveOpts does; assume and lower are inv's
// assume_a and lower.
func SciPyInvWarnings(a *Array, assume string, lower bool) []Warning {
	st, ok := map[string]int{
		"": stAuto, "general": stGeneral, "gen": stGeneral, "diagonal": stDiagonal,
		"upper triangular": stUpperTri, "lower triangular": stLowerTri,
		"pos": stPosDef, "sym": stSymmetric, "her": stHermitian,
	}[assume]
	if !ok || len(a.shape) < 2 || a.Size() == 0 {
		return nil
	}
	a = inexact(a)
	batch, n, _ := stackDims(a.shape)
	v := a.Complex128s()
	var ill []string
	for t := 0; t < prod(batch); t++ {
		s := solveSlice(v[t*n*n:(t+1)*n*n], n, nil, 0, st, lower, false, a.dtype == Complex128)
		if s.singular {
			return nil
		}
		if s.ill {
			ill = append(ill, "slice "+strconv.Itoa(len(ill))+" has rcond = "+PyFloatRepr(s.rcond))
		}
	}
	if len(ill) == 0 {
		return nil
	}
	return []Warning{{"LinAlgWarning", "An ill-conditioned matrix detected: " + strings.Join(ill, ",") + "."}}
}
