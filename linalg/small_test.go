package linalg

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// sameBits reports whether x and y are the same float64, NaNs with NaNs.
func sameBits(x, y float64) bool {
	return x == y && math.Signbit(x) == math.Signbit(y) || math.IsNaN(x) && math.IsNaN(y)
}

// smallTrial returns a random n×n matrix with zeros, small integers,
// repeated rows (singular), tiny pivots and, rarely, inf and NaN.
func smallTrial(r *rand.Rand, n int) []float64 {
	a := make([]float64, n*n)
	for k := range a {
		switch r.IntN(12) {
		case 0:
			a[k] = 0
		case 1:
			a[k] = float64(r.IntN(3) - 1)
		case 2:
			a[k] = r.NormFloat64() * 0x1p-1030
		default:
			a[k] = r.NormFloat64()
		}
	}
	switch r.IntN(20) {
	case 0:
		if n >= 2 {
			copy(a[n:2*n], a[:n])
		}
	case 1:
		a[r.IntN(n*n)] = math.Inf(1)
	case 2:
		a[r.IntN(n*n)] = math.NaN()
	}
	return a
}

// TestSmallMatchesGeneric checks the small-matrix paths of inv, solve,
// det and slogdet (Inv, Solve, Det, Slogdet on one matrix of order up to
// smallMax, the fixed inv2/inv3/inv4 kernels of stacks) and the general LU
// path they must agree with (getrf, luInverse, luSolve, slogdetFloat) bit
// for bit against the test's own naiveGetf2 and naiveSolve (OpenBLAS's
// operation order, lunaive_test.go) and NumPy's det formula with
// the correctly rounded refLog and refExp, on contiguous, transposed and
// int64 input with zeros, tiny pivots, singular matrices, inf and NaN.
func TestSmallMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for n := 1; n <= smallMax; n++ {
		for trial := 0; trial < 300; trial++ {
			vals := smallTrial(r, n)
			a, _ := NewFloat64([]int{n, n}, append([]float64{}, vals...))
			switch trial % 3 {
			case 1:
				a, _ = a.Transpose()
				// The reference sees the transposed values.
				vals = a.Float64s()
			case 2:
				iv := make([]int64, n*n)
				for k := range iv {
					if math.IsNaN(vals[k]) || math.IsInf(vals[k], 0) {
						vals[k] = 0
					}
					iv[k] = int64(vals[k] * 4)
					vals[k] = float64(iv[k])
				}
				a, _ = NewInt64([]int{n, n}, iv)
			}
			lu := append([]float64{}, vals...)
			piv := make([]int, n)
			singular := naiveGetf2(lu, n, n, n, piv) >= 0
			glu := append([]float64{}, vals...)
			gpiv := make([]int, n)
			if gs := getrf(nil, glu, n, n, n, gpiv) >= 0; gs != singular {
				t.Fatalf("n=%d %v: getrf singular %v, reference %v", n, vals, gs, singular)
			}
			same := func(what string, got, want []float64) {
				t.Helper()
				for k := range want {
					if !sameBits(got[k], want[k]) {
						t.Fatalf("n=%d %v: %s[%d] = %v, want %v", n, vals, what, k, got[k], want[k])
					}
				}
			}
			got, err := Inv(a)
			if singular != (err != nil) {
				t.Fatalf("n=%d %v: inv error %v, singular %v", n, vals, err, singular)
			}
			if !singular {
				want, _ := naiveInv(vals, n)
				same("inv", got.f, want)
				gen := make([]float64, n*n)
				luInverse(nil, glu, n, gpiv, gen)
				same("luInverse", gen, want)
				if n <= 4 {
					// The fixed kernels of stacks.
					fixed := make([]float64, n*n)
					if invFloat64Batch(nil, append([]float64{}, vals...), fixed, 1, n) != nil {
						t.Fatalf("n=%d %v: fixed kernel singular where the reference is not", n, vals)
					}
					same("fixed-kernel inv", fixed, want)
				}
				// Solve with a vector and with a 3-column matrix.
				for _, k := range []int{0, 1, 3} {
					bv := make([]float64, n*max(k, 1))
					for i := range bv {
						bv[i] = r.NormFloat64()
					}
					var b *Array
					if k == 0 {
						b, _ = NewFloat64([]int{n}, append([]float64{}, bv...))
					} else {
						b, _ = NewFloat64([]int{n, k}, append([]float64{}, bv...))
					}
					x, err := Solve(a, b)
					if err != nil {
						t.Fatalf("n=%d: solve: %v", n, err)
					}
					want := append([]float64{}, bv...)
					naiveSolve(lu, n, piv, want, max(k, 1))
					same(fmt.Sprintf("solve k=%d", k), x.f, want)
					luSolve(nil, glu, n, gpiv, bv, max(k, 1))
					same(fmt.Sprintf("luSolve k=%d", k), bv, want)
				}
			}
			s, l := naiveSlogdet(vals, n)
			gs, gl, err := Slogdet(a)
			if err != nil || !sameBits(gs.f[0], s) || !sameBits(gl.f[0], l) {
				t.Fatalf("n=%d %v: slogdet (%v, %v), want (%v, %v)", n, vals, gs.f[0], gl.f[0], s, l)
			}
			if fs, fl := slogdetFloat(nil, append([]float64{}, vals...), n, make([]int, n)); !sameBits(fs, s) || !sameBits(fl, l) {
				t.Fatalf("n=%d %v: slogdetFloat (%v, %v), want (%v, %v)", n, vals, fs, fl, s, l)
			}
			d, err := Det(a)
			if want := s * refExp(l); err != nil || !sameBits(d.f[0], want) || d.Ndim() != 0 {
				t.Fatalf("n=%d %v: det %v, want %v", n, vals, d.f[0], want)
			}
		}
	}
}

