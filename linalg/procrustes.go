package linalg

import "math/cmplx"

// conjTranspose is the conjugate transpose of the 2-d a, as a new
// C-ordered array.
func conjTranspose(a *Array) *Array {
	t := a.T().Copy()
	if t.dtype == Complex128 {
		v := *buf[complex128](t)
		for i, z := range v {
			v[i] = cmplx.Conj(z)
		}
	}
	return t
}

// OrthogonalProcrustes returns the unitary (orthogonal, for real input)
// matrix R that maps A closest to B, minimising the Frobenius norm
// ‖A·R − B‖ over Rᴴ·R = I, and scale, the sum of the singular values of
// Aᴴ·B (scipy.linalg.orthogonal_procrustes): with Aᴴ·B = U·Σ·Vᴴ,
// R = U·Vᴴ (Schönemann 1966), the polar factor of Aᴴ·B, unique when Aᴴ·B
// is non-singular. A and B are M×N, or stacks of them. R is N×N, float64
// or complex128. With check, NaN or infinity is an error. Errors, as
// SciPy raises them:
//
//	ValueError "expected ndim to be 2, but observed 1"
//	ValueError "the shapes of A and B differ ((2, 3) vs (3, 2))"
func OrthogonalProcrustes(a, b *Array, check bool) (r, scale *Array, err error) {
	out, err := OverBatch("orthogonal_procrustes", []*Array{a, b}, []int{2, 2}, func(x []*Array) ([]*Array, error) {
		a, b := x[0], x[1]
		if err := checkFinite2(a, b, check); err != nil {
			return nil, err
		}
		if len(a.shape) != 2 {
			return nil, valueErr("expected ndim to be 2, but observed %d", len(a.shape))
		}
		if FormatShape(a.shape) != FormatShape(b.shape) {
			return nil, valueErr("the shapes of A and B differ (%s vs %s)", FormatShape(a.shape), FormatShape(b.shape))
		}
		m, err := MatMul(conjTranspose(inexact(a)), inexact(b))
		if err != nil {
			return nil, err
		}
		// SciPy's svd call checks its argument whatever check is.
		if err := CheckFinite(m); err != nil {
			return nil, err
		}
		u, s, vh, err := SVD(m, true)
		if err != nil {
			return nil, err
		}
		r, err := MatMul(u, vh)
		if err != nil {
			return nil, err
		}
		sum := 0.0
		for _, v := range s.Float64s() {
			sum += v
		}
		sc, _ := Scalar(sum)
		return []*Array{r, sc}, nil
	})
	if err != nil {
		return nil, nil, err
	}
	return out[0], out[1], nil
}
