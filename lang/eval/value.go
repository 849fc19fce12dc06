// Package eval runs parsed cells with Python semantics and NumPy's numbers.
//
// Every value meets the small Value interface; extra powers are optional
// interfaces found by type assertion: HasAttrs (x.name), Indexable (x[i]),
// HasSetIndex (x[i] = v), Callable (f(...)), Iterable, Sequence (len),
// HasBinary (operators, told which side they are on so that the other
// operand gets a turn, as Python's reflected operators do) and HasUnary.
//
// Python exceptions are *Exception values, which are also Go errors.
// The Interpreter holds a notebook's state across cells; Execute runs one
// cell, never panics, and reports a Python exception as a *PyError.
package eval

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/golinalg/golinalg/lang/syntax"
)

// Value is a Python value.
type Value interface {
	// String returns the value's repr.
	String() string
	// Type returns the name of the value's Python type.
	Type() string
	// Truth returns the value's truthiness.
	Truth() bool
}

// HasStr is implemented by values whose str differs from their repr.
type HasStr interface {
	Value
	Str() string
}

// HasAttrs is implemented by values with attributes. Attr returns
// (nil, nil) when there is no such attribute.
type HasAttrs interface {
	Value
	Attr(th *Thread, name string) (Value, error)
	AttrNames() []string
}

// HasSetAttr is implemented by values whose attributes can be assigned.
type HasSetAttr interface {
	HasAttrs
	SetAttr(name string, v Value) error
}

// Indexable is implemented by values that support x[key].
type Indexable interface {
	Value
	Index(th *Thread, key Value) (Value, error)
}

// HasSetIndex is implemented by values that support x[key] = v.
type HasSetIndex interface {
	Indexable
	SetIndex(th *Thread, key, v Value) error
}

// HasDelIndex is implemented by values that support del x[key].
type HasDelIndex interface {
	Value
	DelIndex(th *Thread, key Value) error
}

// Sequence is implemented by values with a length.
type Sequence interface {
	Value
	Len() int
}

// Iterable is implemented by values that can be iterated.
type Iterable interface {
	Value
	Iterate() Iterator
}

// Iterator yields values; ok is false when exhausted.
type Iterator interface {
	Next(th *Thread) (v Value, ok bool, err error)
}

// Kwarg is a keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Value
}

// Callable is implemented by values that can be called.
type Callable interface {
	Value
	Name() string
	Call(th *Thread, args []Value, kwargs []Kwarg) (Value, error)
}

// Side says which operand of a binary operator a HasBinary value is.
type Side bool

// The two sides.
const (
	Left  Side = false
	Right Side = true
)

// HasBinary is implemented by values that define binary operators
// (including comparisons, reported as EQL, NEQ, LT, LE, GT, GE). A value
// returns (nil, nil) to decline, and the other operand is asked.
type HasBinary interface {
	Value
	Binary(th *Thread, op syntax.Token, y Value, side Side) (Value, error)
}

// HasUnary is implemented by values that define -x, +x, ~x.
type HasUnary interface {
	Value
	Unary(th *Thread, op syntax.Token) (Value, error)
}

// Hashable values can be dict keys and set members.
type Hashable interface {
	Value
	Hash() (uint64, error)
}

// ---- None, bool, numbers, strings ----

// NoneType is the type of None.
type NoneType struct{}

// None is Python's None.
var None Value = NoneType{}

func (NoneType) String() string { return "None" }
func (NoneType) Type() string   { return "NoneType" }
func (NoneType) Truth() bool    { return false }
func (NoneType) Hash() (uint64, error) {
	return 0x9e3779b9, nil
}

// Bool is True or False.
type Bool bool

// True and False.
const (
	True  = Bool(true)
	False = Bool(false)
)

func (b Bool) String() string {
	if b {
		return "True"
	}
	return "False"
}
func (Bool) Type() string  { return "bool" }
func (b Bool) Truth() bool { return bool(b) }
func (b Bool) Hash() (uint64, error) {
	if b {
		return 1, nil
	}
	return 0, nil
}

