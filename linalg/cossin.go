package linalg

import (
	"math"
	"math/cmplx"
)

// CosSin returns the cosine-sine decomposition of the m×m unitary matrix
// X = [X11 X12; X21 X22], X11 p×q (scipy.linalg.cossin with
// separate=True):
//
//	X = [U1 0; 0 U2] · CS · [V1ᴴ 0; 0 V2ᴴ]
//
// with U1 (p×p), U2 ((m−p)×(m−p)), V1ᴴ (q×q), V2ᴴ ((m−q)×(m−q)) unitary
// and CS built from the r = min(p, q, m−p, m−q) angles θ (ascending, in
// [0, π/2]) by CosSinMiddle. The angles are those of LAPACK's orcsd/uncsd,
// cos θ the singular values of X11 below one; the unitary factors are
// computed from the SVD of X11 and QR factorisations of X21·V1 and
// (U1ᴴ·X12)ᴴ (Paige & Wei, Linear Algebra Appl. 208 (1994), 303–326),
// and are unique only up to the signs (phases) and rotations within
// equal angles LAPACK fixes its own way. With swap, the sine blocks
// change sign as LAPACK's SIGNS option does. X is assumed unitary. The
// blocks must fit: x11 p×q, x12 p×(m−q), x21 (m−p)×q, x22 (m−p)×(m−q).
func CosSin(x11, x12, x21, x22 *Array, swap bool) (u1, u2, theta, v1h, v2h *Array, err error) {
	p, q := x11.shape[0], x11.shape[1]
	mp, mq := x22.shape[0], x22.shape[1]
	cplx := x11.dtype == Complex128 || x12.dtype == Complex128 || x21.dtype == Complex128 || x22.dtype == Complex128
	d := Float64
	if cplx {
		d = Complex128
	}
	r := min(p, q, mp, mq)
	n11, n22 := min(p, q)-r, min(mp, mq)-r
	sg := complex(1, 0) // the sign of the S block below the diagonal
	if swap {
		sg = -1
	}
	// U1, cos θ and V1 from the SVD of X11.
	a11 := fromComplex(x11.Complex128s(), d, p, q)
	uu, sv, vh, err := SVD(a11, true)
	if err != nil {
		return nil, nil, nil, nil, nil, err
	}
	u1c, sigma, v1hc := uu.Complex128s(), sv.Float64s(), vh.Complex128s()
	// U2 from X21·V1: its columns from n11 on are U2's columns n22… times
	// the sines (and ones), up to the sign sg.
	x21c := x21.Complex128s()
	v1 := make([]complex128, q*q)
	for i := 0; i < q; i++ {
		for j := 0; j < q; j++ {
			v1[i*q+j] = cmplx.Conj(v1hc[j*q+i])
		}
	}
	w := matMulC(x21c, v1, mp, q, q)
	k2 := q - n11 // r + n21 columns
	blk := make([]complex128, mp*k2)
	for i := 0; i < mp; i++ {
		copy(blk[i*k2:(i+1)*k2], w[i*q+n11:(i+1)*q])
	}
	q2, diag2 := unitaryFromQR(blk, mp, k2)
	u2c := make([]complex128, mp*mp)
	for i := 0; i < mp; i++ {
		for j := 0; j < k2; j++ {
			u2c[i*mp+n22+j] = sg * q2[i*mp+j]
		}
		for j := 0; j < n22; j++ {
			u2c[i*mp+j] = q2[i*mp+k2+j]
		}
	}
	th := make([]float64, r)
	for i := range th {
		th[i] = math.Atan2(diag2[i], sigma[n11+i])
	}
	// V2ᴴ from U1ᴴ·X12: its rows from n11 on are V2ᴴ's rows n22… times
	// −sines (and −ones), up to the sign sg.
	x12c := x12.Complex128s()
	y := matMulC(adjointC(u1c, p, p), x12c, p, p, mq)
	k3 := p - n11 // r + n12 rows
	yt := make([]complex128, mq*k3)
	for i := 0; i < k3; i++ {
		for j := 0; j < mq; j++ {
			yt[j*k3+i] = cmplx.Conj(y[(n11+i)*mq+j])
		}
	}
	q3, _ := unitaryFromQR(yt, mq, k3)
	v2hc := make([]complex128, mq*mq)
	for i := 0; i < k3; i++ {
		for j := 0; j < mq; j++ {
			v2hc[(n22+i)*mq+j] = -sg * cmplx.Conj(q3[j*mq+i])
		}
	}
	// The rows of V2ᴴ meeting X22's identity block: U2[:, :n22]ᴴ·X22.
	x22c := x22.Complex128s()
	for i := 0; i < n22; i++ {
		for j := 0; j < mq; j++ {
			var t complex128
			for l := 0; l < mp; l++ {
				t += cmplx.Conj(u2c[l*mp+i]) * x22c[l*mq+j]
			}
			v2hc[i*mq+j] = t
		}
	}
	theta, _ = NewFloat64([]int{r}, th)
	return fromComplex(u1c, d, p, p), fromComplex(u2c, d, mp, mp), theta, fromComplex(v1hc, d, q, q), fromComplex(v2hc, d, mq, mq), nil
}

