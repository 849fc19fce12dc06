package linalg

import (
	"math"
	"math/cmplx"
)

// ReduceOp names a NumPy reduction.
type ReduceOp uint8

// The reductions.
const (
	ReduceSum    ReduceOp = iota // np.sum: bool and int give int64
	ReduceProd                   // np.prod
	ReduceMean                   // np.mean: sum / count, float64 for integer input
	ReduceVar                    // np.var (ddof = 0)
	ReduceStd                    // np.std (ddof = 0)
	ReduceMax                    // np.max (NaN propagates)
	ReduceMin                    // np.min (NaN propagates)
	ReduceAll                    // np.all
	ReduceAny                    // np.any
	ReduceArgmax                 // np.argmax: first index of the maximum (a single axis or all)
	ReduceArgmin                 // np.argmin
)

var reduceNames = [...]string{"sum", "prod", "mean", "var", "std", "maximum", "minimum", "all", "any", "argmax", "argmin"}

// pairwiseSum is NumPy's pairwise summation of contiguous doubles
// (pairwise_sum in loops_utils.h): blocks of eight partial sums below 128
// elements, recursive halving above.
func pairwiseSum(a []float64) float64 {
	n := len(a)
	switch {
	case n < 8:
		res := 0.0
		for _, x := range a {
			res += x
		}
		return res
	case n <= 128:
		var r [8]float64
		copy(r[:], a[:8])
		i := 8
		for ; i < n-n%8; i += 8 {
			for j := 0; j < 8; j++ {
				r[j] += a[i+j]
			}
		}
		res := ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
		for ; i < n; i++ {
			res += a[i]
		}
		return res
	}
	n2 := n / 2
	n2 -= n2 % 8
	return pairwiseSum(a[:n2]) + pairwiseSum(a[n2:])
}

func pairwiseSumC(a []complex128) complex128 {
	re := make([]float64, len(a))
	im := make([]float64, len(a))
	for k, z := range a {
		re[k], im[k] = real(z), imag(z)
	}
	// NumPy sums complex numbers pairwise over the interleaved parts; the
	// partial-sum structure per part is that of pairwiseSum on pairs.
	return complex(pairwiseSumPairs(re), pairwiseSumPairs(im))
}

// pairwiseSumPairs mirrors NumPy's complex pairwise sum, which works on n
// complex numbers as 2n doubles with blocks of four complex partial sums.
func pairwiseSumPairs(a []float64) float64 {
	n := len(a) * 2
	switch {
	case n < 8:
		res := 0.0
		for _, x := range a {
			res += x
		}
		return res
	case n <= 128:
		var r [4]float64
		copy(r[:], a[:4])
		i := 8
		for ; i < n-n%8; i += 8 {
			for j := 0; j < 4; j++ {
				r[j] += a[i/2+j]
			}
		}
		res := (r[0] + r[1]) + (r[2] + r[3])
		for ; i < n; i += 2 {
			res += a[i/2]
		}
		return res
	}
	n2 := n / 2
	n2 -= n2 % 8
	return pairwiseSumPairs(a[:n2/2]) + pairwiseSumPairs(a[n2/2:])
}

// reduceLayout moves the reduced axes of a to the end and returns the
// contiguous data with the output shape (reduced axes removed, or kept as
// 1 with keepdims), the length of each reduced chunk, and whether the
// reduced axes were already the trailing ones (NumPy then sums pairwise).
func reduceLayout(a *Array, axes []int, keepdims bool) (*Array, []int, int, bool, error) {
	nd := len(a.shape)
	red := make([]bool, nd)
	if axes == nil {
		for k := range red {
			red[k] = true
		}
	} else {
		for _, ax := range axes {
			x, err := normAxis(ax, nd)
			if err != nil {
				return nil, nil, 0, false, err
			}
			if red[x] {
				return nil, nil, 0, false, valueErr("duplicate value in 'axis'")
			}
			red[x] = true
		}
	}
	var perm, outShape []int
	chunk := 1
	for k := 0; k < nd; k++ {
		if !red[k] {
			perm = append(perm, k)
			outShape = append(outShape, a.shape[k])
		} else if keepdims {
			outShape = append(outShape, 1)
		}
	}
	trailing := true
	seenRed := false
	for k := 0; k < nd; k++ {
		if red[k] {
			perm = append(perm, k)
			chunk *= a.shape[k]
			seenRed = true
		} else if seenRed {
			trailing = false
		}
	}
	t, _ := a.AsArray().Transpose(perm...)
	if outShape == nil {
		outShape = []int{}
	}
	return t.Copy(), outShape, chunk, trailing, nil
}

