package linalg

import "fmt"

// IndexKind tells what one entry of a subscript tuple is.
type IndexKind uint8

// The kinds of subscript entries.
const (
	IndexInt      IndexKind = iota // an integer, possibly negative: a[2], a[-1]
	IndexSlice                     // start:stop:step with any part omitted
	IndexNewAxis                   // None / np.newaxis
	IndexEllipsis                  // ...
	IndexArray                     // an integer or boolean array (advanced indexing)
)

// IndexItem is one entry of a subscript tuple a[i, j:k, ...].
// For IndexInt, Int is the integer. For IndexSlice, Start, Stop and Step
// are used when HasStart, HasStop and HasStep are set (a missing step is 1).
// For IndexArray, Arr is an int64 or bool array.
type IndexItem struct {
	Kind                       IndexKind
	Int                        int
	Start, Stop, Step          int
	HasStart, HasStop, HasStep bool
	Arr                        *Array
}

// Int returns the subscript entry for the integer i.
func Int(i int) IndexItem { return IndexItem{Kind: IndexInt, Int: i} }

// Slice returns the subscript entry start:stop:step; pass nil for an
// omitted part.
func Slice(start, stop, step *int) IndexItem {
	it := IndexItem{Kind: IndexSlice}
	if start != nil {
		it.Start, it.HasStart = *start, true
	}
	if stop != nil {
		it.Stop, it.HasStop = *stop, true
	}
	if step != nil {
		it.Step, it.HasStep = *step, true
	}
	return it
}

// All is the subscript entry ":".
var All = IndexItem{Kind: IndexSlice}

// sliceIndices is Python's slice.indices(n): the first index, the step and
// the number of elements selected.
func sliceIndices(it IndexItem, n int) (start, step, count int, err error) {
	step = 1
	if it.HasStep {
		step = it.Step
	}
	if step == 0 {
		return 0, 0, 0, valueErr("slice step cannot be zero")
	}
	var lo, hi int
	if step > 0 {
		lo, hi = 0, n
	} else {
		lo, hi = -1, n-1
	}
	clamp := func(v int) int {
		if v < 0 {
			v += n
			if v < lo {
				v = lo
			}
		} else if v > hi {
			v = hi
		}
		return v
	}
	start, stop := lo, hi
	if step < 0 {
		start, stop = hi, lo
	}
	if it.HasStart {
		start = clamp(it.Start)
	}
	if it.HasStop {
		stop = clamp(it.Stop)
	}
	if step > 0 {
		if stop > start {
			count = (stop - start + step - 1) / step
		}
	} else if start > stop {
		count = (start - stop - step - 1) / (-step)
	}
	return start, step, count, nil
}

// expandIndex replaces the ellipsis by full slices and pads the tuple with
// full slices, checking the number of indexed axes.
func (a *Array) expandIndex(items []IndexItem) ([]IndexItem, error) {
	consumed, ell := 0, -1
	for k, it := range items {
		switch it.Kind {
		case IndexEllipsis:
			if ell >= 0 {
				return nil, indexErr("an index can only have a single ellipsis ('...')")
			}
			ell = k
		case IndexNewAxis:
		case IndexArray:
			if it.Arr.dtype == Bool {
				consumed += max(it.Arr.Ndim(), 1)
				if it.Arr.Ndim() == 0 {
					consumed--
				}
			} else {
				consumed++
			}
		default:
			consumed++
		}
	}
	if consumed > len(a.shape) {
		return nil, indexErr("too many indices for array: array is %d-dimensional, but %d were indexed", len(a.shape), consumed)
	}
	fill := make([]IndexItem, len(a.shape)-consumed)
	for k := range fill {
		fill[k] = All
	}
	var out []IndexItem
	if ell >= 0 {
		out = append(append(append(out, items[:ell]...), fill...), items[ell+1:]...)
	} else {
		out = append(append(out, items...), fill...)
	}
	return out, nil
}

func normIndex(i, n, axis int) (int, error) {
	if i < -n || i >= n {
		return 0, indexErr("index %d is out of bounds for axis %d with size %d", i, axis, n)
	}
	if i < 0 {
		i += n
	}
	return i, nil
}

// Index returns a[items] (NumPy's __getitem__). With integers, slices,
// None and ... only (basic indexing) the result is a view sharing a's data;
// with integer or boolean arrays (advanced indexing) it is a copy laid out
// as NumPy lays it out. When every axis takes an integer the result is 0-d:
// NumPy returns a scalar there, which At(0) gives. On a numpy.matrix the
// result stays 2-d as numpy.matrix.__getitem__ keeps it. Errors:
//
//	IndexError "index 5 is out of bounds for axis 0 with size 3"
//	IndexError "too many indices for array: array is 2-dimensional, but 3 were indexed"
//	IndexError "boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2"
//	IndexError "arrays used as indices must be of integer (or boolean) type"
//	ValueError "slice step cannot be zero"
func (a *Array) Index(items []IndexItem) (*Array, error) {
	items, err := a.expandIndex(items)
	if err != nil {
		return nil, err
	}
	var out *Array
	if hasAdvanced(items) {
		pos, shape, err := a.advancedPositions(items)
		if err != nil {
			return nil, err
		}
		out = newArray(a.dtype, shape)
		a.dtype.store().take(out, a, pos)
	} else {
		out, err = a.basicView(items)
		if err != nil {
			return nil, err
		}
	}
	if a.matrix {
		switch out.Ndim() {
		case 1:
			n := out.shape[0]
			secondIsInt := len(items) > 1 && items[1].Kind == IndexInt
			if secondIsInt {
				out.shape, out.strides = []int{n, 1}, []int{out.strides[0], 0}
			} else {
				out.shape, out.strides = []int{1, n}, []int{0, out.strides[0]}
			}
			out.matrix = true
		case 2:
			out.matrix = true
		}
	}
	return out, nil
}

