package linalg

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

func mustFloat(t testing.TB, shape []int, data ...float64) *Array {
	t.Helper()
	a, err := NewFloat64(shape, data)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// matmulSq returns A·B for row-major n×n matrices.
func matmulSq(a, b []float64, n int) []float64 {
	c := make([]float64, n*n)
	for i := 0; i < n; i++ {
		for k := 0; k < n; k++ {
			for j := 0; j < n; j++ {
				c[i*n+j] += a[i*n+k] * b[k*n+j]
			}
		}
	}
	return c
}

func TestInvIdentity(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	random := func(n int) []float64 {
		v := make([]float64, n*n)
		for k := range v {
			v[k] = r.NormFloat64()
		}
		return v
	}
	tests := []struct {
		name string
		n    int
		a    []float64
	}{
		{"2x2 article", 2, []float64{52, 22, 43, 24}},
		{"3x3 article", 3, []float64{52, 32, 14, 24, 25, 36, 27, 28, 29}},
		{"needs pivoting", 2, []float64{0, 1, 1, 0}},
		{"1x1", 1, []float64{4}},
		{"random 4", 4, random(4)},
		{"random 10", 10, random(10)},
		{"random 60", 60, random(60)},
		{"random 150", 150, random(150)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := mustFloat(t, []int{tc.n, tc.n}, tc.a...)
			x, err := Inv(a)
			if err != nil {
				t.Fatal(err)
			}
			if got := x.Shape(); got[0] != tc.n || got[1] != tc.n || x.DType() != Float64 {
				t.Fatalf("shape %v dtype %v", got, x.DType())
			}
			p := matmulSq(tc.a, x.Float64s(), tc.n)
			for i := 0; i < tc.n; i++ {
				for j := 0; j < tc.n; j++ {
					want := 0.0
					if i == j {
						want = 1
					}
					if math.Abs(p[i*tc.n+j]-want) > 1e-9 {
						t.Fatalf("A·inv(A)[%d,%d] = %g, want %g", i, j, p[i*tc.n+j], want)
					}
				}
			}
		})
	}
}

