package linalg

import (
	"math"
	"math/cmplx"

	"gonum.org/v1/gonum/mat"
)

// Complex factorisations. gonum's LAPACK is real-only, so the complex
// Cholesky and Householder QR here follow LAPACK's zpotrf and zgeqrf/zungqr
// step by step (the same reflectors, hence the same signs as NumPy), and
// the Hermitian eigenproblem and the SVD go through the real embedding
// [[Re, −Im], [Im, Re]] and gonum's Dsyev and Dgesvd: the values agree with
// LAPACK's to working precision, the eigen- and singular vectors up to a
// unit-modulus factor per vector.

// cholLowerC overwrites the lower triangle of the row-major n×n Hermitian
// a with L, A = L·Lᴴ, as zpotrf with UPLO='L' does (the imaginary parts
// of the diagonal are ignored), and zeroes the strict upper triangle. It
// reports false when a leading minor is not positive definite.
func cholLowerC(a []complex128, n int) bool {
	for j := 0; j < n; j++ {
		s := real(a[j*n+j])
		for k := 0; k < j; k++ {
			l := a[j*n+k]
			s -= real(l)*real(l) + imag(l)*imag(l)
		}
		if !(s > 0) {
			return false
		}
		d := math.Sqrt(s)
		a[j*n+j] = complex(d, 0)
		for i := j + 1; i < n; i++ {
			v := a[i*n+j]
			for k := 0; k < j; k++ {
				v -= a[i*n+k] * cmplx.Conj(a[j*n+k])
			}
			a[i*n+j] = v / complex(d, 0)
		}
		for i := 0; i < j; i++ {
			a[i*n+j] = 0
		}
	}
	return true
}

// householderC computes the elementary reflector H = I − τ·v·vᴴ of LAPACK's
// zlarfg for the vector (alpha, x): Hᴴ·(alpha, x) = (β, 0) with β real,
// v = (1, x/(alpha−β)). x is overwritten with the tail of v; it returns β
// and τ (τ = 0 when H is the identity).
func householderC(alpha complex128, x []complex128) (beta, tau complex128) {
	var xnorm float64
	for _, z := range x {
		xnorm = math.Hypot(xnorm, cmplx.Abs(z))
	}
	ar, ai := real(alpha), imag(alpha)
	if xnorm == 0 && ai == 0 {
		return alpha, 0
	}
	b := math.Hypot(math.Hypot(ar, ai), xnorm)
	if ar >= 0 {
		b = -b
	}
	tau = complex((b-ar)/b, -ai/b)
	scale := 1 / (alpha - complex(b, 0))
	for k := range x {
		x[k] *= scale
	}
	return complex(b, 0), tau
}

// qrC is LAPACK's zgeqrf (or zgeqp3 when piv is not nil) on the row-major
// m×n matrix a: on return R is in the upper triangle, the reflectors'
// vectors below it and their factors in tau (length min(m, n)). With
// column pivoting piv receives the column permutation: A[:, piv] = Q·R,
// the pivot at each step being the remaining column of largest norm (the
// first of equals).
func qrC(a []complex128, m, n int, tau []complex128, piv []int) {
	k := min(m, n)
	col := make([]complex128, m)
	var norms []float64
	if piv != nil {
		norms = make([]float64, n)
		for j := range piv {
			piv[j] = j
		}
	}
	for i := 0; i < k; i++ {
		if piv != nil {
			best, bj := -1.0, i
			for j := i; j < n; j++ {
				var s float64
				for r := i; r < m; r++ {
					s = math.Hypot(s, cmplx.Abs(a[r*n+j]))
				}
				norms[j] = s
				if s > best {
					best, bj = s, j
				}
			}
			if bj != i {
				for r := 0; r < m; r++ {
					a[r*n+i], a[r*n+bj] = a[r*n+bj], a[r*n+i]
				}
				piv[i], piv[bj] = piv[bj], piv[i]
			}
		}
		x := col[:m-i-1]
		for r := i + 1; r < m; r++ {
			x[r-i-1] = a[r*n+i]
		}
		beta, t := householderC(a[i*n+i], x)
		tau[i] = t
		a[i*n+i] = beta
		for r := i + 1; r < m; r++ {
			a[r*n+i] = x[r-i-1]
		}
		if t == 0 {
			continue
		}
		// Apply Hᴴ = I − conj(τ)·v·vᴴ to the trailing columns.
		ct := cmplx.Conj(t)
		for j := i + 1; j < n; j++ {
			w := a[i*n+j]
			for r := i + 1; r < m; r++ {
				w += cmplx.Conj(a[r*n+i]) * a[r*n+j]
			}
			w *= ct
			a[i*n+j] -= w
			for r := i + 1; r < m; r++ {
				a[r*n+j] -= a[r*n+i] * w
			}
		}
	}
}

