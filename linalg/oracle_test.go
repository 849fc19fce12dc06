package linalg

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/cmplx"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"testing"
)

type wireArray struct {
	DType string `json:"dtype"`
	Shape []int  `json:"shape"`
	Data  []any  `json:"data"`
}

func hexF(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	return strconv.FormatFloat(x, 'x', -1, 64)
}

func parseF(s string) float64 {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		panic(err)
	}
	return f
}

func toWire(a *Array) wireArray {
	w := wireArray{DType: a.DType().String(), Shape: a.Shape(), Data: make([]any, a.Size())}
	for k := range w.Data {
		switch v := a.At(k).(type) {
		case bool:
			w.Data[k] = v
		case int64:
			w.Data[k] = strconv.FormatInt(v, 10)
		case float64:
			w.Data[k] = hexF(v)
		case complex128:
			w.Data[k] = []string{hexF(real(v)), hexF(imag(v))}
		}
	}
	return w
}

func fromWire(w wireArray) (*Array, error) {
	vals := make([]any, len(w.Data))
	var d DType
	for k, x := range w.Data {
		switch w.DType {
		case "bool":
			d, vals[k] = Bool, x.(bool)
		case "int64", "int32":
			d = Int64
			i, _ := strconv.ParseInt(x.(string), 10, 64)
			vals[k] = i
		case "float64":
			d, vals[k] = Float64, parseF(x.(string))
		case "complex128":
			p := x.([]any)
			d, vals[k] = Complex128, complex(parseF(p[0].(string)), parseF(p[1].(string)))
		}
	}
	if len(w.Data) == 0 {
		d = map[string]DType{"bool": Bool, "int64": Int64, "float64": Float64, "complex128": Complex128}[w.DType]
	}
	return FromValuesDType(w.Shape, vals, d)
}

type numCase struct {
	Op   string      `json:"op"`
	Args []wireArray `json:"args"`
	Ints []int       `json:"ints,omitempty"` // integer arguments, after the arrays
	got  *Array
	err  error
	tol  float64 // 0: bit-exact expected
}

type numAnswer struct {
	Result *wireArray `json:"result"`
	Error  string     `json:"error"`
}

func randArray(r *rand.Rand, d DType, shape ...int) *Array {
	n := prod(shape)
	switch d {
	case Int64:
		v := make([]int64, n)
		for k := range v {
			v[k] = r.Int64N(19) - 9
		}
		a, _ := NewInt64(shape, v)
		return a
	case Complex128:
		v := make([]complex128, n)
		for k := range v {
			v[k] = complex(r.NormFloat64(), r.NormFloat64())
		}
		a, _ := NewComplex128(shape, v)
		return a
	}
	v := make([]float64, n)
	for k := range v {
		v[k] = r.NormFloat64() * math.Pow(10, float64(r.IntN(5)-2))
	}
	a, _ := NewFloat64(shape, v)
	return a
}

