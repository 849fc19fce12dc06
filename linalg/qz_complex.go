package linalg

import (
	"math"
	"math/cmplx"
)

// The complex QZ algorithm: LAPACK's zgges with zgghrd (Hessenberg-
// triangular reduction by Givens rotations) and zhgeqz (the single-shift
// QZ iteration of Moler and Stewart, SIAM J. Numer. Anal. 10 (1973)
// 241–256, in its complex form).

// zrotRows applies the complex rotation [c s; −s̄ c] to rows i1, i2 of the
// row-major n-column x over columns j1..j2 (0-based), as ZROT on rows.
func zrotRows(x []complex128, n, i1, i2, j1, j2 int, c float64, s complex128) {
	cc, cs := complex(c, 0), cmplx.Conj(s)
	r1, r2 := x[i1*n:i1*n+n], x[i2*n:i2*n+n]
	for j := j1; j <= j2; j++ {
		a, b := r1[j], r2[j]
		r1[j] = cc*a + s*b
		r2[j] = cc*b - cs*a
	}
}

// zrotCols applies ZROT to columns j1, j2 of x over rows i1..i2.
func zrotCols(x []complex128, n, j1, j2, i1, i2 int, c float64, s complex128) {
	cc, cs := complex(c, 0), cmplx.Conj(s)
	for i := i1; i <= i2; i++ {
		a, b := x[i*n+j1], x[i*n+j2]
		x[i*n+j1] = cc*a + s*b
		x[i*n+j2] = cc*b - cs*a
	}
}

// gghrdC is zgghrd with COMPQ = COMPZ = 'V' (0-based ilo, ihi): it reduces
// a to upper Hessenberg form by unitary Qᴴ·A·Z keeping the upper
// triangular b triangular, and accumulates Q and Z into q and z.
func gghrdC(n, ilo, ihi int, a, b, q, z []complex128) {
	for j := 0; j < n; j++ {
		for i := j + 1; i < n; i++ {
			b[i*n+j] = 0
		}
	}
	for jcol := ilo; jcol <= ihi-2; jcol++ {
		for jrow := ihi; jrow >= jcol+2; jrow-- {
			// Zero a(jrow, jcol) with a rotation of rows jrow−1, jrow.
			c, s, r := lartgC(a[(jrow-1)*n+jcol], a[jrow*n+jcol])
			a[(jrow-1)*n+jcol] = r
			a[jrow*n+jcol] = 0
			zrotRows(a, n, jrow-1, jrow, jcol+1, n-1, c, s)
			zrotRows(b, n, jrow-1, jrow, jrow-1, n-1, c, s)
			zrotCols(q, n, jrow-1, jrow, 0, n-1, c, cmplx.Conj(s))
			// Zero b(jrow, jrow−1) with a rotation of columns.
			c, s, r = lartgC(b[jrow*n+jrow], b[jrow*n+jrow-1])
			b[jrow*n+jrow] = r
			b[jrow*n+jrow-1] = 0
			zrotCols(a, n, jrow, jrow-1, 0, ihi, c, s)
			zrotCols(b, n, jrow, jrow-1, 0, jrow-1, c, s)
			zrotCols(z, n, jrow, jrow-1, 0, n-1, c, s)
		}
	}
}

