package linalg

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// extraOracleCases covers the numpy.linalg functions beyond inv, solve and
// det. Ops named "py:<lambda>" are evaluated by the oracle script.
func extraOracleCases(r *rand.Rand) []numCase {
	var cases []numCase
	add := func(op string, b oracleBound, got *Array, err error, args ...*Array) {
		cases = append(cases, newCase(op, b, got, err, args...))
	}
	ordPy := func(o NormOrd) string {
		switch {
		case o.Default:
			return "None"
		case o.Str != "":
			return "'" + o.Str + "'"
		case math.IsInf(o.P, 1):
			return "inf"
		case math.IsInf(o.P, -1):
			return "-inf"
		}
		return fmt.Sprint(o.P)
	}
	axisPy := func(ax []int) string {
		switch len(ax) {
		case 0:
			return "None"
		case 1:
			return fmt.Sprint(ax[0])
		}
		return fmt.Sprintf("(%d, %d)", ax[0], ax[1])
	}
	ords := []NormOrd{{Default: true}, {P: 1}, {P: -1}, {P: 2}, {P: -2}, {P: math.Inf(1)}, {P: math.Inf(-1)},
		{P: 0}, {P: 3}, {P: 0.5}, {Str: "fro"}, {Str: "f"}, {Str: "nuc"}, {Str: "bad"}}
	inputs := []*Array{randArray(r, Float64, 5), randArray(r, Float64, 4, 3), randArray(r, Complex128, 3, 4),
		randArray(r, Int64, 2, 3, 4), randArray(r, Complex128, 6)}
	for _, x := range inputs {
		axes := [][]int{nil, {0}, {-1}}
		if len(x.shape) >= 2 {
			axes = append(axes, []int{0, 1}, []int{1, 0}, []int{-1, -2}, []int{0, 0})
		}
		for _, o := range ords {
			for _, ax := range axes {
				for _, keep := range []bool{false, true} {
					got, err := Norm(x, o, ax, keep)
					c := newCase(fmt.Sprintf("py:lambda x: np.linalg.norm(x, ord=%s, axis=%s, keepdims=%v)", ordPy(o), axisPy(ax), map[bool]string{false: "False", true: "True"}[keep]), normBound(x, o, ax), got, err, x)
					c.label = "norm ord=" + ordPy(o)
					cases = append(cases, c)
				}
			}
		}
	}
	sq := []*Array{randArray(r, Float64, 4, 4), randArray(r, Complex128, 3, 3), randArray(r, Float64, 2, 3, 3)}
	sing, _ := FromValues([]int{2, 2}, []any{1.0, 2.0, 2.0, 4.0})
	sq = append(sq, sing)
	for _, x := range sq {
		for _, o := range []NormOrd{{Default: true}, {P: 1}, {P: -1}, {P: 2}, {P: -2}, {P: math.Inf(1)}, {P: math.Inf(-1)}, {Str: "fro"}, {Str: "nuc"}} {
			got, err := Cond(x, o)
			if x == sing && (o.is(2) || o.Default) {
				// σ₁/σ₂ where σ₂ is rounding noise of either
				// side: no bound holds. σ₂/σ₁ (ord -2) is
				// compared: its absolute error is n·ε.
				continue
			}
			// The relative error of σₙ or of inv(A) is κ₂(A)·n·ε.
			add(fmt.Sprintf("py:lambda x: np.linalg.cond(x, %s)", ordPy(o)), conditioned(x.shape[len(x.shape)-1]), got, err, x)
		}
	}
	for _, x := range []*Array{randArray(r, Float64, 4, 4), randArray(r, Int64, 3, 3), randArray(r, Complex128, 2, 3, 3), randArray(r, Float64, 3, 4), randArray(r, Float64, 3)} {
		for _, p := range []int{0, 1, 2, 3, 5, 8, -1, -3} {
			got, err := MatrixPower(x, p)
			c := newCase(fmt.Sprintf("py:lambda x: np.linalg.matrix_power(x, %d)", p), powerBound(x, p), got, err, x)
			c.label = fmt.Sprintf("matrix_power %d", p)
			cases = append(cases, c)
		}
		got, err := MatrixTranspose(x)
		add("py:np.linalg.matrix_transpose", exact(), got, err, x)
		for _, k := range []int{0, 1, -1, 5} {
			got, err = Diagonal(x, k)
			add(fmt.Sprintf("py:lambda x: np.linalg.diagonal(x, offset=%d)", k), exact(), got, err, x)
			// A sum of the diagonal, in NumPy's pairwise order on
			// both sides.
			got, err = Trace(x, k)
			c := newCase(fmt.Sprintf("py:lambda x: np.linalg.trace(x, offset=%d)", k), exact(), got, err, x)
			c.label = "trace"
			cases = append(cases, c)
		}
	}
	// multi_dot chains of 2 to 6 with vectors at the ends.
	dims := []int{3, 7, 2, 9, 4, 5, 6}
	for n := 2; n <= 6; n++ {
		for _, vec := range []bool{false, true} {
			arrs := make([]*Array, n)
			names := ""
			for k := range arrs {
				arrs[k] = randArray(r, Float64, dims[k], dims[k+1])
				names += fmt.Sprintf("a%d,", k)
			}
			if vec {
				arrs[0] = randArray(r, Float64, dims[1])
				arrs[n-1] = randArray(r, Float64, dims[n-1])
			}
			got, err := MultiDot(arrs)
			inner := 0 // the sum of the inner dimensions
			for k := 1; k < n; k++ {
				inner += dims[k]
			}
			c := newCase(fmt.Sprintf("py:lambda %s: np.linalg.multi_dot([%s])", names, names), product(inner), got, err, arrs...)
			c.label = "multi_dot"
			cases = append(cases, c)
		}
	}
	got, err := MultiDot([]*Array{randArray(r, Float64, 2)})
	add("py:lambda a: np.linalg.multi_dot([a])", exact(), got, err, randArray(r, Float64, 2))
	a3 := []*Array{randArray(r, Float64, 2), randArray(r, Float64, 2, 2, 2), randArray(r, Float64, 2)}
	got, err = MultiDot(a3)
	add("py:lambda a, b, c: np.linalg.multi_dot([a, b, c])", exact(), got, err, a3...)
	for _, pair := range [][2]*Array{{randArray(r, Float64, 3), randArray(r, Complex128, 4)}, {randArray(r, Float64, 2, 2), randArray(r, Float64, 2)}} {
		got, err = Outer(pair[0], pair[1])
		add("py:np.linalg.outer", complexOnly(got, sumBound(got, 1)), got, err, pair[0], pair[1])
	}
	for _, pair := range [][2]*Array{{randArray(r, Float64, 3), randArray(r, Float64, 3)}, {randArray(r, Float64, 4, 3), randArray(r, Int64, 3)}, {randArray(r, Float64, 2), randArray(r, Float64, 3)}} {
		got, err = Cross(pair[0], pair[1])
		add("py:np.linalg.cross", complexOnly(got, sumBound(got, 2)), got, err, pair[0], pair[1])
	}
	// scipy.linalg.det and solve.
	sing3, _ := FromValues([]int{3, 2, 2}, []any{1.0, 0, 0, 1, 1, 2, 2, 4, 1, 2, 2, 4})
	for _, x := range []*Array{randArray(r, Float64, 4, 4), randArray(r, Int64, 3, 3), randArray(r, Complex128, 3, 3),
		randArray(r, Float64, 2, 5, 5), randArray(r, Float64, 30, 30), sing, sing3, randArray(r, Float64, 3), randArray(r, Float64, 2, 3)} {
		n := x.shape[len(x.shape)-1]
		got, err := SciPyDet(x)
		add("py:sl.det", luBound(n, detScale), got, err, x)
		for _, b := range []*Array{randArray(r, Float64, n), randArray(r, Float64, 2, 3)} {
			got, err = SciPySolve(x, b)
			add("py:sl.solve", luBound(n, invScale), got, err, x, b)
		}
	}
	// tensorinv and tensorsolve.
	for _, c := range []struct {
		shape []int
		ind   int
	}{{[]int{4, 6, 8, 3}, 2}, {[]int{2, 3, 5}, 2}, {[]int{2, 2}, 0}, {[]int{6, 4, 24}, 1}, {[]int{2, 3, 6}, 2}, {[]int{2, 3}, 1}} {
		x := randArray(r, Float64, c.shape...)
		got, err := TensorInv(x, c.ind)
		// The inverse of the matrix of x's first ind axes by the rest.
		rows := prod(c.shape[:c.ind])
		add(fmt.Sprintf("py:lambda a: np.linalg.tensorinv(a, ind=%d)", c.ind),
			scaled(rows, fmt.Sprintf("cond(a.reshape(%d, -1)) * amax(r)", rows)), got, err, x)
	}
	// tensorsolve solves with the matrix of a's leading axes (those not
	// in axes, then axes) by b.size rows.
	ta := randArray(r, Float64, 2, 3, 4, 6, 4)
	tb := randArray(r, Float64, 2, 3, 4)
	got, err = TensorSolve(ta, tb, nil)
	add("py:np.linalg.tensorsolve", scaled(24, "cond(a.reshape(24, -1)) * amax(r)"), got, err, ta, tb)
	ta2 := randArray(r, Float64, 2, 3, 6)
	tb2 := randArray(r, Float64, 6)
	got, err = TensorSolve(ta2, tb2, []int{0, 1})
	add("py:lambda a, b: np.linalg.tensorsolve(a, b, axes=(0, 1))", scaled(6, "cond(a.transpose(2, 0, 1).reshape(6, -1)) * amax(r)"), got, err, ta2, tb2)
	tb3 := randArray(r, Float64, 5)
	got, err = TensorSolve(ta2, tb3, nil)
	add("py:np.linalg.tensorsolve", exact(), got, err, ta2, tb3)
	nanA, _ := FromValues([]int{1, 1}, []any{math.NaN()})
	got, err = SciPyDet(nanA)
	add("py:sl.det", exact(), got, err, nanA)
	return cases
}

