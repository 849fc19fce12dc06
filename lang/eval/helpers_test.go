package eval

import (
	"context"
	"testing"

	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// runCell runs src in a fresh interpreter.
func runCell(src string) evaltest.CellOutcome {
	rec := &evaltest.Recorder{}
	err := New(Options{}).Execute(context.Background(), Cell{Code: src, Count: 1}, rec)
	return evaltest.Outcome(rec, err, pyError)
}

// pyError is evaltest.Outcome's view of a *PyError.
func pyError(err error) (class, msg string, ok bool) {
	pe, ok := err.(*PyError)
	if !ok {
		return "", "", false
	}
	return pe.Name, pe.Value, true
}

func TestPanicBecomesTraceback(t *testing.T) {
	in := New(Options{})
	in.builtins["boom"] = NewBuiltin("boom", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var m map[string]int
		m["x"] = 1 // nil map write panics
		return None, nil
	})
	err := in.Execute(context.Background(), Cell{Code: "boom()", Count: 1}, &evaltest.Recorder{})
	pe, ok := err.(*PyError)
	if !ok || pe.Name != "SystemError" || len(pe.Traceback) == 0 {
		t.Fatalf("got %#v", err)
	}
	if err := in.Execute(context.Background(), Cell{Code: "1", Count: 2}, &evaltest.Recorder{}); err != nil {
		t.Fatalf("interpreter unusable after panic: %v", err)
	}
}

// runIn runs src as cell n of in and returns its stdout, or the error.
func runIn(in *Interpreter, src string, n int) string {
	rec := &evaltest.Recorder{}
	if err := in.Execute(context.Background(), Cell{Code: src, Count: n}, rec); err != nil {
		return err.Error()
	}
	return rec.Stdout.String()
}
