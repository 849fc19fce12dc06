// OpenBLAS's blocked getrf (lapack/getrf/getrf_single.c) for orders above
// obGetf2Max, in its operation order (issue 18). NumPy and SciPy call it
// single-threaded up to m·n < 10000 (interface/lapack/getrf.c and gesv.c).

package linalg

import (
	"math"
	"sync"
)

// obLUMax is the largest order for which the float64 LU family follows
// OpenBLAS (obGetrf, obSolve, obInverse); the fixtures reach it.
const obLUMax = 99

// obGemmAsmMin is the size m·n·k of a product from which obGemmHsw runs
// the assembly micro-kernel.
const obGemmAsmMin = 1024

const (
	obGemmUnrollN = 8   // DGEMM_DEFAULT_UNROLL_N for Haswell
	obGemmQ       = 256 // DGEMM_DEFAULT_Q for Haswell
)

// obGetrf factors the m×n row-major matrix a (row stride lda) as
// OpenBLAS's getrf_single: with a blocking of mn/2 rounded up to a multiple
// of GEMM_UNROLL_N (at most GEMM_Q), by getf2 when the blocking is at most
// 2·GEMM_UNROLL_N (min(m, n) ≤ obGetf2Max); otherwise panel by panel of
// that width, each factored recursively, its interchanges applied to the
// columns on its right in blocks of GEMM_UNROLL_N columns, their top rows
// solved against the panel's unit lower triangle (trsm_kernel_LT, in
// blocks of four rows, then two, then one, each first updated by the dgemm
// kernel over the rows solved before it), and the rows below updated by
// one call of the Haswell dgemm kernel (obGemmHsw); the interchanges of
// later panels are applied to the columns of earlier ones last. piv and
// the result are as obGetf2's.
func obGetrf(a []float64, m, n, lda int, piv []int) int {
	return obGetrfAt(a, m, n, lda, piv, 0, m+1)
}

// obGetrfAt is obGetrf for a submatrix whose diagonal element (j, j)
// lies at index base + j·step of OpenBLAS's column-major buffer, which
// decides idamax's alignment with NaNs (obIamax).
func obGetrfAt(a []float64, m, n, lda int, piv []int, base, step int) int {
	mn := min(m, n)
	if mn <= 0 {
		return -1
	}
	blocking := (mn/2 + obGemmUnrollN - 1) / obGemmUnrollN * obGemmUnrollN
	blocking = min(blocking, obGemmQ)
	if blocking <= 2*obGemmUnrollN {
		if m < n {
			return obGetf2At(a, m, n, lda, piv, base, step)
		}
		// getf2 on the tall panel, column-major as OpenBLAS stores it:
		// its loops then run down contiguous columns.
		var buf [obLUMax * (obGetf2Max + 1)]float64
		cm := buf[:]
		if m*n > len(buf) {
			cm = make([]float64, m*n)
		}
		cm = cm[:m*n]
		for i := 0; i < m; i++ {
			for j, v := range a[i*lda : i*lda+n] {
				cm[i+j*m] = v
			}
		}
		info := obGetf2CMAt(cm, m, n, m, piv, base, step)
		for i := 0; i < m; i++ {
			row := a[i*lda : i*lda+n]
			for j := range row {
				row[j] = cm[i+j*m]
			}
		}
		return info
	}
	info := -1
	for j := 0; j < mn; j += blocking {
		jb := min(mn-j, blocking)
		iinfo := obGetrfAt(a[j*lda+j:], m-j, jb, lda, piv[j:j+jb], base+j*step, step)
		for i := j; i < j+jb; i++ {
			piv[i] += j
		}
		if iinfo >= 0 && info < 0 {
			info = iinfo + j
		}
		if j+jb >= n {
			continue
		}
		// OpenBLAS interchanges and solves the columns on the right in
		// blocks of GEMM_UNROLL_N, the last block's columns by its bits
		// (four, two, one): the kernels are those obGemmHsw picks for all
		// of them at once, and columns are independent.
		w := n - j - jb
		for i := j; i < j+jb; i++ {
			if p := piv[i]; p != i {
				ri, rp := a[i*lda+j+jb:i*lda+n], a[p*lda+j+jb:p*lda+n]
				for k := range ri {
					ri[k], rp[k] = rp[k], ri[k]
				}
			}
		}
		obTrsmLTUnit(a[j*lda+j:], lda, jb, a[j*lda+j+jb:], lda, w)
		if m > j+jb {
			obGemmHsw(m-j-jb, n-j-jb, jb, a[(j+jb)*lda+j:], lda, a[j*lda+j+jb:], lda, a[(j+jb)*lda+j+jb:], lda)
		}
	}
	obLaswpPanels(a, lda, mn, blocking, piv)
	return info
}