// Int is an int that fits in int64.
type Int int64

func (i Int) String() string          { return strconv.FormatInt(int64(i), 10) }
func (Int) Type() string              { return "int" }
func (i Int) Truth() bool             { return i != 0 }
func (i Int) Hash() (uint64, error)   { return hashInt(int64(i)), nil }
func (i Int) big() *big.Int           { return big.NewInt(int64(i)) }
func (i Int) Float() (float64, error) { return float64(i), nil }

// BigInt is an int outside the int64 range.
type BigInt struct{ v *big.Int }

func (b BigInt) String() string        { return b.v.String() }
func (BigInt) Type() string            { return "int" }
func (b BigInt) Truth() bool           { return b.v.Sign() != 0 }
func (b BigInt) Hash() (uint64, error) { return hashBig(b.v), nil }

// makeInt normalizes a big.Int to Int when it fits.
func makeInt(v *big.Int) Value {
	if v.IsInt64() {
		return Int(v.Int64())
	}
	return BigInt{v}
}

// Float is a float.
type Float float64

func (f Float) String() string        { return floatRepr(float64(f)) }
func (Float) Type() string            { return "float" }
func (f Float) Truth() bool           { return f != 0 }
func (f Float) Hash() (uint64, error) { return hashFloat(float64(f)), nil }

// floatRepr is Python's repr of a float: the shortest string that round
// trips, in fixed notation when the exponent is in [-4, 16).
func floatRepr(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case math.IsNaN(x):
		return "nan"
	}
	s := strconv.FormatFloat(x, 'e', -1, 64)
	neg := ""
	if s[0] == '-' {
		neg, s = "-", s[1:]
	}
	epos := strings.IndexByte(s, 'e')
	mant, exp := s[:epos], s[epos+1:]
	e, _ := strconv.Atoi(exp)
	digits := strings.Replace(mant, ".", "", 1)
	if e >= -4 && e < 16 {
		var out string
		if e >= 0 {
			if len(digits) <= e+1 {
				out = digits + strings.Repeat("0", e+1-len(digits)) + ".0"
			} else {
				out = digits[:e+1] + "." + digits[e+1:]
			}
		} else {
			out = "0." + strings.Repeat("0", -e-1) + digits
		}
		return neg + out
	}
	m := digits[:1]
	if len(digits) > 1 {
		m += "." + digits[1:]
	}
	sign := "+"
	if e < 0 {
		sign, e = "-", -e
	}
	return fmt.Sprintf("%s%se%s%02d", neg, m, sign, e)
}

// Complex is a complex.
type Complex complex128

func (c Complex) String() string        { return complexRepr(complex128(c)) }
func (Complex) Type() string            { return "complex" }
func (c Complex) Truth() bool           { return c != 0 }
func (c Complex) Hash() (uint64, error) { return hashComplex(complex128(c)), nil }

func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	fmtPart := func(x float64) string {
		s := floatRepr(x)
		return strings.TrimSuffix(s, ".0")
	}
	if re == 0 && !math.Signbit(re) {
		return fmtPart(im) + "j"
	}
	sign := "+"
	if im < 0 || im == 0 && math.Signbit(im) || math.IsNaN(im) && math.Signbit(im) {
		sign = "-"
	}
	ims := fmtPart(math.Abs(im))
	if math.IsNaN(im) {
		ims = "nan"
	}
	return "(" + fmtPart(re) + sign + ims + "j)"
}

// String is a str.
type String string

func (s String) String() string { return StrRepr(string(s)) }
func (s String) Str() string    { return string(s) }
func (String) Type() string     { return "str" }
func (s String) Truth() bool    { return s != "" }
func (s String) Len() int       { return len([]rune(string(s))) }

// Hash is FNV-1a of the bytes. CPython salts its str hash per process
// (PYTHONHASHSEED), so only hash(”) == 0 is the same there.
func (s String) Hash() (uint64, error) {
	if s == "" {
		return 0, nil
	}
	var h uint64 = 14695981039346656037
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h, nil
}

