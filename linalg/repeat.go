package linalg

import "fmt"

// Repeat returns a with each element repeated (np.repeat): along axis, or
// over the flattened array when hasAxis is false. repeats holds one count
// for every element along the axis, or a single count for all of them.
// Errors:
//
//	ValueError "negative dimensions are not allowed"
//	ValueError "operands could not be broadcast together with shape (2,) (3,)"
//	AxisError  "axis 2 is out of bounds for array of dimension 2"
func Repeat(a *Array, repeats []int, axis int, hasAxis bool) (*Array, error) {
	if !hasAxis {
		a, axis = a.Ravel(), 0
	}
	if len(a.shape) == 0 {
		a = a.Ravel()
	}
	ax, err := normAxis(axis, len(a.shape))
	if err != nil {
		return nil, err
	}
	n := a.shape[ax]
	if len(repeats) != 1 && len(repeats) != n {
		return nil, valueErr("operands could not be broadcast together with shape (%d,) (%d,)", n, len(repeats))
	}
	total := 0
	for i := 0; i < n; i++ {
		r := repeats[0]
		if len(repeats) > 1 {
			r = repeats[i]
		}
		if r < 0 {
			return nil, valueErr("negative dimensions are not allowed")
		}
		total += r
	}
	shape := append([]int(nil), a.shape...)
	shape[ax] = total
	if err := CheckAlloc(a.dtype, shape); err != nil {
		return nil, err
	}
	idx := make([]int64, 0, total)
	for i := 0; i < n; i++ {
		r := repeats[0]
		if len(repeats) > 1 {
			r = repeats[i]
		}
		for k := 0; k < r; k++ {
			idx = append(idx, int64(i))
		}
	}
	ia, err := NewInt64([]int{len(idx)}, idx)
	if err != nil {
		return nil, err
	}
	items := make([]IndexItem, len(a.shape))
	for k := range items {
		items[k] = All
	}
	items[ax] = IndexItem{Kind: IndexArray, Arr: ia}
	out, err := a.Index(items)
	if err != nil {
		return nil, fmt.Errorf("repeat: %w", err)
	}
	return out, nil
}
