package linalg

// DType is the element type of an Array, one of NumPy's bool, int64,
// float64 and complex128.
type DType uint8

// The dtypes, in NumPy's promotion order: combining two dtypes yields the
// later one.
const (
	Bool DType = iota
	Int64
	Float64
	Complex128
)

// String returns NumPy's name of the dtype: "bool", "int64", "float64" or
// "complex128".
func (d DType) String() string {
	switch d {
	case Bool:
		return "bool"
	case Int64:
		return "int64"
	case Float64:
		return "float64"
	case Complex128:
		return "complex128"
	}
	return "unknown"
}

// ItemSize is the number of bytes NumPy uses for one element of the dtype.
func (d DType) ItemSize() int {
	switch d {
	case Bool:
		return 1
	case Complex128:
		return 16
	}
	return 8
}

// Promote returns the dtype NumPy's promotion rules give to a binary
// operation on arrays of dtypes a and b (np.result_type): the larger of the
// two in the order bool < int64 < float64 < complex128.
func Promote(a, b DType) DType {
	if a > b {
		return a
	}
	return b
}

// IsInexact reports whether d is a floating or complex dtype
// (np.issubdtype(d, np.inexact)).
func (d DType) IsInexact() bool { return d == Float64 || d == Complex128 }

// DTypeOf returns the dtype NumPy infers for a Go scalar: bool, int or
// int64, float64, complex128. ok is false for any other type.
func DTypeOf(v any) (d DType, ok bool) {
	switch v.(type) {
	case bool:
		return Bool, true
	case int, int64:
		return Int64, true
	case float64:
		return Float64, true
	case complex128:
		return Complex128, true
	}
	return 0, false
}