// TestSmallShapes checks the results of the small paths keep the shapes,
// dtypes and matrix flag of the general ones.
func TestSmallShapes(t *testing.T) {
	a, _ := FromValues([]int{2, 2}, []any{4.0, 7.0, 2.0, 6.0})
	m := a.withMatrix(true)
	x, err := Inv(m)
	if err != nil || !x.IsMatrix() || x.DType() != Float64 {
		t.Fatalf("inv of a matrix: %v %v", x, err)
	}
	e, _ := FromValues([]int{0, 0}, nil)
	x, err = Inv(e)
	if err != nil || x.Ndim() != 2 || x.Size() != 0 {
		t.Fatalf("inv of 0×0: %v %v", x, err)
	}
	d, err := Det(e)
	if err != nil || d.Ndim() != 0 || d.f[0] != 1 {
		t.Fatalf("det of 0×0: %v %v", d, err)
	}
	b, _ := FromValues([]int{2}, []any{1.0, 2.0})
	x, err = Solve(a, b)
	if err != nil || x.Ndim() != 1 || x.Shape()[0] != 2 {
		t.Fatalf("solve with a vector: %v %v", x, err)
	}
	b3, _ := FromValues([]int{3}, []any{1.0, 2.0, 3.0})
	if _, err = Solve(a, b3); err == nil {
		t.Fatalf("solve with a length-3 vector: no error")
	}
}

func benchSmall(b *testing.B, n int, f func(a *Array)) {
	r := rand.New(rand.NewPCG(1, 2))
	v := make([]float64, n*n)
	for k := range v {
		v[k] = r.Float64()
	}
	a, _ := NewFloat64([]int{n, n}, v)
	b.ReportAllocs()
	for b.Loop() {
		f(a)
	}
}

func BenchmarkInvSmall10(b *testing.B) {
	benchSmall(b, 10, func(a *Array) { Inv(a) })
}
func BenchmarkDetSmall10(b *testing.B) {
	benchSmall(b, 10, func(a *Array) { DetSmall(a) })
}
func BenchmarkSolveSmall10(b *testing.B) {
	r, _ := NewFloat64([]int{10}, make([]float64, 10))
	benchSmall(b, 10, func(a *Array) { Solve(a, r) })
}
func BenchmarkLUSmall10(b *testing.B) {
	var m [100]float64
	var piv [10]int
	benchSmall(b, 10, func(a *Array) { loadSmall(a, m[:]); luSmall(m[:], 10, piv[:]) })
}
func BenchmarkGetf2Small10(b *testing.B) {
	var m [100]float64
	var piv [10]int
	benchSmall(b, 10, func(a *Array) { loadSmall(a, m[:]); getf2(m[:], 10, 10, 10, piv[:]) })
}
func BenchmarkCrLog(b *testing.B) {
	x := 1.2345
	for b.Loop() {
		x = crLog(x + 1.5)
	}
}

