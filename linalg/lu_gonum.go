package linalg

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/lapack/gonum"
)

// blockedMin is the order from which LU goes through gonum's blocked,
// BLAS-3 Dgetrf rather than the unblocked kernel in lu.go.
const blockedMin = 24

// trsmBlock is the row-block height of the blocked triangular solves.
const trsmBlock = 64

var impl gonum.Implementation

// invBlocked writes inv(A) for the row-major n×n matrix a (overwritten by
// its LU factors) into x. From P·A = L·U, inv(A) = U⁻¹·L⁻¹·P: the unit
// lower triangular L⁻¹ is formed by blocks of rows (its zero upper part
// costs nothing), U⁻¹·L⁻¹ by the blocked back substitution of
// luSolveBlocked, and P is applied to the columns last, as LAPACK's getri
// does; about 4n³/3 flops after the factorisation against 2n³ for solving
// A·X = I. It reports false, leaving x unspecified, when a pivot is exactly
// zero.
func invBlocked(a []float64, n int, piv []int, x []float64) bool {
	if !impl.Dgetrf(n, n, a, n, piv) {
		return false
	}
	clear(x[:n*n])
	for i := 0; i < n; i++ {
		x[i*n+i] = 1
	}
	bl := blas64.Implementation()
	// L·W = I: rows i0:i1 of W are zero beyond column i1.
	for i0 := 0; i0 < n; i0 += trsmBlock {
		i1 := min(i0+trsmBlock, n)
		if i0 > 0 {
			bl.Dgemm(blas.NoTrans, blas.NoTrans, i1-i0, i0, i0, -1, a[i0*n:], n, x, n, 1, x[i0*n:], n)
		}
		bl.Dtrsm(blas.Left, blas.Lower, blas.NoTrans, blas.Unit, i1-i0, i1, 1, a[i0*n+i0:], n, x[i0*n:], n)
	}
	upperSolveBlocked(a, n, x, n)
	// X = V·P: undo the interchanges on the columns, last first.
	for r := 0; r < n; r++ {
		row := x[r*n : r*n+n]
		for j := n - 1; j >= 0; j-- {
			if p := piv[j]; p != j {
				row[j], row[p] = row[p], row[j]
			}
		}
	}
	return true
}

// luSolveBlocked overwrites the row-major n×k matrix x = B with the
// solution of A·X = B from the factors of Dgetrf (P·A = L·U). It applies
// the interchanges, then solves L·Y = P·B and U·X = Y by blocks of rows:
// each block is first updated by one matrix product with the rows already
// solved (blas64 Dgemm, which runs large products in parallel) and then
// solved against its diagonal block of L or U.
func luSolveBlocked(lu []float64, n int, piv []int, x []float64, k int) {
	if n == 0 || k == 0 {
		return
	}
	bl := blas64.Implementation()
	impl.Dlaswp(k, x, k, 0, n-1, piv, 1)
	if k < trsmBlock {
		bl.Dtrsm(blas.Left, blas.Lower, blas.NoTrans, blas.Unit, n, k, 1, lu, n, x, k)
		bl.Dtrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, n, k, 1, lu, n, x, k)
		return
	}
	for i0 := 0; i0 < n; i0 += trsmBlock {
		i1 := min(i0+trsmBlock, n)
		if i0 > 0 {
			bl.Dgemm(blas.NoTrans, blas.NoTrans, i1-i0, k, i0, -1, lu[i0*n:], n, x, k, 1, x[i0*k:], k)
		}
		bl.Dtrsm(blas.Left, blas.Lower, blas.NoTrans, blas.Unit, i1-i0, k, 1, lu[i0*n+i0:], n, x[i0*k:], k)
	}
	upperSolveBlocked(lu, n, x, k)
}

// upperSolveBlocked overwrites the row-major n×k matrix x with U⁻¹·x for
// the upper triangle U of lu, by blocks of rows from the bottom.
func upperSolveBlocked(lu []float64, n int, x []float64, k int) {
	bl := blas64.Implementation()
	for i1 := n; i1 > 0; i1 -= trsmBlock {
		i0 := max(i1-trsmBlock, 0)
		if i1 < n {
			bl.Dgemm(blas.NoTrans, blas.NoTrans, i1-i0, k, n-i1, -1, lu[i0*n+i1:], n, x[i1*k:], k, 1, x[i0*k:], k)
		}
		bl.Dtrsm(blas.Left, blas.Upper, blas.NoTrans, blas.NonUnit, i1-i0, k, 1, lu[i0*n+i0:], n, x[i0*k:], k)
	}
}
