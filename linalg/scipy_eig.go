package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// SciPyEig is scipy.linalg.eig(a, left=…, right=…) for one square matrix or
// a stack: the eigenvalues w, always complex128, and, when asked for, the
// left eigenvectors vl (vlᴴ·A = diag(w)·vlᴴ) and right eigenvectors vr
// (A·vr = vr·diag(w)), each column of unit norm. The vectors are float64
// when every eigenvalue is real, complex128 otherwise, as LAPACK's geev
// returns them to SciPy; for complex input everything is complex128,
// computed by the real embedding of eigComplex, the left vectors as right
// eigenvectors of Aᴴ matched to w. Errors:
//
//	ValueError  "expected square matrix"
//	LinAlgError "Eigenvalues did not converge"
func SciPyEig(a *Array, left, right bool) (w, vl, vr *Array, err error) {
	a = inexact(a)
	if len(a.shape) < 2 || a.shape[len(a.shape)-1] != a.shape[len(a.shape)-2] {
		return nil, nil, nil, valueErr("expected square matrix")
	}
	if a.dtype == Complex128 {
		w, vr, err = eigComplex(a)
		if err != nil {
			return nil, nil, nil, err
		}
		if left {
			if vl, err = leftEigComplex(a, w); err != nil {
				return nil, nil, nil, err
			}
		}
		if !right {
			vr = nil
		}
		return w, vl, vr, nil
	}
	r, err := overBatch(a, 3, func(m *Array) ([]*Array, error) {
		n := m.shape[0]
		wc := make([]complex128, n)
		vlc := make([]complex128, n*n)
		vrc := make([]complex128, n*n)
		if n == 2 && !left {
			eig2Into(m.f, wc, vrc) // dgeev, as SciPy's geev runs it
		} else if n > 0 {
			var e mat.Eigen
			kind := mat.EigenRight
			if left {
				kind |= mat.EigenLeft
			}
			if !e.Factorize(mat.NewDense(n, n, append([]float64(nil), m.f...)), kind) {
				return nil, linAlgErr(EigNoConvergence, "Eigenvalues did not converge")
			}
			e.Values(wc)
			var cv mat.CDense
			e.VectorsTo(&cv)
			for i := 0; i < n; i++ {
				for j := 0; j < n; j++ {
					vrc[i*n+j] = cv.At(i, j)
				}
			}
			if left {
				var lv mat.CDense
				e.LeftVectorsTo(&lv)
				for i := 0; i < n; i++ {
					for j := 0; j < n; j++ {
						vlc[i*n+j] = lv.At(i, j)
					}
				}
			}
		}
		d := Float64
		for _, z := range wc {
			if imag(z) != 0 {
				d = Complex128
			}
		}
		wa, _ := NewComplex128([]int{n}, wc)
		return []*Array{wa, fromComplex(vlc, d, n, n), fromComplex(vrc, d, n, n)}, nil
	})
	if err != nil {
		return nil, nil, nil, err
	}
	w = r[0]
	if left {
		vl = r[1]
	}
	if right {
		vr = r[2]
	}
	return w, vl, vr, nil
}

// SciPyEighCheck checks the shapes of scipy.linalg.eigh's a and b and its
// type as SciPy does, in SciPy's order (a first; b and type only when a
// is not empty). Errors:
//
//	ValueError "expected square \"a\" matrix"
//	ValueError "expected square \"b\" matrix"
//	ValueError "wrong b dimensions (3, 3), should be (2, 2)"
//	ValueError "\"type\" keyword only accepts 1, 2, and 3."
func SciPyEighCheck(a, b *Array, typ int) error {
	if len(a.shape) < 2 || a.shape[len(a.shape)-1] != a.shape[len(a.shape)-2] {
		return valueErr("expected square \"a\" matrix")
	}
	if b == nil || a.Size() == 0 {
		return nil
	}
	if len(b.shape) != 2 || b.shape[0] != b.shape[1] {
		return valueErr("expected square \"b\" matrix")
	}
	if b.shape[0] != a.shape[len(a.shape)-1] {
		return valueErr("wrong b dimensions %s, should be %s", FormatShape(b.shape), FormatShape(a.shape))
	}
	if typ < 1 || typ > 3 {
		return valueErr("\"type\" keyword only accepts 1, 2, and 3.")
	}
	return nil
}

