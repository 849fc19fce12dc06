//go:build !purego

package linalg

// obGemv4x4 is obGemv4 in AVX2 and FMA3 assembly, for m1 a multiple of 4.
//
//go:noescape
func obGemv4x4(m1 int, a0, a1, a2, a3, y *float64, x *[4]float64)

// obGemv4 is dgemv_n's Haswell 4×4 kernel with α = -1 on the rows of y
// (len(y) a multiple of 4, a0..a3 at least as long): y[r] -= fma(a2[r],
// x[2], a0[r]·x[0]) + fma(a3[r], x[3], a1[r]·x[1]).
func obGemv4(y, a0, a1, a2, a3 []float64, x *[4]float64) {
	if !hasAVX2FMA || len(y) < 4 {
		obGemv4Go(y, a0, a1, a2, a3, x)
		return
	}
	m1 := len(y) &^ 3
	_, _, _, _ = a0[m1-1], a1[m1-1], a2[m1-1], a3[m1-1]
	obGemv4x4(m1, &a0[0], &a1[0], &a2[0], &a3[0], &y[0], x)
}