// TestInvErrors compares the errors of Inv and SciPyInv with those
// numpy.linalg.inv and scipy.linalg.inv raise, run at test time, on
// singular matrices and stacks (SciPy's singular-matrix message prints the
// position of the first singular matrix among the matrices it flagged,
// ill-conditioned ones included, not its index in the stack), bad shapes
// and NaN.
func TestInvErrors(t *testing.T) {
	py := pyoracle.Python(t, "the expected errors come from NumPy and SciPy")
	s := []float64{1, 2, 2, 4}           // singular, symmetric
	c := []float64{1, 1, 1, 1 + 0x1p-51} // nonsingular, rcond < ε
	i2 := []float64{1, 0, 0, 1}          // identity
	z := []float64{0, 0, 0, 0}           // zero
	r := []float64{1, 2, 3, 6}           // singular, not symmetric
	u := []float64{1, 2, 0, 0}           // singular, upper triangular
	cat := func(ms ...[]float64) []float64 { return slices.Concat(ms...) }
	tests := []struct {
		name  string
		a     *Array
		numpy bool // compare Inv with numpy.linalg.inv
	}{
		{"singular", mustFloat(t, []int{2, 2}, s...), true},
		{"zero", mustFloat(t, []int{2, 2}, z...), true},
		{"stack with two singular", mustFloat(t, []int{3, 2, 2}, cat(s, i2, z)...), true},
		{"stack, singular second", mustFloat(t, []int{2, 2, 2}, cat(i2, s)...), true},
		{"stack, singular last two", mustFloat(t, []int{4, 2, 2}, cat(i2, i2, r, u)...), true},
		{"ill-conditioned then singular", mustFloat(t, []int{2, 2, 2}, cat(c, s)...), true},
		{"singular then ill-conditioned", mustFloat(t, []int{2, 2, 2}, cat(s, c)...), true},
		{"two ill-conditioned then singular", mustFloat(t, []int{5, 2, 2}, cat(i2, c, c, z, c)...), true},
		{"4-d stack", mustFloat(t, []int{2, 2, 2, 2}, cat(c, i2, c, r)...), true},
		{"1-d", mustFloat(t, []int{2}, 1, 2), true},
		{"0-d", mustFloat(t, nil, 1), true},
		{"not square", mustFloat(t, []int{2, 3}, 1, 2, 3, 4, 5, 6), true},
		// NumPy's answer for NaN input depends on OpenBLAS's kernels (it
		// calls [[nan, 1], [1, 1]] singular); only SciPy's check is compared.
		{"nan", mustFloat(t, []int{2, 2}, math.NaN(), 1, 1, 1), false},
	}
	type wire struct {
		Shape []int    `json:"shape"`
		Data  []string `json:"data"`
	}
	in := make([]wire, len(tests))
	for k, tc := range tests {
		in[k].Shape = append([]int{}, tc.a.Shape()...)
		for _, x := range tc.a.Float64s() {
			in[k].Data = append(in[k].Data, pyoracle.HexFloat(x))
		}
	}
	js, _ := json.Marshal(in)
	raw := pyoracle.Run(t, js, py, "-c", `import json, sys
import numpy as np, scipy.linalg
def err(f, a):
    try:
        f(a)
        return ""
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
out = []
for c in json.load(sys.stdin):
    a = np.array([float.fromhex(x) for x in c["data"]]).reshape(c["shape"])
    out.append([err(np.linalg.inv, a), err(scipy.linalg.inv, a)])
json.dump(out, sys.stdout)`)
	var want [][2]string
	if err := json.Unmarshal(raw, &want); err != nil || len(want) != len(tests) {
		t.Fatalf("python answered %q: %v", raw, err)
	}
	text := func(err error) string {
		if err == nil {
			return ""
		}
		e, ok := err.(*Error)
		if !ok {
			return "not a linalg error: " + err.Error()
		}
		return e.Kind.String() + ": " + e.Msg
	}
	for k, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if want[k][1] == "" {
				t.Errorf("SciPy raises nothing: the case tests no error")
			}
			if tc.numpy {
				if _, err := Inv(tc.a); text(err) != want[k][0] {
					t.Errorf("Inv error %q, NumPy %q", text(err), want[k][0])
				}
			}
			if _, err := SciPyInv(tc.a); text(err) != want[k][1] {
				t.Errorf("SciPyInv error %q, SciPy %q", text(err), want[k][1])
			}
		})
	}
}

func TestInvShapesAndTypes(t *testing.T) {
	ints, _ := FromValues([]int{2, 2}, []any{52, 22, 43, 24})
	empty, _ := Zeros(Int64, []int{2, 0, 0})
	cplx, _ := FromValues([]int{2, 2}, []any{complex(1, 1), 2, 3, 4})
	bools, _ := FromValues([]int{2, 2}, []any{true, false, false, true})
	mat, _ := ints.AsMatrix()
	tests := []struct {
		name   string
		a      *Array
		dtype  DType
		shape  []int
		matrix bool
	}{
		{"int gives float64", ints, Float64, []int{2, 2}, false},
		{"empty stack", empty, Float64, []int{2, 0, 0}, false},
		{"complex", cplx, Complex128, []int{2, 2}, false},
		{"bool", bools, Float64, []int{2, 2}, false},
		{"matrix stays matrix", mat, Float64, []int{2, 2}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, err := Inv(tc.a)
			if err != nil {
				t.Fatal(err)
			}
			if x.DType() != tc.dtype || FormatShape(x.Shape()) != FormatShape(tc.shape) || x.IsMatrix() != tc.matrix {
				t.Errorf("got %v %v matrix=%v, want %v %v matrix=%v", x.DType(), x.Shape(), x.IsMatrix(), tc.dtype, tc.shape, tc.matrix)
			}
			s, err := SciPyInv(tc.a)
			if err != nil {
				t.Fatal(err)
			}
			if s.IsMatrix() {
				t.Errorf("SciPyInv returned a matrix")
			}
		})
	}
}

