package linalg

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// luNB is the panel width of getrfLook.
var luNB = 96

// luLookMin is the order from which getrf factors by panels with
// look-ahead (getrfLook) rather than by recursive halving alone.
var luLookMin = 256

// luChunk is the narrowest column chunk of the trailing update that
// getrfLook hands to one goroutine.
var luChunk = 64

func luWorkers() int { return min(runtime.GOMAXPROCS(0), runtime.NumCPU(), 8) }

// getrfLook is getrf by panels of luNB columns with a look-ahead of one
// panel, so that the factorisation of a panel, which runs on one core,
// overlaps the trailing update. With panel K factored (its pivots not yet
// applied right of it), one goroutine applies K's interchanges, triangular
// solve and rank-NB update to the columns of panel K+1 and factors it
// (recursively, getrfRec), then joins the others, which apply the same
// update to the remaining columns in chunks taken in turn. The
// interchanges of each panel are applied to the columns left of it at the
// end. Each panel is factored exactly as getrfRec factors it, so the
// pivots are LAPACK's (first largest magnitude; zero pivot reported, not
// stopped at). The poller is checked between panels.
func getrfLook(p *poller, a []float64, m, n, lda int, piv []int) int {
	mn := min(m, n)
	nb := luNB
	workers := luWorkers()
	info := -1
	kb := min(nb, mn)
	if i := getrfRec(nil, true, a, m, kb, lda, piv[:kb]); i >= 0 {
		info = i
	}
	pa := &packedA{buf: make([]float64, roundUp(m, gemmMR)*min(nb, gemmKC))}
	// update applies the interchanges, the triangular solve and the
	// rank-kb update of the panel at k to the columns [c0, c0+w).
	update := func(k, kb, c0, w int) {
		laswp(a[c0:], lda, w, k, k+kb, piv)
		trsmL(nil, false, kb, w, a[k*lda+k:], lda, a[k*lda+c0:], lda)
		if m == k+kb {
			return
		}
		if kb > gemmKC || w < gemmNR {
			dgemmPar(false, m-k-kb, w, kb, -1, a[(k+kb)*lda+k:], lda, a[k*lda+c0:], lda, 1, a[(k+kb)*lda+c0:], lda)
			return
		}
		pa.gemm(w, a[k*lda+c0:], lda, a[(k+kb)*lda+c0:], lda)
	}
	for k := 0; k < mn; k += kb {
		kb = min(nb, mn-k)
		next := k + kb
		kb2 := 0
		if next < mn {
			kb2 = min(nb, mn-next)
		}
		if k+kb < m {
			pa.reset(a[(k+kb)*lda+k:], lda, m-k-kb, kb)
		}
		rest := next + kb2
		chunk := max(luChunk, roundUp((n-rest+4*workers-1)/(4*workers), gemmNR))
		nchunks := (n - rest + chunk - 1) / chunk
		var taken atomic.Int64
		work := func() {
			for {
				c := int(taken.Add(1)) - 1
				if c >= nchunks {
					return
				}
				c0 := rest + c*chunk
				update(k, kb, c0, min(chunk, n-c0))
			}
		}
		info2 := -1
		var wg sync.WaitGroup
		if kb2 > 0 {
			wg.Go(func() {
				update(k, kb, next, kb2)
				info2 = getrfRec(nil, false, a[next*lda+next:], m-next, kb2, lda, piv[next:next+kb2])
				for i := next; i < next+kb2; i++ {
					piv[i] += next
				}
				work()
			})
		}
		for range min(workers-1, nchunks) - 1 {
			wg.Go(work)
		}
		work()
		wg.Wait()
		if info < 0 && info2 >= 0 {
			info = info2 + next
		}
		if p.stopped() {
			return info
		}
	}
	// The interchanges of each panel, to the columns left of it.
	var wg sync.WaitGroup
	half := roundUp((mn+1)/2, gemmNR)
	for c0 := 0; c0 < mn; c0 += half {
		c1 := min(c0+half, mn)
		wg.Go(func() {
			for k := nb; k < mn; k += nb {
				if k > c0 {
					laswp(a[c0:], lda, min(c1, k)-c0, k, min(k+nb, mn), piv)
				}
			}
		})
	}
	wg.Wait()
	return info
}

// packedA is the m×kb left operand of the trailing updates of one step of
// getrfLook (kb at most gemmKC), packed into MR-row slivers as packA does,
// one MC-row block at a time by whichever goroutine needs it first, so
// that the column chunks share one packing.
type packedA struct {
	buf   []float64
	once  []sync.Once
	a     []float64
	lda   int
	m, kb int
}

// reset makes pa the packing of the m×kb matrix a, not yet packed.
func (pa *packedA) reset(a []float64, lda, m, kb int) {
	pa.a, pa.lda, pa.m, pa.kb = a, lda, m, kb
	nblk := (m + gemmMC - 1) / gemmMC
	if cap(pa.once) < nblk {
		pa.once = make([]sync.Once, nblk)
	}
	pa.once = pa.once[:nblk]
	clear(pa.once)
}

// block returns the packed rows from ic (a multiple of gemmMC).
func (pa *packedA) block(ic int) []float64 {
	pa.once[ic/gemmMC].Do(func() {
		packA(min(gemmMC, pa.m-ic), pa.kb, pa.a[ic*pa.lda:], pa.lda, pa.buf[ic*pa.kb:])
	})
	return pa.buf[ic*pa.kb:]
}

// gemm computes C -= A·B on the calling goroutine for the packed m×kb
// matrix A, the kb×n matrix b and the m×n matrix c, as gemmSerial does.
func (pa *packedA) gemm(n int, b []float64, ldb int, c []float64, ldc int) {
	buf := gemmPool.Get().(*gemmBuf)
	defer gemmPool.Put(buf)
	kb := pa.kb
	if need := kb * min(gemmNC, roundUp(n, gemmNR)); cap(buf.b) < need {
		buf.b = make([]float64, need)
	}
	for jc := 0; jc < n; jc += gemmNC {
		nc := min(gemmNC, n-jc)
		packB(kb, nc, b[jc:], ldb, buf.b)
		for ic := 0; ic < pa.m; ic += gemmMC {
			gemmMacro(min(gemmMC, pa.m-ic), nc, kb, -1, pa.block(ic), buf.b, c[ic*ldc+jc:], ldc)
		}
	}
}
