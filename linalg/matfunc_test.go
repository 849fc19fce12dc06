package linalg

import (
	"math"
	"math/cmplx"
	"math/rand/v2"
	"testing"
)

// maxDiff is the largest |x − y| over the elements.
func maxDiff[T mfScalar](x, y []T) float64 {
	d := 0.0
	for i := range x {
		d = math.Max(d, absT(x[i]-y[i]))
	}
	return d
}

// quasiTri returns a real n×n upper quasi-triangular matrix in Schur
// form: diagonal entries from diag, 2×2 blocks [[a, b], [c, a]] with
// b·c < 0 at the starts in blocks, random entries above.
func quasiTri(r *rand.Rand, diag []float64, blocks map[int]bool) []float64 {
	n := len(diag)
	t := make([]float64, n*n)
	for i := 0; i < n; i++ {
		t[i*n+i] = diag[i]
		for j := i + 1; j < n; j++ {
			t[i*n+j] = r.NormFloat64()
		}
	}
	for i := range blocks {
		t[(i+1)*n+i+1] = t[i*n+i]
		t[i*n+i+1] = 1 + r.Float64()
		t[(i+1)*n+i] = -(0.5 + r.Float64())
	}
	return t
}

// TestSqrtmRecursive checks the recursive triangular square roots on
// hand-built Schur forms: R·R = T to rounding, no perturbation reported,
// and a real root for a real T.
func TestSqrtmRecursive(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, c := range []struct {
		name   string
		diag   []float64
		blocks map[int]bool
	}{
		{"1×1", []float64{4}, nil},
		{"triangular 2×2", []float64{4, 9}, nil},
		{"one 2×2 block", []float64{1, 1}, map[int]bool{0: true}},
		{"block of negative real part", []float64{-1, -1}, map[int]bool{0: true}},
		{"triangular 5×5", []float64{1, 2, 3, 4, 5}, nil},
		{"blocks split by the halving", []float64{2, 1, 1, 3, 3, 5, 0.5}, map[int]bool{1: true, 3: true}},
		{"block at the end", []float64{2, 3, 1, 1}, map[int]bool{2: true}},
		{"n = 70, two blocks", func() []float64 {
			d := make([]float64, 70)
			for i := range d {
				d[i] = 1 + float64(i%7)
			}
			d[11], d[12], d[40], d[41] = 2, 2, 0.5, 0.5
			return d
		}(), map[int]bool{11: true, 40: true}},
	} {
		n := len(c.diag)
		tm := quasiTri(r, c.diag, c.blocks)
		rt := append([]float64(nil), tm...)
		if info := sqrtmRecReal(rt, n, 0, n); info != 0 {
			t.Errorf("%s: real root reported a perturbation", c.name)
		}
		if d := maxDiff(mfMul(rt, rt, n, n, n), tm); d > 1e-12*float64(n) {
			t.Errorf("%s: |R·R − T| = %g", c.name, d)
		}
		if len(c.blocks) > 0 {
			continue
		}
		tc := realToComplex(tm)
		for i := 0; i < n; i++ {
			tc[i*n+i] *= cmplx.Exp(complex(0, 2.5)) // off the real axis
		}
		rc := append([]complex128(nil), tc...)
		if info := sqrtmRecComplex(rc, n, 0, n); info != 0 {
			t.Errorf("%s: complex root reported a perturbation", c.name)
		}
		if d := maxDiff(mfMul(rc, rc, n, n, n), tc); d > 1e-12*float64(n) {
			t.Errorf("%s: complex |R·R − T| = %g", c.name, d)
		}
	}
}

// TestSylvester checks the triangular Sylvester solvers' residual
// A·X + X·B − C, and the perturbation flag for A = −B.
func TestSylvester(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, c := range []struct{ m, n int }{{1, 1}, {1, 3}, {3, 1}, {4, 5}, {9, 6}} {
		da, db := make([]float64, c.m), make([]float64, c.n)
		for i := range da {
			da[i] = 1 + r.Float64()
		}
		for i := range db {
			db[i] = 1 + r.Float64()
		}
		ba, bb := map[int]bool{}, map[int]bool{}
		if c.m >= 4 {
			ba[1] = true
		}
		if c.n >= 4 {
			bb[2] = true
		}
		a, b := quasiTri(r, da, ba), quasiTri(r, db, bb)
		cm := make([]float64, c.m*c.n)
		for i := range cm {
			cm[i] = r.NormFloat64()
		}
		x := append([]float64(nil), cm...)
		if info := sylvQuasiR(a, c.m, c.m, b, c.n, c.n, x, c.n); info != 0 {
			t.Errorf("%d×%d: perturbation reported", c.m, c.n)
		}
		res := mfMul(a, x, c.m, c.m, c.n)
		xb := mfMul(x, b, c.m, c.n, c.n)
		for i := range res {
			res[i] += xb[i] - cm[i]
		}
		if d := maxDiff(res, make([]float64, len(res))); d > 1e-12 {
			t.Errorf("%d×%d real: residual %g", c.m, c.n, d)
		}
		ac, bc, cc := realToComplex(a), realToComplex(b), realToComplex(cm)
		if len(ba) == 0 && len(bb) == 0 {
			xc := append([]complex128(nil), cc...)
			sylvTriC(ac, c.m, c.m, bc, c.n, c.n, xc, c.n)
			resc := mfMul(ac, xc, c.m, c.m, c.n)
			xbc := mfMul(xc, bc, c.m, c.n, c.n)
			for i := range resc {
				resc[i] += xbc[i] - cc[i]
			}
			if d := maxDiff(resc, make([]complex128, len(resc))); d > 1e-12 {
				t.Errorf("%d×%d complex: residual %g", c.m, c.n, d)
			}
		}
	}
	x := []float64{1}
	if info := sylvQuasiR([]float64{2}, 1, 1, []float64{-2}, 1, 1, x, 1); info != 1 {
		t.Errorf("A = −B: info %d, want 1", info)
	}
}

