package linalg

import "slices"

// CoreOneOrTwo, as the core count of an array in OverBatch, is SciPy's
// "1|2": two core dimensions when the array has at least two, else one (a
// right-hand side that is a vector or a matrix).
const CoreOneOrTwo = -1

// batchShapes splits each array's shape into its batch and its core: the
// last core[k] dimensions of arrays[k] (all of them when it has fewer) are
// its core, those before them its batch shape. A nil array is SciPy's
// None: no batch shape. batched reports whether any batch shape is
// non-empty.
func batchShapes(arrays []*Array, core []int) (batches, cores [][]int, batched bool) {
	batches, cores = make([][]int, len(arrays)), make([][]int, len(arrays))
	for k, a := range arrays {
		if a == nil {
			continue
		}
		nc := core[k]
		if nc == CoreOneOrTwo {
			nc = 1
			if len(a.shape) >= 2 {
				nc = 2
			}
		}
		cut := max(len(a.shape)-nc, 0)
		batches[k], cores[k] = a.shape[:cut], a.shape[cut:]
		batched = batched || cut > 0
	}
	return batches, cores, batched
}

// Batched reports whether OverBatch would map a function over batches of
// arrays, given their core dimension counts: whether any array has
// dimensions before its core.
func Batched(arrays []*Array, core []int) bool {
	_, _, b := batchShapes(arrays, core)
	return b
}

// OverBatch is SciPy's _apply_over_batch decorator, which maps most of
// scipy.linalg over stacks of matrices. arrays[k] (nil for None) has
// core[k] core dimensions (CoreOneOrTwo for "1|2"); the dimensions before
// them are its batch shape. When no array has a batch shape, f runs once
// on the arrays as given and its results are returned. Otherwise the
// batch shapes broadcast together, f runs on the core slices at each batch
// index in C order, and each of its results is stacked with the batch
// shape in front (a result f leaves nil at some index is nil). name is
// the function SciPy decorates, which its
// zero-size-batch message names. Errors, as SciPy raises them:
//
//	ValueError "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,)."
//	ValueError "`_solve_banded` does not support zero-size batches."
func OverBatch(name string, arrays []*Array, core []int, f func(x []*Array) ([]*Array, error)) ([]*Array, error) {
	batches, cores, batched := batchShapes(arrays, core)
	if !batched {
		return f(arrays)
	}
	batch, err := BroadcastShapesArgs(batches)
	if err != nil {
		return nil, err
	}
	nb := prod(batch)
	if nb == 0 {
		return nil, valueErr("`%s` does not support zero-size batches.", name)
	}
	full := make([]*Array, len(arrays))
	for k, a := range arrays {
		if a == nil {
			continue
		}
		v, err := a.BroadcastTo(append(append([]int{}, batch...), cores[k]...))
		if err != nil {
			return nil, err
		}
		full[k] = v.Copy()
	}
	var parts [][]*Array
	cur := make([]*Array, len(full))
	for t := range nb {
		for k, a := range full {
			if a != nil {
				cur[k] = batchSlice(a, len(batch), t)
			}
		}
		r, err := f(cur)
		if err != nil {
			return nil, err
		}
		if parts == nil {
			parts = make([][]*Array, len(r))
		}
		for k := range parts {
			parts[k] = append(parts[k], r[k])
		}
	}
	out := make([]*Array, len(parts))
	for k, p := range parts {
		if slices.Contains(p, nil) {
			continue // a result f does not give for every matrix: nil
		}
		s, err := Stack(p, 0)
		if err != nil {
			return nil, err
		}
		if out[k], err = s.Reshape(append(append([]int{}, batch...), p[0].shape...)); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// batchSlice returns the core array at flat batch index t of the
// C-contiguous a, whose first nb dimensions are the batch, as a view.
func batchSlice(a *Array, nb, t int) *Array {
	core := a.shape[nb:]
	v := a.view()
	v.shape = append([]int(nil), core...)
	v.strides = cStrides(core)
	v.offset = a.offset + t*prod(core)
	return v
}

// BroadcastShapesArgs is np.broadcast_shapes of shapes (a nil shape is
// ()), with the message of NumPy's broadcast iterator: at the first axis
// (from the left of the right-aligned shapes) where two lengths other than
// 1 differ, it names the argument that set the length and the one that
// disagrees.
func BroadcastShapesArgs(shapes [][]int) ([]int, error) {
	nd := 0
	for _, s := range shapes {
		nd = max(nd, len(s))
	}
	out := make([]int, nd)
	for i := range nd {
		out[i] = 1
		src := 0
		for j, s := range shapes {
			k := i - (nd - len(s))
			if k < 0 || s[k] == 1 {
				continue
			}
			switch {
			case out[i] == 1:
				out[i], src = s[k], j
			case out[i] != s[k]:
				return nil, valueErr("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg %d with shape %s and arg %d with shape %s.", src, FormatShape(shapes[src]), j, FormatShape(s))
			}
		}
	}
	return out, nil
}
