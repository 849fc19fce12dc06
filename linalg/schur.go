package linalg

import (
	"math"
	"math/cmplx"
	"strings"

	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack"
)

// Schur is scipy.linalg.schur for one square matrix: the Schur
// decomposition A = Z·T·Zᴴ with Z unitary, as LAPACK's gees computes it
// (balancing by permutation only, Householder reduction to Hessenberg
// form, then the shifted QR algorithm of Francis: the multishift variant
// with aggressive early deflation of Braman, Byers and Mathias for real
// matrices of order 75 and more, the double-shift one below that, the
// single-shift complex one for complex matrices).
//
// With output "real" (or "r") and real input, T is real and upper
// quasi-triangular: each complex conjugate pair of eigenvalues α ± iβ is a
// 2×2 block on the diagonal in LAPACK's standard form [a b; c a] with
// b·c < 0, and Z is real orthogonal. With output "complex" (or "c"), or
// complex input whatever output says, T is upper triangular complex with
// the eigenvalues on its diagonal and Z is unitary; a real input is first
// cast to complex, as SciPy does. Integer and boolean input is computed in
// float64.
//
// When sort is not nil the eigenvalues λ = re + i·im for which sort(re, im)
// is true are moved to the top left of T (LAPACK's trsen, a sequence of
// swaps of adjacent diagonal blocks, Bai and Demmel 1993), and sdim is
// their number; in the real form a conjugate pair is selected as a whole
// when sort holds for either member, and then counts 2. sort is called
// once per eigenvalue before the reordering and, for the real form, once
// more per eigenvalue to check the result, as dgees and zgees call their
// SELECT. Errors:
//
//	ValueError  "argument must be 'real', or 'complex'"
//	ValueError  "expected square matrix"
//	LinAlgError "Schur form not found. Possibly ill-conditioned."
//	LinAlgError "Eigenvalues could not be separated for reordering."
//	LinAlgError "Leading eigenvalues do not satisfy sort condition."
func Schur(a *Array, output string, sort func(re, im float64) bool) (t, z *Array, sdim int, err error) {
	if output != "real" && output != "complex" && output != "r" && output != "c" {
		return nil, nil, 0, valueErr("argument must be 'real', or 'complex'")
	}
	a = inexact(a)
	if len(a.shape) != 2 || a.shape[0] != a.shape[1] {
		return nil, nil, 0, valueErr("expected square matrix")
	}
	n := a.shape[0]
	if a.dtype == Complex128 || output == "complex" || output == "c" {
		tc, zc, sd, err := schurComplex(append([]complex128(nil), a.Complex128s()...), n, sort)
		if err != nil {
			return nil, nil, 0, err
		}
		t, _ = NewComplex128([]int{n, n}, tc)
		z, _ = NewComplex128([]int{n, n}, zc)
		return t, z, sd, nil
	}
	tr, zr, sd, err := schurReal(append([]float64(nil), a.Float64s()...), n, sort)
	if err != nil {
		return nil, nil, 0, err
	}
	t, _ = NewFloat64([]int{n, n}, tr)
	z, _ = NewFloat64([]int{n, n}, zr)
	return t, z, sd, nil
}

var (
	errSchurNoConv   = linAlgErr(EigNoConvergence, "Schur form not found. Possibly ill-conditioned.")
	errSchurSeparate = &Error{Kind: LinAlgError, Msg: "Eigenvalues could not be separated for reordering."}
	errSchurSort     = &Error{Kind: LinAlgError, Msg: "Leading eigenvalues do not satisfy sort condition."}
)

// geesScale returns gees's scaling of a matrix whose largest |element| is
// anrm into the range where the QR iteration is safe: ok reports whether
// to scale from anrm to cscale.
func geesScale(anrm float64) (cscale float64, ok bool) {
	smlnum := math.Sqrt(dlamchS) / dlamchP
	bignum := 1 / smlnum
	switch {
	case anrm > 0 && anrm < smlnum:
		return smlnum, true
	case anrm > bignum:
		return bignum, true
	}
	return 0, false
}

// scaleBy multiplies x by cto/cfrom as LAPACK's dlascl does, in steps that
// neither overflow nor underflow.
func scaleBy[T scalar](x []T, cfrom, cto float64) {
	smlnum := dlamchS
	bignum := 1 / smlnum
	cfromc, ctoc := cfrom, cto
	for done := false; !done; {
		cfrom1 := cfromc * smlnum
		var mul float64
		if cfrom1 == cfromc {
			mul, done = ctoc/cfromc, true
		} else if cto1 := ctoc / bignum; cto1 == ctoc {
			mul, done, cfromc = ctoc, true, 1
		} else if math.Abs(cfrom1) > math.Abs(ctoc) && ctoc != 0 {
			mul, cfromc = smlnum, cfrom1
		} else if math.Abs(cto1) > math.Abs(cfromc) {
			mul, ctoc = bignum, cto1
		} else {
			mul, done = ctoc/cfromc, true
		}
		m := fromReal[T](mul)
		for k := range x {
			x[k] *= m
		}
	}
}

