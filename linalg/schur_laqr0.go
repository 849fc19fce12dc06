package linalg

import (
	"math"
)

// The real Schur form of a Hessenberg matrix by the small-bulge multishift
// QR algorithm with aggressive early deflation (K. Braman, R. Byers and
// R. Mathias, "The multishift QR algorithm", SIAM J. Matrix Anal. Appl. 23
// (2002) 929–947 and 948–973), LAPACK's dlaqr0 driver with LAPACK's
// parameters (iparmq): gonum's own Dhseqr chooses 4 shifts per sweep for
// every order ≥ 30 and never accumulates the reflectors into matrix
// products, which makes it several times slower than LAPACK at order 200.
// The deflation window (dlaqr3), the sweeps (dlaqr5) and the small cases
// (dlahqr) are gonum's.

// laqrShifts is LAPACK's iparmq number of simultaneous shifts for an
// active block of order nh.
func laqrShifts(nh int) int {
	ns := 2
	if nh >= 30 {
		ns = 4
	}
	if nh >= 60 {
		ns = 10
	}
	if nh >= 150 {
		ns = max(10, nh/int(math.Round(math.Log(float64(nh))/math.Ln2)))
	}
	if nh >= 590 {
		ns = 64
	}
	if nh >= 3000 {
		ns = 128
	}
	if nh >= 6000 {
		ns = 256
	}
	return max(2, ns-ns%2)
}

// hseqrReal is dhseqr with JOB = 'S', COMPZ = 'V' on the row-major upper
// Hessenberg h (0-based ilo, ihi): h becomes the real Schur form T, z is
// multiplied by the orthogonal transformation, wr and wi receive the
// eigenvalues. It returns the number of eigenvalues that did not
// converge (0 on success).
func hseqrReal(n, ilo, ihi int, h []float64, wr, wi, z []float64) int {
	const nmin = 75
	for i := 0; i < ilo; i++ {
		wr[i], wi[i] = h[i*n+i], 0
	}
	for i := ihi + 1; i < n; i++ {
		wr[i], wi[i] = h[i*n+i], 0
	}
	if n == 0 {
		return 0
	}
	if ilo == ihi {
		wr[ilo], wi[ilo] = h[ilo*n+ilo], 0
		return 0
	}
	var unconv int
	if n > nmin {
		unconv = laqr0(n, ilo, ihi, h, wr, wi, z)
	} else {
		unconv = lapack64.Dlahqr(true, true, n, ilo, ihi, h, n, wr[:ihi+1], wi[:ihi+1], 0, n-1, z, n)
		if unconv > 0 && n >= 49 {
			// dhseqr's rescue: the slower but more robust multishift
			// code on the unconverged rest.
			unconv = laqr0(n, ilo, unconv, h, wr, wi, z)
		}
	}
	for i := 2; i < n; i++ {
		for j := 0; j < i-1; j++ {
			h[i*n+j] = 0
		}
	}
	return unconv
}