// adjointC returns the conjugate transpose (c×r) of the row-major r×c x.
func adjointC(x []complex128, r, c int) []complex128 {
	t := make([]complex128, r*c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			t[j*r+i] = cmplx.Conj(x[i*c+j])
		}
	}
	return t
}

// unitaryFromQR returns the m×m unitary Q of the QR factorisation of the
// row-major m×k a (k ≤ m), its first k columns scaled by unit factors so
// that R's diagonal is real and non-negative, and that diagonal.
func unitaryFromQR(a []complex128, m, k int) (q []complex128, diag []float64) {
	tau := make([]complex128, min(m, k))
	if k > 0 {
		qrC(a, m, k, tau, nil)
		q = qrFormQC(a, m, k, tau, m)
	} else {
		q = make([]complex128, m*m)
		for i := 0; i < m; i++ {
			q[i*m+i] = 1
		}
	}
	diag = make([]float64, k)
	for j := 0; j < k; j++ {
		rjj := a[j*k+j]
		diag[j] = cmplx.Abs(rjj)
		if rjj == 0 {
			continue
		}
		ph := rjj / complex(diag[j], 0)
		for i := 0; i < m; i++ {
			q[i*m+j] *= ph
		}
	}
	return q, diag
}

// CosSinMiddle returns the m×m middle factor CS of the cosine-sine
// decomposition of an m×m matrix partitioned at p rows and q columns, with
// angles theta, as scipy.linalg.cossin builds it: identity blocks of
// sizes n11 = min(p, q) − r, n12 = min(p, m−q) − r, n21 = min(m−p, q) − r,
// n22 = min(m−p, m−q) − r, diag(cos θ) twice and ∓diag(sin θ) and ∓I
// (signs swapped with swap).
func CosSinMiddle(theta []float64, m, p, q int, swap bool) *Array {
	r := min(p, q, m-p, m-q)
	n11, n12, n21, n22 := min(p, q)-r, min(p, m-q)-r, min(m-p, q)-r, min(m-p, m-q)-r
	cs := make([]float64, m*m)
	// block writes the k×k matrix with diagonal diag(t) and off-diagonal
	// off at (i0, j0).
	block := func(i0, j0, k int, diag func(t int) float64, off float64) {
		for i := 0; i < k; i++ {
			for j := 0; j < k; j++ {
				v := off
				if i == j {
					v = diag(i)
				}
				cs[(i0+i)*m+j0+j] = v
			}
		}
	}
	one := func(int) float64 { return 1 }
	neg1 := func(int) float64 { return -1 }
	cos := func(t int) float64 { return math.Cos(theta[t]) }
	sin := func(t int) float64 { return math.Sin(theta[t]) }
	negSin := func(t int) float64 { return -math.Sin(theta[t]) }
	block(0, 0, n11, one, 0)
	if swap {
		block(n11+r, n11+n21+n22+2*r, n12, one, 0)
		block(p+n22+r, n11+r, n21, neg1, math.Copysign(0, -1))
	} else {
		block(n11+r, n11+n21+n22+2*r, n12, neg1, math.Copysign(0, -1))
		block(p+n22+r, n11+r, n21, one, 0)
	}
	block(p, q, n22, one, 0)
	block(n11, n11, r, cos, 0)
	block(p+n22, n11+r+n21+n22, r, cos, 0)
	if swap {
		block(n11, n11+n21+n22+r, r, sin, 0)
		block(p+n22, n11, r, negSin, math.Copysign(0, -1))
	} else {
		block(n11, n11+n21+n22+r, r, negSin, math.Copysign(0, -1))
		block(p+n22, n11, r, sin, 0)
	}
	a, _ := NewFloat64([]int{m, m}, cs)
	return a
}

// BlockDiag2 returns [a 0; 0 b] of the dtype of a and b (scipy.linalg.
// block_diag of two matrices).
func BlockDiag2(a, b *Array) *Array {
	d := a.dtype
	if b.dtype == Complex128 {
		d = Complex128
	}
	ar, ac := a.shape[0], a.shape[1]
	br, bc := b.shape[0], b.shape[1]
	n := ac + bc
	out := make([]complex128, (ar+br)*n)
	av, bv := a.Complex128s(), b.Complex128s()
	for i := 0; i < ar; i++ {
		copy(out[i*n:i*n+ac], av[i*ac:(i+1)*ac])
	}
	for i := 0; i < br; i++ {
		copy(out[(ar+i)*n+ac:(ar+i+1)*n], bv[i*bc:(i+1)*bc])
	}
	return fromComplex(out, d, ar+br, n)
}
