package linalg

import (
	"runtime"
	"sync"
)

// Register and cache blocking of dgemm, in the manner of GotoBLAS and
// BLIS: C is updated by MR×NR tiles held in registers; a KC-deep sliver
// of B (KC×NR) stays in L1, a block of A (MC×KC) in L2.
const (
	gemmMR = 6
	gemmNR = 8
	gemmKC = 256
	gemmMC = 96 // a multiple of gemmMR
	gemmNC = 4096
)

// gemmParMin is the number of multiply-adds from which dgemm splits C
// between goroutines.
const gemmParMin = 1 << 17

// cgemm, when set (build tag openblas), computes dgemm's products of more
// than gemmParMin multiply-adds instead.
var cgemm func(m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int)

// dgemm computes C = β·C + α·A·B for row-major A (m×k, leading dimension
// lda), B (k×n, ldb) and C (m×n, ldc), as the BLAS dgemm does with
// neither operand transposed: when β is 0, C is not read. Large products
// are split by columns (or rows) of C between the available cores.
func dgemm(m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	dgemmPar(true, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

// dgemmPar is dgemm, on the calling goroutine alone unless par is set.
func dgemmPar(par bool, m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	if m == 0 || n == 0 {
		return
	}
	if par && cgemm != nil && m*n*k >= gemmParMin {
		cgemm(m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
		return
	}
	if beta != 1 {
		for i := 0; i < m; i++ {
			ci := c[i*ldc : i*ldc+n]
			if beta == 0 {
				clear(ci)
				continue
			}
			for j := range ci {
				ci[j] *= beta
			}
		}
	}
	if k == 0 || alpha == 0 {
		return
	}
	if m*n*k < 512 || (n < gemmNR && m < gemmMR) {
		gemmSmall(m, n, k, alpha, a, lda, b, ldb, c, ldc)
		return
	}
	workers := min(runtime.GOMAXPROCS(0), runtime.NumCPU(), 8)
	if !par || workers < 2 || m*n*k < gemmParMin {
		gemmSerial(m, n, k, alpha, a, lda, b, ldb, c, ldc)
		return
	}
	var wg sync.WaitGroup
	if n >= m {
		step := roundUp((n+workers-1)/workers, gemmNR)
		for j0 := 0; j0 < n; j0 += step {
			nj := min(step, n-j0)
			wg.Go(func() { gemmSerial(m, nj, k, alpha, a, lda, b[j0:], ldb, c[j0:], ldc) })
		}
	} else {
		step := roundUp((m+workers-1)/workers, gemmMR)
		for i0 := 0; i0 < m; i0 += step {
			mi := min(step, m-i0)
			wg.Go(func() { gemmSerial(mi, n, k, alpha, a[i0*lda:], lda, b, ldb, c[i0*ldc:], ldc) })
		}
	}
	wg.Wait()
}

func roundUp(x, q int) int { return (x + q - 1) / q * q }

// gemmSmall is C += α·A·B by rows of C, for products too small to pack.
func gemmSmall(m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, c []float64, ldc int) {
	for i := 0; i < m; i++ {
		ci := c[i*ldc : i*ldc+n]
		ai := a[i*lda : i*lda+k]
		for p, v := range ai {
			axpy(alpha*v, b[p*ldb:p*ldb+n], ci)
		}
	}
}

// axpy computes y += α·x; y is at least as long as x.
func axpy(alpha float64, x, y []float64) {
	y = y[:len(x)]
	i := 0
	for ; i+4 <= len(x); i += 4 {
		y[i] += alpha * x[i]
		y[i+1] += alpha * x[i+1]
		y[i+2] += alpha * x[i+2]
		y[i+3] += alpha * x[i+3]
	}
	for ; i < len(x); i++ {
		y[i] += alpha * x[i]
	}
}

// gemmBuf holds the packing buffers of one goroutine.
type gemmBuf struct{ a, b []float64 }

var gemmPool = sync.Pool{New: func() any {
	return &gemmBuf{a: make([]float64, gemmMC*gemmKC)}
}}

// gemmSerial is C += α·A·B on the calling goroutine: B is packed by KC×NC
// panels into NR-column slivers, A by MC×KC blocks into MR-row slivers,
// and the micro-kernel runs over the tiles of C.
func gemmSerial(m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, c []float64, ldc int) {
	buf := gemmPool.Get().(*gemmBuf)
	defer gemmPool.Put(buf)
	ncMax := min(gemmNC, roundUp(n, gemmNR))
	if need := min(gemmKC, k) * ncMax; cap(buf.b) < need {
		buf.b = make([]float64, need)
	}
	pa, pb := buf.a, buf.b
	for jc := 0; jc < n; jc += gemmNC {
		nc := min(gemmNC, n-jc)
		for pc := 0; pc < k; pc += gemmKC {
			kc := min(gemmKC, k-pc)
			packB(kc, nc, b[pc*ldb+jc:], ldb, pb)
			for ic := 0; ic < m; ic += gemmMC {
				mc := min(gemmMC, m-ic)
				packA(mc, kc, a[ic*lda+pc:], lda, pa)
				gemmMacro(mc, nc, kc, alpha, pa, pb, c[ic*ldc+jc:], ldc)
			}
		}
	}
}

// packB copies the kc×nc block of b into NR-column slivers, each stored
// row after row (kc rows of NR values), padding the last with zeros.
func packB(kc, nc int, b []float64, ldb int, dst []float64) {
	o := 0
	for j0 := 0; j0 < nc; j0 += gemmNR {
		w := min(gemmNR, nc-j0)
		if w == gemmNR {
			for p := 0; p < kc; p++ {
				copy(dst[o:o+gemmNR], b[p*ldb+j0:p*ldb+j0+gemmNR])
				o += gemmNR
			}
			continue
		}
		for p := 0; p < kc; p++ {
			d := dst[o : o+gemmNR]
			copy(d, b[p*ldb+j0:p*ldb+j0+w])
			clear(d[w:])
			o += gemmNR
		}
	}
}

// packA copies the mc×kc block of a into MR-row slivers, each stored
// column after column (kc columns of MR values), padding the last with
// zeros.
func packA(mc, kc int, a []float64, lda int, dst []float64) {
	o := 0
	for i0 := 0; i0 < mc; i0 += gemmMR {
		h := min(gemmMR, mc-i0)
		d := dst[o : o+kc*gemmMR]
		if h == gemmMR {
			r0 := a[i0*lda : i0*lda+kc]
			r1 := a[(i0+1)*lda : (i0+1)*lda+kc]
			r2 := a[(i0+2)*lda : (i0+2)*lda+kc]
			r3 := a[(i0+3)*lda : (i0+3)*lda+kc]
			r4 := a[(i0+4)*lda : (i0+4)*lda+kc]
			r5 := a[(i0+5)*lda : (i0+5)*lda+kc]
			for p := range r0 {
				q := d[p*gemmMR : p*gemmMR+gemmMR]
				q[0], q[1], q[2], q[3], q[4], q[5] = r0[p], r1[p], r2[p], r3[p], r4[p], r5[p]
			}
		} else {
			clear(d)
			for i := 0; i < h; i++ {
				r := a[(i0+i)*lda : (i0+i)*lda+kc]
				for p, v := range r {
					d[p*gemmMR+i] = v
				}
			}
		}
		o += kc * gemmMR
	}
}

// gemmMacro runs the micro-kernel over the mc×nc block of C from the
// packed blocks pa and pb. Edge tiles are computed into a scratch tile
// and added to C.
func gemmMacro(mc, nc, kc int, alpha float64, pa, pb []float64, c []float64, ldc int) {
	var tile [gemmMR * gemmNR]float64
	for j0 := 0; j0 < nc; j0 += gemmNR {
		w := min(gemmNR, nc-j0)
		bs := pb[j0*kc : j0*kc+kc*gemmNR]
		for i0 := 0; i0 < mc; i0 += gemmMR {
			h := min(gemmMR, mc-i0)
			as := pa[i0*kc : i0*kc+kc*gemmMR]
			if h == gemmMR && w == gemmNR {
				microKernel(kc, alpha, as, bs, c[i0*ldc+j0:(i0+gemmMR-1)*ldc+j0+gemmNR], ldc)
				continue
			}
			clear(tile[:])
			microKernel(kc, alpha, as, bs, tile[:], gemmNR)
			for i := 0; i < h; i++ {
				ci := c[(i0+i)*ldc+j0 : (i0+i)*ldc+j0+w]
				for j := range ci {
					ci[j] += tile[i*gemmNR+j]
				}
			}
		}
	}
}

// microKernelGo adds α·A·B to the MR×NR tile c (row stride ldc) for a
// packed MR-row sliver a and NR-column sliver b of depth kc.
func microKernelGo(kc int, alpha float64, a, b, c []float64, ldc int) {
	var acc [gemmMR][gemmNR]float64
	a = a[:kc*gemmMR]
	b = b[:kc*gemmNR]
	for p := 0; p < kc; p++ {
		bp := (*[gemmNR]float64)(b[p*gemmNR:])
		ap := (*[gemmMR]float64)(a[p*gemmMR:])
		for i, ai := range ap {
			r := &acc[i]
			r[0] += ai * bp[0]
			r[1] += ai * bp[1]
			r[2] += ai * bp[2]
			r[3] += ai * bp[3]
			r[4] += ai * bp[4]
			r[5] += ai * bp[5]
			r[6] += ai * bp[6]
			r[7] += ai * bp[7]
		}
	}
	for i := range acc {
		ci := c[i*ldc : i*ldc+gemmNR]
		for j, v := range acc[i] {
			ci[j] += alpha * v
		}
	}
}
