package linalg

import (
	"math"
	"math/cmplx"
)

// Updating a QR factorisation A = Q·R after a rank-p change, the insertion
// or the deletion of rows or columns (scipy.linalg.qr_update, qr_insert,
// qr_delete), for full (Q m×m, R m×n) and economic (Q m×n, R n×n)
// factorisations. The methods are SciPy's (its _decomp_update): Givens
// rotations and Householder reflections as in Golub & Van Loan, Matrix
// Computations, §12.5, and for economic factorisations the
// reorthogonalisation of Daniel, Gragg, Kaufman & Stewart, Math. Comp. 30
// (1976), 772–795, and Reichel & Gragg, ACM TOMS 16 (1990), 369–377. The
// rotations are LAPACK's lartg and rot, applied in SciPy's order, so Q₁
// and R₁ come out as SciPy's, signs included.

// qmat is a row-major matrix view: element (i, j) at d[i*ld+j].
type qmat struct {
	d     []complex128
	r, c  int
	ld    int
	isCpx bool
}

func newQmat(r, c int, cplx bool) *qmat {
	return &qmat{d: make([]complex128, r*c), r: r, c: c, ld: c, isCpx: cplx}
}

func (m *qmat) at(i, j int) *complex128 { return &m.d[i*m.ld+j] }

// lartg is LAPACK's dlartg (zlartg for complex data): c, s and r with
// [c s; −conj(s) c]·[f; g] = [r; 0], c real.
func lartg(f, g complex128, cplx bool) (c float64, s, r complex128) {
	switch {
	case g == 0:
		return 1, 0, f
	case !cplx:
		ff, gg := real(f), real(g)
		if ff == 0 {
			return 0, complex(math.Copysign(1, gg), 0), complex(math.Abs(gg), 0)
		}
		d := math.Sqrt(ff*ff + gg*gg)
		rr := math.Copysign(d, ff)
		return math.Abs(ff) / d, complex(gg/rr, 0), complex(rr, 0)
	case f == 0:
		var d float64
		switch {
		case real(g) == 0:
			d = math.Abs(imag(g))
		case imag(g) == 0:
			d = math.Abs(real(g))
		default:
			d = math.Sqrt(real(g)*real(g) + imag(g)*imag(g))
		}
		return 0, cmplx.Conj(g) / complex(d, 0), complex(d, 0)
	}
	f2 := real(f)*real(f) + imag(f)*imag(f)
	g2 := real(g)*real(g) + imag(g)*imag(g)
	h2 := f2 + g2
	c = math.Sqrt(f2 / h2)
	r = f / complex(c, 0)
	s = cmplx.Conj(g) * (f / complex(math.Sqrt(f2*h2), 0))
	return c, s, r
}

// rot is BLAS's drot (LAPACK's zrot): for the n pairs (x, y) it sets
// x = c·x + s·y, y = c·y − conj(s)·x.
func rot(n int, x, y func(t int) *complex128, c float64, s complex128) {
	cc, cs := complex(c, 0), cmplx.Conj(s)
	for t := 0; t < n; t++ {
		px, py := x(t), y(t)
		tmp := cc*(*px) + s*(*py)
		*py = cc*(*py) - cs*(*px)
		*px = tmp
	}
}

func (m *qmat) row(i, j0 int) func(t int) *complex128 {
	return func(t int) *complex128 { return &m.d[i*m.ld+j0+t] }
}

func (m *qmat) col(j, i0 int) func(t int) *complex128 {
	return func(t int) *complex128 { return &m.d[(i0+t)*m.ld+j] }
}

func vecAt(v []complex128, i0 int) func(t int) *complex128 {
	return func(t int) *complex128 { return &v[i0+t] }
}

// givensRows zeroes R[j+1, col] against R[j, col] by a rotation applied to
// rows j, j+1 of R from column from on (count entries) and to columns j,
// j+1 of Q.
func givensRows(q, r *qmat, j, col, from, count int) {
	c, s, rr := lartg(*r.at(j, col), *r.at(j+1, col), r.isCpx)
	*r.at(j, col), *r.at(j+1, col) = rr, 0
	if count > 0 {
		rot(count, r.row(j, from), r.row(j+1, from), c, s)
	}
	rot(q.r, q.col(j, 0), q.col(j+1, 0), c, cmplx.Conj(s))
}

// hessenbergQR reduces the upper Hessenberg R (from column k) to upper
// triangular by rotations, applied to Q as well (m is Q's row count).
func hessenbergQR(q, r *qmat, m, n, k int) {
	for j := k; j < min(m-1, n); j++ {
		givensRows(q, r, j, j, j+1, n-j-1)
	}
}

// larfLeft applies H = I − tau·v·vᴴ from the left to the len(v)×n block of
// r at (i0, j0): C = H·C.
func larfLeft(v []complex128, tau complex128, r *qmat, i0, j0, n int) {
	if tau == 0 {
		return
	}
	for j := 0; j < n; j++ {
		var w complex128
		for i := range v {
			w += cmplx.Conj(v[i]) * *r.at(i0+i, j0+j)
		}
		for i := range v {
			*r.at(i0+i, j0+j) -= tau * v[i] * w
		}
	}
}