// qrFormQC returns the m×cols matrix of the first cols columns of
// Q = H₁·H₂·…·Hₖ from the reflectors qrC left in a (LAPACK's zungqr).
func qrFormQC(a []complex128, m, n int, tau []complex128, cols int) []complex128 {
	q := make([]complex128, m*cols)
	for i := 0; i < min(m, cols); i++ {
		q[i*cols+i] = 1
	}
	for i := min(m, n) - 1; i >= 0; i-- {
		t := tau[i]
		if t == 0 {
			continue
		}
		for j := 0; j < cols; j++ {
			w := q[i*cols+j]
			for r := i + 1; r < m; r++ {
				w += cmplx.Conj(a[r*n+i]) * q[r*cols+j]
			}
			w *= t
			q[i*cols+j] -= w
			for r := i + 1; r < m; r++ {
				q[r*cols+j] -= a[r*n+i] * w
			}
		}
	}
	return q
}

// completeUnitaryC returns the m×cols matrix whose first r columns are the
// orthonormal columns u[:, :r] (u is m×ld) and whose other columns complete
// them to orthonormal columns, taken from the Q of a QR factorisation.
func completeUnitaryC(u []complex128, m, ld, r, cols int) []complex128 {
	out := make([]complex128, m*cols)
	if r < cols {
		b := make([]complex128, m*max(r, 1))
		w := max(r, 1)
		for i := 0; i < m; i++ {
			for j := 0; j < r; j++ {
				b[i*w+j] = u[i*ld+j]
			}
		}
		tau := make([]complex128, min(m, w))
		if r == 0 {
			// Q of a zero column is the identity.
			for i := 0; i < min(m, cols); i++ {
				out[i*cols+i] = 1
			}
			return out
		}
		qrC(b, m, w, tau, nil)
		q := qrFormQC(b, m, w, tau, cols)
		copy(out, q)
	}
	for i := 0; i < m; i++ {
		for j := 0; j < r; j++ {
			out[i*cols+j] = u[i*ld+j]
		}
	}
	return out
}

// svdComplex is SVD for a complex128 stack.
func svdComplex(a *Array, full bool) (u, s, vh *Array, err error) {
	return svdComplexOpt(a, full, true)
}

func svdComplexOpt(a *Array, full, uv bool) (u, s, vh *Array, err error) {
	batch, m, n := stackDims(a.shape)
	if !a.allFinite() {
		return nil, nil, nil, linAlgErr(SVDNoConvergence, "SVD did not converge")
	}
	k := min(m, n)
	ur, vc := k, k
	if full {
		ur, vc = m, n
	}
	nb := prod(batch)
	src := a.Complex128s()
	s = newArray(Float64, append(append([]int{}, batch...), k))
	if uv {
		u = newArray(Complex128, append(append([]int{}, batch...), m, ur))
		vh = newArray(Complex128, append(append([]int{}, batch...), vc, n))
	}
	for t := 0; t < nb; t++ {
		if m == 0 || n == 0 {
			if uv {
				for i := 0; i < min(m, ur); i++ {
					u.c[t*m*ur+i*ur+i] = 1
				}
				for i := 0; i < min(n, vc); i++ {
					vh.c[t*vc*n+i*n+i] = 1
				}
			}
			continue
		}
		ut, st, vt, ok := svdEmbedC(src[t*m*n:(t+1)*m*n], m, n, full)
		if !ok {
			return nil, nil, nil, linAlgErr(SVDNoConvergence, "SVD did not converge")
		}
		copy(s.f[t*k:], st)
		if uv {
			copy(u.c[t*m*ur:], ut)
			copy(vh.c[t*vc*n:], vt)
		}
	}
	if !uv {
		return nil, s, nil, nil
	}
	return u.withMatrix(a.matrix), s, vh.withMatrix(a.matrix), nil
}

