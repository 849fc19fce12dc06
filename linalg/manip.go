package linalg

import (
	"fmt"
	"math"
	"slices"
)

// Where returns the array whose element at each broadcast position is
// x's where cond is true and y's elsewhere (np.where(cond, x, y)). cond,
// x and y broadcast together; the dtype is the promotion of x's and y's,
// and the result is never a numpy.matrix.
// It is a ValueError "operands could not be broadcast together with shapes
// (3,) (2,) () " when the three shapes do not broadcast.
func Where(cond, x, y *Array) (*Array, error) {
	shape, err := BroadcastShapes(cond.shape, x.shape, y.shape)
	if err != nil {
		return nil, err
	}
	cv, _ := cond.BroadcastTo(shape)
	xv, _ := x.BroadcastTo(shape)
	yv, _ := y.BroadcastTo(shape)
	d := Promote(x.dtype, y.dtype)
	xs, ys := xv.AsType(d), yv.AsType(d)
	c := cv.Bools()
	out := newArray(d, shape)
	d.store().where(out, c, xs, ys)
	return out, nil
}

func pick[T any](out []T, c []bool, x, y []T) {
	for k := range out {
		if c[k] {
			out[k] = x[k]
		} else {
			out[k] = y[k]
		}
	}
}

// NonzeroIndices returns the indices of the non-zero elements of a, one
// int64 array per axis, in C order (np.nonzero): element
// (out[0][k], …, out[n−1][k]) is the k-th non-zero element. It is a
// ValueError for a 0-d array, as in NumPy 2.
func NonzeroIndices(a *Array) ([]*Array, error) {
	if a.Ndim() == 0 {
		return nil, valueErr("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.")
	}
	return a.nonzero(), nil
}

// CountNonzero returns the number of non-zero elements of a over the given
// axes (all of them when axes is nil), as int64 (np.count_nonzero). Axis
// errors are those of Reduce.
func CountNonzero(a *Array, axes []int, keepdims bool) (*Array, error) {
	r, _, err := Reduce(ReduceSum, a.AsArray().AsType(Bool), axes, keepdims)
	return r, err
}

// Clip returns min(max(a, lo), hi) elementwise with broadcasting
// (np.clip); a nil bound is absent. The dtype is the promotion of those
// present, NaN propagates, and when lo > hi every element becomes hi, as
// in NumPy.
func Clip(a, lo, hi *Array) (*Array, error) {
	if lo != nil && hi != nil {
		if _, err := BroadcastShapes(a.shape, lo.shape, hi.shape); err != nil {
			return nil, err
		}
	}
	r := a
	if lo != nil {
		var err error
		if r, _, err = Binary(OpMaximum, r, lo); err != nil {
			return nil, err
		}
	}
	if hi != nil {
		var err error
		if r, _, err = Binary(OpMinimum, r, hi); err != nil {
			return nil, err
		}
	}
	if r == a {
		r = a.Copy()
	}
	return r, nil
}

// CumSum returns the running sums s[…, j, …] = Σ_{i ≤ j} a[…, i, …] along
// axis (np.cumsum). With flat set, a is flattened first (axis=None). When
// d is not nil the sums are accumulated in dtype d; otherwise bool and int64
// accumulate in int64 and float64 and complex128 in their own dtype, one
// addition after another as NumPy's add.accumulate does. A 0-d array
// counts as 1-d.
func CumSum(a *Array, axis int, flat bool, d *DType) (*Array, error) {
	return accumulate(a, axis, flat, d, false)
}

// CumProd is CumSum for running products Π_{i ≤ j} a[…, i, …]
// (np.cumprod).
func CumProd(a *Array, axis int, flat bool, d *DType) (*Array, error) {
	return accumulate(a, axis, flat, d, true)
}