func hasAdvanced(items []IndexItem) bool {
	for _, it := range items {
		if it.Kind == IndexArray {
			return true
		}
	}
	return false
}

// basicView applies an expanded tuple of ints, slices and new axes.
func (a *Array) basicView(items []IndexItem) (*Array, error) {
	v := &Array{dtype: a.dtype, offset: a.offset, buffers: a.buffers}
	axis := 0
	for _, it := range items {
		switch it.Kind {
		case IndexNewAxis:
			v.shape = append(v.shape, 1)
			v.strides = append(v.strides, 0)
		case IndexInt:
			i, err := normIndex(it.Int, a.shape[axis], axis)
			if err != nil {
				return nil, err
			}
			v.offset += i * a.strides[axis]
			axis++
		case IndexSlice:
			start, step, count, err := sliceIndices(it, a.shape[axis])
			if err != nil {
				return nil, err
			}
			if count > 0 {
				v.offset += start * a.strides[axis]
			}
			v.shape = append(v.shape, count)
			v.strides = append(v.strides, step*a.strides[axis])
			axis++
		}
	}
	if v.shape == nil {
		v.shape, v.strides = []int{}, []int{}
	}
	return v, nil
}

// advancedPositions returns the buffer positions of the elements that
// a[items] selects, in C order of the result, and the result's shape.
func (a *Array) advancedPositions(items []IndexItem) ([]int, []int, error) {
	// Integers count as advanced indices when arrays are present; boolean
	// arrays become their nonzero() integer arrays.
	type adv struct {
		axis int   // axis of the view
		idx  []int // flattened index array, broadcast below
		arr  *Array
	}
	var advs []adv
	var viewItems []IndexItem
	axis := 0
	vaxis := 0
	for _, it := range items {
		switch it.Kind {
		case IndexNewAxis:
			viewItems = append(viewItems, it)
			vaxis++
		case IndexSlice:
			viewItems = append(viewItems, it)
			axis++
			vaxis++
		case IndexInt:
			if _, err := normIndex(it.Int, a.shape[axis], axis); err != nil {
				return nil, nil, err
			}
			ia, _ := NewInt64(nil, []int64{int64(it.Int)})
			advs = append(advs, adv{axis: vaxis, arr: ia})
			viewItems = append(viewItems, All)
			axis++
			vaxis++
		case IndexArray:
			arr := it.Arr
			switch arr.dtype {
			case Bool:
				nd := arr.Ndim()
				if nd == 0 {
					return nil, nil, indexErr("0-d boolean indices are not supported")
				}
				for k := 0; k < nd; k++ {
					if arr.shape[k] != a.shape[axis+k] {
						return nil, nil, indexErr("boolean index did not match indexed array along axis %d; size of axis is %d but size of corresponding boolean axis is %d",
							axis+k, a.shape[axis+k], arr.shape[k])
					}
				}
				for _, nz := range arr.nonzero() {
					advs = append(advs, adv{axis: vaxis, arr: nz})
					viewItems = append(viewItems, All)
					vaxis++
				}
				axis += nd
			case Int64:
				advs = append(advs, adv{axis: vaxis, arr: arr})
				viewItems = append(viewItems, All)
				axis++
				vaxis++
			default:
				return nil, nil, indexErr("arrays used as indices must be of integer (or boolean) type")
			}
		}
	}
	v, err := a.basicView(viewItems)
	if err != nil {
		return nil, nil, err
	}
	shapes := make([][]int, len(advs))
	for k, ad := range advs {
		shapes[k] = ad.arr.shape
	}
	bshape, err := BroadcastShapes(shapes...)
	if err != nil {
		var msg string
		for _, s := range shapes {
			msg += shapeNoSpace(s) + " "
		}
		return nil, nil, indexErr("shape mismatch: indexing arrays could not be broadcast together with shapes %s", msg)
	}
	bsize := 1
	for _, d := range bshape {
		bsize *= d
	}
	for k := range advs {
		bv, _ := advs[k].arr.BroadcastTo(bshape)
		raw := bv.i64()
		n := v.shape[advs[k].axis]
		advs[k].idx = make([]int, bsize)
		for j, x := range raw {
			i, err := normIndex(int(x), n, advs[k].axis)
			if err != nil {
				return nil, nil, err
			}
			advs[k].idx[j] = i
		}
	}
	isAdv := make([]bool, len(v.shape))
	contiguous := true
	for k, ad := range advs {
		isAdv[ad.axis] = true
		if k > 0 && ad.axis != advs[k-1].axis+1 {
			contiguous = false
		}
	}
	// Result layout: the broadcast dims replace the advanced axes when those
	// are adjacent, and go first otherwise.
	var rest []int // view axes that are not advanced
	for ax := range v.shape {
		if !isAdv[ax] {
			rest = append(rest, ax)
		}
	}
	insertAt := 0
	if contiguous && len(advs) > 0 {
		for _, ax := range rest {
			if ax < advs[0].axis {
				insertAt++
			}
		}
	}
	var shape []int
	for _, ax := range rest[:insertAt] {
		shape = append(shape, v.shape[ax])
	}
	shape = append(shape, bshape...)
	for _, ax := range rest[insertAt:] {
		shape = append(shape, v.shape[ax])
	}
	total := 1
	for _, d := range shape {
		total *= d
	}
	pos := make([]int, total)
	idx := make([]int, len(shape))
	nb := len(bshape)
	for k := 0; k < total; k++ {
		// Decompose k into the result index.
		r := k
		for j := len(shape) - 1; j >= 0; j-- {
			idx[j] = r % shape[j]
			r /= shape[j]
		}
		bflat := 0
		for j := 0; j < nb; j++ {
			bflat = bflat*bshape[j] + idx[insertAt+j]
		}
		p := v.offset
		for j, ax := range rest {
			ri := j
			if j >= insertAt {
				ri = j + nb
			}
			p += idx[ri] * v.strides[ax]
		}
		for _, ad := range advs {
			p += ad.idx[bflat] * v.strides[ad.axis]
		}
		pos[k] = p
	}
	if shape == nil {
		shape = []int{}
	}
	return pos, shape, nil
}

