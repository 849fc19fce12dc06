//go:build !purego

package linalg

// hasAVX2FMA reports whether the CPU and the operating system support the
// AVX2 and FMA3 instructions of the assembly micro-kernel.
var hasAVX2FMA = func() bool {
	maxLeaf, _, _, _ := cpuid(0, 0)
	if maxLeaf < 7 {
		return false
	}
	_, _, ecx1, _ := cpuid(1, 0)
	const fma, osxsave, avx = 1 << 12, 1 << 27, 1 << 28
	if ecx1&(fma|osxsave|avx) != fma|osxsave|avx {
		return false
	}
	if xcr0, _ := xgetbv(); xcr0&6 != 6 { // XMM and YMM state enabled
		return false
	}
	_, ebx7, _, _ := cpuid(7, 0)
	return ebx7&(1<<5) != 0
}()

func cpuid(eaxArg, ecxArg uint32) (eax, ebx, ecx, edx uint32)

func xgetbv() (eax, edx uint32)

// kernel6x8 is microKernelGo in AVX2 and FMA3 assembly.
//
//go:noescape
func kernel6x8(kc int, alpha float64, a, b, c *float64, ldc int)

func microKernel(kc int, alpha float64, a, b, c []float64, ldc int) {
	if !hasAVX2FMA {
		microKernelGo(kc, alpha, a, b, c, ldc)
		return
	}
	_ = a[kc*gemmMR-1]
	_ = b[kc*gemmNR-1]
	_ = c[(gemmMR-1)*ldc+gemmNR-1]
	kernel6x8(kc, alpha, &a[0], &b[0], &c[0], ldc)
}
