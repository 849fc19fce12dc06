package linalg

import (
	"fmt"
	"math"
	"math/cmplx"
	"strings"
)

// Array is a NumPy ndarray of one of the four dtypes, with any number of
// dimensions. Its zero value is not usable; make arrays with FromValues,
// Zeros and the other constructors.
//
// Element (i₀, …, iₖ₋₁) is stored at offset + Σ iⱼ·strides[j] in the buffer
// of the array's dtype; views (slices, transposes) share that buffer with the
// array they were taken from. An Array may carry the numpy.matrix flag, which
// changes its repr and the meaning of * in the interpreter.
type Array struct {
	dtype   DType
	shape   []int
	strides []int // in elements
	offset  int
	buffers // the slice of dtype (storage.go)
	matrix  bool
}

// shapeSize returns the product of the dimensions, or -1 with an error when a
// dimension is negative or the product overflows.
func shapeSize(shape []int) (int, error) {
	n := 1
	for _, d := range shape {
		if d < 0 {
			return -1, valueErr("negative dimensions are not allowed")
		}
		if d != 0 && n > math.MaxInt64/d {
			return -1, valueErr("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
		}
		n *= d
	}
	return n, nil
}

func cStrides(shape []int) []int {
	st := make([]int, len(shape))
	s := 1
	for k := len(shape) - 1; k >= 0; k-- {
		st[k] = s
		if shape[k] > 0 {
			s *= shape[k]
		}
	}
	return st
}

// newArray allocates a C-contiguous array of zeros. The caller has checked
// the shape.
func newArray(d DType, shape []int) *Array {
	n := 1
	for _, s := range shape {
		n *= s
	}
	a := &Array{dtype: d, shape: append([]int(nil), shape...), strides: cStrides(shape)}
	d.store().alloc(a, n)
	return a
}

// NewFloat64 returns a C-ordered float64 array of the given shape that uses
// data as its storage (no copy). len(data) must equal the product of shape.
func NewFloat64(shape []int, data []float64) (*Array, error) { return newTyped(shape, data) }

// NewInt64 is NewFloat64 for int64 data.
func NewInt64(shape []int, data []int64) (*Array, error) { return newTyped(shape, data) }

// NewComplex128 is NewFloat64 for complex128 data.
func NewComplex128(shape []int, data []complex128) (*Array, error) { return newTyped(shape, data) }

// NewBool is NewFloat64 for bool data.
func NewBool(shape []int, data []bool) (*Array, error) { return newTyped(shape, data) }

// Scalar returns a 0-d array holding v, which is a bool, int, int64,
// float64 or complex128.
func Scalar(v any) (*Array, error) {
	return FromValues(nil, []any{v})
}

// FromValues returns the array of the given shape whose elements, in C
// order, are vals (np.array of a nested list). Each value is a bool, int,
// int64, float64 or complex128; the dtype is the NumPy promotion of the
// kinds present (bool < int64 < float64 < complex128), float64 when vals is
// empty. It is a ValueError when len(vals) differs from the product of shape.
func FromValues(shape []int, vals []any) (*Array, error) {
	d := Bool
	if len(vals) == 0 {
		d = Float64
	}
	for _, v := range vals {
		k, ok := DTypeOf(v)
		if !ok {
			return nil, typeErr("unsupported element type %T", v)
		}
		d = Promote(d, k)
	}
	return FromValuesDType(shape, vals, d)
}

// FromValuesDType is FromValues with the dtype given, as
// np.array(vals, dtype=d): values are cast to d as NumPy casts them
// (complex to real is a TypeError when the imaginary part is not zero,
// matching Python's int()/float() on a complex).
func FromValuesDType(shape []int, vals []any, d DType) (*Array, error) {
	n, err := shapeSize(shape)
	if err != nil {
		return nil, err
	}
	if n != len(vals) {
		return nil, valueErr("cannot reshape array of size %d into shape %s", len(vals), FormatShape(shape))
	}
	a := newArray(d, shape)
	for k, v := range vals {
		if err := a.setFlat(k, v); err != nil {
			return nil, err
		}
	}
	return a, nil
}

func toComplex(v any) (complex128, bool) {
	switch x := v.(type) {
	case bool:
		if x {
			return 1, true
		}
		return 0, true
	case int:
		return complex(float64(x), 0), true
	case int64:
		return complex(float64(x), 0), true
	case float64:
		return complex(x, 0), true
	case complex128:
		return x, true
	}
	return 0, false
}

// setFlat stores v at C-contiguous position k of a freshly allocated array.
func (a *Array) setFlat(k int, v any) error {
	switch a.dtype {
	case Bool:
		switch x := v.(type) {
		case bool:
			a.b[k] = x
		default:
			c, ok := toComplex(v)
			if !ok {
				return typeErr("unsupported element type %T", v)
			}
			a.b[k] = c != 0
		}
	case Int64:
		switch x := v.(type) {
		case bool:
			if x {
				a.i[k] = 1
			}
		case int:
			a.i[k] = int64(x)
		case int64:
			a.i[k] = x
		case float64:
			if math.IsNaN(x) {
				return valueErr("cannot convert float NaN to integer")
			}
			if math.IsInf(x, 0) {
				return &Error{Kind: OverflowError, Msg: "cannot convert float infinity to integer"}
			}
			a.i[k] = int64(x)
		case complex128:
			return typeErr("int() argument must be a string, a bytes-like object or a real number, not 'complex'")
		default:
			return typeErr("unsupported element type %T", v)
		}
	case Float64:
		switch v.(type) {
		case complex128:
			return typeErr("float() argument must be a string or a real number, not 'complex'")
		default:
			c, ok := toComplex(v)
			if !ok {
				return typeErr("unsupported element type %T", v)
			}
			a.f[k] = real(c)
		}
	case Complex128:
		c, ok := toComplex(v)
		if !ok {
			return typeErr("unsupported element type %T", v)
		}
		a.c[k] = c
	}
	return nil
}

// DType returns the element type.
func (a *Array) DType() DType { return a.dtype }

// Shape returns a copy of the dimensions.
func (a *Array) Shape() []int { return append([]int{}, a.shape...) }

// Ndim returns the number of dimensions.
func (a *Array) Ndim() int { return len(a.shape) }

// Size returns the number of elements, the product of the dimensions.
func (a *Array) Size() int {
	n := 1
	for _, d := range a.shape {
		n *= d
	}
	return n
}

// IsMatrix reports whether a is a numpy.matrix.
func (a *Array) IsMatrix() bool { return a.matrix }

// AsMatrix returns np.matrix(a), sharing a's data: a 0-d or 1-d array of n
// elements becomes 1×n; a 2-d array keeps its shape; more dimensions are a
// ValueError "matrix must be 2-dimensional".
func (a *Array) AsMatrix() (*Array, error) {
	v := a.view()
	switch len(a.shape) {
	case 0:
		v.shape, v.strides = []int{1, 1}, []int{0, 0}
	case 1:
		v.shape, v.strides = []int{1, a.shape[0]}, []int{0, a.strides[0]}
	case 2:
	default:
		return nil, valueErr("matrix must be 2-dimensional")
	}
	v.matrix = true
	return v, nil
}

// AsArray returns a view of a without the numpy.matrix flag (np.asarray).
func (a *Array) AsArray() *Array {
	v := a.view()
	v.matrix = false
	return v
}

// view returns a shallow copy sharing the buffer.
func (a *Array) view() *Array {
	v := *a
	v.shape = append([]int(nil), a.shape...)
	v.strides = append([]int(nil), a.strides...)
	return &v
}

// withMatrix returns a with the matrix flag set to m (in place) and returns a.
func (a *Array) withMatrix(m bool) *Array {
	a.matrix = m && len(a.shape) == 2
	return a
}

// pos returns the buffer position of the element at C-order flat index k.
func (a *Array) pos(k int) int {
	p := a.offset
	for j := len(a.shape) - 1; j >= 0; j-- {
		d := a.shape[j]
		p += (k % d) * a.strides[j]
		k /= d
	}
	return p
}

// IsContiguous reports whether a's elements lie in its buffer in C order
// without gaps, starting at offset.
func (a *Array) IsContiguous() bool {
	s := 1
	for j := len(a.shape) - 1; j >= 0; j-- {
		if a.shape[j] == 1 {
			continue
		}
		if a.shape[j] == 0 {
			return true
		}
		if a.strides[j] != s {
			return false
		}
		s *= a.shape[j]
	}
	return true
}

// At returns the element at C-order flat index k as a bool, int64, float64
// or complex128 according to the dtype. It panics if k is out of range.
func (a *Array) At(k int) any {
	if k < 0 || k >= a.Size() {
		panic(fmt.Sprintf("linalg: flat index %d out of range for size %d", k, a.Size()))
	}
	return a.dtype.store().at(a, a.pos(k))
}

// Float64s returns the elements in C order converted to float64 (complex
// values lose their imaginary part).
func (a *Array) Float64s() []float64 { return elements[float64](a, false) }

// Complex128s returns the elements in C order converted to complex128.
func (a *Array) Complex128s() []complex128 { return elements[complex128](a, false) }

// Int64s returns the elements in C order converted to int64 as NumPy's
// astype(int64) converts them (floats truncate toward zero, NaN and values
// out of range give the minimum int64, as on x86-64).
func (a *Array) Int64s() []int64 { return elements[int64](a, false) }

// Bools returns the elements in C order converted to bool (non-zero is true).
func (a *Array) Bools() []bool { return elements[bool](a, false) }

// AsType returns a new C-contiguous array with the elements of a cast to d
// (a.astype(d)). The matrix flag is kept.
func (a *Array) AsType(d DType) *Array {
	out := &Array{dtype: d, shape: append([]int(nil), a.shape...), strides: cStrides(a.shape), matrix: a.matrix}
	d.store().load(out, a)
	return out
}

// Copy returns a C-contiguous copy of a (a.copy()).
func (a *Array) Copy() *Array { return a.AsType(a.dtype) }

// contiguous returns a if it is C-contiguous with offset 0, else a copy.
func (a *Array) contiguous() *Array {
	if a.offset == 0 && a.IsContiguous() {
		return a
	}
	return a.Copy()
}

// FormatShape formats a shape as Python prints a tuple: "()", "(3,)",
// "(2, 3)".
func FormatShape(shape []int) string {
	if len(shape) == 1 {
		return fmt.Sprintf("(%d,)", shape[0])
	}
	parts := make([]string, len(shape))
	for k, d := range shape {
		parts[k] = fmt.Sprint(d)
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// isFinite reports whether every element is finite.
func (a *Array) allFinite() bool {
	switch a.dtype {
	case Float64:
		for k, n := 0, a.Size(); k < n; k++ {
			x := a.f[a.pos(k)]
			if math.IsNaN(x) || math.IsInf(x, 0) {
				return false
			}
		}
	case Complex128:
		for k, n := 0, a.Size(); k < n; k++ {
			x := a.c[a.pos(k)]
			if cmplx.IsNaN(x) || cmplx.IsInf(x) {
				return false
			}
		}
	}
	return true
}