func BenchmarkCrLog10Indep(b *testing.B) {
	var xs [10]float64
	for i := range xs {
		xs[i] = 0.3 + 0.17*float64(i)
	}
	s := 0.0
	for b.Loop() {
		for _, x := range xs {
			s += crLog(x)
		}
	}
	_ = s
}

func BenchmarkCrExp(b *testing.B) {
	x := 0.1234
	s := 0.0
	for b.Loop() {
		s += crExp(x)
		if x += 0.001; x > 1 {
			x = 0.1234
		}
	}
	_ = s
}

func BenchmarkDetStack2(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	v := make([]float64, 10000*4)
	for k := range v {
		v[k] = r.Float64()
	}
	a, _ := NewFloat64([]int{10000, 2, 2}, v)
	b.ReportAllocs()
	for b.Loop() {
		Det(a)
	}
}

// TestDetStackMatchesGeneric checks det and slogdet of stacks (serial and
// split over goroutines) matrix by matrix against naiveSlogdet and
// naiveDet (the test's own LU, refLog and refExp).
func TestDetStackMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{0, 1, 2, 3, 5, 16} {
		for _, nb := range []int{0, 1, 7, 3000} {
			vals := make([]float64, 0, nb*n*n)
			for k := 0; k < nb; k++ {
				vals = append(vals, smallTrial(r, max(n, 1))[:n*n]...)
			}
			a, _ := NewFloat64([]int{nb, n, n}, append([]float64{}, vals...))
			d, err := Det(a)
			if err != nil {
				t.Fatal(err)
			}
			s, l, err := Slogdet(a)
			if err != nil {
				t.Fatal(err)
			}
			if d.Size() != nb || s.Size() != nb || l.Size() != nb {
				t.Fatalf("n=%d nb=%d: sizes %d %d %d", n, nb, d.Size(), s.Size(), l.Size())
			}
			for k := 0; k < nb; k++ {
				m := vals[k*n*n : (k+1)*n*n]
				ws, wl := naiveSlogdet(m, n)
				wd := ws * refExp(wl)
				if !sameBits(s.f[k], ws) || !sameBits(l.f[k], wl) || !sameBits(d.f[k], wd) {
					t.Fatalf("n=%d nb=%d k=%d: (%v, %v, %v), want (%v, %v, %v)", n, nb, k, s.f[k], l.f[k], d.f[k], ws, wl, wd)
				}
			}
		}
	}
}

// TestGetf2CMMatchesGetf2 checks the column-major obGetf2CM of the small
// paths against obGetf2 bit for bit, on smallTrial's matrices and on
// entries with tiny, huge, infinite and NaN values.
func TestGetf2CMMatchesGetf2(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	for trial := 0; trial < 32000; trial++ {
		n := 1 + trial%smallMax
		a := smallTrial(r, n)
		if trial%2 == 1 {
			a = smallEntries(r, n*n)
		}
		lu := append([]float64(nil), a...)
		piv := make([]int, n)
		info := obGetf2(lu, n, n, n, piv)
		c := make([]float64, n*n)
		transposeSmall(c, a, n)
		pivc := make([]int, n)
		if infoc := obGetf2CM(c, n, pivc); infoc != info {
			t.Fatalf("n=%d %v: info %d, obGetf2 %d", n, a, infoc, info)
		}
		for i := 0; i < n; i++ {
			if pivc[i] != piv[i] {
				t.Fatalf("n=%d %v: piv %v, obGetf2 %v", n, a, pivc, piv)
			}
			for j := 0; j < n; j++ {
				if !sameBits(c[j*n+i], lu[i*n+j]) {
					t.Fatalf("n=%d %v: (%d, %d) = %v, obGetf2 %v", n, a, i, j, c[j*n+i], lu[i*n+j])
				}
			}
		}
	}
}