// larfRight applies H from the right to the m×len(v) block of q at
// column j0: C = C·H.
func larfRight(v []complex128, tau complex128, q *qmat, m, j0 int) {
	if tau == 0 {
		return
	}
	for i := 0; i < m; i++ {
		var w complex128
		for l := range v {
			w += *q.at(i, j0+l) * v[l]
		}
		w *= tau
		for l := range v {
			*q.at(i, j0+l) -= w * cmplx.Conj(v[l])
		}
	}
}

// reflectColumn zeroes R[j+1 : j+length, j] with a Householder
// reflector H = I − τ·v·vᴴ (LAPACK's larfg), applied from the left to the
// columns of R after j (of n) and from the right to the columns j… of Q
// (m rows).
func reflectColumn(q, r *qmat, m, n, j, length int) {
	v := make([]complex128, length)
	for i := 1; i < length; i++ {
		v[i] = *r.at(j+i, j)
	}
	beta, tau := householderC(*r.at(j, j), v[1:])
	v[0] = 1
	if j+1 < n {
		larfLeft(v, cmplx.Conj(tau), r, j, j+1, n-j-1)
	}
	larfRight(v, tau, q, m, j)
	for i := 1; i < length; i++ {
		*r.at(j+i, j) = 0
	}
	*r.at(j, j) = beta
}

// pSubdiagQR removes the p subdiagonals of R (o×n, from column k) with
// reflectors, applied to Q (m×o) as well.
func pSubdiagQR(q, r *qmat, m, o, n, k, p int) {
	for j := k; j < min(m-1, n); j++ {
		reflectColumn(q, r, m, n, j, min(p+1, o-j))
	}
}

// nrm2 is the Euclidean norm of the n entries x(0), …, x(n−1).
func nrm2(n int, x func(t int) *complex128) float64 {
	var s float64
	for t := 0; t < n; t++ {
		s = math.Hypot(s, cmplx.Abs(*x(t)))
	}
	return s
}

// qhMul returns Qᴴ·u for the m×n q (its first n columns) and m-vector u.
func qhMul(q *qmat, m, n int, u []complex128) []complex128 {
	s := make([]complex128, n)
	for j := 0; j < n; j++ {
		var t complex128
		for i := 0; i < m; i++ {
			t += cmplx.Conj(*q.at(i, j)) * u[i]
		}
		s[j] = t
	}
	return s
}

// subQ sets u −= Q·s for the first n columns of q.
func subQ(q *qmat, m, n int, u, s []complex128) {
	for i := 0; i < m; i++ {
		var t complex128
		for j := 0; j < n; j++ {
			t += *q.at(i, j) * s[j]
		}
		u[i] -= t
	}
}

// sqrt2 is the constant SciPy's reorthogonalisation compares norms with.
var sqrt2 = math.Sqrt2

// reorth writes u = Q·s + ρ·w with w a unit vector orthogonal to the n
// columns of q (m×n), one reorthogonalisation at most (Reichel & Gragg):
// u becomes w, s (2n long) gets the coefficients and s[n] = ρ. It returns
// 2 when the reciprocal condition number of [Q, u/‖u‖] is below *rcond
// (which then holds it), 1 when u lies in span(Q), 0 otherwise.
func reorth(q *qmat, m, n int, u, s []complex128, rcond *float64) int {
	unorm := nrm2(m, vecAt(u, 0))
	qrScaleBy(u[:m], 1/unorm)
	copy(s[:n], qhMul(q, m, n, u))
	snorm := nrm2(n, vecAt(s, 0))
	sigmaMax := math.Sqrt(1 + snorm)
	subQ(q, m, n, u, s[:n])
	wnorm := nrm2(m, vecAt(u, 0))
	rc := wnorm / sigmaMax / sigmaMax
	if rc < *rcond {
		*rcond = rc
		return 2
	}
	*rcond = rc
	if sqrt2 < wnorm {
		qrScaleBy(u[:m], 1/wnorm)
		for i := range s[:n] {
			s[i] *= complex(unorm, 0)
		}
		s[n] = complex(unorm*wnorm, 0)
		return 0
	}
	copy(s[n:2*n], qhMul(q, m, n, u))
	subQ(q, m, n, u, s[n:2*n])
	wpnorm := nrm2(m, vecAt(u, 0))
	for i := 0; i < n; i++ {
		s[n+i] += s[i]
	}
	for i := range s[:n] {
		s[i] *= complex(unorm, 0)
	}
	if wpnorm < wnorm/sqrt2 {
		for i := range u[:m] {
			u[i] = 0
		}
		s[n] = 0
		return 1
	}
	qrScaleBy(u[:m], 1/wpnorm)
	s[n] = complex(wpnorm*unorm, 0)
	return 0
}

// qrScaleBy multiplies x by a, as BLAS's scal does.
func qrScaleBy(x []complex128, a float64) {
	for i := range x {
		x[i] *= complex(a, 0)
	}
}

