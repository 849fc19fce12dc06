package linalg

import (
	"bytes"
	"encoding/json"
	"math"
	"math/cmplx"
	"os"
	"os/exec"
	"testing"
)

// TestFFTAgainstNumPy compares FFT and its inverse with np.fft.fft and
// ifft on random complex sequences of lengths with small, large prime and
// repeated factors: the differences stay within a few ε·log₂n·max|x|.
func TestFFTAgainstNumPy(t *testing.T) {
	py := os.Getenv("GOLINALG_PYTHON")
	if py == "" {
		t.Skip("GOLINALG_PYTHON not set: the FFT is compared with NumPy's")
	}
	sizes := []int{1, 2, 3, 5, 7, 8, 12, 17, 30, 64, 97, 100, 101, 243, 1000, 1009, 1024, 4096, 3 * 1009, 10007}
	const src = `import json, sys, numpy as np
sizes = json.load(sys.stdin)
out = []
for n in sizes:
    rng = np.random.default_rng(n)
    x = rng.normal(size=n) + 1j * rng.normal(size=n)
    f, i = np.fft.fft(x), np.fft.ifft(x)
    out.append([x.real.tolist(), x.imag.tolist(), f.real.tolist(), f.imag.tolist(), i.real.tolist(), i.imag.tolist()])
print(json.dumps(out))`
	cmd := exec.Command(py, "-c", src)
	in, _ := json.Marshal(sizes)
	cmd.Stdin = bytes.NewReader(in)
	b, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want [][6][]float64
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	for k, n := range sizes {
		w := want[k]
		x := make([]complex128, n)
		for i := range x {
			x[i] = complex(w[0][i], w[1][i])
		}
		a, _ := NewComplex128([]int{n}, x)
		for inv, pair := range [2][2]int{{2, 3}, {4, 5}} {
			r, err := FFT(a, -1, 0, inv == 1)
			if err != nil {
				t.Fatal(err)
			}
			got := r.Complex128s()
			worst, scale := 0.0, 0.0
			for i := range got {
				ref := complex(w[pair[0]][i], w[pair[1]][i])
				worst = math.Max(worst, cmplx.Abs(got[i]-ref))
				scale = math.Max(scale, cmplx.Abs(ref))
			}
			bound := 8 * 0x1p-52 * math.Max(1, math.Log2(float64(n))) * scale
			if worst > bound {
				t.Errorf("n=%d inverse=%v: |FFT - NumPy| = %.3g > %.3g", n, inv == 1, worst, bound)
			}
			t.Logf("n=%d inverse=%v: largest difference %.3g of bound %.3g", n, inv == 1, worst, bound)
		}
	}
}