// schurReal is dgees with JOBVS = 'V' on the row-major n×n a (overwritten).
func schurReal(a []float64, n int, sort func(re, im float64) bool) (t, z []float64, sdim int, err error) {
	if n == 0 {
		return a, []float64{}, 0, nil
	}
	// gonum's Dhseqr can panic on NaN input (check_finite=False), where
	// LAPACK reports no convergence.
	defer func() {
		if r := recover(); r != nil {
			if s, ok := r.(string); !ok || !strings.HasPrefix(s, "lapack: ") {
				panic(r)
			}
			t, z, sdim, err = nil, nil, 0, errSchurNoConv
		}
	}()
	var anrm float64
	for _, x := range a {
		anrm = math.Max(anrm, math.Abs(x))
	}
	cscale, scaled := geesScale(anrm)
	if scaled {
		scaleBy(a, anrm, cscale)
	}
	scale := make([]float64, n)
	ilo, ihi := gebal(true, false, n, a, scale)
	tau := make([]float64, n-1)
	work := make([]float64, 1)
	lapack64.Dgehrd(n, ilo, ihi, a, n, tau, work, -1)
	lwork := max(int(work[0]), n)
	work = make([]float64, lwork)
	lapack64.Dgehrd(n, ilo, ihi, a, n, tau, work, lwork)
	z = make([]float64, n*n)
	lapack64.Dlacpy(blas.Lower, n, n, a, n, z, n)
	lapack64.Dorghr(n, ilo, ihi, z, n, tau, work, -1)
	if lw := int(work[0]); lw > len(work) {
		work = make([]float64, lw)
	}
	lapack64.Dorghr(n, ilo, ihi, z, n, tau, work, len(work))
	wr := make([]float64, n)
	wi := make([]float64, n)
	if unconv := hseqrReal(n, ilo, ihi, a, wr, wi, z); unconv > 0 {
		return nil, nil, 0, errSchurNoConv
	}
	var sepErr bool
	if sort != nil {
		if scaled {
			scaleBy(wr, cscale, anrm)
			scaleBy(wi, cscale, anrm)
		}
		sel := make([]bool, n)
		for i := range sel {
			sel[i] = sort(wr[i], wi[i])
		}
		sepErr = !trsenReal(n, a, z, sel, work)
		for k := 0; k < n; k++ {
			wr[k], wi[k] = a[k*n+k], 0
		}
		for k := 0; k < n-1; k++ {
			if a[(k+1)*n+k] != 0 {
				wi[k] = math.Sqrt(math.Abs(a[k*n+k+1])) * math.Sqrt(math.Abs(a[(k+1)*n+k]))
				wi[k+1] = -wi[k]
			}
		}
	}
	gebakPermute(n, ilo, ihi, scale, n, z)
	if scaled {
		undoScaleReal(n, a, z, wr, wi, anrm, cscale, ilo, ihi, sort != nil)
	}
	if sepErr {
		return nil, nil, 0, errSchurSeparate
	}
	if sort != nil {
		// gees checks the reordering with a second call per eigenvalue.
		lastsl, lst2sl := true, true
		ip := 0
		bad := false
		for i := 0; i < n; i++ {
			cursl := sort(wr[i], wi[i])
			if wi[i] == 0 {
				if cursl {
					sdim++
				}
				ip = 0
				if cursl && !lastsl {
					bad = true
				}
			} else if ip == 1 {
				cursl = cursl || lastsl
				lastsl = cursl
				if cursl {
					sdim += 2
				}
				ip = -1
				if cursl && !lst2sl {
					bad = true
				}
			} else {
				ip = 1
			}
			lst2sl = lastsl
			lastsl = cursl
		}
		if bad {
			return nil, nil, 0, errSchurSort
		}
	}
	return a, z, sdim, nil
}

