package linalg

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestLUBlockedOracle runs inv, solve (one, five and n right-hand sides),
// det and slogdet on matrices large enough for the recursive, dgemm-based
// factorisation and solves, and compares with NumPy; a matrix with a zero
// column has an exactly zero pivot in both.
func TestLUBlockedOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	r := rand.New(rand.NewPCG(21, 22))
	var cases []numCase
	add := func(op string, b oracleBound, got *Array, err error, args ...*Array) {
		cases = append(cases, newCase(op, b, got, err, args...))
	}
	for _, n := range []int{17, 31, 33, 100, 129, 257, 400} {
		a := randArray(r, Float64, n, n)
		if n == 129 {
			a = randArray(r, Int64, n, n)
		}
		x, err := Inv(a)
		add("inv", conditioned(n), x, err, a)
		for _, k := range []int{0, 1, 5, n} {
			b := randArray(r, Float64, n, k)
			if k == 0 {
				b = randArray(r, Float64, n)
			}
			x, err = Solve(a, b)
			add("solve", conditioned(n), x, err, a, b)
		}
		s, l, err := Slogdet(a)
		add("slogdet_sign", exact(), s, err, a)
		add("slogdet_log", scaled(n, logScale), l, err, a)
		if n <= 100 {
			x, err = Det(a)
			add("det", scaled(n, detScale), x, err, a)
		}
		// An exactly zero pivot: column 2n/3 is zero.
		z := a.AsType(Float64).Copy()
		for i := 0; i < n; i++ {
			z.f[i*n+2*n/3] = 0
		}
		x, err = Inv(z)
		add("inv", exact(), x, err, z)
		bz := randArray(r, Float64, n)
		x, err = Solve(z, bz)
		add("solve", exact(), x, err, z, bz)
		s, l, err = Slogdet(z)
		add("slogdet_sign", exact(), s, err, z)
		add("slogdet_log", exact(), l, err, z)
	}
	st := randArray(r, Float64, 3, 40, 40)
	x, err := Inv(st)
	add("inv", conditioned(40), x, err, st)

	runOracleCases(t, py, cases)
}

// TestGetrfMatchesUnblocked checks the recursive factorisation against the
// test's column-by-column naiveGetf2 (same pivots on well-separated
// columns, factors within rounding).
func TestGetrfMatchesUnblocked(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for _, n := range []int{17, 40, 100, 200} {
		a := randSlice(r, n*n)
		lu1, lu2 := append([]float64(nil), a...), append([]float64(nil), a...)
		p1, p2 := make([]int, n), make([]int, n)
		i1 := naiveGetf2(lu1, n, n, n, p1)
		i2 := getrf(nil, lu2, n, n, n, p2)
		if i1 != i2 {
			t.Fatalf("n=%d: info %d, unblocked %d", n, i2, i1)
		}
		for i := range p1 {
			if p1[i] != p2[i] {
				t.Fatalf("n=%d: piv[%d] = %d, unblocked %d", n, i, p2[i], p1[i])
			}
		}
		for i := range lu1 {
			if math.Abs(lu1[i]-lu2[i]) > 1e-10*(1+math.Abs(lu1[i])) {
				t.Fatalf("n=%d: factor %d = %g, unblocked %g", n, i, lu2[i], lu1[i])
			}
		}
	}
}

