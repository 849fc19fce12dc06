package linalg

import (
	"fmt"
	"strings"
)

// Reshape returns a with a new shape of the same size (a.reshape(shape)),
// a view when a is C-contiguous and a copy otherwise. One dimension may be
// -1 and is then inferred. Errors:
//
//	ValueError "cannot reshape array of size 3 into shape (2,2)"
//	ValueError "can only specify one unknown dimension"
//
// A numpy.matrix stays 2-d: a 1-d target becomes (1, n); more than two
// dimensions is a ValueError "shape too large to be a matrix.".
func (a *Array) Reshape(shape []int) (*Array, error) {
	size := a.Size()
	unknown := -1
	known := 1
	for k, d := range shape {
		switch {
		case d == -1:
			if unknown >= 0 {
				return nil, valueErr("can only specify one unknown dimension")
			}
			unknown = k
		case d < 0:
			return nil, valueErr("negative dimensions not allowed")
		default:
			known *= d
		}
	}
	ns := append([]int{}, shape...)
	if unknown >= 0 {
		if known == 0 || size%known != 0 {
			parts := make([]string, len(shape))
			for k, d := range shape {
				if d == -1 {
					parts[k] = "newaxis"
				} else {
					parts[k] = fmt.Sprint(d)
				}
			}
			tail := ""
			if len(shape) == 1 {
				tail = ","
			}
			return nil, valueErr("cannot reshape array of size %d into shape (%s%s)", size, strings.Join(parts, ","), tail)
		}
		ns[unknown] = size / known
	} else if known != size {
		return nil, valueErr("cannot reshape array of size %d into shape %s", size, shapeNoSpace(shape))
	}
	if a.matrix {
		switch len(ns) {
		case 0:
			ns = []int{1, 1}
		case 1:
			ns = []int{1, ns[0]}
		case 2:
		default:
			return nil, valueErr("shape too large to be a matrix.")
		}
	}
	src := a
	if !a.IsContiguous() {
		src = a.Copy()
	}
	v := &Array{dtype: a.dtype, shape: ns, strides: cStrides(ns), offset: src.offset, buffers: src.buffers, matrix: a.matrix}
	return v, nil
}

// Ravel returns a flattened to one dimension (np.ravel), a view when a is
// C-contiguous. A matrix gives a 1×n matrix.
func (a *Array) Ravel() *Array {
	r, _ := a.Reshape([]int{a.Size()})
	return r
}

// Flatten returns a flattened copy of a (a.flatten()).
func (a *Array) Flatten() *Array {
	r, _ := a.Copy().Reshape([]int{a.Size()})
	return r
}

// Transpose returns a view of a with its axes permuted (a.transpose(axes)):
// result axis k is a's axis axes[k]; with no axes the order is reversed, so
// a 2-d array gives its transpose Aᵀ. Negative axes count from the end.
// It is a ValueError "axes don't match array" when axes is not a
// permutation.
func (a *Array) Transpose(axes ...int) (*Array, error) {
	nd := len(a.shape)
	if len(axes) == 0 {
		axes = make([]int, nd)
		for k := range axes {
			axes[k] = nd - 1 - k
		}
	}
	if len(axes) != nd {
		return nil, valueErr("axes don't match array")
	}
	seen := make([]bool, nd)
	v := a.view()
	for k, ax := range axes {
		if ax < -nd || ax >= nd {
			return nil, &Error{Kind: AxisError, Msg: fmt.Sprintf("axis %d is out of bounds for array of dimension %d", ax, nd)}
		}
		if ax < 0 {
			ax += nd
		}
		if seen[ax] {
			return nil, valueErr("repeated axis in transpose")
		}
		seen[ax] = true
		v.shape[k], v.strides[k] = a.shape[ax], a.strides[ax]
	}
	return v, nil
}

// T returns the transpose view of a (a.T): the axes reversed.
func (a *Array) T() *Array {
	v, _ := a.Transpose()
	return v
}