// reorthx is reorth for the j-th unit vector, u zero on entry.
func reorthx(q *qmat, m, n, j int, u, s []complex128) bool {
	u[j] = 1
	for l := 0; l < n; l++ {
		s[l] = cmplx.Conj(*q.at(j, l))
	}
	subQ(q, m, n, u, s[:n])
	wnorm := nrm2(m, vecAt(u, 0))
	if sqrt2 < wnorm {
		qrScaleBy(u[:m], 1/wnorm)
		s[n] = complex(wnorm, 0)
		return true
	}
	copy(s[n:2*n], qhMul(q, m, n, u))
	subQ(q, m, n, u, s[n:2*n])
	wpnorm := nrm2(m, vecAt(u, 0))
	for i := 0; i < n; i++ {
		s[n+i] += s[i]
	}
	if wpnorm < wnorm/sqrt2 {
		for i := range u[:m] {
			u[i] = 0
		}
		s[n] = 0
		return false
	}
	qrScaleBy(u[:m], 1/wpnorm)
	s[n] = complex(wpnorm, 0)
	return true
}

func swapRows(a *qmat, i, k, n int) {
	for j := 0; j < n; j++ {
		*a.at(i, j), *a.at(k, j) = *a.at(k, j), *a.at(i, j)
	}
}

// blockRowDelete removes the p rows from k of a full factorisation (q m×m,
// r m×n): they are moved to the top of Q, which rotations then reduce to
// the identity block.
func blockRowDelete(q, r *qmat, m, n, k, p int) {
	for j := k; j > 0; j-- {
		swapRows(q, j+p-1, j-1, m)
	}
	for i := 0; i < p; i++ {
		for j := 0; j < m; j++ {
			*q.at(i, j) = cmplx.Conj(*q.at(i, j))
		}
	}
	for i := 0; i < p; i++ {
		for j := m - 2; j >= i; j-- {
			c, s, rr := lartg(*q.at(i, j), *q.at(i, j+1), q.isCpx)
			*q.at(i, j), *q.at(i, j+1) = rr, 0
			if i+1 < p {
				rot(p-i-1, q.col(j, i+1), q.col(j+1, i+1), c, s)
			}
			if j-i < n {
				rot(n-j+i, r.row(j, j-i), r.row(j+1, j-i), c, s)
			}
			rot(m-p, q.col(j, p), q.col(j+1, p), c, cmplx.Conj(s))
		}
	}
}

// thinRowDelete is blockRowDelete for an economic factorisation (q m×n,
// r n×n): pEco rows one by one with a vector completing Q, then pFull
// rows of the square factorisation left. It reports false when the
// reorthogonalisation fails.
func thinRowDelete(q, r *qmat, m, n, k, pEco, pFull int) bool {
	for i := 0; i < pEco; i++ {
		u := make([]complex128, m)
		s := make([]complex128, 3*n+1)
		for j := k; j < m-1; j++ {
			swapRows(q, j, j+1, n)
		}
		if !reorthx(q, m, n, m-1, u, s) {
			minNorm, arg := nrm2(n, q.row(0, 0)), 0
			for j := 1; j < m; j++ {
				if rn := nrm2(n, q.row(j, 0)); rn < minNorm {
					minNorm, arg = rn, j
				}
			}
			for t := range u {
				u[t] = 0
			}
			if !reorthx(q, m, n, arg, u, s[n+1:]) {
				return false
			}
		}
		for j := 2 * n; j < 3*n; j++ {
			s[j] = 0
		}
		for j := n - 1; j >= 0; j-- {
			c, sn, rr := lartg(s[n], s[j], q.isCpx)
			s[n], s[j] = rr, 0
			rot(n-j, vecAt(s, 2*n+j), r.row(j, j), c, sn)
			rot(m-1, vecAt(u, 0), q.col(j, 0), c, cmplx.Conj(sn))
		}
		m--
	}
	if pFull > 0 {
		blockRowDelete(q, r, m, n, k, pFull)
	}
	return true
}

// rowInsert re-triangularises a full factorisation whose last row of R
// (r m×n, q m×m with a unit last column) is the inserted row, then moves
// that row of Q to k.
func rowInsert(q, r *qmat, m, n, k int) {
	for j := 0; j < min(m-1, n); j++ {
		c, s, rr := lartg(*r.at(j, j), *r.at(m-1, j), r.isCpx)
		*r.at(j, j), *r.at(m-1, j) = rr, 0
		rot(n-j-1, r.row(j, j+1), r.row(m-1, j+1), c, s)
		rot(m, q.col(j, 0), q.col(m-1, 0), c, cmplx.Conj(s))
	}
	for j := m - 1; j > k; j-- {
		swapRows(q, j, j-1, m)
	}
}

// moveRowsUp moves the last p of the m rows of q (its first cols columns)
// to k, the rows k… down after them.
func moveRowsUp(q *qmat, m, cols, k, p int) {
	if k == m-p {
		return
	}
	for j := 0; j < cols; j++ {
		tmp := make([]complex128, m-k-p)
		for i := range tmp {
			tmp[i] = *q.at(k+i, j)
		}
		for i := 0; i < p; i++ {
			*q.at(k+i, j) = *q.at(m-p+i, j)
		}
		for i := range tmp {
			*q.at(k+p+i, j) = tmp[i]
		}
	}
}

// blockRowInsert is rowInsert for p rows, by reflectors.
func blockRowInsert(q, r *qmat, m, n, k, p int) {
	for j := 0; j < min(m, n); j++ {
		reflectColumn(q, r, m, n, j, m-j)
	}
	moveRowsUp(q, m, m, k, p)
}

