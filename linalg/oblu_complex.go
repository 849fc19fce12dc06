// The complex LU family in OpenBLAS's operation order (issue 18): NumPy's
// inv, solve, det and slogdet of complex matrices call zgesv/zgetrf, whose
// results depend on the order of the operations of OpenBLAS's zgetf2
// (lapack/getf2/zgetf2_k.c), zgetrs (lapack/getrs/zgetrs_single.c: trsm
// for any number of right-hand sides) and the Haswell kernels these call.
// As in oblu.go the functions work on row-major data in OpenBLAS's order.
//
// zgetf2 computes the upper part of column j by ztrsv_NLU (zaxpy down the
// columns of L, C: products and sums rounded apart), the part below by
// zgemv_n (the Haswell microkernels for whole groups of four rows: four
// chains of fused multiply-adds per entry, combined by vaddsubpd into a
// buffer from zero, added to y with alpha = -1; the C loops for the rest),
// picks the pivot by izamax (the first largest |re|+|im|), and scales by
// the pivot's reciprocal computed by the ratio formula (zscal, rounded
// apart). zgetrs solves by trsm (the generic trsm_kernel_LT/LN with the
// packing routines' reciprocal diagonal and zgemm_kernel_4x2_haswell's
// fused sums for the rows already solved).
//
// OpenBLAS's zgetrf (getrf_single) factors with zgetf2 only while its
// blocking, mn/2 rounded up to a multiple of ZGEMM_UNROLL_N (2 on
// Haswell), is at most 2·ZGEMM_UNROLL_N: n ≤ 9; larger matrices go panel
// by panel (obZgetrf), the trailing columns by trsm_kernel_LT and zgemm.
// golinalg follows it up to obZLUMax (the fixtures' largest order);
// larger matrices take the classic path.

package linalg

import "math"

// obZGetf2Max is the largest order that OpenBLAS's zgetrf factors with
// zgetf2 directly on Haswell (documentation; obZgetrf decides).
const obZGetf2Max = 9

// obZRecip is the reciprocal of re + i·im as zgetf2 and compinv compute
// it (Smith's ratio, products rounded apart).
func obZRecip(re, im float64) (float64, float64) {
	if math.Abs(re) >= math.Abs(im) {
		ratio := im / re
		den := 1 / (re * (1 + float64(ratio*ratio)))
		return den, float64(-ratio * den)
	}
	ratio := re / im
	den := 1 / (im * (1 + float64(ratio*ratio)))
	return float64(ratio * den), -den
}

// obZgetf2 factors the n×n row-major complex matrix a in place as
// OpenBLAS's zgetrf does (obZgetrf); piv[j] is the 0-based row
// interchanged with row j. It returns the 0-based index of the first
// exactly zero pivot, or -1.
func obZgetf2(a []complex128, n int, piv []int) int {
	return obZgetrf(a, n, n, n, piv)
}

