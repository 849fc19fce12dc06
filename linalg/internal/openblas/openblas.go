//go:build cgo

// Package openblas links OpenBLAS (Debian's libopenblas-dev) for linalg's
// build tag openblas and exposes the one BLAS routine linalg uses from it.
// It is a package of its own because linalg has Go assembly, which a
// package using cgo may not have.
package openblas

/*
#cgo LDFLAGS: -lopenblas
*/
import "C"

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/netlib/blas/netlib"
)

// Dgemm computes C = β·C + α·A·B for row-major A (m×k), B (k×n) and
// C (m×n) with leading dimensions lda, ldb and ldc, by OpenBLAS's dgemm.
func Dgemm(m, n, k int, alpha float64, a []float64, lda int, b []float64, ldb int, beta float64, c []float64, ldc int) {
	netlib.Implementation{}.Dgemm(blas.NoTrans, blas.NoTrans, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}