// undoScaleReal is the end of dgees when it scaled A: T is scaled back,
// the eigenvalues are read off again, and where the scaling made a 2×2
// block's eigenvalues real that block is made upper triangular.
func undoScaleReal(n int, a, z, wr, wi []float64, anrm, cscale float64, ilo, ihi int, wantst bool) {
	for i := 0; i < n; i++ {
		lo := max(i-1, 0)
		scaleBy(a[i*n+lo:i*n+n], cscale, anrm)
	}
	for i := 0; i < n; i++ {
		wr[i] = a[i*n+i]
	}
	if cscale == math.Sqrt(dlamchS)/dlamchP {
		i1, i2 := ilo, ihi-1
		if wantst {
			i1, i2 = 0, n-2
		}
		inxt := i1 - 1
		for i := i1; i <= i2; i++ {
			if i < inxt {
				continue
			}
			if wi[i] == 0 {
				inxt = i + 1
				continue
			}
			if a[(i+1)*n+i] == 0 {
				wi[i], wi[i+1] = 0, 0
			} else if a[i*n+i+1] == 0 {
				wi[i], wi[i+1] = 0, 0
				for r := 0; r < i; r++ {
					a[r*n+i], a[r*n+i+1] = a[r*n+i+1], a[r*n+i]
				}
				for c := i + 2; c < n; c++ {
					a[i*n+c], a[(i+1)*n+c] = a[(i+1)*n+c], a[i*n+c]
				}
				for r := 0; r < n; r++ {
					z[r*n+i], z[r*n+i+1] = z[r*n+i+1], z[r*n+i]
				}
				a[i*n+i+1] = a[(i+1)*n+i]
				a[(i+1)*n+i] = 0
			}
			inxt = i + 2
		}
	}
	scaleBy(wi, cscale, anrm)
}

// trsenReal is dtrsen with JOB = 'N', COMPQ = 'V': it moves the selected
// eigenvalues of the real Schur form t to the top left (a 2×2 block moves
// when either of its two flags is set), updating q. It reports false when
// two blocks could not be swapped (dtrexc's failure), leaving t and q as
// far as they got.
func trsenReal(n int, t, q []float64, sel []bool, work []float64) bool {
	if len(work) < n {
		work = make([]float64, n)
	}
	return reorderBlocks(n, t, sel, func(from, to int) bool {
		_, _, ok := lapack64.Dtrexc(lapack.UpdateSchur, n, t, n, q, n, from, to, work)
		return ok
	})
}

// reorderBlocks moves the selected diagonal blocks of the n×n upper
// quasi-triangular t (1×1, or 2×2 where t[k+1, k] ≠ 0, moved whole when
// either of its eigenvalues is selected) to the top left, keeping their
// order, by move(from, to), a trexc or tgexc exchange; false as soon as a
// move fails.
func reorderBlocks(n int, t []float64, sel []bool, move func(from, to int) bool) bool {
	ks := 0
	pair := false
	for k := 0; k < n; k++ {
		if pair {
			pair = false
			continue
		}
		swap := sel[k]
		if k < n-1 && t[(k+1)*n+k] != 0 {
			pair = true
			swap = swap || sel[k+1]
		}
		if !swap {
			continue
		}
		if k != ks && !move(k, ks) {
			return false
		}
		ks++
		if pair {
			ks++
		}
	}
	return true
}

// schurComplex is zgees with JOBVS = 'V' on the row-major n×n a
// (overwritten).
func schurComplex(a []complex128, n int, sort func(re, im float64) bool) (t, z []complex128, sdim int, err error) {
	if n == 0 {
		return a, []complex128{}, 0, nil
	}
	var anrm float64
	for _, x := range a {
		v := cmplx.Abs(x)
		if math.IsNaN(v) {
			anrm = v
			break
		}
		anrm = math.Max(anrm, v)
	}
	cscale, scaled := geesScale(anrm)
	if scaled {
		scaleBy(a, anrm, cscale)
	}
	scale := make([]float64, n)
	ilo, ihi := gebal(true, false, n, a, scale)
	tau := make([]complex128, n)
	work := make([]complex128, n)
	gehd2C(n, ilo, ihi, a, tau, work)
	z = unghrC(n, ilo, ihi, a, tau)
	// zhseqr: the eigenvalues isolated by the balancing, then zlahqr.
	w := make([]complex128, n)
	for i := 0; i < ilo; i++ {
		w[i] = a[i*n+i]
	}
	for i := ihi + 1; i < n; i++ {
		w[i] = a[i*n+i]
	}
	for i := 2; i < n; i++ {
		for j := 0; j < i-1; j++ {
			a[i*n+j] = 0
		}
	}
	if lahqrC(n, ilo, ihi, a, z, w) >= 0 {
		return nil, nil, 0, errSchurNoConv
	}
	if sort != nil {
		if scaled {
			scaleBy(w, cscale, anrm)
		}
		ks := 0
		for k := 0; k < n; k++ {
			if sort(real(w[k]), imag(w[k])) {
				if k != ks {
					trexcC(n, a, z, k, ks)
				}
				ks++
			}
		}
		sdim = ks
	}
	gebakPermute(n, ilo, ihi, scale, n, z)
	if scaled {
		for i := 0; i < n; i++ {
			scaleBy(a[i*n+i:i*n+n], cscale, anrm)
		}
	}
	return a, z, sdim, nil
}