// obZgetf2Rect factors the m×n submatrix a (row stride lda) as
// OpenBLAS's zgetf2.
func obZgetf2Rect(a []complex128, m, n, lda int, piv []int) int {
	var buf [obZLUMax]complex128
	col := buf[:]
	if m > len(buf) {
		col = make([]complex128, m)
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
		// ztrsv_NLU: zaxpy with -col[i] down column i of L.
		for i := 0; i < l-1; i++ {
			dr, di := -real(col[i]), -imag(col[i])
			for k := i + 1; k < l; k++ {
				v := a[k*lda+i]
				xr, xi := real(v), imag(v)
				yr := real(col[k]) + (float64(dr*xr) - float64(di*xi))
				yi := imag(col[k]) + (float64(dr*xi) + float64(di*xr))
				col[k] = complex(yr, yi)
			}
		}
		if j >= m {
			for i, v := range col {
				a[i*lda+j] = v
			}
			continue
		}
		if j > 0 {
			obZGemvN(a[j*lda:], m-j, j, lda, col[:j], col[j:])
		}
		jp := j
		best := math.Abs(real(col[j])) + math.Abs(imag(col[j]))
		for i := j + 1; i < m; i++ {
			if v := math.Abs(real(col[i])) + math.Abs(imag(col[i])); v > best {
				jp, best = i, v
			}
		}
		piv[j] = jp
		p := col[jp]
		t1, t2 := real(p), imag(p)
		switch {
		case t1 == 0 && t2 == 0:
			if info < 0 {
				info = j
			}
		case !(math.Abs(t1) >= 0x1p-1022) && !(math.Abs(t2) >= 0x1p-1022):
			// Tiny or NaN: neither swapped nor applied.
		default:
			if jp != j {
				col[j], col[jp] = col[jp], col[j]
				rj, rp := a[j*lda:j*lda+j], a[jp*lda:jp*lda+j]
				for k := range rj {
					rj[k], rp[k] = rp[k], rj[k]
				}
			}
			sr, si := obZRecip(t1, t2)
			obZscal(sr, si, col[j+1:])
		}
		for i, v := range col {
			a[i*lda+j] = v
		}
	}
	return info
}

// obZscal is OpenBLAS's zscal (kernel/x86_64/zscal.c, Haswell) for a
// contiguous x and a finite scale: the whole groups of eight by the
// vector kernel, da_r·x ∓ da_i·x swapped (vmulpd, vaddsubpd), even for a
// real scale (the fixtures' signed zeros decided it: NumPy's and SciPy's
// OpenBLAS builds do not take the real-scale kernel there); the rest by
// the C loops, which scale by da_r alone for a real scale and take
// −da_i·xi, da_i·xr for an imaginary one.
func obZscal(dr, di float64, x []complex128) {
	n1 := len(x) &^ 7
	for k, v := range x {
		xr, xi := real(v), imag(v)
		switch {
		case di == 0 && dr != 0 && k >= n1:
			x[k] = complex(float64(dr*xr), float64(dr*xi))
		case dr == 0 && k >= n1:
			x[k] = complex(float64(-di*xi), float64(di*xr))
		default:
			x[k] = complex(float64(dr*xr)-float64(di*xi), float64(dr*xi)+float64(di*xr))
		}
	}
}

// obZGemvN is OpenBLAS's zgemv_n for Haswell with alpha = -1: y -= A·x
// for the len(y)×len(x) row-major A (row stride lda).
func obZGemvN(a []complex128, rows, cols, lda int, x, y []complex128) {
	m1 := rows &^ 3
	for r := 0; r < m1; r++ {
		ar := a[r*lda : r*lda+cols]
		var br, bi float64
		c := 0
		for ; c+4 <= cols; c += 4 {
			s := obZChain(ar[c:c+4], x[c:c+4])
			br += s[0] - s[3]
			bi += s[2] + s[1]
		}
		if cols&2 != 0 {
			s := obZChain(ar[c:c+2], x[c:c+2])
			br += s[0] - s[3]
			bi += s[2] + s[1]
			c += 2
		}
		if cols&1 != 0 {
			s := obZChain(ar[c:c+1], x[c:c+1])
			br += s[0] - s[3]
			bi += s[2] + s[1]
		}
		// add_y with alpha = (-1, 0): the vector rounds -src and 0·src.
		zero := 0.0
		lr := float64(-br) - float64(zero*bi)
		li := float64(-bi) + float64(zero*br)
		y[r] = complex(real(y[r])+lr, imag(y[r])+li)
	}
	for r := m1; r < rows; r++ {
		ar := a[r*lda : r*lda+cols]
		var tr, ti float64
		for c, v := range ar {
			vr, vi := real(v), imag(v)
			xr, xi := real(x[c]), imag(x[c])
			tr += float64(vr*xr) - float64(vi*xi)
			ti += float64(vr*xi) + float64(vi*xr)
		}
		zero := 0.0
		y[r] = complex(real(y[r])+(float64(-tr)-float64(zero*ti)), imag(y[r])+(float64(-ti)+float64(zero*tr)))
	}
}