// nonzero returns, for each axis, the int64 array of indices of the
// non-zero elements (np.nonzero).
func (a *Array) nonzero() []*Array {
	vals := a.Bools()
	nd := len(a.shape)
	cols := make([][]int64, nd)
	idx := make([]int, nd)
	for k, t := range vals {
		if t {
			for j := 0; j < nd; j++ {
				cols[j] = append(cols[j], int64(idx[j]))
			}
		}
		_ = k
		for j := nd - 1; j >= 0; j-- {
			idx[j]++
			if idx[j] < a.shape[j] {
				break
			}
			idx[j] = 0
		}
	}
	out := make([]*Array, nd)
	for j := range out {
		c := cols[j]
		if c == nil {
			c = []int64{}
		}
		out[j], _ = NewInt64([]int{len(c)}, c)
	}
	return out
}

// Nonzero returns the indices of the non-zero elements, one int64 array
// per axis (np.nonzero).
func (a *Array) Nonzero() []*Array { return a.nonzero() }

// SetIndex performs a[items] = v (NumPy's __setitem__): v is broadcast to
// the shape of a[items] and cast to a's dtype, and written into a's data,
// so every view of it sees the change. Errors are those of Index, and a
// ValueError "could not broadcast input array from shape (3,) into shape
// (2,)" when v does not fit.
func (a *Array) SetIndex(items []IndexItem, v *Array) error {
	items, err := a.expandIndex(items)
	if err != nil {
		return err
	}
	if hasAdvanced(items) {
		pos, shape, err := a.advancedPositions(items)
		if err != nil {
			return err
		}
		src, err := fitValue(v, shape, a.dtype)
		if err != nil {
			return err
		}
		a.dtype.store().put(a, pos, src)
		return nil
	}
	view, err := a.basicView(items)
	if err != nil {
		return err
	}
	src, err := fitValue(v, view.shape, a.dtype)
	if err != nil {
		return err
	}
	a.dtype.store().assign(a, view, src)
	return nil
}

// fitValue broadcasts v to shape and casts it to d, as a fresh contiguous
// array.
func fitValue(v *Array, shape []int, d DType) (*Array, error) {
	// NumPy drops leading length-1 axes of the value before broadcasting.
	vv := v
	for len(vv.shape) > len(shape) && vv.shape[0] == 1 {
		vv = &Array{dtype: vv.dtype, shape: vv.shape[1:], strides: vv.strides[1:], offset: vv.offset, buffers: vv.buffers}
	}
	bv, err := vv.BroadcastTo(shape)
	if err != nil {
		return nil, valueErr("could not broadcast input array from shape %s into shape %s", shapeNoSpace(v.shape), shapeNoSpace(shape))
	}
	return bv.AsType(d), nil
}

// Item returns the only element of a one-element array (a.item()); it is a
// ValueError "can only convert an array of size 1 to a Python scalar"
// otherwise.
func (a *Array) Item() (any, error) {
	if a.Size() != 1 {
		return nil, valueErr("can only convert an array of size 1 to a Python scalar")
	}
	return a.At(0), nil
}

// String returns a short description for debugging, not NumPy's text; use
// package display for that.
func (a *Array) String() string {
	return fmt.Sprintf("linalg.Array(%s, shape=%s)", a.dtype, FormatShape(a.shape))
}
