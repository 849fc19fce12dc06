package linalg

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// schurResidual returns ‖A − Z·T·Zᴴ‖_max / max(1, ‖A‖_max) and
// ‖ZᴴZ − I‖_max for row-major complex data.
func schurResidual(a, t, z []complex128, n int) (res, orth float64) {
	var an float64
	for _, x := range a {
		an = math.Max(an, cmplx.Abs(x))
	}
	zt := make([]complex128, n*n)
	for i := 0; i < n; i++ {
		for k := 0; k < n; k++ {
			for j := 0; j < n; j++ {
				zt[i*n+j] += z[i*n+k] * t[k*n+j]
			}
		}
	}
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			var s, o complex128
			for k := 0; k < n; k++ {
				s += zt[i*n+k] * cmplx.Conj(z[j*n+k])
				o += cmplx.Conj(z[k*n+i]) * z[k*n+j]
			}
			if i == j {
				o--
			}
			res = math.Max(res, cmplx.Abs(a[i*n+j]-s))
			orth = math.Max(orth, cmplx.Abs(o))
		}
	}
	return res / math.Max(1, an), orth
}

func randMatrix(rng *rand.Rand, n int, cplx bool) *Array {
	if cplx {
		d := make([]complex128, n*n)
		for i := range d {
			d[i] = complex(rng.NormFloat64(), rng.NormFloat64())
		}
		a, _ := NewComplex128([]int{n, n}, d)
		return a
	}
	d := make([]float64, n*n)
	for i := range d {
		d[i] = rng.NormFloat64()
	}
	a, _ := NewFloat64([]int{n, n}, d)
	return a
}

func TestSchurDecomposes(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	lhp := func(re, im float64) bool { return re < 0 }
	for _, n := range []int{0, 1, 2, 3, 4, 7, 20, 74, 75, 120} {
		for _, tc := range []struct {
			cplx   bool
			output string
			sort   func(re, im float64) bool
		}{
			{false, "real", nil}, {false, "complex", nil}, {true, "real", nil},
			{false, "real", lhp}, {false, "complex", lhp}, {true, "complex", lhp},
		} {
			a := randMatrix(rng, n, tc.cplx)
			// A matrix with isolated eigenvalues exercises the balancing.
			if n > 3 {
				for j := 0; j < n; j++ {
					if j != 1 {
						if tc.cplx {
							a.c[1*n+j] = 0
						} else {
							a.f[1*n+j] = 0
						}
					}
				}
			}
			tt, zz, sdim, err := Schur(a, tc.output, tc.sort)
			if err != nil {
				t.Fatalf("n=%d %+v: %v", n, tc, err)
			}
			wantC := tc.cplx || tc.output == "complex"
			if (tt.dtype == Complex128) != wantC || (zz.dtype == Complex128) != wantC {
				t.Errorf("n=%d %+v: dtypes %v %v", n, tc, tt.dtype, zz.dtype)
			}
			T, Z := tt.Complex128s(), zz.Complex128s()
			res, orth := schurResidual(a.Complex128s(), T, Z, n)
			if res > 1e-13*float64(n+1) || orth > 1e-13*float64(n+1) {
				t.Errorf("n=%d %+v: residual %g, orthogonality %g", n, tc, res, orth)
			}
			// Shape of T: triangular, or quasi-triangular with
			// standardised 2×2 blocks.
			for i := 0; i < n; i++ {
				for j := 0; j < i; j++ {
					if T[i*n+j] == 0 {
						continue
					}
					if wantC || j != i-1 {
						t.Fatalf("n=%d %+v: T[%d,%d] = %v", n, tc, i, j, T[i*n+j])
					}
					if T[i*n+i] != T[j*n+j] || real(T[i*n+j])*real(T[j*n+i]) >= 0 || (i > 1 && T[j*n+j-1] != 0) {
						t.Fatalf("n=%d %+v: block at %d not standard", n, tc, j)
					}
				}
			}
			if tc.sort != nil {
				// The leading sdim eigenvalues are those selected.
				cnt := 0
				for i := 0; i < n; i++ {
					sel := real(T[i*n+i]) < 0
					if sel {
						cnt++
					}
					if sel != (i < sdim) {
						t.Fatalf("n=%d %+v: eigenvalue %d = %v, sdim %d", n, tc, i, T[i*n+i], sdim)
					}
				}
				if cnt != sdim {
					t.Errorf("n=%d %+v: sdim %d, want %d", n, tc, sdim, cnt)
				}
			}
		}
	}
}

func TestSchurErrors(t *testing.T) {
	rect, _ := NewFloat64([]int{2, 3}, make([]float64, 6))
	sq, _ := NewFloat64([]int{2, 2}, []float64{1, 2, 3, 4})
	for _, tc := range []struct {
		a      *Array
		output string
		want   string
	}{
		{rect, "real", "ValueError: expected square matrix"},
		{sq, "x", "ValueError: argument must be 'real', or 'complex'"},
	} {
		_, _, _, err := Schur(tc.a, tc.output, nil)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Schur(%v, %q): %v, want %s", tc.a.shape, tc.output, err, tc.want)
		}
	}
	// Non-finite input (check_finite=False) fails or returns; it never
	// panics or hangs.
	nan, _ := NewFloat64([]int{3, 3}, []float64{1, math.NaN(), 2, 3, 4, 5, 6, 7, 8})
	Schur(nan, "real", nil)
	Schur(nan, "complex", nil)
}

func TestRSF2CSF(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{0, 1, 2, 5, 30} {
		a := randMatrix(rng, n, false)
		tt, zz, _, err := Schur(a, "real", nil)
		if err != nil {
			t.Fatal(err)
		}
		tc, zc, err := RSF2CSF(tt, zz)
		if err != nil {
			t.Fatal(err)
		}
		T, Z := tc.Complex128s(), zc.Complex128s()
		res, orth := schurResidual(a.Complex128s(), T, Z, n)
		if res > 1e-13*float64(n+1) || orth > 1e-13*float64(n+1) {
			t.Errorf("n=%d: residual %g, orthogonality %g", n, res, orth)
		}
		for i := 0; i < n; i++ {
			for j := 0; j < i; j++ {
				if T[i*n+j] != 0 {
					t.Fatalf("n=%d: T[%d,%d] = %v", n, i, j, T[i*n+j])
				}
			}
		}
	}
}
