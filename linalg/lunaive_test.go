package linalg

import "math"

// The LU factorisation and solves of OpenBLAS's getf2 and getrs, written
// out plainly in the test, in OpenBLAS's column-major layout (element
// (i, j) at c[i+j*n]), from OpenBLAS's source (lapack/getf2/getf2_k.c,
// lapack/getrs/getrs_single.c, driver/level2/trsv_L.c and trsv_U.c,
// driver/level3/trsm_L.c, kernel/generic/trsm_kernel_LT.c and _LN.c, and
// the Haswell kernels ddot.c, dgemv_n_4.c with dgemv_n_microk_haswell-4.c,
// iamax_sse2.S, dscal.c, daxpy.c and dgemm_kernel_4x8_haswell.S), as the reference for the
// bit-for-bit tests of golinalg's small and stacked paths (issue 18):
//
//   - factorisation, column j at a time, left-looking: the earlier
//     interchanges applied to column j; u[i][j] -= ddot(row i of L, column
//     j above i) for i = 1..j-1 (ddot's strided path: rounded products
//     four at a time into two sums, m1+m3 and m2+m4, the rest into the
//     first sum); the column below the diagonal minus L·u by dgemv_n (rows in groups of four: columns four
//     at a time, fma(a2, x2, a0·x0) + fma(a3, x3, a1·x1), then two, then
//     one; the last rows%4 rows by a plain sum of rounded products); the
//     pivot as iamax_sse2.S picks it (naiveIdamax: the first entry of
//     largest magnitude, unless there are NaNs); a pivot of magnitude ≥
//     DBL_MIN swapped into place in columns 0..j and the column below
//     multiplied by its reciprocal, or set to zero when the reciprocal is
//     0 (dscal with alpha 0); a smaller nonzero one, or a NaN, left as it
//     is; a zero pivot recorded (info);
//   - solve with one right-hand side (trsv): the interchanges, then
//     x[i+1:] += (−x[i])·L[i+1:, i] (daxpy: fused in whole groups of 16,
//     rounded product then sum for the rest), then from the bottom
//     x[i] /= u[i][i] and x[:i] += (−x[i])·U[:i, i];
//   - with more (trsm): rows in blocks of four from the top (then two,
//     one) for L, from the bottom (one, two, then fours) for U; each entry
//     of a block first loses the dgemm sum over the solved rows (fused
//     multiply-adds from zero in increasing row order; the last column of
//     an odd number of columns, in a block of four, sums eight terms at a
//     time into four sums by index mod 4), then the block is solved with
//     the reciprocal of the diagonal and rounded products.
//
// float64(…) keeps the compiler from fusing a product into an FMA.

// naiveGetf2 overwrites the m×n row-major matrix a (row stride lda) with
// its LU factors, fills piv (min(m, n) entries) with the rows swapped and
// returns the index of the first zero pivot, or -1.
func naiveGetf2(a []float64, m, n, lda int, piv []int) int {
	c := make([]float64, m*n) // column-major, leading dimension m
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			c[i+j*m] = a[i*lda+j]
		}
	}
	info := -1
	for j := 0; j < n; j++ {
		b := c[j*m : j*m+m]
		for i := 0; i < min(j, m); i++ {
			if ip := piv[i]; ip != i {
				b[i], b[ip] = b[ip], b[i]
			}
		}
		for i := 1; i < min(j, m); i++ {
			var t1, t2 float64
			q := 0
			for ; q+4 <= i; q += 4 {
				m1, m2 := float64(b[q]*c[i+q*m]), float64(b[q+1]*c[i+(q+1)*m])
				m3, m4 := float64(b[q+2]*c[i+(q+2)*m]), float64(b[q+3]*c[i+(q+3)*m])
				t1 += m1 + m3
				t2 += m2 + m4
			}
			for ; q < i; q++ {
				t1 += float64(b[q] * c[i+q*m])
			}
			b[i] -= t1 + t2
		}
		if j >= m {
			continue
		}
		rows := m - j
		for r := j; r < m; r++ {
			if r-j < rows&^3 {
				q := 0
				for ; q+4 <= j; q += 4 {
					t4 := math.FMA(c[r+(q+2)*m], b[q+2], float64(c[r+q*m]*b[q]))
					t5 := math.FMA(c[r+(q+3)*m], b[q+3], float64(c[r+(q+1)*m]*b[q+1]))
					b[r] -= t4 + t5
				}
				if j&2 != 0 {
					b[r] -= float64(c[r+q*m]*b[q]) + float64(c[r+(q+1)*m]*b[q+1])
					q += 2
				}
				if j&1 != 0 {
					b[r] -= float64(c[r+q*m] * b[q])
				}
				continue
			}
			var t float64
			for q := 0; q < j; q++ {
				t += float64(c[r+q*m] * b[q])
			}
			b[r] -= t
		}
		// b[j] is element j*m+j of the 16-byte aligned buffer.
		p := j + naiveIdamax(b[j:], (j*m+j)%2 == 1)
		piv[j] = p
		if b[p] == 0 {
			if info < 0 {
				info = j
			}
			continue
		}
		if !(math.Abs(b[p]) >= 0x1p-1022) { // also NaN
			continue
		}
		r := 1 / b[p]
		for q := 0; q <= j; q++ {
			c[j+q*m], c[p+q*m] = c[p+q*m], c[j+q*m]
		}
		for i := j + 1; i < m; i++ {
			if r == 0 {
				b[i] = 0 // dscal with alpha 0 stores zeros
			} else {
				b[i] *= r
			}
		}
	}
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			a[i*lda+j] = c[i+j*m]
		}
	}
	return info
}

