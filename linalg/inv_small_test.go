package linalg

import (
	"math/rand/v2"
	"testing"
)

// TestInvSmallMatchesGeneric checks the fixed-size kernels against the
// general LU path bit for bit, including singular and pivoting cases.
func TestInvSmallMatchesGeneric(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	kernels := map[int]func(src, dst []float64) bool{2: inv2, 3: inv3, 4: inv4}
	for n, inv := range kernels {
		for trial := 0; trial < 2000; trial++ {
			a := make([]float64, n*n)
			for k := range a {
				switch r.IntN(6) {
				case 0:
					a[k] = 0
				case 1:
					a[k] = float64(r.IntN(3) - 1)
				default:
					a[k] = r.NormFloat64()
				}
			}
			lu := append([]float64{}, a...)
			piv := make([]int, n)
			want := make([]float64, n*n)
			okWant := luFactor(lu, n, piv) < 0
			if okWant {
				luInverse(nil, lu, n, piv, want)
			}
			got := make([]float64, n*n)
			if ok := inv(a, got); ok != okWant {
				t.Fatalf("n=%d %v: singular %v, want %v", n, a, !ok, !okWant)
			} else if ok {
				for k := range got {
					if got[k] != want[k] {
						t.Fatalf("n=%d %v: got %v want %v", n, a, got, want)
					}
				}
			}
		}
	}
}
