package linalg

import (
	"math"
	"math/cmplx"
)

// The complex Schur form of an upper Hessenberg matrix by the single-shift
// QR algorithm (J. G. F. Francis, "The QR transformation", Comput. J. 4
// (1961–62); LAPACK's zlahqr with its deflation criterion of Ahues and
// Tisseur, LAPACK Working Note 122, and its exceptional shifts), and the
// reordering of a complex Schur form by Givens rotations (LAPACK's ztrexc).

// lahqrC is LAPACK's zlahqr with wantt and wantz: it reduces rows and
// columns ilo..ihi (0-based) of the row-major upper Hessenberg n×n h to
// upper triangular form T by unitary similarity, accumulating the
// transformations into the columns of the n×n z (z := z·Q), and stores the
// eigenvalues in w[ilo..ihi]. It returns −1 on success, or the 0-based row
// i such that rows i+1..ihi converged (w holds those) when the iteration
// limit was reached.
func lahqrC(n, ilo, ihi int, h, z, w []complex128) int {
	if n == 0 {
		return -1
	}
	if ilo == ihi {
		w[ilo] = h[ilo*n+ilo]
		return -1
	}
	for j := ilo; j <= ihi-3; j++ {
		h[(j+2)*n+j] = 0
		h[(j+3)*n+j] = 0
	}
	if ilo <= ihi-2 {
		h[ihi*n+ihi-2] = 0
	}
	const dat1, kexsh = 3.0 / 4.0, 10
	jlo, jhi := 0, n-1
	// Make the subdiagonal real.
	for i := ilo + 1; i <= ihi; i++ {
		if imag(h[i*n+i-1]) != 0 {
			sc := h[i*n+i-1] / complex(cabs1(h[i*n+i-1]), 0)
			sc = cmplx.Conj(sc) / complex(cmplx.Abs(sc), 0)
			h[i*n+i-1] = complex(cmplx.Abs(h[i*n+i-1]), 0)
			for c := i; c <= jhi; c++ {
				h[i*n+c] *= sc
			}
			csc := cmplx.Conj(sc)
			for r := jlo; r <= min(jhi, i+1); r++ {
				h[r*n+i] *= csc
			}
			for r := 0; r < n; r++ {
				z[r*n+i] *= csc
			}
		}
	}
	nh := ihi - ilo + 1
	safmin := dlamchS
	ulp := dlamchP
	smlnum := safmin * (float64(nh) / ulp)
	i1, i2 := 0, n-1
	itmax := 30 * max(10, nh)
	kdefl := 0
	var v [2]complex128
	i := ihi
	for i >= ilo {
		l := ilo
		converged := false
		for its := 0; its <= itmax; its++ {
			// Look for a single small subdiagonal element.
			k := i
			for ; k >= l+1; k-- {
				if cabs1(h[k*n+k-1]) <= smlnum {
					break
				}
				tst := cabs1(h[(k-1)*n+k-1]) + cabs1(h[k*n+k])
				if tst == 0 {
					if k-2 >= ilo {
						tst += math.Abs(real(h[(k-1)*n+k-2]))
					}
					if k+1 <= ihi {
						tst += math.Abs(real(h[(k+1)*n+k]))
					}
				}
				if math.Abs(real(h[k*n+k-1])) <= ulp*tst {
					ab := math.Max(cabs1(h[k*n+k-1]), cabs1(h[(k-1)*n+k]))
					ba := math.Min(cabs1(h[k*n+k-1]), cabs1(h[(k-1)*n+k]))
					aa := math.Max(cabs1(h[k*n+k]), cabs1(h[(k-1)*n+k-1]-h[k*n+k]))
					bb := math.Min(cabs1(h[k*n+k]), cabs1(h[(k-1)*n+k-1]-h[k*n+k]))
					s := aa + ab
					if ba*(ab/s) <= math.Max(smlnum, ulp*(bb*(aa/s))) {
						break
					}
				}
			}
			l = k
			if l > ilo {
				h[l*n+l-1] = 0
			}
			if l >= i {
				converged = true
				break
			}
			kdefl++
			// The shift.
			var t complex128
			switch {
			case kdefl%(2*kexsh) == 0:
				s := dat1 * math.Abs(real(h[i*n+i-1]))
				t = complex(s, 0) + h[i*n+i]
			case kdefl%kexsh == 0:
				s := dat1 * math.Abs(real(h[(l+1)*n+l]))
				t = complex(s, 0) + h[l*n+l]
			default:
				// Wilkinson's shift.
				t = h[i*n+i]
				u := cmplx.Sqrt(h[(i-1)*n+i]) * cmplx.Sqrt(h[i*n+i-1])
				s := cabs1(u)
				if s != 0 {
					x := 0.5 * (h[(i-1)*n+i-1] - t)
					sx := cabs1(x)
					s = math.Max(s, cabs1(x))
					cs := complex(s, 0)
					y := cs * cmplx.Sqrt((x/cs)*(x/cs)+(u/cs)*(u/cs))
					if sx > 0 {
						xs := x / complex(sx, 0)
						if real(xs)*real(y)+imag(xs)*imag(y) < 0 {
							y = -y
						}
					}
					t -= u * (u / (x + y))
				}
			}
			// Look for two consecutive small subdiagonal elements.
			var m int
			found := false
			for m = i - 1; m >= l+1; m-- {
				h11 := h[m*n+m]
				h22 := h[(m+1)*n+m+1]
				h11s := h11 - t
				h21 := real(h[(m+1)*n+m])
				s := cabs1(h11s) + math.Abs(h21)
				h11s /= complex(s, 0)
				h21 /= s
				v[0] = h11s
				v[1] = complex(h21, 0)
				h10 := real(h[m*n+m-1])
				if math.Abs(h10)*math.Abs(h21) <= ulp*(cabs1(h11s)*(cabs1(h11)+cabs1(h22))) {
					found = true
					break
				}
			}
			if !found {
				m = l
				h11 := h[l*n+l]
				h11s := h11 - t
				h21 := real(h[(l+1)*n+l])
				s := cabs1(h11s) + math.Abs(h21)
				h11s /= complex(s, 0)
				h21 /= s
				v[0] = h11s
				v[1] = complex(h21, 0)
			}
			// The single-shift QR step.
			for k := m; k <= i-1; k++ {
				if k > m {
					v[0] = h[k*n+k-1]
					v[1] = h[(k+1)*n+k-1]
				}
				x := v[1:2]
				beta, t1 := householderC(v[0], x)
				v[0] = beta
				if k > m {
					h[k*n+k-1] = v[0]
					h[(k+1)*n+k-1] = 0
				}
				v2 := v[1]
				t2 := real(t1 * v2)
				ct1 := cmplx.Conj(t1)
				ct2 := complex(t2, 0)
				rk, rk1 := h[k*n:k*n+n], h[(k+1)*n:(k+1)*n+n]
				for j := k; j <= i2; j++ {
					sum := ct1*rk[j] + ct2*rk1[j]
					rk[j] -= sum
					rk1[j] -= sum * v2
				}
				cv2 := cmplx.Conj(v2)
				for j := i1; j <= min(k+2, i); j++ {
					sum := t1*h[j*n+k] + ct2*h[j*n+k+1]
					h[j*n+k] -= sum
					h[j*n+k+1] -= sum * cv2
				}
				for j := 0; j < n; j++ {
					sum := t1*z[j*n+k] + ct2*z[j*n+k+1]
					z[j*n+k] -= sum
					z[j*n+k+1] -= sum * cv2
				}
				if k == m && m > l {
					// The first transformation made h(m+1, m) complex:
					// rescale to keep the subdiagonal real.
					temp := 1 - t1
					temp /= complex(cmplx.Abs(temp), 0)
					h[(m+1)*n+m] *= cmplx.Conj(temp)
					if m+2 <= i {
						h[(m+2)*n+m+1] *= temp
					}
					for j := m; j <= i; j++ {
						if j == m+1 {
							continue
						}
						if i2 > j {
							for c := j + 1; c <= i2; c++ {
								h[j*n+c] *= temp
							}
						}
						ct := cmplx.Conj(temp)
						for r := i1; r < j; r++ {
							h[r*n+j] *= ct
						}
						for r := 0; r < n; r++ {
							z[r*n+j] *= ct
						}
					}
				}
			}
			// Ensure h(i, i-1) is real.
			temp := h[i*n+i-1]
			if imag(temp) != 0 {
				rtemp := cmplx.Abs(temp)
				h[i*n+i-1] = complex(rtemp, 0)
				temp /= complex(rtemp, 0)
				if i2 > i {
					ct := cmplx.Conj(temp)
					for c := i + 1; c <= i2; c++ {
						h[i*n+c] *= ct
					}
				}
				for r := i1; r < i; r++ {
					h[r*n+i] *= temp
				}
				for r := 0; r < n; r++ {
					z[r*n+i] *= temp
				}
			}
		}
		if !converged {
			return i
		}
		// h(i, i) has split off.
		w[i] = h[i*n+i]
		kdefl = 0
		i = l - 1
	}
	return -1
}

