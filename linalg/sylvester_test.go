package linalg

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// quasiTriAt returns a random n×n upper quasi-triangular matrix whose 2×2
// diagonal blocks start at the indices in blocks (each block's
// subdiagonal entry is nonzero and its eigenvalues complex).
func quasiTriAt(rng *rand.Rand, n int, blocks ...int) []float64 {
	t := make([]float64, n*n)
	for i := range n {
		for j := i; j < n; j++ {
			t[i*n+j] = rng.NormFloat64()
		}
	}
	for _, b := range blocks {
		// [[a, c], [-d, a]] with c·d > 0 has eigenvalues a ± i·sqrt(c·d).
		a, c, d := t[b*n+b], 0.5+rng.Float64(), 0.5+rng.Float64()
		t[(b+1)*n+b+1] = a
		t[b*n+b+1] = c
		t[(b+1)*n+b] = -d
	}
	return t
}

// sylvesterResidual returns max |R·Y + Y·op(S) − scale·F|, op(S) = Sᵀ or
// Sᴴ, with all three given as complex.
func sylvesterResidual(r []complex128, m int, s []complex128, n int, y, f []complex128, scale float64) float64 {
	worst := 0.0
	for i := range m {
		for j := range n {
			var sum complex128
			for k := range m {
				sum += r[i*m+k] * y[k*n+j]
			}
			for k := range n {
				sum += y[i*n+k] * cmplx.Conj(s[j*n+k])
			}
			worst = max(worst, cmplx.Abs(sum-complex(scale, 0)*f[i*n+j]))
		}
	}
	return worst
}

func TestTrsylReal(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tc := range []struct {
		m, n           int
		rBlocks, sBlks []int
	}{
		{1, 1, nil, nil},
		{2, 1, []int{0}, nil},
		{1, 2, nil, []int{0}},
		{2, 2, []int{0}, []int{0}},
		{5, 4, []int{1}, []int{2}},
		{6, 7, []int{0, 3}, []int{0, 2, 5}},
		{8, 3, []int{6}, nil},
		{3, 8, nil, []int{1, 4}},
		{7, 7, nil, nil},
	} {
		r := quasiTriAt(rng, tc.m, tc.rBlocks...)
		s := quasiTriAt(rng, tc.n, tc.sBlks...)
		// Shift R so that R and −S share no eigenvalue.
		for i := range tc.m {
			r[i*tc.m+i] += 4
		}
		f := make([]float64, tc.m*tc.n)
		for i := range f {
			f[i] = rng.NormFloat64()
		}
		y := append([]float64(nil), f...)
		scale, info := trsylReal(r, tc.m, s, tc.n, y)
		if info != 0 || scale != 1 {
			t.Errorf("%d×%d: scale %v info %d", tc.m, tc.n, scale, info)
		}
		if res := sylvesterResidual(toC(r), tc.m, toC(s), tc.n, toC(y), toC(f), scale); res > 1e-12 {
			t.Errorf("%d×%d blocks %v %v: residual %g", tc.m, tc.n, tc.rBlocks, tc.sBlks, res)
		}
	}
}

func TestTrsylComplex(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, size := range [][2]int{{1, 1}, {3, 2}, {2, 5}, {9, 9}} {
		m, n := size[0], size[1]
		tri := func(n int, shift complex128) []complex128 {
			t := make([]complex128, n*n)
			for i := range n {
				for j := i; j < n; j++ {
					t[i*n+j] = complex(rng.NormFloat64(), rng.NormFloat64())
				}
				t[i*n+i] += shift
				// Below the diagonal: ignored, as ztrsyl ignores it.
				for j := 0; j < i; j++ {
					t[i*n+j] = 100
				}
			}
			return t
		}
		r, s := tri(m, 5), tri(n, 0)
		f := make([]complex128, m*n)
		for i := range f {
			f[i] = complex(rng.NormFloat64(), rng.NormFloat64())
		}
		y := append([]complex128(nil), f...)
		scale, info := trsylComplex(r, m, s, n, y)
		if info != 0 || scale != 1 {
			t.Errorf("%d×%d: scale %v info %d", m, n, scale, info)
		}
		for _, t := range [][]complex128{r, s} {
			for i := range len(t) {
				if t[i] == 100 {
					t[i] = 0
				}
			}
		}
		if res := sylvesterResidual(r, m, s, n, y, f, scale); res > 1e-12 {
			t.Errorf("%d×%d: residual %g", m, n, res)
		}
	}
}

