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
	add := func(op string, tol float64, got *Array, err error, args ...*Array) {
		c := numCase{Op: op, got: got, err: err, tol: tol}
		for _, a := range args {
			c.Args = append(c.Args, toWire(a))
		}
		cases = append(cases, c)
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
					add(fmt.Sprintf("py:lambda x: np.linalg.norm(x, ord=%s, axis=%s, keepdims=%v)", ordPy(o), axisPy(ax), map[bool]string{false: "False", true: "True"}[keep]), 1e-12, got, err, x)
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
			tol := 1e-9
			if o.is(-2) || o.is(2) || o.Default || o.Str == "nuc" {
				tol = 1e-7
			}
			if x == sing && (o.is(2) || o.Default || o.is(-2)) {
				continue // the ratio of rounding noise
			}
			add(fmt.Sprintf("py:lambda x: np.linalg.cond(x, %s)", ordPy(o)), tol, got, err, x)
		}
	}
	for _, x := range []*Array{randArray(r, Float64, 4, 4), randArray(r, Int64, 3, 3), randArray(r, Complex128, 2, 3, 3), randArray(r, Float64, 3, 4), randArray(r, Float64, 3)} {
		for _, p := range []int{0, 1, 2, 3, 5, 8, -1, -3} {
			got, err := MatrixPower(x, p)
			add(fmt.Sprintf("py:lambda x: np.linalg.matrix_power(x, %d)", p), 1e-9, got, err, x)
		}
		got, err := MatrixTranspose(x)
		add("py:np.linalg.matrix_transpose", 0, got, err, x)
		for _, k := range []int{0, 1, -1, 5} {
			got, err = Diagonal(x, k)
			add(fmt.Sprintf("py:lambda x: np.linalg.diagonal(x, offset=%d)", k), 0, got, err, x)
			got, err = Trace(x, k)
			add(fmt.Sprintf("py:lambda x: np.linalg.trace(x, offset=%d)", k), 1e-12, got, err, x)
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
			add(fmt.Sprintf("py:lambda %s: np.linalg.multi_dot([%s])", names, names), 1e-12, got, err, arrs...)
		}
	}
	got, err := MultiDot([]*Array{randArray(r, Float64, 2)})
	add("py:lambda a: np.linalg.multi_dot([a])", 0, got, err, randArray(r, Float64, 2))
	a3 := []*Array{randArray(r, Float64, 2), randArray(r, Float64, 2, 2, 2), randArray(r, Float64, 2)}
	got, err = MultiDot(a3)
	add("py:lambda a, b, c: np.linalg.multi_dot([a, b, c])", 0, got, err, a3...)
	for _, pair := range [][2]*Array{{randArray(r, Float64, 3), randArray(r, Complex128, 4)}, {randArray(r, Float64, 2, 2), randArray(r, Float64, 2)}} {
		got, err = Outer(pair[0], pair[1])
		add("py:np.linalg.outer", 0, got, err, pair[0], pair[1])
	}
	for _, pair := range [][2]*Array{{randArray(r, Float64, 3), randArray(r, Float64, 3)}, {randArray(r, Float64, 4, 3), randArray(r, Int64, 3)}, {randArray(r, Float64, 2), randArray(r, Float64, 3)}} {
		got, err = Cross(pair[0], pair[1])
		add("py:np.linalg.cross", 0, got, err, pair[0], pair[1])
	}
	// scipy.linalg.det and solve.
	sing3, _ := FromValues([]int{3, 2, 2}, []any{1.0, 0, 0, 1, 1, 2, 2, 4, 1, 2, 2, 4})
	for _, x := range []*Array{randArray(r, Float64, 4, 4), randArray(r, Int64, 3, 3), randArray(r, Complex128, 3, 3),
		randArray(r, Float64, 2, 5, 5), randArray(r, Float64, 30, 30), sing, sing3, randArray(r, Float64, 3), randArray(r, Float64, 2, 3)} {
		got, err := SciPyDet(x)
		add("py:sl.det", 1e-12, got, err, x)
		for _, b := range []*Array{randArray(r, Float64, x.shape[len(x.shape)-1]), randArray(r, Float64, 2, 3)} {
			got, err = SciPySolve(x, b)
			add("py:sl.solve", 1e-9, got, err, x, b)
		}
	}
	// tensorinv and tensorsolve.
	for _, c := range []struct {
		shape []int
		ind   int
	}{{[]int{4, 6, 8, 3}, 2}, {[]int{2, 3, 5}, 2}, {[]int{2, 2}, 0}, {[]int{6, 4, 24}, 1}, {[]int{2, 3, 6}, 2}, {[]int{2, 3}, 1}} {
		x := randArray(r, Float64, c.shape...)
		got, err := TensorInv(x, c.ind)
		add(fmt.Sprintf("py:lambda a: np.linalg.tensorinv(a, ind=%d)", c.ind), 1e-8, got, err, x)
	}
	ta := randArray(r, Float64, 2, 3, 4, 6, 4)
	tb := randArray(r, Float64, 2, 3, 4)
	got, err = TensorSolve(ta, tb, nil)
	add("py:np.linalg.tensorsolve", 1e-8, got, err, ta, tb)
	ta2 := randArray(r, Float64, 2, 3, 6)
	tb2 := randArray(r, Float64, 6)
	got, err = TensorSolve(ta2, tb2, []int{0, 1})
	add("py:lambda a, b: np.linalg.tensorsolve(a, b, axes=(0, 1))", 1e-8, got, err, ta2, tb2)
	tb3 := randArray(r, Float64, 5)
	got, err = TensorSolve(ta2, tb3, nil)
	add("py:np.linalg.tensorsolve", 0, got, err, ta2, tb3)
	nanA, _ := FromValues([]int{1, 1}, []any{math.NaN()})
	got, err = SciPyDet(nanA)
	add("py:sl.det", 0, got, err, nanA)
	return cases
}