// obLaswpPanels is getrf_single's last step: the interchanges of the
// later panels (of width blocking) applied to the columns of each earlier
// one, for the first mn rows and pivots.
func obLaswpPanels[T float64 | complex128](a []T, lda, mn, blocking int, piv []int) {
	for j := 0; j < mn; j += blocking {
		jb := min(mn-j, blocking)
		for i := j + jb; i < mn; i++ {
			if p := piv[i]; p != i {
				ri, rp := a[i*lda+j:i*lda+j+jb], a[p*lda+j:p*lda+j+jb]
				for k := range ri {
					ri[k], rp[k] = rp[k], ri[k]
				}
			}
		}
	}
}

// obTrsmLTUnit solves L·X = B in place for the unit lower triangle of the
// k×k block l (row stride ldl) and the k×w block x as the generic
// trsm_kernel_LT does with GEMM_UNROLL_M = 4 (on blocks of GEMM_UNROLL_N
// columns, the kernels of all of them as obGemmHsw picks them for w): rows
// in blocks of four from the top, then two, then one, each first updated
// by the dgemm kernel over the rows solved above it, then solved row by
// row with rounded products (the C code; the unit diagonal, stored as 1 by
// the packing routine, multiplies exactly).
func obTrsmLTUnit(l []float64, ldl, k int, x []float64, ldx, w int) {
	for r0 := 0; r0 < k; {
		bs := obTrsmForwardBlock(k - r0)
		if r0 > 0 {
			obGemmHsw(bs, w, r0, l[r0*ldl:], ldl, x, ldx, x[r0*ldx:], ldx)
		}
		for i := 0; i < bs; i++ {
			ri := x[(r0+i)*ldx : (r0+i)*ldx+w]
			for q := i + 1; q < bs; q++ {
				lv := l[(r0+q)*ldl+r0+i]
				rq := x[(r0+q)*ldx : (r0+q)*ldx+w]
				for c, bb := range ri {
					rq[c] -= float64(bb * lv)
				}
			}
		}
		r0 += bs
	}
}

// obGemmHsw is dgemm_kernel_4x8_haswell with alpha = -1: C -= A·B for the
// m×k row-major a, k×n b and m×n c (row strides lda, ldb, ldc). Each entry
// of C subtracts one sum over q in increasing order, accumulated in fused
// multiply-adds, except as the kernel's blocks decide: rows in whole groups
// of four take the 4×12, 4×8 and 4×4 kernels on the columns in whole
// groups of four, which start from the product of the first terms (vmulpd)
// when k ≥ 8 and from zero otherwise; the 4×2 kernel (the next two columns
// when n mod 4 ≥ 2) starts from zero; the 4×1 kernel (the last column when
// n is odd) sums the terms of whole groups of eight in four sums by q mod
// 4 and the rest in the first (obDot4x1). The remaining rows (2×n and 1×n
// kernels) start from zero.
func obGemmHsw(m, n, k int, a []float64, lda int, b []float64, ldb int, c []float64, ldc int) {
	if m <= 0 || n <= 0 || k <= 0 {
		return
	}
	m4 := m &^ 3
	if hasAVX2FMA && k <= gemmKC && m*n*k >= obGemmAsmMin && !hasNegZero(c, ldc, m, n) {
		// The assembly micro-kernel sums each entry in one chain of fused
		// multiply-adds from zero, in increasing q, and subtracts the sum
		// (α = -1, C = fma(sum, α, C)): the same as OpenBLAS's kernel for
		// every entry but the 4×1 kernel's, unless an entry of C is -0:
		// after the vmulpd start a first product of -0 survives a sum of
		// zero products (the chain from +0 gives +0), and gemmMacro's edge
		// tiles add the sum computed into +0, which turns C = -0 into +0.
		nm := n &^ 1
		if n&1 == 1 && m4 == 0 {
			nm = n
		}
		if nm > 0 {
			gemmSerial(m, nm, k, -1, a, lda, b, ldb, c, ldc)
		}
		if nm == n {
			return
		}
		col := n - 1
		bc := b[col:]
		for i := 0; i < m; i++ {
			ai := a[i*lda : i*lda+k]
			if i < m4 {
				c[i*ldc+col] -= obDot4x1(ai, bc, ldb)
				continue
			}
			var s float64
			for q, u := range ai {
				s = math.FMA(u, bc[q*ldb], s)
			}
			c[i*ldc+col] -= s
		}
		return
	}
	obGemmHswGo(m, n, k, a, lda, b, ldb, c, ldc)
}

