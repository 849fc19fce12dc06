package display

import (
	"math"
	"strconv"

	"github.com/golinalg/golinalg/linalg"
)

// ScalarStr returns str() of a NumPy scalar of dtype d holding v (a bool,
// int64, float64 or complex128, or a Go value convertible to d): "True",
// "3", "1.5", "1e-05", "(1+2j)". Print options do not apply to scalars, as
// in NumPy; o is accepted for symmetry.
func ScalarStr(v any, d linalg.DType, o PrintOptions) string {
	switch d.Kind() {
	case 'b':
		if toBool(v) {
			return "True"
		}
		return "False"
	case 'i':
		return strconv.FormatInt(toInt(v), 10)
	case 'f':
		return floatScalarStr(toFloat(v), false)
	case 'c':
		return complexScalarStr(toComplex(v))
	}
	return ""
}

// ScalarRepr returns repr() of a NumPy 2 scalar: "np.True_", "np.int64(3)",
// "np.float64(1.5)", "np.complex128(1+2j)".
func ScalarRepr(v any, d linalg.DType, o PrintOptions) string {
	if d.Kind() == 'b' {
		if toBool(v) {
			return "np.True_"
		}
		return "np.False_"
	}
	s := ScalarStr(v, d, o)
	if d.Kind() == 'c' && len(s) > 1 && s[0] == '(' {
		s = s[1 : len(s)-1]
	}
	return "np." + d.String() + "(" + s + ")"
}

// complexScalarStr is str() of numpy.complex128, which follows Python's
// complex repr: "2j" when the real part is +0, otherwise "(re±imj)" with
// both parts printed shortest and without a trailing ".0".
func complexScalarStr(c complex128) string {
	re, im := real(c), imag(c)
	part := func(x float64, sign bool) string {
		switch {
		case math.IsNaN(x):
			if sign {
				return "+nan"
			}
			return "nan"
		case math.IsInf(x, 1):
			if sign {
				return "+inf"
			}
			return "inf"
		case math.IsInf(x, -1):
			return "-inf"
		}
		ax := math.Abs(x)
		if ax == 0 || (ax >= 1e-4 && ax < 1e16) {
			return positional(x, -1, -1, true, trimDotZeros, sign, -1, -1)
		}
		return scientific(x, -1, -1, true, trimDotZeros, sign, -1, -1)
	}
	if re == 0 && !math.Signbit(re) {
		return part(im, false) + "j"
	}
	return "(" + part(re, false) + part(im, true) + "j)"
}

func toBool(v any) bool {
	switch x := v.(type) {
	case bool:
		return x
	case int:
		return x != 0
	case int64:
		return x != 0
	case float64:
		return x != 0
	case complex128:
		return x != 0
	}
	return false
}

func toInt(v any) int64 {
	switch x := v.(type) {
	case bool:
		if x {
			return 1
		}
	case int:
		return int64(x)
	case int64:
		return x
	case float64:
		return int64(x)
	case complex128:
		return int64(real(x))
	}
	return 0
}

func toFloat(v any) float64 {
	switch x := v.(type) {
	case bool:
		if x {
			return 1
		}
	case int:
		return float64(x)
	case int64:
		return float64(x)
	case float64:
		return x
	case complex128:
		return real(x)
	}
	return 0
}

func toComplex(v any) complex128 {
	if c, ok := v.(complex128); ok {
		return c
	}
	return complex(toFloat(v), 0)
}