// thinRowInsert inserts the row u into an economic factorisation: q is the
// (m+1)×(n+1) extension of Q with a unit corner, r n×n.
func thinRowInsert(q, r *qmat, m, n, k int, u []complex128) {
	for j := 0; j < n; j++ {
		c, s, rr := lartg(*r.at(j, j), u[j], r.isCpx)
		*r.at(j, j), u[j] = rr, 0
		rot(n-j-1, r.row(j, j+1), vecAt(u, j+1), c, s)
		rot(m, q.col(j, 0), q.col(n, 0), c, cmplx.Conj(s))
	}
	for j := m - 1; j > k; j-- {
		swapRows(q, j, j-1, n)
	}
}

// thinBlockRowInsert inserts the p rows of u (p×n) into an economic
// factorisation: q is the (m+p)×(n+p) extension, r n×n.
func thinBlockRowInsert(q, r *qmat, m, n, k, p int, u *qmat) {
	for j := 0; j < n; j++ {
		x := make([]complex128, p)
		for i := range x {
			x[i] = *u.at(i, j)
		}
		beta, tau := householderC(*r.at(j, j), x)
		for i := range x {
			*u.at(i, j) = x[i]
		}
		ct := cmplx.Conj(tau)
		w := make([]complex128, n-j-1)
		for t := range w {
			w[t] = *r.at(j, j+1+t)
			for i := 0; i < p; i++ {
				w[t] += *u.at(i, j+1+t) * cmplx.Conj(*u.at(i, j))
			}
		}
		for i := 0; i < p; i++ {
			for t := range w {
				*u.at(i, j+1+t) += -ct * *u.at(i, j) * w[t]
			}
		}
		for t := range w {
			*r.at(j, j+1+t) += -ct * w[t]
		}
		*r.at(j, j) = beta
		wq := make([]complex128, m)
		for i := range wq {
			wq[i] = *q.at(i, j)
			for l := 0; l < p; l++ {
				wq[i] += *q.at(i, n+l) * *u.at(l, j)
			}
		}
		for l := 0; l < p; l++ {
			*u.at(l, j) = cmplx.Conj(*u.at(l, j))
		}
		for i := range wq {
			for l := 0; l < p; l++ {
				*q.at(i, n+l) += -tau * wq[i] * *u.at(l, j)
			}
			*q.at(i, j) += -tau * wq[i]
		}
	}
	moveRowsUp(q, m, n, k, p)
}

// colInsert re-triangularises a full factorisation whose column k of R
// (m×n) is Qᴴ·u.
func colInsert(q, r *qmat, m, n, k int) {
	for j := m - 2; j >= k; j-- {
		cnt := 0
		if j+1 < n {
			cnt = n - j - 1
		}
		givensRows(q, r, j, k, j+1, cnt)
	}
}

// blockColInsert is colInsert for the p columns k… of R.
func blockColInsert(q, r *qmat, m, n, k, p int) {
	if m >= n {
		// A QR of the block below row n−p first.
		bm := m - n + p
		blk := make([]complex128, bm*p)
		for i := 0; i < bm; i++ {
			for j := 0; j < p; j++ {
				blk[i*p+j] = *r.at(n-p+i, k+j)
			}
		}
		tau := make([]complex128, min(bm, p))
		qrC(blk, bm, p, tau, nil)
		for i := range tau {
			v := make([]complex128, bm-i)
			v[0] = 1
			for l := 1; l < len(v); l++ {
				v[l] = blk[(i+l)*p+i]
			}
			larfRight(v, tau[i], q, m, n-p+i)
		}
		for i := 0; i < bm; i++ {
			for j := 0; j < p; j++ {
				if i <= j {
					*r.at(n-p+i, k+j) = blk[i*p+j]
				} else {
					*r.at(n-p+i, k+j) = 0
				}
			}
		}
		for i := 0; i < p; i++ {
			for j := n - p + i - 1; j >= k+i; j-- {
				cnt := 0
				if j+1 < n {
					cnt = n - k - i - 1
				}
				givensRows(q, r, j, k+i, k+i+1, cnt)
			}
		}
		return
	}
	for i := 0; i < p; i++ {
		for j := m - 2; j >= k+i; j-- {
			cnt := 0
			if j+1 < n {
				cnt = n - k - i - 1
			}
			givensRows(q, r, j, k+i, k+i+1, cnt)
		}
	}
}

