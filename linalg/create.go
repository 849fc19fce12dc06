package linalg

import "math"

// Full returns an array of the given shape and dtype filled with v
// (np.full), with Zeros' memory check.
func Full(d DType, shape []int, v any) (*Array, error) {
	a, err := Zeros(d, shape)
	if err != nil {
		return nil, err
	}
	s, err := FromValuesDType(nil, []any{v}, d)
	if err != nil {
		return nil, err
	}
	d.store().fill(a, s, 0)
	return a, nil
}

// Ones returns an array of ones (np.ones).
func Ones(d DType, shape []int) (*Array, error) { return Full(d, shape, 1) }

// Eye returns the n×m array with ones on diagonal k and zeros elsewhere
// (np.eye(n, m, k, dtype)): entry (i, j) is 1 when j − i = k.
func Eye(d DType, n, m, k int) (*Array, error) {
	if n < 0 || m < 0 {
		return nil, valueErr("negative dimensions are not allowed")
	}
	a, err := Zeros(d, []int{n, m})
	if err != nil {
		return nil, err
	}
	one, _ := FromValuesDType(nil, []any{1}, d)
	for i := 0; i < n; i++ {
		if j := i + k; j >= 0 && j < m {
			a.SetIndex([]IndexItem{Int(i), Int(j)}, one)
		}
	}
	return a, nil
}

// Identity returns the n×n identity matrix I (np.identity).
func Identity(d DType, n int) (*Array, error) { return Eye(d, n, n, 0) }

// Arange returns the values start, start+step, … up to but excluding stop
// (np.arange): ⌈(stop − start)/step⌉ elements, none when that is not
// positive. The dtype is int64 when all three are integers, float64
// otherwise. It is a ZeroDivisionError "division by zero" when step is 0.
func Arange(start, stop, step any) (*Array, error) {
	_, i1 := start.(int64)
	_, i2 := stop.(int64)
	_, i3 := step.(int64)
	s0, s1, st := toFloat(start), toFloat(stop), toFloat(step)
	if st == 0 {
		return nil, &Error{Kind: ZeroDivisionError, Msg: "division by zero"}
	}
	n := int(math.Max(0, math.Ceil((s1-s0)/st)))
	if i1 && i2 && i3 {
		a, b, c := start.(int64), stop.(int64), step.(int64)
		n = 0
		if c > 0 && b > a {
			n = int((b - a + c - 1) / c)
		} else if c < 0 && b < a {
			n = int((a - b - c - 1) / (-c))
		}
		if err := checkAlloc(Int64, []int{n}, DefaultMemoryCap()); err != nil {
			return nil, err
		}
		out := newArray(Int64, []int{n})
		for k := range out.i {
			out.i[k] = a + int64(k)*c
		}
		return out, nil
	}
	if err := checkAlloc(Float64, []int{n}, DefaultMemoryCap()); err != nil {
		return nil, err
	}
	out := newArray(Float64, []int{n})
	delta := (s0 + st) - s0
	for k := range out.f {
		out.f[k] = s0 + float64(k)*delta
	}
	if n > 0 {
		out.f[0] = s0
	}
	return out, nil
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case float64:
		return x
	case bool:
		if x {
			return 1
		}
	}
	return 0
}

// Linspace returns num evenly spaced float64 values from start to stop
// (np.linspace): start + i·(stop − start)/(num − 1), with stop itself last;
// without endpoint the divisor is num and stop is excluded. It is a
// ValueError "Number of samples, -1, must be non-negative." when num < 0.
func Linspace(start, stop float64, num int, endpoint bool) (*Array, error) {
	if num < 0 {
		return nil, valueErr("Number of samples, %d, must be non-negative.", num)
	}
	div := num
	if endpoint {
		div = num - 1
	}
	out := newArray(Float64, []int{num})
	delta := stop - start
	if div > 0 {
		step := delta / float64(div)
		for k := range out.f {
			if step == 0 {
				out.f[k] = float64(k)/float64(div)*delta + start
			} else {
				out.f[k] = float64(k)*step + start
			}
		}
	} else {
		for k := range out.f {
			out.f[k] = float64(k)*delta + start
		}
	}
	if endpoint && num > 1 {
		out.f[num-1] = stop
	}
	return out, nil
}

// Diag returns the k-th diagonal of a 2-d array as a 1-d copy, or the
// square 2-d array with a 1-d array on its k-th diagonal (np.diag). It is a
// ValueError "Input must be 1- or 2-d." otherwise.
func Diag(a *Array, k int) (*Array, error) {
	switch len(a.shape) {
	case 1:
		n := a.shape[0] + abs(k)
		out, err := Zeros(a.dtype, []int{n, n})
		if err != nil {
			return nil, err
		}
		for i := 0; i < a.shape[0]; i++ {
			r, c := i, i+k
			if k < 0 {
				r, c = i-k, i
			}
			e, _ := a.Index([]IndexItem{Int(i)})
			out.SetIndex([]IndexItem{Int(r), Int(c)}, e)
		}
		return out, nil
	case 2:
		var vals []any
		for i := 0; i < a.shape[0]; i++ {
			j := i + k
			if j >= 0 && j < a.shape[1] {
				vals = append(vals, a.At(i*a.shape[1]+j))
			}
		}
		return FromValuesDType([]int{len(vals)}, vals, a.dtype)
	}
	return nil, valueErr("Input must be 1- or 2-d.")
}

func abs(k int) int {
	if k < 0 {
		return -k
	}
	return k
}