// StrRepr is Python's repr of a str.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for len(s) > 0 {
		// Copy the run of printable ASCII that needs no escape in one
		// write: a long str's repr is a copy, not a rune-by-rune walk.
		i := 0
		for i < len(s) && s[i] >= 0x20 && s[i] < 0x7f && s[i] != quote && s[i] != '\\' {
			i++
		}
		b.WriteString(s[:i])
		if s = s[i:]; s == "" {
			break
		}
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r >= 0x80 && !isPrintable(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else if r < 0x10000 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				fmt.Fprintf(&b, `\U%08x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// Bytes is a bytes value.
type Bytes string

func (b Bytes) String() string {
	var sb strings.Builder
	sb.WriteString("b'")
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case c == '\'' || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte('\'')
	return sb.String()
}
func (Bytes) Type() string  { return "bytes" }
func (b Bytes) Truth() bool { return b != "" }
func (b Bytes) Len() int    { return len(b) }
func (b Bytes) Hash() (uint64, error) {
	return String(b).Hash()
}

// EllipsisType is the type of "...".
type EllipsisType struct{}

func (EllipsisType) String() string        { return "Ellipsis" }
func (EllipsisType) Type() string          { return "ellipsis" }
func (EllipsisType) Truth() bool           { return true }
func (EllipsisType) Hash() (uint64, error) { return 0x5bd1e995, nil }

// Slice is a slice object lo:hi:step.
type Slice struct{ Start, Stop, Step Value }

func (s Slice) String() string {
	return fmt.Sprintf("slice(%s, %s, %s)", s.Start, s.Stop, s.Step)
}
func (Slice) Type() string { return "slice" }
func (Slice) Truth() bool  { return true }

// Indices resolves the slice against a sequence of length n, as Python's
// slice.indices does.
func (s Slice) Indices(n int) (start, stop, step int, err error) {
	step = 1
	if s.Step != None {
		st, e := ToIndex(s.Step, "slice indices must be integers or None or have an __index__ method")
		if e != nil {
			return 0, 0, 0, e
		}
		if st == 0 {
			return 0, 0, 0, NewError(ValueError, "slice step cannot be zero")
		}
		step = st
	}
	lower, upper := 0, n
	if step < 0 {
		lower, upper = -1, n-1
	}
	conv := func(v Value, def int) (int, error) {
		if v == None {
			return def, nil
		}
		i, e := ToIndex(v, "slice indices must be integers or None or have an __index__ method")
		if e != nil {
			return 0, e
		}
		if i < 0 {
			i += n
			if i < lower {
				i = lower
			}
		} else if i > upper {
			i = upper
		}
		return i, nil
	}
	if step > 0 {
		start, err = conv(s.Start, lower)
		if err == nil {
			stop, err = conv(s.Stop, upper)
		}
	} else {
		start, err = conv(s.Start, upper)
		if err == nil {
			stop, err = conv(s.Stop, lower)
		}
	}
	return
}

// sliceLen is the number of elements start:stop:step selects.
func sliceLen(start, stop, step int) int {
	if step > 0 {
		if stop > start {
			return (stop - start + step - 1) / step
		}
		return 0
	}
	if start > stop {
		return (start - stop - step - 1) / -step
	}
	return 0
}

// ToIndex converts an int-like value to an int.
func ToIndex(v Value, msg string) (int, error) {
	switch v := v.(type) {
	case Int:
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case BigInt:
		return 0, NewError(IndexError, "cannot fit 'int' into an index-sized integer")
	case HasIndex:
		if i, ok := v.AsIndex(); ok {
			return int(i), nil
		}
	}
	return 0, NewError(TypeError, "%s", msg)
}

func isPrintable(r rune) bool {
	return strconv.IsPrint(r)
}

// Str returns str(v).
func Str(v Value) string {
	if s, ok := v.(HasStr); ok {
		return s.Str()
	}
	return v.String()
}

// Repr returns repr(v).
func Repr(v Value) string { return v.String() }
