package eval

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// TestPlannedCallTraceback checks the frames a traceback shows through
// calls bound by a call plan (keyword and default arguments), a
// one-return body and a list comprehension over a range.
func TestPlannedCallTraceback(t *testing.T) {
	in := New(Options{})
	src := "def g(a, b=1, *, c=2):\n    return [a / (i - c) for i in range(b, 5)]\ndef h(x):\n    return g(x, c=3)\nh(1)"
	err := in.Execute(context.Background(), Cell{Code: src, Count: 7}, &evaltest.Recorder{})
	pe, ok := err.(*PyError)
	if !ok || pe.Name != "ZeroDivisionError" {
		t.Fatalf("got %v", err)
	}
	tb := strings.Join(pe.Traceback, "\n")
	for _, want := range []string{
		"In[7]\x1b[39m\x1b[32m, line 5\x1b[39m",
		", line 4\x1b[39m, in \x1b[36mh\x1b[39m\x1b[34m(x)\x1b[39m",
		", line 2\x1b[39m, in \x1b[36mg\x1b[39m\x1b[34m(a, b, c)\x1b[39m",
		"in \x1b[36m<listcomp>\x1b[39m\x1b[34m(.0)\x1b[39m",
	} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
	if strings.Index(tb, "in \x1b[36mh") > strings.Index(tb, "in \x1b[36mg") {
		t.Errorf("frames out of order:\n%s", tb)
	}
}

// TestFastPathsInterruptible checks that loops of planned calls,
// comprehensions and generator expressions over ranges stop with
// KeyboardInterrupt when the context is cancelled.
func TestFastPathsInterruptible(t *testing.T) {
	for _, src := range []string{
		"def f(a, b=1):\n    return a + b\nfor i in range(10**12):\n    f(i, b=2)",
		"def f(n):\n    return [i * 2 for i in range(n)]\nf(10**8)",
		"sum(i * i for i in range(10**12) if i % 3)",
		"[i for i in range(10**12) if i < 0]",
	} {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		err := New(Options{}).Execute(ctx, Cell{Code: src, Count: 1}, &evaltest.Recorder{})
		cancel()
		pe, ok := err.(*PyError)
		if !ok || pe.Name != "KeyboardInterrupt" {
			t.Errorf("%q: got %v, want KeyboardInterrupt", src, err)
		}
	}
}