// TestTrsylPerturbed: a singular equation (R and −S share an eigenvalue)
// is solved with the pivot perturbed to smin and reports info 1, as
// dtrsyl and ztrsyl do.
func TestTrsylPerturbed(t *testing.T) {
	for _, tc := range []struct {
		name string
		r, s []float64
		m, n int
	}{
		{"1×1", []float64{0}, []float64{0}, 1, 1},
		{"1×1 in a 2×2", []float64{2, 1, 0, 0}, []float64{0}, 2, 1},
		{"2×2 both", []float64{0, 1, -1, 0}, []float64{0, 1, -1, 0}, 2, 2},
	} {
		f := make([]float64, tc.m*tc.n)
		f[0] = 1
		_, info := trsylReal(tc.r, tc.m, tc.s, tc.n, f)
		if info != 1 {
			t.Errorf("%s: info %d, want 1", tc.name, info)
		}
	}
	f := []complex128{1}
	if _, info := trsylComplex([]complex128{1i}, 1, []complex128{1i}, 1, f); info != 1 {
		t.Errorf("complex: info %d, want 1", info)
	}
	// dtrsyl's smin for 1×1 zero matrices: dlamch('S')/eps; 1/smin is
	// SciPy's solve_sylvester([[0]], [[0]], [[1]]).
	f1 := []float64{1}
	trsylReal([]float64{0}, 1, []float64{0}, 1, f1)
	if want := 9.97920154767359795e+291; math.Abs(f1[0]-want) > 1e-15*want {
		t.Errorf("1/smin = %v, want %v", f1[0], want)
	}
}

// randNormal returns an r×c float64 array of standard normal entries.
func randNormal(rng *rand.Rand, r, c int) *Array {
	v := make([]float64, r*c)
	for i := range v {
		v[i] = rng.NormFloat64()
	}
	a, _ := NewFloat64([]int{r, c}, v)
	return a
}

// BenchmarkSolveSylvester200: scipy.linalg.solve_sylvester(a, b, q) for
// random normal 200×200 a, b and q, the size.
func BenchmarkSolveSylvester200(b *testing.B) {
	rng := rand.New(rand.NewPCG(5, 6))
	a, bb, q := randNormal(rng, 200, 200), randNormal(rng, 200, 200), randNormal(rng, 200, 200)
	for b.Loop() {
		if _, err := SolveSylvester(a, bb, q); err != nil {
			b.Fatal(err)
		}
	}
}

func TestBroadcastShapesStrict(t *testing.T) {
	for _, tc := range []struct {
		shapes [][]int
		want   string // the shape, or the error
	}{
		{[][]int{{2}, nil, {2}}, "(2,)"},
		{[][]int{{1, 3}, {4, 1}, nil}, "(4, 3)"},
		{[][]int{{2}, nil, {3}}, "ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 2 with shape (3,)."},
		{[][]int{{5, 2}, {3, 2}}, "ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (5, 2) and arg 1 with shape (3, 2)."},
		{[][]int{{1, 2}, {3, 1}, {4, 2}}, "ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 1 with shape (3, 1) and arg 2 with shape (4, 2)."},
	} {
		got, err := BroadcastShapesArgs(tc.shapes)
		s := ""
		if err != nil {
			s = err.Error()
		} else {
			s = FormatShape(got)
		}
		if s != tc.want {
			t.Errorf("%v: got %s, want %s", tc.shapes, s, tc.want)
		}
	}
}

// TestOverBatches: stacks of matrices are solved one by one, the batch
// axes broadcast, and a zero-size batch is SciPy's ValueError.
func TestOverBatches(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	a := randNormal(rng, 6, 3)
	a, _ = a.Reshape([]int{2, 3, 3})
	b := randNormal(rng, 2, 2)
	q := randNormal(rng, 3, 2)
	x, err := SolveSylvester(a, b, q)
	if err != nil {
		t.Fatal(err)
	}
	if got := FormatShape(x.shape); got != "(2, 3, 2)" {
		t.Fatalf("shape %s", got)
	}
	for k := range 2 {
		ak := matrixAt(a, k)
		xk, err := SolveSylvester(ak, b, q)
		if err != nil {
			t.Fatal(err)
		}
		if got := matrixAt(x, k).Float64s(); !closeSlices(got, xk.Float64s(), 0) {
			t.Errorf("matrix %d: %v, want %v", k, got, xk.Float64s())
		}
	}
	empty, _ := Zeros(Float64, []int{0, 3, 3})
	if _, err := SolveSylvester(empty, b, q); err == nil || err.Error() != "ValueError: `solve_sylvester` does not support zero-size batches." {
		t.Errorf("zero-size batch: %v", err)
	}
}

