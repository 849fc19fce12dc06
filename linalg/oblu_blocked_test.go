package linalg

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// BenchmarkObGetrf times obGetrf (OpenBLAS's blocked getrf order) on
// standard normal matrices by order.
func BenchmarkObGetrf(b *testing.B) {
	for _, n := range []int{34, 50, 64} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, uint64(n)))
			a := make([]float64, n*n)
			for i := range a {
				a[i] = r.NormFloat64()
			}
			lu := make([]float64, n*n)
			piv := make([]int, n)
			for b.Loop() {
				copy(lu, a)
				obGetrf(lu, n, n, n, piv)
			}
		})
	}
}
