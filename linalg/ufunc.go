package linalg

import (
	"math"
	"math/cmplx"
)

// BinaryOp names a NumPy binary ufunc.
type BinaryOp uint8

// The binary ufuncs, with the Python operator each implements.
const (
	OpAdd          BinaryOp = iota // a + b   (np.add)
	OpSub                          // a - b   (np.subtract)
	OpMul                          // a * b   (np.multiply, elementwise even for matrices)
	OpDiv                          // a / b   (np.true_divide)
	OpFloorDiv                     // a // b  (np.floor_divide)
	OpMod                          // a % b   (np.remainder)
	OpPow                          // a ** b  (np.power)
	OpEqual                        // a == b
	OpNotEqual                     // a != b
	OpLess                         // a < b
	OpLessEqual                    // a <= b
	OpGreater                      // a > b
	OpGreaterEqual                 // a >= b
	OpAnd                          // a & b   (np.bitwise_and)
	OpOr                           // a | b   (np.bitwise_or)
	OpXor                          // a ^ b   (np.bitwise_xor)
	OpMaximum                      // np.maximum (NaN propagates)
	OpMinimum                      // np.minimum (NaN propagates)
)

var opNames = [...]string{"add", "subtract", "multiply", "divide", "floor_divide", "remainder", "power",
	"equal", "not_equal", "less", "less_equal", "greater", "greater_equal",
	"bitwise_and", "bitwise_or", "bitwise_xor", "maximum", "minimum"}

// String returns the ufunc's name as NumPy's messages spell it ("add",
// "floor_divide", ...).
func (op BinaryOp) String() string { return opNames[op] }

func noLoop(name string) error {
	return typeErr("ufunc '%s' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''", name)
}

// warnSet collects RuntimeWarnings in NumPy's order: divide by zero,
// overflow, invalid value.
type warnSet struct{ div, over, inv bool }

func (w warnSet) list(name string) []Warning {
	var out []Warning
	if w.div {
		out = append(out, Warning{"RuntimeWarning", "divide by zero encountered in " + name})
	}
	if w.over {
		out = append(out, Warning{"RuntimeWarning", "overflow encountered in " + name})
	}
	if w.inv {
		out = append(out, Warning{"RuntimeWarning", "invalid value encountered in " + name})
	}
	return out
}