// laqr0 is LAPACK's dlaqr0 with WANTT and WANTZ (0-based ilo, ihi, the
// z update over all rows).
func laqr0(n, ilo, ihi int, h []float64, wr, wi, z []float64) (unconverged int) {
	const (
		ntiny  = 15
		kexnw  = 5
		kexsh  = 6
		wilk1  = 0.75
		wilk2  = -0.4375
		nmin   = 75
		nibble = 14
	)
	ldh := n
	if n <= ntiny {
		return lapack64.Dlahqr(true, true, n, ilo, ihi, h, ldh, wr[:ihi+1], wi[:ihi+1], 0, n-1, z, n)
	}
	nhAll := ihi - ilo + 1
	nsr := laqrShifts(nhAll)
	nwr := nsr
	if nhAll > 500 {
		nwr = 3 * nsr / 2
	}
	nwr = max(2, nwr)
	nwr = min(nhAll, (n-1)/3, nwr)
	nsr = min(nsr, (n-3)/6, ihi-ilo)
	nsr = max(2, nsr-nsr%2)
	kacc22 := 0
	if laqrShifts(nhAll) >= 14 {
		kacc22 = 2
	}
	// Workspace: what the deflation window asks for.
	work := make([]float64, 1)
	lapack64.Dlaqr23(true, true, n, ilo, ihi, nwr+1, h, ldh, 0, n-1, z, n, wr[:ihi+1], wi[:ihi+1], h, ldh, n, h, ldh, n, h, ldh, work, -1, 1)
	lwork := max(3*nsr/2, int(work[0]), 1)
	work = make([]float64, lwork)
	nwmax := min((n-1)/3, lwork/2)
	nw := nwmax
	nsmax := min((n-3)/6, 2*lwork/3)
	nsmax -= nsmax % 2
	ndfl := 1
	ndec := -1
	itmax := max(30, 2*kexsh) * max(10, ihi-ilo+1)
	kbot := ihi
	v := make([]float64, 3*(nsmax/2+1))
	for it := 1; it <= itmax; it++ {
		if kbot < ilo {
			return 0
		}
		k := kbot
		for ; k >= ilo+1; k-- {
			if h[k*ldh+k-1] == 0 {
				break
			}
		}
		ktop := k
		nh := kbot - ktop + 1
		nwupbd := min(nh, nwmax)
		if ndfl < kexnw {
			nw = min(nwupbd, nwr)
		} else {
			nw = min(nwupbd, 2*nw)
		}
		if nw < nwmax {
			if nw >= nh-1 {
				nw = nh
			} else {
				kwtop := kbot - nw + 1
				if math.Abs(h[kwtop*ldh+kwtop-1]) > math.Abs(h[(kwtop-1)*ldh+kwtop-2]) {
					nw++
				}
			}
		}
		if ndfl < kexnw {
			ndec = -1
		} else if ndec >= 0 || nw >= nwupbd {
			ndec++
			if nw-ndec < 2 {
				ndec = 0
			}
			nw -= ndec
		}
		// Aggressive early deflation, with workspace taken from the
		// bottom rows of h (below the window's reach).
		kv := n - nw
		kt := nw
		nho := n - 2*nw - 1
		kwv := nw + 1
		nve := n - 2*nw - 1
		ls, ld := lapack64.Dlaqr23(true, true, n, ktop, kbot, nw, h, ldh, 0, n-1, z, n, wr[:kbot+1], wi[:kbot+1],
			h[kv*ldh:], ldh, nho, h[kv*ldh+kt:], ldh, nve, h[kwv*ldh:], ldh, work, lwork, 1)
		kbot -= ld
		ks := kbot - ls + 1
		if ld == 0 || (100*ld <= nw*nibble && kbot-ktop+1 > min(nmin, nwmax)) {
			ns := min(nsmax, nsr, max(2, kbot-ktop))
			ns -= ns % 2
			if ndfl%kexsh == 0 {
				// Exceptional shifts.
				ks = kbot - ns + 1
				for i := kbot; i >= max(ks+1, ktop+2); i -= 2 {
					ss := math.Abs(h[i*ldh+i-1]) + math.Abs(h[(i-1)*ldh+i-2])
					aa := wilk1*ss + h[i*ldh+i]
					bb := ss
					cc := wilk2 * ss
					dd := aa
					_, _, _, _, wr[i-1], wi[i-1], wr[i], wi[i], _, _ = lapack64.Dlanv2(aa, bb, cc, dd)
				}
				if ks == ktop {
					wr[ks+1], wi[ks+1] = h[(ks+1)*ldh+ks+1], 0
					wr[ks], wi[ks] = wr[ks+1], wi[ks+1]
				}
			} else {
				if kbot-ks+1 <= ns/2 {
					// Too few shifts from the window: take the
					// eigenvalues of the trailing ns×ns block.
					ks = kbot - ns + 1
					kt := n - ns
					for i := 0; i < ns; i++ {
						copy(h[(kt+i)*ldh:(kt+i)*ldh+ns], h[(ks+i)*ldh+ks:(ks+i)*ldh+ks+ns])
					}
					var inf int
					if ns > nmin {
						inf = lapack64.Dlaqr04(false, false, ns, 0, ns-1, h[kt*ldh:], ldh, wr[ks:ks+ns], wi[ks:ks+ns], 0, 0, nil, 1, work, lwork, 1)
					} else {
						inf = lapack64.Dlahqr(false, false, ns, 0, ns-1, h[kt*ldh:], ldh, wr[ks:ks+ns], wi[ks:ks+ns], 0, 0, nil, 1)
					}
					ks += inf
					if ks >= kbot {
						aa := h[(kbot-1)*ldh+kbot-1]
						cc := h[kbot*ldh+kbot-1]
						bb := h[(kbot-1)*ldh+kbot]
						dd := h[kbot*ldh+kbot]
						_, _, _, _, wr[kbot-1], wi[kbot-1], wr[kbot], wi[kbot], _, _ = lapack64.Dlanv2(aa, bb, cc, dd)
						ks = kbot - 1
					}
				}
				if kbot-ks+1 > ns {
					// Sort the shifts by decreasing magnitude (bubble
					// sort, as LAPACK).
					sorted := false
					for k := kbot; k >= ks+1 && !sorted; k-- {
						sorted = true
						for i := ks; i <= k-1; i++ {
							if math.Abs(wr[i])+math.Abs(wi[i]) < math.Abs(wr[i+1])+math.Abs(wi[i+1]) {
								sorted = false
								wr[i], wr[i+1] = wr[i+1], wr[i]
								wi[i], wi[i+1] = wi[i+1], wi[i]
							}
						}
					}
				}
				// Keep conjugate pairs together.
				for i := kbot; i >= ks+2; i -= 2 {
					if wi[i] != -wi[i-1] {
						wr[i], wr[i-1], wr[i-2] = wr[i-1], wr[i-2], wr[i]
						wi[i], wi[i-1], wi[i-2] = wi[i-1], wi[i-2], wi[i]
					}
				}
			}
			if kbot-ks+1 == 2 && wi[kbot] == 0 {
				if math.Abs(wr[kbot]-h[kbot*ldh+kbot]) < math.Abs(wr[kbot-1]-h[kbot*ldh+kbot]) {
					wr[kbot-1] = wr[kbot]
				} else {
					wr[kbot] = wr[kbot-1]
				}
			}
			ns = min(ns, kbot-ks+1)
			ns -= ns % 2
			ks = kbot - ns + 1
			// The sweep, with workspace in the bottom rows of h.
			kdu := 2 * ns
			ku := n - kdu
			kwh := kdu
			nhoS := n - 2*kdu - 3
			kwv := kdu + 3
			nveS := n - 2*kdu - 3
			lapack64.Dlaqr5(true, true, kacc22, n, ktop, kbot, ns, wr[ks:ks+ns], wi[ks:ks+ns], h, ldh, 0, n-1, z, n,
				v, 3, h[ku*ldh:], ldh, nveS, h[kwv*ldh:], ldh, nhoS, h[ku*ldh+kwh:], ldh)
		}
		if ld > 0 {
			ndfl = 1
		} else {
			ndfl++
		}
	}
	return kbot + 1
}
