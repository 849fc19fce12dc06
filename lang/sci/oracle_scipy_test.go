package sci

import (
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestSciPyOracle runs each cell of testdata/oracle_scipy_cells.py here
// and in CPython with SciPy 1.17, and compares stdout, the result's
// text/plain, the exception's class and message, and the warnings'
// class and message. Cells print only quantities that do not depend on
// the sign or phase conventions of eigen- and singular vectors.
func TestSciPyOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs SciPy")
	cells := pyoracle.Cells(t, "testdata/oracle_scipy_cells.py")
	want := pyoracle.RunCells[oracleOutcome](t, py, cells, "--need", "numpy", "--need", "scipy.linalg", "--warnings")
	compareCells(t, py, "SciPy", cells, want, "", true)
}