// Binary applies a binary ufunc elementwise with broadcasting
// (a op b in NumPy). The result dtype follows NumPy's promotion: the larger
// of the operands' dtypes, float64 at least for OpDiv, bool for
// comparisons. The result is a numpy.matrix when either operand is one.
//
// Floating-point exceptions are returned as RuntimeWarnings with NumPy's
// texts ("divide by zero encountered in divide", "overflow encountered in
// multiply", "invalid value encountered in subtract"); integer division and
// remainder by zero give 0 and "divide by zero encountered in
// floor_divide". Errors:
//
//	ValueError "operands could not be broadcast together with shapes (2,3) (4,) "
//	ValueError "Integers to negative integer powers are not allowed."
//	TypeError  "numpy boolean subtract, the `-` operator, is not supported, ..."
//	TypeError  "ufunc 'floor_divide' not supported for the input types, ..." (complex // and %, float & | ^)
//
// Integer arithmetic wraps around on overflow, silently, as NumPy's does
// for arrays. Where NumPy gives int8 (bool // bool, bool % bool,
// bool ** bool) golinalg gives int64.
func Binary(op BinaryOp, a, b *Array) (*Array, []Warning, error) {
	shape, err := BroadcastShapes(a.shape, b.shape)
	if err != nil {
		return nil, nil, err
	}
	av, err := a.BroadcastTo(shape)
	if err != nil {
		return nil, nil, err
	}
	bv, err := b.BroadcastTo(shape)
	if err != nil {
		return nil, nil, err
	}
	d := Promote(a.dtype, b.dtype)
	matrix := (a.matrix || b.matrix) && len(shape) == 2
	name := op.String()
	switch op {
	case OpDiv:
		d = max(d, Float64)
	case OpSub:
		if d == Bool {
			return nil, nil, typeErr("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
		}
	case OpFloorDiv, OpMod:
		if d == Complex128 {
			return nil, nil, noLoop(name)
		}
		if d == Bool {
			d = Int64
		}
	case OpPow:
		if d == Bool {
			d = Int64
		}
	case OpAnd, OpOr, OpXor:
		if d.IsInexact() {
			return nil, nil, noLoop(name)
		}
	}
	var out *Array
	var w warnSet
	switch op {
	case OpEqual, OpNotEqual, OpLess, OpLessEqual, OpGreater, OpGreaterEqual:
		out = compare(op, d, av, bv, shape)
	default:
		switch d {
		case Bool:
			out, err = binaryBool(op, av.bl(), bv.bl(), shape)
		case Int64:
			out, w, err = binaryInt(op, av.i64(), bv.i64(), shape)
		case Float64:
			out, w = binaryFloat(op, av.f64(), bv.f64(), shape)
		case Complex128:
			out, w = binaryComplex(op, av.c128(), bv.c128(), shape)
		}
	}
	if err != nil {
		return nil, nil, err
	}
	out.withMatrix(matrix)
	return out, w.list(name), nil
}

func binaryBool(op BinaryOp, x, y []bool, shape []int) (*Array, error) {
	out := newArray(Bool, shape)
	r := out.b
	for k := range r {
		switch op {
		case OpAdd, OpOr, OpMaximum:
			r[k] = x[k] || y[k]
		case OpMul, OpAnd, OpMinimum:
			r[k] = x[k] && y[k]
		case OpXor:
			r[k] = x[k] != y[k]
		}
	}
	return out, nil
}

// pyFloorDivInt is Python's // on integers; the divisor is not zero.
func pyFloorDivInt(a, b int64) int64 {
	if b == -1 {
		return -a // wraps for MinInt64 as NumPy does
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func pyModInt(a, b int64) int64 {
	if b == -1 {
		return 0
	}
	m := a % b
	if m != 0 && ((m < 0) != (b < 0)) {
		m += b
	}
	return m
}

func powInt(a, b int64) int64 {
	r := int64(1)
	for b > 0 {
		if b&1 == 1 {
			r *= a
		}
		a *= a
		b >>= 1
	}
	return r
}

func binaryInt(op BinaryOp, x, y []int64, shape []int) (*Array, warnSet, error) {
	var w warnSet
	if op == OpPow {
		for _, v := range y {
			if v < 0 {
				return nil, w, valueErr("Integers to negative integer powers are not allowed.")
			}
		}
	}
	out := newArray(Int64, shape)
	r := out.i
	switch op {
	case OpAdd:
		for k := range r {
			r[k] = x[k] + y[k]
		}
	case OpSub:
		for k := range r {
			r[k] = x[k] - y[k]
		}
	case OpMul:
		for k := range r {
			r[k] = x[k] * y[k]
		}
	case OpFloorDiv:
		for k := range r {
			if y[k] == 0 {
				w.div = true
				continue
			}
			r[k] = pyFloorDivInt(x[k], y[k])
		}
	case OpMod:
		for k := range r {
			if y[k] == 0 {
				w.div = true
				continue
			}
			r[k] = pyModInt(x[k], y[k])
		}
	case OpPow:
		for k := range r {
			r[k] = powInt(x[k], y[k])
		}
	case OpAnd:
		for k := range r {
			r[k] = x[k] & y[k]
		}
	case OpOr:
		for k := range r {
			r[k] = x[k] | y[k]
		}
	case OpXor:
		for k := range r {
			r[k] = x[k] ^ y[k]
		}
	case OpMaximum:
		for k := range r {
			r[k] = max(x[k], y[k])
		}
	case OpMinimum:
		for k := range r {
			r[k] = min(x[k], y[k])
		}
	}
	return out, w, nil
}

// npFloorDiv is NumPy's npy_floor_divide for doubles.
func npFloorDiv(a, b float64) float64 {
	if b == 0 {
		return a / b
	}
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			div -= 1
		}
	} else {
		// div is an exact integer here up to rounding; keep its sign.
	}
	var fd float64
	if div != 0 {
		fd = math.Floor(div)
		if div-fd > 0.5 {
			fd += 1
		}
	} else {
		fd = math.Copysign(0, a/b)
	}
	return fd
}

// npRemainder is NumPy's npy_remainder for doubles.
func npRemainder(a, b float64) float64 {
	if b == 0 {
		return math.Mod(a, b)
	}
	mod := math.Mod(a, b)
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
		}
	} else {
		mod = math.Copysign(0, b)
	}
	return mod
}