// pinvComplex is Pinv for a complex128 stack: A⁺ = V·diag(S⁺)·Uᴴ.
func pinvComplex(a *Array, rcond float64) (*Array, error) {
	batch, m, n := stackDims(a.shape)
	u, s, vh, err := svdComplex(a.AsArray(), false)
	if err != nil {
		return nil, err
	}
	k := min(m, n)
	out := newArray(Complex128, append(append([]int{}, batch...), n, m))
	for t := 0; t < prod(batch); t++ {
		sv := s.f[t*k : (t+1)*k]
		mx := 0.0
		for _, x := range sv {
			mx = math.Max(mx, x)
		}
		for p := 0; p < k; p++ {
			if !(sv[p] > rcond*mx) {
				continue
			}
			inv := complex(1/sv[p], 0)
			for i := 0; i < n; i++ {
				vi := cmplx.Conj(vh.c[t*k*n+p*n+i]) * inv
				for j := 0; j < m; j++ {
					out.c[t*n*m+i*m+j] += vi * cmplx.Conj(u.c[t*m*k+j*k+p])
				}
			}
		}
	}
	return out.withMatrix(a.matrix), nil
}

// QRMode is numpy.linalg.qr with its mode: for each matrix of the
// (..., M, N) stack a, A = Q·R by Householder reflections as LAPACK's
// geqrf/orgqr (zgeqrf/zungqr) compute them, K = min(M, N).
//
//	"reduced"  q (..., M, K), r (..., K, N)
//	"complete" q (..., M, M), r (..., M, N)
//	"r"        r (..., K, N) only (q is nil)
//	"raw"      q is h (..., N, M), LAPACK's factored matrix transposed,
//	           and r is tau (..., K)
//
// Errors: ValueError "Unrecognized mode '%s'" and LinAlgError for fewer
// than two dimensions.
func QRMode(a *Array, mode string) (q, r *Array, err error) {
	switch mode {
	case "reduced", "complete", "r", "raw":
	default:
		return nil, nil, valueErr("Unrecognized mode '%s'", mode)
	}
	if len(a.shape) < 2 {
		return nil, nil, linAlgErr(TooFewDims, "%d-dimensional array given. Array must be at least two-dimensional", len(a.shape))
	}
	if a.dtype != Complex128 && (mode == "reduced" || mode == "r") {
		q, r, err = QR(a)
		if mode == "r" {
			q = nil
		}
		return q, r, err
	}
	return qrModeHouse(a, mode)
}

// qrModeHouse is QRMode by qrC and qrFormQC, for any dtype.
func qrModeHouse(a *Array, mode string) (q, r *Array, err error) {
	batch, m, n := stackDims(a.shape)
	k := min(m, n)
	cplx := a.dtype == Complex128
	dt := Float64
	if cplx {
		dt = Complex128
	}
	src := a.Complex128s()
	nb := prod(batch)
	bs := func(dims ...int) []int { return append(append([]int{}, batch...), dims...) }
	qc, rr := k, k
	if mode == "complete" {
		qc, rr = m, m
	}
	var qa, ra *Array
	switch mode {
	case "raw":
		qa, ra = newArray(dt, bs(n, m)), newArray(dt, bs(k))
	default:
		qa, ra = newArray(dt, bs(m, qc)), newArray(dt, bs(rr, n))
	}
	set := func(x *Array, off int, v complex128) {
		if cplx {
			x.c[off] = v
		} else {
			x.f[off] = real(v)
		}
	}
	tau := make([]complex128, k)
	for t := 0; t < nb; t++ {
		h := src[t*m*n : (t+1)*m*n]
		qrC(h, m, n, tau, nil)
		if mode == "raw" {
			for i := 0; i < m; i++ {
				for j := 0; j < n; j++ {
					set(qa, t*n*m+j*m+i, h[i*n+j])
				}
			}
			for i := 0; i < k; i++ {
				set(ra, t*k+i, tau[i])
			}
			continue
		}
		for i := 0; i < min(rr, m); i++ {
			for j := i; j < n; j++ {
				set(ra, t*rr*n+i*n+j, h[i*n+j])
			}
		}
		qm := qrFormQC(h, m, n, tau, qc)
		for i, v := range qm {
			set(qa, t*m*qc+i, v)
		}
	}
	if mode == "raw" {
		return qa, ra, nil
	}
	if mode == "r" {
		return nil, ra.withMatrix(a.matrix), nil
	}
	return qa.withMatrix(a.matrix), ra.withMatrix(a.matrix), nil
}

