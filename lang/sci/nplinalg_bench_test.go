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

// loopCalls are the statements BenchmarkCalls1000 times: linalg calls,
// ndarray methods, manipulation and product functions, creation and
// elementwise calls, and an empty loop for the interpreter's own cost.
var loopCalls = []struct{ name, stmt string }{
	{"NpInv2", "np.linalg.inv(A2)"},
	{"NpInv10", "np.linalg.inv(A10)"},
	{"NpSolve10", "np.linalg.solve(A10, b10)"},
	{"NpDet10", "np.linalg.det(A10)"},
	{"NpSlogdet10", "np.linalg.slogdet(A10)"},
	{"NpPass", "pass"},
	{"ArraySum", "A10.sum()"},
	{"ArrayMaxAxis", "A10.max(axis=0)"},
	{"ArrayReshape", "b10.reshape(2, 5)"},
	{"ArrayDot", "A10.dot(b10)"},
	{"ArrayT", "A10.T"},
	{"ArrayShape", "A10.shape"},
	{"ArrayItem", "b10.item(3)"},
	{"NpWhere", "np.where(b10 > 0.5, b10, 0.0)"},
	{"NpClip", "np.clip(b10, 0.2, 0.8)"},
	{"NpCumsum", "np.cumsum(b10)"},
	{"NpOuter", "np.outer(b10, b10)"},
	{"NpTrace", "np.trace(A10)"},
	{"NpEinsum", "np.einsum('ij,j->i', A10, b10)"},
	{"NpArrayList", "np.array([1.0, 2.0, 3.0])"},
	{"NpArange", "np.arange(10)"},
	{"NpZeros", "np.zeros((3, 3))"},
	{"NpAdd", "np.add(b10, b10)"},
	{"NpSum", "np.sum(A10, axis=0)"},
	{"NpDot", "np.dot(A10, b10)"},
}

// BenchmarkCalls1000 times each of loopCalls, 1000 calls an iteration
// (benchLinalgLoop): ns/op divided by 1000 is the time per call, and the
// binder's cost per call shows against the interpreter's.
func BenchmarkCalls1000(b *testing.B) {
	for _, c := range loopCalls {
		b.Run(c.name, func(b *testing.B) { benchLinalgLoop(b, c.stmt) })
	}
}