// thinColInsert inserts the columns of u (m×p) at k into an economic
// factorisation: q is m×(n+pEco) (Q then zero columns), r
// (n+pEco)×(n+p) with the old columns around k. It returns false with
// the reciprocal condition number found when a column lies in span(Q).
func thinColInsert(q, r *qmat, m, n, k, pEco, pFull int, u *qmat, rcond *float64) bool {
	s := make([]complex128, 2*(n+pEco))
	for j := 0; j < pEco; j++ {
		uj := make([]complex128, m)
		for i := range uj {
			uj[i] = *u.at(i, j)
		}
		rc := *rcond
		if reorth(q, m, n+j, uj, s, &rc) == 2 {
			*rcond = rc
			return false
		}
		for i := range uj {
			*q.at(i, n+j) = uj[i]
			*u.at(i, j) = uj[i]
		}
		for i := 0; i <= n+j; i++ {
			*r.at(i, k+j) = s[i]
		}
		for i := n - 1; i >= k; i-- {
			c, sn, rr := lartg(*r.at(i+j, k+j), *r.at(i+j+1, k+j), r.isCpx)
			*r.at(i+j, k+j), *r.at(i+j+1, k+j) = rr, 0
			rot(n-i, r.row(i+j, i+pEco+pFull), r.row(i+j+1, i+pEco+pFull), c, sn)
			rot(m, q.col(i+j, 0), q.col(i+j+1, 0), c, cmplx.Conj(sn))
		}
	}
	if pFull > 0 {
		for l := 0; l < pFull; l++ {
			ul := make([]complex128, m)
			for i := range ul {
				ul[i] = *u.at(i, pEco+l)
			}
			col := qhMul(q, m, m, ul)
			for i := 0; i < m; i++ {
				*r.at(i, k+pEco+l) = col[i]
			}
		}
		blockColInsert(q, r, m, n+pEco+pFull, k+pEco, pFull)
	}
	return true
}

// rank1Update adds u·vᴴ to a full factorisation, qtu = Qᴴ·u.
func rank1Update(q, r *qmat, m, n int, qtu, v []complex128) {
	for j := m - 2; j >= 0; j-- {
		c, s, rr := lartg(qtu[j], qtu[j+1], q.isCpx)
		qtu[j], qtu[j+1] = rr, 0
		if n-j > 0 {
			rot(n-j, r.row(j, j), r.row(j+1, j), c, s)
		}
		rot(m, q.col(j, 0), q.col(j+1, 0), c, cmplx.Conj(s))
	}
	for j := 0; j < n; j++ {
		*r.at(0, j) += qtu[0] * cmplx.Conj(v[j])
	}
	hessenbergQR(q, r, m, n, 0)
}

// rankPUpdate adds U·Vᴴ to a full factorisation, qtu = Qᴴ·U (m×p), vh =
// Vᴴ (p×n).
func rankPUpdate(q, r *qmat, m, n, p int, qtu, vh *qmat) {
	lo := m - 2
	if m > n {
		bm := m - n
		blk := make([]complex128, bm*p)
		for i := 0; i < bm; i++ {
			for j := 0; j < p; j++ {
				blk[i*p+j] = *qtu.at(n+i, j)
			}
		}
		tau := make([]complex128, min(bm, p))
		qrC(blk, bm, p, tau, nil)
		for i := range blk {
			qtu.d[(n+i/p)*qtu.ld+i%p] = blk[i]
		}
		for i := range tau {
			v := make([]complex128, bm-i)
			v[0] = 1
			for l := 1; l < len(v); l++ {
				v[l] = blk[(i+l)*p+i]
			}
			larfRight(v, tau[i], q, m, n+i)
		}
		lo = -1
	}
	for i := 0; i < p; i++ {
		top := m - 2
		if lo < 0 {
			top = n + i - 1
		}
		for j := top; j >= i; j-- {
			c, s, rr := lartg(*qtu.at(j, i), *qtu.at(j+1, i), q.isCpx)
			*qtu.at(j, i), *qtu.at(j+1, i) = rr, 0
			if p-i-1 > 0 {
				rot(p-i-1, qtu.row(j, i+1), qtu.row(j+1, i+1), c, s)
			}
			rot(n, r.row(j, 0), r.row(j+1, 0), c, s)
			rot(m, q.col(j, 0), q.col(j+1, 0), c, cmplx.Conj(s))
		}
	}
	// R += triu(qtu[:p, :p]) · Vᴴ
	for i := 0; i < p; i++ {
		for j := 0; j < n; j++ {
			var t complex128
			for l := i; l < p; l++ {
				t += *qtu.at(i, l) * *vh.at(l, j)
			}
			*r.at(i, j) += t
		}
	}
	pSubdiagQR(q, r, m, m, n, 0, p)
}

// thinRank1Update adds u·vᴴ to an economic factorisation (q m×n, r n×n).
func thinRank1Update(q, r *qmat, m, n int, u, v, s []complex128) {
	rc := 0.0
	reorth(q, m, n, u, s, &rc)
	c, sn, rr := lartg(s[n-1], s[n], q.isCpx)
	s[n-1], s[n] = rr, 0
	t := *r.at(n-1, n-1)
	rlast := -t * cmplx.Conj(sn)
	*r.at(n-1, n-1) = t * complex(c, 0)
	rot(m, q.col(n-1, 0), vecAt(u, 0), c, cmplx.Conj(sn))
	for j := n - 2; j >= 0; j-- {
		c, sn, rr := lartg(s[j], s[j+1], q.isCpx)
		s[j], s[j+1] = rr, 0
		rot(n-j, r.row(j, j), r.row(j+1, j), c, sn)
		rot(m, q.col(j, 0), q.col(j+1, 0), c, cmplx.Conj(sn))
	}
	for j := 0; j < n; j++ {
		*r.at(0, j) += s[0] * cmplx.Conj(v[j])
	}
	for j := 0; j < n-1; j++ {
		givensRows(q, r, j, j, j+1, n-j-1)
	}
	c, sn, rr = lartg(*r.at(n-1, n-1), rlast, q.isCpx)
	*r.at(n-1, n-1) = rr
	rot(m, q.col(n-1, 0), vecAt(u, 0), c, cmplx.Conj(sn))
}