// pickFromCandidates chooses `count` orthonormal complex vectors (length
// dim) from cands, the complex vectors recovered from the real embedding,
// taken in order: slot i looks at the candidates whose value lies within
// tol of vals[2i] (a cluster of equal eigen- or singular values) and takes
// the one with the largest component orthogonal to the vectors already
// chosen. partner, when not nil, holds vectors that undergo the same
// linear combinations (the right singular vectors of the left ones).
func pickFromCandidates(cands, partner [][]complex128, vals []float64, count int, tol float64) (out, outP [][]complex128, idx []int) {
	used := make([]bool, len(cands))
	for i := 0; i < count; i++ {
		v0 := vals[min(2*i, len(vals)-1)]
		best, bj := -1.0, -1
		var bres, bpres []complex128
		for j := 0; j < len(cands); j++ {
			if used[j] {
				continue
			}
			if vals[j] < v0-tol {
				continue // a partner of a vector already chosen
			}
			if vals[j] > v0+tol && bj >= 0 {
				break
			}
			r := append([]complex128(nil), cands[j]...)
			var pr []complex128
			if partner != nil {
				pr = append([]complex128(nil), partner[j]...)
			}
			for pass := 0; pass < 2; pass++ {
				for k, q := range out {
					var c complex128
					for t := range r {
						c += cmplx.Conj(q[t]) * r[t]
					}
					for t := range r {
						r[t] -= c * q[t]
					}
					if pr != nil {
						for t := range pr {
							pr[t] -= c * outP[k][t]
						}
					}
				}
			}
			var nr float64
			for _, z := range r {
				nr = math.Hypot(nr, cmplx.Abs(z))
			}
			if nr > best {
				best, bj, bres, bpres = nr, j, r, pr
			}
			if nr > 0.7 {
				break // clearly independent: take it
			}
		}
		if bj < 0 || best == 0 {
			return nil, nil, nil
		}
		used[bj] = true
		inv := complex(1/best, 0)
		for t := range bres {
			bres[t] *= inv
		}
		out = append(out, bres)
		if partner != nil {
			for t := range bpres {
				bpres[t] *= inv
			}
			outP = append(outP, bpres)
		}
		idx = append(idx, bj)
	}
	return out, outP, idx
}

