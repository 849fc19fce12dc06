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
// obGetf2CM does the same on column-major data, for the small paths;
// obInverse and the unrolled kernels of inv_small.go skip only steps that
// provably change nothing.
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
	return obGetf2At(a, m, n, lda, piv, 0, m+1)
}

// obGetf2At is obGetf2 for a panel whose diagonal element (j, j) lies at
// index base + j·step of OpenBLAS's column-major buffer (obGetrfAt).
func obGetf2At(a []float64, m, n, lda int, piv []int, base, step int) int {
	// Column j is gathered into col, worked on there and scattered back.
	var buf [64]float64
	col := buf[:]
	if m > len(buf) {
		col = make([]float64, m)
	}
	col = col[:m]
	info := -1
	for j := 0; j < n; j++ {
		for i := range col {
			col[i] = a[i*lda+j]
		}
		l := min(j, m)
		for i := 0; i < l; i++ {
			if ip := piv[i]; ip != i {
				col[i], col[ip] = col[ip], col[i]
			}
		}
		for i := 1; i < l; i++ {
			// ddot's strided path, written out.
			x := a[i*lda : i*lda+i]
			y := col[:len(x)]
			var t1, t2 float64
			q := 0
			for ; q+4 <= len(x); q += 4 {
				t1 += float64(y[q]*x[q]) + float64(y[q+2]*x[q+2])
				t2 += float64(y[q+1]*x[q+1]) + float64(y[q+3]*x[q+3])
			}
			for ; q < len(x); q++ {
				t1 += float64(y[q] * x[q])
			}
			col[i] -= t1 + t2
		}
		if j < m {
			if j > 0 {
				obGemvRows(a[j*lda:], lda, col[:j], col[j:])
			}
			jp := j + obIamax(col[j:], 1, m-j, (base+j*step)&1 == 1)
			piv[j] = jp
			p := col[jp]
			switch {
			case p == 0:
				if info < 0 {
					info = j
				}
			case !(math.Abs(p) >= 0x1p-1022):
				// Tiny or NaN: neither swapped nor applied.
			default:
				r := 1 / p
				if jp != j {
					col[j], col[jp] = col[jp], col[j]
					rj, rp := a[j*lda:j*lda+j], a[jp*lda:jp*lda+j]
					for k := range rj {
						rj[k], rp[k] = rp[k], rj[k]
					}
				}
				below := col[j+1:]
				if r == 0 {
					// An infinite pivot: dscal with alpha = 0 stores
					// zeros, even over infinities and NaNs.
					clear(below)
				} else {
					for i := range below {
						below[i] *= r
					}
				}
			}
		}
		for i, v := range col {
			a[i*lda+j] = v
		}
	}
	return info
}

// obGemvRows is obGemvN with contiguous x and y: y -= A·x for the
// len(y)×len(x) matrix A of row stride lda.
func obGemvRows(a []float64, lda int, x, y []float64) {
	cols := len(x)
	m1 := len(y) &^ 3
	c4 := cols &^ 3
	for r := 0; r < m1; r++ {
		ar := a[r*lda : r*lda+cols]
		v := y[r]
		c := 0
		for ; c < c4; c += 4 {
			t4 := math.FMA(ar[c+2], x[c+2], float64(ar[c]*x[c]))
			t5 := math.FMA(ar[c+3], x[c+3], float64(ar[c+1]*x[c+1]))
			v -= t4 + t5
		}
		if cols&2 != 0 {
			v -= float64(ar[c]*x[c]) + float64(ar[c+1]*x[c+1])
			c += 2
		}
		if cols&1 != 0 {
			v -= float64(ar[c] * x[c])
		}
		y[r] = v
	}
	for r := m1; r < len(y); r++ {
		ar := a[r*lda : r*lda+cols]
		var t float64
		for c, u := range ar {
			t += float64(u * x[c])
		}
		y[r] -= t
	}
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
	// Without NaNs, the first index of the largest magnitude.
	p, best := 0, math.Abs(xs[0])
	if best != best {
		return obIamaxNaN(xs, inc, n, odd)
	}
	for k, i := 1, inc; k < n; k, i = k+1, i+inc {
		v := math.Abs(xs[i])
		if v > best {
			p, best = k, v
		} else if v != v {
			return obIamaxNaN(xs, inc, n, odd)
		}
	}
	return p
}