// naiveIdamax is iamax_sse2.S (OpenBLAS's idamax for Haswell) run
// instruction by instruction on x (len(x) ≥ 1, increment 1), odd when x[0]
// is 8 bytes past a 16-byte boundary: xmm[r] are the registers xmm0..3
// (two lanes each), maxpd keeps its destination only when it is greater
// (so a NaN source wins, a NaN destination loses), comisd reports
// "equal" for unordered operands, cmpeqpd does not. It returns the
// 0-based index.
func naiveIdamax(x []float64, odd bool) int {
	n := len(x)
	abs := func(i int) float64 { return math.Abs(x[i]) }
	maxsd := func(dst, src float64) float64 {
		if dst > src {
			return dst
		}
		return src
	}
	var xmm [4][2]float64
	for r := 0; r < 4; r++ {
		xmm[r] = [2]float64{abs(0), abs(0)}
	}
	X, M := 1, n-1
	alignedPath := M > 7
	if alignedPath && (X%2 == 1) != odd {
		// X is not 16-byte aligned: one value into both lanes of xmm3.
		xmm[3][0] = maxsd(xmm[3][0], abs(X))
		xmm[3][1] = maxsd(xmm[3][1], abs(X))
		X++
		M--
	}
	maxpd := func(r, at int) {
		xmm[r][0] = maxsd(xmm[r][0], abs(at))
		xmm[r][1] = maxsd(xmm[r][1], abs(at+1))
	}
	for I := M >> 4; I > 0; I-- {
		for g := 0; g < 8; g++ {
			maxpd(g%4, X+2*g)
		}
		X += 16
	}
	M &= 15
	if M&8 != 0 {
		for g := 0; g < 4; g++ {
			maxpd(g, X+2*g)
		}
		X += 8
	}
	if M&4 != 0 {
		maxpd(0, X)
		maxpd(1, X+2)
		X += 4
	}
	if M&2 != 0 {
		maxpd(2, X)
		X += 2
	}
	if M&1 != 0 {
		xmm[3][0] = maxsd(xmm[3][0], abs(X))
		xmm[3][1] = maxsd(xmm[3][1], abs(X))
	}
	for l := 0; l < 2; l++ {
		xmm[0][l] = maxsd(xmm[0][l], xmm[1][l])
		xmm[2][l] = maxsd(xmm[2][l], xmm[3][l])
		xmm[0][l] = maxsd(xmm[0][l], xmm[2][l])
	}
	top := maxsd(xmm[0][1], xmm[0][0])
	comisdEq := func(v float64) bool { return v == top || math.IsNaN(v) || math.IsNaN(top) }
	X, M = 0, n
	ret := 0 // 1-based, as the kernel counts
	if alignedPath && odd {
		ret++
		if comisdEq(abs(0)) {
			return ret - 1
		}
		X++
		M--
	}
	for I := M >> 3; I > 0; I-- {
		any := false
		for t := 0; t < 8; t++ {
			if abs(X+t) == top { // cmpeqpd, ordered
				any = true
			}
		}
		if any {
			for t := 0; t < 7; t++ {
				ret++
				if comisdEq(abs(X + t)) {
					return ret - 1
				}
			}
			return ret // the eighth is taken without a test
		}
		X += 8
		ret += 8
	}
	if M&4 != 0 {
		for t := 0; t < 4; t++ {
			ret++
			if comisdEq(abs(X + t)) {
				return ret - 1
			}
		}
		X += 4
	}
	if M&2 != 0 {
		for t := 0; t < 2; t++ {
			ret++
			if comisdEq(abs(X + t)) {
				return ret - 1
			}
		}
	}
	ret++
	// getf2 clamps an index past the end to the last row.
	return min(ret, n) - 1
}

