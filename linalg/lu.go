package linalg

import (
	"context"
	"fmt"
	"math"
	"math/cmplx"
)

// sfmin is LAPACK's dlamch('S'): the smallest number whose reciprocal does
// not overflow.
const sfmin = 0x1p-1022

// luBase is the panel width below which getrf factors without recursion,
// and the order below which the triangular solves work by rows.
const luBase = 16

// pollMin is the order from which the recursive factorisation and solves
// check for an interrupt.
const pollMin = 128

// poller reports a cancelled context to long factorisations, which check
// it between blocks and stop early. A nil poller never stops.
type poller struct {
	ctx context.Context
	err error
}

func newPoller(ctx context.Context) *poller {
	if ctx == nil || ctx.Done() == nil {
		return nil
	}
	return &poller{ctx: ctx}
}

// stopped reports whether the context has been cancelled.
func (p *poller) stopped() bool {
	if p == nil {
		return false
	}
	if p.err == nil {
		p.err = p.ctx.Err()
	}
	return p.err != nil
}

// interrupted is the error of a computation stopped by its context; it
// wraps the context's error.
func (p *poller) interrupted() error {
	if p == nil || p.err == nil {
		return nil
	}
	return fmt.Errorf("linalg: interrupted: %w", p.err)
}

// luFactor overwrites the row-major n×n matrix a with its LU factorisation
// with partial pivoting, P·A = L·U, as LAPACK's dgetrf computes it: at step
// j the pivot is the first entry of largest magnitude on or below the
// diagonal of column j. piv[j] is the row swapped with row j. It returns the
// 0-based index of the first exactly zero pivot, or -1 when A is
// nonsingular; the factorisation continues past a zero pivot as LAPACK does.
func luFactor(a []float64, n int, piv []int) int {
	return getrf(nil, a, n, n, n, piv)
}

// getrf is luFactor for the m×n matrix a with row stride lda, as LAPACK's
// recursive dgetrf2: the left half of the columns is factored, the
// interchanges are applied to the right half, its top is solved against
// L₁₁ and the rest updated by one matrix product (dgemm), and the
// bottom right is factored in turn. Panels narrower than luBase are
// factored column by column (getf2). A stopped poller leaves a partly
// factored and the result unspecified.
func getrf(p *poller, a []float64, m, n, lda int, piv []int) int {
	if min(m, n) <= obLUMax {
		return obGetrf(a, m, n, lda, piv)
	}
	if min(m, n) >= luLookMin && luWorkers() >= 2 {
		return getrfLook(p, a, m, n, lda, piv)
	}
	return getrfRec(p, true, a, m, n, lda, piv)
}

// getrfRec is the recursive getrf; unless par is set it runs on the
// calling goroutine alone.
func getrfRec(p *poller, par bool, a []float64, m, n, lda int, piv []int) int {
	mn := min(m, n)
	if mn == 0 {
		return -1
	}
	if n <= luBase {
		return getf2(a, m, n, lda, piv)
	}
	n1 := mn / 2
	n2 := n - n1
	info := getrfRec(p, par, a, m, n1, lda, piv[:n1])
	if n >= pollMin && p.stopped() {
		return info
	}
	laswp(a[n1:], lda, n2, 0, n1, piv)
	trsmL(p, par, n1, n2, a, lda, a[n1:], lda)
	dgemmPar(par, m-n1, n2, n1, -1, a[n1*lda:], lda, a[n1:], lda, 1, a[n1*lda+n1:], lda)
	if n >= pollMin && p.stopped() {
		return info
	}
	info2 := getrfRec(p, par, a[n1*lda+n1:], m-n1, n2, lda, piv[n1:mn])
	if info < 0 && info2 >= 0 {
		info = info2 + n1
	}
	for i := n1; i < mn; i++ {
		piv[i] += n1
	}
	laswp(a, lda, n1, n1, mn, piv)
	return info
}

// getf2 is getrf column by column: OpenBLAS's getf2, left-looking, in
// its operation order (obGetf2, oblu.go).
func getf2(a []float64, m, n, lda int, piv []int) int {
	return obGetf2(a, m, n, lda, piv)
}

// laswp swaps row i of the k-column matrix a (row stride lda) with row
// piv[i], for i from i0 to i1-1 in order (LAPACK's dlaswp).
func laswp(a []float64, lda, k, i0, i1 int, piv []int) {
	for i := i0; i < i1; i++ {
		if p := piv[i]; p != i {
			ri, rp := a[i*lda:i*lda+k], a[p*lda:p*lda+k]
			for c := range ri {
				ri[c], rp[c] = rp[c], ri[c]
			}
		}
	}
}

