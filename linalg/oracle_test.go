package linalg

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/golinalg/golinalg/internal/noise"
	"github.com/golinalg/golinalg/internal/pyoracle"
)

type wireArray struct {
	DType string `json:"dtype"`
	Shape []int  `json:"shape"`
	Data  []any  `json:"data"`
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
		w.Data[k] = pyoracle.Element(a.At(k))
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
	Op    string      `json:"op"`
	Args  []wireArray `json:"args"`
	Ints  []int       `json:"ints,omitempty"`  // integer arguments, after the arrays
	Scale string      `json:"scale,omitempty"` // bound.scale, for the driver
	got   *Array
	err   error
	bound oracleBound
	label string // the op as the test's log names it; Op if empty
}

type numAnswer struct {
	Result     *wireArray `json:"result"`
	Error      string     `json:"error"`
	Scale      string     `json:"scale"`
	ScaleError string     `json:"scale_error"`
}

// newCase is a case comparing got and err (from golinalg) with NumPy's
// op on args, within bound b.
func newCase(op string, b oracleBound, got *Array, err error, args ...*Array) numCase {
	c := numCase{Op: op, Scale: b.scale, got: got, err: err, bound: b}
	for _, a := range args {
		c.Args = append(c.Args, toWire(a))
	}
	return c
}

// An oracleBound is the noise bound (package noise) within which a result
// must agree with NumPy's: every entry within C·N·ε·max(Scale, max|entries|)
// (noise.Values), C = noise.C = 4 covering the factor 2 of two
// computations that each err by up to N·ε·Scale, and a little more. N is
// the order of the computation; Scale, where the forward error is larger
// than N·ε times the result, comes from NumPy's and SciPy's norms and
// condition numbers: the oracle script evaluates the Python expression
// scale (testdata/numpy_linalg.py has its helpers), never golinalg. The
// bounds are first-order normwise bounds (Higham, Accuracy and Stability of
// Numerical Algorithms) applied to the largest entry, as the rule does.
// The zero oracleBound asks for the same bits.
type oracleBound struct {
	noise.Bound
	scale string
}

// exact asks for NumPy's bits: for results that both sides compute by the
// same operations in the same order, outside OpenBLAS (elementwise
// arithmetic, NumPy's pairwise sums, copies and rearrangements), and for
// integers, booleans and errors.
func exact() oracleBound { return oracleBound{} }

// backward(n) allows C·n·ε·max|entries|: the forward error of a computation
// of order n whose error is n·ε times a norm no larger than its largest
// output: eigenvalues of a Hermitian matrix and singular values (Weyl:
// |δλᵢ| ≤ ‖δA‖₂, and the backward error ‖δA‖₂ of n·ε·‖A‖₂ = n·ε·max|λ|),
// and sums of n terms of one sign (Higham § 4.2: |δs| ≤ (n−1)·ε·Σ|xᵢ| =
// (n−1)·ε·|s|), such as the vector norms.
func backward(n int) oracleBound {
	return oracleBound{Bound: noise.Bound{C: noise.C, Eps: noise.Eps64, N: n}}
}

// scaled(n, expr) allows C·n·ε·S, S the value of the Python expression expr
// (or max|entries| if larger): the bound of a computation of order n whose
// error is n·ε·S to first order (see the constants below).
func scaled(n int, expr string) oracleBound {
	b := backward(n)
	b.scale = expr
	return b
}