// normBound is the bound of np.linalg.norm(x, ord=o, axis=ax): vector norms
// and the matrix norms 1, inf, -1, -inf and 'fro' are sums of k terms of one
// sign (backward(k), k the length summed; the max and min norms are exact,
// but for the rounding of |z| of a complex z); a p-norm's (Σ|xᵢ|^p)^(1/p)
// multiplies the relative error of the sum by 1/|p|. The norms 2, -2 and
// 'nuc' are singular values, each within n·ε·‖A‖₂ ≤ n·ε·‖A‖_F (Weyl), and
// 'nuc' the sum of min(m, n) of them.
func normBound(x *Array, o NormOrd, ax []int) oracleBound {
	sh := x.Shape()
	nd := len(sh)
	cplx := 0 // one more rounding per term for |z| of a complex z
	if x.DType() == Complex128 {
		cplx = 1
	}
	if ax == nil {
		switch {
		case o.Default:
			return backward(x.Size() + cplx)
		case nd == 1:
			ax = []int{0}
		case nd == 2:
			ax = []int{0, 1}
		default:
			return exact() // an error
		}
	}
	axis := func(a int) int {
		if a < 0 {
			a += nd
		}
		if a < 0 || a >= nd {
			return -1
		}
		return a
	}
	switch len(ax) {
	case 1:
		a := axis(ax[0])
		if a < 0 {
			return exact()
		}
		k := sh[a]
		switch {
		case o.is(0):
			return exact()
		case o.is(math.Inf(1)) || o.is(math.Inf(-1)):
			if cplx == 1 {
				return backward(1)
			}
			return exact()
		case o.Default || o.Str != "" || o.is(1) || o.is(2):
			return backward(k + cplx)
		}
		// (Σ|xᵢ|^p)^(1/p): k + 1 roundings of the powers and the sum,
		// times 1/|p| through the last power.
		return backward(int(math.Ceil(float64(k+1+cplx) / math.Min(1, math.Abs(o.P)))))
	case 2:
		r, c := axis(ax[0]), axis(ax[1])
		if r < 0 || c < 0 || r == c {
			return exact()
		}
		m, n := sh[r], sh[c]
		switch {
		case o.is(1) || o.is(-1):
			return backward(m + cplx)
		case o.is(math.Inf(1)) || o.is(math.Inf(-1)):
			return backward(n + cplx)
		case o.Default || o.Str == "fro" || o.Str == "f":
			return backward(m*n + cplx)
		case o.is(2) || o.is(-2):
			return scaled(max(m, n), "np.linalg.norm(a)")
		case o.Str == "nuc":
			return scaled(max(m, n), fmt.Sprintf("%d * np.linalg.norm(a)", min(m, n)))
		}
	}
	return exact() // an error
}

