package sci

import (
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
	"github.com/golinalg/golinalg/lang/eval"
	"github.com/golinalg/golinalg/lang/eval/evaltest"
)

// TestRuntimeWarningsOracle checks the text of NumPy's RuntimeWarnings:
// scalar math says "scalar divide", "scalar multiply", ..., array math the
// ufunc's name. Each expression runs in CPython with NumPy and here.
func TestRuntimeWarningsOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	exprs := []string{"np.float64(1) / 0", "1 / np.float64(0)", "np.int64(1) // 0", "np.float64(1e308) * 10",
		"np.float64(0) / 0", "np.array([1.]) / 0", "np.float64(1) / np.array([0.])", "np.int64(7) % 0",
		"np.float64(-1) ** 0.5", "np.array([-1.]) ** 0.5", "np.array([1e200]) ** 2", "np.array([0.]) ** -1",
		"np.array([1e200]) ** 2.0", "np.array([1e300]) ** 3", "np.array([0.]) ** -1.0", "np.array([-1]) ** 0.5",
		"2 ** np.array([1e10])"}
	want := pyoracle.Answers[[]string](t, exprs, py, "-c", `import json, sys, warnings
import numpy as np
out = []
for e in json.load(sys.stdin):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        eval(e)
    out.append([type(w.message).__name__ + ": " + str(w.message) for w in ws])
print(json.dumps(out))`)
	line := regexp.MustCompile(`<golinalg>: (.*)\n`)
	for i, e := range exprs {
		rec := &evaltest.Recorder{}
		if err := eval.New(eval.Options{Modules: Modules()}).Execute(context.Background(), eval.Cell{Code: "import numpy as np\n" + e, Count: 1}, rec); err != nil {
			t.Fatalf("%s: %v", e, err)
		}
		var got []string
		for _, m := range line.FindAllStringSubmatch(rec.Stderr.String(), -1) {
			got = append(got, m[1])
		}
		if strings.Join(got, "|") != strings.Join(want[i], "|") {
			t.Errorf("%s: warned %q, NumPy %q", e, got, want[i])
		}
	}
}
