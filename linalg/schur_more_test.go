package linalg

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestNonFiniteNoPanic: with check_finite=False SciPy hands NaN and
// infinity to LAPACK; golinalg's Schur, Hessenberg, QZ, OrdQZ and the
// generalized eig return or fail, and never panic or hang.
func TestNonFiniteNoPanic(t *testing.T) {
	for _, bad := range []float64{math.NaN(), math.Inf(1)} {
		for _, n := range []int{1, 3, 80} {
			rng := rand.New(rand.NewPCG(uint64(n), 9))
			a := randMatrix(rng, n, false)
			b := randMatrix(rng, n, false)
			a.f[n*n/2] = bad
			ac := a.AsType(Complex128)
			Schur(a, "real", nil)
			Schur(a, "complex", nil)
			Schur(a, "real", func(re, im float64) bool { return re < 0 })
			Hessenberg(a, true)
			Hessenberg(ac, true)
			QZ(a, b, "real")
			QZ(ac, b, "complex")
			OrdQZ(a, b, "lhp", "real")
			OrdQZ(b, a, "ouc", "complex")
			SciPyGenEig(a, b, true, true, false)
			SciPyGenEig(ac, b, true, true, true)
			RSF2CSF(a, b)
		}
	}
}

func TestHessenbergDecomposes(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{0, 1, 2, 3, 6, 40} {
		for _, cplx := range []bool{false, true} {
			a := randMatrix(rng, n, cplx)
			h, q, err := Hessenberg(a, true)
			if err != nil {
				t.Fatal(err)
			}
			H, Q := h.Complex128s(), q.Complex128s()
			res, orth := schurResidual(a.Complex128s(), H, Q, n)
			if res > 1e-13*float64(n+1) || orth > 1e-13*float64(n+1) {
				t.Errorf("n=%d cplx=%v: residual %g, orthogonality %g", n, cplx, res, orth)
			}
			for i := 2; i < n; i++ {
				for j := 0; j < i-1; j++ {
					if H[i*n+j] != 0 {
						t.Fatalf("n=%d: H[%d,%d] = %v, want exactly 0", n, i, j, H[i*n+j])
					}
				}
			}
		}
	}
	if _, _, err := Hessenberg(newArray(Float64, []int{2, 3}), false); err == nil || err.Error() != "ValueError: expected square matrix" {
		t.Errorf("non-square: %v", err)
	}
}

func TestMatrixBalance(t *testing.T) {
	for _, tc := range []struct {
		a          []float64
		n          int
		scale      []float64
		perm       []int64
		permute, s bool
	}{
		// SciPy's docstring example.
		{[]float64{1, 2, 0, 9, 1, 0.01, 1, 2, 10 * math.Pi}, 3, []float64{0.5, 1, 1}, []int64{0, 1, 2}, true, true},
		// Rows and columns isolated on both sides (SciPy's answers).
		{[]float64{1, 0, 0, 0, 2, 3, 0, 4, 5, 6, 7, 8, 0, 0, 0, 9}, 4, []float64{1, 1, 1, 1}, []int64{2, 1, 0, 3}, true, true},
		{[]float64{1, 100, 0.01, 4}, 2, []float64{1, 1}, []int64{0, 1}, false, false},
	} {
		a, _ := NewFloat64([]int{tc.n, tc.n}, tc.a)
		b, sc, perm, err := MatrixBalance(a, tc.permute, tc.s)
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range sc.Float64s() {
			if v != tc.scale[i] {
				t.Errorf("%v: scale %v, want %v", tc.a, sc.Float64s(), tc.scale)
				break
			}
		}
		for i, v := range perm.Int64s() {
			if v != tc.perm[i] {
				t.Errorf("%v: perm %v, want %v", tc.a, perm.Int64s(), tc.perm)
				break
			}
		}
		// B = T⁻¹·A·T, i.e. T·B = A·T.
		T := BalanceTransform(sc, perm).Float64s()
		B := b.Float64s()
		n := tc.n
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				var tb, at float64
				for k := 0; k < n; k++ {
					tb += T[i*n+k] * B[k*n+j]
					at += tc.a[i*n+k] * T[k*n+j]
				}
				if math.Abs(tb-at) > 1e-12*(1+math.Abs(at)) {
					t.Fatalf("%v: T·B ≠ A·T at (%d, %d): %g vs %g", tc.a, i, j, tb, at)
				}
			}
		}
	}
}

func TestCDF2RDF(t *testing.T) {
	// X = [[1, 2, 3], [0, 4, 5], [0, -5, 4]]: eigenvalues 1 and 4 ± 5i.
	x := []float64{1, 2, 3, 0, 4, 5, 0, -5, 4}
	xa, _ := NewFloat64([]int{3, 3}, x)
	w, _, vr, err := SciPyEig(xa, false, true)
	if err != nil {
		t.Fatal(err)
	}
	wr, vrr, err := CDF2RDF(w, vr)
	if err != nil {
		t.Fatal(err)
	}
	W, V := wr.Float64s(), vrr.Float64s()
	// X·vr = vr·wr.
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			var l, r float64
			for k := 0; k < 3; k++ {
				l += x[i*3+k] * V[k*3+j]
				r += V[i*3+k] * W[k*3+j]
			}
			if math.Abs(l-r) > 1e-12 {
				t.Fatalf("X·vr ≠ vr·wr at (%d, %d)", i, j)
			}
		}
	}
	odd, _ := NewComplex128([]int{2}, []complex128{1, 2 + 1i})
	if _, _, err := CDF2RDF(odd, newArray(Float64, []int{2, 2})); err == nil || err.Error() != "ValueError: expected complex-conjugate pairs of eigenvalues" {
		t.Errorf("odd pairs: %v", err)
	}
}