// trsmLower overwrites the m×k matrix x (row stride ldx) with L⁻¹·x for
// the unit lower triangle L of the m×m matrix l (LAPACK's dtrsm, left,
// lower, unit). Large L are split in halves: the top rows are solved,
// the bottom updated by dgemm and solved in turn.
func trsmLower(p *poller, m, k int, l []float64, ldl int, x []float64, ldx int) {
	trsmL(p, true, m, k, l, ldl, x, ldx)
}

// trsmL is trsmLower, on the calling goroutine alone unless par is set.
func trsmL(p *poller, par bool, m, k int, l []float64, ldl int, x []float64, ldx int) {
	if k == 0 {
		return
	}
	if m <= luBase {
		for r := 0; r < m; r++ {
			rowr := x[r*ldx : r*ldx+k]
			for i := r + 1; i < m; i++ {
				if v := l[i*ldl+r]; v != 0 {
					axpy(-v, rowr, x[i*ldx:i*ldx+k])
				}
			}
		}
		return
	}
	m1 := m / 2
	trsmL(p, par, m1, k, l, ldl, x, ldx)
	if m >= pollMin && p.stopped() {
		return
	}
	dgemmPar(par, m-m1, k, m1, -1, l[m1*ldl:], ldl, x, ldx, 1, x[m1*ldx:], ldx)
	trsmL(p, par, m-m1, k, l[m1*ldl+m1:], ldl, x[m1*ldx:], ldx)
}

// trsmUpper overwrites the m×k matrix x (row stride ldx) with U⁻¹·x for
// the upper triangle U of the m×m matrix u (LAPACK's dtrsm, left, upper,
// non-unit), by halves from the bottom as trsmLower.
func trsmUpper(p *poller, m, k int, u []float64, ldu int, x []float64, ldx int) {
	if k == 0 {
		return
	}
	if m <= luBase {
		for r := m - 1; r >= 0; r-- {
			rowr := x[r*ldx : r*ldx+k]
			d := u[r*ldu+r]
			for c := range rowr {
				rowr[c] /= d
			}
			for i := 0; i < r; i++ {
				if v := u[i*ldu+r]; v != 0 {
					axpy(-v, rowr, x[i*ldx:i*ldx+k])
				}
			}
		}
		return
	}
	m1 := m / 2
	trsmUpper(p, m-m1, k, u[m1*ldu+m1:], ldu, x[m1*ldx:], ldx)
	if m >= pollMin && p.stopped() {
		return
	}
	dgemm(m1, k, m-m1, -1, u[m1:], ldu, x[m1*ldx:], ldx, 1, x, ldx)
	trsmUpper(p, m1, k, u, ldu, x, ldx)
}

// luSolve overwrites the row-major n×k matrix x = B with the solution of
// A·X = B from the factors of luFactor: X = U⁻¹·L⁻¹·P·B.
func luSolve(p *poller, lu []float64, n int, piv []int, x []float64, k int) {
	if n <= obLUMax {
		obSolve(lu, n, piv, x, k)
		return
	}
	laswp(x, k, k, 0, n, piv)
	trsmLower(p, n, k, lu, n, x, k)
	trsmUpper(p, n, k, lu, n, x, k)
}

// luInverse writes inv(A) into x (row-major n×n) from the factors of
// luFactor. Small matrices are solved against I as LAPACK's dgesv does for
// numpy.linalg.inv. From luBase up, inv(A) = U⁻¹·L⁻¹·P as LAPACK's getri
// computes it: the lower triangle L⁻¹ by lowerInverse (n³/2 flops against
// n³ for solving L·W = I), U⁻¹·L⁻¹ by trsmUpper, and P applied to the
// columns last.
func luInverse(p *poller, lu []float64, n int, piv []int, x []float64) {
	clear(x[:n*n])
	if n <= obLUMax {
		obInverse(lu, n, piv, x)
		return
	}
	if n <= luBase {
		for i := 0; i < n; i++ {
			x[i*n+i] = 1
		}
		luSolve(p, lu, n, piv, x, n)
		return
	}
	lowerInverse(p, n, lu, n, x, n)
	trsmUpper(p, n, n, lu, n, x, n)
	for r := 0; r < n; r++ {
		row := x[r*n : r*n+n]
		for j := n - 1; j >= 0; j-- {
			if q := piv[j]; q != j {
				row[j], row[q] = row[q], row[j]
			}
		}
	}
}

