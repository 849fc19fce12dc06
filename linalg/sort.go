package linalg

import (
	"cmp"
	"math"
	"slices"
)

// Sort returns a sorted copy of a along axis (np.sort). With flat true the
// array is flattened first and axis is ignored. NaNs sort to the end;
// complex numbers sort by real part, then imaginary part. The result is
// never a numpy.matrix unless a is one.
func Sort(a *Array, axis int, flat bool) (*Array, error) {
	return sortAlong(a, axis, flat, false)
}

// Argsort returns the indices that sort a along axis (np.argsort), as an
// int64 array. Equal elements keep their order (a stable sort; NumPy's
// default quicksort may order ties differently on long inputs).
func Argsort(a *Array, axis int, flat bool) (*Array, error) {
	return sortAlong(a, axis, flat, true)
}

// SortInPlace sorts a along axis in place (ndarray.sort).
func (a *Array) SortInPlace(axis int) error {
	s, err := sortAlong(a, axis, false, false)
	if err != nil {
		return err
	}
	return a.SetIndex([]IndexItem{Slice(nil, nil, nil)}, s)
}

func sortAlong(a *Array, axis int, flat, arg bool) (*Array, error) {
	src := a.AsArray()
	if flat || (arg && src.Ndim() == 0) {
		src = src.Ravel()
		axis = 0
	}
	nd := src.Ndim()
	ax, err := normAxis(axis, nd)
	if err != nil {
		return nil, err
	}
	// Move the axis last, sort contiguous rows, move it back.
	perm := make([]int, 0, nd)
	for k := 0; k < nd; k++ {
		if k != ax {
			perm = append(perm, k)
		}
	}
	perm = append(perm, ax)
	t, err := src.Transpose(perm...)
	if err != nil {
		return nil, err
	}
	t = t.Copy()
	n := t.shape[nd-1]
	rows := 0
	if n > 0 {
		rows = t.Size() / n
	}
	var out *Array
	if arg {
		out = newArray(Int64, t.shape)
	} else {
		out = t
	}
	idx := make([]int64, n)
	for r := 0; r < rows; r++ {
		lo := r * n
		for k := range idx {
			idx[k] = int64(k)
		}
		var less func(i, j int64) int
		switch t.dtype {
		case Bool:
			v := t.b[lo : lo+n]
			less = func(i, j int64) int { return cmpBool(v[i], v[j]) }
		case Int64:
			v := t.i[lo : lo+n]
			less = func(i, j int64) int { return cmp.Compare(v[i], v[j]) }
		case Float64:
			v := t.f[lo : lo+n]
			less = func(i, j int64) int { return cmpFloat(v[i], v[j]) }
		case Complex128:
			v := t.c[lo : lo+n]
			less = func(i, j int64) int { return cmpComplex(v[i], v[j]) }
		}
		slices.SortStableFunc(idx, less)
		if arg {
			copy(out.i[lo:lo+n], idx)
			continue
		}
		t.dtype.store().permute(t, lo, idx)
	}
	inv := make([]int, nd)
	for k, p := range perm {
		inv[p] = k
	}
	r, err := out.Transpose(inv...)
	if err != nil {
		return nil, err
	}
	r = r.Copy()
	if a.matrix {
		if flat {
			r, _ = r.Reshape([]int{1, r.Size()})
		}
		r = r.withMatrix(true)
	}
	return r, nil
}

func permute[T any](v []T, idx []int64) {
	tmp := make([]T, len(v))
	for k, i := range idx {
		tmp[k] = v[i]
	}
	copy(v, tmp)
}

func cmpBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case !x:
		return -1
	}
	return 1
}

// cmpFloat orders floats with NaN last, as NumPy's sort does.
func cmpFloat(x, y float64) int {
	xn, yn := math.IsNaN(x), math.IsNaN(y)
	switch {
	case xn && yn:
		return 0
	case xn:
		return 1
	case yn:
		return -1
	}
	return cmp.Compare(x, y)
}

func cmpComplex(x, y complex128) int {
	if c := cmpFloat(real(x), real(y)); c != 0 {
		return c
	}
	return cmpFloat(imag(x), imag(y))
}
