package eval

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestStdlibOracle runs every cell of testdata/stdlib_cells.py here and in
// CPython (GOLINALG_PYTHON, with IPython for its pretty printer) and
// requires the same stdout, result text and exception, exactly: the
// standard modules the core provides (fractions, itertools, functools,
// statistics, decimal, collections, random) against CPython's own.
func TestStdlibOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs CPython")
	b, err := os.ReadFile("testdata/stdlib_cells.py")
	if err != nil {
		t.Fatal(err)
	}
	cells := strings.Split(string(b), "\n# ---\n")
	if len(cells) < 50 {
		t.Fatalf("found %d cells in testdata/stdlib_cells.py, want at least 50", len(cells))
	}
	in, _ := json.Marshal(cells)
	cmd := exec.Command(py, "testdata/stdlib_driver.py")
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONHASHSEED=0")
	cmd.Stdin = bytes.NewReader(in)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("stdlib driver: %v\n%s", err, stderr.String())
	}
	var want []cellOutcome
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	if len(want) != len(cells) {
		t.Fatalf("driver returned %d outcomes for %d cells", len(want), len(cells))
	}
	for i, c := range cells {
		got, w := runCell(c), want[i]
		if got.Stdout != w.Stdout || show(got.Result) != show(w.Result) || strings.Join(got.Error, ": ") != strings.Join(w.Error, ": ") {
			t.Errorf("cell %d:\n%s\n--- got:\nstdout %q\nresult %s\nerror %q\n--- want:\nstdout %q\nresult %s\nerror %q",
				i, c, got.Stdout, show(got.Result), got.Error, w.Stdout, show(w.Result), w.Error)
		}
	}
	t.Logf("%d cells compared with CPython", len(cells))
}
