package linalg

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// BenchmarkSolveContinuousARE200: scipy.linalg.solve_continuous_are for a
// stable random normal 200×200 a (a − √200·I), a random normal 200×100 b,
// q = I and r = I, the size.
func BenchmarkSolveContinuousARE200(b *testing.B) {
	const n, m = 200, 100
	rng := rand.New(rand.NewPCG(7, 8))
	a := randNormal(rng, n, n)
	for i := range n {
		a.f[i*n+i] -= math.Sqrt(n)
	}
	bb := randNormal(rng, n, m)
	q, _ := Eye(Float64, n, n, 0)
	r, _ := Eye(Float64, m, m, 0)
	for b.Loop() {
		if _, _, err := SolveContinuousARE(a, bb, q, r, nil, nil, true); err != nil {
			b.Fatal(err)
		}
	}
}

func rows(t *testing.T, rs ...[]float64) *Array {
	t.Helper()
	var v []float64
	for _, r := range rs {
		v = append(v, r...)
	}
	a, err := NewFloat64([]int{len(rs), len(rs[0])}, v)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestAREValidate: the checks of SciPy's _are_validate_args, in its order.
func TestAREValidate(t *testing.T) {
	I2 := rows(t, []float64{1, 0}, []float64{0, 1})
	b := rows(t, []float64{1}, []float64{0})
	one := rows(t, []float64{1})
	nan := rows(t, []float64{math.NaN()})
	for _, tc := range []struct {
		name             string
		a, b, q, r, e, s *Array
		care             bool
		want             string
	}{
		{"ok", I2, b, I2, one, nil, nil, true, ""},
		{"finite", I2, b, I2, nan, nil, nil, true, "ValueError: array must not contain infs or NaNs"},
		{"a square", rows(t, []float64{1, 2}), b, I2, one, nil, nil, true, "ValueError: Matrix a should be square."},
		{"q square", I2, b, rows(t, []float64{1, 2}), one, nil, nil, true, "ValueError: Matrix q should be square."},
		{"r square", I2, b, I2, rows(t, []float64{1, 2}), nil, nil, true, "ValueError: Matrix r should be square."},
		{"a b rows", I2, rows(t, []float64{1}), I2, one, nil, nil, true, "ValueError: Matrix a and b should have the same number of rows."},
		{"a q", I2, b, one, one, nil, nil, true, "ValueError: Matrix a and q should have the same shape."},
		{"b r", I2, b, I2, I2, nil, nil, true, "ValueError: Matrix b and r should have the same number of cols."},
		{"q symmetric", I2, b, rows(t, []float64{1, 2}, []float64{0, 1}), one, nil, nil, true, "ValueError: Matrix q should be symmetric/hermitian."},
		{"r singular", I2, b, I2, rows(t, []float64{0}), nil, nil, true, "ValueError: Matrix r is numerically singular."},
		{"r singular, discrete", I2, b, I2, rows(t, []float64{0}), nil, nil, false, ""},
		{"e square", I2, b, I2, one, rows(t, []float64{1, 2}), nil, true, "ValueError: Matrix e should be square."},
		{"a e", I2, b, I2, one, one, nil, true, "ValueError: Matrix a and e should have the same shape."},
		{"e singular", I2, b, I2, one, rows(t, []float64{1, 1}, []float64{1, 1}), nil, false, "ValueError: Matrix e is numerically singular."},
		{"b s", I2, b, I2, one, nil, I2, false, "ValueError: Matrix b and s should have the same shape."},
		{"s finite", I2, b, I2, one, nil, rows(t, []float64{math.Inf(1)}, []float64{0}), false, "ValueError: array must not contain infs or NaNs"},
	} {
		_, err := areValidate(tc.a, tc.b, tc.q, tc.r, tc.e, tc.s, tc.care)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestDeflatePencil: the reflectors applied in place give Q₂ᴴ·H[:, :2m]
// and Q₂ᴴ·J[:, :2m] with Q₂ = Q[:, n:] of the full QR of H[:, 2m:], real
// and complex.
func TestDeflatePencil(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	const m, n = 3, 2
	N := 2*m + n
	for _, cplx := range []bool{false, true} {
		h, j := make([]complex128, N*N), make([]complex128, N*N)
		for i := range h {
			h[i], j[i] = complex(rng.NormFloat64(), 0), complex(rng.NormFloat64(), 0)
			if cplx {
				h[i] += complex(0, rng.NormFloat64())
			}
		}
		hd, jd := deflatePencil(h, j, m, n, cplx)
		H, _ := NewComplex128([]int{N, N}, h)
		J, _ := NewComplex128([]int{N, N}, j)
		if !cplx {
			H, J = H.AsType(Float64), J.AsType(Float64)
		}
		q, _, _, _, err := SciPyQR(submatrix(H, 0, N, 2*m, N), "full", false)
		if err != nil {
			t.Fatal(err)
		}
		q2h := hermT(submatrix(q, 0, N, n, N))
		for _, pair := range [][2]*Array{{hd, H}, {jd, J}} {
			want, _ := MatMul(q2h, submatrix(pair[1], 0, N, 0, 2*m))
			got, w := pair[0].Complex128s(), want.Complex128s()
			for i := range got {
				if cmplx.Abs(got[i]-w[i]) > 1e-12 {
					t.Fatalf("complex %v: entry %d: %v, want %v", cplx, i, got[i], w[i])
				}
			}
		}
	}
}