// RSF2CSF is scipy.linalg.rsf2csf: it turns the real Schur form T, Z of a
// real matrix into the complex Schur form, A = Z·T·Zᴴ with T upper
// triangular, by one complex plane rotation per 2×2 block, working from
// the bottom up: for the block at rows m−1, m whose subdiagonal is not
// negligible (|t(m, m−1)| > ε·(|t(m−1, m−1)| + |t(m, m)|)) the rotation
// that zeroes t(m, m−1) is built from μ = λ₁ − t(m, m), λ₁ the first
// eigenvalue of the block as eigvals returns it. Both results are
// complex128. Errors:
//
//	ValueError "Input 'Z' must be square."
//	ValueError "Input 'T' must be square."
//	ValueError "Input array shapes must match: Z: (2, 2) vs. T: (3, 3)"
func RSF2CSF(t, z *Array) (tc, zc *Array, err error) {
	for k, x := range []*Array{z, t} {
		if len(x.shape) != 2 || x.shape[0] != x.shape[1] {
			return nil, nil, valueErr("Input '%c' must be square.", "ZT"[k])
		}
	}
	if t.shape[0] != z.shape[0] {
		return nil, nil, valueErr("Input array shapes must match: Z: %s vs. T: %s", FormatShape(z.shape), FormatShape(t.shape))
	}
	n := t.shape[0]
	T := append([]complex128(nil), t.Complex128s()...)
	Z := append([]complex128(nil), z.Complex128s()...)
	const eps = 0x1p-52
	for m := n - 1; m > 0; m-- {
		if cmplx.Abs(T[m*n+m-1]) > eps*(cmplx.Abs(T[(m-1)*n+m-1])+cmplx.Abs(T[m*n+m])) {
			mu := eigvals2C(T[(m-1)*n+m-1], T[(m-1)*n+m], T[m*n+m-1], T[m*n+m]) - T[m*n+m]
			r := math.Hypot(cmplx.Abs(mu), cmplx.Abs(T[m*n+m-1]))
			c := mu / complex(r, 0)
			s := T[m*n+m-1] / complex(r, 0)
			// G = [c̄ s; −s c]
			g00, g01, g10, g11 := cmplx.Conj(c), s, -s, c
			for j := m - 1; j < n; j++ {
				x, y := T[(m-1)*n+j], T[m*n+j]
				T[(m-1)*n+j] = g00*x + g01*y
				T[m*n+j] = g10*x + g11*y
			}
			// ·Gᴴ on the right: Gᴴ = [c  −s̄; s̄  c̄]
			h00, h01, h10, h11 := cmplx.Conj(g00), cmplx.Conj(g10), cmplx.Conj(g01), cmplx.Conj(g11)
			for i := 0; i <= m; i++ {
				x, y := T[i*n+m-1], T[i*n+m]
				T[i*n+m-1] = x*h00 + y*h10
				T[i*n+m] = x*h01 + y*h11
			}
			for i := 0; i < n; i++ {
				x, y := Z[i*n+m-1], Z[i*n+m]
				Z[i*n+m-1] = x*h00 + y*h10
				Z[i*n+m] = x*h01 + y*h11
			}
		}
		T[m*n+m-1] = 0
	}
	tc, _ = NewComplex128([]int{n, n}, T)
	zc, _ = NewComplex128([]int{n, n}, Z)
	return tc, zc, nil
}

// eigvals2C is the first eigenvalue of the complex 2×2 matrix [a b; c d] as
// scipy.linalg.eigvals returns it (LAPACK's zgeev on the block: the
// single-shift QR algorithm of zlahqr).
func eigvals2C(a, b, c, d complex128) complex128 {
	h := []complex128{a, b, c, d}
	scale := make([]float64, 2)
	ilo, ihi := gebal(true, true, 2, h, scale)
	z := []complex128{1, 0, 0, 1}
	w := make([]complex128, 2)
	for i := 0; i < ilo; i++ {
		w[i] = h[i*2+i]
	}
	for i := ihi + 1; i < 2; i++ {
		w[i] = h[i*2+i]
	}
	lahqrC(2, ilo, ihi, h, z, w)
	return w[0]
}

// SchurSort is the predicate of one of SciPy's named eigenvalue orderings
// for schur and ordqz: "lhp" (re < 0), "rhp" (re ≥ 0), "iuc" (|λ| ≤ 1) and
// "ouc" (|λ| > 1), |λ| as Python's abs of a complex computes it. ok is
// false for any other name.
func SchurSort(name string) (sort func(re, im float64) bool, ok bool) {
	switch name {
	case "lhp":
		return func(re, im float64) bool { return re < 0 }, true
	case "rhp":
		return func(re, im float64) bool { return re >= 0 }, true
	case "iuc":
		return func(re, im float64) bool { return glibcHypot(re, im) <= 1 }, true
	case "ouc":
		return func(re, im float64) bool { return glibcHypot(re, im) > 1 }, true
	}
	return nil, false
}
