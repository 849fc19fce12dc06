package linalg

import (
	"math"
	"slices"
)

// element is the Go type of the elements of a dtype's buffer.
type element interface {
	bool | int64 | float64 | complex128
}

// buffers holds an Array's storage: the slice of its dtype, the others nil.
// Array embeds it, so a.f is the float64 buffer, and a view copies all of
// them at once (buffers: a.buffers).
//
// A new dtype adds its slice here, a case to buf and a row to storages.
type buffers struct {
	b []bool
	i []int64
	f []float64
	c []complex128
}

// buf returns the buffer of element type T of a: the one place that maps an
// element type to its field.
func buf[T element](a *Array) *[]T {
	var p any
	switch any(*new(T)).(type) {
	case bool:
		p = &a.b
	case int64:
		p = &a.i
	case float64:
		p = &a.f
	case complex128:
		p = &a.c
	}
	return p.(*[]T)
}

// storages is the storage of each dtype, indexed by DType, with the element
// conversions NumPy's astype makes from it.
var storages = [...]storage{
	Bool: typed[bool]{
		toBool:    func(x bool) bool { return x },
		toInt:     func(x bool) int64 { return b2i(x) },
		toFloat:   func(x bool) float64 { return float64(b2i(x)) },
		toComplex: func(x bool) complex128 { return complex(float64(b2i(x)), 0) },
	},
	Int64: typed[int64]{
		toBool:    func(x int64) bool { return x != 0 },
		toInt:     func(x int64) int64 { return x },
		toFloat:   func(x int64) float64 { return float64(x) },
		toComplex: func(x int64) complex128 { return complex(float64(x), 0) },
	},
	Float64: typed[float64]{
		toBool:    func(x float64) bool { return x != 0 },
		toInt:     floatToInt,
		toFloat:   func(x float64) float64 { return x },
		toComplex: func(x float64) complex128 { return complex(x, 0) },
	},
	Complex128: typed[complex128]{
		toBool:    func(x complex128) bool { return x != 0 },
		toInt:     func(x complex128) int64 { return floatToInt(real(x)) },
		toFloat:   func(x complex128) float64 { return real(x) },
		toComplex: func(x complex128) complex128 { return x },
	},
}

func b2i(x bool) int64 {
	if x {
		return 1
	}
	return 0
}

func (d DType) store() storage { return storages[d] }

// storage is what does not depend on an element type's arithmetic: making,
// moving and converting elements. Positions are buffer positions; dst and
// src have the same dtype.
type storage interface {
	// alloc gives a a buffer of n zeros.
	alloc(a *Array, n int)
	// at returns the element at position p as a bool, int64, float64 or
	// complex128.
	at(a *Array, p int) any
	// take sets dst[k] = src[pos[k]] for each k.
	take(dst, src *Array, pos []int)
	// put sets dst[pos[k]] = src[k] for each k.
	put(dst *Array, pos []int, src *Array)
	// assign writes the C-ordered elements of src (or its one element)
	// through view, which shares dst's buffer.
	assign(dst, view, src *Array)
	// fill sets every element of a's buffer to src[p].
	fill(a, src *Array, p int)
	// clear sets a[lo:hi] to zero.
	clear(a *Array, lo, hi int)
	// where sets out[k] = x[k] where c[k], else y[k] (all contiguous).
	where(out *Array, c []bool, x, y *Array)
	// permute reorders a[lo:lo+len(idx)] to a[lo+idx[0]], a[lo+idx[1]], ....
	permute(a *Array, lo int, idx []int64)
	// equal reports whether a[p:p+n] and a[q:q+n] are equal by ==.
	equal(a *Array, p, q, n int) bool
	// load gives out a new buffer holding a's elements in C order, cast
	// as astype casts them.
	load(out, a *Array)
	// convert writes a's elements in C order, cast as astype casts, into
	// out, a []bool, []int64, []float64 or []complex128 of a's size.
	convert(a *Array, out any)
}

// typed is the storage of element type T, with T's casts to the other
// element types.
type typed[T element] struct {
	toBool    func(T) bool
	toInt     func(T) int64
	toFloat   func(T) float64
	toComplex func(T) complex128
}

