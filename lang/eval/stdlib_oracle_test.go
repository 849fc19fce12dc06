package eval

import (
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// TestStdlibOracle runs every cell of testdata/stdlib_cells.py here and in
// CPython (GOLINALG_PYTHON, with IPython for its pretty printer) and
// requires the same stdout, result text and exception, exactly: the
// standard modules the core provides (fractions, itertools, functools,
// statistics, decimal, collections, random) against CPython's own.
func TestStdlibOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs CPython")
	cells := pyoracle.Cells(t, "testdata/stdlib_cells.py")
	if len(cells) < 50 {
		t.Fatalf("found %d cells in testdata/stdlib_cells.py, want at least 50", len(cells))
	}
	want := pyoracle.RunCells[evaltest.CellOutcome](t, py, cells)
	for i, c := range cells {
		got, w := runCell(c), want[i]
		if got.Stdout != w.Stdout || evaltest.Show(got.Result) != evaltest.Show(w.Result) || strings.Join(got.Error, ": ") != strings.Join(w.Error, ": ") {
			t.Errorf("cell %d:\n%s\n--- got:\nstdout %q\nresult %s\nerror %q\n--- want:\nstdout %q\nresult %s\nerror %q",
				i, c, got.Stdout, evaltest.Show(got.Result), got.Error, w.Stdout, evaltest.Show(w.Result), w.Error)
		}
	}
	t.Logf("%d cells compared with CPython", len(cells))
}