// naiveSolve overwrites the n×k row-major x = B with the solution of
// A·X = B from naiveGetf2's factors lu, piv of the n×n A (n ≤ 64).
func naiveSolve(lu []float64, n int, piv []int, x []float64, k int) {
	for i := 0; i < n; i++ {
		if p := piv[i]; p != i {
			for c := 0; c < k; c++ {
				x[i*k+c], x[p*k+c] = x[p*k+c], x[i*k+c]
			}
		}
	}
	if k == 1 {
		axpy := func(t float64, col func(q int) float64, lo, hi int) {
			for q := lo; q < hi; q++ {
				if q-lo < (hi-lo)&^15 {
					x[q] = math.FMA(t, col(q), x[q])
				} else {
					x[q] += float64(t * col(q))
				}
			}
		}
		for i := 0; i < n; i++ {
			axpy(-x[i], func(q int) float64 { return lu[q*n+i] }, i+1, n)
		}
		for i := n - 1; i >= 0; i-- {
			x[i] /= lu[i*n+i]
			axpy(-x[i], func(q int) float64 { return lu[q*n+i] }, 0, i)
		}
		return
	}
	// gemm: entry (r, c) minus the sum over rows q0..q1-1.
	gemm := func(r, c, q0, q1 int, four bool) {
		var s [4]float64
		q := q0
		if four && c == k-1 && k%2 == 1 {
			for ; q+8 <= q1; q += 8 {
				for t := 0; t < 8; t++ {
					s[t%4] = math.FMA(lu[r*n+q+t], x[(q+t)*k+c], s[t%4])
				}
			}
		}
		for ; q < q1; q++ {
			s[0] = math.FMA(lu[r*n+q], x[q*k+c], s[0])
		}
		x[r*k+c] -= (s[0] + s[1]) + (s[2] + s[3])
	}
	var blocks [][2]int
	for r0 := 0; r0+4 <= n; r0 += 4 {
		blocks = append(blocks, [2]int{r0, 4})
	}
	if n%4 >= 2 {
		blocks = append(blocks, [2]int{n &^ 3, 2})
	}
	if n%2 == 1 {
		blocks = append(blocks, [2]int{n - 1, 1})
	}
	for _, bl := range blocks {
		r0, bs := bl[0], bl[1]
		for c := 0; c < k; c++ {
			if r0 > 0 {
				for r := r0; r < r0+bs; r++ {
					gemm(r, c, 0, r0, bs == 4)
				}
			}
			for i := r0; i < r0+bs; i++ {
				for q := i + 1; q < r0+bs; q++ {
					x[q*k+c] -= float64(x[i*k+c] * lu[q*n+i])
				}
			}
		}
	}
	// Upper: blocks from the bottom: one row (n odd), two rows, then fours.
	var up [][2]int
	top := n
	if n%2 == 1 {
		up = append(up, [2]int{n - 1, 1})
		top = n - 1
	}
	if n&2 != 0 {
		up = append(up, [2]int{(n &^ 1) - 2, 2})
		top = (n &^ 1) - 2
	}
	for r0 := top - 4; r0 >= 0; r0 -= 4 {
		up = append(up, [2]int{r0, 4})
	}
	for _, bl := range up {
		r0, bs := bl[0], bl[1]
		for c := 0; c < k; c++ {
			if r0+bs < n {
				for r := r0; r < r0+bs; r++ {
					gemm(r, c, r0+bs, n, bs == 4)
				}
			}
			for i := r0 + bs - 1; i >= r0; i-- {
				x[i*k+c] *= 1 / lu[i*n+i]
				for q := r0; q < i; q++ {
					x[q*k+c] -= float64(x[i*k+c] * lu[q*n+i])
				}
			}
		}
	}
}

// naiveInv returns the inverse of the n×n row-major a (solved against I)
// and whether a pivot was exactly zero (then the inverse is nil).
func naiveInv(a []float64, n int) ([]float64, bool) {
	lu := append([]float64(nil), a...)
	piv := make([]int, n)
	if naiveGetf2(lu, n, n, n, piv) >= 0 {
		return nil, true
	}
	x := make([]float64, n*n)
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	naiveSolve(lu, n, piv, x, n)
	return x, false
}

// naiveSlogdet returns NumPy's sign and log|det| of the n×n row-major a:
// (0, -inf) on a zero pivot, otherwise the sign of the permutation times
// the signs of the pivots, and the sum in order of the ln|uᵢᵢ|, each
// correctly rounded (refLog), as golinalg's crLog means to give them.
func naiveSlogdet(a []float64, n int) (sign, logdet float64) {
	lu := append([]float64(nil), a...)
	piv := make([]int, n)
	if naiveGetf2(lu, n, n, n, piv) >= 0 {
		return 0, math.Inf(-1)
	}
	sign = 1
	for i := 0; i < n; i++ {
		if piv[i] != i {
			sign = -sign
		}
	}
	for i := 0; i < n; i++ {
		d := lu[i*n+i]
		if d < 0 {
			sign, d = -sign, -d
		}
		logdet += refLog(d)
	}
	return sign, logdet
}
