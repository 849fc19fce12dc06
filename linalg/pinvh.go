package linalg

import "math"

// PinvH returns the pseudo-inverse of the Hermitian matrix a from its
// eigendecomposition a = V·diag(λ)·Vᴴ (scipy.linalg.pinvh):
// a⁺ = V_r·diag(1/λ_r)·V_rᴴ over the eigenvalues with |λ| > atol +
// rtol·max|λ|, and their number, the rank. Only the lower triangle of a
// (with lower false, the upper) is read. atol < 0 or rtol < 0 is an
// error; unset, atol is 0 and rtol max(M, N)·ε. a may be a stack of
// matrices; the rank is then one per matrix. With check, NaN or infinity
// is an error. Errors, as SciPy raises them:
//
//	ValueError "atol and rtol values must be positive."
//	ValueError "expected square \"a\" matrix"
func PinvH(a *Array, atol, rtol float64, atolSet, rtolSet, lower, check bool) (inv, rank *Array, err error) {
	out, err := OverBatch("pinvh", []*Array{a}, []int{2}, func(x []*Array) ([]*Array, error) {
		a := x[0]
		if check {
			if err := CheckFinite(a); err != nil {
				return nil, err
			}
		}
		// SciPy's eigh (driver 'ev'); the pseudo-inverse does not depend
		// on the eigenvectors' phases.
		if len(a.shape) != 2 || a.shape[0] != a.shape[1] {
			return nil, valueErr("expected square \"a\" matrix")
		}
		uplo := "U"
		if lower {
			uplo = "L"
		}
		w, v, err := EighUPLO(inexact(a), uplo)
		if err != nil {
			return nil, err
		}
		s := w.Float64s()
		maxS := 0.0
		for _, e := range s {
			maxS = math.Max(maxS, math.Abs(e))
		}
		at, rt := 0.0, float64(max(a.shape[0], a.shape[1]))*0x1p-52
		if atolSet {
			at = atol
		}
		if rtolSet {
			rt = rtol
		}
		if at < 0 || rt < 0 {
			return nil, valueErr("atol and rtol values must be positive.")
		}
		val := at + maxS*rt
		n := len(s)
		vs := v.Complex128s()
		var keep []int
		for i, e := range s {
			if math.Abs(e) > val {
				keep = append(keep, i)
			}
		}
		// (V_r · diag(1/λ_r)) @ V_rᴴ
		k := len(keep)
		us := make([]complex128, n*k)
		uh := make([]complex128, k*n)
		for c, i := range keep {
			p := complex(1/s[i], 0)
			for r := range n {
				us[r*k+c] = vs[r*n+i] * p
				uh[c*n+r] = complex(real(vs[r*n+i]), -imag(vs[r*n+i]))
			}
		}
		d := v.dtype
		left, right := fromComplex(us, d, n, k), fromComplex(uh, d, k, n)
		b, err := MatMul(left, right)
		if err != nil {
			return nil, err
		}
		rk, _ := Scalar(int64(k))
		return []*Array{b, rk}, nil
	})
	if err != nil {
		return nil, nil, err
	}
	return out[0], out[1], nil
}
