package linalg

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// naiveGemm is C = β·C + α·A·B by the triple loop.
func naiveGemm(m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			s := 0.0
			for p := 0; p < k; p++ {
				s += a[i*lda+p] * b[p*ldb+j]
			}
			if beta == 0 {
				c[i*ldc+j] = alpha * s
			} else {
				c[i*ldc+j] = beta*c[i*ldc+j] + alpha*s
			}
		}
	}
}

func randSlice(r *rand.Rand, n int) []float64 {
	v := make([]float64, n)
	for i := range v {
		v[i] = r.NormFloat64()
	}
	return v
}

// TestDgemm compares dgemm with the triple loop on shapes around the
// register and cache blocks (MR=6, NR=8, KC=256, MC=96), on strided
// operands, for several α and β; β = 0 must ignore NaNs in C.
func TestDgemm(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	dims := []int{0, 1, 2, 5, 6, 7, 8, 9, 13, 17, 95, 96, 97, 130}
	ks := []int{0, 1, 3, 8, 255, 256, 257, 600}
	type ab struct{ alpha, beta float64 }
	coefs := []ab{{1, 0}, {1, 1}, {-1, 1}, {0.5, -2}, {0, 3}, {2, 0}}
	count := 0
	for _, m := range dims {
		for _, n := range dims {
			for _, k := range ks {
				if m*n*k > 2_000_000 {
					continue
				}
				co := coefs[count%len(coefs)]
				count++
				pad := count % 3
				lda, ldb, ldc := k+pad, n+2*pad, n+pad
				a := randSlice(r, max(m*lda, 1))
				b := randSlice(r, max(k*ldb, 1))
				c := randSlice(r, max(m*ldc, 1))
				if co.beta == 0 {
					for i := range c {
						c[i] = math.NaN()
					}
				}
				want := append([]float64(nil), c...)
				naiveGemm(m, n, k, co.alpha, a, lda, b, ldb, co.beta, want, ldc)
				dgemm(m, n, k, co.alpha, a, lda, b, ldb, co.beta, c, ldc)
				for i := 0; i < m; i++ {
					for j := 0; j < ldc; j++ {
						g, w := c[i*ldc+j], want[i*ldc+j]
						if j >= n { // padding must be untouched
							if math.Float64bits(g) != math.Float64bits(w) {
								t.Fatalf("m=%d n=%d k=%d: padding C[%d,%d] changed", m, n, k, i, j)
							}
							continue
						}
						if math.Abs(g-w) > 1e-12*(1+math.Abs(w))*float64(k+1) || math.IsNaN(g) {
							t.Fatalf("m=%d n=%d k=%d α=%g β=%g: C[%d,%d] = %g, want %g", m, n, k, co.alpha, co.beta, i, j, g, w)
						}
					}
				}
			}
		}
	}
}

// TestMicroKernelGo checks the pure-Go micro-kernel (the one used without
// AVX2/FMA) against the triple loop on packed slivers.
func TestMicroKernelGo(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, kc := range []int{1, 2, 3, 4, 5, 7, 64, 257} {
		a := randSlice(r, kc*gemmMR)
		b := randSlice(r, kc*gemmNR)
		ldc := gemmNR + 3
		c := randSlice(r, gemmMR*ldc)
		want := append([]float64(nil), c...)
		for i := 0; i < gemmMR; i++ {
			for j := 0; j < gemmNR; j++ {
				s := 0.0
				for p := 0; p < kc; p++ {
					s += a[p*gemmMR+i] * b[p*gemmNR+j]
				}
				want[i*ldc+j] += 1.5 * s
			}
		}
		for _, f := range []func(int, float64, []float64, []float64, []float64, int){microKernelGo, microKernel} {
			got := append([]float64(nil), c...)
			f(kc, 1.5, a, b, got, ldc)
			for i := range got {
				if math.Abs(got[i]-want[i]) > 1e-12*float64(kc) {
					t.Fatalf("kc=%d: c[%d] = %g, want %g", kc, i, got[i], want[i])
				}
			}
		}
	}
}

func BenchmarkDgemm(b *testing.B) {
	for _, n := range []int{100, 500, 1000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, 1))
			x, y, z := randSlice(r, n*n), randSlice(r, n*n), make([]float64, n*n)
			b.SetBytes(int64(2 * n * n * n)) // flops, reported as MB/s = MFlop/s
			for b.Loop() {
				dgemm(n, n, n, 1, x, n, y, n, 0, z, n)
			}
		})
	}
}
