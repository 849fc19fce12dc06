//go:build openblas && cgo

package linalg

import "github.com/golinalg/golinalg/linalg/internal/openblas"

// With the build tag openblas, large matrix products go through OpenBLAS
// (cgo, Debian's libopenblas-dev, by gonum.org/v1/netlib's cblas binding).
// The recursive LU and triangular solves above them stay in Go, so they
// still poll for interrupts between blocks.
func init() { cgemm = openblas.Dgemm }