func isNaN(x float64) bool { return x != x }

func binaryFloat(op BinaryOp, x, y []float64, shape []int) (*Array, warnSet) {
	var w warnSet
	out := newArray(Float64, shape)
	r := out.f
	switch op {
	case OpAdd:
		for k := range r {
			r[k] = x[k] + y[k]
		}
	case OpSub:
		for k := range r {
			r[k] = x[k] - y[k]
		}
	case OpMul:
		for k := range r {
			r[k] = x[k] * y[k]
		}
	case OpDiv:
		for k := range r {
			r[k] = x[k] / y[k]
			if y[k] == 0 && x[k] != 0 && !isNaN(x[k]) {
				w.div = true
			}
		}
	case OpFloorDiv:
		for k := range r {
			r[k] = npFloorDiv(x[k], y[k])
			if y[k] == 0 && x[k] != 0 && !isNaN(x[k]) {
				w.div = true
			}
		}
	case OpMod:
		for k := range r {
			r[k] = npRemainder(x[k], y[k])
		}
	case OpPow:
		for k := range r {
			r[k] = math.Pow(x[k], y[k])
			if x[k] == 0 && y[k] < 0 {
				w.div = true
			}
		}
	case OpMaximum:
		for k := range r {
			switch {
			case isNaN(x[k]):
				r[k] = x[k]
			case isNaN(y[k]):
				r[k] = y[k]
			default:
				r[k] = math.Max(x[k], y[k])
			}
		}
	case OpMinimum:
		for k := range r {
			switch {
			case isNaN(x[k]):
				r[k] = x[k]
			case isNaN(y[k]):
				r[k] = y[k]
			default:
				r[k] = math.Min(x[k], y[k])
			}
		}
	}
	// Overflow and invalid-operation flags, as the FPU would raise them.
	for k, v := range r {
		if math.IsInf(v, 0) && !math.IsInf(x[k], 0) && !math.IsInf(y[k], 0) && !isNaN(x[k]) && !isNaN(y[k]) {
			byZero := (op == OpDiv || op == OpFloorDiv) && y[k] == 0 || op == OpPow && x[k] == 0 && y[k] < 0
			if !byZero {
				w.over = true
			}
		}
		if isNaN(v) && !isNaN(x[k]) && !isNaN(y[k]) {
			w.inv = true
		}
	}
	return out, w
}

func cmax(a, b complex128) complex128 {
	if cmplx.IsNaN(a) {
		return a
	}
	if cmplx.IsNaN(b) {
		return b
	}
	if real(a) > real(b) || (real(a) == real(b) && imag(a) >= imag(b)) {
		return a
	}
	return b
}

func binaryComplex(op BinaryOp, x, y []complex128, shape []int) (*Array, warnSet) {
	var w warnSet
	out := newArray(Complex128, shape)
	r := out.c
	for k := range r {
		switch op {
		case OpAdd:
			r[k] = x[k] + y[k]
		case OpSub:
			r[k] = x[k] - y[k]
		case OpMul:
			r[k] = x[k] * y[k]
		case OpDiv:
			if y[k] == 0 && x[k] != 0 {
				w.div = true
			}
			r[k] = cdiv(x[k], y[k])
		case OpPow:
			r[k] = cpow(x[k], y[k])
		case OpMaximum:
			r[k] = cmax(x[k], y[k])
		case OpMinimum:
			if cmax(x[k], y[k]) == x[k] && x[k] != y[k] {
				r[k] = y[k]
			} else {
				r[k] = x[k]
			}
			if cmplx.IsNaN(x[k]) {
				r[k] = x[k]
			} else if cmplx.IsNaN(y[k]) {
				r[k] = y[k]
			}
		}
	}
	return out, w
}