// qrFactors checks a QR factorisation (q, r) as SciPy's validate_qr does
// and copies it: economic when Q is m×n (n < m) and R n×n, full when Q is
// m×m and R m×n. Errors:
//
//	ValueError "Q and R must be 2-D"
//	ValueError "Q and R must have the same dtype"
//	ValueError "Only arrays with dtypes float32, float64, complex64, and complex128 are supported."
//	ValueError "Q and R do not have compatible shapes. Expected (M,M) (M,N) or (M,N) (N,N) but found (3, 3) (2, 2) for Q and R respectively"
//	ValueError "array must not contain infs or NaNs"
func qrFactors(q, r *Array, check bool) (qm, rm *qmat, economic bool, err error) {
	if len(q.shape) != 2 || len(r.shape) != 2 {
		return nil, nil, false, valueErr("Q and R must be 2-D")
	}
	if q.dtype != r.dtype {
		return nil, nil, false, valueErr("Q and R must have the same dtype")
	}
	if q.dtype != Float64 && q.dtype != Complex128 {
		return nil, nil, false, valueErr("Only arrays with dtypes float32, float64, complex64, and complex128 are supported.")
	}
	if q.shape[1] != r.shape[0] {
		return nil, nil, false, valueErr("Q and R do not have compatible shapes. Expected (M,M) (M,N) or (M,N) (N,N) but found %s %s for Q and R respectively", FormatShape(q.shape), FormatShape(r.shape))
	}
	if q.shape[0] != q.shape[1] {
		if r.shape[0] != r.shape[1] {
			return nil, nil, false, valueErr("Expected (M,M) (M,N) or (M,N) (N,N) but found %s %s for Q and R respectively", FormatShape(q.shape), FormatShape(r.shape))
		}
		economic = true
	}
	if check {
		if err := CheckFinite(q); err != nil {
			return nil, nil, false, err
		}
		if err := CheckFinite(r); err != nil {
			return nil, nil, false, err
		}
	}
	cplx := q.dtype == Complex128
	qm = &qmat{d: q.Complex128s(), r: q.shape[0], c: q.shape[1], ld: q.shape[1], isCpx: cplx}
	rm = &qmat{d: r.Complex128s(), r: r.shape[0], c: r.shape[1], ld: r.shape[1], isCpx: cplx}
	return qm, rm, economic, nil
}

// out returns rows i0…i1−1 and columns j0…j1−1 of m as an array of dtype
// d.
func (m *qmat) out(d DType, i0, i1, j0, j1 int) *Array {
	v := make([]complex128, 0, (i1-i0)*(j1-j0))
	for i := i0; i < i1; i++ {
		v = append(v, m.d[i*m.ld+j0:i*m.ld+j1]...)
	}
	return fromComplex(v, d, i1-i0, j1-j0)
}

// sameType is SciPy's check that an update vector has the factors' dtype.
func sameType(d DType, msg string, xs ...*Array) error {
	for _, x := range xs {
		if x.dtype != d {
			return valueErr("%s", msg)
		}
	}
	return nil
}