// obZChain is the microkernel's four sums for one row over a few columns:
// Σ ar·xr, Σ ai·xr, Σ ar·xi, Σ ai·xi, the first product rounded, the
// others fused in.
func obZChain(a, x []complex128) [4]float64 {
	var s [4]float64
	for c, v := range a {
		vr, vi := real(v), imag(v)
		xr, xi := real(x[c]), imag(x[c])
		if c == 0 {
			s = [4]float64{float64(vr * xr), float64(vi * xr), float64(vr * xi), float64(vi * xi)}
			continue
		}
		s[0] = math.FMA(vr, xr, s[0])
		s[1] = math.FMA(vi, xr, s[1])
		s[2] = math.FMA(vr, xi, s[2])
		s[3] = math.FMA(vi, xi, s[3])
	}
	return s
}

// obZgemmSub is zgemm_kernel_4x2_haswell's update of one entry c with
// alpha = -1 by the sum over q of a[q]·b[q] (b[q] = bs[q*ldb]): four
// chains of fused multiply-adds from zero, combined and applied as the
// kernel's vaddsubpd and vfmsubadd instructions do.
func obZgemmSub(c complex128, a []complex128, bs []complex128, ldb int) complex128 {
	var rr, ri, ir, ii float64
	for q, v := range a {
		b := bs[q*ldb]
		vr, vi, br, bi := real(v), imag(v), real(b), imag(b)
		rr = math.FMA(vr, br, rr)
		ri = math.FMA(vr, bi, ri)
		ir = math.FMA(vi, br, ir)
		ii = math.FMA(vi, bi, ii)
	}
	return obZApply(c, rr, ri, ir, ii)
}

// obZgemmSub4 is obZgemmSub for the four entries x[r*ldx], r = 0..3, with
// the rows a[r*lda : r*lda+length] of a: the same chains, two rows side
// by side (eight accumulators stay in registers).
func obZgemmSub4(x []complex128, ldx int, a []complex128, lda, length int, bs []complex128, ldb int) {
	obZgemmSub2(x, ldx, a, lda, length, bs, ldb)
	obZgemmSub2(x[2*ldx:], ldx, a[2*lda:], lda, length, bs, ldb)
}

// obZgemmSub2 is obZgemmSub for the two entries x[0] and x[ldx].
func obZgemmSub2(x []complex128, ldx int, a []complex128, lda, length int, bs []complex128, ldb int) {
	a0 := a[:length]
	a1 := a[lda : lda+length]
	var rr0, ri0, ir0, ii0, rr1, ri1, ir1, ii1 float64
	for q, v0 := range a0 {
		b := bs[q*ldb]
		br, bi := real(b), imag(b)
		v1 := a1[q]
		rr0 = math.FMA(real(v0), br, rr0)
		ri0 = math.FMA(real(v0), bi, ri0)
		ir0 = math.FMA(imag(v0), br, ir0)
		ii0 = math.FMA(imag(v0), bi, ii0)
		rr1 = math.FMA(real(v1), br, rr1)
		ri1 = math.FMA(real(v1), bi, ri1)
		ir1 = math.FMA(imag(v1), br, ir1)
		ii1 = math.FMA(imag(v1), bi, ii1)
	}
	x[0] = obZApply(x[0], rr0, ri0, ir0, ii0)
	x[ldx] = obZApply(x[ldx], rr1, ri1, ir1, ii1)
}

// obZApply is the end of obZgemmSub: the four sums combined and applied
// to c as the kernel's vaddsubpd and vfmsubadd instructions do.
func obZApply(c complex128, rr, ri, ir, ii float64) complex128 {
	d0 := ii - rr // minus the real part
	d1 := ir + ri // the imaginary part
	nz := math.Copysign(0, -1)
	t0 := real(c) + d0
	c0 := float64(nz*d1) + t0
	t1 := d1 - imag(c)
	c1 := float64(nz*d0) - t1
	return complex(c0, c1)
}