// TestLogmFracPowTriu checks the inverse scaling and squaring kernels on
// triangular matrices: e^(log T) = T and (T^(1/2))² = T, (T^(1/3))³ = T,
// real and complex.
func TestLogmFracPowTriu(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for _, n := range []int{1, 2, 3, 6, 12} {
		tm := make([]float64, n*n)
		for i := 0; i < n; i++ {
			tm[i*n+i] = 0.2 + 3*r.Float64()
			for j := i + 1; j < n; j++ {
				tm[i*n+j] = r.NormFloat64()
			}
		}
		u, err := logmTriu(tm, n)
		if err != nil {
			t.Fatal(err)
		}
		if d := maxDiff(expmCore(u, n), tm); d > 1e-11 {
			t.Errorf("n=%d: |e^(log T) − T| = %g", n, d)
		}
		tc := realToComplex(tm)
		tc[0] = -2 + 0.5i
		uc, err := logmTriu(tc, n)
		if err != nil {
			t.Fatal(err)
		}
		if d := maxDiff(expmCore(uc, n), tc); d > 1e-11 {
			t.Errorf("n=%d complex: |e^(log T) − T| = %g", n, d)
		}
		for _, p := range []struct {
			t float64
			k int
		}{{0.5, 2}, {1.0 / 3, 3}, {-0.5, -2}} {
			x, err := remainderPowTriu(tm, n, p.t)
			if err != nil {
				t.Fatal(err)
			}
			y := x
			for i := 1; i < max(p.k, -p.k); i++ {
				y = mfMul(y, x, n, n, n)
			}
			want := tm
			if p.k < 0 {
				// (T^(-1/2))²·T = I.
				y = mfMul(y, tm, n, n, n)
				want = mfIdentity[float64](n)
			}
			if d := maxDiff(y, want); d > 1e-10 {
				t.Errorf("n=%d: (T^%g)^%d off by %g", n, p.t, p.k, d)
			}
		}
	}
}

// TestGaussLegendre compares the rule with the closed forms for m ≤ 3 and
// checks that it integrates x^(2m−2) exactly for m ≤ 7.
func TestGaussLegendre(t *testing.T) {
	x, w := gaussLegendre(3)
	want := []float64{-math.Sqrt(0.6), 0, math.Sqrt(0.6)}
	for i := range x {
		if math.Abs(x[i]-want[i]) > 1e-15 {
			t.Errorf("m=3 node %d = %v, want %v", i, x[i], want[i])
		}
	}
	if math.Abs(w[0]-5.0/9) > 1e-15 || math.Abs(w[1]-8.0/9) > 1e-15 {
		t.Errorf("m=3 weights %v", w)
	}
	for m := 1; m <= 7; m++ {
		x, w := gaussLegendre(m)
		k := 2*m - 2
		s := 0.0
		for i := range x {
			s += w[i] * math.Pow(x[i], float64(k))
		}
		if want := 2 / float64(k+1); math.Abs(s-want) > 1e-14 {
			t.Errorf("m=%d: ∫x^%d = %v, want %v", m, k, s, want)
		}
	}
}

// TestOnenormest checks the 1-norm estimator of ‖(T − I)ᵖ‖₁: exact for
// n ≤ 2, never above the exact norm and at least a third of it.
func TestOnenormest(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{1, 2, 3, 8, 30} {
		tm := make([]float64, n*n)
		for i := 0; i < n; i++ {
			for j := i; j < n; j++ {
				tm[i*n+j] = r.NormFloat64() / 3
			}
			tm[i*n+i]++
		}
		for p := 1; p <= 5; p++ {
			m := mfIdentity[float64](n)
			x := append([]float64(nil), tm...)
			for i := 0; i < n; i++ {
				x[i*n+i]--
			}
			for k := 0; k < p; k++ {
				m = mfMul(m, x, n, n, n)
			}
			exact := mfNorm1(m, n)
			est := onenormestM1Power(tm, n, p)
			if n <= 2 && math.Abs(est-exact) > 1e-14*exact || est > exact*(1+1e-12) || est < exact/3 {
				t.Errorf("n=%d p=%d: estimate %v, exact %v", n, p, est, exact)
			}
		}
	}
}

// TestFunmParlett checks Funm on matrices with distinct eigenvalues
// against Expm, and Signm's involution S² = I.
func TestFunmParlett(t *testing.T) {
	r := rand.New(rand.NewPCG(13, 14))
	for _, n := range []int{2, 4, 7} {
		v := make([]float64, n*n)
		for i := range v {
			v[i] = r.NormFloat64()
		}
		a, _ := NewFloat64([]int{n, n}, v)
		f, e, err := Funm(a, func(d *Array) (*Array, error) {
			r, _, err := Unary(OpExp, d)
			return r, err
		})
		if err != nil {
			t.Fatal(err)
		}
		x, _ := Expm(a)
		if d := maxDiff(f.Complex128s(), x.Complex128s()); d > 1e-10 || e.V > 1e-10 {
			t.Errorf("n=%d: |funm(exp) − expm| = %g, estimate %g", n, d, e.V)
		}
		s, _, _, _, err := Signm(a)
		if err != nil {
			t.Fatal(err)
		}
		sc := s.Complex128s()
		if d := maxDiff(mfMul(sc, sc, n, n, n), mfIdentity[complex128](n)); d > 1e-9 {
			t.Errorf("n=%d: |signm² − I| = %g", n, d)
		}
	}
}
