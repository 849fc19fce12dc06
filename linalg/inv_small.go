// Fixed-size LU and inverses for small matrices and stacks of them, in
// OpenBLAS's order (oblu.go), unrolled for the common case: every pivot
// finite and at least DBL_MIN in magnitude, no NaN in a pivot column.
// Anything else goes to obGetf2 and obInverse. TestInvSmallMatchesGeneric
// and TestLU23MatchesGeneric check them against those bit for bit.

package linalg

import "math"

// obNormal reports whether the pivot p is one that getf2 swaps and
// scales by 1/p with 1/p nonzero: finite, at least DBL_MIN in magnitude.
func obNormal(p float64) bool {
	a := math.Abs(p)
	return a >= 0x1p-1022 && a <= math.MaxFloat64
}

// obLU2 is obGetf2 on the row-major 2×2 [[a00, a01], [a10, a11]]: the
// factors U = [[u00, u01], [0, u11]], the multiplier l10 and whether rows
// were swapped (piv[0] = 1). singular reports an exactly zero pivot; ok
// false that the first pivot is not the common case (then nothing else is
// set). The last pivot may be anything.
func obLU2(a00, a01, a10, a11 float64) (u00, u01, l10, u11 float64, swap, singular, ok bool) {
	if a00 != a00 || a10 != a10 {
		return
	}
	if math.Abs(a10) > math.Abs(a00) {
		swap = true
		a00, a01, a10, a11 = a10, a11, a00, a01
	}
	if a00 == 0 {
		return 0, 0, 0, 0, swap, true, true
	}
	if !obNormal(a00) {
		return
	}
	l10 = a10 * (1 / a00)
	// dgemv_n's C loop for the one row: a sum from 0 of rounded products.
	var t float64
	t += float64(l10 * a01)
	u11 = a11 - t
	// The last pivot is only recorded: any value takes the same steps.
	return a00, a01, l10, u11, swap, u11 == 0, true
}

// obLU3 is obLU2 for the row-major 3×3 a: U's upper triangle u00 … u22,
// the multipliers l10, l20, l21 and the pivot rows p0 ∈ {0, 1, 2},
// p1 ∈ {1, 2}.
func obLU3(a []float64) (f lu3, singular, ok bool) {
	a = a[:9]
	a00, a01, a02 := a[0], a[1], a[2]
	a10, a11, a12 := a[3], a[4], a[5]
	a20, a21, a22 := a[6], a[7], a[8]
	// Column 0.
	if a00 != a00 || a10 != a10 || a20 != a20 {
		return
	}
	best := math.Abs(a00)
	if v := math.Abs(a10); v > best {
		f.p0, best = 1, v
	}
	if v := math.Abs(a20); v > best {
		f.p0 = 2
	}
	switch f.p0 {
	case 1:
		a00, a01, a02, a10, a11, a12 = a10, a11, a12, a00, a01, a02
	case 2:
		a00, a01, a02, a20, a21, a22 = a20, a21, a22, a00, a01, a02
	}
	if a00 == 0 {
		return f, true, true
	}
	if !obNormal(a00) {
		return
	}
	f.r00 = 1 / a00
	l10, l20 := a10*f.r00, a20*f.r00
	// Column 1: rows 1 and 2 lose l·u01 (dgemv_n's C loop), then the pivot.
	var t1, t2 float64
	t1 += float64(l10 * a01)
	t2 += float64(l20 * a01)
	x1, x2 := a11-t1, a21-t2
	if x1 != x1 || x2 != x2 {
		return
	}
	f.p1 = 1
	if math.Abs(x2) > math.Abs(x1) {
		f.p1 = 2
		x1, x2 = x2, x1
		l10, l20 = l20, l10
		a12, a22 = a22, a12
	}
	if x1 == 0 {
		return f, true, true
	}
	if !obNormal(x1) {
		return
	}
	f.r11 = 1 / x1
	l21 := x2 * f.r11
	// Column 2: u12 by ddot (one rounded product, summed from 0 into the
	// first of two sums), u22 by dgemv_n's C loop.
	var s1, s2 float64
	s1 += float64(a02 * l10)
	u12 := a12 - (s1 + s2)
	var t float64
	t += float64(l20 * a02)
	t += float64(l21 * u12)
	u22 := a22 - t
	f.u00, f.u01, f.u02, f.u11, f.u12, f.u22 = a00, a01, a02, x1, u12, u22
	f.l10, f.l20, f.l21 = l10, l20, l21
	return f, u22 == 0, true
}

// lu3 holds the factors of obLU3.
type lu3 struct {
	u00, u01, u02, u11, u12, u22 float64
	l10, l20, l21                float64
	r00, r11                     float64 // 1/u00, 1/u11
	p0, p1                       int
}

