package linalg

import (
	"math"
	"math/cmplx"
	"slices"
)

// Median returns np.median(a, axis=axes, keepdims=keepdims): for each lane
// along the reduced axes (all of them when axes is nil), the middle
// element of the sorted lane, or the mean (x+y)/2 of the two middle ones,
// as float64 (complex128 for complex a, complex numbers ordered by real
// then imaginary part). A lane holding NaN, or no element, gives NaN.
// Errors: AxisError "axis 2 is out of bounds for array of dimension 2",
// ValueError "repeated axis".
func Median(a *Array, axes []int, keepdims bool) (*Array, error) {
	seen := map[int]bool{}
	for _, ax := range axes {
		x, err := normAxis(ax, len(a.shape))
		if err != nil {
			return nil, err
		}
		if seen[x] {
			return nil, valueErr("repeated axis")
		}
		seen[x] = true
	}
	t, outShape, chunk, _, err := reduceLayout(a, axes, keepdims)
	if err != nil {
		return nil, err
	}
	lanes := 1
	for _, d := range outShape {
		lanes *= d
	}
	if t.dtype == Complex128 {
		src := t.Complex128s()
		out := make([]complex128, lanes)
		for r := range out {
			lane := slices.Clone(src[r*chunk : (r+1)*chunk])
			slices.SortFunc(lane, cmpComplex)
			switch n := len(lane); {
			case n == 0 || cmplx.IsNaN(lane[n-1]):
				out[r] = cmplx.NaN()
			case n%2 == 1:
				out[r] = lane[n/2]
			default:
				out[r] = (lane[n/2-1] + lane[n/2]) / 2
			}
		}
		return NewComplex128(outShape, out)
	}
	src := t.Float64s()
	out := make([]float64, lanes)
	for r := range out {
		lane := slices.Clone(src[r*chunk : (r+1)*chunk])
		slices.SortFunc(lane, cmpFloat)
		switch n := len(lane); {
		case n == 0 || math.IsNaN(lane[n-1]):
			out[r] = math.NaN()
		case n%2 == 1:
			out[r] = lane[n/2]
		default:
			out[r] = (lane[n/2-1] + lane[n/2]) / 2
		}
	}
	return NewFloat64(outShape, out)
}
