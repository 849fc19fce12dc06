package sci

import (
	"encoding/json"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestSciPyOracle runs each cell of testdata/oracle_scipy_cells*.py here
// and in CPython with SciPy 1.17, and compares stdout, the result's
// text/plain, the exception's class and message, and the warnings'
// class and message. Cells print only quantities that do not depend on
// the sign or phase conventions of eigen- and singular vectors.
//
// It also checks that golinalg's scipy.linalg has every callable the real
// SciPy lists and that some cell calls each of them, and logs the count.
func TestSciPyOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs SciPy")
	files, _ := filepath.Glob("testdata/oracle_scipy_cells*.py")
	cells := pyoracle.Cells(t, files...)
	want := pyoracle.RunCells[oracleOutcome](t, py, cells, "--need", "numpy", "--need", "scipy.linalg", "--warnings")
	compareCells(t, py, "SciPy", cells, want, "", true)

	all := scipyCallables(t, py)
	called := calledSciPy(cells)
	var missing []string
	for _, name := range all {
		if !called[name] {
			missing = append(missing, name)
		}
	}
	t.Logf("%d of the %d callables of scipy.linalg compared with SciPy in %d cells", len(all)-len(missing), len(all), len(cells))
	if len(missing) > 0 {
		t.Errorf("no cell calls scipy.linalg.%s", strings.Join(missing, ", scipy.linalg."))
	}
	var absent []string
	for _, name := range all {
		out := runCell("import scipy.linalg\nhasattr(scipy.linalg, " + strconv.Quote(name) + ")")
		if out.Result == nil || *out.Result != "True" {
			absent = append(absent, name)
		}
	}
	if len(absent) > 0 {
		t.Errorf("hasattr(scipy.linalg, name) does not hold in golinalg for %s", strings.Join(absent, ", "))
	}
}

// scipyCallables lists the public callables of py's scipy.linalg: the
// functions of its __all__ (not its exception classes) and test.
func scipyCallables(t *testing.T, py string) []string {
	t.Helper()
	const src = `import json, scipy.linalg as s
print(json.dumps(sorted({n for n in s.__all__ if callable(getattr(s, n)) and not isinstance(getattr(s, n), type)} | {"test"})))`
	var names []string
	if err := json.Unmarshal(pyoracle.Run(t, nil, py, "-c", src), &names); err != nil {
		t.Fatal(err)
	}
	return names
}

// sciCall matches a call of a scipy.linalg function as the cells write
// it: sla.name(, scipy.linalg.name( or linalg.name( after "from scipy
// import linalg".
var (
	sciCall   = regexp.MustCompile(`(?:^|[^.\w])(?:sla|scipy\.linalg|linalg)\.(\w+)\s*\(`)
	sciImport = regexp.MustCompile(`(?m)^from scipy\.linalg import (.+)$`)
)

// calledSciPy is the set of scipy.linalg names the cells call. A name
// imported with "from scipy.linalg import" counts when the cell calls it.
func calledSciPy(cells []string) map[string]bool {
	called := map[string]bool{}
	for _, c := range cells {
		scipy := strings.Contains(c, "scipy")
		for _, m := range sciCall.FindAllStringSubmatch(c, -1) {
			if scipy {
				called[m[1]] = true
			}
		}
		for _, m := range sciImport.FindAllStringSubmatch(c, -1) {
			for _, name := range strings.Split(strings.Trim(m[1], "()"), ",") {
				name = strings.Fields(name + " ")[0]
				if regexp.MustCompile(`\b` + regexp.QuoteMeta(name) + `\s*\(`).MatchString(strings.Replace(c, m[0], "", 1)) {
					called[name] = true
				}
			}
		}
	}
	return called
}
