package linalg

import (
	"math/rand/v2"
	"testing"

	"github.com/golinalg/golinalg/internal/pyoracle"
)

// TestManipOracle runs the manipulation functions and NumPy on the same
// random inputs: exact agreement for the rearrangements, cumulative sums
// and differences, real cumulative products; the noise bounds of their
// computations for complex cumulative products, polyfit and roots.
func TestManipOracle(t *testing.T) {
	py := pyoracle.Python(t, "oracle test needs NumPy")
	r := rand.New(rand.NewPCG(3, 14))
	var cases []numCase
	add := func(op string, b oracleBound, got *Array, err error, ints []int, args ...*Array) {
		c := newCase(op, b, got, err, args...)
		c.Ints = ints
		cases = append(cases, c)
	}
	shapes := [][]int{{7}, {3, 4}, {2, 3, 4}, {0, 3}, {1, 5}}
	for _, d := range []DType{Int64, Float64, Complex128} {
		for _, sh := range shapes {
			a := randArray(r, d, sh...)
			for ax := -1; ax < len(sh); ax++ {
				x, err := CumSum(a, ax, false, nil)
				add("cumsum", exact(), x, err, []int{ax}, a)
				x, err = CumProd(a, ax, false, nil)
				// NumPy multiplies complex rows with SIMD fused
				// multiply-adds when it can (the accumulation runs
				// along a non-last axis), which changes the last bits:
				// the k-th product of a lane is within γ_2k·Π|aᵢ| of
				// the exact one on either side (Higham § 3.6).
				b := exact()
				if d == Complex128 && len(sh) > 0 {
					k := sh[len(sh)-1]
					if ax >= 0 {
						k = sh[ax]
					}
					b = scaled(2*k, "amax(np.cumprod(np.abs(a), axis=ints[0]))")
				}
				add("cumprod", b, x, err, []int{ax}, a)
				for n := 1; n <= 3; n++ {
					x, err = Diff(a, n, ax, nil, nil)
					add("diff", exact(), x, err, []int{n, ax}, a)
				}
				x, err = CountNonzero(a, []int{ax}, false)
				add("count_nonzero", exact(), x, err, []int{ax}, a)
				if len(sh) > 0 && sh[0] > 0 {
					obj, _ := NewInt64([]int{2}, []int64{0, -1})
					x, err = Delete(a, obj, ax, false)
					add("delete", exact(), x, err, []int{ax}, a, obj)
					v := randArray(r, d, 1)
					x, err = Insert(a, obj, v, ax, false)
					add("insert", exact(), x, err, []int{ax}, a, obj, v)
				}
			}
			lo, hi := randArray(r, Float64), randArray(r, d, sh[len(sh)-1])
			x, err := Clip(a, lo, hi)
			add("clip", exact(), x, err, nil, a, lo, hi)
			ia := randArray(r, Int64, sh...)
			c, _, _ := Binary(OpGreater, ia, randArray(r, Int64))
			y := randArray(r, Float64, sh[len(sh)-1])
			x, err = Where(c, a, y)
			add("where", exact(), x, err, nil, c, a, y)
			small, _, _ := Binary(OpMod, ia, randArray(r, Int64))
			for _, src := range []*Array{a, small} {
				u, err := Unique(src, true, true, true, true)
				if err != nil {
					add("unique", exact(), nil, err, nil, src)
					continue
				}
				add("unique", exact(), u.Values, nil, nil, src)
				add("unique_index", exact(), u.Index, nil, nil, src)
				add("unique_inverse", exact(), u.Inverse, nil, nil, src)
				add("unique_counts", exact(), u.Counts, nil, nil, src)
			}
			for ax := -1; ax < len(sh); ax++ {
				small3, _, _ := Binary(OpMod, ia, randArray(r, Int64, 1))
				mixed, _ := Add(small3, randArray(r, d, 1))
				u, err := UniqueAxis(mixed, ax, false, true, false)
				if err != nil {
					add("unique_axis", exact(), nil, err, []int{ax}, mixed)
					continue
				}
				add("unique_axis", exact(), u.Values, nil, []int{ax}, mixed)
				add("unique_axis_inverse", exact(), u.Inverse, nil, []int{ax}, mixed)
			}
			x, err = Tile(a, []int{2, 1, 3})
			add("tile", exact(), x, err, []int{2, 1, 3}, a)
			if len(sh) >= 2 {
				for k := -1; k <= 4; k++ {
					x, err = Rot90(a, k, 0, -1)
					add("rot90", exact(), x, err, []int{k, 0, -1}, a)
				}
			}
		}
	}
	for _, n := range []int{2, 3, 6, 20} {
		x := randArray(r, Float64, n)
		for _, deg := range []int{0, 1, 2, 4} {
			for _, ycols := range []int{0, 2} {
				y := randArray(r, Float64, n)
				if ycols > 0 {
					y = randArray(r, Float64, n, ycols)
				}
				p, _, err := Polyfit(x, y, nil, deg, -1)
				var c *Array
				if err == nil {
					c = p.Coef
				}
				// A least-squares solution: N the larger dimension
				// of the n×(deg+1) Vandermonde matrix (the backward
				// error of its factorisation), the scale κ·(‖c‖ +
				// κ·‖r‖/‖A‖) of Wedin's bound (polyfitscale).
				add("polyfit", scaled(max(n, deg+1), "polyfitscale(a, args[1], ints[0])"), c, err, []int{deg}, x, y)
			}
		}
	}
	for _, n := range []int{1, 2, 3, 4, 5, 8} {
		for _, d := range []DType{Int64, Float64, Complex128} {
			p := randArray(r, d, n)
			x, err := Roots(p)
			if d == Complex128 && n > 3 {
				// Eig of a complex matrix is not LAPACK's zgeev step for
				// step, so the roots may come in another order.
				if err == nil {
					x, err = Sort(x, 0, true)
				}
				add("roots_sorted", rootsBound(n), x, err, nil, p)
				continue
			}
			add("roots", rootsBound(n), x, err, nil, p)
		}
	}

	runOracleCases(t, py, cases)
}