// cpow is NumPy's complex power: exact repeated multiplication for small
// integral exponents, cmplx.Pow otherwise.
func cpow(a, b complex128) complex128 {
	if imag(b) == 0 {
		n := real(b)
		if n == math.Trunc(n) && math.Abs(n) < 100 {
			k := int(math.Abs(n))
			if k == 0 {
				return 1
			}
			r := complex(1, 0)
			p := a
			for k > 0 {
				if k&1 == 1 {
					r *= p
				}
				p *= p
				k >>= 1
			}
			if n < 0 {
				return cdiv(1, r)
			}
			return r
		}
	}
	if a == 0 {
		if real(b) > 0 {
			return 0
		}
	}
	return cmplx.Pow(a, b)
}

func compare(op BinaryOp, d DType, av, bv *Array, shape []int) *Array {
	out := newArray(Bool, shape)
	r := out.b
	cmpF := func(x, y float64) bool {
		switch op {
		case OpEqual:
			return x == y
		case OpNotEqual:
			return x != y
		case OpLess:
			return x < y
		case OpLessEqual:
			return x <= y
		case OpGreater:
			return x > y
		}
		return x >= y
	}
	switch d {
	case Bool, Int64:
		x, y := av.i64(), bv.i64()
		for k := range r {
			switch op {
			case OpEqual:
				r[k] = x[k] == y[k]
			case OpNotEqual:
				r[k] = x[k] != y[k]
			case OpLess:
				r[k] = x[k] < y[k]
			case OpLessEqual:
				r[k] = x[k] <= y[k]
			case OpGreater:
				r[k] = x[k] > y[k]
			case OpGreaterEqual:
				r[k] = x[k] >= y[k]
			}
		}
	case Float64:
		x, y := av.f64(), bv.f64()
		for k := range r {
			r[k] = cmpF(x[k], y[k])
		}
	case Complex128:
		x, y := av.c128(), bv.c128()
		for k := range r {
			xr, xi, yr, yi := real(x[k]), imag(x[k]), real(y[k]), imag(y[k])
			switch op {
			case OpEqual:
				r[k] = x[k] == y[k]
			case OpNotEqual:
				r[k] = x[k] != y[k]
			default:
				// Lexicographic order, as NumPy orders complex numbers.
				if xr == yr {
					r[k] = cmpF(xi, yi)
				} else {
					r[k] = cmpF(xr, yr)
				}
				if isNaN(xr) || isNaN(xi) || isNaN(yr) || isNaN(yi) {
					r[k] = false
				}
			}
		}
	}
	return out
}

// Convenience forms of Binary that drop the warnings.

// Add returns a + b with broadcasting (np.add). See Binary.
func Add(a, b *Array) (*Array, error) { r, _, err := Binary(OpAdd, a, b); return r, err }

// Sub returns a - b with broadcasting (np.subtract). See Binary.
func Sub(a, b *Array) (*Array, error) { r, _, err := Binary(OpSub, a, b); return r, err }

// Mul returns the elementwise product a * b (np.multiply). See Binary.
func Mul(a, b *Array) (*Array, error) { r, _, err := Binary(OpMul, a, b); return r, err }

// Div returns a / b, true division (np.true_divide). See Binary.
func Div(a, b *Array) (*Array, error) { r, _, err := Binary(OpDiv, a, b); return r, err }

// FloorDiv returns a // b, rounded toward -∞ (np.floor_divide). See Binary.
func FloorDiv(a, b *Array) (*Array, error) { r, _, err := Binary(OpFloorDiv, a, b); return r, err }

// Mod returns a % b with the sign of b (np.remainder). See Binary.
func Mod(a, b *Array) (*Array, error) { r, _, err := Binary(OpMod, a, b); return r, err }

// Pow returns a ** b (np.power). See Binary.
func Pow(a, b *Array) (*Array, error) { r, _, err := Binary(OpPow, a, b); return r, err }

// UnaryOp names a NumPy unary ufunc.
type UnaryOp uint8

