// The LU family in OpenBLAS's operation order (issue 18): NumPy's inv,
// solve, det and slogdet call LAPACK's dgesv/dgetrf from OpenBLAS, whose
// results depend on the order of the floating-point operations of its own
// getrf (lapack/getf2/getf2_k.c, lapack/getrf/getrf_single.c), getrs
// (lapack/getrs/getrs_single.c: trsv for one right-hand side, trsm for
// more) and of the Haswell kernels these call. The functions here perform
// the same operations in the same order on row-major data (element (i, j)
// of a matrix with row stride lda is a[i*lda+j]; OpenBLAS's column-major
// layout changes addresses, not operations), so that golinalg's results
// are NumPy's bit for bit under the Haswell kernels (the kernels of Zen
// and of most x86-64 machines), and its singular verdicts are NumPy's.
// testdata/lu_fixtures.bin.gz holds NumPy's results for thousands of
// matrices (TestLUFixturesHaswell).
//
// OpenBLAS's C kernels (ddot.c, the C loops of dgemv_n_4.c and daxpy.c,
// the generic trsm kernels) are not compiled with FMA contraction: a
// product and a sum there are rounded apart (float64(x*y) keeps Go from
// fusing them). Its assembly kernels (the Haswell microkernels of dgemv,
// daxpy and dgemm) use vfmadd, written math.FMA here. The fixtures
// decided each case.

package linalg

import "math"

// obDTB is OpenBLAS's DTB_ENTRIES for Haswell: the block size of trsv.
const obDTB = 64

// obGetf2Max is the largest order that OpenBLAS's getrf_single factors
// with getf2 directly: its blocking, mn/2 rounded up to a multiple of
// GEMM_UNROLL_N (8 for Haswell's dgemm), must not exceed 2·GEMM_UNROLL_N.
const obGetf2Max = 33

// obGetf2 factors the m×n row-major matrix a (row stride lda) as
// OpenBLAS's getf2 does: left-looking, column by column. For column j it
// applies the earlier interchanges to the column, computes its upper part
// U(1:j, j) by dot products with the rows of L (ddot's strided path), its
// lower part by one matrix-vector product (dgemv_n), takes the pivot that
// idamax picks (obIamax: the first entry of largest magnitude when there
// is no NaN), swaps the pivot row in the columns 0..j and multiplies the
// column below the pivot by the pivot's reciprocal (dscal; an infinite
// pivot's reciprocal 0 stores zeros). A pivot that is not at least
// DBL_MIN in magnitude (tiny, or NaN) is recorded but neither swapped nor
// applied, as OpenBLAS does. piv[j] is the 0-based row interchanged with
// row j. It returns the 0-based index of the first exactly zero pivot, or
// -1.
func obGetf2(a []float64, m, n, lda int, piv []int) int {
	info := -1
	for j := 0; j < n; j++ {
		l := min(j, m)
		for i := 0; i < l; i++ {
			if ip := piv[i]; ip != i {
				a[i*lda+j], a[ip*lda+j] = a[ip*lda+j], a[i*lda+j]
			}
		}
		for i := 1; i < l; i++ {
			a[i*lda+j] -= obDotCol(a[i*lda:i*lda+i], a[j:], lda)
		}
		if j >= m {
			continue
		}
		if j > 0 {
			obGemvN(a[j*lda:], m-j, j, lda, a[j:], lda, a[j*lda+j:], lda)
		}
		jp := j + obIamax(a[j*lda+j:], lda, m-j, (j*m+j)&1 == 1)
		piv[j] = jp
		p := a[jp*lda+j]
		if p == 0 {
			if info < 0 {
				info = j
			}
			continue
		}
		if !(math.Abs(p) >= 0x1p-1022) {
			continue
		}
		r := 1 / p
		if jp != j {
			rj, rp := a[j*lda:j*lda+j+1], a[jp*lda:jp*lda+j+1]
			for k := range rj {
				rj[k], rp[k] = rp[k], rj[k]
			}
		}
		if r == 0 {
			// An infinite pivot: dscal with alpha = 0 stores zeros, even
			// over infinities and NaNs.
			for i := j + 1; i < m; i++ {
				a[i*lda+j] = 0
			}
			continue
		}
		for i := j + 1; i < m; i++ {
			a[i*lda+j] *= r
		}
	}
	return info
}

