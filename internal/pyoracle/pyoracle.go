// Package pyoracle runs the CPython the oracle tests compare against (the
// interpreter GOLINALG_PYTHON names, with NumPy, SciPy and IPython) and
// passes JSON to and from it. Tests only: a failed run stops the test.
package pyoracle

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Python returns the interpreter GOLINALG_PYTHON names, or skips t when it
// is unset, saying why the test needs it ("oracle test needs NumPy").
func Python(t testing.TB, why string) string {
	t.Helper()
	py := os.Getenv("GOLINALG_PYTHON")
	if py == "" {
		t.Skip("GOLINALG_PYTHON not set: " + why)
	}
	return py
}

// Run runs cmd with stdin and returns its stdout. When cmd fails, t stops
// with the error and what cmd wrote to stderr.
func Run(t testing.TB, cmd *exec.Cmd, stdin []byte) []byte {
	t.Helper()
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name(cmd), err, stderr.String())
	}
	return out
}

// JSON runs cmd with the JSON encoding of in on stdin and decodes its
// stdout, one JSON value, into out.
func JSON(t testing.TB, cmd *exec.Cmd, in, out any) {
	t.Helper()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(Run(t, cmd, b), out); err != nil {
		t.Fatalf("%s: %v", name(cmd), err)
	}
}

// Answers runs cmd with the JSON list of ins on stdin and returns the JSON
// list it prints, which must hold one answer per input.
func Answers[Out, In any](t testing.TB, cmd *exec.Cmd, ins []In) []Out {
	t.Helper()
	var outs []Out
	JSON(t, cmd, ins, &outs)
	if len(outs) != len(ins) {
		t.Fatalf("%s answered %d of %d inputs", name(cmd), len(outs), len(ins))
	}
	return outs
}

// Lines runs cmd with one JSON line per input on stdin and returns its
// answers, one JSON line per input.
func Lines[Out, In any](t testing.TB, cmd *exec.Cmd, ins []In) []Out {
	t.Helper()
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for _, c := range ins {
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(Run(t, cmd, in.Bytes())))
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	var outs []Out
	for sc.Scan() {
		var o Out
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("%s: %v", name(cmd), err)
		}
		outs = append(outs, o)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", name(cmd), err)
	}
	if len(outs) != len(ins) {
		t.Fatalf("%s answered %d of %d inputs", name(cmd), len(outs), len(ins))
	}
	return outs
}

// name is what a message calls cmd: its script, or "python -c".
func name(cmd *exec.Cmd) string {
	if len(cmd.Args) > 1 && cmd.Args[1] != "-c" {
		return filepath.Base(cmd.Args[1])
	}
	return "python"
}
