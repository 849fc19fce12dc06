package random

import (
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestLegacyOracle compares rand, randn, randint, uniform and normal
// streams with NumPy's legacy RandomState bit for bit (floats via hex).
func TestLegacyOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	const script = `
import numpy as np
for seed in (0, 1, 42, 12345, 2**32-1):
    for n in (1, 7, 1000):
        np.random.seed(seed)
        out = [float(x).hex() for x in np.random.rand(n)]
        out += [float(x).hex() for x in np.random.randn(n)]
        out += [str(int(x)) for x in np.random.randint(-5, 17, n)]
        out += [str(int(x)) for x in np.random.randint(0, 2**33 + 5, n)]
        out += [str(int(x)) for x in np.random.randint(-2**62, 2**62, n)]
        out += [float(x).hex() for x in np.random.uniform(-3, 4, n)]
        out += [float(x).hex() for x in np.random.normal(1.5, 2.5, n)]
        print(seed, n, " ".join(out))
`
	raw := pyoracle.Run(t, nil, py, "-c", script)
	offULP := 0
	defer func() { t.Logf("%d gauss-derived values off by one ulp (glibc log rounding)", offULP) }()
	for _, line := range strings.Split(strings.TrimSpace(string(raw)), "\n") {
		f := strings.Fields(line)
		seed, _ := strconv.ParseUint(f[0], 10, 32)
		n, _ := strconv.Atoi(f[1])
		m := NewMT19937(uint32(seed))
		var got []string
		hexf := func(x float64) string { return strconv.FormatFloat(x, 'x', -1, 64) }
		for i := 0; i < n; i++ {
			got = append(got, hexf(m.Float64()))
		}
		for i := 0; i < n; i++ {
			got = append(got, hexf(m.Gauss()))
		}
		ranges := [][2]int64{{-5, 17}, {0, 1<<33 + 5}, {-1 << 62, 1 << 62}}
		for _, r := range ranges {
			for i := 0; i < n; i++ {
				got = append(got, strconv.FormatInt(m.Interval(r[0], uint64(r[1])-1-uint64(r[0])), 10))
			}
		}
		for i := 0; i < n; i++ {
			got = append(got, hexf(-3+7*m.Float64()))
		}
		for i := 0; i < n; i++ {
			got = append(got, hexf(1.5+2.5*m.Gauss()))
		}
		want := f[2:]
		if len(want) != len(got) {
			t.Fatalf("seed %d n %d: %d values, want %d", seed, n, len(got), len(want))
		}
		for i := range want {
			if sameHex(got[i], want[i]) {
				continue
			}
			// Gauss values (randn, normal) go through the C library's log,
			// which glibc does not always round correctly; ours is
			// correctly rounded, so allow one unit in the last place there.
			// One value needs it (seed 2³²−1, n 1000, normal draw 762):
			// glibc's log(0x1.a883ad1c1c57p-1) is -0x1.7fc073a707c47p-3,
			// one ulp from the correctly rounded -0x1.7fc073a707c46p-3, and
			// the gauss value and 1.5 + 2.5·gauss come out one ulp apart.
			// (A misrounded log could move a normal draw by more ulps where
			// 1.5 + 2.5·gauss cancels; no seed here does.)
			gaussPart := (i >= n && i < 2*n) || i >= 6*n
			if gaussPart && withinULP(got[i], want[i], 1) {
				offULP++
				continue
			}
			t.Fatalf("seed %d n %d value %d: got %s want %s", seed, n, i, got[i], want[i])
		}
	}
}

// withinULP reports whether two float texts are within k ulps.
func withinULP(g, w string, k uint64) bool {
	a, err1 := strconv.ParseFloat(g, 64)
	b, err2 := strconv.ParseFloat(w, 64)
	if err1 != nil || err2 != nil || (a < 0) != (b < 0) {
		return false
	}
	x, y := math.Float64bits(a), math.Float64bits(b)
	if x < y {
		x, y = y, x
	}
	return x-y <= k
}

// sameHex compares Go's %x float text with Python's float.hex.
func sameHex(g, w string) bool {
	if g == w {
		return true
	}
	a, err1 := strconv.ParseFloat(g, 64)
	b, err2 := strconv.ParseFloat(w, 64)
	return err1 == nil && err2 == nil && a == b
}
