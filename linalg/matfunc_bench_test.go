package linalg

import (
	"math/rand/v2"
	"testing"
)

// mfBenchMatrix is the n×n matrix diag·I + N/scale with N standard normal
// (rand.NewPCG(1, 2)), the kind the timing compares with SciPy.
func mfBenchMatrix(n int, diag, scale float64) *Array {
	r := rand.New(rand.NewPCG(1, 2))
	x := make([]float64, n*n)
	for i := range x {
		x[i] = r.NormFloat64() / scale
	}
	for i := 0; i < n; i++ {
		x[i*n+i] += diag
	}
	a, _ := NewFloat64([]int{n, n}, x)
	return a
}

// BenchmarkExpm200 is scipy.linalg.expm of a 200×200 N/10; SciPy 1.17:
// python -m timeit -s 'import numpy as np, scipy.linalg as s;
// a=np.random.default_rng(0).normal(size=(200,200))/10' 's.expm(a)'.
func BenchmarkExpm200(b *testing.B) {
	a := mfBenchMatrix(200, 0, 10)
	for b.Loop() {
		if _, err := Expm(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSqrtm200 is scipy.linalg.sqrtm of a 200×200 3·I + N/20 (real
// Schur form with 2×2 blocks, a real root); SciPy 1.17:
// python -m timeit -s 'import numpy as np, scipy.linalg as s;
// a=np.eye(200)*3+np.random.default_rng(0).normal(size=(200,200))/20' 's.sqrtm(a)'.
func BenchmarkSqrtm200(b *testing.B) {
	a := mfBenchMatrix(200, 3, 20)
	for b.Loop() {
		if _, _, _, err := Sqrtm(a); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLogm200 is scipy.linalg.logm of the matrix of Sqrtm200 (its
// Schur form has 2×2 blocks, so the logarithm is taken in complex
// arithmetic as SciPy does); SciPy 1.17: python -m timeit -s 'import
// numpy as np, scipy.linalg as s; a=np.eye(200)*3+np.random.default_rng(0).normal(size=(200,200))/20' 's.logm(a)'.
func BenchmarkLogm200(b *testing.B) {
	a := mfBenchMatrix(200, 3, 20)
	for b.Loop() {
		if _, _, err := Logm(a); err != nil {
			b.Fatal(err)
		}
	}
}