// hgeqzC is zhgeqz with JOB = 'S', COMPQ = COMPZ = 'V' (ilo, ihi 1-based):
// the generalized Schur form of the upper Hessenberg h and upper
// triangular t, with t's diagonal made real and non-negative. It returns
// LAPACK's INFO: 0, i in 1..n when the iteration failed (eigenvalues
// i+1..n converged), 2n+1 for the other failure.
func hgeqzC(n, ilo, ihi int, h, t, q, z, alpha, beta []complex128) int {
	if n == 0 {
		return 0
	}
	ix := func(i, j int) int { return (i-1)*n + j - 1 }
	H := func(i, j int) complex128 { return h[ix(i, j)] }
	T := func(i, j int) complex128 { return t[ix(i, j)] }
	rowsRot := func(x []complex128, i1, i2, j1, j2 int, c float64, s complex128) {
		zrotRows(x, n, i1-1, i2-1, j1-1, j2-1, c, s)
	}
	colsRot := func(x []complex128, j1, j2, i1, i2 int, c float64, s complex128) {
		zrotCols(x, n, j1-1, j2-1, i1-1, i2-1, c, s)
	}
	safmin := dlamchS
	ulp := dlamchE * 2
	in := ihi + 1 - ilo
	var anorm, bnorm float64
	for j := 0; j < in; j++ {
		for i := 0; i <= min(in-1, j+1); i++ {
			anorm = math.Hypot(anorm, cmplx.Abs(h[(ilo-1+i)*n+ilo-1+j]))
			bnorm = math.Hypot(bnorm, cmplx.Abs(t[(ilo-1+i)*n+ilo-1+j]))
		}
	}
	atol := math.Max(safmin, ulp*anorm)
	btol := math.Max(safmin, ulp*bnorm)
	ascale := 1 / math.Max(safmin, anorm)
	bscale := 1 / math.Max(safmin, bnorm)
	// realDiag makes t(j, j) real and non-negative, scaling column j of h,
	// t (rows from..j) and z.
	realDiag := func(j, from int) {
		absb := cmplx.Abs(T(j, j))
		if absb > safmin {
			signbc := cmplx.Conj(T(j, j) / complex(absb, 0))
			t[ix(j, j)] = complex(absb, 0)
			for jr := from; jr <= j-1; jr++ {
				t[ix(jr, j)] *= signbc
			}
			for jr := from; jr <= j; jr++ {
				h[ix(jr, j)] *= signbc
			}
			for jr := 1; jr <= n; jr++ {
				z[ix(jr, j)] *= signbc
			}
		} else {
			t[ix(j, j)] = 0
		}
		alpha[j-1], beta[j-1] = H(j, j), T(j, j)
	}
	for j := ihi + 1; j <= n; j++ {
		realDiag(j, 1)
	}
	finish := func() int {
		for j := 1; j <= ilo-1; j++ {
			realDiag(j, 1)
		}
		return 0
	}
	if ihi < ilo {
		return finish()
	}
	ilast := ihi
	ifrstm, ilastm := 1, n
	iiter := 0
	var eshift complex128
	maxit := 30 * (ihi - ilo + 1)
	var ifirst int
	for jiter := 1; jiter <= maxit; jiter++ {
		label := 0
		if ilast == ilo {
			label = 60
		} else if cabs1(H(ilast, ilast-1)) <= math.Max(safmin, ulp*(cabs1(H(ilast, ilast))+cabs1(H(ilast-1, ilast-1)))) {
			h[ix(ilast, ilast-1)] = 0
			label = 60
		}
		if label == 0 && cmplx.Abs(T(ilast, ilast)) <= btol {
			t[ix(ilast, ilast)] = 0
			label = 50
		}
		if label == 0 {
		search:
			for j := ilast - 1; j >= ilo; j-- {
				var ilazro bool
				if j == ilo {
					ilazro = true
				} else if cabs1(H(j, j-1)) <= math.Max(safmin, ulp*(cabs1(H(j, j))+cabs1(H(j-1, j-1)))) {
					h[ix(j, j-1)] = 0
					ilazro = true
				}
				if cmplx.Abs(T(j, j)) < btol {
					t[ix(j, j)] = 0
					ilazr2 := false
					if !ilazro && cabs1(H(j, j-1))*(ascale*cabs1(H(j+1, j))) <= cabs1(H(j, j))*(ascale*atol) {
						ilazr2 = true
					}
					if ilazro || ilazr2 {
						for jch := j; jch <= ilast-1; jch++ {
							c, s, r := lartgC(H(jch, jch), H(jch+1, jch))
							h[ix(jch, jch)] = r
							h[ix(jch+1, jch)] = 0
							rowsRot(h, jch, jch+1, jch+1, ilastm, c, s)
							rowsRot(t, jch, jch+1, jch+1, ilastm, c, s)
							colsRot(q, jch, jch+1, 1, n, c, cmplx.Conj(s))
							if ilazr2 {
								h[ix(jch, jch-1)] *= complex(c, 0)
							}
							ilazr2 = false
							if cabs1(T(jch+1, jch+1)) >= btol {
								if jch+1 >= ilast {
									label = 60
								} else {
									ifirst = jch + 1
									label = 70
								}
								break search
							}
							t[ix(jch+1, jch+1)] = 0
						}
						label = 50
						break search
					}
					for jch := j; jch <= ilast-1; jch++ {
						c, s, r := lartgC(T(jch, jch+1), T(jch+1, jch+1))
						t[ix(jch, jch+1)] = r
						t[ix(jch+1, jch+1)] = 0
						if jch < ilastm-1 {
							rowsRot(t, jch, jch+1, jch+2, ilastm, c, s)
						}
						rowsRot(h, jch, jch+1, jch-1, ilastm, c, s)
						colsRot(q, jch, jch+1, 1, n, c, cmplx.Conj(s))
						c, s, r = lartgC(H(jch+1, jch), H(jch+1, jch-1))
						h[ix(jch+1, jch)] = r
						h[ix(jch+1, jch-1)] = 0
						colsRot(h, jch, jch-1, ifrstm, jch, c, s)
						colsRot(t, jch, jch-1, ifrstm, jch-1, c, s)
						colsRot(z, jch, jch-1, 1, n, c, s)
					}
					label = 50
					break search
				} else if ilazro {
					ifirst = j
					label = 70
					break search
				}
			}
			if label == 0 {
				return 2*n + 1
			}
		}
		if label == 50 {
			c, s, r := lartgC(H(ilast, ilast), H(ilast, ilast-1))
			h[ix(ilast, ilast)] = r
			h[ix(ilast, ilast-1)] = 0
			colsRot(h, ilast, ilast-1, ifrstm, ilast-1, c, s)
			colsRot(t, ilast, ilast-1, ifrstm, ilast-1, c, s)
			colsRot(z, ilast, ilast-1, 1, n, c, s)
			label = 60
		}
		if label == 60 {
			realDiag(ilast, ifrstm)
			ilast--
			if ilast < ilo {
				return finish()
			}
			iiter = 0
			eshift = 0
			continue
		}
		// label 70: a QZ sweep on ifirst..ilast.
		iiter++
		var shift complex128
		if iiter/10*10 != iiter {
			// Wilkinson's shift from the trailing 2×2 of A·B⁻¹.
			as, bs := complex(ascale, 0), complex(bscale, 0)
			u12 := (bs * T(ilast-1, ilast)) / (bs * T(ilast, ilast))
			ad11 := (as * H(ilast-1, ilast-1)) / (bs * T(ilast-1, ilast-1))
			ad21 := (as * H(ilast, ilast-1)) / (bs * T(ilast-1, ilast-1))
			ad12 := (as * H(ilast-1, ilast)) / (bs * T(ilast, ilast))
			ad22 := (as * H(ilast, ilast)) / (bs * T(ilast, ilast))
			abi22 := ad22 - u12*ad21
			abi12 := ad12 - u12*ad11
			shift = abi22
			ctemp := cmplx.Sqrt(abi12) * cmplx.Sqrt(ad21)
			temp := cabs1(ctemp)
			if ctemp != 0 {
				x := 0.5 * (ad11 - shift)
				temp2 := cabs1(x)
				temp = math.Max(temp, cabs1(x))
				ct := complex(temp, 0)
				y := ct * cmplx.Sqrt((x/ct)*(x/ct)+(ctemp/ct)*(ctemp/ct))
				if temp2 > 0 {
					xs := x / complex(temp2, 0)
					if real(xs)*real(y)+imag(xs)*imag(y) < 0 {
						y = -y
					}
				}
				shift -= ctemp * (ctemp / (x + y))
			}
		} else {
			// Exceptional shift.
			if iiter/20*20 == iiter && bscale*cabs1(T(ilast, ilast)) > safmin {
				eshift += complex(ascale, 0) * H(ilast, ilast) / (complex(bscale, 0) * T(ilast, ilast))
			} else {
				eshift += complex(ascale, 0) * H(ilast, ilast-1) / (complex(bscale, 0) * T(ilast-1, ilast-1))
			}
			shift = eshift
		}
		// Look for two consecutive small subdiagonal elements.
		istart := ifirst
		var ctemp complex128
		found := false
		for j := ilast - 1; j >= ifirst+1; j-- {
			istart = j
			ctemp = complex(ascale, 0)*H(j, j) - shift*(complex(bscale, 0)*T(j, j))
			temp := cabs1(ctemp)
			temp2 := ascale * cabs1(H(j+1, j))
			tempr := math.Max(temp, temp2)
			if tempr < 1 && tempr != 0 {
				temp /= tempr
				temp2 /= tempr
			}
			if cabs1(H(j, j-1))*temp2 <= temp*atol {
				found = true
				break
			}
		}
		if !found {
			istart = ifirst
			ctemp = complex(ascale, 0)*H(ifirst, ifirst) - shift*(complex(bscale, 0)*T(ifirst, ifirst))
		}
		ctemp2 := complex(ascale, 0) * H(istart+1, istart)
		c, s, _ := lartgC(ctemp, ctemp2)
		for j := istart; j <= ilast-1; j++ {
			if j > istart {
				var r complex128
				c, s, r = lartgC(H(j, j-1), H(j+1, j-1))
				h[ix(j, j-1)] = r
				h[ix(j+1, j-1)] = 0
			}
			rowsRot(h, j, j+1, j, ilastm, c, s)
			rowsRot(t, j, j+1, j, ilastm, c, s)
			colsRot(q, j, j+1, 1, n, c, cmplx.Conj(s))
			var r complex128
			c, s, r = lartgC(T(j+1, j+1), T(j+1, j))
			t[ix(j+1, j+1)] = r
			t[ix(j+1, j)] = 0
			colsRot(h, j+1, j, ifrstm, min(j+2, ilast), c, s)
			colsRot(t, j+1, j, ifrstm, j, c, s)
			colsRot(z, j+1, j, 1, n, c, s)
		}
	}
	return ilast
}

