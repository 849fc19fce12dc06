package display

import (
	"math"
	"strconv"
	"strings"
)

// Trim modes of NumPy's Dragon4 formatter (format_float_positional's trim).
const (
	trimKeep     = 'k' // keep trailing zeros and the decimal point
	trimDot      = '.' // trim trailing zeros, keep the decimal point
	trimOneZero  = '0' // trim trailing zeros but leave one after the point
	trimDotZeros = '-' // trim trailing zeros and the decimal point
)

// fracDigits returns the number of digits after the decimal point of s,
// which has no exponent.
func fracDigits(s string) int {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// digitsFixed returns |x| in positional notation with the digit rules of
// NumPy's Dragon4: in unique mode the shortest digits that round-trip, cut
// to precision fractional digits (rounded half to even on the exact binary
// value) and extended to minDigits; otherwise exactly precision digits.
// precision and minDigits are -1 when absent.
func digitsFixed(ax float64, precision, minDigits int, unique bool) string {
	if !unique {
		return strconv.FormatFloat(ax, 'f', max(precision, 0), 64)
	}
	s := strconv.FormatFloat(ax, 'f', -1, 64)
	d := fracDigits(s)
	if precision >= 0 && d > precision {
		return strconv.FormatFloat(ax, 'f', precision, 64)
	}
	if minDigits > d {
		return strconv.FormatFloat(ax, 'f', minDigits, 64)
	}
	return s
}

// applyTrim post-processes the digits "ddd" or "ddd.fff" of a number as
// Dragon4 does for the given trim mode and precision.
func applyTrim(s string, trim byte, precision int) string {
	if !strings.Contains(s, ".") {
		if trim != trimDotZeros {
			s += "."
		}
	}
	if trim == trimKeep {
		if precision > 0 {
			if d := fracDigits(s); d < precision {
				s += strings.Repeat("0", precision-d)
			}
		}
		return s
	}
	if strings.Contains(s, ".") && fracDigits(s) > 0 {
		s = strings.TrimRight(s, "0")
	}
	switch trim {
	case trimOneZero:
		if strings.HasSuffix(s, ".") {
			s += "0"
		}
	case trimDotZeros:
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

func signPrefix(x float64, sign bool) string {
	if math.Signbit(x) {
		return "-"
	}
	if sign {
		return "+"
	}
	return ""
}

// positional is numpy's dragon4_positional (format_float_positional with
// fractional=True) for a finite float64. padLeft and padRight are -1 when
// absent.
func positional(x float64, precision, minDigits int, unique bool, trim byte, sign bool, padLeft, padRight int) string {
	s := applyTrim(digitsFixed(math.Abs(x), precision, minDigits, unique), trim, precision)
	s = signPrefix(x, sign) + s
	intLen := len(s)
	fracLen := 0
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intLen, fracLen = i, len(s)-i-1
	}
	if padLeft > intLen {
		s = strings.Repeat(" ", padLeft-intLen) + s
	}
	if padRight > fracLen {
		s += strings.Repeat(" ", padRight-fracLen)
	}
	return s
}

// scientific is numpy's dragon4_scientific (format_float_scientific) for a
// finite float64. padLeft and expDigits are -1 when absent.
func scientific(x float64, precision, minDigits int, unique bool, trim byte, sign bool, padLeft, expDigits int) string {
	ax := math.Abs(x)
	var s string
	if unique {
		s = strconv.FormatFloat(ax, 'e', -1, 64)
		m, _, _ := strings.Cut(s, "e")
		d := fracDigits(m)
		if precision >= 0 && d > precision {
			s = strconv.FormatFloat(ax, 'e', precision, 64)
		} else if minDigits > d {
			s = strconv.FormatFloat(ax, 'e', minDigits, 64)
		}
	} else {
		s = strconv.FormatFloat(ax, 'e', max(precision, 0), 64)
	}
	mant, exp, _ := strings.Cut(s, "e")
	mant = applyTrim(mant, trim, precision)
	expSign, expNum := exp[:1], strings.TrimLeft(exp[1:], "0")
	if expDigits < 2 {
		expDigits = 2
	}
	if len(expNum) < expDigits {
		expNum = strings.Repeat("0", expDigits-len(expNum)) + expNum
	}
	s = signPrefix(x, sign) + mant
	intLen := len(s)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intLen = i
	}
	if padLeft > intLen {
		s = strings.Repeat(" ", padLeft-intLen) + s
	}
	return s + "e" + expSign + expNum
}

// floatScalarStr is str() of a numpy.float64 (and Python's repr of a float):
// positional with one trailing zero kept when 1e-4 <= |x| < 1e16 or x is
// zero, scientific with the point trimmed otherwise.
func floatScalarStr(x float64, sign bool) string {
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
		return positional(x, -1, -1, true, trimOneZero, sign, -1, -1)
	}
	return scientific(x, -1, -1, true, trimDotZeros, sign, -1, -1)
}
