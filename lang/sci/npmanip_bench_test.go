package sci

import "testing"

// Calls of the manipulation and product functions, 1000 per iteration
// (benchLinalgLoop): the binder's cost per call shows against the
// interpreter's.
func BenchmarkNpWhere1000(b *testing.B)  { benchLinalgLoop(b, "np.where(b10 > 0.5, b10, 0.0)") }
func BenchmarkNpClip1000(b *testing.B)   { benchLinalgLoop(b, "np.clip(b10, 0.2, 0.8)") }
func BenchmarkNpCumsum1000(b *testing.B) { benchLinalgLoop(b, "np.cumsum(b10)") }
func BenchmarkNpOuter1000(b *testing.B)  { benchLinalgLoop(b, "np.outer(b10, b10)") }
func BenchmarkNpTrace1000(b *testing.B)  { benchLinalgLoop(b, "np.trace(A10)") }
func BenchmarkNpEinsum1000(b *testing.B) { benchLinalgLoop(b, "np.einsum('ij,j->i', A10, b10)") }