type ggesComplexResult struct {
	a, b, q, z, alpha, beta []complex128
	info                    int
}

// ggesComplex is zgges with JOBVSL = JOBVSR = 'V' and no sorting on the
// row-major n×n a and b (overwritten).
func ggesComplex(a, b []complex128, n int) (r ggesComplexResult) {
	r.alpha, r.beta = make([]complex128, n), make([]complex128, n)
	r.a, r.b = a, b
	r.q, r.z = eyeC(n), eyeC(n)
	if n == 0 {
		return r
	}
	anrm, bnrm := maxAbsC(a), maxAbsC(b)
	anrmto, ilascl := geesScale(anrm)
	if ilascl {
		scaleBy(a, anrm, anrmto)
	}
	bnrmto, ilbscl := geesScale(bnrm)
	if ilbscl {
		scaleBy(b, bnrm, bnrmto)
	}
	ilo, ihi, lscale, rscale := ggbalPermute(n, a, b)
	// QR of B(ilo:ihi, ilo:n), with Qᴴ applied to A(ilo:ihi, ilo:n) by
	// factoring the two side by side; VSL(ilo:ihi, ilo:ihi) = Q.
	m, nc := ihi+1-ilo, n-ilo
	aug := make([]complex128, m*2*nc)
	for i := 0; i < m; i++ {
		copy(aug[i*2*nc:i*2*nc+nc], b[(ilo+i)*n+ilo:(ilo+i)*n+n])
		copy(aug[i*2*nc+nc:i*2*nc+2*nc], a[(ilo+i)*n+ilo:(ilo+i)*n+n])
	}
	tau := make([]complex128, m)
	qrC(aug, m, 2*nc, tau, nil)
	qm := qrFormQC(aug, m, 2*nc, tau, m)
	for i := 0; i < m; i++ {
		for j := 0; j < nc; j++ {
			if j >= i {
				b[(ilo+i)*n+ilo+j] = aug[i*2*nc+j]
			} else {
				b[(ilo+i)*n+ilo+j] = 0
			}
			a[(ilo+i)*n+ilo+j] = aug[i*2*nc+nc+j]
		}
		copy(r.q[(ilo+i)*n+ilo:(ilo+i)*n+ilo+m], qm[i*m:i*m+m])
	}
	gghrdC(n, ilo, ihi, a, b, r.q, r.z)
	info := hgeqzC(n, ilo+1, ihi+1, a, b, r.q, r.z, r.alpha, r.beta)
	switch {
	case info == 0:
	case info <= n:
		r.info = info
		return r
	case info <= 2*n:
		r.info = info - n
		return r
	default:
		r.info = n + 1
		return r
	}
	ggbakPermute(n, ilo, ihi, lscale, r.q)
	ggbakPermute(n, ilo, ihi, rscale, r.z)
	if ilascl {
		for i := 0; i < n; i++ {
			scaleBy(a[i*n+i:i*n+n], anrmto, anrm)
		}
		scaleBy(r.alpha, anrmto, anrm)
	}
	if ilbscl {
		for i := 0; i < n; i++ {
			scaleBy(b[i*n+i:i*n+n], bnrmto, bnrm)
		}
		scaleBy(r.beta, bnrmto, bnrm)
	}
	return r
}
