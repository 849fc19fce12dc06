package random

import (
	"strconv"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

func TestPCG64Known(t *testing.T) {
	// np.random.default_rng(0).random(2)
	p := NewPCG64(0)
	for i, w := range []float64{0.6369616873214543, 0.2697867137638703} {
		if g := p.Float64(); g != w {
			t.Fatalf("random[%d] = %v want %v", i, g, w)
		}
	}
}

// TestPCG64Oracle compares Generator.random and Generator.integers with
// NumPy bit for bit.
func TestPCG64Oracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	const script = `
import numpy as np
for seed in (0, 1, 42, 12345, 2**32 + 7, 2**63 + 11):
    for n in (1, 7, 1000):
        g = np.random.default_rng(seed)
        out = [float(x).hex() for x in g.random(n)]
        out += [str(int(x)) for x in g.integers(-5, 17, n)]
        out += [str(int(x)) for x in g.integers(0, 2**32, n)]
        out += [str(int(x)) for x in g.integers(0, 2**33 + 5, n)]
        out += [str(int(x)) for x in g.integers(-2**62, 2**62, n)]
        out += [float(x).hex() for x in g.random(n)]
        print(seed, n, " ".join(out))
`
	raw := pyoracle.Run(t, nil, py, "-c", script)
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		f := strings.Fields(line)
		seed, _ := strconv.ParseUint(f[0], 10, 64)
		n, _ := strconv.Atoi(f[1])
		p := NewPCG64(seed)
		var got []string
		hexf := func(x float64) string { return strconv.FormatFloat(x, 'x', -1, 64) }
		for i := 0; i < n; i++ {
			got = append(got, hexf(p.Float64()))
		}
		for _, r := range [][2]int64{{-5, 17}, {0, 1 << 32}, {0, 1<<33 + 5}, {-1 << 62, 1 << 62}} {
			for i := 0; i < n; i++ {
				got = append(got, strconv.FormatInt(p.Integer(r[0], uint64(r[1])-1-uint64(r[0])), 10))
			}
		}
		for i := 0; i < n; i++ {
			got = append(got, hexf(p.Float64()))
		}
		want := f[2:]
		if len(want) != len(got) {
			t.Fatalf("seed %d n %d: %d values, want %d", seed, n, len(got), len(want))
		}
		for i := range want {
			if !sameHex(got[i], want[i]) {
				t.Fatalf("seed %d n %d value %d: got %s want %s", seed, n, i, got[i], want[i])
			}
		}
	}
}