// Scale expressions for scaled, evaluated by testdata/numpy_linalg.py.
const (
	// absScale: the op on |args|. For a sum of products (matmul, einsum,
	// tensordot, inner, vdot, multi_dot) it is Σ|terms| of each result,
	// the scale of the rounding error γ_k·Σ|terms| of a sum of k products
	// in any order (Higham § 3.1; § 3.5 for a chain of products, k the
	// sum of the inner dimensions).
	absScale = "amax(op(*map(np.abs, args), *ints))"
	// invScale: κ₂(A)·max|X| for X = inv(A), solve(A, B), pinv(A) and the
	// factors of A: ‖δX‖/‖X‖ ≤ κ₂(A)·‖δA‖/‖A‖ to first order (Higham § 7.1
	// for solve and inv, Wedin's bound for pinv; the perturbation bounds of
	// the LU and QR factors (Stewart; Sun) have the same form), with the
	// backward error ‖δA‖ of about n·ε·‖A‖ of LU with partial pivoting,
	// Householder QR or the SVD; the largest κ of a stack.
	invScale = "cond(a) * amax(r)"
	// detScale: κ₂(A)·|det A| = σ₁·σ₁σ₂⋯σₙ₋₁, finite for a singular A:
	// to first order δdet = tr(adj(A)·δA), of the order of
	// ‖adj A‖₂·‖δA‖₂ = σ₁⋯σₙ₋₁·n·ε·σ₁ (κ₂(A)·n·ε relative, as for inv).
	detScale = "detscale(a)"
	// logScale: κ₂(A), the absolute error of log|det A| (and of the phase
	// of a complex det), δdet/det = tr(A⁻¹·δA) ≈ κ₂(A)·n·ε.
	logScale = "cond(a)"
	// cholScale: κ₂(A)·‖A‖₂^½ for the Cholesky factor R of A: ‖δR‖_F ≤
	// 2^-½·κ₂(A)·‖R‖₂·‖δA‖_F/‖A‖₂ to first order (Sun 1991; Higham
	// § 10.1), ‖R‖₂ = ‖A‖₂^½, with the backward error (n+1)·ε·‖A‖ of the
	// factorisation. The factor is not as accurate as its backward error:
	// n·ε·max|R| alone fails (OpenBLAS's Prescott kernels give R[19][19]
	// of a 20×20 matrix 5 such units away from golinalg's).
	cholScale = "cond(a) * np.sqrt(norm2(a))"
	// eigScale: κ₂(V)·‖A‖₂ for the eigenvectors V of A: the Bauer–Fike
	// bound of the eigenvalues' error from a backward error n·ε·‖A‖₂.
	eigScale = "eigcond(a)"
)

// product(n) is the bound of sums of n products, scaled by their Σ|terms|.
func product(n int) oracleBound { return scaled(n, absScale) }