// eighEmbedC computes the eigenvalues (ascending) and eigenvectors of the
// Hermitian n×n matrix whose lower triangle is in a through the real
// symmetric 2n×2n embedding [[Re, −Im], [Im, Re]], whose eigenvalues are
// those of A, each twice: an eigenvector (x, y) of the embedding gives the
// eigenvector x + i·y of A. With vectors false only the values are formed.
func eighEmbedC(a []complex128, n int, vectors bool) (w []float64, v []complex128, ok bool) {
	sym := mat.NewSymDense(2*n, nil)
	for i := 0; i < n; i++ {
		for j := 0; j <= i; j++ {
			z := a[i*n+j]
			if i == j {
				z = complex(real(z), 0)
			}
			sym.SetSym(i, j, real(z))
			sym.SetSym(n+i, n+j, real(z))
			sym.SetSym(n+i, j, imag(z))
			sym.SetSym(n+j, i, -imag(z))
		}
	}
	var es mat.EigenSym
	if !es.Factorize(sym, vectors) {
		return nil, nil, false
	}
	w2 := es.Values(nil)
	w = make([]float64, n)
	for i := range w {
		w[i] = w2[2*i]
	}
	if !vectors {
		return w, nil, true
	}
	var vm mat.Dense
	es.VectorsTo(&vm)
	cands := make([][]complex128, 2*n)
	for j := range cands {
		c := make([]complex128, n)
		for i := 0; i < n; i++ {
			c[i] = complex(vm.At(i, j), vm.At(n+i, j))
		}
		cands[j] = c
	}
	scale := math.Max(math.Abs(w2[0]), math.Abs(w2[2*n-1]))
	tol := 1e3 * float64(n) * 0x1p-52 * math.Max(scale, 1e-300)
	vs, _, _ := pickFromCandidates(cands, nil, w2, n, tol)
	if vs == nil {
		return nil, nil, false
	}
	v = make([]complex128, n*n)
	for k, c := range vs {
		for i := 0; i < n; i++ {
			v[i*n+k] = c[i]
		}
	}
	return w, v, true
}

// svdEmbedC is svdC through the real 2M×2N embedding [[Re, −Im], [Im, Re]]
// of A, whose singular values are those of A, each twice, and whose
// singular pairs ((p, q), (x, y)) give singular pairs u = p + i·q,
// v = x + i·y of A with A·v = σ·u. One pair is taken per singular value
// (pivoted inside clusters of equal ones, the same combination applied to
// u and v); the vectors of zero singular values, and the extra columns of
// the full SVD, complete U and V by Householder QR.
func svdEmbedC(a []complex128, m, n int, full bool) (u []complex128, s []float64, vh []complex128, ok bool) {
	k := min(m, n)
	ucols, vrows := k, k
	if full {
		ucols, vrows = m, n
	}
	rm := mat.NewDense(2*m, 2*n, nil)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			z := a[i*n+j]
			rm.Set(i, j, real(z))
			rm.Set(i, n+j, -imag(z))
			rm.Set(m+i, j, imag(z))
			rm.Set(m+i, n+j, real(z))
		}
	}
	var d mat.SVD
	if !d.Factorize(rm, mat.SVDThin) {
		return nil, nil, nil, false
	}
	s2 := d.Values(nil)
	var ur, vr mat.Dense
	d.UTo(&ur)
	d.VTo(&vr)
	s = make([]float64, k)
	for i := range s {
		s[i] = s2[2*i]
	}
	zt := float64(max(m, n)) * 0x1p-52 * s2[0]
	r := 0
	for r < k && s[r] > zt {
		r++
	}
	lc := make([][]complex128, 2*k)
	rc := make([][]complex128, 2*k)
	vals := make([]float64, 2*k)
	for j := 0; j < 2*k; j++ {
		lc[j] = make([]complex128, m)
		for i := 0; i < m; i++ {
			lc[j][i] = complex(ur.At(i, j), ur.At(m+i, j))
		}
		rc[j] = make([]complex128, n)
		for i := 0; i < n; i++ {
			rc[j][i] = complex(vr.At(i, j), vr.At(n+i, j))
		}
		vals[j] = -s2[j]
	}
	tol := 1e3 * float64(max(m, n)) * 0x1p-52 * math.Max(s2[0], 1e-300)
	us, vs, _ := pickFromCandidates(lc, rc, vals, r, tol)
	if us == nil && r > 0 {
		return nil, nil, nil, false
	}
	ub := make([]complex128, m*max(r, 1))
	vb := make([]complex128, n*max(r, 1))
	for j := 0; j < r; j++ {
		for i := 0; i < m; i++ {
			ub[i*max(r, 1)+j] = us[j][i]
		}
		for i := 0; i < n; i++ {
			vb[i*max(r, 1)+j] = vs[j][i]
		}
	}
	u = completeUnitaryC(ub, m, max(r, 1), r, ucols)
	v := completeUnitaryC(vb, n, max(r, 1), r, vrows)
	vh = make([]complex128, vrows*n)
	for i := 0; i < vrows; i++ {
		for j := 0; j < n; j++ {
			vh[i*n+j] = cmplx.Conj(v[j*vrows+i])
		}
	}
	return u, s, vh, true
}

