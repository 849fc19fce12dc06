package linalg

import (
	"math/rand/v2"
	"testing"
)

// Benchmarks of the Schur and Hessenberg decompositions by size, to
// compare with SciPy's (python -m timeit -s 'import numpy as np,
// scipy.linalg as s; a=np.random.default_rng(0).normal(size=(200,200))'
// 's.schur(a)').
func benchSquare(b *testing.B, n int, cplx bool, f func(a *Array)) {
	rng := rand.New(rand.NewPCG(0, 1))
	a := randMatrix(rng, n, cplx)
	b.ResetTimer()
	for range b.N {
		f(a)
	}
}

func BenchmarkSchur200(b *testing.B) {
	benchSquare(b, 200, false, func(a *Array) { Schur(a, "real", nil) })
}

func BenchmarkSchurComplex200(b *testing.B) {
	benchSquare(b, 200, true, func(a *Array) { Schur(a, "complex", nil) })
}

func BenchmarkHessenberg200(b *testing.B) {
	benchSquare(b, 200, false, func(a *Array) { Hessenberg(a, false) })
}

func BenchmarkHessenbergQ200(b *testing.B) {
	benchSquare(b, 200, false, func(a *Array) { Hessenberg(a, true) })
}

func BenchmarkQZ100(b *testing.B) {
	rng := rand.New(rand.NewPCG(0, 1))
	x, y := randMatrix(rng, 100, false), randMatrix(rng, 100, false)
	b.ResetTimer()
	for range b.N {
		QZ(x, y, "real")
	}
}
