package linalg

// coreOneOrTwo is the number of core dimensions SciPy's _apply_over_batch
// calls "1|2": two when the array has at least two dimensions, else one
// (a right-hand side that is a vector or a matrix).
const coreOneOrTwo = -1

// applyOverBatch is SciPy's _apply_over_batch for several arrays (the banded,
// Toeplitz, Procrustes and angle functions): array k has core[k] trailing
// core dimensions and the dimensions before them are its batch shape. When
// no array has a batch shape, f runs once on the arrays as given.
// Otherwise the batch shapes broadcast together, f runs on the core slices
// at each batch index (in C order) and each of its results is stacked with
// the batch shape in front. name is the function SciPy decorates, which
// its zero-size-batch message names. Errors, as SciPy raises them:
//
//	ValueError "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (2,) and arg 1 with shape (3,)."
//	ValueError "`_solve_banded` does not support zero-size batches."
func applyOverBatch(name string, arrays []*Array, core []int, f func(x []*Array) ([]*Array, error)) ([]*Array, error) {
	batches := make([][]int, len(arrays))
	cores := make([][]int, len(arrays))
	batched := false
	for k, a := range arrays {
		nc := core[k]
		if nc == coreOneOrTwo {
			nc = 1
			if len(a.shape) >= 2 {
				nc = 2
			}
		}
		cut := max(len(a.shape)-nc, 0)
		batches[k], cores[k] = a.shape[:cut], a.shape[cut:]
		batched = batched || len(batches[k]) > 0
	}
	if !batched {
		return f(arrays)
	}
	batch, err := broadcastShapesNamed(batches)
	if err != nil {
		return nil, err
	}
	nb := prod(batch)
	if nb == 0 {
		return nil, valueErr("`%s` does not support zero-size batches.", name)
	}
	full := make([]*Array, len(arrays))
	for k, a := range arrays {
		v, err := a.BroadcastTo(append(append([]int{}, batch...), cores[k]...))
		if err != nil {
			return nil, err
		}
		full[k] = v.Copy()
	}
	var parts [][]*Array
	for t := range nb {
		slices := make([]*Array, len(full))
		for k, a := range full {
			slices[k] = batchSlice(a, len(batch), t)
		}
		r, err := f(slices)
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

// broadcastShapesNamed is np.broadcast_shapes, whose message names the
// first two shapes that do not broadcast.
func broadcastShapesNamed(shapes [][]int) ([]int, error) {
	out, err := BroadcastShapes(shapes...)
	if err == nil {
		return out, nil
	}
	for i := range shapes {
		for j := i + 1; j < len(shapes); j++ {
			if _, e := BroadcastShapes(shapes[i], shapes[j]); e != nil {
				return nil, valueErr("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg %d with shape %s and arg %d with shape %s.", i, FormatShape(shapes[i]), j, FormatShape(shapes[j]))
			}
		}
	}
	return nil, err
}
