package linalg

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"testing"
)

// TestEig2MatchesNumPy runs numpy.linalg.eig and Eig on 2×2 matrices of
// every kind (equal diagonals, symmetric, triangular, lower triangular,
// complex eigenvalues, defective, zero, huge and tiny, random) and checks
// that the eigenvalues are NumPy's bit for bit and in NumPy's order, and
// that the eigenvectors agree to 2·ε (OpenBLAS's drot and dgemv fuse
// multiply-adds that the Go code rounds separately). SciPyEig must give
// the same.
func TestEig2MatchesNumPy(t *testing.T) {
	py := os.Getenv("GOLINALG_PYTHON")
	if py == "" {
		t.Skip("GOLINALG_PYTHON not set: oracle test needs NumPy")
	}
	r := rand.New(rand.NewPCG(2, 3))
	var cases [][4]float64
	small := func() float64 { return float64(r.IntN(9) - 4) }
	for k := 0; k < 600; k++ {
		a := [4]float64{small(), small(), small(), small()}
		switch k % 6 {
		case 1: // symmetric with equal diagonal, as [[1, 2], [2, 1]]
			a[3], a[2] = a[0], a[1]
		case 2: // equal diagonal
			a[3] = a[0]
		case 3: // symmetric
			a[2] = a[1]
		case 4:
			a = [4]float64{r.NormFloat64(), r.NormFloat64(), r.NormFloat64(), r.NormFloat64()}
		case 5:
			s := math.Pow(10, float64(r.IntN(600)-300))
			for i := range a {
				a[i] = r.NormFloat64() * s
			}
		}
		cases = append(cases, a)
	}
	cases = append(cases, [4]float64{}, [4]float64{1, 1, 0, 1}, [4]float64{0, 0, 1, 0}, [4]float64{1, 2, 2, 1}, [4]float64{2, 1, 1, 2})
	in := make([][4]string, len(cases))
	for i, a := range cases {
		for j, x := range a {
			in[i][j] = hexF(x)
		}
	}
	js, _ := json.Marshal(in)
	cmd := exec.Command(py, "-c", `import json, sys
import numpy as np
out = []
for a in json.load(sys.stdin):
    w, v = np.linalg.eig(np.array([float.fromhex(x) for x in a]).reshape(2, 2))
    w, v = w.astype(complex), v.astype(complex)
    out.append([[[x.real.hex(), x.imag.hex()] for x in w], [[x.real.hex(), x.imag.hex()] for x in v.ravel()]])
json.dump(out, sys.stdout)`)
	cmd.Stdin = bytes.NewReader(js)
	raw, err := cmd.Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	var want [][2][][2]string
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Fatal(err)
	}
	c := func(p [2]string) complex128 { return complex(parseF(p[0]), parseF(p[1])) }
	exact := 0
	for i, a := range cases {
		m, _ := NewFloat64([]int{2, 2}, a[:])
		w, v, err := Eig(m)
		if err != nil {
			t.Fatalf("%v: %v", a, err)
		}
		same := true
		for j := 0; j < 2; j++ {
			if got, ww := asComplex(w.At(j)), c(want[i][0][j]); got != ww {
				t.Errorf("%v: eigenvalue %d = %v, NumPy %v", a, j, got, ww)
			}
		}
		for k := 0; k < 4; k++ {
			got, wv := asComplex(v.At(k)), c(want[i][1][k])
			if got != wv {
				same = false
			}
			if d := got - wv; math.Hypot(real(d), imag(d)) > 2*dlamchP {
				t.Errorf("%v: eigenvector element %d = %v, NumPy %v", a, k, got, wv)
			}
		}
		if same {
			exact++
		}
		// scipy.linalg.eig runs the same dgeev.
		sw, _, sv, err := SciPyEig(m, false, true)
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < 4; k++ {
			if k < 2 && asComplex(sw.At(k)) != asComplex(w.At(k)) || asComplex(sv.At(k)) != asComplex(v.At(k)) {
				t.Errorf("%v: SciPyEig differs from Eig at %d", a, k)
			}
		}
	}
	t.Logf("eigenvectors bit for bit NumPy's in %d of %d matrices", exact, len(cases))
}

func asComplex(x any) complex128 {
	if f, ok := x.(float64); ok {
		return complex(f, 0)
	}
	return x.(complex128)
}