// obGemmHswGo is obGemmHsw without the assembly micro-kernel.
func obGemmHswGo(m, n, k int, a []float64, lda int, b []float64, ldb int, c []float64, ldc int) {
	m4, n4 := m&^3, n&^3
	mulStart := k >= 8
	for i := 0; i < m4; i += 4 {
		a0 := a[i*lda : i*lda+k]
		a1 := a[(i+1)*lda : (i+1)*lda+k]
		a2 := a[(i+2)*lda : (i+2)*lda+k]
		a3 := a[(i+3)*lda : (i+3)*lda+k]
		c0 := c[i*ldc : i*ldc+n]
		c1 := c[(i+1)*ldc : (i+1)*ldc+n]
		c2 := c[(i+2)*ldc : (i+2)*ldc+n]
		c3 := c[(i+3)*ldc : (i+3)*ldc+n]
		for col := 0; col < n; {
			bc := b[col:]
			if col == n-1 && n&1 == 1 {
				c0[col] -= obDot4x1(a0, bc, ldb)
				c1[col] -= obDot4x1(a1, bc, ldb)
				c2[col] -= obDot4x1(a2, bc, ldb)
				c3[col] -= obDot4x1(a3, bc, ldb)
				break
			}
			// Two columns at a time (col is even, col+1 < n), both in the
			// same kernel: eight independent chains.
			var s0, s1, s2, s3, t0, t1, t2, t3 float64
			q := 0
			if mulStart && col < n4 {
				v, w := bc[0], bc[1]
				s0, s1, s2, s3 = float64(a0[0]*v), float64(a1[0]*v), float64(a2[0]*v), float64(a3[0]*v)
				t0, t1, t2, t3 = float64(a0[0]*w), float64(a1[0]*w), float64(a2[0]*w), float64(a3[0]*w)
				q = 1
			}
			for ; q < k; q++ {
				v, w := bc[q*ldb], bc[q*ldb+1]
				s0 = math.FMA(a0[q], v, s0)
				t0 = math.FMA(a0[q], w, t0)
				s1 = math.FMA(a1[q], v, s1)
				t1 = math.FMA(a1[q], w, t1)
				s2 = math.FMA(a2[q], v, s2)
				t2 = math.FMA(a2[q], w, t2)
				s3 = math.FMA(a3[q], v, s3)
				t3 = math.FMA(a3[q], w, t3)
			}
			c0[col] -= s0
			c0[col+1] -= t0
			c1[col] -= s1
			c1[col+1] -= t1
			c2[col] -= s2
			c2[col+1] -= t2
			c3[col] -= s3
			c3[col+1] -= t3
			col += 2
		}
	}
	for i := m4; i < m; i++ {
		ai := a[i*lda : i*lda+k]
		ci := c[i*ldc : i*ldc+n]
		for col := range ci {
			var s float64
			for q, u := range ai {
				s = math.FMA(u, b[q*ldb+col], s)
			}
			ci[col] -= s
		}
	}
}

// hasNegZero reports whether the m×n block of c (row stride ldc) holds a
// -0.
func hasNegZero(c []float64, ldc, m, n int) bool {
	for i := 0; i < m; i++ {
		for _, v := range c[i*ldc : i*ldc+n] {
			if math.Float64bits(v) == 1<<63 {
				return true
			}
		}
	}
	return false
}

