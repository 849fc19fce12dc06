package random

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestNormalOracle compares Generator.standard_normal and Generator.normal
// streams for several seeds with NumPy bit for bit (float64 bits as hex),
// draws from the ziggurat's tail included. Those (|x| > zigR) go through
// log1p, Go's math.Log1p where NumPy calls the C library's, and the two
// are not the same function: on a million uniform arguments in (-1, 0]
// glibc 2.36's log1p and Go's differ by one ulp at 721. None of the 15431
// tail draws of these seeds meets such an argument, so no allowance is
// made: one that did could move a draw by an ulp or flip the tail's
// acceptance test and shift the rest of the stream, which no ulp bound
// would cover. The test requires some tail draws, so that they stay
// checked.
func TestNormalOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	const n = 100000
	seeds := []uint64{0, 1, 42, 12345, 2024, 1<<32 - 1, 1<<63 + 7}
	const script = `
import sys, numpy as np
n = int(sys.argv[1])
for s in sys.argv[2:]:
    g = np.random.default_rng(int(s))
    a = g.standard_normal(n)
    b = g.normal(1.5, 2.5, n // 10)
    c = [g.standard_normal() for _ in range(5)] + [g.normal(-3.0, 0.5) for _ in range(5)]
    d = g.random(3)
    v = np.concatenate([a, b, np.array(c), d])
    print(s, " ".join("%x" % x for x in v.view(np.uint64)))
`
	args := []string{"-c", script, strconv.Itoa(n)}
	for _, s := range seeds {
		args = append(args, strconv.FormatUint(s, 10))
	}
	raw := pyoracle.Run(t, nil, py, args...)
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	if len(lines) != len(seeds) {
		t.Fatalf("got %d lines from python, want %d", len(lines), len(seeds))
	}
	exact, tails := 0, 0
	for li, line := range lines {
		f := strings.Fields(line)
		p := NewPCG64(seeds[li])
		var got []float64
		for i := 0; i < n; i++ {
			got = append(got, p.StandardNormal())
		}
		for i := 0; i < n/10; i++ {
			got = append(got, p.Normal(1.5, 2.5))
		}
		for i := 0; i < 5; i++ {
			got = append(got, p.StandardNormal())
		}
		for i := 0; i < 5; i++ {
			got = append(got, p.Normal(-3.0, 0.5))
		}
		for i := 0; i < 3; i++ {
			got = append(got, p.Float64())
		}
		want := f[1:]
		if len(want) != len(got) {
			t.Fatalf("seed %d: %d values, want %d", seeds[li], len(got), len(want))
		}
		for i, w := range want {
			wb, err := strconv.ParseUint(w, 16, 64)
			if err != nil {
				t.Fatal(err)
			}
			gb := math.Float64bits(got[i])
			if gb == wb {
				exact++
				if math.Abs(got[i]) > zigR {
					tails++
				}
				continue
			}
			wf := math.Float64frombits(wb)
			t.Fatalf("seed %d value %d: got %v (%#x) want %v (%#x)", seeds[li], i, got[i], gb, wf, wb)
		}
	}
	if tails == 0 {
		t.Fatalf("no draw from the ziggurat's tail among %d values", exact)
	}
	t.Logf("%d values bit-exact, %d of them from the tail", exact, tails)
}