// The unary ufuncs.
const (
	OpNeg    UnaryOp = iota // -a (np.negative)
	OpPos                   // +a (np.positive)
	OpInvert                // ~a (np.invert; logical not for bool)
	OpAbs                   // abs(a) (np.absolute; complex gives float64)
	OpSqrt
	OpExp
	OpLog
	OpSin
	OpCos
	OpTan
	OpFloor
	OpCeil
	OpSign
	OpIsNaN
	OpIsInf
	OpIsFinite
	OpConj
	OpReal
	OpImag
	OpRint
)

var unaryNames = [...]string{"negative", "positive", "invert", "absolute", "sqrt", "exp", "log", "sin", "cos", "tan",
	"floor", "ceil", "sign", "isnan", "isinf", "isfinite", "conjugate", "real", "imag", "rint"}

// String returns the ufunc's name ("negative", "sqrt", ...).
func (op UnaryOp) String() string { return unaryNames[op] }

// Unary applies a unary ufunc elementwise (np.negative, np.sqrt, ...).
// Integer and bool input to the transcendental functions computes in
// float64; np.sqrt and np.log of negative reals give nan with the
// RuntimeWarning "invalid value encountered in sqrt", log(0) gives -inf with
// "divide by zero encountered in log". abs of complex is float64; real and
// imag of a real array are the array and zeros. Errors:
//
//	TypeError "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead."
//	TypeError "ufunc 'invert' not supported for the input types, ..." (~ on floats)
func Unary(op UnaryOp, a *Array) (*Array, []Warning, error) {
	d := a.dtype
	shape := a.shape
	var w warnSet
	var out *Array
	switch op {
	case OpNeg:
		switch d {
		case Bool:
			return nil, nil, typeErr("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
		case Int64:
			out = newArray(Int64, shape)
			for k, v := range a.i64() {
				out.i[k] = -v
			}
		case Float64:
			out = newArray(Float64, shape)
			for k, v := range a.f64() {
				out.f[k] = -v
			}
		default:
			out = newArray(Complex128, shape)
			for k, v := range a.c128() {
				out.c[k] = -v
			}
		}
	case OpPos:
		if d == Bool {
			return nil, nil, noLoop("positive")
		}
		out = a.Copy()
	case OpInvert:
		switch d {
		case Bool:
			out = newArray(Bool, shape)
			for k, v := range a.bl() {
				out.b[k] = !v
			}
		case Int64:
			out = newArray(Int64, shape)
			for k, v := range a.i64() {
				out.i[k] = ^v
			}
		default:
			return nil, nil, noLoop("invert")
		}
	case OpAbs:
		switch d {
		case Bool:
			out = a.Copy()
		case Int64:
			out = newArray(Int64, shape)
			for k, v := range a.i64() {
				if v < 0 {
					v = -v
				}
				out.i[k] = v
			}
		case Float64:
			out = newArray(Float64, shape)
			for k, v := range a.f64() {
				out.f[k] = math.Abs(v)
			}
		default:
			out = newArray(Float64, shape)
			for k, v := range a.c128() {
				out.f[k] = cmplx.Abs(v)
			}
		}
	case OpIsNaN, OpIsInf, OpIsFinite:
		out = newArray(Bool, shape)
		if d == Complex128 {
			for k, v := range a.c128() {
				switch op {
				case OpIsNaN:
					out.b[k] = cmplx.IsNaN(v)
				case OpIsInf:
					out.b[k] = math.IsInf(real(v), 0) || math.IsInf(imag(v), 0)
				default:
					out.b[k] = !cmplx.IsNaN(v) && !math.IsInf(real(v), 0) && !math.IsInf(imag(v), 0) && !isNaN(real(v)) && !isNaN(imag(v))
				}
			}
		} else if d == Float64 {
			for k, v := range a.f64() {
				switch op {
				case OpIsNaN:
					out.b[k] = isNaN(v)
				case OpIsInf:
					out.b[k] = math.IsInf(v, 0)
				default:
					out.b[k] = !isNaN(v) && !math.IsInf(v, 0)
				}
			}
		} else if op == OpIsFinite {
			for k := range out.b {
				out.b[k] = true
			}
		}
	case OpReal, OpImag, OpConj:
		if d != Complex128 {
			if op == OpImag {
				out = newArray(d, shape)
			} else {
				out = a.Copy()
			}
			break
		}
		src := a.c128()
		if op == OpConj {
			out = newArray(Complex128, shape)
			for k, v := range src {
				out.c[k] = cmplx.Conj(v)
			}
			break
		}
		out = newArray(Float64, shape)
		for k, v := range src {
			if op == OpReal {
				out.f[k] = real(v)
			} else {
				out.f[k] = imag(v)
			}
		}
	case OpSign:
		switch d {
		case Bool:
			return nil, nil, noLoop("sign")
		case Int64:
			out = newArray(Int64, shape)
			for k, v := range a.i64() {
				switch {
				case v > 0:
					out.i[k] = 1
				case v < 0:
					out.i[k] = -1
				}
			}
		case Float64:
			out = newArray(Float64, shape)
			for k, v := range a.f64() {
				switch {
				case v > 0:
					out.f[k] = 1
				case v < 0:
					out.f[k] = -1
				case v == 0:
					out.f[k] = 0
				default:
					out.f[k] = v
				}
			}
		default:
			out = newArray(Complex128, shape)
			for k, v := range a.c128() {
				if v != 0 && !cmplx.IsNaN(v) {
					out.c[k] = v / complex(cmplx.Abs(v), 0)
				} else {
					out.c[k] = v
				}
			}
		}
	case OpFloor, OpCeil, OpRint:
		if d == Complex128 {
			return nil, nil, noLoop(op.String())
		}
		if d == Bool || d == Int64 {
			// NumPy 2 keeps integer dtypes for floor and ceil.
			if op == OpRint {
				out = a.AsType(Float64)
			} else {
				out = a.Copy()
			}
			break
		}
		out = newArray(Float64, shape)
		for k, v := range a.f64() {
			switch op {
			case OpFloor:
				out.f[k] = math.Floor(v)
			case OpCeil:
				out.f[k] = math.Ceil(v)
			default:
				out.f[k] = math.RoundToEven(v)
			}
		}
	default: // transcendental
		if d == Complex128 {
			out = newArray(Complex128, shape)
			for k, v := range a.c128() {
				var r complex128
				switch op {
				case OpSqrt:
					r = cmplx.Sqrt(v)
				case OpExp:
					r = cmplx.Exp(v)
				case OpLog:
					if v == 0 {
						w.div = true
					}
					r = cmplx.Log(v)
				case OpSin:
					r = cmplx.Sin(v)
				case OpCos:
					r = cmplx.Cos(v)
				case OpTan:
					r = cmplx.Tan(v)
				}
				out.c[k] = r
			}
			break
		}
		out = newArray(Float64, shape)
		for k, v := range a.f64() {
			var r float64
			switch op {
			case OpSqrt:
				r = math.Sqrt(v)
			case OpExp:
				r = math.Exp(v)
				if math.IsInf(r, 0) && !math.IsInf(v, 0) {
					w.over = true
				}
			case OpLog:
				if v == 0 {
					w.div = true
				}
				r = math.Log(v)
			case OpSin:
				r = math.Sin(v)
			case OpCos:
				r = math.Cos(v)
			case OpTan:
				r = math.Tan(v)
			}
			if isNaN(r) && !isNaN(v) {
				w.inv = true
			}
			out.f[k] = r
		}
	}
	out.withMatrix(a.matrix)
	return out, w.list(op.String()), nil
}

// Neg returns -a (np.negative). See Unary.
func Neg(a *Array) (*Array, error) { r, _, err := Unary(OpNeg, a); return r, err }

// cdiv is NumPy's complex division (Smith's method, as in loops.c.src),
// which rounds differently from Go's built-in complex division.
func cdiv(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	abr, abi := math.Abs(br), math.Abs(bi)
	if abr >= abi {
		if abr == 0 && abi == 0 {
			return complex(ar/abr, ai/abr)
		}
		rat := bi / br
		scl := 1.0 / (br + bi*rat)
		return complex((ar+ai*rat)*scl, (ai-ar*rat)*scl)
	}
	rat := br / bi
	scl := 1.0 / (bi + br*rat)
	return complex((ar*rat+ai)*scl, (ai*rat-ar)*scl)
}