// TestInvContextInterrupt cancels the inversion of a 3000×3000 matrix
// while it runs: InvContext must give up with an error wrapping
// context.Canceled and no result. Solve and Slogdet likewise.
func TestInvContextInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the 3000×3000 interrupt test allocates 150 MB")
	}
	r := rand.New(rand.NewPCG(1, 2))
	const n = 3000
	a, _ := NewFloat64([]int{n, n}, randSlice(r, n*n))
	b, _ := NewFloat64([]int{n, n}, randSlice(r, n*n))
	ops := map[string]func(ctx context.Context) (*Array, error){
		"inv":   func(ctx context.Context) (*Array, error) { return InvContext(ctx, a) },
		"solve": func(ctx context.Context) (*Array, error) { return SolveContext(ctx, a, b) },
		"slogdet": func(ctx context.Context) (*Array, error) {
			s, _, err := SlogdetContext(ctx, a)
			return s, err
		},
		"det": func(ctx context.Context) (*Array, error) { return DetContext(ctx, a) },
	}
	for name, op := range ops {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(20*time.Millisecond, cancel)
		x, err := op(ctx)
		cancel()
		if !errors.Is(err, context.Canceled) || x != nil {
			t.Errorf("%s: got %v, %v; want nil and an error wrapping context.Canceled", name, x, err)
		}
	}
	// Uncancelled, the same call succeeds.
	small, _ := NewFloat64([]int{300, 300}, randSlice(r, 300*300))
	if _, err := InvContext(context.Background(), small); err != nil {
		t.Fatal(err)
	}
}

func BenchmarkGetrf1000(b *testing.B) { benchGetrf(b, 1000) }
func BenchmarkGetrf100(b *testing.B)  { benchGetrf(b, 100) }
func BenchmarkGetrf500(b *testing.B)  { benchGetrf(b, 500) }
func BenchmarkGetrf2000(b *testing.B) { benchGetrf(b, 2000) }

// BenchmarkGetrfRec1000 is BenchmarkGetrf1000 by recursive halving alone,
// without the panels and look-ahead of getrfLook.
func BenchmarkGetrfRec1000(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 1))
	const n = 1000
	a := randSlice(r, n*n)
	lu := make([]float64, n*n)
	piv := make([]int, n)
	for b.Loop() {
		copy(lu, a)
		getrfRec(nil, true, lu, n, n, n, piv)
	}
}

func benchGetrf(b *testing.B, n int) {
	r := rand.New(rand.NewPCG(1, 1))
	a := randSlice(r, n*n)
	lu := make([]float64, n*n)
	piv := make([]int, n)
	for b.Loop() {
		copy(lu, a)
		getrf(nil, lu, n, n, n, piv)
	}
}

// TestGetrfLookMatchesUnblocked checks the panel factorisation with
// look-ahead (getrfLook) against the test's column-by-column naiveGetf2 on random,
// rectangular and exactly rank-deficient matrices at sizes around the
// panel boundaries, with several panel widths: same zero-pivot index,
// same pivots and factors within rounding on random matrices, and the
// residual P·A = L·U on all.
func TestGetrfLookMatchesUnblocked(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	oldNB := luNB
	defer func() { luNB = oldNB }()
	type tc struct {
		m, n, nb int
		kind     string
	}
	var cases []tc
	for _, nb := range []int{16, 24, 96} {
		for _, d := range []int{-1, 0, 1} {
			for _, mult := range []int{2, 3, 5} {
				n := mult*nb + d
				cases = append(cases, tc{n, n, nb, "random"}, tc{n, n, nb, "zerocol"}, tc{n, n, nb, "rank"})
			}
		}
		cases = append(cases, tc{5*nb + 3, 3*nb + 1, nb, "random"}, tc{3*nb + 1, 5*nb + 3, nb, "random"},
			tc{4 * nb, 2*nb + 5, nb, "rank"}, tc{2*nb + 5, 4 * nb, nb, "zerocol"})
	}
	cases = append(cases, tc{400, 400, 96, "random"}, tc{577, 577, 96, "rank"})
	for _, c := range cases {
		m, n := c.m, c.n
		a := randSlice(r, m*n)
		wantInfo := -1
		switch c.kind {
		case "zerocol": // column j zero: an exactly zero pivot at j
			j := min(m, n) * 2 / 3
			for i := 0; i < m; i++ {
				a[i*n+j] = 0
			}
			wantInfo = j
		case "rank": // only the first k columns nonzero: rank k, zero pivot at k
			k := min(m, n) / 2
			for i := 0; i < m; i++ {
				for j := k; j < n; j++ {
					a[i*n+j] = 0
				}
			}
			wantInfo = k
		}
		lu1, lu2 := append([]float64(nil), a...), append([]float64(nil), a...)
		mn := min(m, n)
		p1, p2 := make([]int, mn), make([]int, mn)
		i1 := naiveGetf2(lu1, m, n, n, p1)
		luNB = c.nb
		i2 := getrfLook(nil, lu2, m, n, n, p2)
		name := func() string { return fmt.Sprintf("%s %d×%d nb=%d", c.kind, m, n, c.nb) }
		if i1 != wantInfo || i2 != i1 {
			t.Fatalf("%s: info %d, unblocked %d, want %d", name(), i2, i1, wantInfo)
		}
		for i := range p1 {
			if p1[i] != p2[i] {
				t.Fatalf("%s: piv[%d] = %d, unblocked %d", name(), i, p2[i], p1[i])
			}
		}
		for i := range lu1 {
			if math.Abs(lu1[i]-lu2[i]) > 1e-9*(1+math.Abs(lu1[i])) {
				t.Fatalf("%s: factor %d = %g, unblocked %g", name(), i, lu2[i], lu1[i])
			}
		}
		// Residual: P·A = L·U.
		pa := append([]float64(nil), a...)
		for i, p := range p2 {
			for c := 0; c < n; c++ {
				pa[i*n+c], pa[p*n+c] = pa[p*n+c], pa[i*n+c]
			}
		}
		var worst float64
		for i := 0; i < m; i++ {
			for j := 0; j < n; j++ {
				s := 0.0
				for k := 0; k <= min(i, j, mn-1); k++ {
					l := 1.0
					if k < i {
						l = lu2[i*n+k]
					}
					if k <= j {
						s += l * lu2[k*n+j]
					}
				}
				worst = max(worst, math.Abs(s-pa[i*n+j]))
			}
		}
		if worst > 1e-11*float64(n) {
			t.Fatalf("%s: |P·A - L·U| = %g", name(), worst)
		}
	}
}

