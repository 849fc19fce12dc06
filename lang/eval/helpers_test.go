package eval

import (
	"context"
	"strings"
	"testing"
)

// recorder is an Output that keeps what a cell printed.
type recorder struct {
	stdout, stderr strings.Builder
	results        []map[string]any
	displays       []map[string]any
	cleared        int
}

func (r *recorder) Stream(name, text string) {
	if name == "stderr" {
		r.stderr.WriteString(text)
		return
	}
	r.stdout.WriteString(text)
}
func (r *recorder) Display(data, metadata map[string]any) { r.displays = append(r.displays, data) }
func (r *recorder) ClearOutput(wait bool)                 { r.cleared++ }
func (r *recorder) Payload(p map[string]any)              {}
func (r *recorder) Result(data, metadata map[string]any)  { r.results = append(r.results, data) }

type cellOutcome struct {
	Stdout string   `json:"stdout"`
	Result *string  `json:"result"`
	Error  []string `json:"error"`
}

// runCell runs src in a fresh interpreter.
func runCell(src string) cellOutcome {
	in := New(Options{})
	rec := &recorder{}
	err := in.Execute(context.Background(), Cell{Code: src, Count: 1}, rec)
	out := cellOutcome{Stdout: rec.stdout.String()}
	if len(rec.results) > 0 {
		s, _ := rec.results[len(rec.results)-1]["text/plain"].(string)
		out.Result = &s
	}
	if err != nil {
		pe, ok := err.(*PyError)
		if !ok {
			out.Error = []string{"GoError", err.Error()}
		} else {
			v := pe.Value
			if pe.Name == "SyntaxError" || pe.Name == "IndentationError" {
				if i := strings.LastIndex(v, " (In["); i >= 0 {
					v = v[:i]
				}
			}
			out.Error = []string{pe.Name, v}
		}
	}
	return out
}

func TestPanicBecomesTraceback(t *testing.T) {
	in := New(Options{})
	in.builtins["boom"] = NewBuiltin("boom", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
		var m map[string]int
		m["x"] = 1 // nil map write panics
		return None, nil
	})
	err := in.Execute(context.Background(), Cell{Code: "boom()", Count: 1}, &recorder{})
	pe, ok := err.(*PyError)
	if !ok || pe.Name != "SystemError" || len(pe.Traceback) == 0 {
		t.Fatalf("got %#v", err)
	}
	if err := in.Execute(context.Background(), Cell{Code: "1", Count: 2}, &recorder{}); err != nil {
		t.Fatalf("interpreter unusable after panic: %v", err)
	}
}

func show(s *string) string {
	if s == nil {
		return "<none>"
	}
	return strings.ReplaceAll(*s, "\n", "\\n")
}

// runIn runs src as cell n of in and returns its stdout, or the error.
func runIn(in *Interpreter, src string, n int) string {
	rec := &recorder{}
	if err := in.Execute(context.Background(), Cell{Code: src, Count: n}, rec); err != nil {
		return err.Error()
	}
	return rec.stdout.String()
}