// obIamax is the 0-based index that OpenBLAS's idamax for x86-64
// (kernel/x86_64/iamax_sse2.S, which Haswell uses) returns for the n ≥ 1
// values x[k] = xs[k*inc] stored contiguously; odd says x[0] lies 8 bytes
// past a 16-byte boundary. Without NaNs it is the first index of the
// largest magnitude. With NaNs the result follows the kernel: the
// magnitudes go into eight lanes (x[0] into all, then pairs of
// consecutive values into the lanes of xmm0..xmm3 in turn, a single
// value into both lanes of xmm3) with maxpd's rule acc = acc > v ? acc :
// v, the lanes are reduced in the kernel's order, and the index is found
// by blocks of eight screened with an ordered compare, then value by
// value with comisd, which takes an unordered comparison for equality.
// The alignment decides which value is compared alone first. getf2
// factors NumPy's and SciPy's copies, 16-byte aligned with leading
// dimension m, so element (j, j) is odd when j·(m+1) is.
func obIamax(xs []float64, inc, n int, odd bool) int {
	x := func(k int) float64 { return math.Abs(xs[k*inc]) }
	mx := func(d, s float64) float64 {
		if d > s {
			return d
		}
		return s
	}
	var acc [8]float64 // lane l of xmm r is acc[2r+l]
	for i := range acc {
		acc[i] = x(0)
	}
	k, rest := 1, n-1
	aligned := rest > 7
	if aligned && !odd { // x[1] is not 16-byte aligned: alone, into xmm3
		v := x(1)
		acc[6], acc[7] = mx(acc[6], v), mx(acc[7], v)
		k, rest = 2, rest-1
	}
	pair := func(r int) {
		acc[2*r], acc[2*r+1] = mx(acc[2*r], x(k)), mx(acc[2*r+1], x(k+1))
		k += 2
	}
	for ; rest >= 8; rest -= 8 {
		pair(0)
		pair(1)
		pair(2)
		pair(3)
	}
	if rest&4 != 0 {
		pair(0)
		pair(1)
	}
	if rest&2 != 0 {
		pair(2)
	}
	if rest&1 != 0 {
		v := x(k)
		acc[6], acc[7] = mx(acc[6], v), mx(acc[7], v)
	}
	var lane [2]float64
	for l := range lane {
		lane[l] = mx(mx(acc[l], acc[2+l]), mx(acc[4+l], acc[6+l]))
	}
	m := mx(lane[1], lane[0])
	eq := func(v float64) bool { return !(v < m) && !(v > m) }
	k, rest = 0, n
	if aligned && odd {
		if eq(x(0)) {
			return 0
		}
		k, rest = 1, n-1
	}
	for ; rest >= 8; rest -= 8 {
		hit := false
		for t := 0; t < 8; t++ {
			hit = hit || x(k+t) == m
		}
		if hit {
			for t := 0; t < 7; t++ {
				if eq(x(k + t)) {
					return k + t
				}
			}
			return k + 7
		}
		k += 8
	}
	for _, bs := range [2]int{4, 2} {
		if rest&bs != 0 {
			for t := 0; t < bs; t++ {
				if eq(x(k)) {
					return k
				}
				k++
			}
		}
	}
	return min(k, n-1)
}

// obDotCol is OpenBLAS's ddot (Haswell, kernel/x86_64/ddot.c) on its
// strided path: x contiguous, y[k] = ys[k*ldy]. Four rounded products a
// step into two sums, temp1 += m1+m3 and temp2 += m2+m4, the rest into
// temp1, and temp1+temp2 at the end.
func obDotCol(x, ys []float64, ldy int) float64 {
	var t1, t2 float64
	k := len(x)
	i := 0
	for ; i+4 <= k; i += 4 {
		y0, y1, y2, y3 := ys[i*ldy], ys[(i+1)*ldy], ys[(i+2)*ldy], ys[(i+3)*ldy]
		t1 += float64(y0*x[i]) + float64(y2*x[i+2])
		t2 += float64(y1*x[i+1]) + float64(y3*x[i+3])
	}
	for ; i < k; i++ {
		t1 += float64(ys[i*ldy] * x[i])
	}
	return t1 + t2
}

