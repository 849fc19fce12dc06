package eval

import (
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestFormatTimeOracle checks formatTime against IPython's _format_time,
// which %timeit and %time use.
func TestFormatTimeOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs IPython")
	ts := []float64{0, 1e-10, 8.26e-9, 2.99e-8, 1e-6, 3.01e-4, 2.34e-6, 0.000999999, 0.001, 0.0125, 0.2, 0.999, 1, 1.5, 9.99, 59.9, 60, 61.5, 3725.2, 90061, 86400}
	want := pyoracle.Answers[string](t, ts, py, "-c", "import json,sys\nfrom IPython.core.magics.execution import _format_time\njson.dump([_format_time(t) for t in json.load(sys.stdin)], sys.stdout)")
	for i, x := range ts {
		if got := formatTime(x); got != want[i] {
			t.Errorf("formatTime(%v) = %q, want %q", x, got, want[i])
		}
	}
}

// TestTimeitLineOracle checks the %timeit summary line against str() of
// IPython's TimeitResult.
func TestTimeitLineOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs IPython")
	type tc struct {
		Mean, Std   float64
		Runs, Loops int
	}
	cases := []tc{{3.01e-4, 2.34e-6, 7, 1000}, {8.26e-9, 1.2e-10, 7, 100000000}, {1.5, 0, 1, 1}, {0.0123, 0.00045, 3, 10}, {75, 2, 7, 1}, {2e-7, 3e-9, 7, 1000000}}
	want := pyoracle.Answers[string](t, cases, py, "-c", `import json,sys
from IPython.core.magics.execution import TimeitResult
out = []
for c in json.load(sys.stdin):
    r = TimeitResult(c["Loops"], c["Runs"], 0, 0, [], 0, 3)
    r.timings = [c["Mean"]]
    type(r).average = property(lambda self, m=None: self._m)
    type(r).stdev = property(lambda self: self._s)
    r._m, r._s = c["Mean"], c["Std"]
    out.append(str(r))
json.dump(out, sys.stdout)`)
	for i, c := range cases {
		if got := timeitLine(c.Mean, c.Std, c.Runs, c.Loops); got != want[i] {
			t.Errorf("timeitLine(%+v) = %q, want %q", c, got, want[i])
		}
	}
}
