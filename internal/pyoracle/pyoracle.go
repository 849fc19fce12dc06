// Package pyoracle runs the CPython the oracle tests compare against (the
// interpreter GOLINALG_PYTHON names, with NumPy, SciPy and IPython) and
// passes JSON to and from it. Tests only: a failed run stops the test.
package pyoracle

import (
	"bufio"
	"bytes"
	"encoding/json"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
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

// Run runs py with args and stdin, its standard streams in UTF-8 and
// PYTHONHASHSEED=0 (sets of strings print in one order), and returns its
// stdout. When it fails, t stops with the error and what it wrote to
// stderr.
func Run(t testing.TB, stdin []byte, py string, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(py, args...)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONHASHSEED=0")
	cmd.Stdin = bytes.NewReader(stdin)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", name(args), err, stderr.String())
	}
	return out
}

// JSON runs py with args and the JSON encoding of in on stdin, and decodes
// its stdout, one JSON value, into out.
func JSON(t testing.TB, in, out any, py string, args ...string) {
	t.Helper()
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(Run(t, b, py, args...), out); err != nil {
		t.Fatalf("%s: %v", name(args), err)
	}
}

// Answers runs py with args and the JSON list of ins on stdin, and returns
// the JSON list it prints, which must hold one answer per input.
func Answers[Out, In any](t testing.TB, ins []In, py string, args ...string) []Out {
	t.Helper()
	var outs []Out
	JSON(t, ins, &outs, py, args...)
	if len(outs) != len(ins) {
		t.Fatalf("%s answered %d of %d inputs", name(args), len(outs), len(ins))
	}
	return outs
}

// Lines runs py with args and one JSON line per input on stdin, and returns
// its answers, one JSON line per input.
func Lines[Out, In any](t testing.TB, ins []In, py string, args ...string) []Out {
	t.Helper()
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for _, c := range ins {
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(Run(t, in.Bytes(), py, args...)))
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	var outs []Out
	for sc.Scan() {
		var o Out
		if err := json.Unmarshal(sc.Bytes(), &o); err != nil {
			t.Fatalf("%s: %v", name(args), err)
		}
		outs = append(outs, o)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", name(args), err)
	}
	if len(outs) != len(ins) {
		t.Fatalf("%s answered %d of %d inputs", name(args), len(outs), len(ins))
	}
	return outs
}

// name is what a message calls a run of Python with args: its script, or
// "python".
func name(args []string) string {
	if len(args) > 0 && args[0] != "-c" {
		return filepath.Base(args[0])
	}
	return "python"
}

// Cells reads the cells of the oracle cell files at paths, in order: each
// file holds cells parted by lines "# ---".
func Cells(t testing.TB, paths ...string) []string {
	t.Helper()
	var cells []string
	for _, p := range paths {
		cells = append(cells, strings.Split(string(Read(t, p)), "\n# ---\n")...)
	}
	return cells
}

// Read returns the contents of the file at path, or stops t.
func Read(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// RunCells runs cells in py as IPython would show them, each in a fresh
// namespace (cells.py beside this file; flags are its options, such as
// "--need", "numpy" and "--warnings"), and returns what each showed.
func RunCells[Out any](t testing.TB, py string, cells []string, flags ...string) []Out {
	t.Helper()
	_, self, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("pyoracle: no source path for cells.py")
	}
	return Answers[Out](t, cells, py, append([]string{filepath.Join(filepath.Dir(self), "cells.py")}, flags...)...)
}

// HexFloat encodes x exactly for Python's float.fromhex, or for float()
// when x is not finite ("nan", "inf", "-inf").
func HexFloat(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	return strconv.FormatFloat(x, 'x', -1, 64)
}

// Element encodes an array element (bool, int64, float64 or complex128)
// exactly for the Python scripts: a bool as itself, an integer in decimal,
// a float by HexFloat, a complex number as the pair of its parts.
func Element(v any) any {
	switch v := v.(type) {
	case int64:
		return strconv.FormatInt(v, 10)
	case float64:
		return HexFloat(v)
	case complex128:
		return []string{HexFloat(real(v)), HexFloat(imag(v))}
	}
	return v
}
