//go:build !amd64 || purego

package linalg

const hasAVX2FMA = false

func microKernel(kc int, alpha float64, a, b, c []float64, ldc int) {
	microKernelGo(kc, alpha, a, b, c, ldc)
}