func closeSlices(x, y []float64, tol float64) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		if math.Abs(x[i]-y[i]) > tol {
			return false
		}
	}
	return true
}

// TestMatrixEquationsNoPanic calls every solver with arrays of many
// shapes (0-d to 3-d, empty, mismatched), real and complex, None where
// allowed: each returns a result or an error, never a panic.
func TestMatrixEquationsNoPanic(t *testing.T) {
	rng := rand.New(rand.NewPCG(13, 14))
	shapes := [][]int{nil, {1}, {2}, {0}, {1, 1}, {2, 2}, {2, 1}, {1, 2}, {0, 0}, {2, 0}, {0, 2}, {3, 3}, {2, 2, 2}, {1, 2, 1}, {0, 2, 2}}
	arr := func(shape []int, cplx bool) *Array {
		n, _ := shapeSize(shape)
		if cplx {
			v := make([]complex128, n)
			for i := range v {
				v[i] = complex(rng.NormFloat64(), rng.NormFloat64())
			}
			a, _ := NewComplex128(shape, v)
			return a
		}
		v := make([]float64, n)
		for i := range v {
			v[i] = rng.NormFloat64()
		}
		a, _ := NewFloat64(shape, v)
		return a
	}
	pick := func() *Array { return arr(shapes[rng.IntN(len(shapes))], rng.IntN(4) == 0) }
	maybe := func() *Array {
		if rng.IntN(2) == 0 {
			return nil
		}
		return pick()
	}
	for range 3000 {
		a, b, q, r, e, s := pick(), pick(), pick(), pick(), maybe(), maybe()
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("panic %v for shapes a %v b %v q %v r %v", p, a.shape, b.shape, q.shape, r.shape)
				}
			}()
			SolveSylvester(a, b, q)
			SolveContinuousLyapunov(a, q)
			SolveDiscreteLyapunov(a, q, "")
			SolveDiscreteLyapunov(a, q, "bilinear")
			SolveContinuousARE(a, b, q, r, e, s, rng.IntN(2) == 0)
			SolveDiscreteARE(a, b, q, r, e, s, rng.IntN(2) == 0)
		}()
	}
	// Consistent shapes, with small integer entries so that singular and
	// degenerate equations come up often.
	small := func(r, c int, cplx bool) *Array {
		a := arr([]int{r, c}, cplx)
		for i := range a.f {
			a.f[i] = float64(rng.IntN(3) - 1)
		}
		for i := range a.c {
			a.c[i] = complex(float64(rng.IntN(3)-1), float64(rng.IntN(3)-1))
		}
		return a
	}
	for range 3000 {
		m, n := rng.IntN(4), rng.IntN(3)
		c := func() bool { return rng.IntN(5) == 0 }
		a, b, q, r := small(m, m, c()), small(m, n, c()), small(m, m, c()), small(n, n, c())
		herm := func(x *Array) *Array {
			y, _, _ := Binary(OpAdd, x, hermT(x))
			return y
		}
		q, r = herm(q), herm(r)
		var e, s *Array
		if rng.IntN(2) == 0 {
			e = small(m, m, c())
		}
		if rng.IntN(2) == 0 {
			s = small(m, n, c())
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("panic %v for a %v b %v q %v r %v e %v s %v", p, a, b, q, r, e, s)
				}
			}()
			SolveSylvester(a, r, b)
			SolveContinuousLyapunov(a, q)
			SolveDiscreteLyapunov(a, q, "")
			SolveDiscreteLyapunov(a, q, "bilinear")
			SolveContinuousARE(a, b, q, r, e, s, rng.IntN(2) == 0)
			SolveDiscreteARE(a, b, q, r, e, s, rng.IntN(2) == 0)
		}()
	}
}
