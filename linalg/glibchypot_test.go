package linalg

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/rand"
	"os/exec"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestGlibcHypot compares glibcHypot with the C library's hypot, called
// from the machine's Python through ctypes (GOLINALG_PYTHON).
func TestGlibcHypot(t *testing.T) {
	py := pyoracle.Python(t, "no oracle to compare with")
	rng := rand.New(rand.NewSource(18))
	var xs []float64
	for i := 0; i < 100000; i++ {
		var x, y float64
		switch i % 3 {
		case 0:
			x, y = float64(rng.Intn(41)-20), float64(rng.Intn(41)-20)
		case 1:
			x, y = rng.NormFloat64(), rng.NormFloat64()
		default:
			x, y = math.Ldexp(rng.Float64(), rng.Intn(2100)-1100), math.Ldexp(rng.Float64(), rng.Intn(2100)-1100)
		}
		xs = append(xs, x, y)
	}
	var in bytes.Buffer
	binary.Write(&in, binary.LittleEndian, xs)
	const script = `
import sys, ctypes, struct
m = ctypes.CDLL("libm.so.6")
m.hypot.restype = ctypes.c_double
m.hypot.argtypes = [ctypes.c_double, ctypes.c_double]
d = sys.stdin.buffer.read()
v = struct.unpack("<%dd" % (len(d) // 8), d)
sys.stdout.buffer.write(struct.pack("<%dd" % (len(v) // 2), *[m.hypot(v[i], v[i + 1]) for i in range(0, len(v), 2)]))
`
	cmd := exec.Command(py, "-c", script)
	cmd.Stdin = &in
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("libm through Python: %v", err)
	}
	want := make([]float64, len(xs)/2)
	binary.Read(bytes.NewReader(out), binary.LittleEndian, want)
	for i, w := range want {
		if g := glibcHypot(xs[2*i], xs[2*i+1]); math.Float64bits(g) != math.Float64bits(w) {
			t.Fatalf("glibcHypot(%v, %v) = %v, libm %v", xs[2*i], xs[2*i+1], g, w)
		}
	}
}