// eigEmbedC computes the eigenvalues and right eigenvectors of the general
// complex n×n matrix a through the real 2n×2n embedding R = [[Re, −Im],
// [Im, Re]], whose spectrum is that of A together with its conjugate: an
// eigenvector (p, q) of R for μ gives A·(p + i·q) = μ·(p + i·q), and
// p + i·q vanishes exactly for the eigenvectors that belong to conj(A).
// Eigenvalues of R within a cluster tolerance are grouped; in each group
// the nonzero vectors p + i·q span A's eigenspace, of which an orthonormal
// basis is taken by pivoted orthogonalisation. Each vector is then scaled
// to unit norm with its largest component real, as LAPACK's zgeev does.
// ok is false when the groups do not yield n eigenvectors (A defective or
// too close to it).
func eigEmbedC(a []complex128, n int) (w []complex128, v []complex128, ok bool) {
	r := mat.NewDense(2*n, 2*n, nil)
	var anorm float64
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			z := a[i*n+j]
			r.Set(i, j, real(z))
			r.Set(i, n+j, -imag(z))
			r.Set(n+i, j, imag(z))
			r.Set(n+i, n+j, real(z))
			anorm = math.Max(anorm, cmplx.Abs(z))
		}
	}
	var e mat.Eigen
	if !e.Factorize(r, mat.EigenRight) {
		return nil, nil, false
	}
	mu := e.Values(nil)
	var vm mat.CDense
	e.VectorsTo(&vm)
	tol := 1e-9 * math.Max(anorm, 1e-300) * float64(n)
	used := make([]bool, 2*n)
	for i := 0; i < 2*n && len(w) < n; i++ {
		if used[i] {
			continue
		}
		var group []int
		for j := i; j < 2*n; j++ {
			if !used[j] && cmplx.Abs(mu[j]-mu[i]) <= tol {
				group = append(group, j)
				used[j] = true
			}
		}
		var basis [][]complex128
		for {
			best, bz := 0.0, []complex128(nil)
			for _, j := range group {
				z := make([]complex128, n)
				for k := 0; k < n; k++ {
					z[k] = vm.At(k, j) + complex(0, 1)*vm.At(n+k, j)
				}
				for pass := 0; pass < 2; pass++ {
					for _, q := range basis {
						var c complex128
						for k := range z {
							c += cmplx.Conj(q[k]) * z[k]
						}
						for k := range z {
							z[k] -= c * q[k]
						}
					}
				}
				var nz float64
				for _, x := range z {
					nz = math.Hypot(nz, cmplx.Abs(x))
				}
				if nz > best {
					best, bz = nz, z
				}
			}
			if best < 0.1 {
				break
			}
			for k := range bz {
				bz[k] /= complex(best, 0)
			}
			basis = append(basis, bz)
		}
		for _, z := range basis {
			// Largest component real and positive, as zgeev leaves it.
			big, bk := -1.0, 0
			for k, x := range z {
				if ax := cmplx.Abs(x); ax > big {
					big, bk = ax, k
				}
			}
			ph := cmplx.Conj(z[bk]) / complex(cmplx.Abs(z[bk]), 0)
			for k := range z {
				z[k] *= ph
			}
			z[bk] = complex(real(z[bk]), 0)
			// The Rayleigh quotient refines the eigenvalue of the group.
			var num complex128
			for p := 0; p < n; p++ {
				var az complex128
				for q := 0; q < n; q++ {
					az += a[p*n+q] * z[q]
				}
				num += cmplx.Conj(z[p]) * az
			}
			w = append(w, num)
			v = append(v, z...)
		}
	}
	if len(w) != n {
		return nil, nil, false
	}
	// v holds the vectors as rows; return them as columns.
	vc := make([]complex128, n*n)
	for j := 0; j < n; j++ {
		for k := 0; k < n; k++ {
			vc[k*n+j] = v[j*n+k]
		}
	}
	return w, vc, true
}