// obGemvN is OpenBLAS's dgemv_n for Haswell (kernel/x86_64/dgemv_n_4.c
// with dgemv_n_microk_haswell-4.c) with alpha = -1: y -= A·x for the
// rows×cols matrix A (row stride lda), x[k] = xs[k*ldx] and
// y[r] = ys[r*ldy]. The rows in whole groups of four go through the
// vector kernels, which take the columns four at a time
// (t = fma(a2, x2, a0·x0) + fma(a3, x3, a1·x1), y -= t), then two
// (y -= a0·x0 + a1·x1), then one (y -= a0·x0, rounded product); each
// remaining row sums its products with fused multiply-adds and subtracts
// the sum.
func obGemvN(a []float64, rows, cols, lda int, xs []float64, ldx int, ys []float64, ldy int) {
	m1 := rows &^ 3
	c4 := cols &^ 3
	for r := 0; r < m1; r++ {
		ar := a[r*lda : r*lda+cols]
		y := ys[r*ldy]
		c := 0
		for ; c < c4; c += 4 {
			t4 := math.FMA(ar[c+2], xs[(c+2)*ldx], ar[c]*xs[c*ldx])
			t5 := math.FMA(ar[c+3], xs[(c+3)*ldx], ar[c+1]*xs[(c+1)*ldx])
			y -= t4 + t5
		}
		if cols&2 != 0 {
			y -= ar[c]*xs[c*ldx] + ar[c+1]*xs[(c+1)*ldx]
			c += 2
		}
		if cols&1 != 0 {
			p := ar[c] * xs[c*ldx]
			y -= p
		}
		ys[r*ldy] = y
	}
	for r := m1; r < rows; r++ {
		ar := a[r*lda : r*lda+cols]
		var t float64
		for c, v := range ar {
			t += float64(v * xs[c*ldx])
		}
		ys[r*ldy] -= t
	}
}

// obLaswp applies the interchanges piv[0..n-1] in order to the rows of the
// n×k row-major matrix b (row stride ldb).
func obLaswp(b []float64, n, k, ldb int, piv []int) {
	for i := 0; i < n; i++ {
		if p := piv[i]; p != i {
			ri, rp := b[i*ldb:i*ldb+k], b[p*ldb:p*ldb+k]
			for c := range ri {
				ri[c], rp[c] = rp[c], ri[c]
			}
		}
	}
}

// obGetrs1 solves A·x = b for one right-hand side b (stride incb) from the
// factors of obGetf2 as OpenBLAS's getrs does: the interchanges, then
// trsv with the unit lower triangle (forward, by axpy with -x[i] down
// column i) and with the upper (backward, x[i] divided by the diagonal,
// then axpy up the column), in blocks of DTB_ENTRIES rows joined by
// dgemv_n.
func obGetrs1(lu []float64, n, lda int, piv []int, b []float64) {
	for i := 0; i < n; i++ {
		if p := piv[i]; p != i {
			b[i], b[p] = b[p], b[i]
		}
	}
	for is := 0; is < n; is += obDTB {
		mi := min(n-is, obDTB)
		for i := 0; i < mi-1; i++ {
			t := -b[is+i]
			col := lu[(is+i+1)*lda+is+i:]
			obAxpyCol(t, col, lda, b[is+i+1:is+mi])
		}
		if n-is > mi {
			obGemvN(lu[(is+mi)*lda+is:], n-is-mi, mi, lda, b[is:], 1, b[is+mi:], 1)
		}
	}
	for is := n; is > 0; is -= obDTB {
		mi := min(is, obDTB)
		for i := 0; i < mi; i++ {
			r := is - i - 1
			b[r] /= lu[r*lda+r]
			if i < mi-1 {
				t := -b[r]
				lo := is - mi
				obAxpyCol(t, lu[lo*lda+r:], lda, b[lo:r])
			}
		}
		if is-mi > 0 {
			obGemvN(lu[is-mi:], is-mi, mi, lda, b[is-mi:], 1, b, 1)
		}
	}
}

// obGetrsN solves A·X = B for the n×k row-major B (row stride ldb, k > 1)
// from the factors of obGetf2 as OpenBLAS's getrs does with trsm
// (driver/level3/trsm_L.c and the generic trsm_kernel_LT/LN with
// Haswell's GEMM_UNROLL_M = 4): after the interchanges, the rows are
// solved in blocks of four from the top for L (then a block of two, then
// one), from the bottom for U (one, two, then fours). A block first
// subtracts the dgemm sum over the rows already solved (each entry's sum
// accumulated in fused multiply-adds, in increasing row order), then is
// solved row by row, multiplying by the reciprocal of the diagonal as the
// packing routine stored it, and updating the rows of the block with
// fused multiply-adds.
func obGetrsN(lu []float64, n, lda int, piv []int, b []float64, k, ldb int) {
	obLaswp(b, n, k, ldb, piv)
	// Forward: unit lower.
	for r0 := 0; r0 < n; {
		bs := 4
		if n-r0 < 4 {
			bs = 2
			if (n-r0)&2 == 0 {
				bs = 1
			}
		}
		obTrsmBlock(lu, lda, b, k, ldb, r0, bs, 0, r0, true)
		r0 += bs
	}
	// Backward: upper.
	top := n
	for _, bs := range [2]int{1, 2} {
		if n&bs != 0 {
			r0 := (n &^ (bs - 1)) - bs
			obTrsmBlock(lu, lda, b, k, ldb, r0, bs, r0+bs, n, false)
			top = r0
		}
	}
	for r0 := top - 4; r0 >= 0; r0 -= 4 {
		obTrsmBlock(lu, lda, b, k, ldb, r0, 4, r0+4, n, false)
	}
}