func (typed[T]) alloc(a *Array, n int)  { *buf[T](a) = make([]T, n) }
func (typed[T]) at(a *Array, p int) any { return (*buf[T](a))[p] }
func (typed[T]) fill(a, src *Array, p int) {
	v, out := (*buf[T](src))[p], *buf[T](a)
	for k := range out {
		out[k] = v
	}
}

func (typed[T]) take(dst, src *Array, pos []int) {
	out, in := *buf[T](dst), *buf[T](src)
	for k, p := range pos {
		out[k] = in[p]
	}
}

func (typed[T]) put(dst *Array, pos []int, src *Array) {
	out, in := *buf[T](dst), *buf[T](src)
	for k, p := range pos {
		out[p] = in[k]
	}
}

func (typed[T]) assign(dst, view, src *Array) {
	scatter(*buf[T](dst), view.shape, view.strides, view.offset, *buf[T](src))
}

func (typed[T]) load(out, a *Array) { *buf[T](out) = elements[T](a, false) }

func (typed[T]) clear(a *Array, lo, hi int) { clear((*buf[T](a))[lo:hi]) }

func (typed[T]) where(out *Array, c []bool, x, y *Array) {
	pick(*buf[T](out), c, *buf[T](x), *buf[T](y))
}

func (typed[T]) permute(a *Array, lo int, idx []int64) {
	permute((*buf[T](a))[lo:lo+len(idx)], idx)
}

func (typed[T]) equal(a *Array, p, q, n int) bool {
	v := *buf[T](a)
	return slices.Equal(v[p:p+n], v[q:q+n])
}

func (t typed[T]) convert(a *Array, out any) {
	src := *buf[T](a)
	if a.exact() {
		src = src[a.offset : a.offset+a.Size()]
	} else {
		src = gather(src, a.shape, a.strides, a.offset)
	}
	switch o := out.(type) {
	case []bool:
		castInto(o, src, t.toBool)
	case []int64:
		castInto(o, src, t.toInt)
	case []float64:
		castInto(o, src, t.toFloat)
	case []complex128:
		castInto(o, src, t.toComplex)
	}
}

func castInto[F, T element](dst []T, src []F, cast func(F) T) {
	for k, x := range src {
		dst[k] = cast(x)
	}
}

// elements returns a's elements in C order as element type T, cast as
// astype casts them; the result is a's own buffer when a is C-contiguous
// of dtype T and alias is true, else a new slice.
func elements[T element](a *Array, alias bool) []T {
	if a.dtype == dtypeOfElement[T]() {
		v := *buf[T](a)
		if alias && a.exact() {
			return v[a.offset : a.offset+a.Size()]
		}
		return gather(v, a.shape, a.strides, a.offset)
	}
	out := make([]T, a.Size())
	a.dtype.store().convert(a, out)
	return out
}

// dtypeOfElement is the dtype whose buffer holds T.
func dtypeOfElement[T element]() DType {
	switch any(*new(T)).(type) {
	case bool:
		return Bool
	case int64:
		return Int64
	case float64:
		return Float64
	}
	return Complex128
}

// newTyped returns a C-ordered array of the given shape that uses data as
// its storage (no copy).
func newTyped[T element](shape []int, data []T) (*Array, error) {
	n, err := shapeSize(shape)
	if err != nil {
		return nil, err
	}
	if n != len(data) {
		return nil, valueErr("cannot reshape array of size %d into shape %s", len(data), FormatShape(shape))
	}
	a := &Array{dtype: dtypeOfElement[T](), shape: append([]int(nil), shape...), strides: cStrides(shape)}
	*buf[T](a) = data
	return a, nil
}

// floatToInt converts as NumPy does on x86-64: truncation toward zero, and
// the minimum int64 for NaN and out-of-range values.
func floatToInt(x float64) int64 {
	if math.IsNaN(x) || x >= 9.223372036854775807e18 || x < -9.223372036854775808e18 {
		return math.MinInt64
	}
	return int64(x)
}