// TestGetf2Bitwise checks that getf2 gives bit for bit the results of
// OpenBLAS's getf2 as the test's own naiveGetf2 (lunaive_test.go) writes
// it out, on random, tall, wide, zero-column, tiny-pivot (below sfmin),
// NaN, Inf and tied matrices.
func TestGetf2Bitwise(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	for trial := 0; trial < 400; trial++ {
		m, n := 1+r.IntN(40), 1+r.IntN(20)
		lda := n + r.IntN(3)
		a := randSlice(r, m*lda)
		switch trial % 6 {
		case 1: // zero columns
			j := r.IntN(n)
			for i := 0; i < m; i++ {
				a[i*lda+j] = 0
			}
		case 2: // tiny entries: pivots below sfmin
			for i := range a {
				a[i] *= 0x1p-1040
			}
		case 3: // a NaN
			a[r.IntN(m)*lda+r.IntN(n)] = math.NaN()
		case 4: // ties and integers
			for i := range a {
				a[i] = float64(r.IntN(5) - 2)
			}
		case 5: // an Inf
			a[r.IntN(m)*lda+r.IntN(n)] = math.Inf(1)
		}
		a1, a2 := append([]float64(nil), a...), append([]float64(nil), a...)
		p1, p2 := make([]int, min(m, n)), make([]int, min(m, n))
		i1 := naiveGetf2(a1, m, n, lda, p1)
		i2 := getf2(a2, m, n, lda, p2)
		if i1 != i2 {
			t.Fatalf("trial %d (%d×%d): info %d, reference %d", trial, m, n, i2, i1)
		}
		for i := range p1 {
			if p1[i] != p2[i] {
				t.Fatalf("trial %d (%d×%d): piv[%d] = %d, reference %d", trial, m, n, i, p2[i], p1[i])
			}
		}
		for i := range a1 {
			if math.Float64bits(a1[i]) != math.Float64bits(a2[i]) && !(math.IsNaN(a1[i]) && math.IsNaN(a2[i])) {
				t.Fatalf("trial %d (%d×%d): a[%d] = %v, reference %v", trial, m, n, i, a2[i], a1[i])
			}
		}
	}
}
