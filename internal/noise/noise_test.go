package noise

import (
	"math"
	"math/cmplx"
	"testing"
)

func TestText(t *testing.T) {
	for _, tc := range []struct {
		name, got, want string
		v               Verdict
	}{
		{"identical", "array([1., 2.])", "array([1., 2.])", Identical},
		// The three cases of issue 17, seen on OpenBLAS's SkylakeX kernels.
		{"noise entry in A @ inv(A)",
			"array([[1.00000000e+00, 1.11022302e-16],\n       [0.00000000e+00, 1.00000000e+00]])",
			"array([[1.0000000e+00, 0.0000000e+00],\n       [8.8817842e-16, 1.0000000e+00]])", Noise},
		{"tiny singular value of lstsq",
			"(array([0.2, 0.4]),\n array([], dtype=float64),\n np.int32(1),\n array([5.00000000e+00, 1.98602732e-16]))",
			"(array([0.2, 0.4]),\n array([], dtype=float64),\n np.int32(1),\n array([5.00000000e+00, 1.04061363e-16]))", Noise},
		{"layout change from a noise entry",
			"[[1. 0.]\n [0. 1.]]\n",
			"[[ 1.00000000e+00 -1.11022302e-16]\n [-1.11022302e-16  1.00000000e+00]]\n", Noise},
		{"last bits of a scalar", "np.float64(-1.9999999999999998)", "np.float64(-1.9999999999999996)", Noise},
		{"complex parts", "array([1.+2.220446e-16j, 2.-0.j])", "array([1.-2.220446e-16j, 2.+0.j])", Noise},
		{"nan against nan", "array([nan, 1.])", "array([nan, 1.])", Identical},
		{"signed zero", "np.float64(-0.0)", "np.float64(0.0)", Noise},

		// What must not agree.
		{"wrong leading digit", "array([1.5, 2. ])", "array([2.5, 2. ])", Differ},
		{"wrong digit above the floor", "np.float64(0.12345679)", "np.float64(0.12345678)", Differ},
		{"sign flip above the floor", "np.float64(-2.0)", "np.float64(2.0)", Differ},
		{"sign flip inside an array", "array([[ 1., -1.], [1., 1.]])", "array([[ 1.,  1.], [1., 1.]])", Differ},
		{"1e-10 where the bound is 1e-15",
			"array([[1.e+00, 1.e-10],\n       [0.e+00, 1.e+00]])",
			"array([[1., 0.],\n       [0., 1.]])", Differ},
		{"float against int", "np.float64(-2.0)", "np.int64(-2)", Differ},
		{"float array against int array", "array([1., 2.])", "array([1, 2])", Differ},
		{"count of numbers", "array([1., 2.])", "array([1., 2., 3.])", Differ},
		{"integers are exact", "np.int32(1)", "np.int32(2)", Differ},
		{"shape in a message", "shapes (2,3) and (2,3) not aligned", "shapes (2,3) and (3,3) not aligned", Differ},
		{"a different word", "Singular matrix", "singular matrix", Differ},
		{"different dtype", "array([1., 2.], dtype=float32)", "array([1., 2.])", Differ},
		{"nan against a number", "array([nan, 1.])", "array([0., 1.])", Differ},
		{"infinity against a large number", "np.float64(inf)", "np.float64(1.7976931348623157e+308)", Differ},
		{"opposite infinities", "np.float64(inf)", "np.float64(-inf)", Differ},
		{"digits of a name are not numbers", "dtype=float64", "dtype=float32", Differ},
		{"scalar noise is relative to the scalar", "np.float64(1e-20)", "np.float64(2e-20)", Differ},
		{"groups have their own scale", "[1000. 2.] [1.e-14 1.]", "[1000. 2.] [0. 1.]", Differ},
	} {
		v, why := Text(tc.got, tc.want, Float64)
		if v != tc.v {
			t.Errorf("%s: Text(%q, %q) = %v (%s), want %v", tc.name, tc.got, tc.want, v, why, tc.v)
		}
		if v == Differ && why == "" {
			t.Errorf("%s: no reason given", tc.name)
		}
		// Exact agrees only with identical text.
		if v, _ := Text(tc.got, tc.want, Exact); v != Identical && v != Differ || (v == Identical) != (tc.got == tc.want) {
			t.Errorf("%s: Text(..., Exact) = %v", tc.name, v)
		}
	}
}