// SciPyEigh returns the eigenvalues w (ascending) and orthonormal
// eigenvectors v (one per column) of each Hermitian matrix in a, read
// from its lower (or upper) triangle (scipy.linalg.eigh). With b it
// solves the generalised problem of Hermitian positive definite B = L·Lᴴ
// as LAPACK's sygv/hegv does: type 1 A·v = w·B·v and type 2 A·B·v = w·v
// through C = L⁻¹·A·L⁻ᴴ resp. Lᴴ·A·L with v = L⁻ᴴ·y, normalised to
// vᴴ·B·v = 1; type 3 B·A·v = w·v through Lᴴ·A·L with v = L·y, normalised
// to vᴴ·B⁻¹·v = 1. sel keeps the eigenvalues in (VL, VU] or of index IL
// to IU (subset_by_value, subset_by_index). Errors are SciPyEighCheck's
// and:
//
//	LinAlgError "The leading minor of order 2 of B is not positive definite. ..."
//	LinAlgError "Eigenvalues did not converge"
func SciPyEigh(a, b *Array, lower bool, typ int, sel EigSelect) (w, v *Array, err error) {
	if err := SciPyEighCheck(a, b, typ); err != nil {
		return nil, nil, err
	}
	a = inexact(a)
	n := a.shape[len(a.shape)-1]
	var bl []complex128 // Cholesky factor of b, lower
	if b != nil {
		b = inexact(b)
		bl = hermFromTriangle(b.Complex128s(), n, lower)
		if !cholLowerC(bl, n) {
			k := 1
			for ; k <= n; k++ {
				c := make([]complex128, k*k)
				h := hermFromTriangle(b.Complex128s(), n, lower)
				for i := 0; i < k; i++ {
					copy(c[i*k:(i+1)*k], h[i*n:i*n+k])
				}
				if !cholLowerC(c, k) {
					break
				}
			}
			return nil, nil, linAlgErr(NotPositiveDefinite, "The leading minor of order %d of B is not positive definite. The factorization of B could not be completed and no eigenvalues or eigenvectors were computed.", k)
		}
	}
	cplx := a.dtype == Complex128 || (b != nil && b.dtype == Complex128)
	r, err := overBatch(a, 2, func(m *Array) ([]*Array, error) {
		h := hermFromTriangle(m.Complex128s(), n, lower)
		switch {
		case bl == nil:
		case typ == 1:
			// C = L⁻¹·A·L⁻ᴴ
			triSolveC(bl, n, h, n, true, false, false) // L⁻¹·A
			h = adjointC(h, n, n)
			triSolveC(bl, n, h, n, true, false, false) // L⁻¹·(L⁻¹·A)ᴴ = Cᴴ = C
		default:
			// C = Lᴴ·A·L
			h = matMulC(adjointC(bl, n, n), matMulC(h, bl, n, n, n), n, n, n)
		}
		ww, vv, err := eighSelect(h, n, cplx, sel)
		if err != nil {
			return nil, err
		}
		k := vv.shape[1]
		vc := vv.Complex128s()
		switch {
		case bl == nil:
		case typ == 3:
			vc = matMulC(bl, vc, n, n, k) // v = L·y
		default:
			triSolveC(bl, n, vc, k, true, true, false) // v = L⁻ᴴ·y
		}
		d := Float64
		if cplx {
			d = Complex128
		}
		return []*Array{ww, fromComplex(vc, d, n, k)}, nil
	})
	if err != nil {
		return nil, nil, err
	}
	return r[0], r[1], nil
}

// hermFromTriangle returns the full Hermitian n×n matrix described by the
// lower (or upper) triangle of m, in the lower triangle of the result
// (which is also filled above, conjugated).
func hermFromTriangle(m []complex128, n int, lower bool) []complex128 {
	h := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			v := m[i*n+j]
			if !lower {
				v = cmplx.Conj(m[j*n+i])
			}
			if i == j {
				v = complex(real(v), 0)
			}
			h[i*n+j] = v
			h[j*n+i] = cmplx.Conj(v)
		}
	}
	return h
}

// leftEigComplex returns the left eigenvectors of the complex stack a for
// its eigenvalues w: the right eigenvectors of Aᴴ for conj(w), matched
// to w one by one (nearest unused eigenvalue).
func leftEigComplex(a, w *Array) (*Array, error) {
	ah, err := MatrixTranspose(a.AsArray())
	if err != nil {
		return nil, err
	}
	c := ah.Complex128s()
	for i := range c {
		c[i] = cmplx.Conj(c[i])
	}
	ahc, _ := NewComplex128(ah.Shape(), c)
	w2, v2, err := eigComplex(ahc)
	if err != nil {
		return nil, err
	}
	batch, n, _ := stackDims(a.shape)
	out := newArray(Complex128, a.shape)
	for t := 0; t < prod(batch); t++ {
		used := make([]bool, n)
		for i := 0; i < n; i++ {
			best, bj := math.Inf(1), 0
			for j := 0; j < n; j++ {
				if d := cmplx.Abs(cmplx.Conj(w2.c[t*n+j]) - w.c[t*n+i]); !used[j] && d < best {
					best, bj = d, j
				}
			}
			used[bj] = true
			for k := 0; k < n; k++ {
				out.c[t*n*n+k*n+i] = v2.c[t*n*n+k*n+bj]
			}
		}
	}
	return out, nil
}