// obTrsmBlock solves rows r0..r0+bs-1 of B: the gemm update with rows
// k0..k1-1 of X (already solved), then the triangular block (unit lower
// forward, or upper backward with the diagonal's reciprocal).
func obTrsmBlock(lu []float64, lda int, b []float64, k, ldb, r0, bs, k0, k1 int, lower bool) {
	if k1 > k0 {
		for r := r0; r < r0+bs; r++ {
			lr := lu[r*lda : r*lda+k1]
			br := b[r*ldb : r*ldb+k]
			for c := range br {
				if bs == 4 && c == k-1 && k&1 == 1 {
					br[c] -= obDot4x1(lr[k0:k1], b[k0*ldb+c:], ldb)
					continue
				}
				acc := 0.0
				for q := k0; q < k1; q++ {
					acc = math.FMA(lr[q], b[q*ldb+c], acc)
				}
				br[c] -= acc
			}
		}
	}
	if lower {
		for i := 0; i < bs; i++ {
			ri := b[(r0+i)*ldb : (r0+i)*ldb+k]
			for q := i + 1; q < bs; q++ {
				l := lu[(r0+q)*lda+r0+i]
				rq := b[(r0+q)*ldb : (r0+q)*ldb+k]
				for c, bb := range ri {
					rq[c] -= float64(bb * l)
				}
			}
		}
		return
	}
	for i := bs - 1; i >= 0; i-- {
		ri := b[(r0+i)*ldb : (r0+i)*ldb+k]
		d := 1 / lu[(r0+i)*lda+r0+i]
		for c := range ri {
			ri[c] *= d
		}
		for q := 0; q < i; q++ {
			u := lu[(r0+q)*lda+r0+i]
			rq := b[(r0+q)*ldb : (r0+q)*ldb+k]
			for c, bb := range ri {
				rq[c] -= float64(bb * u)
			}
		}
	}
}

// obSolve solves A·X = B for the n×k row-major B from the n×n factors of
// obGetf2 as OpenBLAS's getrs: by trsv for one right-hand side, by trsm
// for more.
func obSolve(lu []float64, n int, piv []int, b []float64, k int) {
	if k == 1 {
		obGetrs1(lu, n, n, piv, b)
		return
	}
	if k > 1 {
		obGetrsN(lu, n, n, piv, b, k, k)
	}
}

// obAxpyCol is OpenBLAS's daxpy (Haswell) y += t·x for x[k] = xs[k*ldx]:
// the first len(y) rounded down to a multiple of 16 in the vector kernel
// with fused multiply-adds, the rest in C, product and sum rounded apart.
func obAxpyCol(t float64, xs []float64, ldx int, y []float64) {
	n1 := len(y) &^ 15
	for k := 0; k < n1; k++ {
		y[k] = math.FMA(t, xs[k*ldx], y[k])
	}
	for k := n1; k < len(y); k++ {
		y[k] += float64(t * xs[k*ldx])
	}
}

// obDot4x1 is the sum of dgemm_kernel_4x8_haswell's 4×1 kernel, which
// the trsm kernel uses for the last column of an odd number of columns:
// the terms in whole groups of eight go to four sums by their index
// modulo 4, the rest to the first, and the sums are added in pairs.
func obDot4x1(x, ys []float64, ldy int) float64 {
	var s [4]float64
	k := len(x)
	q := 0
	for ; q+8 <= k; q += 8 {
		for t := 0; t < 8; t++ {
			s[t&3] = math.FMA(x[q+t], ys[(q+t)*ldy], s[t&3])
		}
	}
	for ; q < k; q++ {
		s[0] = math.FMA(x[q], ys[q*ldy], s[0])
	}
	return (s[0] + s[1]) + (s[2] + s[3])
}