func accumulate(a *Array, axis int, flat bool, d *DType, product bool) (*Array, error) {
	src := a.AsArray()
	if flat || src.Ndim() == 0 {
		if src.Ndim() == 0 && !flat {
			if _, err := normAxis(axis, 1); err != nil {
				return nil, err
			}
		}
		src = src.Ravel()
		axis = 0
	}
	nd := src.Ndim()
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	od := src.dtype
	if od == Bool {
		od = Int64
	}
	work := od
	if d != nil {
		od = *d
		work = max(*d, Int64)
	}
	perm := make([]int, 0, nd)
	for k := 0; k < nd; k++ {
		if k != ax {
			perm = append(perm, k)
		}
	}
	perm = append(perm, ax)
	t, _ := src.Transpose(perm...)
	t = t.AsType(work)
	n := t.shape[nd-1]
	rows := 0
	if n > 0 {
		rows = t.Size() / n
	}
	for r := 0; r < rows; r++ {
		lo, hi := r*n, (r+1)*n
		switch work {
		case Int64:
			runInt(t.i[lo:hi], product)
		case Float64:
			run(t.f[lo:hi], product)
		case Complex128:
			run(t.c[lo:hi], product)
		}
	}
	inv := make([]int, nd)
	for k, p := range perm {
		inv[p] = k
	}
	out, _ := t.Transpose(inv...)
	out = out.AsType(od)
	if a.matrix {
		if flat {
			out, _ = out.Reshape([]int{1, out.Size()})
		}
		out.withMatrix(true)
	}
	return out, nil
}

func run[T float64 | complex128](v []T, product bool) {
	for k := 1; k < len(v); k++ {
		if product {
			v[k] *= v[k-1]
		} else {
			v[k] += v[k-1]
		}
	}
}

func runInt(v []int64, product bool) {
	for k := 1; k < len(v); k++ {
		if product {
			v[k] *= v[k-1]
		} else {
			v[k] += v[k-1]
		}
	}
}

// axisItems returns a full-slice subscript for nd axes with it at axis.
func axisItems(nd, axis int, it IndexItem) []IndexItem {
	items := make([]IndexItem, nd)
	for k := range items {
		items[k] = All
	}
	items[axis] = it
	return items
}

func iptr(v int) *int { return &v }