// obZgetrs solves A·X = B for the n×k row-major B from the factors of
// obZgetf2 as OpenBLAS's zgetrs does: the interchanges, then trsm with the
// unit lower triangle (blocks of four rows from the top, then two, then
// one) and with the upper (one, two, then fours from the bottom). Each
// column of B is solved on its own.
func obZgetrs(lu []complex128, n int, piv []int, b []complex128, k int) {
	for i := 0; i < n; i++ {
		if p := piv[i]; p != i {
			ri, rp := b[i*k:i*k+k], b[p*k:p*k+k]
			for c := range ri {
				ri[c], rp[c] = rp[c], ri[c]
			}
		}
	}
	// The upper diagonal's reciprocals, as the packing routine stores them.
	var inv [obZLUMax]complex128
	for i := 0; i < n; i++ {
		d := lu[i*n+i]
		r, s := obZRecip(real(d), imag(d))
		inv[i] = complex(r, s)
	}
	// Forward: unit lower. Columns are independent: each block of rows is
	// done for every column before the next block, so that the rows it
	// reads stay in cache.
	for r0 := 0; r0 < n; {
		bs := 4
		if n-r0 < 4 {
			bs = 2
			if (n-r0)&2 == 0 {
				bs = 1
			}
		}
		for c := 0; c < k; c++ {
			x := b[c:]
			if r0 > 0 && bs == 4 {
				obZgemmSub4(x[r0*k:], k, lu[r0*n:], n, r0, x, k)
			} else if r0 > 0 {
				for r := r0; r < r0+bs; r++ {
					x[r*k] = obZgemmSub(x[r*k], lu[r*n:r*n+r0], x, k)
				}
			}
			for i := 0; i < bs; i++ {
				v := x[(r0+i)*k]
				b1, b2 := real(v), imag(v)
				zero := 0.0
				c1 := b1 - float64(zero*b2)
				c2 := b2 + float64(zero*b1)
				x[(r0+i)*k] = complex(c1, c2)
				for q := i + 1; q < bs; q++ {
					l := lu[(r0+q)*n+r0+i]
					x[(r0+q)*k] = obZUpd(x[(r0+q)*k], c1, c2, l)
				}
			}
		}
		r0 += bs
	}
	// Backward: upper, blocks of one, two, then fours from the bottom.
	kk := n
	back := func(r0, bs int) {
		for c := 0; c < k; c++ {
			x := b[c:]
			if kk < n && bs == 4 {
				obZgemmSub4(x[r0*k:], k, lu[r0*n+kk:], n, n-kk, x[kk*k:], k)
			} else if kk < n {
				for r := r0; r < r0+bs; r++ {
					x[r*k] = obZgemmSub(x[r*k], lu[r*n+kk:r*n+n], x[kk*k:], k)
				}
			}
			for i := bs - 1; i >= 0; i-- {
				v := x[(r0+i)*k]
				b1, b2 := real(v), imag(v)
				a1, a2 := real(inv[r0+i]), imag(inv[r0+i])
				c1 := float64(a1*b1) - float64(a2*b2)
				c2 := float64(a1*b2) + float64(a2*b1)
				x[(r0+i)*k] = complex(c1, c2)
				for q := 0; q < i; q++ {
					u := lu[(r0+q)*n+r0+i]
					x[(r0+q)*k] = obZUpd(x[(r0+q)*k], c1, c2, u)
				}
			}
		}
		kk = r0
	}
	for _, bs := range [2]int{1, 2} {
		if n&bs != 0 {
			back((n&^(bs-1))-bs, bs)
		}
	}
	for r0 := (n &^ 3) - 4; r0 >= 0; r0 -= 4 {
		back(r0, 4)
	}
}