// Reduce applies a reduction over the given axes (all of them when axes
// is nil), keeping them as length-1 axes when keepdims is set (np.sum(a,
// axis=..., keepdims=...) and its kin). Sums of float64 along trailing
// axes use NumPy's pairwise summation, so results agree to the last bit.
// A full reduction gives a 0-d array (NumPy returns a scalar: use At(0)).
// Errors:
//
//	AxisError  "axis 2 is out of bounds for array of dimension 2"
//	ValueError "zero-size array to reduction operation maximum which has no identity"
//	ValueError "attempt to get argmax of an empty sequence"
//
// Mean, var and std of an empty selection give nan with NumPy's
// RuntimeWarnings "Mean of empty slice." / "Degrees of freedom <= 0 for
// slice".
func Reduce(op ReduceOp, a *Array, axes []int, keepdims bool) (*Array, []Warning, error) {
	if (op == ReduceArgmax || op == ReduceArgmin) && len(axes) > 1 {
		return nil, nil, typeErr("'tuple' object cannot be interpreted as an integer")
	}
	t, outShape, chunk, trailing, err := reduceLayout(a, axes, keepdims)
	if err != nil {
		return nil, nil, err
	}
	nout := prod(outShape)
	var warns []Warning
	if chunk == 0 && nout > 0 {
		switch op {
		case ReduceMax, ReduceMin:
			return nil, nil, valueErr("zero-size array to reduction operation %s which has no identity", reduceNames[op])
		case ReduceArgmax, ReduceArgmin:
			return nil, nil, valueErr("attempt to get %s of an empty sequence", reduceNames[op])
		case ReduceMean:
			warns = append(warns, Warning{"RuntimeWarning", "Mean of empty slice."}, Warning{"RuntimeWarning", "invalid value encountered in divide"})
		case ReduceVar, ReduceStd:
			warns = append(warns, Warning{"RuntimeWarning", "Degrees of freedom <= 0 for slice"}, Warning{"RuntimeWarning", "invalid value encountered in divide"})
		}
	}
	d := t.dtype
	var out *Array
	switch op {
	case ReduceAll, ReduceAny:
		out = newArray(Bool, outShape)
		v := t.bl()
		for o := 0; o < nout; o++ {
			r := op == ReduceAll
			for _, x := range v[o*chunk : (o+1)*chunk] {
				if op == ReduceAll && !x {
					r = false
					break
				}
				if op == ReduceAny && x {
					r = true
					break
				}
			}
			out.b[o] = r
		}
	case ReduceArgmax, ReduceArgmin:
		out = newArray(Int64, outShape)
		for o := 0; o < nout; o++ {
			out.i[o] = int64(argExtreme(t, o*chunk, chunk, op == ReduceArgmax))
		}
	case ReduceMax, ReduceMin:
		out = newArray(d, outShape)
		pos := make([]int, nout)
		for o := range pos {
			pos[o] = o*chunk + argExtreme(t, o*chunk, chunk, op == ReduceMax)
		}
		d.store().take(out, t, pos)
	case ReduceSum, ReduceProd:
		switch d {
		case Bool, Int64:
			out = newArray(Int64, outShape)
			v := t.i64()
			for o := 0; o < nout; o++ {
				r := int64(0)
				if op == ReduceProd {
					r = 1
				}
				for _, x := range v[o*chunk : (o+1)*chunk] {
					if op == ReduceSum {
						r += x
					} else {
						r *= x
					}
				}
				out.i[o] = r
			}
		case Float64:
			out = newArray(Float64, outShape)
			for o := 0; o < nout; o++ {
				out.f[o] = sumF(t.f[o*chunk:(o+1)*chunk], op == ReduceProd, trailing)
			}
		case Complex128:
			out = newArray(Complex128, outShape)
			for o := 0; o < nout; o++ {
				seg := t.c[o*chunk : (o+1)*chunk]
				if op == ReduceProd {
					r := complex(1, 0)
					for _, x := range seg {
						r *= x
					}
					out.c[o] = r
				} else if trailing {
					out.c[o] = 0 + pairwiseSumC(seg)
				} else {
					r := complex(0, 0)
					for _, x := range seg {
						r += x
					}
					out.c[o] = r
				}
			}
		}
	case ReduceMean, ReduceVar, ReduceStd:
		if d == Complex128 {
			out = newArray(Complex128, outShape)
			for o := 0; o < nout; o++ {
				seg := t.c[o*chunk : (o+1)*chunk]
				mean := sumC(seg, trailing) / complex(float64(chunk), 0)
				if op == ReduceMean {
					out.c[o] = mean
					continue
				}
				dev := make([]float64, len(seg))
				for k, x := range seg {
					y := x - mean
					dev[k] = real(y)*real(y) + imag(y)*imag(y)
				}
				v := sumF(dev, false, trailing) / float64(chunk)
				if op == ReduceStd {
					v = math.Sqrt(v)
				}
				out.c[o] = complex(v, 0)
			}
			if op != ReduceMean {
				out = out.AsType(Float64)
			}
			break
		}
		out = newArray(Float64, outShape)
		v := t.f64()
		for o := 0; o < nout; o++ {
			seg := v[o*chunk : (o+1)*chunk]
			mean := sumF(seg, false, trailing) / float64(chunk)
			if op == ReduceMean {
				out.f[o] = mean
				continue
			}
			dev := make([]float64, len(seg))
			for k, x := range seg {
				y := x - mean
				dev[k] = y * y
			}
			r := sumF(dev, false, trailing) / float64(chunk)
			if op == ReduceStd {
				r = math.Sqrt(r)
			}
			out.f[o] = r
		}
	}
	return out.withMatrix(a.matrix && len(outShape) == 2), warns, nil
}