// QRUpdate returns the QR factorisation Q₁·R₁ of A + U·Vᴴ given A = Q·R
// (scipy.linalg.qr_update), full or economic as (q, r) is; u is (M,) or
// (M, p) and v (N,) or (N, p), of the factors' dtype. Errors are
// qrFactors' and:
//
//	ValueError "u and v must have the same type as Q and R"
//	ValueError "u.shape[0] must equal Q.shape[0]"
//	ValueError "v.shape[0] must equal R.shape[1]"
//	ValueError "u and v can be no more than 2-D"
//	ValueError "u and v must have the same number of dimensions"
//	ValueError "Second dimension of u and v must be the same"
//	ValueError "Update rank larger than np.dot(Q, R)."
func QRUpdate(q, r, u, v *Array, check bool) (q1, r1 *Array, err error) {
	qm, rm, economic, err := qrFactors(q, r, check)
	if err != nil {
		return nil, nil, err
	}
	d := q.dtype
	if err := sameType(d, "u and v must have the same type as Q and R", u, v); err != nil {
		return nil, nil, err
	}
	m, n := qm.r, rm.c
	if len(u.shape) == 0 || len(v.shape) == 0 {
		return nil, nil, indexErr("tuple index out of range")
	}
	switch {
	case u.shape[0] != m:
		return nil, nil, valueErr("u.shape[0] must equal Q.shape[0]")
	case v.shape[0] != n:
		return nil, nil, valueErr("v.shape[0] must equal R.shape[1]")
	case len(u.shape) > 2 || len(v.shape) > 2:
		return nil, nil, valueErr("u and v can be no more than 2-D")
	case len(u.shape) != len(v.shape):
		return nil, nil, valueErr("u and v must have the same number of dimensions")
	case len(u.shape) == 2 && u.shape[1] != v.shape[1]:
		return nil, nil, valueErr("Second dimension of u and v must be the same")
	}
	p := 1
	if len(u.shape) == 2 {
		p = u.shape[1]
	}
	if p > n || p > m {
		return nil, nil, valueErr("Update rank larger than np.dot(Q, R).")
	}
	if !economic && p > 1 && m > n && p > m-n {
		// SciPy's rank-p update hands LAPACK's ormqr more reflectors
		// than the block it applies them to has columns.
		return nil, nil, valueErr("The 5th argument to ?ormqr/?unmqr was invalid")
	}
	if check {
		if err := CheckFinite(u); err != nil {
			return nil, nil, err
		}
		if err := CheckFinite(v); err != nil {
			return nil, nil, err
		}
	}
	cplx := d == Complex128
	um := &qmat{d: u.Complex128s(), r: m, c: p, ld: p, isCpx: cplx}
	vm := &qmat{d: v.Complex128s(), r: n, c: p, ld: p, isCpx: cplx}
	column := func(a *qmat, j int) []complex128 {
		c := make([]complex128, a.r)
		for i := range c {
			c[i] = *a.at(i, j)
		}
		return c
	}
	switch {
	case economic:
		s := make([]complex128, 2*n)
		for j := 0; j < p; j++ {
			thinRank1Update(qm, rm, m, n, column(um, j), column(vm, j), s)
		}
	case p == 1:
		rank1Update(qm, rm, m, n, qhMul(qm, m, m, column(um, 0)), column(vm, 0))
	default:
		qtu := newQmat(m, p, cplx)
		for j := 0; j < p; j++ {
			c := qhMul(qm, m, m, column(um, j))
			for i := range c {
				*qtu.at(i, j) = c[i]
			}
		}
		vh := newQmat(p, n, cplx)
		for i := 0; i < p; i++ {
			for j := 0; j < n; j++ {
				*vh.at(i, j) = cmplx.Conj(*vm.at(j, i))
			}
		}
		rankPUpdate(qm, rm, m, n, p, qtu, vh)
	}
	return qm.out(d, 0, qm.r, 0, qm.c), rm.out(d, 0, rm.r, 0, rm.c), nil
}

// QRDelete returns the QR factorisation of A with the p rows (or, with
// col, columns) from k removed, given A = Q·R (scipy.linalg.qr_delete);
// a negative k counts from the end. Errors are qrFactors' and:
//
//	ValueError "'k' is out of bounds"
//	ValueError "'p' is out of range"
//	ValueError "Reorthogonalization Failed, unable to perform row deletion."
func QRDelete(q, r *Array, k, p int, col, check bool) (q1, r1 *Array, err error) {
	qm, rm, economic, err := qrFactors(q, r, check)
	if err != nil {
		return nil, nil, err
	}
	d := q.dtype
	m, n := qm.r, rm.c
	lim := m
	if col {
		lim = n
	}
	if !(-lim <= k && k < lim) {
		return nil, nil, valueErr("'k' is out of bounds")
	}
	if k < 0 {
		k += lim
	}
	if k+p > lim || p <= 0 {
		return nil, nil, valueErr("'p' is out of range")
	}
	if !col {
		if !economic {
			blockRowDelete(qm, rm, m, n, k, p)
			return qm.out(d, p, m, p, m), rm.out(d, p, m, 0, n), nil
		}
		pEco, pFull := p, 0
		if m-p < n {
			pEco = m - n
			pFull = p - pEco
		}
		if !thinRowDelete(qm, rm, m, n, k, pEco, pFull) {
			return nil, nil, valueErr("Reorthogonalization Failed, unable to perform row deletion.")
		}
		return qm.out(d, pFull, m-pEco, pFull, n), rm.out(d, pFull, n, 0, n), nil
	}
	o := m
	if economic {
		o = n
	}
	for j := k; j < n-p; j++ {
		for i := 0; i < min(o, n); i++ {
			*rm.at(i, j) = *rm.at(i, j+p)
		}
	}
	if p == 1 {
		hessenbergQR(qm, rm, m, n-1, k)
	} else {
		pSubdiagQR(qm, rm, m, o, n-p, k, p)
	}
	if economic {
		return qm.out(d, 0, m, 0, n-p), rm.out(d, 0, n-p, 0, n-p), nil
	}
	return qm.out(d, 0, m, 0, m), rm.out(d, 0, m, 0, n-p), nil
}

