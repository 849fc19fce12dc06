// scipy.linalg.inv in OpenBLAS's operation order (issue 18). SciPy 1.17
// inverts each matrix by its structure, detected on its own copy: a
// diagonal matrix entry by entry, a triangular one by trtri, a symmetric
// one by Cholesky (potrf, potri) or else sytrf/sytri, and any other by
// getrf, gecon (the condition estimate behind its LinAlgWarning) and
// getri. getrf and trtri are OpenBLAS's own; getri is reference LAPACK's
// dgetri, built with OpenBLAS's BLAS.

package linalg

// sciPyInvMax is the largest order for which scipy.linalg.inv follows
// OpenBLAS: beyond 64 dgetri works by blocks of 64 and OpenBLAS's trtri
// runs in parallel.
const sciPyInvMax = 64

// sciPyInvFloat inverts the row-major n×n matrix a (1 ≤ n ≤
// sciPyInvMax) in place as scipy.linalg.inv does, for the structures
// whose operations golinalg follows: diagonal, upper or lower triangular, and general. It
// reports whether a is singular (LAPACK's info > 0; a is then
// unspecified), and ok = false, with a untouched, for a symmetric matrix
// that is not triangular.
func sciPyInvFloat(a []float64, n int, piv []int) (singular, ok bool) {
	lower, upper := true, true // no entries above, or below, the diagonal
	for i := 0; i < n && (lower || upper); i++ {
		for j := 0; j < n; j++ {
			if a[i*n+j] != 0 {
				if j > i {
					lower = false
				} else if j < i {
					upper = false
				}
			}
		}
	}
	switch {
	case lower && upper:
		// invert_slice_diagonal: the reciprocals, stopping at a zero.
		for i := 0; i < n; i++ {
			d := a[i*n+i]
			if d == 0 {
				return true, true
			}
			a[i*n+i] = 1 / d
		}
		return false, true
	case upper || lower:
		// trtri: singular on a zero on the diagonal (OpenBLAS checks the
		// smallest magnitude first), else trti2; then SciPy zeroes the
		// other triangle.
		for i := 0; i < n; i++ {
			if a[i*n+i] == 0 {
				return true, true
			}
		}
		if upper {
			obTrti2U(a, n, n)
		} else {
			obTrti2L(a, n, n)
		}
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				if (upper && j < i) || (!upper && j > i) {
					a[i*n+j] = 0
				}
			}
		}
		return false, true
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if a[i*n+j] != a[j*n+i] {
				// General: getrf, getri.
				if obGetrf(a, n, n, n, piv) >= 0 {
					return true, true
				}
				return obGetri(a, n, piv), true
			}
		}
	}
	return false, false
}

// obGetri overwrites the factors lu, piv of obGetrf (n ≤ sciPyInvMax) with
// A⁻¹ as LAPACK's dgetri does when its block size (64) is at least n:
// U⁻¹ by OpenBLAS's trtri (obTrti2U), then for j from the last column to
// the first, the multipliers of column j are moved out (the column below
// the diagonal set to zero) and column j updated by dgemv_n with α = -1
// over the columns on its right (A·L⁻¹ column by column), and last the
// columns interchanged as piv says, from the last pivot back. It reports
// a zero on U's diagonal (trtri's info > 0).
func obGetri(lu []float64, n int, piv []int) (singular bool) {
	for i := 0; i < n; i++ {
		if lu[i*n+i] == 0 {
			return true
		}
	}
	obTrti2U(lu, n, n)
	var work [sciPyInvMax]float64
	for j := n - 1; j >= 0; j-- {
		for i := j + 1; i < n; i++ {
			work[i] = lu[i*n+j]
			lu[i*n+j] = 0
		}
		if j < n-1 {
			obGemvN(lu[j+1:], n, n-j-1, n, work[j+1:], 1, lu[j:], n)
		}
	}
	for j := n - 2; j >= 0; j-- {
		if p := piv[j]; p != j {
			for i := 0; i < n; i++ {
				lu[i*n+j], lu[i*n+p] = lu[i*n+p], lu[i*n+j]
			}
		}
	}
	return false
}

// obTrti2U overwrites the upper triangle of the n×n row-major a (row
// stride lda; no zero on the diagonal) with its inverse as OpenBLAS's
// trti2_U: for each column j from the first, the diagonal's reciprocal r,
// then the column above it multiplied by the inverse found so far (trmv:
// for i from the top, daxpy of the entries above i with x_i times column
// i, then x_i times the diagonal), then scaled by -r (dscal; -r = 0
// stores zeros).
func obTrti2U(a []float64, n, lda int) {
	var x [sciPyInvMax]float64
	for j := 0; j < n; j++ {
		r := 1 / a[j*lda+j]
		a[j*lda+j] = r
		for i := 0; i < j; i++ {
			x[i] = a[i*lda+j]
		}
		for i := 0; i < j; i++ {
			if i > 0 {
				obAxpyCol(x[i], a[i:], lda, x[:i])
			}
			x[i] *= a[i*lda+i]
		}
		obScalNeg(x[:j], r)
		for i := 0; i < j; i++ {
			a[i*lda+j] = x[i]
		}
	}
}

// obTrti2L is obTrti2U for the lower triangle (trti2_L): columns from
// the last, each column below the diagonal multiplied by the inverse of
// the trailing block (trmv from the bottom: for each entry, daxpy of the
// entries below it with it times its column, then it times the
// diagonal), then scaled by -r.
func obTrti2L(a []float64, n, lda int) {
	var x [sciPyInvMax]float64
	for j := n - 1; j >= 0; j-- {
		r := 1 / a[j*lda+j]
		a[j*lda+j] = r
		m := n - j - 1
		if m == 0 {
			continue
		}
		b := a[(j+1)*lda+j+1:] // the inverted trailing block
		for i := 0; i < m; i++ {
			x[i] = a[(j+1+i)*lda+j]
		}
		for t := 0; t < m; t++ {
			p := m - t - 1
			if t > 0 {
				obAxpyCol(x[p], b[(p+1)*lda+p:], lda, x[p+1:m])
			}
			x[p] *= b[p*lda+p]
		}
		obScalNeg(x[:m], r)
		for i := 0; i < m; i++ {
			a[(j+1+i)*lda+j] = x[i]
		}
	}
}

// obScalNeg is OpenBLAS's dscal of x by -r: zeros when -r is zero (an
// infinite diagonal), else the products.
func obScalNeg(x []float64, r float64) {
	s := -r
	if s == 0 {
		clear(x)
		return
	}
	for i := range x {
		x[i] *= s
	}
}