// inv2, inv3 and inv4 invert the row-major n×n matrix src (n = 2, 3, 4)
// into dst as NumPy's gesv does under OpenBLAS (obGetf2 and obInverse),
// leaving src alone. They report false on an exactly zero pivot.
func inv2(src, dst []float64) bool {
	src, dst = src[:4], dst[:4]
	u00, u01, l10, u11, swap, singular, ok := obLU2(src[0], src[1], src[2], src[3])
	if !ok {
		return invFixed(src, dst, 2)
	}
	if singular {
		return false
	}
	// trsm on P·I: the block of two rows, forward (row 1 -= row 0·l10)
	// and backward (row 1 times 1/u11, row 0 -= row 1·u01, times 1/u00).
	b00, b01, b10, b11 := 1.0, 0.0, 0.0, 1.0
	if swap {
		b00, b01, b10, b11 = 0, 1, 1, 0
	}
	b10 -= float64(b00 * l10)
	b11 -= float64(b01 * l10)
	d1 := 1 / u11
	b10 *= d1
	b11 *= d1
	b00 -= float64(b10 * u01)
	b01 -= float64(b11 * u01)
	d0 := 1 / u00
	dst[0], dst[1], dst[2], dst[3] = b00*d0, b01*d0, b10, b11
	return true
}

func inv3(src, dst []float64) bool {
	src, dst = src[:9], dst[:9]
	f, singular, ok := obLU3(src)
	if !ok {
		return invFixed(src, dst, 3)
	}
	if singular {
		return false
	}
	// B = P·I: row i of the identity is e_perm[i]. The trsm, column by
	// column: forward, a block of two rows (row 1 -= row 0·l10), then row
	// 2 alone after the gemm with rows 0 and 1 (fused multiply-adds from
	// 0); backward, row 2 alone (times 1/u22), then the block of rows 0
	// and 1: the gemm with row 2, row 1 times 1/u11, row 0 -= row 1·u01,
	// row 0 times 1/u00.
	perm := [3]int{0, 1, 2}
	perm[0], perm[f.p0] = perm[f.p0], perm[0]
	perm[1], perm[f.p1] = perm[f.p1], perm[1]
	d2, d1, d0 := 1/f.u22, f.r11, f.r00
	for c := 0; c < 3; c++ {
		var x0, x1, x2 float64
		switch c {
		case perm[0]:
			x0 = 1
		case perm[1]:
			x1 = 1
		default:
			x2 = 1
		}
		x1 -= float64(x0 * f.l10)
		s := math.FMA(f.l20, x0, 0)
		s = math.FMA(f.l21, x1, s)
		x2 -= s
		x2 *= d2
		x0 -= math.FMA(f.u02, x2, 0)
		x1 -= math.FMA(f.u12, x2, 0)
		x1 *= d1
		x0 -= float64(x1 * f.u01)
		dst[c], dst[3+c], dst[6+c] = x0*d0, x1, x2
	}
	return true
}

// solve2 and solve3 overwrite b (n values) with the solution of a·x = b
// for the row-major n×n a (n = 2, 3), as NumPy's gesv does under
// OpenBLAS with one right-hand side (obGetrs1: the interchanges, then
// daxpy's C loop down the columns of L, then from the bottom x[i] /= uᵢᵢ
// and daxpy's up the columns of U). ok false leaves b alone for the
// general path; singular reports an exactly zero pivot.
func solve2(a, b []float64) (singular, ok bool) {
	a, b = a[:4], b[:2]
	u00, u01, l10, u11, swap, singular, ok := obLU2(a[0], a[1], a[2], a[3])
	if !ok || singular {
		return singular, ok
	}
	b0, b1 := b[0], b[1]
	if swap {
		b0, b1 = b1, b0
	}
	t := -b0
	b1 += float64(t * l10)
	b1 /= u11
	t = -b1
	b0 += float64(t * u01)
	b[0], b[1] = b0/u00, b1
	return false, true
}

func solve3(a, b []float64) (singular, ok bool) {
	a, b = a[:9], b[:3]
	f, singular, ok := obLU3(a)
	if !ok || singular {
		return singular, ok
	}
	x0, x1, x2 := b[0], b[1], b[2]
	switch f.p0 {
	case 1:
		x0, x1 = x1, x0
	case 2:
		x0, x2 = x2, x0
	}
	if f.p1 == 2 {
		x1, x2 = x2, x1
	}
	t := -x0
	x1 += float64(t * f.l10)
	x2 += float64(t * f.l20)
	t = -x1
	x2 += float64(t * f.l21)
	x2 /= f.u22
	t = -x2
	x0 += float64(t * f.u02)
	x1 += float64(t * f.u12)
	x1 /= f.u11
	t = -x1
	x0 += float64(t * f.u01)
	b[0], b[1], b[2] = x0/f.u00, x1, x2
	return false, true
}

func inv4(src, dst []float64) bool { return invFixed(src, dst, 4) }

// invFixed is the general path of inv2, inv3 and inv4.
func invFixed(src, dst []float64, n int) bool {
	var m [16]float64
	var piv [4]int
	lu := m[:n*n]
	copy(lu, src[:n*n])
	if obGetf2(lu, n, n, n, piv[:n]) >= 0 {
		return false
	}
	obInverse(lu, n, piv[:n], dst[:n*n])
	return true
}