// Squeeze removes the axes of length 1 (np.squeeze). A matrix is returned
// unchanged, as numpy.matrix.squeeze keeps two dimensions when it must.
func (a *Array) Squeeze() *Array {
	if a.matrix {
		return a.view()
	}
	v := a.view()
	v.shape, v.strides = v.shape[:0], v.strides[:0]
	for k, d := range a.shape {
		if d != 1 {
			v.shape = append(v.shape, d)
			v.strides = append(v.strides, a.strides[k])
		}
	}
	return v
}

// normAxis maps a possibly negative axis into [0, nd), with NumPy's
// AxisError "axis 2 is out of bounds for array of dimension 2".
func normAxis(axis, nd int) (int, error) {
	if axis < -nd || axis >= nd {
		return 0, &Error{Kind: AxisError, Msg: fmt.Sprintf("axis %d is out of bounds for array of dimension %d", axis, nd)}
	}
	if axis < 0 {
		axis += nd
	}
	return axis, nil
}

// ExpandDims inserts an axis of length 1 at position axis (np.expand_dims).
func (a *Array) ExpandDims(axis int) (*Array, error) {
	nd := len(a.shape) + 1
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	v := a.view()
	v.shape = append(v.shape[:ax:ax], append([]int{1}, a.shape[ax:]...)...)
	v.strides = append(v.strides[:ax:ax], append([]int{0}, a.strides[ax:]...)...)
	v.matrix = false
	return v, nil
}

// Concatenate joins arrays along an existing axis (np.concatenate); the
// dtype is their promotion. Errors, as NumPy's:
//
//	ValueError "need at least one array to concatenate"
//	ValueError "zero-dimensional arrays cannot be concatenated"
//	ValueError "all the input arrays must have same number of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1 dimension(s)"
//	ValueError "all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 2 and the array at index 1 has size 3"
func Concatenate(arrs []*Array, axis int) (*Array, error) {
	if len(arrs) == 0 {
		return nil, valueErr("need at least one array to concatenate")
	}
	nd := len(arrs[0].shape)
	if nd == 0 {
		return nil, valueErr("zero-dimensional arrays cannot be concatenated")
	}
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	d := arrs[0].dtype
	shape := append([]int{}, arrs[0].shape...)
	matrix := arrs[0].matrix
	for k, b := range arrs[1:] {
		if len(b.shape) != nd {
			return nil, valueErr("all the input arrays must have same number of dimensions, but the array at index 0 has %d dimension(s) and the array at index %d has %d dimension(s)", nd, k+1, len(b.shape))
		}
		for j := range shape {
			if j != ax && b.shape[j] != arrs[0].shape[j] {
				return nil, valueErr("all the input array dimensions except for the concatenation axis must match exactly, but along dimension %d, the array at index 0 has size %d and the array at index %d has size %d", j, arrs[0].shape[j], k+1, b.shape[j])
			}
		}
		shape[ax] += b.shape[ax]
		d = Promote(d, b.dtype)
		matrix = matrix || b.matrix
	}
	out := newArray(d, shape)
	start := 0
	for _, b := range arrs {
		items := make([]IndexItem, nd)
		for j := range items {
			items[j] = All
		}
		lo, hi := start, start+b.shape[ax]
		items[ax] = Slice(&lo, &hi, nil)
		if err := out.SetIndex(items, b); err != nil {
			return nil, err
		}
		start = hi
	}
	return out.withMatrix(matrix), nil
}

// Stack joins arrays of one shape along a new axis (np.stack). It is a
// ValueError "all input arrays must have the same shape" otherwise.
func Stack(arrs []*Array, axis int) (*Array, error) {
	if len(arrs) == 0 {
		return nil, valueErr("need at least one array to stack")
	}
	ex := make([]*Array, len(arrs))
	for k, b := range arrs {
		if FormatShape(b.shape) != FormatShape(arrs[0].shape) {
			return nil, valueErr("all input arrays must have the same shape")
		}
		e, err := b.AsArray().ExpandDims(axis)
		if err != nil {
			return nil, err
		}
		ex[k] = e
	}
	return Concatenate(ex, axis)
}
