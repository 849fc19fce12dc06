package linalg

// gather returns the elements of buf that a view with the given shape,
// strides and offset addresses, in C order. The view may broadcast (zero
// strides).
func gather[T any](buf []T, shape, strides []int, offset int) []T {
	n := 1
	for _, d := range shape {
		n *= d
	}
	out := make([]T, n)
	if n == 0 {
		return out
	}
	nd := len(shape)
	if nd == 0 {
		out[0] = buf[offset]
		return out
	}
	// C-contiguous: one copy.
	contig, want := true, 1
	for ax := nd - 1; ax >= 0; ax-- {
		if shape[ax] != 1 && strides[ax] != want {
			contig = false
			break
		}
		want *= shape[ax]
	}
	if contig {
		copy(out, buf[offset:offset+n])
		return out
	}
	idx := make([]int, nd)
	p := offset
	ls, ln := strides[nd-1], shape[nd-1]
	for k := 0; k < n; {
		q := p
		if ls == 1 {
			k += copy(out[k:k+ln], buf[q:q+ln])
		} else {
			for j := 0; j < ln; j++ {
				out[k] = buf[q]
				q += ls
				k++
			}
		}
		for ax := nd - 2; ax >= 0; ax-- {
			idx[ax]++
			p += strides[ax]
			if idx[ax] < shape[ax] {
				break
			}
			p -= strides[ax] * shape[ax]
			idx[ax] = 0
		}
	}
	return out
}

// scatter writes vals (C order of shape) into buf through a view with the
// given shape, strides and offset; vals may hold a single value, which is
// then written everywhere.
func scatter[T any](buf []T, shape, strides []int, offset int, vals []T) {
	n := 1
	for _, d := range shape {
		n *= d
	}
	if n == 0 {
		return
	}
	nd := len(shape)
	if nd == 0 {
		buf[offset] = vals[0]
		return
	}
	one := len(vals) == 1
	idx := make([]int, nd)
	p := offset
	ls, ln := strides[nd-1], shape[nd-1]
	for k := 0; k < n; {
		q := p
		for j := 0; j < ln; j++ {
			if one {
				buf[q] = vals[0]
			} else {
				buf[q] = vals[k]
			}
			q += ls
			k++
		}
		for ax := nd - 2; ax >= 0; ax-- {
			idx[ax]++
			p += strides[ax]
			if idx[ax] < shape[ax] {
				break
			}
			p -= strides[ax] * shape[ax]
			idx[ax] = 0
		}
	}
}

// exact reports whether a's elements are exactly buf[offset:offset+size]
// in C order. An empty view is never exact: its offset may lie past the end
// of its (possibly empty) buffer, as for np.zeros((0, 7))[:, 1].
func (a *Array) exact() bool { return a.IsContiguous() && a.Size() > 0 }

// f64 returns a's elements in C order as float64, aliasing a's buffer when
// it can: the caller must not modify the result.
func (a *Array) f64() []float64 {
	if a.dtype == Float64 && a.exact() { // the numerics' common case, without the generic's dictionary
		return a.f[a.offset : a.offset+a.Size()]
	}
	return elements[float64](a, true)
}

// c128 is f64 for complex128.
func (a *Array) c128() []complex128 {
	if a.dtype == Complex128 && a.exact() {
		return a.c[a.offset : a.offset+a.Size()]
	}
	return elements[complex128](a, true)
}

// i64 is f64 for int64.
func (a *Array) i64() []int64 { return elements[int64](a, true) }

// bl is f64 for bool.
func (a *Array) bl() []bool { return elements[bool](a, true) }