// Diff returns the n-th forward difference of a along axis (np.diff):
// once, out[…, i, …] = a[…, i+1, …] − a[…, i, …], so the axis shrinks by
// one, and n times over. For bool arrays the difference is a ≠ b, as in
// NumPy. pre and post (np.diff's prepend and append), when not nil, are joined to a along axis first;
// each is broadcast to a's shape with that axis of length 1 when it has
// fewer dimensions. Errors:
//
//	ValueError "order must be non-negative but got -1"
//	ValueError "diff requires input that is at least one dimensional"
func Diff(a *Array, n, axis int, pre, post *Array) (*Array, error) {
	if n == 0 {
		return a, nil
	}
	if n < 0 {
		return nil, valueErr("order must be non-negative but got %d", n)
	}
	nd := a.Ndim()
	if nd == 0 {
		return nil, valueErr("diff requires input that is at least one dimensional")
	}
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	if pre != nil || post != nil {
		var parts []*Array
		for _, b := range []*Array{pre, a, post} {
			if b == nil {
				continue
			}
			if b != a && b.Ndim() == 0 {
				shape := a.Shape()
				shape[ax] = 1
				b, _ = b.BroadcastTo(shape)
			}
			parts = append(parts, b)
		}
		if a, err = Concatenate(parts, ax); err != nil {
			return nil, err
		}
	}
	op := OpSub
	if a.dtype == Bool {
		op = OpNotEqual
	}
	for k := 0; k < n; k++ {
		if a.shape[ax] == 0 {
			break // further differences of an empty axis are the same
		}
		hi, err := a.Index(axisItems(nd, ax, Slice(iptr(1), nil, nil)))
		if err != nil {
			return nil, err
		}
		lo, err := a.Index(axisItems(nd, ax, Slice(nil, iptr(-1), nil)))
		if err != nil {
			return nil, err
		}
		if a, _, err = Binary(op, hi, lo); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// Flip reverses the order of a's elements along the given axes, all of
// them when axes is nil (np.flip); the result is a view. Axis errors are
// AxisError "axis 2 is out of bounds for array of dimension 2".
func Flip(a *Array, axes []int) (*Array, error) {
	nd := a.Ndim()
	items := make([]IndexItem, nd)
	for k := range items {
		items[k] = All
	}
	rev := Slice(nil, nil, iptr(-1))
	if axes == nil {
		for k := range items {
			items[k] = rev
		}
	}
	for _, ax := range axes {
		x, err := normAxis(ax, nd)
		if err != nil {
			return nil, err
		}
		if items[x].HasStep {
			return nil, valueErr("repeated axis")
		}
		items[x] = rev
	}
	return a.Index(items)
}

// Fliplr reverses the columns, axis 1 (np.fliplr); a must have at least two
// dimensions, else ValueError "Input must be >= 2-d.".
func Fliplr(a *Array) (*Array, error) {
	if a.Ndim() < 2 {
		return nil, valueErr("Input must be >= 2-d.")
	}
	return Flip(a, []int{1})
}

// Flipud reverses the rows, axis 0 (np.flipud); a must have at least one
// dimension, else ValueError "Input must be >= 1-d.".
func Flipud(a *Array) (*Array, error) {
	if a.Ndim() < 1 {
		return nil, valueErr("Input must be >= 1-d.")
	}
	return Flip(a, []int{0})
}

// Rot90 rotates a by k·90° in the plane of axes (ax0, ax1), from the first
// axis towards the second (np.rot90): for a matrix and k = 1 the first row
// becomes the first column read upwards. Errors:
//
//	ValueError "Axes must be different."
//	ValueError "Axes=(0, 5) out of range for array of ndim=2."
func Rot90(a *Array, k, ax0, ax1 int) (*Array, error) {
	nd := a.Ndim()
	if ax0 == ax1 || abs(ax0-ax1) == nd {
		return nil, valueErr("Axes must be different.")
	}
	if ax0 >= nd || ax0 < -nd || ax1 >= nd || ax1 < -nd {
		return nil, valueErr("Axes=(%d, %d) out of range for array of ndim=%d.", ax0, ax1, nd)
	}
	k = ((k % 4) + 4) % 4
	perm := make([]int, nd)
	for j := range perm {
		perm[j] = j
	}
	p0, p1 := (ax0+nd)%nd, (ax1+nd)%nd
	perm[p0], perm[p1] = perm[p1], perm[p0]
	switch k {
	case 0:
		return a.view(), nil
	case 2:
		return Flip(a, []int{ax0, ax1})
	case 1:
		f, err := Flip(a, []int{ax1})
		if err != nil {
			return nil, err
		}
		return f.Transpose(perm...)
	}
	t, err := a.Transpose(perm...)
	if err != nil {
		return nil, err
	}
	return Flip(t, []int{ax1})
}

// Tile repeats a reps[j] times along axis j (np.tile). When reps is longer
// than a's shape, a gains leading axes of length 1; when shorter, reps is
// padded with leading ones. It is a ValueError "negative dimensions are not
// allowed" when a repetition is negative.
func Tile(a *Array, reps []int) (*Array, error) {
	nd := max(a.Ndim(), len(reps))
	shape := make([]int, nd)
	r := make([]int, nd)
	for k := range shape {
		shape[k], r[k] = 1, 1
	}
	copy(shape[nd-a.Ndim():], a.shape)
	copy(r[nd-len(reps):], reps)
	src, err := a.AsArray().Reshape(shape)
	if err != nil {
		return nil, err
	}
	outShape := make([]int, nd)
	for k := range outShape {
		if r[k] < 0 {
			return nil, valueErr("negative dimensions are not allowed")
		}
		outShape[k] = shape[k] * r[k]
	}
	if _, err := shapeSize(outShape); err != nil {
		return nil, err
	}
	if err := CheckAlloc(a.dtype, outShape); err != nil {
		return nil, err
	}
	// Broadcast src to (r0, s0, r1, s1, …) and read it in C order.
	bshape := make([]int, 2*nd)
	bstr := make([]int, 2*nd)
	for k := 0; k < nd; k++ {
		bshape[2*k], bshape[2*k+1] = r[k], shape[k]
		bstr[2*k], bstr[2*k+1] = 0, src.strides[k]
	}
	v := &Array{dtype: src.dtype, shape: bshape, strides: bstr, offset: src.offset, buffers: src.buffers}
	out := v.Copy()
	out.shape, out.strides = outShape, cStrides(outShape)
	return out.withMatrix(a.matrix && nd == 2), nil
}

// Append returns a copy of arr with values joined at the end (np.append):
// with flat set both are flattened first; otherwise they are concatenated
// along axis and must agree in their other dimensions (the errors of
// Concatenate).
func Append(arr, values *Array, axis int, flat bool) (*Array, error) {
	if flat {
		// A numpy.matrix ravels to 1×n, so it joins a 1-d values only
		// with the dimension error NumPy gives.
		return Concatenate([]*Array{arr.Ravel(), values.AsArray().Ravel()}, 0)
	}
	return Concatenate([]*Array{arr, values}, axis)
}

// Delete returns a copy of arr without the entries obj along axis
// (np.delete); with flat set arr is flattened first. obj is an int64 index
// array of any shape (negative indices count from the end, repeats are
// harmless) or a bool mask of the axis's length. Errors:
//
//	IndexError "index 5 is out of bounds for axis 0 with size 3"
//	ValueError "boolean array argument obj to delete must be one dimensional and match the axis length of 3"
//	IndexError "arrays used as indices must be of integer (or boolean) type"
func Delete(arr, obj *Array, axis int, flat bool) (*Array, error) {
	if flat {
		// NumPy ravels and works on the last axis: a numpy.matrix stays 1×n.
		if arr.Ndim() != 1 {
			arr = arr.Ravel()
		}
		axis = arr.Ndim() - 1
	}
	nd := arr.Ndim()
	if nd == 0 {
		return nil, &Error{Kind: AxisError, Msg: fmt.Sprintf("axis %d is out of bounds for array of dimension 0", axis)}
	}
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	n := arr.shape[ax]
	var keep *Array
	switch {
	case obj.dtype == Bool:
		if obj.Ndim() != 1 || obj.shape[0] != n {
			return nil, valueErr("boolean array argument obj to delete must be one dimensional and match the axis length of %d", n)
		}
		keep, _, _ = Unary(OpInvert, obj)
	case obj.dtype == Int64 || obj.Size() == 0:
		if obj.Size() == 1 {
			i := obj.Int64s()[0]
			if i < int64(-n) || i >= int64(n) {
				return nil, indexErr("index %d is out of bounds for axis %d with size %d", i, ax, n)
			}
		}
		keep, _ = Full(Bool, []int{n}, true)
		f, _ := Scalar(false)
		if err := keep.SetIndex([]IndexItem{{Kind: IndexArray, Arr: obj.AsType(Int64)}}, f); err != nil {
			return nil, err
		}
	default:
		return nil, indexErr("arrays used as indices must be of integer (or boolean) type")
	}
	r, err := arr.Index(axisItems(nd, ax, IndexItem{Kind: IndexArray, Arr: keep}))
	if err != nil {
		return nil, err
	}
	return r.withMatrix(arr.matrix), nil
}

// Insert returns a copy of arr with values inserted before the given
// indices along axis (np.insert); with flat set arr is flattened first. The
// result keeps arr's dtype: values are cast to it. When obj is 0-d (scalar)
// values form a block inserted before that one index, with its first axis
// moved to axis; otherwise obj is a 1-d index array and values broadcast
// to one slice per index, the slices for equal indices kept in order.
// Errors:
//
//	IndexError "index 5 is out of bounds for axis 0 with size 3"
//	ValueError "index array argument obj to insert must be one dimensional or scalar"
//	IndexError "arrays used as indices must be of integer (or boolean) type"
func Insert(arr, obj, values *Array, axis int, flat bool) (*Array, error) {
	if flat {
		// NumPy ravels and works on the last axis: a numpy.matrix stays 1×n.
		if arr.Ndim() != 1 {
			arr = arr.Ravel()
		}
		axis = arr.Ndim() - 1
	}
	nd := arr.Ndim()
	if nd == 0 {
		return nil, &Error{Kind: AxisError, Msg: fmt.Sprintf("axis %d is out of bounds for array of dimension 0", axis)}
	}
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	if obj.Ndim() > 1 {
		return nil, valueErr("index array argument obj to insert must be one dimensional or scalar")
	}
	if obj.Size() == 1 && obj.dtype.IsInexact() {
		return nil, typeErr("slice indices must be integers or None or have an __index__ method")
	}
	if obj.dtype != Int64 && !(obj.dtype == Float64 && obj.Size() == 0) {
		if obj.dtype == Bool {
			return nil, indexErr("boolean indices are not supported by np.insert; use an integer index array")
		}
		return nil, indexErr("arrays used as indices must be of integer (or boolean) type")
	}
	n := arr.shape[ax]
	newShape := arr.Shape()
	if err := castable(values, arr.dtype); err != nil {
		return nil, err
	}
	if obj.Size() == 1 {
		index := int(obj.Int64s()[0])
		if index < -n || index > n {
			return nil, indexErr("index %d is out of bounds for axis %d with size %d", index, ax, n)
		}
		if index < 0 {
			index += n
		}
		vals := values.AsArray().AsType(arr.dtype)
		for vals.Ndim() < nd {
			vals, _ = vals.ExpandDims(0)
		}
		if obj.Ndim() == 0 {
			perm := make([]int, 0, vals.Ndim())
			for k := 1; k < vals.Ndim(); k++ {
				if len(perm) == ax {
					perm = append(perm, 0)
				}
				perm = append(perm, k)
			}
			if len(perm) == ax {
				perm = append(perm, 0)
			}
			vals, _ = vals.Transpose(perm...)
		}
		numnew := vals.shape[ax]
		newShape[ax] += numnew
		out := newArray(arr.dtype, newShape)
		head, _ := arr.Index(axisItems(nd, ax, Slice(nil, &index, nil)))
		tail, _ := arr.Index(axisItems(nd, ax, Slice(&index, nil, nil)))
		if err := out.SetIndex(axisItems(nd, ax, Slice(nil, &index, nil)), head); err != nil {
			return nil, err
		}
		end := index + numnew
		if err := out.SetIndex(axisItems(nd, ax, Slice(&index, &end, nil)), vals); err != nil {
			return nil, err
		}
		if err := out.SetIndex(axisItems(nd, ax, Slice(&end, nil, nil)), tail); err != nil {
			return nil, err
		}
		return out.withMatrix(arr.matrix), nil
	}
	idx := obj.Int64s()
	for k, i := range idx {
		if i < 0 {
			idx[k] = i + int64(n)
		}
	}
	numnew := len(idx)
	order := make([]int, numnew)
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(p, q int) int {
		switch {
		case idx[p] < idx[q]:
			return -1
		case idx[p] > idx[q]:
			return 1
		}
		return 0
	})
	for k, o := range order {
		idx[o] += int64(k)
	}
	newShape[ax] += numnew
	total := newShape[ax]
	oldMask, _ := Full(Bool, []int{total}, true)
	ia, _ := NewInt64([]int{numnew}, idx)
	f, _ := Scalar(false)
	if err := oldMask.SetIndex([]IndexItem{{Kind: IndexArray, Arr: ia}}, f); err != nil {
		return nil, err
	}
	out := newArray(arr.dtype, newShape)
	target := arr.Shape()
	target[ax] = numnew
	vv := values
	for vv.Ndim() > len(target) && vv.shape[0] == 1 {
		vv, _ = vv.Index([]IndexItem{Int(0)})
	}
	if _, err := vv.BroadcastTo(target); err != nil {
		return nil, valueErr("shape mismatch: value array of shape %s could not be broadcast to indexing result of shape %s", shapeNoSpace(values.shape), shapeNoSpace(target))
	}
	if err := out.SetIndex(axisItems(nd, ax, IndexItem{Kind: IndexArray, Arr: ia}), values); err != nil {
		return nil, err
	}
	if err := out.SetIndex(axisItems(nd, ax, IndexItem{Kind: IndexArray, Arr: oldMask}), arr); err != nil {
		return nil, err
	}
	return out.withMatrix(arr.matrix), nil
}

// UniqueResult holds what Unique computes: the sorted distinct values and,
// when asked for, the int64 arrays of np.unique's return_index (first
// position of each value in the flattened input), return_inverse
// (position in Values of each input element, in the input's shape) and
// return_counts.
type UniqueResult struct {
	Values, Index, Inverse, Counts *Array
}

// Unique returns the sorted distinct elements of the flattened a
// (np.unique with axis=None): NaNs sort last and count as one value when
// equalNaN is set (NumPy 2's default equal_nan=True); complex values sort by real part, then
// imaginary part. Index, Inverse and Counts are filled when the matching
// flags are set.
func Unique(a *Array, equalNaN, wantIndex, wantInverse, wantCounts bool) (*UniqueResult, error) {
	flat := a.AsArray().Ravel()
	perm, err := Argsort(flat, 0, true)
	if err != nil {
		return nil, err
	}
	sorted, _ := flat.Index([]IndexItem{{Kind: IndexArray, Arr: perm}})
	n := sorted.Size()
	same := func(p, q int) bool {
		switch sorted.dtype {
		case Float64:
			x, y := sorted.f[p], sorted.f[q]
			return x == y || (equalNaN && math.IsNaN(x) && math.IsNaN(y))
		case Complex128:
			x, y := sorted.c[p], sorted.c[q]
			nx := math.IsNaN(real(x)) || math.IsNaN(imag(x))
			ny := math.IsNaN(real(y)) || math.IsNaN(imag(y))
			return x == y || (equalNaN && nx && ny)
		case Int64:
			return sorted.i[p] == sorted.i[q]
		}
		return sorted.b[p] == sorted.b[q]
	}
	var starts []int64
	inv := make([]int64, n)
	for k := 0; k < n; k++ {
		if k == 0 || !same(k, k-1) {
			starts = append(starts, int64(k))
		}
		inv[perm.i[k]] = int64(len(starts) - 1)
	}
	if starts == nil {
		starts = []int64{}
	}
	sa, _ := NewInt64([]int{len(starts)}, starts)
	res := &UniqueResult{}
	res.Values, _ = sorted.Index([]IndexItem{{Kind: IndexArray, Arr: sa}})
	if wantIndex {
		first := make([]int64, len(starts))
		for k, s := range starts {
			first[k] = perm.i[s]
		}
		res.Index, _ = NewInt64([]int{len(first)}, first)
	}
	if wantInverse {
		res.Inverse, _ = NewInt64(a.Shape(), inv)
	}
	if wantCounts {
		cnt := make([]int64, len(starts))
		for k, s := range starts {
			end := int64(n)
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			cnt[k] = end - s
		}
		res.Counts, _ = NewInt64([]int{len(cnt)}, cnt)
	}
	return res, nil
}

// castable reports, as the TypeError Python's int() or float() raises,
// whether a complex value with a non-zero imaginary part would be cast to
// the real dtype d.
func castable(v *Array, d DType) error {
	if v.dtype != Complex128 || d == Complex128 {
		return nil
	}
	for _, z := range v.c128() {
		if imag(z) != 0 {
			if d == Float64 {
				return typeErr("float() argument must be a string or a real number, not 'complex'")
			}
			return typeErr("int() argument must be a string, a bytes-like object or a real number, not 'complex'")
		}
	}
	return nil
}

// UniqueAxis is np.unique(a, axis=axis): the distinct subarrays a[…, i, …]
// taken along axis, sorted lexicographically (elements compared in C order
// of the subarray, NaN last), kept in a's layout with that axis shortened.
// Subarrays are equal when all their elements are (so −0 equals 0, and a
// NaN makes a subarray unlike any other, as NumPy's structured comparison
// has it). Index, Inverse and Counts are 1-d int64 arrays over the axis,
// filled when asked for. Axis errors are AxisError.
func UniqueAxis(a *Array, axis int, wantIndex, wantInverse, wantCounts bool) (*UniqueResult, error) {
	src := a.AsArray()
	nd := src.Ndim()
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	perm := []int{ax}
	for k := 0; k < nd; k++ {
		if k != ax {
			perm = append(perm, k)
		}
	}
	t, _ := src.Transpose(perm...)
	t = t.Copy()
	n := t.shape[0]
	width := 1
	for _, d := range t.shape[1:] {
		width *= d
	}
	cmpRow := func(p, q int) int {
		for j := 0; j < width; j++ {
			var c int
			switch t.dtype {
			case Bool:
				c = cmpBool(t.b[p*width+j], t.b[q*width+j])
			case Int64:
				x, y := t.i[p*width+j], t.i[q*width+j]
				if x < y {
					c = -1
				} else if x > y {
					c = 1
				}
			case Float64:
				c = cmpFloat(t.f[p*width+j], t.f[q*width+j])
			case Complex128:
				c = cmpComplex(t.c[p*width+j], t.c[q*width+j])
			}
			if c != 0 {
				return c
			}
		}
		return 0
	}
	sameRow := func(p, q int) bool { return t.dtype.store().equal(t, p*width, q*width, width) }
	order := make([]int, n)
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, cmpRow)
	var starts []int
	inv := make([]int64, n)
	for k, r := range order {
		if k == 0 || !sameRow(r, order[k-1]) {
			starts = append(starts, k)
		}
		inv[r] = int64(len(starts) - 1)
	}
	rows := make([]int64, len(starts))
	for k, s := range starts {
		rows[k] = int64(order[s])
	}
	ri, _ := NewInt64([]int{len(rows)}, rows)
	vals, err := t.Index([]IndexItem{{Kind: IndexArray, Arr: ri}})
	if err != nil {
		return nil, err
	}
	back := make([]int, nd)
	for k, p := range perm {
		back[p] = k
	}
	vals, _ = vals.Transpose(back...)
	res := &UniqueResult{Values: vals.Copy()}
	if wantIndex {
		res.Index = ri
	}
	if wantInverse {
		res.Inverse, _ = NewInt64([]int{n}, inv)
	}
	if wantCounts {
		cnt := make([]int64, len(starts))
		for k, s := range starts {
			end := n
			if k+1 < len(starts) {
				end = starts[k+1]
			}
			cnt[k] = int64(end - s)
		}
		res.Counts, _ = NewInt64([]int{len(cnt)}, cnt)
	}
	return res, nil
}