// rootsBound is the bound of np.roots of n coefficients: the eigenvalues
// of their companion matrix, within the Bauer–Fike bound κ₂(V)·‖C‖₂ times
// the backward error (n − 1)·ε of the QR algorithm.
func rootsBound(n int) oracleBound {
	return scaled(max(n-1, 1), "eigcond(companion(a)) if len(r) else 0.0")
}

// TestManipNoPanic feeds 0-d, empty and oddly shaped arrays of every
// dtype to each function: each must return a result or an error.
func TestManipNoPanic(t *testing.T) {
	var arrs []*Array
	for _, d := range []DType{Bool, Int64, Float64, Complex128} {
		for _, sh := range [][]int{{}, {0}, {3}, {0, 2}, {2, 0}, {1, 1}, {2, 3}, {2, 1, 3}} {
			a, _ := Full(d, sh, 1)
			arrs = append(arrs, a)
		}
	}
	for _, a := range arrs {
		for _, b := range arrs {
			func() {
				defer func() {
					if p := recover(); p != nil {
						t.Errorf("%v, %v: panic %v", a, b, p)
					}
				}()
				for _, ax := range []int{-3, -1, 0, 1, 2} {
					_, _ = CumSum(a, ax, false, nil)
					_, _ = Diff(a, 1, ax, b, b)
					_, _ = Delete(a, b, ax, false)
					_, _ = Insert(a, b, b, ax, false)
					_, _ = Append(a, b, ax, false)
					_, _ = Rot90(a, ax, ax, 1)
					_, _ = Flip(a, []int{ax})
					_, _ = CountNonzero(a, []int{ax}, true)
				}
				_, _ = Delete(a, b, 0, true)
				_, _ = Insert(a, b, b, 0, true)
				_, _ = Where(a, b, a)
				_, _ = Clip(a, b, b)
				_, _ = Unique(a, false, true, true, true)
				_, _ = UniqueAxis(a, 0, true, true, true)
				_, _ = UniqueAxis(a, -1, true, true, true)
				_, _ = Tile(a, asInts(b))
				_, _, _ = Polyfit(a, b, b, 1, -1)
				_, _ = Roots(a)
				_, _ = Vander(a, 3, true)
				_, _ = Polyval(a, b)
				_, _ = Meshgrid([]*Array{a, b}, false, true)
			}()
		}
	}
}

// asInts returns a's elements as ints.
func asInts(a *Array) []int {
	v := a.Int64s()
	out := make([]int, len(v))
	for k, x := range v {
		out[k] = int(x)
	}
	return out
}