// obZUpd is the trsm kernels' solve update c -= cc·a, rounded apart.
func obZUpd(c complex128, c1, c2 float64, a complex128) complex128 {
	ar, ai := real(a), imag(a)
	return complex(real(c)-(float64(c1*ar)-float64(c2*ai)), imag(c)-(float64(c1*ai)+float64(c2*ar)))
}

// glibcHypot is glibc's hypot (sysdeps/ieee754/dbl-64/e_hypot.c, the
// kernel without fma, which x86-64 builds use), through which NumPy's
// npy_cabs gives the modulus of complex numbers: √(ax²+ay²) rounded,
// corrected once, with scaling for huge and tiny values. It is not
// always correctly rounded, and NumPy's slogdet and det follow it.
func glibcHypot(x, y float64) float64 {
	const (
		scale = 0x1p-600
		large = 0x1p+511
		tiny  = 0x1p-511
		eps   = 0x1p-54
	)
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if x != x || y != y {
		return x + y
	}
	x, y = math.Abs(x), math.Abs(y)
	ax, ay := x, y
	if x < y {
		ax, ay = y, x
	}
	if ax > large {
		if ay <= ax*eps {
			return ax + ay
		}
		return glibcHypotKernel(ax*scale, ay*scale) / scale
	}
	if ay < tiny {
		if ax >= ay/eps {
			return ax + ay
		}
		return glibcHypotKernel(ax/scale, ay/scale) * scale
	}
	if ay <= ax*eps {
		return ax + ay
	}
	return glibcHypotKernel(ax, ay)
}

func glibcHypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(float64(ax*ax) + float64(ay*ay))
	var t1, t2 float64
	if h <= 2*ay {
		delta := h - ay
		t1 = ax * (2*delta - ax)
		t2 = float64((delta - 2*(ax-ay)) * delta)
	} else {
		delta := h - ax
		t1 = float64(2*delta) * (ax - 2*ay)
		t2 = float64(float64(4*delta-ay)*ay) + float64(delta*delta)
	}
	return h - (t1+t2)/(2*h)
}

// obZLUMax is the largest order for which the complex LU follows
// OpenBLAS (obZgetrf; the fixtures reach 99, and getrf and gesv run
// single-threaded there).
const obZLUMax = 99

// obZgetrf factors the m×n submatrix a (row stride lda) as OpenBLAS's
// getrf_single does for complex matrices: up to a blocking of
// 2·ZGEMM_UNROLL_N by zgetf2; otherwise panel by panel of width blocking
// (mn/2 rounded up to even), each factored recursively, its interchanges
// applied to the columns on its right, their top rows solved against the
// panel's unit lower triangle (trsm_kernel_LT) and the rows below updated
// by zgemm; the interchanges of later panels are applied to earlier
// columns last. piv is relative to a's first row.
func obZgetrf(a []complex128, m, n, lda int, piv []int) int {
	mn := min(m, n)
	blocking := (mn/2 + 1) / 2 * 2
	if blocking <= 4 {
		return obZgetf2Rect(a, m, n, lda, piv)
	}
	info := -1
	for j := 0; j < mn; j += blocking {
		jb := min(mn-j, blocking)
		iinfo := obZgetrf(a[j*lda+j:], m-j, jb, lda, piv[j:j+jb])
		for i := j; i < j+jb; i++ {
			piv[i] += j
		}
		if iinfo >= 0 && info < 0 {
			info = iinfo + j
		}
		if j+jb >= n {
			continue
		}
		for c := j + jb; c < n; c++ {
			for i := j; i < j+jb; i++ {
				if p := piv[i]; p != i {
					a[i*lda+c], a[p*lda+c] = a[p*lda+c], a[i*lda+c]
				}
			}
			obZtrsmLT(a[j*lda+j:], lda, jb, a[j*lda+c:], lda)
		}
		obZgemmN(a[(j+jb)*lda+j:], lda, a[j*lda+j+jb:], lda, a[(j+jb)*lda+j+jb:], lda, m-j-jb, n-j-jb, jb)
	}
	obLaswpPanels(a, lda, mn, blocking, piv)
	return info
}

