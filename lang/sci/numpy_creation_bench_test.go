package sci

import "testing"

// Hot creation and elementwise calls, 1000 per iteration (see
// benchLinalgLoop).
func BenchmarkNpArrayList1000(b *testing.B) { benchLinalgLoop(b, "np.array([1.0, 2.0, 3.0])") }
func BenchmarkNpArange1000(b *testing.B)    { benchLinalgLoop(b, "np.arange(10)") }
func BenchmarkNpZeros1000(b *testing.B)     { benchLinalgLoop(b, "np.zeros((3, 3))") }
func BenchmarkNpAdd1000(b *testing.B)       { benchLinalgLoop(b, "np.add(b10, b10)") }
func BenchmarkNpSum1000(b *testing.B)       { benchLinalgLoop(b, "np.sum(A10, axis=0)") }
func BenchmarkNpDot1000(b *testing.B)       { benchLinalgLoop(b, "np.dot(A10, b10)") }
