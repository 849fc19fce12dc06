package linalg

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestInvSmallMatchesGeneric checks the fixed-size kernels against the
// general LU path (getf2, then obSolve on the identity) bit for bit,
// including singular and pivoting cases, tiny and huge entries, Inf and
// NaN (which leave the kernels' unrolled paths).
func TestInvSmallMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	kernels := map[int]func(src, dst []float64) bool{2: inv2, 3: inv3, 4: inv4}
	for n, inv := range kernels {
		for trial := 0; trial < 20000; trial++ {
			a := smallEntries(r, n*n)
			lu := append([]float64{}, a...)
			piv := make([]int, n)
			want := make([]float64, n*n)
			okWant := getf2(lu, n, n, n, piv) < 0
			if okWant {
				for i := 0; i < n; i++ {
					want[i*n+i] = 1
				}
				obSolve(lu, n, piv, want, n)
			}
			got := make([]float64, n*n)
			if ok := inv(a, got); ok != okWant {
				t.Fatalf("n=%d %v: singular %v, want %v", n, a, !ok, !okWant)
			} else if ok {
				for k := range got {
					if !sameBits(got[k], want[k]) {
						t.Fatalf("n=%d %v: got %v want %v", n, a, got, want)
					}
				}
			}
		}
	}
}

// smallEntries returns k random entries: zeros, small integers, normal
// values, and rarely tiny (subnormal or near DBL_MIN), huge, Inf or NaN.
func smallEntries(r *rand.Rand, k int) []float64 {
	a := make([]float64, k)
	for i := range a {
		switch r.IntN(40) {
		case 0, 1, 2, 3, 4:
			a[i] = 0
		case 5, 6, 7, 8, 9:
			a[i] = float64(r.IntN(3) - 1)
		case 10:
			a[i] = r.NormFloat64() * 0x1p-1030
		case 11:
			a[i] = r.NormFloat64() * 0x1p-1015
		case 12:
			a[i] = r.NormFloat64() * 0x1p1020
		case 13:
			a[i] = math.Inf(1 - 2*r.IntN(2))
		case 14:
			a[i] = math.NaN()
		default:
			a[i] = r.NormFloat64()
		}
	}
	return a
}

// TestSolve23MatchesGeneric checks solve2 and solve3 against getf2 and
// obSolve with one right-hand side, bit for bit.
func TestSolve23MatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(25, 26))
	fast := 0
	for trial := 0; trial < 40000; trial++ {
		n := 2 + trial%2
		a := smallEntries(r, n*n)
		b := smallEntries(r, n)
		lu := append([]float64{}, a...)
		piv := make([]int, n)
		want := append([]float64{}, b...)
		singular := getf2(lu, n, n, n, piv) >= 0
		if !singular {
			obSolve(lu, n, piv, want, 1)
		}
		got := append([]float64{}, b...)
		var gotSing, ok bool
		if n == 2 {
			gotSing, ok = solve2(a, got)
		} else {
			gotSing, ok = solve3(a, got)
		}
		if !ok {
			continue
		}
		fast++
		if gotSing != singular {
			t.Fatalf("n=%d %v: singular %v, getf2 %v", n, a, gotSing, singular)
		}
		for k := range want {
			if !singular && !sameBits(got[k], want[k]) {
				t.Fatalf("n=%d %v, b=%v: got %v, want %v", n, a, b, got, want)
			}
		}
	}
	if fast < 20000 {
		t.Fatalf("only %d of 40000 matrices took the unrolled path", fast)
	}
}

// TestLU23MatchesGeneric checks obLU2 and obLU3 and slogdetLU's n = 2, 3
// paths against getf2 and its general end, bit for bit.
func TestLU23MatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(15, 16))
	fast := 0
	for trial := 0; trial < 40000; trial++ {
		n := 2 + trial%2
		a := smallEntries(r, n*n)
		lu := append([]float64{}, a...)
		piv := make([]int, n)
		singular := getf2(lu, n, n, n, piv) >= 0
		var gotU, gotL []float64
		var gotPiv []int
		var gotSing, ok bool
		if n == 2 {
			var u00, u01, l10, u11 float64
			var swap bool
			u00, u01, l10, u11, swap, gotSing, ok = obLU2(a[0], a[1], a[2], a[3])
			gotU, gotL, gotPiv = []float64{u00, u01, u11}, []float64{l10}, []int{0, 1}
			if swap {
				gotPiv[0] = 1
			}
		} else {
			var f lu3
			f, gotSing, ok = obLU3(a)
			gotU, gotL, gotPiv = []float64{f.u00, f.u01, f.u02, f.u11, f.u12, f.u22}, []float64{f.l10, f.l20, f.l21}, []int{f.p0, f.p1, 2}
		}
		if !ok {
			continue
		}
		fast++
		if gotSing != singular {
			t.Fatalf("n=%d %v: singular %v, getf2 %v", n, a, gotSing, singular)
		}
		if singular {
			continue
		}
		var wantU, wantL []float64
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if j >= i {
					wantU = append(wantU, lu[i*n+j])
				}
			}
		}
		for j := 0; j < n; j++ {
			for i := j + 1; i < n; i++ {
				wantL = append(wantL, lu[i*n+j])
			}
		}
		for k := range wantU {
			if !sameBits(gotU[k], wantU[k]) {
				t.Fatalf("n=%d %v: U %v, getf2 %v", n, a, gotU, wantU)
			}
		}
		for k := range wantL {
			if !sameBits(gotL[k], wantL[k]) {
				t.Fatalf("n=%d %v: L %v, getf2 %v", n, a, gotL, wantL)
			}
		}
		for k := range piv {
			if gotPiv[k] != piv[k] {
				t.Fatalf("n=%d %v: piv %v, getf2 %v", n, a, gotPiv, piv)
			}
		}
	}
	if fast < 20000 {
		t.Fatalf("only %d of 40000 matrices took the unrolled path", fast)
	}
	// slogdetLU against getf2 and the formula written out.
	for trial := 0; trial < 20000; trial++ {
		n := 2 + trial%2
		a := smallEntries(r, n*n)
		s, l := slogdetLU(append([]float64{}, a...), n)
		lu := append([]float64{}, a...)
		piv := make([]int, n)
		ws, wl := 0.0, math.Inf(-1)
		if getf2(lu, n, n, n, piv) < 0 {
			ws, wl = 1, 0
			for i := 0; i < n; i++ {
				if piv[i] != i {
					ws = -ws
				}
			}
			for i := 0; i < n; i++ {
				d := lu[i*n+i]
				if d < 0 {
					ws, d = -ws, -d
				}
				wl += crLog(d)
			}
		}
		if !sameBits(s, ws) || !sameBits(l, wl) {
			t.Fatalf("n=%d %v: slogdetLU (%v, %v), want (%v, %v)", n, a, s, l, ws, wl)
		}
	}
}