func sumF(seg []float64, product, pairwise bool) float64 {
	if product {
		r := 1.0
		for _, x := range seg {
			r *= x
		}
		return r
	}
	if pairwise {
		return 0 + pairwiseSum(seg)
	}
	r := 0.0
	for _, x := range seg {
		r += x
	}
	return r
}

func sumC(seg []complex128, pairwise bool) complex128 {
	if pairwise {
		return pairwiseSumC(seg)
	}
	var r complex128
	for _, x := range seg {
		r += x
	}
	return r
}

// argExtreme returns the offset, within t's contiguous data at start, of
// the first maximum (or minimum) of n elements; the first NaN wins.
func argExtreme(t *Array, start, n int, isMax bool) int {
	best := 0
	switch t.dtype {
	case Bool, Int64:
		v := t.i64()[start : start+n]
		for k, x := range v {
			if (isMax && x > v[best]) || (!isMax && x < v[best]) {
				best = k
			}
		}
	case Float64:
		v := t.f[start : start+n]
		for k, x := range v {
			if isNaN(x) {
				return k
			}
			if (isMax && x > v[best]) || (!isMax && x < v[best]) {
				best = k
			}
		}
	case Complex128:
		v := t.c[start : start+n]
		for k, x := range v {
			if cmplx.IsNaN(x) {
				return k
			}
			b := v[best]
			gt := real(x) > real(b) || (real(x) == real(b) && imag(x) > imag(b))
			lt := real(x) < real(b) || (real(x) == real(b) && imag(x) < imag(b))
			if (isMax && gt) || (!isMax && lt) {
				best = k
			}
		}
	}
	return best
}

// Sum returns np.sum(a, axis=axes, keepdims=keepdims). See Reduce.
func Sum(a *Array, axes []int, keepdims bool) (*Array, error) {
	r, _, err := Reduce(ReduceSum, a, axes, keepdims)
	return r, err
}

// Mean returns np.mean(a, axis=axes, keepdims=keepdims). See Reduce.
func Mean(a *Array, axes []int, keepdims bool) (*Array, error) {
	r, _, err := Reduce(ReduceMean, a, axes, keepdims)
	return r, err
}

// Max returns np.max(a, axis=axes, keepdims=keepdims). See Reduce.
func Max(a *Array, axes []int, keepdims bool) (*Array, error) {
	r, _, err := Reduce(ReduceMax, a, axes, keepdims)
	return r, err
}

// Min returns np.min(a, axis=axes, keepdims=keepdims). See Reduce.
func Min(a *Array, axes []int, keepdims bool) (*Array, error) {
	r, _, err := Reduce(ReduceMin, a, axes, keepdims)
	return r, err
}

// Isclose returns a == b or |a − b| ≤ atol + rtol·|b| elementwise with
// broadcasting (np.isclose; the equality matters for a negative
// tolerance); NaNs are equal only when equalNaN is set, and infinities
// are close only to themselves. NumPy's defaults are rtol = 1e-05,
// atol = 1e-08.
func Isclose(a, b *Array, rtol, atol float64, equalNaN bool) (*Array, error) {
	shape, err := BroadcastShapes(a.shape, b.shape)
	if err != nil {
		return nil, err
	}
	av, _ := a.BroadcastTo(shape)
	bv, _ := b.BroadcastTo(shape)
	out := newArray(Bool, shape)
	x, y := av.c128(), bv.c128()
	for k := range out.b {
		xi, yi := x[k], y[k]
		switch {
		case cmplx.IsNaN(xi) || cmplx.IsNaN(yi) || isNaN(real(xi)) || isNaN(real(yi)):
			out.b[k] = equalNaN && (cmplx.IsNaN(xi) || isNaN(real(xi))) && (cmplx.IsNaN(yi) || isNaN(real(yi)))
		case cmplx.IsInf(xi) || cmplx.IsInf(yi):
			out.b[k] = xi == yi
		default:
			// NumPy ors in x == y, which a negative tolerance matters for.
			out.b[k] = xi == yi || cmplx.Abs(xi-yi) <= atol+rtol*cmplx.Abs(yi)
		}
	}
	return out.withMatrix((a.matrix || b.matrix) && len(shape) == 2), nil
}

// Allclose reports whether every element of Isclose(a, b, ...) holds
// (np.allclose).
func Allclose(a, b *Array, rtol, atol float64, equalNaN bool) (bool, error) {
	c, err := Isclose(a, b, rtol, atol, equalNaN)
	if err != nil {
		return false, err
	}
	for _, v := range c.b {
		if !v {
			return false, nil
		}
	}
	return true, nil
}

// ArrayEqual reports whether a and b have the same shape and elements
// (np.array_equal).
func ArrayEqual(a, b *Array) bool {
	if FormatShape(a.shape) != FormatShape(b.shape) {
		return false
	}
	x, y := a.c128(), b.c128()
	for k := range x {
		if x[k] != y[k] {
			return false
		}
	}
	return true
}
