package linalg

// Hessenberg is scipy.linalg.hessenberg for one square matrix: the
// decomposition A = Q·H·Qᴴ with Q unitary and H upper Hessenberg (zero
// below the first subdiagonal, those entries exactly 0), by Householder
// reflections H(0)·…·H(n−2) as LAPACK's gehrd computes it and orghr/unghr
// forms Q (G. H. Golub and C. F. Van Loan, Matrix Computations, §7.4.3).
// q is nil unless calcQ. Integer and boolean input is computed in
// float64; a matrix of order 2 or less is already Hessenberg and comes back
// as it is (its own dtype, as SciPy returns it) with Q the float64
// identity. Errors:
//
//	ValueError "expected square matrix"
func Hessenberg(a *Array, calcQ bool) (h, q *Array, err error) {
	if len(a.shape) != 2 || a.shape[0] != a.shape[1] {
		return nil, nil, valueErr("expected square matrix")
	}
	n := a.shape[0]
	if n == 0 {
		d := inexact(a).dtype
		return newArray(d, []int{0, 0}), newArray(d, []int{0, 0}), nil
	}
	if n <= 2 {
		if calcQ {
			q, _ = Identity(Float64, n)
		}
		return a.Copy(), q, nil
	}
	a = inexact(a)
	if a.dtype == Complex128 {
		hc := append([]complex128(nil), a.Complex128s()...)
		tau := make([]complex128, n)
		gehd2C(n, 0, n-1, hc, tau, make([]complex128, n))
		if calcQ {
			q, _ = NewComplex128([]int{n, n}, unghrC(n, 0, n-1, hc, tau))
		}
		for i := 2; i < n; i++ {
			clear(hc[i*n : i*n+i-1])
		}
		h, _ = NewComplex128([]int{n, n}, hc)
		return h, q, nil
	}
	hf := append([]float64(nil), a.Float64s()...)
	tau := make([]float64, n-1)
	work := make([]float64, 1)
	lapack64.Dgehrd(n, 0, n-1, hf, n, tau, work, -1)
	work = make([]float64, max(int(work[0]), n))
	lapack64.Dgehrd(n, 0, n-1, hf, n, tau, work, len(work))
	if calcQ {
		qf := append([]float64(nil), hf...)
		lapack64.Dorghr(n, 0, n-1, qf, n, tau, work, -1)
		if lw := int(work[0]); lw > len(work) {
			work = make([]float64, lw)
		}
		lapack64.Dorghr(n, 0, n-1, qf, n, tau, work, len(work))
		q, _ = NewFloat64([]int{n, n}, qf)
	}
	for i := 2; i < n; i++ {
		clear(hf[i*n : i*n+i-1])
	}
	h, _ = NewFloat64([]int{n, n}, hf)
	return h, q, nil
}

// MatrixBalance is scipy.linalg.matrix_balance for one square matrix: the
// balanced B = T⁻¹·A·T of LAPACK's gebal (see gebal), where T = D·P is a
// permutation P (when permute) and a diagonal scaling D by powers of 2
// (when scale), which leaves the eigenvalues unchanged and makes the rows
// and columns of comparable norm. It returns B (float64 or complex128),
// the diagonal of D (float64) and the permutation as an index array perm
// (int64) with T = diag(scaling)[inverse of perm, :] as SciPy builds it.
// Errors:
//
//	ValueError "The data matrix for balancing should be square."
//	ValueError "array must not contain infs or NaNs"
func MatrixBalance(a *Array, permute, scale bool) (b, scaling, perm *Array, err error) {
	a = atLeast2D(a)
	if err := CheckFinite(a); err != nil {
		return nil, nil, nil, err
	}
	if len(a.shape) != 2 || a.shape[0] != a.shape[1] {
		return nil, nil, nil, valueErr("The data matrix for balancing should be square.")
	}
	a = inexact(a)
	n := a.shape[0]
	ps := make([]float64, n)
	var lo, hi int
	if a.dtype == Complex128 {
		d := append([]complex128(nil), a.Complex128s()...)
		lo, hi = gebal(permute, scale, n, d, ps)
		b, _ = NewComplex128([]int{n, n}, d)
	} else {
		d := append([]float64(nil), a.Float64s()...)
		lo, hi = gebal(permute, scale, n, d, ps)
		b, _ = NewFloat64([]int{n, n}, d)
	}
	sc := make([]float64, n)
	pm := make([]int64, n)
	for i := range n {
		sc[i] = 1
		pm[i] = int64(i)
	}
	if n > 0 {
		copy(sc[lo:hi+1], ps[lo:hi+1])
		// gebal permuted with the order n−1 → hi first, then 0 → lo.
		for ind := 1; ind <= n-1-hi; ind++ {
			x := int(ps[n-ind])
			if x != n-ind {
				pm[x], pm[n-ind] = pm[n-ind], pm[x]
			}
		}
		for ind := 0; ind < lo; ind++ {
			x := int(ps[ind])
			if x != ind {
				pm[x], pm[ind] = pm[ind], pm[x]
			}
		}
	}
	scaling, _ = NewFloat64([]int{n}, sc)
	perm, _ = NewInt64([]int{n}, pm)
	return b, scaling, perm, nil
}

// BalanceTransform is T = diag(scaling)[iperm, :] of matrix_balance, with
// iperm the inverse of perm: B = T⁻¹·A·T.
func BalanceTransform(scaling, perm *Array) *Array {
	n := scaling.shape[0]
	sc, pm := scaling.Float64s(), perm.Int64s()
	t := make([]float64, n*n)
	for i := range n {
		// Row perm[i] of T is row i of diag(scaling).
		t[int(pm[i])*n+i] = sc[i]
	}
	x, _ := NewFloat64([]int{n, n}, t)
	return x
}
