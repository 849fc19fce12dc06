//go:build !amd64 || purego

package linalg

// obGemv4 is dgemv_n's Haswell 4×4 kernel with α = -1 on the rows of y
// (len(y) a multiple of 4, a0..a3 at least as long): y[r] -= fma(a2[r],
// x[2], a0[r]·x[0]) + fma(a3[r], x[3], a1[r]·x[1]).
func obGemv4(y, a0, a1, a2, a3 []float64, x *[4]float64) {
	obGemv4Go(y, a0, a1, a2, a3, x)
}