// powerBound is the bound of np.linalg.matrix_power(x, p). A⁰ and A¹ and
// integer powers are exact. A^p for p ≥ 2 takes at most p − 1 products of
// n×n matrices, in whatever order: within γ_((p−1)·n)·|A|^p entrywise
// (Higham § 3.5). A^-k is X^k for X = inv(A), whose error ‖δX‖₂ ≤
// n·ε·κ₂(A)·‖X‖₂ becomes k·n·ε·κ₂(A)·‖X‖₂^k in X^k, and the products add
// (k − 1)·n·ε·|X|^k.
func powerBound(x *Array, p int) oracleBound {
	sh := x.Shape()
	if len(sh) < 2 || sh[len(sh)-1] != sh[len(sh)-2] || p == 0 || p == 1 {
		return exact() // an error, the identity or a copy
	}
	n := sh[len(sh)-1]
	if p > 1 {
		if x.DType() == Int64 {
			return exact()
		}
		return scaled((p-1)*(n+2*btoi(x.DType() == Complex128)), absScale)
	}
	k := -p
	return scaled(n, fmt.Sprintf("%d * cond(a) * invnorm(a)**%d + %d * amax(np.linalg.matrix_power(np.abs(np.linalg.inv(a)), %d))", k, k, k-1, k))
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}
