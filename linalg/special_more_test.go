package linalg

import (
	"math"
	"math/big"
	"slices"
	"testing"
)

func mustF64(t *testing.T, shape []int, v ...float64) *Array {
	t.Helper()
	a, err := NewFloat64(shape, v)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestBandwidth checks the bands and SciPy 1.17's scan, which reads
// neither the last column for the lower band nor the last row for the
// upper one.
func TestBandwidth(t *testing.T) {
	for _, tc := range []struct {
		name         string
		shape        []int
		v            []float64
		lower, upper int
	}{
		{"scipy doc", []int{5, 5}, []float64{3, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 5, 1, 0, 8, 0, 0, 6, 2, 0, 9, 0, 0, 7}, 3, 1},
		{"diagonal", []int{3, 3}, []float64{1, 0, 0, 0, 2, 0, 0, 0, 3}, 0, 0},
		{"zeros", []int{3, 5}, make([]float64, 15), 0, 0},
		{"full", []int{3, 3}, []float64{1, 1, 1, 1, 1, 1, 1, 1, 1}, 2, 2},
		{"nan is nonzero", []int{2, 2}, []float64{0, math.NaN(), 0, 0}, 0, 1},
		{"negative zero is zero", []int{2, 2}, []float64{0, math.Copysign(0, -1), 0, 0}, 0, 0},
		{"last column unread", []int{3, 2}, []float64{0, 0, 0, 0, 0, 1}, 0, 0},
		{"last row unread", []int{2, 4}, []float64{0, 0, 0, 0, 0, 0, 1, 1}, 0, 0},
		{"wider band below the first row", []int{3, 4}, []float64{0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0}, 0, 2},
		{"empty", []int{0, 3}, nil, 0, 0},
	} {
		l, u, err := Bandwidth(mustF64(t, tc.shape, tc.v...))
		if err != nil || l != tc.lower || u != tc.upper {
			t.Errorf("%s: got (%d, %d, %v), want (%d, %d)", tc.name, l, u, err, tc.lower, tc.upper)
		}
	}
	if _, _, err := Bandwidth(mustF64(t, []int{3}, 1, 2, 3)); err == nil {
		t.Error("1-d input: no error")
	}
}

// TestSymHer checks the exact and the tolerant tests.
func TestSymHer(t *testing.T) {
	c := func(v ...complex128) *Array {
		a, _ := NewComplex128([]int{2, 2}, v)
		return a
	}
	nan := math.NaN()
	for _, tc := range []struct {
		name       string
		a          *Array
		atol, rtol float64
		sym, her   bool
	}{
		{"real symmetric", mustF64(t, []int{2, 2}, 1, 2, 2, 1), 0, 0, true, true},
		{"nan off the diagonal", mustF64(t, []int{2, 2}, 1, nan, nan, 1), 0, 0, false, false},
		{"nan on the diagonal", mustF64(t, []int{2, 2}, nan, 1, 1, 1), 0, 0, true, true},
		{"complex symmetric", c(1+1i, 3i, 3i, 2), 0, 0, true, false},
		{"hermitian", c(1, 2+3i, 2-3i, 4), 0, 0, false, true},
		{"complex diagonal", c(1i, 0, 0, 1), 0, 0, true, false},
		{"within atol", mustF64(t, []int{2, 2}, 1, 2, 2+1e-9, 1), 1e-8, 0, true, true},
		{"beyond rtol (a.T is the reference)", mustF64(t, []int{2, 2}, 0, 1e-3, 2e-3, 0), 0, 0.6, false, false},
		{"within rtol", mustF64(t, []int{2, 2}, 0, 1e-3, 2e-3, 0), 0, 1.1, true, true},
	} {
		sym, err1 := IsSymmetric(tc.a, tc.atol, tc.rtol)
		her, err2 := IsHermitian(tc.a, tc.atol, tc.rtol)
		if err1 != nil || err2 != nil || sym != tc.sym || her != tc.her {
			t.Errorf("%s: got sym %v her %v (%v, %v), want %v %v", tc.name, sym, her, err1, err2, tc.sym, tc.her)
		}
	}
	if _, err := IsSymmetric(mustF64(t, []int{2, 3}, 1, 2, 3, 4, 5, 6), 0, 0); err == nil {
		t.Error("non-square: no error")
	}
}

// TestCombFloat checks the floating-point binomial coefficients against
// the exact ones.
func TestCombFloat(t *testing.T) {
	for n := 0; n <= 60; n++ {
		for k := -1; k <= n+1; k++ {
			want, _ := new(big.Float).SetInt(combExact(n, k)).Float64()
			got := combFloat(n, k)
			if math.Abs(got-want) > 1e-14*want {
				t.Errorf("C(%d, %d) = %g, want %g", n, k, got, want)
			}
		}
	}
}

// TestHadamardInvHilbert checks two defining identities: H @ H.T = n I
// for the Hadamard matrix, and the exact inverse Hilbert matrix times
// the Hilbert matrix is I.
func TestHadamardInvHilbert(t *testing.T) {
	for lg2 := range 6 {
		h, err := Hadamard(lg2, Int64)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := MatMul(h, h.T())
		n := 1 << lg2
		want, _ := Eye(Int64, n, n, 0)
		scaled, _ := Mul(want, mustInt(t, int64(n)))
		if !slices.Equal(p.Int64s(), scaled.Int64s()) {
			t.Errorf("Hadamard order %d: H @ H.T is not %d I", n, n)
		}
	}
	for n := range 10 {
		inv, _, err := InvHilbert(n, true)
		if err != nil {
			t.Fatal(err)
		}
		h, _ := Hilbert(n)
		p, _ := MatMul(inv.AsType(Float64), h)
		for i, v := range p.Float64s() {
			want := 0.0
			if i/max(n, 1) == i%max(n, 1) {
				want = 1
			}
			if math.Abs(v-want) > 1e-6 {
				t.Errorf("invhilbert(%d) @ hilbert(%d) [%d] = %g", n, n, i, v)
			}
		}
	}
}

func mustInt(t *testing.T, v int64) *Array {
	a, err := Scalar(v)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestCountSketch checks S @ A against the sum it stands for, and that a
// batch is sketched with the same S.
func TestCountSketch(t *testing.T) {
	a := mustF64(t, []int{4, 2}, 1, 2, 3, 4, 5, 6, 7, 8)
	got, err := CountSketch(a, 3, []int{2, 0, 2, 1}, []int64{1, -1, -1, 1})
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{-3, -4, 7, 8, 1 - 5, 2 - 6}
	if !slices.Equal(got.Float64s(), want) || !slices.Equal(got.Shape(), []int{3, 2}) {
		t.Errorf("got %v %v, want %v", got.Shape(), got.Float64s(), want)
	}
	b, _ := Stack([]*Array{a, a}, 0)
	gb, err := CountSketch(b, 3, []int{2, 0, 2, 1}, []int64{1, -1, -1, 1})
	if err != nil || !slices.Equal(gb.Float64s(), append(append([]float64{}, want...), want...)) {
		t.Errorf("batch: got %v, %v", gb, err)
	}
}

// TestApplyAlongLastAxis checks the empty iteration error and the cast to
// the first result's dtype.
func TestApplyAlongLastAxis(t *testing.T) {
	if _, err := ApplyAlongLastAxis(mustF64(t, []int{0, 3}), func(v *Array) (*Array, error) { return v, nil }); err == nil {
		t.Error("zero iteration dimension: no error")
	}
	a, _ := NewInt64([]int{2, 2}, []int64{1, 2, 3, 4})
	first := true
	out, err := ApplyAlongLastAxis(a, func(v *Array) (*Array, error) {
		if first {
			first = false
			return v, nil
		}
		return v.AsType(Float64), nil
	})
	if err != nil || out.DType() != Int64 || !slices.Equal(out.Int64s(), []int64{1, 2, 3, 4}) {
		t.Errorf("got %v, %v", out, err)
	}
}
