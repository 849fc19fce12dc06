package sci

import (
	"context"
	"testing"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// benchLinalgLoop times 1000 calls of stmt in a Python loop, after setup,
// so that the interpreter's call overhead counts as in %timeit.
func benchLinalgLoop(b *testing.B, stmt string) {
	in := eval.New(eval.Options{Modules: Modules()})
	setup := "import numpy as np\nnp.random.seed(0)\nA2 = np.random.rand(2, 2)\n" +
		"A10 = np.random.rand(10, 10)\nb10 = np.random.rand(10)\nS2 = np.random.rand(100, 2, 2)\n" +
		"A100 = np.random.rand(100, 100)\nS10 = np.random.rand(100, 10, 10)"
	if err := in.Execute(context.Background(), eval.Cell{Code: setup, Count: 1}, &evaltest.Recorder{}); err != nil {
		b.Fatal(err)
	}
	src := "for _i in range(1000):\n    " + stmt
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := in.Execute(context.Background(), eval.Cell{Code: src, Count: 2}, &evaltest.Recorder{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Each iteration is 1000 calls: ns/op divided by 1000 is the time per call.
func BenchmarkNpInv2x1000(b *testing.B)      { benchLinalgLoop(b, "np.linalg.inv(A2)") }
func BenchmarkNpInv10x1000(b *testing.B)     { benchLinalgLoop(b, "np.linalg.inv(A10)") }
func BenchmarkNpSolve10x1000(b *testing.B)   { benchLinalgLoop(b, "np.linalg.solve(A10, b10)") }
func BenchmarkNpDet10x1000(b *testing.B)     { benchLinalgLoop(b, "np.linalg.det(A10)") }
func BenchmarkNpSlogdet10x1000(b *testing.B) { benchLinalgLoop(b, "np.linalg.slogdet(A10)") }
func BenchmarkNpPass1000(b *testing.B)       { benchLinalgLoop(b, "pass") }