// obIamaxNaN is obIamax for values with a NaN, in the kernel's steps.
func obIamaxNaN(xs []float64, inc, n int, odd bool) int {
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

// obGemvN is OpenBLAS's dgemv_n for Haswell (kernel/x86_64/dgemv_n_4.c
// with dgemv_n_microk_haswell-4.c) with alpha = -1: y -= A·x for the
// rows×cols matrix A (row stride lda), x[k] = xs[k*ldx] and
// y[r] = ys[r*ldy]. The rows in whole groups of four go through the
// vector kernels, which take the columns four at a time
// (t = fma(a2, x2, a0·x0) + fma(a3, x3, a1·x1), y -= t), then two
// (y -= a0·x0 + a1·x1), then one (y -= a0·x0), products rounded; each
// remaining row sums its rounded products from 0 (the C loop) and
// subtracts the sum.
func obGemvN(a []float64, rows, cols, lda int, xs []float64, ldx int, ys []float64, ldy int) {
	m1 := rows &^ 3
	c4 := cols &^ 3
	for r := 0; r < m1; r++ {
		ar := a[r*lda : r*lda+cols]
		y := ys[r*ldy]
		c := 0
		for ; c < c4; c += 4 {
			t4 := math.FMA(ar[c+2], xs[(c+2)*ldx], float64(ar[c]*xs[c*ldx]))
			t5 := math.FMA(ar[c+3], xs[(c+3)*ldx], float64(ar[c+1]*xs[(c+1)*ldx]))
			y -= t4 + t5
		}
		if cols&2 != 0 {
			y -= float64(ar[c]*xs[c*ldx]) + float64(ar[c+1]*xs[(c+1)*ldx])
			c += 2
		}
		if cols&1 != 0 {
			y -= float64(ar[c] * xs[c*ldx])
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
// rounded products.
func obGetrsN(lu []float64, n, lda int, piv []int, b []float64, k, ldb int) {
	obLaswp(b, n, k, ldb, piv)
	split := -1
	if k&1 == 1 {
		split = k - 1
	}
	pk := newObPackedRows(n, k)
	if pk != nil {
		defer pk.release()
	}
	// Forward: unit lower.
	for r0 := 0; r0 < n; {
		bs := obTrsmForwardBlock(n - r0)
		obTrsmBlock(lu, lda, b, k, ldb, r0, bs, 0, r0, true, split, pk)
		r0 += bs
	}
	// Backward: upper.
	obTrsmUpper(lu, n, lda, b, k, ldb, split, pk)
}

// obTrsmForwardBlock is the height of the next block of the forward (unit
// lower) trsm sweep when m rows remain: four, then two, then one.
func obTrsmForwardBlock(m int) int {
	switch {
	case m >= 4:
		return 4
	case m&2 != 0:
		return 2
	}
	return 1
}

// obTrsmUpper is the backward sweep of obGetrsN: the n rows of B solved
// against U from the bottom, in a block of one (n odd), then of two (n mod
// 4 ≥ 2), then of four.
func obTrsmUpper(lu []float64, n, lda int, b []float64, k, ldb, split int, pk *obPackedRows) {
	top := n
	for _, bs := range [2]int{1, 2} {
		if n&bs != 0 {
			r0 := (n &^ (bs - 1)) - bs
			obTrsmBlock(lu, lda, b, k, ldb, r0, bs, r0+bs, n, false, split, pk)
			top = r0
		}
	}
	for r0 := top - 4; r0 >= 0; r0 -= 4 {
		obTrsmBlock(lu, lda, b, k, ldb, r0, 4, r0+4, n, false, split, pk)
	}
}

// obTrsmBlock solves rows r0..r0+bs-1 of B: the gemm update with rows
// k0..k1-1 of X (already solved; obGemmHsw on the block's k columns, so
// that in a block of four rows the last of an odd number of columns takes
// the 4×1 kernel's split sums), then the triangular block (unit lower
// forward, or upper backward with the diagonal's reciprocal). split is
// that column (k-1, or -1), as obInverse passes it. pk, if not nil, holds
// the rows solved so far packed for the assembly micro-kernel, which then
// does the gemm; the block's rows are added to it once solved.
func obTrsmBlock(lu []float64, lda int, b []float64, k, ldb, r0, bs, k0, k1 int, lower bool, split int, pk *obPackedRows) {
	if k1 > k0 && !pk.gemm(lu, lda, b, ldb, r0, bs, k0, k1) {
		obGemmHsw(bs, k, k1-k0, lu[r0*lda+k0:], lda, b[k0*ldb:], ldb, b[r0*ldb:], ldb)
	}
	if pk != nil {
		defer pk.store(b, ldb, r0, bs)
	}
	if lower {
		for i := 0; i < bs; i++ {
			ri := b[(r0+i)*ldb : (r0+i)*ldb+k]
			for q := i + 1; q < bs; q++ {
				l := lu[(r0+q)*lda+r0+i]
				rq := b[(r0+q)*ldb : (r0+q)*ldb+k]
				rq = rq[:len(ri)]
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
			rq = rq[:len(ri)]
			for c, bb := range ri {
				rq[c] -= float64(bb * u)
			}
		}
	}
}

// obInvFullMin is the order from which obInverse solves on all of P·I
// (obSolve), whose gemm runs the assembly micro-kernel, rather than skip
// the zeros above each column's 1.
const obInvFullMin = 24

// obInverse writes A⁻¹ into x (n×n row-major, n ≤ obLUMax) from the
// factors lu, piv of obGetf2: obSolve on B = P·I, NumPy's gesv on the
// identity, bit for bit, with less work. Column c of P·I is zero above
// row s(c), the row of its 1, and stays so through the forward solve: the
// gemm skips the terms of those zeros, which add l·(+0) to sums that are
// still +0 and leave them +0 when every multiplier l is finite (no entry
// is ever −0: each starts +0 or 1 and changes by subtraction, which gives
// −0 only from −0). Non-finite multipliers take obSolve itself.
func obInverse(lu []float64, n int, piv []int, x []float64) {
	x = x[:n*n]
	clear(x)
	finite := n <= obLUMax
	for i := 1; i < n && finite; i++ {
		for _, v := range lu[i*n : i*n+i] {
			if v-v != 0 { // ±Inf or NaN
				finite = false
				break
			}
		}
	}
	if n < 2 || !finite || n >= obInvFullMin {
		for i := 0; i < n; i++ {
			x[i*n+i] = 1
		}
		obSolve(lu, n, piv, x, n)
		return
	}
	// perm[i] is the column of P·I whose 1 is in row i; s is its inverse.
	var perm, s [obLUMax]int
	for i := 0; i < n; i++ {
		perm[i] = i
	}
	for i := 0; i < n; i++ {
		perm[i], perm[piv[i]] = perm[piv[i]], perm[i]
	}
	for i := 0; i < n; i++ {
		s[perm[i]] = i
		x[i*n+perm[i]] = 1
	}
	split := -1
	if n&1 == 1 {
		split = n - 1
	}
	// Forward, in obGetrsN's blocks.
	for r0 := 0; r0 < n; {
		bs := obTrsmForwardBlock(n - r0)
		// The gemm: columns nonzero above row r0, from their first
		// nonzero row (the split column from row 0, as its sums are
		// grouped by position).
		for c := 0; c < n; c++ {
			q0 := s[c]
			if q0 >= r0 {
				continue
			}
			if c == split && bs == 4 {
				q0 = 0
			}
			xc := x[q0*n+c:]
			if bs == 4 && c != split {
				l0 := lu[r0*n+q0 : r0*n+r0]
				l1 := lu[(r0+1)*n+q0 : (r0+1)*n+r0][:len(l0)]
				l2 := lu[(r0+2)*n+q0 : (r0+2)*n+r0][:len(l0)]
				l3 := lu[(r0+3)*n+q0 : (r0+3)*n+r0][:len(l0)]
				var s0, s1, s2, s3 float64
				for q, u := range l0 {
					v := xc[q*n]
					s0 = math.FMA(u, v, s0)
					s1 = math.FMA(l1[q], v, s1)
					s2 = math.FMA(l2[q], v, s2)
					s3 = math.FMA(l3[q], v, s3)
				}
				x[r0*n+c] -= s0
				x[(r0+1)*n+c] -= s1
				x[(r0+2)*n+c] -= s2
				x[(r0+3)*n+c] -= s3
				continue
			}
			for r := r0; r < r0+bs; r++ {
				lr := lu[r*n+q0 : r*n+r0]
				if c == split && bs == 4 {
					x[r*n+c] -= obDot4x1(lr, xc, n)
					continue
				}
				var t float64
				for q, u := range lr {
					t = math.FMA(u, xc[q*n], t)
				}
				x[r*n+c] -= t
			}
		}
		obTrsmBlock(lu, n, x, n, n, r0, bs, 0, 0, true, split, nil)
		r0 += bs
	}
	// Backward, as obGetrsN.
	obTrsmUpper(lu, n, n, x, n, n, split, nil)
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

// obGemv4AsmMin is the number of rows from which obGetf2CMAt's dgemv
// runs the assembly kernel (obGemv4); the small paths stay in Go.
const obGemv4AsmMin = 24

// obGemv4Go is obGemv4 in Go.
func obGemv4Go(y, a0, a1, a2, a3 []float64, x *[4]float64) {
	x0, x1, x2, x3 := x[0], x[1], x[2], x[3]
	a0, a1, a2, a3 = a0[:len(y)], a1[:len(y)], a2[:len(y)], a3[:len(y)]
	for r := range y {
		t4 := math.FMA(a2[r], x2, float64(a0[r]*x0))
		t5 := math.FMA(a3[r], x3, float64(a1[r]*x1))
		y[r] -= t4 + t5
	}
}

// obGetf2CM is obGetf2 for the n×n matrix c in column-major order
// (element (i, j) at c[i+j*n]), OpenBLAS's own layout.
func obGetf2CM(c []float64, n int, piv []int) int {
	return obGetf2CMAt(c, n, n, n, piv, 0, n+1)
}

// obGetf2CMAt is obGetf2CM for the m×n column-major panel c (element
// (i, j) at c[i+j*ld], m ≥ n) whose diagonal element (j, j) lies at
// index base + j·step of OpenBLAS's buffer (obGetrfAt).
func obGetf2CMAt(c []float64, m, n, ld int, piv []int, base, step int) int {
	info := -1
	c = c[:(n-1)*ld+m]
	for j := 0; j < n; j++ {
		b := c[j*ld : j*ld+m]
		for i := 0; i < j; i++ {
			if ip := piv[i]; ip != i {
				b[i], b[ip] = b[ip], b[i]
			}
		}
		// U(1:j, j) by ddot's strided path. Each b[i] is the last term of
		// the next dot: it stays in prev, off the store-load path.
		prev := b[0]
		for i := 1; i < j; i++ {
			var t1, t2 float64
			q := 0
			last := i - 1
			g := i &^ 3
			if i&3 == 0 {
				g -= 4
			}
			for ; q < g; q += 4 {
				t1 += float64(b[q]*c[i+q*ld]) + float64(b[q+2]*c[i+(q+2)*ld])
				t2 += float64(b[q+1]*c[i+(q+1)*ld]) + float64(b[q+3]*c[i+(q+3)*ld])
			}
			if i&3 == 0 {
				t1 += float64(b[q]*c[i+q*ld]) + float64(b[q+2]*c[i+(q+2)*ld])
				t2 += float64(b[q+1]*c[i+(q+1)*ld]) + float64(prev*c[i+last*ld])
			} else {
				for ; q < last; q++ {
					t1 += float64(b[q] * c[i+q*ld])
				}
				t1 += float64(prev * c[i+last*ld])
			}
			prev = b[i] - (t1 + t2)
			b[i] = prev
		}
		if j > 0 {
			// dgemv_n on rows j..m-1: whole groups of four rows take the
			// vector kernels, column groups of four, two, one.
			y := b[j:]
			m1 := len(y) &^ 3
			q := 0
			for ; q+4 <= j; q += 4 {
				a0, a1 := c[q*ld+j:q*ld+j+m1], c[(q+1)*ld+j:(q+1)*ld+j+m1]
				a2, a3 := c[(q+2)*ld+j:(q+2)*ld+j+m1], c[(q+3)*ld+j:(q+3)*ld+j+m1]
				if m1 >= obGemv4AsmMin {
					obGemv4(y[:m1], a0, a1, a2, a3, (*[4]float64)(b[q:q+4]))
					continue
				}
				x0, x1, x2, x3 := b[q], b[q+1], b[q+2], b[q+3]
				for r := range a0 {
					t4 := math.FMA(a2[r], x2, float64(a0[r]*x0))
					t5 := math.FMA(a3[r], x3, float64(a1[r]*x1))
					y[r] -= t4 + t5
				}
			}
			if j&2 != 0 {
				a0, a1 := c[q*ld+j:q*ld+j+m1], c[(q+1)*ld+j:(q+1)*ld+j+m1]
				x0, x1 := b[q], b[q+1]
				for r := range a0 {
					y[r] -= float64(a0[r]*x0) + float64(a1[r]*x1)
				}
				q += 2
			}
			if j&1 != 0 {
				a0 := c[q*ld+j : q*ld+j+m1]
				x0 := b[q]
				for r := range a0 {
					y[r] -= float64(a0[r] * x0)
				}
			}
			for r := m1; r < len(y); r++ {
				var t float64
				for q := 0; q < j; q++ {
					t += float64(c[j+r+q*ld] * b[q])
				}
				y[r] -= t
			}
		}
		jp, best := j, math.Abs(b[j])
		nan := best != best
		for i := j + 1; i < m; i++ {
			v := math.Abs(b[i])
			if v > best {
				jp, best = i, v
			}
			nan = nan || v != v
		}
		if nan {
			jp = j + obIamax(b[j:], 1, m-j, (base+j*step)&1 == 1)
		}
		piv[j] = jp
		p := b[jp]
		switch {
		case p == 0:
			if info < 0 {
				info = j
			}
		case !(math.Abs(p) >= 0x1p-1022):
			// Tiny or NaN: neither swapped nor applied.
		default:
			r := 1 / p
			if jp != j {
				for q := 0; q <= j; q++ {
					c[j+q*ld], c[jp+q*ld] = c[jp+q*ld], c[j+q*ld]
				}
			}
			below := b[j+1:]
			if r == 0 {
				clear(below)
			} else {
				for i := range below {
					below[i] *= r
				}
			}
		}
	}
	return info
}