// conditioned(n) is the bound of an inverse, a solve or a factor of A, n
// the larger dimension of A.
func conditioned(n int) oracleBound { return scaled(n, invScale) }

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
// arithmetic and sums along any axis (NumPy's pairwise order) must agree to
// the last bit; results that go through LAPACK and BLAS within the noise
// bound their computation justifies (oracleBound): products by Σ|terms|,
// inverses, solves, determinants and Cholesky factors by κ₂(A),
// eigenvalues and singular values by ‖A‖₂.
func TestOracleNumerics(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	r := rand.New(rand.NewPCG(9, 10))
	var cases []numCase
	add := func(op string, b oracleBound, got *Array, err error, args ...*Array) {
		cases = append(cases, newCase(op, b, got, err, args...))
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
			add("inv", luBound(n, invScale), x, err, a)
			b := randArray(r, d, n)
			x, err = Solve(a, b)
			add("solve", luBound(n, invScale), x, err, a, b)
			x, err = Det(a)
			add("det", luBound(n, detScale), x, err, a)
			s, l, err := Slogdet(a)
			if d == Complex128 {
				add("slogdet_sign", luBound(n, logScale), s, err, a)
			} else {
				add("slogdet_sign", exact(), s, err, a)
			}
			add("slogdet_log", luBound(n, logScale), l, err, a)
		}
		s := sym(n)
		x, err := Cholesky(s)
		add("cholesky", luBound(n, cholScale), x, err, s)
		x, err = Pinv(s, -1)
		add("pinv", luBound(n, invScale), x, err, s)
		w, _, err := Eigh(s)
		add("eigvalsh", backward(n), w, err, s)
		x, err = MatrixRank(s, -1)
		add("matrix_rank", exact(), x, err, s)
	}
	// Stacks and errors.
	st := randArray(r, Float64, 4, 3, 3)
	x, err := Inv(st)
	add("inv", conditioned(3), x, err, st)
	sing, _ := FromValues([]int{2, 2}, []any{1, 2, 2, 4})
	x, err = Inv(sing)
	add("inv", exact(), x, err, sing)
	for _, sh := range [][]int{{2}, {2, 3}, {}} {
		bad := randArray(r, Float64, sh...)
		x, err = Inv(bad)
		add("inv", exact(), x, err, bad)
		x, err = Det(bad)
		add("det", exact(), x, err, bad)
	}
	a23, b3 := randArray(r, Float64, 2, 3), randArray(r, Float64, 3)
	x, err = Solve(sing, b3)
	add("solve", exact(), x, err, sing, b3)
	x, err = MatMul(a23, a23)
	add("matmul", exact(), x, err, a23, a23)
	x, err = Dot(a23, a23)
	add("dot", exact(), x, err, a23, a23)
	// Elementwise, bit-exact, with broadcasting.
	for _, d1 := range []DType{Int64, Float64, Complex128} {
		for _, d2 := range []DType{Int64, Float64} {
			p, q := randArray(r, d1, 3, 4), randArray(r, d2, 4)
			for _, op := range []BinaryOp{OpAdd, OpSub, OpMul, OpDiv, OpFloorDiv, OpMod, OpLess} {
				x, _, err := Binary(op, p, q)
				add(op.String(), exact(), x, err, p, q)
			}
			x, err = MatMul(p, q)
			add("matmul", sumBound(x, 4), x, err, p, q)
		}
	}
	ip, iq := randArray(r, Int64, 5), randArray(r, Int64, 5)
	x, _, err = Binary(OpPow, ip, iq)
	add("power", exact(), x, err, ip, iq)
	bad1, bad2 := randArray(r, Float64, 2, 3), randArray(r, Float64, 4)
	x, _, err = Binary(OpAdd, bad1, bad2)
	add("add", exact(), x, err, bad1, bad2)
	// Reductions: pairwise sums agree bit for bit.
	for _, n := range []int{1, 7, 8, 9, 100, 129, 1000, 4097} {
		v := randArray(r, Float64, n)
		x, err = Sum(v, nil, false)
		add("sum", exact(), x, err, v)
		x, err = Mean(v, nil, false)
		add("mean", exact(), x, err, v)
		x, _, err = Reduce(ReduceStd, v, nil, false)
		add("std", exact(), x, err, v)
		x, _, err = Reduce(ReduceArgmax, v, nil, false)
		add("argmax", exact(), x, err, v)
		c := randArray(r, Complex128, n)
		x, err = Sum(c, nil, false)
		add("sum", exact(), x, err, c)
	}
	m := randArray(r, Float64, 37, 21)
	x, err = Sum(m, []int{0}, false)
	add("sum0", exact(), x, err, m)
	x, err = Sum(m, []int{-1}, false)
	add("sum-1", exact(), x, err, m)
	x, err = Max(m, []int{0}, false)
	add("max0", exact(), x, err, m)
	x, err = SVDVals(m)
	add("svdvals", backward(37), x, err, m)

	cases = append(cases, extraOracleCases(r)...)

	runOracleCases(t, py, cases)
}

// luBound(n, expr) is scaled(n, expr) for a result from the LU
// factorisation of an n×n matrix, exact for n = 0 (an empty matrix, or
// det = 1).
func luBound(n int, expr string) oracleBound {
	if n == 0 {
		return exact()
	}
	return scaled(n, expr)
}

// complexOnly(x, b) is b for a complex x and exact otherwise: for results
// that NumPy rounds as golinalg does, product by product, but for complex
// products, which NumPy's SIMD loops may compute with fused multiply-adds
// (each within √2·γ₂·|a|·|b|, Higham § 3.6).
func complexOnly(x *Array, b oracleBound) oracleBound {
	if x != nil && x.DType() == Complex128 {
		return b
	}
	return exact()
}