// obZtrsmLT solves L·x = b in place for the unit lower triangle of the
// k×k block l (row stride ldl) and one column x (x[i*ldx]) as
// trsm_kernel_LT does: rows in blocks of four from the top, then two,
// then one, each first updated by the zgemm sums over the rows solved.
func obZtrsmLT(l []complex128, ldl, k int, x []complex128, ldx int) {
	for r0 := 0; r0 < k; {
		bs := 4
		if k-r0 < 4 {
			bs = 2
			if (k-r0)&2 == 0 {
				bs = 1
			}
		}
		if r0 > 0 {
			for r := r0; r < r0+bs; r++ {
				x[r*ldx] = obZgemmSub(x[r*ldx], l[r*ldl:r*ldl+r0], x, ldx)
			}
		}
		for i := 0; i < bs; i++ {
			v := x[(r0+i)*ldx]
			b1, b2 := real(v), imag(v)
			zero := 0.0
			c1 := b1 - float64(zero*b2)
			c2 := b2 + float64(zero*b1)
			x[(r0+i)*ldx] = complex(c1, c2)
			for q := i + 1; q < bs; q++ {
				x[(r0+q)*ldx] = obZUpd(x[(r0+q)*ldx], c1, c2, l[(r0+q)*ldl+r0+i])
			}
		}
		r0 += bs
	}
}

// obZgemmN is zgemm_kernel_4x2_haswell with alpha = -1: C -= A·B for the
// rows×cols C, A rows×k and B k×cols (row strides lda, ldb, ldc). The
// kernel takes the columns six, four, two and one at a time and the rows
// four, two and one at a time; blocks of four rows and four or six
// columns use its contracted accumulators (vfmaddsub, the real sum's
// sign alternating), the others its expanded ones (obZgemmSub).
func obZgemmN(a []complex128, lda int, b []complex128, ldb int, c []complex128, ldc, rows, cols, k int) {
	for c0 := 0; c0 < cols; {
		w := 1
		switch rest := cols - c0; {
		case rest > 5:
			w = 6
		case rest > 3:
			w = 4
		case rest > 1:
			w = 2
		}
		for r0 := 0; r0 < rows; {
			h := 1
			switch rest := rows - r0; {
			case rest >= 4:
				h = 4
			case rest >= 2:
				h = 2
			}
			for r := r0; r < r0+h; r++ {
				ar := a[r*lda : r*lda+k]
				for cc := c0; cc < c0+w; cc++ {
					if h == 4 && w >= 4 {
						c[r*ldc+cc] = obZgemmSubCon(c[r*ldc+cc], ar, b[cc:], ldb)
					} else {
						c[r*ldc+cc] = obZgemmSub(c[r*ldc+cc], ar, b[cc:], ldb)
					}
				}
			}
			r0 += h
		}
		c0 += w
	}
}

// obZgemmSubCon is obZgemmSub with the kernel's contracted accumulators:
// per term, x = fma(ar, br, -x), x = fma(ai, bi, -x) (x ends as minus the
// real part) and y = fma(ai, br, y), y = fma(ar, bi, y).
func obZgemmSubCon(c complex128, a []complex128, bs []complex128, ldb int) complex128 {
	var x, y float64
	for q, v := range a {
		b := bs[q*ldb]
		vr, vi, br, bi := real(v), imag(v), real(b), imag(b)
		x = math.FMA(vr, br, -x)
		y = math.FMA(vi, br, y)
		x = math.FMA(vi, bi, -x)
		y = math.FMA(vr, bi, y)
	}
	nz := math.Copysign(0, -1)
	t0 := real(c) + x
	c0 := float64(nz*y) + t0
	t1 := y - imag(c)
	c1 := float64(nz*x) - t1
	return complex(c0, c1)
}
