package sci

import (
	"regexp"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/noise"
	"github.com/golinalg/golinalg/internal/pyoracle"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

type scipyOutcome struct {
	evaltest.CellOutcome
	Warnings []string `json:"warnings"`
}

// warningLine picks "Category: message" out of a warning printed to
// stderr, whatever file and line prefix the interpreter puts before it.
var warningLine = regexp.MustCompile(`(?m)(\w*Warning: .*)$`)

// runCellStderr is runCell keeping the warnings printed to stderr.
func runCellStderr(src string) scipyOutcome {
	out, rec := runCellRec(src)
	w := scipyOutcome{CellOutcome: out}
	for _, m := range warningLine.FindAllStringSubmatch(rec.Stderr.String(), -1) {
		w.Warnings = append(w.Warnings, m[1])
	}
	return w
}

// TestSciPyOracle runs each cell of testdata/oracle_scipy_cells.py here
// and in CPython with SciPy 1.17, and compares stdout, the result's
// text/plain, the exception's class and message, and the warnings'
// class and message. Cells print only quantities that do not depend on
// the sign or phase conventions of eigen- and singular vectors.
func TestSciPyOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs SciPy")
	cells := pyoracle.Cells(t, "testdata/oracle_scipy_cells.py")
	want := pyoracle.Answers[scipyOutcome](t, cells, py, "testdata/scipy_oracle_driver.py")
	ref := referenceInfo(t, py)
	noisy, worst, skipped := 0, 0.0, 0
	for i, c := range cells {
		if why := kernelSkip(c, ref); why != "" {
			skipped++
			t.Logf("cell %d not compared: %s", i, why)
			continue
		}
		got := runCellStderr(c)
		w := want[i]
		v, why, r := compareOutcomes(got.CellOutcome, w.CellOutcome, cellBound(t, c))
		if v == noise.Noise {
			noisy, worst = noisy+1, max(worst, r)
			t.Logf("cell %d equal within float noise (%.2g of C)", i, r)
		}
		if v.Agree() && strings.Join(got.Warnings, "\n") != strings.Join(w.Warnings, "\n") {
			v, why = noise.Differ, "warnings differ"
		}
		if !v.Agree() {
			t.Errorf("cell %d: %s\n%s\n--- got:\nstdout %q\nresult %s\nerror %q\nwarnings %q\n--- want:\nstdout %q\nresult %s\nerror %q\nwarnings %q",
				i, why, c, got.Stdout, evaltest.Show(got.Result), got.Error, got.Warnings, w.Stdout, evaltest.Show(w.Result), w.Error, w.Warnings)
		}
	}
	t.Logf("%d cells compared with SciPy, %d cells equal within float noise (largest noise %.2g of C = %d), %d not compared on these OpenBLAS kernels", len(cells)-skipped, noisy, worst, noise.C, skipped)
}
