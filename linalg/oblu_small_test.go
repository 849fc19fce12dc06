package linalg

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestGetf2SMatchesCM checks obGetf2S against obGetf2CM bit for bit (NaN
// for NaN), on
// random matrices with special values (zeros, repeats, tiny, ±Inf, NaN).
func TestGetf2SMatchesCM(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 18))
	specials := []float64{0, 1, -1, 0x1p-1030, math.Inf(1), math.Inf(-1), math.NaN(), 1e300}
	for trial := 0; trial < 20000; trial++ {
		n := 1 + r.IntN(smallMax)
		var a [smallMax * smallMax]float64
		for k := 0; k < n*n; k++ {
			switch {
			case trial%4 == 0 && r.IntN(8) == 0:
				a[k] = specials[r.IntN(len(specials))]
			case trial%4 == 1:
				a[k] = float64(r.IntN(3) - 1)
			default:
				a[k] = r.NormFloat64()
			}
		}
		want := a
		var pw, pg [smallMax]int
		iw := obGetf2CM(want[:n*n], n, pw[:n])
		got := a
		ig := obGetf2S(&got, n, &pg)
		if iw != ig || pw != pg {
			t.Fatalf("n=%d: info/piv %d %v, want %d %v", n, ig, pg[:n], iw, pw[:n])
		}
		for k := 0; k < n*n; k++ {
			// NaNs match as NaNs: their payloads follow the compiler's
			// operand order, not the arithmetic.
			if math.Float64bits(got[k]) != math.Float64bits(want[k]) && !(math.IsNaN(got[k]) && math.IsNaN(want[k])) {
				t.Fatalf("n=%d: entry %d = %v, want %v", n, k, got[k], want[k])
			}
		}
	}
}
