// Package evaltest holds what the tests of lang/eval and of the libraries
// built on it share: an Output that records a cell's output, and the
// outcome of a cell as the oracle tests compare it with CPython's.
//
// It does not import lang/eval, so that eval's own tests can use it; the
// caller names eval.PyError's fields (see Outcome).
package evaltest

import "strings"

// Recorder is an Output (lang/eval's) that keeps what cells printed,
// displayed and returned.
type Recorder struct {
	Stdout, Stderr strings.Builder
	Results        []map[string]any
	Displays       []map[string]any
	Cleared        int
}

// Stream appends text to Stdout, or to Stderr for the stream "stderr".
func (r *Recorder) Stream(name, text string) {
	if name == "stderr" {
		r.Stderr.WriteString(text)
		return
	}
	r.Stdout.WriteString(text)
}

// Display keeps a display_data bundle.
func (r *Recorder) Display(data, metadata map[string]any) { r.Displays = append(r.Displays, data) }

// ClearOutput counts the calls.
func (r *Recorder) ClearOutput(wait bool) { r.Cleared++ }

// Payload ignores p.
func (r *Recorder) Payload(p map[string]any) {}

// Result keeps an execute_result bundle.
func (r *Recorder) Result(data, metadata map[string]any) { r.Results = append(r.Results, data) }

// CellOutcome is what a cell showed, as the oracle drivers report
// CPython's: its stdout, the text/plain of its result (nil when it has
// none) and its exception's class and message (nil when none escaped).
type CellOutcome struct {
	Stdout string   `json:"stdout"`
	Result *string  `json:"result"`
	Error  []string `json:"error"`
}

// Outcome is the CellOutcome of a cell that wrote to rec and ended with err.
// pyError gives the class and message of a Python exception (an
// *eval.PyError), ok false for any other error, which becomes "GoError".
// A SyntaxError's message loses the " (In[n], line l)" that CPython's
// e.msg has not.
func Outcome(rec *Recorder, err error, pyError func(error) (class, msg string, ok bool)) CellOutcome {
	out := CellOutcome{Stdout: rec.Stdout.String()}
	if n := len(rec.Results); n > 0 {
		s, _ := rec.Results[n-1]["text/plain"].(string)
		out.Result = &s
	}
	if err == nil {
		return out
	}
	class, msg, ok := pyError(err)
	if !ok {
		out.Error = []string{"GoError", err.Error()}
		return out
	}
	if class == "SyntaxError" || class == "IndentationError" {
		if i := strings.LastIndex(msg, " (In["); i >= 0 {
			msg = msg[:i]
		}
	}
	out.Error = []string{class, msg}
	return out
}

// Show is a result for a failure message: "<none>", or the text on one line.
func Show(s *string) string {
	if s == nil {
		return "<none>"
	}
	return strings.ReplaceAll(*s, "\n", "\\n")
}
