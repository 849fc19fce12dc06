package sci

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// TestLinalgInterrupt interrupts np.linalg.inv, solve, det and slogdet of a
// 2500×2500 matrix while they factor: each raises KeyboardInterrupt and
// assigns nothing (the statement never completes).
func TestLinalgInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: factorises 2500×2500 matrices")
	}
	in := eval.New(eval.Options{Modules: Modules()})
	if err := in.Execute(context.Background(), eval.Cell{Code: "import numpy as np\nnp.random.seed(0)\na = np.random.rand(2500, 2500)", Count: 1}, &evaltest.Recorder{}); err != nil {
		t.Fatal(err)
	}
	for k, call := range []string{"np.linalg.inv(a)", "np.linalg.solve(a, a)", "np.linalg.det(a)", "np.linalg.slogdet(a)"} {
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(20*time.Millisecond, cancel)
		err := in.Execute(ctx, eval.Cell{Code: "x" + string(rune('0'+k)) + " = " + call, Count: 2}, &evaltest.Recorder{})
		cancel()
		if pe, ok := err.(*eval.PyError); !ok || pe.Name != "KeyboardInterrupt" {
			t.Fatalf("%s: got %v, want KeyboardInterrupt", call, err)
		}
		if got := runIn(in, "x"+string(rune('0'+k)), 3); !strings.Contains(got, "NameError") {
			t.Errorf("%s: the interrupted assignment happened: %q", call, got)
		}
	}
}