// obPackedRows keeps the solved rows of the n×k right-hand sides of a
// trsm (obGetrsN) packed as gemmSerial's packB packs them, in slivers of
// gemmNR columns, each row after row, so that the gemm of each block of
// rows runs the assembly micro-kernel without packing the rows above it
// again: sliver s, row q, column j at pb[s*n*gemmNR+q*gemmNR+j].
type obPackedRows struct {
	n, k   int
	pb, pa []float64
}

var obPackedPool sync.Pool

// newObPackedRows returns the packing of an n×k trsm, or nil where the
// micro-kernel is not used (no AVX2 and FMA, or a small trsm).
func newObPackedRows(n, k int) *obPackedRows {
	if !hasAVX2FMA || n < 24 || k < 4 || n > gemmKC {
		return nil
	}
	p, _ := obPackedPool.Get().(*obPackedRows)
	if p == nil {
		p = &obPackedRows{}
	}
	p.n, p.k = n, k
	need := (k + gemmNR - 1) / gemmNR * n * gemmNR
	if cap(p.pb) < need {
		p.pb = make([]float64, need)
	}
	p.pb = p.pb[:need]
	clear(p.pb) // the padding columns of the last sliver stay zero
	if cap(p.pa) < n*gemmMR {
		p.pa = make([]float64, n*gemmMR)
	}
	return p
}

func (p *obPackedRows) release() { obPackedPool.Put(p) }

// store packs rows r0..r0+bs-1 of b.
func (p *obPackedRows) store(b []float64, ldb, r0, bs int) {
	for r := r0; r < r0+bs; r++ {
		row := b[r*ldb : r*ldb+p.k]
		for s := 0; s*gemmNR < p.k; s++ {
			copy(p.pb[s*p.n*gemmNR+r*gemmNR:s*p.n*gemmNR+r*gemmNR+gemmNR], row[s*gemmNR:min(s*gemmNR+gemmNR, p.k)])
		}
	}
}

// gemm is obGemmHsw for rows r0..r0+bs-1 of b and the packed rows
// k0..k1-1, by the micro-kernel (one chain per entry from zero, added to
// C through a scratch tile) and, in a block of four rows, obDot4x1 for
// the last of an odd number of columns. It reports false, doing nothing,
// when p is nil or C holds a -0 (see obGemmHsw).
func (p *obPackedRows) gemm(lu []float64, lda int, b []float64, ldb, r0, bs, k0, k1 int) bool {
	if p == nil || hasNegZero(b[r0*ldb:], ldb, bs, p.k) {
		return false
	}
	kc := k1 - k0
	pa := p.pa[:kc*gemmMR]
	clear(pa)
	for i := 0; i < bs; i++ {
		for q, v := range lu[(r0+i)*lda+k0 : (r0+i)*lda+k1] {
			pa[q*gemmMR+i] = v
		}
	}
	split := -1
	if bs == 4 && p.k&1 == 1 {
		split = p.k - 1
	}
	var tile [gemmMR * gemmNR]float64
	for s := 0; s*gemmNR < p.k; s++ {
		o := s*p.n*gemmNR + k0*gemmNR
		clear(tile[:])
		microKernel(kc, -1, pa, p.pb[o:o+kc*gemmNR], tile[:], gemmNR)
		w := min(gemmNR, p.k-s*gemmNR)
		if s*gemmNR+w-1 == split {
			w-- // the 4×1 kernel's column, below
		}
		for i := 0; i < bs; i++ {
			ci := b[(r0+i)*ldb+s*gemmNR : (r0+i)*ldb+s*gemmNR+w]
			for j := range ci {
				ci[j] += tile[i*gemmNR+j]
			}
		}
	}
	if split >= 0 {
		bc := b[k0*ldb+split:]
		for i := 0; i < bs; i++ {
			b[(r0+i)*ldb+split] -= obDot4x1(lu[(r0+i)*lda+k0:(r0+i)*lda+k1], bc, ldb)
		}
	}
	return true
}
