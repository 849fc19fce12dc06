package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/lapack/gonum"
)

// blockedMin is the order from which LU goes through gonum's blocked,
// BLAS-3 Dgetrf rather than the unblocked kernel in lu.go.
const blockedMin = 24

var impl gonum.Implementation

// invBlocked writes inv(A) for the row-major n×n matrix a (overwritten by
// its LU factors) into x, by Dgetrf and Dgetrs on the identity as LAPACK's
// dgesv does. It reports false, leaving x unspecified, when a pivot is
// exactly zero.
func invBlocked(a []float64, n int, piv []int, x []float64) bool {
	if !impl.Dgetrf(n, n, a, n, piv) {
		return false
	}
	clear(x[:n*n])
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	impl.Dgetrs(blas.NoTrans, n, n, a, n, piv, x, n)
	return true
}