func TestBoundLimits(t *testing.T) {
	// A residual that cancels from ‖b‖² = 21 down to 1/6: 9 ulps of 1/6
	// differ at n = 1 and its own scale, agree at n = 3 and scale 21.
	got, want := "0.16666666666666666", "0.1666666666666669"
	if v, _ := Text(got, want, Float64); v != Differ {
		t.Errorf("own scale: %v, want differ", v)
	}
	b := Float64
	b.N, b.Scale = 3, 21
	if v, _ := Text(got, want, b); v != Noise {
		t.Errorf("stated scale: %v, want noise", v)
	}
	if r := Ratio(got, want, Float64); r < 6 || r > 7 {
		t.Errorf("Ratio = %v, want about 6.4", r)
	}
	if r := Ratio(got, got, Float64); r != 0 {
		t.Errorf("Ratio of identical texts = %v", r)
	}
	if r := Ratio("[1. 2.]", "[1. 2. 3.]", Float64); !math.IsInf(r, 1) {
		t.Errorf("Ratio of different texts = %v", r)
	}
	// A group of zeros has a zero bound: -0. against 0. is noise of ratio
	// 0, as Text finds, not an infinite one.
	if v, _ := Text("[-0.  0.]", "[ 0.  0.]", Float64); v != Noise {
		t.Errorf("Text(-0. against 0.) = %v, want Noise", v)
	}
	if r := Ratio("[-0.  0.]", "[ 0.  0.]", Float64); r != 0 {
		t.Errorf("Ratio(-0. against 0.) = %v, want 0", r)
	}
}

func TestScanGroups(t *testing.T) {
	for _, tc := range []struct {
		s    string
		skel string
		ns   []int // n of each group
	}{
		{"array([[1., 2., 3.],\n       [4., 5., 6.]])", "array([[#,#,#],[#,#,#]])", []int{3}},
		{"[[1 2]\n [3 4]\n [5 6]]", "[[##][##][##]]", []int{3}},
		{"(array([0.2, 0.4]), np.int32(1))", "(array([#,#]),np.int32(#))", []int{2, 1}},
		{"np.float64(-1.5e-3)", "np.float64(#)", []int{1}},
		{"1.+2.j", "##j", []int{1, 1}},
		{"float64 x1 1.17.1", "float64x1#.1", []int{1}},
	} {
		skel, _, groups := scan(tc.s)
		var ns []int
		for _, g := range groups {
			ns = append(ns, g.n)
		}
		if skel != tc.skel || len(ns) != len(tc.ns) {
			t.Errorf("scan(%q) = %q %v, want %q %v", tc.s, skel, ns, tc.skel, tc.ns)
			continue
		}
		for k := range ns {
			if ns[k] != tc.ns[k] {
				t.Errorf("scan(%q) groups %v, want %v", tc.s, ns, tc.ns)
				break
			}
		}
	}
}

func TestValuesScale(t *testing.T) {
	// An inverse with κ = 1e6: a difference of 1e-12 in entries of size 1
	// is beyond the plain bound and within the one scaled by κ.
	got, want := []complex128{1 + 1e-12, 2}, []complex128{1, 2}
	b := Float64
	b.N = 2
	if Values(got, want, b) != 0 {
		t.Error("plain bound allowed 1e-12")
	}
	b.Scale = 1e6 * 2
	if Values(got, want, b) != -1 {
		t.Error("bound scaled by κ refused 1e-12")
	}
	// 1e-12 in units of 2·ε·2e6 (8.9e-10): about 0.00113.
	if r := ValuesRatio(got, want, b); r < 0.0011 || r > 0.00115 {
		t.Errorf("ValuesRatio = %v, want about 0.00113", r)
	}
}

func TestValues(t *testing.T) {
	n := 3
	floor := C * float64(n) * Eps64 * 4 // max|entries| is 4
	for _, tc := range []struct {
		name      string
		got, want []complex128
		b         Bound
		bad       int
	}{
		{"equal", []complex128{1, 4}, []complex128{1, 4}, Float64, -1},
		{"within", []complex128{1 + complex(floor, 0), 4}, []complex128{1, 4}, Float64, -1},
		{"beyond", []complex128{1, 4 + complex(2*floor, 0)}, []complex128{1, 4}, Float64, 1},
		{"imaginary beyond", []complex128{1, complex(4, 2*floor)}, []complex128{1, 4}, Float64, 1},
		{"exact differs in the last bit", []complex128{1, 4 + 0x1p-50}, []complex128{1, 4}, Exact, 1},
		{"length", []complex128{1}, []complex128{1, 4}, Float64, 0},
		{"nan against nan", []complex128{cmplx.NaN()}, []complex128{cmplx.NaN()}, Float64, -1},
		{"nan against a number", []complex128{1, cmplx.NaN()}, []complex128{1, 4}, Float64, 1},
		{"signed zero is not the same bits", []complex128{complex(math.Copysign(0, -1), 0)}, []complex128{0}, Exact, 0},
	} {
		b := tc.b
		if b != Exact {
			b.N = n
		}
		if got := Values(tc.got, tc.want, b); got != tc.bad {
			t.Errorf("%s: Values = %d, want %d", tc.name, got, tc.bad)
		}
	}
}