// lowerInverse writes W = L⁻¹ into the lower triangle of the zeroed m×m
// matrix w for the unit lower triangle L of l. With L and W split in
// halves, W₁₁ = L₁₁⁻¹ and W₂₂ = L₂₂⁻¹ recursively and
// W₂₁ = -L₂₂⁻¹·(L₂₁·W₁₁), by dgemm and trsmLower.
func lowerInverse(p *poller, m int, l []float64, ldl int, w []float64, ldw int) {
	if m <= luBase {
		for i := 0; i < m; i++ {
			w[i*ldw+i] = 1
		}
		trsmLower(p, m, m, l, ldl, w, ldw)
		return
	}
	m1 := m / 2
	lowerInverse(p, m1, l, ldl, w, ldw)
	if m >= pollMin && p.stopped() {
		return
	}
	dgemm(m-m1, m1, m1, -1, l[m1*ldl:], ldl, w, ldw, 0, w[m1*ldw:], ldw)
	trsmLower(p, m-m1, m1, l[m1*ldl+m1:], ldl, w[m1*ldw:], ldw)
	lowerInverse(p, m-m1, l[m1*ldl+m1:], ldl, w[m1*ldw+m1:], ldw)
}

func cabs1(z complex128) float64 { return math.Abs(real(z)) + math.Abs(imag(z)) }

// luFactorC is luFactor for complex matrices (LAPACK's zgetf2; the pivot
// maximises |re|+|im| as izamax does).
// Up to obZLUMax it is OpenBLAS's zgetrf (obZgetrf, oblu_complex.go).
func luFactorC(a []complex128, n int, piv []int) int {
	if n <= obZLUMax {
		return obZgetf2(a, n, piv)
	}
	info := -1
	for j := 0; j < n; j++ {
		p, best := j, cabs1(a[j*n+j])
		for i := j + 1; i < n; i++ {
			if v := cabs1(a[i*n+j]); v > best {
				p, best = i, v
			}
		}
		piv[j] = p
		if a[p*n+j] != 0 {
			if p != j {
				rj, rp := a[j*n:j*n+n], a[p*n:p*n+n]
				for k := range rj {
					rj[k], rp[k] = rp[k], rj[k]
				}
			}
			d := a[j*n+j]
			if cmplx.Abs(d) >= sfmin {
				r := 1 / d
				for i := j + 1; i < n; i++ {
					a[i*n+j] *= r
				}
			} else {
				for i := j + 1; i < n; i++ {
					a[i*n+j] /= d
				}
			}
		} else if info < 0 {
			info = j
		}
		rowj := a[j*n+j+1 : j*n+n]
		for i := j + 1; i < n; i++ {
			l := a[i*n+j]
			if l == 0 {
				continue
			}
			rowi := a[i*n+j+1 : i*n+n]
			for k, u := range rowj {
				rowi[k] -= l * u
			}
		}
	}
	return info
}

// luInverseC is luInverse for complex matrices.
func luInverseC(lu []complex128, n int, piv []int, x []complex128) {
	clear(x[:n*n])
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	luSolveC(lu, n, piv, x, n)
}

// luSolveC is luSolve for complex matrices.
// Up to obZLUMax it is OpenBLAS's zgetrs (obZgetrs, oblu_complex.go).
func luSolveC(lu []complex128, n int, piv []int, x []complex128, k int) {
	if n <= obZLUMax {
		obZgetrs(lu, n, piv, x, k)
		return
	}
	for j := 0; j < n; j++ {
		if p := piv[j]; p != j {
			rj, rp := x[j*k:j*k+k], x[p*k:p*k+k]
			for c := range rj {
				rj[c], rp[c] = rp[c], rj[c]
			}
		}
	}
	for r := 0; r < n; r++ {
		rowr := x[r*k : r*k+k]
		for i := r + 1; i < n; i++ {
			l := lu[i*n+r]
			rowi := x[i*k : i*k+k]
			for c, v := range rowr {
				rowi[c] -= v * l
			}
		}
	}
	for r := n - 1; r >= 0; r-- {
		rowr := x[r*k : r*k+k]
		d := lu[r*n+r]
		for c := range rowr {
			rowr[c] /= d
		}
		for i := 0; i < r; i++ {
			u := lu[i*n+r]
			rowi := x[i*k : i*k+k]
			for c, v := range rowr {
				rowi[c] -= v * u
			}
		}
	}
}