// TestOracleNumerics runs linalg functions and NumPy on the same generated
// inputs and compares dtype, shape, values and error texts. Elementwise
// arithmetic, sums along trailing axes and small LU-based results must agree
// to the last bit; factorisations within a relative tolerance.
func TestOracleNumerics(t *testing.T) {
	py := os.Getenv("GOLINALG_PYTHON")
	if py == "" {
		t.Skip("GOLINALG_PYTHON not set: oracle test needs NumPy")
	}
	r := rand.New(rand.NewPCG(9, 10))
	var cases []numCase
	add := func(op string, tol float64, got *Array, err error, args ...*Array) {
		c := numCase{Op: op, got: got, err: err, tol: tol}
		for _, a := range args {
			c.Args = append(c.Args, toWire(a))
		}
		cases = append(cases, c)
	}
	sym := func(n int) *Array {
		a := randArray(r, Float64, n, n)
		at := a.T()
		s, _ := MatMul(a, at)
		e, _ := Identity(Float64, n)
		s, _ = Add(s, e)
		return s
	}
	for _, n := range []int{0, 1, 2, 3, 4, 5, 8, 20, 50} {
		for _, d := range []DType{Int64, Float64, Complex128} {
			a := randArray(r, d, n, n)
			x, err := Inv(a)
			add("inv", 1e-9, x, err, a)
			b := randArray(r, d, n)
			x, err = Solve(a, b)
			add("solve", 1e-9, x, err, a, b)
			x, err = Det(a)
			add("det", 1e-9, x, err, a)
			s, l, err := Slogdet(a)
			add("slogdet_sign", 1e-12, s, err, a)
			add("slogdet_log", 1e-9, l, err, a)
		}
		s := sym(n)
		x, err := Cholesky(s)
		add("cholesky", 1e-9, x, err, s)
		x, err = Pinv(s, -1)
		add("pinv", 1e-8, x, err, s)
		w, _, err := Eigh(s)
		add("eigvalsh", 1e-9, w, err, s)
		x, err = MatrixRank(s, -1)
		add("matrix_rank", 0, x, err, s)
	}
	// Stacks and errors.
	st := randArray(r, Float64, 4, 3, 3)
	x, err := Inv(st)
	add("inv", 1e-9, x, err, st)
	sing, _ := FromValues([]int{2, 2}, []any{1, 2, 2, 4})
	x, err = Inv(sing)
	add("inv", 0, x, err, sing)
	for _, sh := range [][]int{{2}, {2, 3}, {}} {
		bad := randArray(r, Float64, sh...)
		x, err = Inv(bad)
		add("inv", 0, x, err, bad)
		x, err = Det(bad)
		add("det", 0, x, err, bad)
	}
	a23, b3 := randArray(r, Float64, 2, 3), randArray(r, Float64, 3)
	x, err = Solve(sing, b3)
	add("solve", 0, x, err, sing, b3)
	x, err = MatMul(a23, a23)
	add("matmul", 0, x, err, a23, a23)
	x, err = Dot(a23, a23)
	add("dot", 0, x, err, a23, a23)
	// Elementwise, bit-exact, with broadcasting.
	for _, d1 := range []DType{Int64, Float64, Complex128} {
		for _, d2 := range []DType{Int64, Float64} {
			p, q := randArray(r, d1, 3, 4), randArray(r, d2, 4)
			for _, op := range []BinaryOp{OpAdd, OpSub, OpMul, OpDiv, OpFloorDiv, OpMod, OpLess} {
				x, _, err := Binary(op, p, q)
				add(op.String(), 0, x, err, p, q)
			}
			x, err = MatMul(p, q)
			add("matmul", 1e-12, x, err, p, q)
		}
	}
	ip, iq := randArray(r, Int64, 5), randArray(r, Int64, 5)
	x, _, err = Binary(OpPow, ip, iq)
	add("power", 0, x, err, ip, iq)
	bad1, bad2 := randArray(r, Float64, 2, 3), randArray(r, Float64, 4)
	x, _, err = Binary(OpAdd, bad1, bad2)
	add("add", 0, x, err, bad1, bad2)
	// Reductions: pairwise sums agree bit for bit.
	for _, n := range []int{1, 7, 8, 9, 100, 129, 1000, 4097} {
		v := randArray(r, Float64, n)
		x, err = Sum(v, nil, false)
		add("sum", 0, x, err, v)
		x, err = Mean(v, nil, false)
		add("mean", 0, x, err, v)
		x, _, err = Reduce(ReduceStd, v, nil, false)
		add("std", 0, x, err, v)
		x, _, err = Reduce(ReduceArgmax, v, nil, false)
		add("argmax", 0, x, err, v)
		c := randArray(r, Complex128, n)
		x, err = Sum(c, nil, false)
		add("sum", 0, x, err, c)
	}
	m := randArray(r, Float64, 37, 21)
	x, err = Sum(m, []int{0}, false)
	add("sum0", 0, x, err, m)
	x, err = Sum(m, []int{-1}, false)
	add("sum-1", 0, x, err, m)
	x, err = Max(m, []int{0}, false)
	add("max0", 0, x, err, m)
	x, err = SVDVals(m)
	add("svdvals", 1e-10, x, err, m)

	cases = append(cases, extraOracleCases(r)...)

	runOracleCases(t, py, cases, elementwiseClose)
	t.Logf("%d numerical cases compared with NumPy", len(cases))
}

func argShapes(args []wireArray) []string {
	var s []string
	for _, a := range args {
		s = append(s, a.DType+FormatShape(a.Shape))
	}
	return s
}

func closeC(a, b complex128, tol float64) bool {
	if tol != 0 && a == b {
		return true
	}
	if tol == 0 {
		same := func(x, y float64) bool {
			return math.Float64bits(x) == math.Float64bits(y) || (isNaN(x) && isNaN(y))
		}
		return same(real(a), real(b)) && same(imag(a), imag(b))
	}
	if cmplx.IsNaN(a) && cmplx.IsNaN(b) {
		return true
	}
	return cmplx.Abs(a-b) <= tol*(1+cmplx.Abs(b))
}

// elementwiseClose is the element test of the NumPy oracle: the index of the
// first element of got not within closeC's tolerance of want, or -1.
func elementwiseClose(got, want []complex128, tol float64) int {
	for j := range got {
		if !closeC(got[j], want[j], tol) {
			return j
		}
	}
	return -1
}

// runOracleCases sends cases to testdata/numpy_linalg.py (NumPy and SciPy)
// and compares each answer with what golinalg computed: the same error text,
// or the same dtype and shape and every element close by the test close.
func runOracleCases(t *testing.T, py string, cases []numCase, close func(got, want []complex128, tol float64) int) {
	t.Helper()
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	for _, c := range cases {
		if err := enc.Encode(c); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(py, "testdata/numpy_linalg.py")
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("oracle: %v\n%s", err, stderr.String())
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<28)
	k := 0
	for ; sc.Scan(); k++ {
		var ans numAnswer
		if err := json.Unmarshal(sc.Bytes(), &ans); err != nil {
			t.Fatal(err)
		}
		c := cases[k]
		name := fmt.Sprintf("#%d %s%v", k, c.Op, argShapes(c.Args))
		if ans.Error != "" || c.err != nil {
			if c.err == nil || c.err.Error() != ans.Error {
				t.Errorf("%s: error %v, oracle %q", name, c.err, ans.Error)
			}
			continue
		}
		want, err := fromWire(*ans.Result)
		if err != nil {
			t.Fatal(err)
		}
		if want.DType() != c.got.DType() || FormatShape(want.Shape()) != FormatShape(c.got.Shape()) {
			t.Errorf("%s: got %v %v, oracle %v %v", name, c.got.DType(), c.got.Shape(), want.DType(), want.Shape())
			continue
		}
		gv, wv := c.got.Complex128s(), want.Complex128s()
		if j := close(gv, wv, c.tol); j >= 0 {
			t.Errorf("%s: element %d = %v, oracle %v", name, j, gv[j], wv[j])
		}
	}
	if k != len(cases) {
		t.Fatalf("oracle answered %d of %d", k, len(cases))
	}
}
