package eval_test

import (
	"context"
	"testing"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/sci"
)

// discard is an Output that drops everything.
type discard struct{}

func (discard) Stream(name, text string)              {}
func (discard) Display(data, metadata map[string]any) {}
func (discard) ClearOutput(wait bool)                 {}
func (discard) Payload(p map[string]any)              {}
func (discard) Result(data, metadata map[string]any)  {}

// FuzzExecute checks that no cell panics or hangs the interpreter.
func FuzzExecute(f *testing.F) {
	for _, s := range []string{"x = [1, 2]\nx[5]", "def f(a, *b, **c): return a\nf(1, 2, k=3)", "'%s %d' % (1, 2)",
		"f'{1:>{2}}'", "import numpy as np\nnp.array([[1, 2], [3, 4]]) @ [1, 2]", "a, *b = 'xyz'", "{1: 2} | {3: 4}",
		"try:\n  1/0\nexcept Exception as e:\n  raise ValueError from e", "sorted([3, 1], key=lambda v: -v)",
		"del _i1\nprint(_i1 if '_i1' in globals() else In[1], dir())", "%reset -f\n_i1 = _i"} {
		f.Add(s)
	}
	// Python-valid cells such as f'{0:1000000000}' build gigabyte strings;
	// the fuzzer looks for crashes and hangs, not for the machine's memory
	// bandwidth, so the caps are lowered while it runs.
	defer eval.SetLimitsForTest(1<<22, 1<<18)()
	f.Fuzz(func(t *testing.T, src string) {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		defer cancel()
		in := eval.New(eval.Options{Modules: sci.Modules()})
		err := in.Execute(ctx, eval.Cell{Code: src, Count: 1}, discard{})
		if pe, ok := err.(*eval.PyError); ok && pe.Name == "SystemError" {
			t.Fatalf("internal error on %q: %s", src, pe.Value)
		}
	})
}