// sumBound(x, k) is the bound of a result x whose entries are sums of k
// products: exact for integers, product(k) for float64, product(k+2) for
// complex128, whose every product adds two roundings (Higham § 3.6).
func sumBound(x *Array, k int) oracleBound {
	switch {
	case x == nil || x.DType() == Int64 || x.DType() == Bool:
		return exact()
	case x.DType() == Complex128:
		return product(k + 2)
	}
	return product(k)
}

func argShapes(args []wireArray) []string {
	var s []string
	for _, a := range args {
		s = append(s, a.DType+FormatShape(a.Shape))
	}
	return s
}

// oracleStats counts the outcomes of comparisons with NumPy.
type oracleStats struct {
	cases, errors, identical, noisy int
	ratio                           float64 // largest |got − want| / (N·ε·scale)
	worst                           string  // the case of the largest ratio
}

func (s *oracleStats) String() string {
	return fmt.Sprintf("%d cases: %d same error, %d bit-identical, %d within noise (largest %.3g of C = %g%s)",
		s.cases, s.errors, s.identical, s.noisy, s.ratio, float64(noise.C), s.worst)
}

// runOracleCases sends cases to testdata/numpy_linalg.py (NumPy and SciPy)
// and compares each answer with what golinalg computed: the same error text,
// or the same dtype and shape and every entry within the case's bound
// (noise.Values). It logs, per op and in all, how many cases agreed bit for
// bit and how many within noise, and the largest ratio to the bound's unit.
func runOracleCases(t *testing.T, py string, cases []numCase) {
	t.Helper()
	answers := askOracle(t, py, cases)
	var all oracleStats
	perOp := map[string]*oracleStats{}
	var ops []string
	for k, ans := range answers {
		c := cases[k]
		name := fmt.Sprintf("#%d %s%v", k, c.Op, argShapes(c.Args))
		label := c.label
		if label == "" {
			label = c.Op
		}
		st := perOp[label]
		if st == nil {
			st = &oracleStats{}
			perOp[label] = st
			ops = append(ops, label)
		}
		st.cases++
		all.cases++
		if ans.Error != "" || c.err != nil {
			if c.err == nil || c.err.Error() != ans.Error {
				t.Errorf("%s: error %v, oracle %q", name, c.err, ans.Error)
			}
			st.errors++
			all.errors++
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
		if noise.Values(gv, wv, noise.Exact) < 0 {
			st.identical++
			all.identical++
			continue
		}
		b := c.bound.Bound
		if c.bound.scale != "" {
			if ans.ScaleError != "" {
				t.Errorf("%s: scale %s: %s", name, c.bound.scale, ans.ScaleError)
				continue
			}
			s := parseF(ans.Scale)
			if math.IsInf(s, 0) || math.IsNaN(s) {
				// An infinite κ bounds nothing: only the same bits agree.
				t.Errorf("%s: scale %s = %v, and the results differ", name, c.bound.scale, s)
				continue
			}
			b.Scale = math.Max(b.Scale, s)
		}
		if j := noise.Values(gv, wv, b); j >= 0 {
			bound := "exact"
			if b != noise.Exact {
				bound = fmt.Sprintf("ratio %.3g > C = %g (N = %d, scale %.3g)", noise.ValuesRatio(gv, wv, b), b.C, b.N, b.Scale)
			}
			t.Errorf("%s: element %d = %v, oracle %v (%s)", name, j, gv[j], wv[j], bound)
			continue
		}
		st.noisy++
		all.noisy++
		if r := noise.ValuesRatio(gv, wv, b); r > st.ratio {
			st.ratio, st.worst = r, ", "+name
			if r > all.ratio {
				all.ratio, all.worst = r, st.worst
			}
		}
	}
	for _, op := range ops {
		t.Logf("%s: %v", op, perOp[op])
	}
	t.Logf("%v", &all)
}

// askOracle sends cases to testdata/numpy_linalg.py and returns its
// answers, one per case.
func askOracle(t *testing.T, py string, cases []numCase) []numAnswer {
	t.Helper()
	return pyoracle.Lines[numAnswer](t, cases, py, "testdata/numpy_linalg.py")
}
