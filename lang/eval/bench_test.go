package eval

import (
	"context"
	"testing"

	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

func benchCell(b *testing.B, src string) {
	in := New(Options{})
	for i := 0; i < b.N; i++ {
		if err := in.Execute(context.Background(), Cell{Code: src, Count: 1}, &evaltest.Recorder{}); err != nil {
			b.Fatal(err)
		}
	}
}

// The same cells can be timed in CPython for the ratios of issue 5.
func BenchmarkLoop1e6(b *testing.B) {
	benchCell(b, "s = 0\nfor i in range(1000000):\n    s += i")
}
func BenchmarkComprehension(b *testing.B) {
	benchCell(b, "x = [i * 2 for i in range(100000)]")
}
func BenchmarkCalls1e5(b *testing.B) {
	benchCell(b, "def f(a, b):\n    return a + b\nfor i in range(100000):\n    f(i, 1)")
}
func BenchmarkGenexprSum(b *testing.B) {
	benchCell(b, "s = sum(i * i for i in range(100000))")
}
func BenchmarkKwargsCalls1e5(b *testing.B) {
	benchCell(b, "def g(a, b=1, *, c=2):\n    return a + b + c\nfor i in range(100000):\n    g(i, c=3)")
}
func BenchmarkBuiltinCalls1e5(b *testing.B) {
	benchCell(b, "x = [1, 2]\nfor i in range(100000):\n    abs(i)\n    len(x)")
}