// QRInsert returns the QR factorisation of A with the rows (or, with col,
// the columns) of u inserted before row (column) k (k = M or N appends),
// given A = Q·R (scipy.linalg.qr_insert). For an economic factorisation and columns,
// rcond (machine epsilon when not set) bounds the reciprocal condition
// number of Q augmented with u/‖u‖. uShape is how an error names u's
// shape. Errors are qrFactors' and:
//
//	ValueError  "'u' must have the same type as 'Q' and 'R'"
//	ValueError  "'k' is out of bounds"
//	ValueError  "'u' should be either (N,) or (p,N) when inserting rows. Found (3,)."
//	ValueError  "'u' can be at most 2-D"
//	ValueError  "'rcond' is not used when updating full, (M,M) (M,N) decompositions and must be None."
//	LinAlgError "One of the columns of u lies in the span of Q. Found reciprocal condition number of 5.551115123125782e-17 for Q augmented with u/||u||."
func QRInsert(q, r, u *Array, k int, col bool, rcond float64, rcondSet, check bool, uShape string) (q1, r1 *Array, err error) {
	qm, rm, economic, err := qrFactors(q, r, check)
	if err != nil {
		return nil, nil, err
	}
	d := q.dtype
	cplx := d == Complex128
	m, n := qm.r, rm.c
	msg := "'u' must have the same type as 'Q' and 'R'"
	lim := m
	if col {
		msg, lim = "'u' must have the same type as Q and R", n
	}
	if err := sameType(d, msg, u); err != nil {
		return nil, nil, err
	}
	if !(-lim <= k && k <= lim) {
		return nil, nil, valueErr("'k' is out of bounds")
	}
	if k < 0 {
		k += lim
	}
	var p int
	shapeErr := valueErr("'u' should be either (N,) or (p,N) when inserting rows. Found %s.", uShape)
	want := n
	if col {
		shapeErr = valueErr("'u' should be either (M,) or (M,p) when inserting columns. Found %s.", uShape)
		want = m
	}
	switch len(u.shape) {
	case 2:
		p = u.shape[0]
		got := u.shape[1]
		if col {
			p, got = u.shape[1], u.shape[0]
		}
		if got != want {
			return nil, nil, shapeErr
		}
	case 1:
		p = 1
		if u.shape[0] != want {
			return nil, nil, shapeErr
		}
	default:
		return nil, nil, valueErr("'u' can be at most 2-D")
	}
	if col && rcondSet && !economic {
		return nil, nil, valueErr("'rcond' is not used when updating full, (M,M) (M,N) decompositions and must be None.")
	}
	if check {
		if err := CheckFinite(u); err != nil {
			return nil, nil, err
		}
	}
	uv := u.Complex128s()
	if !col {
		if economic {
			qn := newQmat(m+p, n+p, cplx)
			for i := 0; i < m; i++ {
				copy(qn.d[i*qn.ld:i*qn.ld+n], qm.d[i*qm.ld:i*qm.ld+n])
			}
			for j := 0; j < p; j++ {
				*qn.at(m+j, n+j) = 1
			}
			if p == 1 {
				thinRowInsert(qn, rm, m+p, n, k, uv)
			} else {
				thinBlockRowInsert(qn, rm, m+p, n, k, p, &qmat{d: uv, r: p, c: n, ld: n, isCpx: cplx})
			}
			return qn.out(d, 0, m+p, 0, n), rm.out(d, 0, n, 0, n), nil
		}
		qn := newQmat(m+p, m+p, cplx)
		rn := newQmat(m+p, n, cplx)
		for i := 0; i < m; i++ {
			copy(qn.d[i*qn.ld:i*qn.ld+m], qm.d[i*qm.ld:i*qm.ld+m])
			copy(rn.d[i*n:(i+1)*n], rm.d[i*n:(i+1)*n])
		}
		copy(rn.d[m*n:], uv)
		for j := m; j < m+p; j++ {
			*qn.at(j, j) = 1
		}
		if p == 1 {
			rowInsert(qn, rn, m+p, n, k)
		} else {
			blockRowInsert(qn, rn, m+p, n, k, p)
		}
		return qn.out(d, 0, m+p, 0, m+p), rn.out(d, 0, m+p, 0, n), nil
	}
	um := &qmat{d: uv, r: m, c: p, ld: p, isCpx: cplx}
	if economic {
		pEco, pFull := p, 0
		if n+p > m {
			pEco = m - n
			pFull = p - pEco
		}
		qn := newQmat(m, n+pEco, cplx)
		for i := 0; i < m; i++ {
			copy(qn.d[i*qn.ld:i*qn.ld+n], qm.d[i*qm.ld:i*qm.ld+n])
		}
		rn := newQmat(n+pEco, n+p, cplx)
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				jj := j
				if j >= k {
					jj = j + p
				}
				*rn.at(i, jj) = *rm.at(i, j)
			}
		}
		rc := 0x1p-52
		if rcondSet {
			rc = rcond
		}
		if !thinColInsert(qn, rn, m, n, k, pEco, pFull, um, &rc) {
			return nil, nil, linAlgErr(NoReason, "One of the columns of u lies in the span of Q. Found reciprocal condition number of %s for Q augmented with u/||u||.", PyFloatRepr(rc))
		}
		return qn.out(d, 0, qn.r, 0, qn.c), rn.out(d, 0, rn.r, 0, rn.c), nil
	}
	rn := newQmat(m, n+p, cplx)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			jj := j
			if j >= k {
				jj = j + p
			}
			*rn.at(i, jj) = *rm.at(i, j)
		}
	}
	for j := 0; j < p; j++ {
		uj := make([]complex128, m)
		for i := range uj {
			uj[i] = *um.at(i, j)
		}
		c := qhMul(qm, m, m, uj)
		for i := range c {
			*rn.at(i, k+j) = c[i]
		}
	}
	if p == 1 {
		colInsert(qm, rn, m, n+p, k)
	} else {
		blockColInsert(qm, rn, m, n+p, k, p)
	}
	return qm.out(d, 0, m, 0, m), rn.out(d, 0, m, 0, n+p), nil
}
