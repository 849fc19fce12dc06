package linalg

import (
	"fmt"
	"math"
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

// TestGemmHswAsmMatchesGo checks obGemmHsw, which runs the assembly
// micro-kernel where it sums as OpenBLAS's kernel does, against
// obGemmHswGo bit for bit, on shapes around the kernels' blocks (rows in
// fours, columns in twelves, eights, fours, twos and one, k below and
// above 8), with -0, zeros, huge and tiny entries among normal ones.
func TestGemmHswAsmMatchesGo(t *testing.T) {
	val := obTestValues(rand.New(rand.NewPCG(18, 64)), 12)
	for _, k := range []int{1, 7, 8, 9, 32, 33, 64} {
		for m := 1; m <= 13; m++ {
			for n := 1; n <= 27; n++ {
				for trial := 0; trial < 3; trial++ {
					lda, ldb, ldc := k+1, n+2, n+3
					a := make([]float64, m*lda)
					b := make([]float64, k*ldb)
					c := make([]float64, m*ldc)
					for _, v := range [][]float64{a, b, c} {
						for i := range v {
							v[i] = val()
						}
					}
					if trial == 0 {
						for i := range c { // no -0 in C: the assembly path
							if c[i] == 0 {
								c[i] = 0
							}
						}
					}
					want := append([]float64(nil), c...)
					obGemmHswGo(m, n, k, a, lda, b, ldb, want, ldc)
					obGemmHsw(m, n, k, a, lda, b, ldb, c, ldc)
					for i := range c {
						if math.Float64bits(c[i]) != math.Float64bits(want[i]) && !(c[i] != c[i] && want[i] != want[i]) {
							t.Fatalf("m=%d n=%d k=%d: c[%d] = %v, obGemmHswGo %v", m, n, k, i, c[i], want[i])
						}
					}
				}
			}
		}
	}
}

// TestGemv4AsmMatchesGo checks obGemv4 (the assembly kernel where the CPU
// has AVX2 and FMA) against obGemv4Go bit for bit, with zeros, -0, huge
// and tiny entries among normal ones.
func TestGemv4AsmMatchesGo(t *testing.T) {
	val := obTestValues(rand.New(rand.NewPCG(18, 4)), 10)
	for m := 4; m <= 100; m += 4 {
		for trial := 0; trial < 20; trial++ {
			var a [4][]float64
			for i := range a {
				a[i] = make([]float64, m+3)
				for k := range a[i] {
					a[i][k] = val()
				}
			}
			var x [4]float64
			for i := range x {
				x[i] = val()
			}
			y := make([]float64, m)
			for k := range y {
				y[k] = val()
			}
			want := append([]float64(nil), y...)
			obGemv4Go(want, a[0], a[1], a[2], a[3], &x)
			obGemv4(y, a[0], a[1], a[2], a[3], &x)
			for k := range y {
				if math.Float64bits(y[k]) != math.Float64bits(want[k]) && !(y[k] != y[k] && want[k] != want[k]) {
					t.Fatalf("m=%d: y[%d] = %v, obGemv4Go %v", m, k, y[k], want[k])
				}
			}
		}
	}
}

// obTestValues returns a source of standard normal values with, one time
// in `in` each, zeros, -0, huge and tiny ones.
func obTestValues(r *rand.Rand, in int) func() float64 {
	return func() float64 {
		switch r.IntN(in) {
		case 0:
			return 0
		case 1:
			return math.Copysign(0, -1)
		case 2:
			return r.NormFloat64() * 1e300
		case 3:
			return r.NormFloat64() * 1e-300
		}
		return r.NormFloat64()
	}
}