func TestInvComplex(t *testing.T) {
	a, _ := FromValues([]int{2, 2}, []any{complex(1, 2), 3, complex(0, 1), 4})
	x, err := Inv(a)
	if err != nil {
		t.Fatal(err)
	}
	av, xv := a.Complex128s(), x.Complex128s()
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			var s complex128
			for k := 0; k < 2; k++ {
				s += av[i*2+k] * xv[k*2+j]
			}
			want := complex(0, 0)
			if i == j {
				want = 1
			}
			if d := s - want; math.Hypot(real(d), imag(d)) > 1e-12 {
				t.Errorf("A·inv(A)[%d,%d] = %v", i, j, s)
			}
		}
	}
}

func TestMemoryError(t *testing.T) {
	tests := []struct {
		shape []int
		d     DType
		cap   int64
		msg   string
	}{
		{[]int{1000000, 1000000}, Float64, 1 << 40, "Unable to allocate 7.28 TiB for an array with shape (1000000, 1000000) and data type float64"},
		{[]int{1000}, Float64, 100, "Unable to allocate 7.81 KiB for an array with shape (1000,) and data type float64"},
		{[]int{10}, Bool, 5, "Unable to allocate 10 bytes for an array with shape (10,) and data type bool"},
		{[]int{128, 1024}, Complex128, 5, "Unable to allocate 2.00 MiB for an array with shape (128, 1024) and data type complex128"},
	}
	for _, tc := range tests {
		_, err := ZerosCap(tc.d, tc.shape, tc.cap)
		e, ok := err.(*Error)
		if !ok || e.Kind != MemoryError || e.Msg != tc.msg {
			t.Errorf("ZerosCap(%v) = %v, want MemoryError: %s", tc.shape, err, tc.msg)
		}
	}
	if _, err := Zeros(Float64, []int{1e10, 1e10}); err == nil || err.(*Error).Kind != ValueError {
		t.Errorf("Zeros(1e10, 1e10) = %v, want ValueError", err)
	}
}

func TestFromValuesPromotion(t *testing.T) {
	tests := []struct {
		vals []any
		want DType
	}{
		{[]any{true, false}, Bool},
		{[]any{true, 2}, Int64},
		{[]any{1, 2.5}, Float64},
		{[]any{1, complex(0, 1)}, Complex128},
		{[]any{}, Float64},
	}
	for _, tc := range tests {
		a, err := FromValues([]int{len(tc.vals)}, tc.vals)
		if err != nil {
			t.Fatal(err)
		}
		if a.DType() != tc.want {
			t.Errorf("FromValues(%v) dtype %v, want %v", tc.vals, a.DType(), tc.want)
		}
	}
	if _, err := FromValues([]int{3}, []any{1, 2}); err == nil {
		t.Error("FromValues with a wrong count succeeded")
	}
}

func benchInv(b *testing.B, n int) {
	r := rand.New(rand.NewPCG(5, 6))
	v := make([]float64, n*n)
	for k := range v {
		v[k] = r.NormFloat64()
	}
	a := mustFloat(b, []int{n, n}, v...)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Inv(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInv2(b *testing.B)    { benchInv(b, 2) }
func BenchmarkInv10(b *testing.B)   { benchInv(b, 10) }
func BenchmarkInv100(b *testing.B)  { benchInv(b, 100) }
func BenchmarkInv500(b *testing.B)  { benchInv(b, 500) }
func BenchmarkInv1000(b *testing.B) { benchInv(b, 1000) }

func benchInvStack(b *testing.B, n int) {
	r := rand.New(rand.NewPCG(7, 8))
	v := make([]float64, 10000*n*n)
	for k := range v {
		v[k] = r.NormFloat64()
	}
	a := mustFloat(b, []int{10000, n, n}, v...)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Inv(a); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkInvStack10000x2x2(b *testing.B) { benchInvStack(b, 2) }
func BenchmarkInvStack10000x3x3(b *testing.B) { benchInvStack(b, 3) }
