package linalg

import (
	"math"
	"math/cmplx"
)

// Kernels shared by the matrix functions of scipy.linalg (expm, sqrtm,
// logm, funm, ...): dense products, norms and LU solves on row-major n×n
// matrices of float64 or complex128, generic over the two.

// mfScalar is the element type of the matrix-function kernels: scalar.
type mfScalar = scalar

// mfExp is eˣ.
func mfExp[T mfScalar](x T) T {
	switch v := any(x).(type) {
	case float64:
		return any(math.Exp(v)).(T)
	case complex128:
		return any(cmplx.Exp(v)).(T)
	}
	return x
}

// mfIdentity returns the n×n identity.
func mfIdentity[T mfScalar](n int) []T {
	id := make([]T, n*n)
	for i := 0; i < n; i++ {
		id[i*n+i] = 1
	}
	return id
}

// mfMul returns the product of the row-major matrices a (m×k) and b (k×n).
func mfMul[T mfScalar](a, b []T, m, k, n int) []T {
	c := make([]T, m*n)
	mfMulTo(c, a, b, m, k, n)
	return c
}

// mfMulTo sets c = a·b for row-major a (m×k) and b (k×n): dgemm for
// float64; for complex128 the real and imaginary parts by four real
// products (the naive loop for small sizes).
func mfMulTo[T mfScalar](c, a, b []T, m, k, n int) {
	switch cv := any(c).(type) {
	case []float64:
		x, y := any(a).([]float64), any(b).([]float64)
		if m*n*k < 4096 || k == 0 {
			clear(cv[:m*n])
			matmulNaive(x[:m*k], y[:k*n], cv, m, k, n)
			return
		}
		dgemm(m, n, k, 1, x, k, y, n, 0, cv, n)
	case []complex128:
		x, y := any(a).([]complex128), any(b).([]complex128)
		zgemmSplit(cv, x, y, m, k, n)
	}
}

// zgemmSplit sets c = a·b for complex row-major a (m×k), b (k×n) as
// (ar·br − ai·bi) + i(ar·bi + ai·br), each a real dgemm.
func zgemmSplit(c, a, b []complex128, m, k, n int) {
	if m*n*k < 2048 || k == 0 {
		clear(c[:m*n])
		matmulNaive(a[:m*k], b[:k*n], c[:m*n], m, k, n)
		return
	}
	ar, ai := splitC(a[:m*k])
	br, bi := splitC(b[:k*n])
	re := make([]float64, m*n)
	im := make([]float64, m*n)
	dgemm(m, n, k, 1, ar, k, br, n, 0, re, n)
	dgemm(m, n, k, -1, ai, k, bi, n, 1, re, n)
	dgemm(m, n, k, 1, ar, k, bi, n, 0, im, n)
	dgemm(m, n, k, 1, ai, k, br, n, 1, im, n)
	for i := range re {
		c[i] = complex(re[i], im[i])
	}
}

// splitC returns the real and imaginary parts of z.
func splitC(z []complex128) (re, im []float64) {
	re = make([]float64, len(z))
	im = make([]float64, len(z))
	for i, v := range z {
		re[i], im[i] = real(v), imag(v)
	}
	return re, im
}

// mfNormInf is the ∞-norm (largest absolute row sum) of the n×n a.
func mfNormInf[T mfScalar](a []T, n int) float64 {
	nrm := 0.0
	for i := 0; i < n; i++ {
		s := 0.0
		for _, v := range a[i*n : i*n+n] {
			s += absT(v)
		}
		if s > nrm || math.IsNaN(s) {
			nrm = s
		}
	}
	return nrm
}

// mfNorm1 is the 1-norm (largest absolute column sum) of the n×n a.
func mfNorm1[T mfScalar](a []T, n int) float64 {
	col := make([]float64, n)
	for i := 0; i < n; i++ {
		for j, v := range a[i*n : i*n+n] {
			col[j] += absT(v)
		}
	}
	nrm := 0.0
	for _, s := range col {
		if s > nrm || math.IsNaN(s) {
			nrm = s
		}
	}
	return nrm
}

// mfSolve solves A·X = B for the n×n a and n×k b (both row-major,
// overwritten: b by X) by LU with partial pivoting. It reports whether a
// had an exactly zero pivot (X then holds infinities or NaNs, as LAPACK's
// getrs leaves them).
func mfSolve[T mfScalar](a, b []T, n, k int) bool {
	piv := make([]int, n)
	switch av := any(a).(type) {
	case []float64:
		info := obGetrf(av, n, n, n, piv)
		obSolve(av, n, piv, any(b).([]float64), k)
		return info >= 0
	case []complex128:
		info := obZgetf2(av, n, piv)
		obZgetrs(av, n, piv, any(b).([]complex128), k)
		return info >= 0
	}
	return false
}

// mfTriu reports whether the n×n a is upper triangular.
func mfTriu[T mfScalar](a []T, n int) bool {
	for i := 1; i < n; i++ {
		for _, v := range a[i*n : i*n+i] {
			if v != 0 {
				return false
			}
		}
	}
	return true
}

// mfBandwidth returns the lower and upper bandwidth of the n×n a
// (scipy.linalg.bandwidth): the largest i−j and j−i of its non-zero
// entries.
func mfBandwidth[T mfScalar](a []T, n int) (lo, up int) {
	for i := 0; i < n; i++ {
		for j, v := range a[i*n : i*n+n] {
			if v != 0 {
				lo = max(lo, i-j)
				up = max(up, j-i)
			}
		}
	}
	return lo, up
}

// ceilPos is max(0, ⌈x⌉) as an int, 0 for NaN (C's conversion of the
// negative infinity or NaN it can meet gives INT_MIN, clamped to 0).
func ceilPos(x float64) int {
	if !(x > 0) {
		return 0
	}
	if x > 1<<30 {
		return 1 << 30
	}
	return int(math.Ceil(x))
}

// mfEps is the float64 machine epsilon, NumPy's finfo('d').eps.
const mfEps = 0x1p-52