// lartgC is LAPACK's zlartg: the plane rotation with real cosine c and
// complex sine s such that [c s; −s̄ c]·[f; g] = [r; 0].
func lartgC(f, g complex128) (c float64, s, r complex128) {
	if g == 0 {
		return 1, 0, f
	}
	if f == 0 {
		d := cmplx.Abs(g)
		return 0, cmplx.Conj(g) / complex(d, 0), complex(d, 0)
	}
	af, ag := cmplx.Abs(f), cmplx.Abs(g)
	d := math.Hypot(af, ag)
	c = af / d
	fs := f / complex(af, 0)
	s = fs * cmplx.Conj(g) / complex(d, 0)
	r = fs * complex(d, 0)
	return c, s, r
}

// trexcC is LAPACK's ztrexc: it moves the diagonal entry ifst of the
// row-major upper triangular n×n t to position ilst (0-based) by a
// sequence of swaps of adjacent entries, each a plane rotation applied as a
// unitary similarity, and accumulates the rotations into the columns of q
// (q := q·G) when q is not nil.
func trexcC(n int, t, q []complex128, ifst, ilst int) {
	if n <= 1 || ifst == ilst {
		return
	}
	step := func(k int) {
		t11 := t[k*n+k]
		t22 := t[(k+1)*n+k+1]
		cs, sn, _ := lartgC(t[k*n+k+1], t22-t11)
		c := complex(cs, 0)
		csn := cmplx.Conj(sn)
		// Rows k, k+1 from column k+2 on.
		for j := k + 2; j < n; j++ {
			x, y := t[k*n+j], t[(k+1)*n+j]
			t[k*n+j] = c*x + sn*y
			t[(k+1)*n+j] = c*y - csn*x
		}
		// Columns k, k+1 above row k.
		for j := 0; j < k; j++ {
			x, y := t[j*n+k], t[j*n+k+1]
			t[j*n+k] = c*x + csn*y
			t[j*n+k+1] = c*y - sn*x
		}
		t[k*n+k] = t22
		t[(k+1)*n+k+1] = t11
		if q != nil {
			for j := 0; j < n; j++ {
				x, y := q[j*n+k], q[j*n+k+1]
				q[j*n+k] = c*x + csn*y
				q[j*n+k+1] = c*y - sn*x
			}
		}
	}
	if ifst < ilst {
		for k := ifst; k < ilst; k++ {
			step(k)
		}
	} else {
		for k := ifst - 1; k >= ilst; k-- {
			step(k)
		}
	}
}
