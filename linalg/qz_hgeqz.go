package linalg

import "math"

// The real QZ iteration of C. B. Moler and G. W. Stewart, "An algorithm
// for generalized matrix eigenvalue problems", SIAM J. Numer. Anal. 10
// (1973) 241–256, in the form of LAPACK's dhgeqz (with its exceptional
// shifts and its treatment of zeros on the diagonal of T, after Kaufman
// and Ward), and the pieces it needs.

func dlapy3(x, y, z float64) float64 {
	xa, ya, za := math.Abs(x), math.Abs(y), math.Abs(z)
	w := math.Max(xa, math.Max(ya, za))
	if w == 0 || w > math.MaxFloat64 {
		return xa + ya + za
	}
	return w * math.Sqrt((xa/w)*(xa/w)+(ya/w)*(ya/w)+(za/w)*(za/w))
}

// hgeqzReal is dhgeqz with JOB = 'S', COMPQ = COMPZ = 'V' on the row-major
// n×n upper Hessenberg h and upper triangular t, with ilo and ihi 1-based
// as in LAPACK: it reduces (H, T) to generalized real Schur form by
// orthogonal Q, Z applied to the rows (Qᵀ·H·Z) and accumulated into the
// columns of q and z. It returns LAPACK's INFO: 0, or i in 1..n when the
// iteration failed with eigenvalues i+1..n converged (alphar, alphai, beta
// hold those), or n+1 for the other failure.
func hgeqzReal(n, ilo, ihi int, h, t, q, z, alphar, alphai, beta []float64) int {
	if n == 0 {
		return 0
	}
	ix := func(i, j int) int { return (i-1)*n + j - 1 }
	H := func(i, j int) float64 { return h[ix(i, j)] }
	T := func(i, j int) float64 { return t[ix(i, j)] }
	// rotRows applies [c s; −s c] to rows i1, i2 of x over columns
	// j1..j2 (DROT on rows).
	rotRows := func(x []float64, i1, i2, j1, j2 int, c, s float64) {
		for j := j1; j <= j2; j++ {
			a, b := x[ix(i1, j)], x[ix(i2, j)]
			x[ix(i1, j)] = c*a + s*b
			x[ix(i2, j)] = c*b - s*a
		}
	}
	// rotCols applies the rotation to columns j1, j2 over rows i1..i2.
	rotCols := func(x []float64, j1, j2, i1, i2 int, c, s float64) {
		for i := i1; i <= i2; i++ {
			a, b := x[ix(i, j1)], x[ix(i, j2)]
			x[ix(i, j1)] = c*a + s*b
			x[ix(i, j2)] = c*b - s*a
		}
	}
	const safety = 100.0
	safmin := dlamchS
	safmax := 1 / safmin
	ulp := dlamchE * 2
	in := ihi + 1 - ilo
	anorm := frobHess(n, h, ilo, in)
	bnorm := frobHess(n, t, ilo, in)
	atol := math.Max(safmin, ulp*anorm)
	btol := math.Max(safmin, ulp*bnorm)
	ascale := 1 / math.Max(safmin, anorm)
	bscale := 1 / math.Max(safmin, bnorm)
	negCol := func(j, from int) {
		for jr := from; jr <= j; jr++ {
			h[ix(jr, j)] = -h[ix(jr, j)]
			t[ix(jr, j)] = -t[ix(jr, j)]
		}
		for jr := 1; jr <= n; jr++ {
			z[ix(jr, j)] = -z[ix(jr, j)]
		}
	}
	for j := ihi + 1; j <= n; j++ {
		if T(j, j) < 0 {
			negCol(j, 1)
		}
		alphar[j-1], alphai[j-1], beta[j-1] = H(j, j), 0, T(j, j)
	}
	finish := func() int {
		for j := 1; j <= ilo-1; j++ {
			if T(j, j) < 0 {
				negCol(j, 1)
			}
			alphar[j-1], alphai[j-1], beta[j-1] = H(j, j), 0, T(j, j)
		}
		return 0
	}
	if ihi < ilo {
		return finish()
	}
	ilast := ihi
	ifrstm, ilastm := 1, n
	iiter := 0
	eshift := 0.0
	maxit := 30 * (ihi - ilo + 1)
	var ifirst int
	for jiter := 1; jiter <= maxit; jiter++ {
		// Split the matrix if possible: label 80 (H(ilast, ilast−1) is
		// zero), 70 (T(ilast, ilast) is zero) or 110 (a QZ sweep from
		// ifirst).
		label := 0
		if ilast == ilo {
			label = 80
		} else if math.Abs(H(ilast, ilast-1)) <= math.Max(safmin, ulp*(math.Abs(H(ilast, ilast))+math.Abs(H(ilast-1, ilast-1)))) {
			h[ix(ilast, ilast-1)] = 0
			label = 80
		}
		if label == 0 && math.Abs(T(ilast, ilast)) <= btol {
			t[ix(ilast, ilast)] = 0
			label = 70
		}
		if label == 0 {
		search:
			for j := ilast - 1; j >= ilo; j-- {
				var ilazro bool
				if j == ilo {
					ilazro = true
				} else if math.Abs(H(j, j-1)) <= math.Max(safmin, ulp*(math.Abs(H(j, j))+math.Abs(H(j-1, j-1)))) {
					h[ix(j, j-1)] = 0
					ilazro = true
				}
				if math.Abs(T(j, j)) < btol {
					t[ix(j, j)] = 0
					ilazr2 := false
					if !ilazro {
						temp := math.Abs(H(j, j-1))
						temp2 := math.Abs(H(j, j))
						tempr := math.Max(temp, temp2)
						if tempr < 1 && tempr != 0 {
							temp /= tempr
							temp2 /= tempr
						}
						if temp*(ascale*math.Abs(H(j+1, j))) <= temp2*(ascale*atol) {
							ilazr2 = true
						}
					}
					if ilazro || ilazr2 {
						for jch := j; jch <= ilast-1; jch++ {
							c, s, r := lapack64.Dlartg(H(jch, jch), H(jch+1, jch))
							h[ix(jch, jch)] = r
							h[ix(jch+1, jch)] = 0
							rotRows(h, jch, jch+1, jch+1, ilastm, c, s)
							rotRows(t, jch, jch+1, jch+1, ilastm, c, s)
							rotCols(q, jch, jch+1, 1, n, c, s)
							if ilazr2 {
								h[ix(jch, jch-1)] *= c
							}
							ilazr2 = false
							if math.Abs(T(jch+1, jch+1)) >= btol {
								if jch+1 >= ilast {
									label = 80
								} else {
									ifirst = jch + 1
									label = 110
								}
								break search
							}
							t[ix(jch+1, jch+1)] = 0
						}
						label = 70
						break search
					}
					for jch := j; jch <= ilast-1; jch++ {
						c, s, r := lapack64.Dlartg(T(jch, jch+1), T(jch+1, jch+1))
						t[ix(jch, jch+1)] = r
						t[ix(jch+1, jch+1)] = 0
						if jch < ilastm-1 {
							rotRows(t, jch, jch+1, jch+2, ilastm, c, s)
						}
						rotRows(h, jch, jch+1, jch-1, ilastm, c, s)
						rotCols(q, jch, jch+1, 1, n, c, s)
						c, s, r = lapack64.Dlartg(H(jch+1, jch), H(jch+1, jch-1))
						h[ix(jch+1, jch)] = r
						h[ix(jch+1, jch-1)] = 0
						rotCols(h, jch, jch-1, ifrstm, jch, c, s)
						rotCols(t, jch, jch-1, ifrstm, jch-1, c, s)
						rotCols(z, jch, jch-1, 1, n, c, s)
					}
					label = 70
					break search
				} else if ilazro {
					ifirst = j
					label = 110
					break search
				}
			}
			if label == 0 {
				return n + 1
			}
		}
		if label == 70 {
			// T(ilast, ilast) = 0: clear H(ilast, ilast−1).
			c, s, r := lapack64.Dlartg(H(ilast, ilast), H(ilast, ilast-1))
			h[ix(ilast, ilast)] = r
			h[ix(ilast, ilast-1)] = 0
			rotCols(h, ilast, ilast-1, ifrstm, ilast-1, c, s)
			rotCols(t, ilast, ilast-1, ifrstm, ilast-1, c, s)
			rotCols(z, ilast, ilast-1, 1, n, c, s)
			label = 80
		}
		if label == 80 {
			// H(ilast, ilast−1) = 0: standardise B, record the
			// eigenvalue, and go on with the rest.
			if T(ilast, ilast) < 0 {
				negCol(ilast, ifrstm)
			}
			alphar[ilast-1], alphai[ilast-1], beta[ilast-1] = H(ilast, ilast), 0, T(ilast, ilast)
			ilast--
			if ilast < ilo {
				return finish()
			}
			iiter = 0
			eshift = 0
			continue
		}
		// label 110: a QZ sweep on ifirst..ilast.
		iiter++
		var s1, wr, wr2, wi, s2 float64
		if iiter/10*10 == iiter {
			// Exceptional shift.
			if float64(maxit)*safmin*math.Abs(H(ilast, ilast-1)) < math.Abs(T(ilast-1, ilast-1)) {
				eshift = H(ilast, ilast-1) / T(ilast-1, ilast-1)
			} else {
				eshift += 1 / (safmin * float64(maxit))
			}
			s1 = 1
			wr = eshift
		} else {
			s1, s2, wr, wr2, wi = lapack64.Dlag2(h[ix(ilast-1, ilast-1):], n, t[ix(ilast-1, ilast-1):], n)
			if math.Abs((wr/s1)*T(ilast, ilast)-H(ilast, ilast)) > math.Abs((wr2/s2)*T(ilast, ilast)-H(ilast, ilast)) {
				wr, wr2 = wr2, wr
				s1, s2 = s2, s1
			}
			_ = s2
		}
		if wi == 0 || iiter/10*10 == iiter {
			// Single-shift sweep.
			temp := math.Min(ascale, 1) * (0.5 * safmax)
			scale := 1.0
			if s1 > temp {
				scale = temp / s1
			}
			temp = math.Min(bscale, 1) * (0.5 * safmax)
			if math.Abs(wr) > temp {
				scale = math.Min(scale, temp/math.Abs(wr))
			}
			s1 *= scale
			wr *= scale
			istart := ifirst
			for j := ilast - 1; j >= ifirst+1; j-- {
				temp := math.Abs(s1 * H(j, j-1))
				temp2 := math.Abs(s1*H(j, j) - wr*T(j, j))
				tempr := math.Max(temp, temp2)
				if tempr < 1 && tempr != 0 {
					temp /= tempr
					temp2 /= tempr
				}
				if math.Abs((ascale*H(j+1, j))*temp) <= (ascale*atol)*temp2 {
					istart = j
					break
				}
			}
			c, s, _ := lapack64.Dlartg(s1*H(istart, istart)-wr*T(istart, istart), s1*H(istart+1, istart))
			for j := istart; j <= ilast-1; j++ {
				if j > istart {
					var r float64
					c, s, r = lapack64.Dlartg(H(j, j-1), H(j+1, j-1))
					h[ix(j, j-1)] = r
					h[ix(j+1, j-1)] = 0
				}
				for jc := j; jc <= ilastm; jc++ {
					temp := c*H(j, jc) + s*H(j+1, jc)
					h[ix(j+1, jc)] = -s*H(j, jc) + c*H(j+1, jc)
					h[ix(j, jc)] = temp
					temp2 := c*T(j, jc) + s*T(j+1, jc)
					t[ix(j+1, jc)] = -s*T(j, jc) + c*T(j+1, jc)
					t[ix(j, jc)] = temp2
				}
				for jr := 1; jr <= n; jr++ {
					temp := c*q[ix(jr, j)] + s*q[ix(jr, j+1)]
					q[ix(jr, j+1)] = -s*q[ix(jr, j)] + c*q[ix(jr, j+1)]
					q[ix(jr, j)] = temp
				}
				var r float64
				c, s, r = lapack64.Dlartg(T(j+1, j+1), T(j+1, j))
				t[ix(j+1, j+1)] = r
				t[ix(j+1, j)] = 0
				for jr := ifrstm; jr <= min(j+2, ilast); jr++ {
					temp := c*H(jr, j+1) + s*H(jr, j)
					h[ix(jr, j)] = -s*H(jr, j+1) + c*H(jr, j)
					h[ix(jr, j+1)] = temp
				}
				for jr := ifrstm; jr <= j; jr++ {
					temp := c*T(jr, j+1) + s*T(jr, j)
					t[ix(jr, j)] = -s*T(jr, j+1) + c*T(jr, j)
					t[ix(jr, j+1)] = temp
				}
				for jr := 1; jr <= n; jr++ {
					temp := c*z[ix(jr, j+1)] + s*z[ix(jr, j)]
					z[ix(jr, j)] = -s*z[ix(jr, j+1)] + c*z[ix(jr, j)]
					z[ix(jr, j+1)] = temp
				}
			}
			continue
		}
		// label 200: complex shifts.
		if ifirst+1 == ilast {
			// A 2×2 block: standardise it, splitting it when its
			// eigenvalues are real.
			b22, b11, sr, cr, sl, cl := lapack64.Dlasv2(T(ilast-1, ilast-1), T(ilast-1, ilast), T(ilast, ilast))
			if b11 < 0 {
				cr, sr, b11, b22 = -cr, -sr, -b11, -b22
			}
			rotRows(h, ilast-1, ilast, ilast-1, ilastm, cl, sl)
			rotCols(h, ilast-1, ilast, ifrstm, ilast, cr, sr)
			if ilast < ilastm {
				rotRows(t, ilast-1, ilast, ilast+1, ilastm, cl, sl)
			}
			if ifrstm < ilast-1 {
				rotCols(t, ilast-1, ilast, ifrstm, ifirst-1, cr, sr)
			}
			rotCols(q, ilast-1, ilast, 1, n, cl, sl)
			rotCols(z, ilast-1, ilast, 1, n, cr, sr)
			t[ix(ilast-1, ilast-1)] = b11
			t[ix(ilast-1, ilast)] = 0
			t[ix(ilast, ilast-1)] = 0
			t[ix(ilast, ilast)] = b22
			if b22 < 0 {
				negCol(ilast, ifrstm)
				b22 = -b22
			}
			s1, _, wr, _, wi = lapack64.Dlag2(h[ix(ilast-1, ilast-1):], n, t[ix(ilast-1, ilast-1):], n)
			if wi == 0 {
				continue
			}
			s1inv := 1 / s1
			a11, a21 := H(ilast-1, ilast-1), H(ilast, ilast-1)
			a12, a22 := H(ilast-1, ilast), H(ilast, ilast)
			c11r := s1*a11 - wr*b11
			c11i := -wi * b11
			c12 := s1 * a12
			c21 := s1 * a21
			c22r := s1*a22 - wr*b22
			c22i := -wi * b22
			var cz, szr, szi float64
			if math.Abs(c11r)+math.Abs(c11i)+math.Abs(c12) > math.Abs(c21)+math.Abs(c22r)+math.Abs(c22i) {
				t1 := dlapy3(c12, c11r, c11i)
				cz = c12 / t1
				szr = -c11r / t1
				szi = -c11i / t1
			} else {
				cz = math.Hypot(c22r, c22i)
				if cz <= safmin {
					cz, szr, szi = 0, 1, 0
				} else {
					tempr := c22r / cz
					tempi := c22i / cz
					t1 := math.Hypot(cz, c21)
					cz /= t1
					szr = -c21 * tempr / t1
					szi = c21 * tempi / t1
				}
			}
			an := math.Abs(a11) + math.Abs(a12) + math.Abs(a21) + math.Abs(a22)
			bn := math.Abs(b11) + math.Abs(b22)
			wabs := math.Abs(wr) + math.Abs(wi)
			var cq, sqr, sqi float64
			if s1*an > wabs*bn {
				cq = cz * b11
				sqr = szr * b22
				sqi = -szi * b22
			} else {
				a1r := cz*a11 + szr*a12
				a1i := szi * a12
				a2r := cz*a21 + szr*a22
				a2i := szi * a22
				cq = math.Hypot(a1r, a1i)
				if cq <= safmin {
					cq, sqr, sqi = 0, 1, 0
				} else {
					tempr := a1r / cq
					tempi := a1i / cq
					sqr = tempr*a2r + tempi*a2i
					sqi = tempi*a2r - tempr*a2i
				}
			}
			t1 := dlapy3(cq, sqr, sqi)
			cq /= t1
			sqr /= t1
			sqi /= t1
			tempr := sqr*szr - sqi*szi
			tempi := sqr*szi + sqi*szr
			b1r := cq*cz*b11 + tempr*b22
			b1i := tempi * b22
			b1a := math.Hypot(b1r, b1i)
			b2r := cq*cz*b22 + tempr*b11
			b2i := -tempi * b11
			b2a := math.Hypot(b2r, b2i)
			beta[ilast-2] = b1a
			beta[ilast-1] = b2a
			alphar[ilast-2] = (wr * b1a) * s1inv
			alphai[ilast-2] = (wi * b1a) * s1inv
			alphar[ilast-1] = (wr * b2a) * s1inv
			alphai[ilast-1] = -(wi * b2a) * s1inv
			ilast = ifirst - 1
			if ilast < ilo {
				return finish()
			}
			iiter = 0
			eshift = 0
			continue
		}
		// The double-shift sweep (Francis), with the shifts implicit in
		// the first column of the shift polynomial.
		ad11 := (ascale * H(ilast-1, ilast-1)) / (bscale * T(ilast-1, ilast-1))
		ad21 := (ascale * H(ilast, ilast-1)) / (bscale * T(ilast-1, ilast-1))
		ad12 := (ascale * H(ilast-1, ilast)) / (bscale * T(ilast, ilast))
		ad22 := (ascale * H(ilast, ilast)) / (bscale * T(ilast, ilast))
		u12 := T(ilast-1, ilast) / T(ilast, ilast)
		ad11l := (ascale * H(ifirst, ifirst)) / (bscale * T(ifirst, ifirst))
		ad21l := (ascale * H(ifirst+1, ifirst)) / (bscale * T(ifirst, ifirst))
		ad12l := (ascale * H(ifirst, ifirst+1)) / (bscale * T(ifirst+1, ifirst+1))
		ad22l := (ascale * H(ifirst+1, ifirst+1)) / (bscale * T(ifirst+1, ifirst+1))
		ad32l := (ascale * H(ifirst+2, ifirst+1)) / (bscale * T(ifirst+1, ifirst+1))
		u12l := T(ifirst, ifirst+1) / T(ifirst+1, ifirst+1)
		var v [3]float64
		v[0] = (ad11-ad11l)*(ad22-ad11l) - ad12*ad21 + ad21*u12*ad11l + (ad12l-ad11l*u12l)*ad21l
		v[1] = ((ad22l - ad11l) - ad21l*u12l - (ad11 - ad11l) - (ad22 - ad11l) + ad21*u12) * ad21l
		v[2] = ad32l * ad21l
		istart := ifirst
		_, tau := lapack64.Dlarfg(3, v[0], v[1:], 1)
		v[0] = 1
		for j := istart; j <= ilast-2; j++ {
			if j > istart {
				v[0] = H(j, j-1)
				v[1] = H(j+1, j-1)
				v[2] = H(j+2, j-1)
				var beta0 float64
				beta0, tau = lapack64.Dlarfg(3, v[0], v[1:], 1)
				h[ix(j, j-1)] = beta0
				v[0] = 1
				h[ix(j+1, j-1)] = 0
				h[ix(j+2, j-1)] = 0
			}
			t2 := tau * v[1]
			t3 := tau * v[2]
			for jc := j; jc <= ilastm; jc++ {
				temp := H(j, jc) + v[1]*H(j+1, jc) + v[2]*H(j+2, jc)
				h[ix(j, jc)] -= temp * tau
				h[ix(j+1, jc)] -= temp * t2
				h[ix(j+2, jc)] -= temp * t3
				temp2 := T(j, jc) + v[1]*T(j+1, jc) + v[2]*T(j+2, jc)
				t[ix(j, jc)] -= temp2 * tau
				t[ix(j+1, jc)] -= temp2 * t2
				t[ix(j+2, jc)] -= temp2 * t3
			}
			for jr := 1; jr <= n; jr++ {
				temp := q[ix(jr, j)] + v[1]*q[ix(jr, j+1)] + v[2]*q[ix(jr, j+2)]
				q[ix(jr, j)] -= temp * tau
				q[ix(jr, j+1)] -= temp * t2
				q[ix(jr, j+2)] -= temp * t3
			}
			// Zero T(j+1:j+2, j) with a reflector from the right, built
			// from the solution of a 2×2 system.
			ilpivt := false
			temp := math.Max(math.Abs(T(j+1, j+1)), math.Abs(T(j+1, j+2)))
			temp2 := math.Max(math.Abs(T(j+2, j+1)), math.Abs(T(j+2, j+2)))
			var scale, u1, u2 float64
			if math.Max(temp, temp2) < safmin {
				scale, u1, u2 = 0, 1, 0
			} else {
				var w11, w21, w12, w22 float64
				if temp >= temp2 {
					w11, w21, w12, w22 = T(j+1, j+1), T(j+2, j+1), T(j+1, j+2), T(j+2, j+2)
					u1, u2 = T(j+1, j), T(j+2, j)
				} else {
					w21, w11, w22, w12 = T(j+1, j+1), T(j+2, j+1), T(j+1, j+2), T(j+2, j+2)
					u2, u1 = T(j+1, j), T(j+2, j)
				}
				if math.Abs(w12) > math.Abs(w11) {
					ilpivt = true
					w12, w22, w11, w21 = w11, w21, w12, w22
				}
				tmp := w21 / w11
				u2 -= tmp * u1
				w22 -= tmp * w12
				scale = 1
				if math.Abs(w22) < safmin {
					scale, u2, u1 = 0, 1, -w12/w11
				} else {
					if math.Abs(w22) < math.Abs(u2) {
						scale = math.Abs(w22 / u2)
					}
					if math.Abs(w11) < math.Abs(u1) {
						scale = math.Min(scale, math.Abs(w11/u1))
					}
					u2 = (scale * u2) / w22
					u1 = (scale*u1 - w12*u2) / w11
				}
			}
			if ilpivt {
				u1, u2 = u2, u1
			}
			t1 := math.Sqrt(scale*scale + u1*u1 + u2*u2)
			tau = 1 + scale/t1
			vs := -1 / (scale + t1)
			v[0] = 1
			v[1] = vs * u1
			v[2] = vs * u2
			t2 = tau * v[1]
			t3 = tau * v[2]
			for jr := ifrstm; jr <= min(j+3, ilast); jr++ {
				temp := H(jr, j) + v[1]*H(jr, j+1) + v[2]*H(jr, j+2)
				h[ix(jr, j)] -= temp * tau
				h[ix(jr, j+1)] -= temp * t2
				h[ix(jr, j+2)] -= temp * t3
			}
			for jr := ifrstm; jr <= j+2; jr++ {
				temp := T(jr, j) + v[1]*T(jr, j+1) + v[2]*T(jr, j+2)
				t[ix(jr, j)] -= temp * tau
				t[ix(jr, j+1)] -= temp * t2
				t[ix(jr, j+2)] -= temp * t3
			}
			for jr := 1; jr <= n; jr++ {
				temp := z[ix(jr, j)] + v[1]*z[ix(jr, j+1)] + v[2]*z[ix(jr, j+2)]
				z[ix(jr, j)] -= temp * tau
				z[ix(jr, j+1)] -= temp * t2
				z[ix(jr, j+2)] -= temp * t3
			}
			t[ix(j+1, j)] = 0
			t[ix(j+2, j)] = 0
		}
		// The last elements: plane rotations.
		j := ilast - 1
		c, s, r := lapack64.Dlartg(H(j, j-1), H(j+1, j-1))
		h[ix(j, j-1)] = r
		h[ix(j+1, j-1)] = 0
		for jc := j; jc <= ilastm; jc++ {
			temp := c*H(j, jc) + s*H(j+1, jc)
			h[ix(j+1, jc)] = -s*H(j, jc) + c*H(j+1, jc)
			h[ix(j, jc)] = temp
			temp2 := c*T(j, jc) + s*T(j+1, jc)
			t[ix(j+1, jc)] = -s*T(j, jc) + c*T(j+1, jc)
			t[ix(j, jc)] = temp2
		}
		for jr := 1; jr <= n; jr++ {
			temp := c*q[ix(jr, j)] + s*q[ix(jr, j+1)]
			q[ix(jr, j+1)] = -s*q[ix(jr, j)] + c*q[ix(jr, j+1)]
			q[ix(jr, j)] = temp
		}
		c, s, r = lapack64.Dlartg(T(j+1, j+1), T(j+1, j))
		t[ix(j+1, j+1)] = r
		t[ix(j+1, j)] = 0
		for jr := ifrstm; jr <= ilast; jr++ {
			temp := c*H(jr, j+1) + s*H(jr, j)
			h[ix(jr, j)] = -s*H(jr, j+1) + c*H(jr, j)
			h[ix(jr, j+1)] = temp
		}
		for jr := ifrstm; jr <= ilast-1; jr++ {
			temp := c*T(jr, j+1) + s*T(jr, j)
			t[ix(jr, j)] = -s*T(jr, j+1) + c*T(jr, j)
			t[ix(jr, j+1)] = temp
		}
		for jr := 1; jr <= n; jr++ {
			temp := c*z[ix(jr, j+1)] + s*z[ix(jr, j)]
			z[ix(jr, j)] = -s*z[ix(jr, j+1)] + c*z[ix(jr, j)]
			z[ix(jr, j+1)] = temp
		}
	}
	return ilast
}

// frobHess is the Frobenius norm of the m×m upper Hessenberg block of the
// row-major n×n x starting at 1-based (lo, lo), as dlanhs 'F'.
func frobHess(n int, x []float64, lo, m int) float64 {
	var s float64
	for j := 0; j < m; j++ {
		for i := 0; i <= min(m-1, j+1); i++ {
			s = math.Hypot(s, x[(lo-1+i)*n+lo-1+j])
		}
	}
	return s
}
