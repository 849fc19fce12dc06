package eval

import (
	"math"
	"math/big"
	"math/bits"
	"math/cmplx"
	"strings"

	"github.com/golinalg/golinalg/lang/syntax"
)

// truth is Python's bool(v); arrays may refuse.
func truth(th *Thread, v Value) (bool, error) {
	switch v := v.(type) {
	case Bool:
		return bool(v), nil
	case Int:
		return v != 0, nil
	}
	if t, ok := v.(interface{ TruthErr() (bool, error) }); ok {
		return t.TruthErr()
	}
	return v.Truth(), nil
}

// smallArith is a + b, a - b or a * b when op is one of them and the
// result fits an int64 (ok false otherwise: the caller goes to big ints).
func smallArith(op syntax.Token, a, b int64) (int64, bool) {
	switch op {
	case syntax.PLUS:
		s := a + b
		if (s > a) == (b > 0) {
			return s, true
		}
	case syntax.MINUS:
		s := a - b
		if (s < a) == (b > 0) {
			return s, true
		}
	case syntax.STAR:
		hi, lo := bits.Mul64(uint64(absI(Int(a))), uint64(absI(Int(b))))
		if hi == 0 && lo < 1<<63 && a != math.MinInt64 && b != math.MinInt64 {
			return a * b, true
		}
	}
	return 0, false
}

// numeric kinds, ordered by promotion.
const (
	kNone = iota
	kInt
	kFloat
	kComplex
)

func numKind(v Value) int {
	switch v.(type) {
	case Int, BigInt, Bool:
		return kInt
	case Float:
		return kFloat
	case Complex:
		return kComplex
	}
	return kNone
}

func toBig(v Value) *big.Int {
	switch v := v.(type) {
	case Int:
		return big.NewInt(int64(v))
	case BigInt:
		return v.v
	case Bool:
		if v {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	}
	return nil
}

func ToFloat(v Value) (float64, error) {
	switch v := v.(type) {
	case Int:
		return float64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case Float:
		return float64(v), nil
	case BigInt:
		f, _ := new(big.Float).SetInt(v.v).Float64()
		if math.IsInf(f, 0) {
			return 0, NewError(OverflowError, "int too large to convert to float")
		}
		return f, nil
	case HasFloat:
		if f, ok := v.AsFloat(); ok {
			return f, nil
		}
	}
	return 0, NewError(TypeError, "must be real number, not %s", v.Type())
}

func toComplex(v Value) (complex128, error) {
	if c, ok := v.(Complex); ok {
		return complex128(c), nil
	}
	f, err := ToFloat(v)
	return complex(f, 0), err
}

func AsSmallInt(v Value) (int64, bool) {
	switch v := v.(type) {
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

var opNames = map[syntax.Token]string{
	syntax.PLUS: "+", syntax.MINUS: "-", syntax.STAR: "*", syntax.SLASH: "/", syntax.SLASHSLASH: "//",
	syntax.PERCENT: "%", syntax.STARSTAR: "** or pow()", syntax.AT: "@", syntax.AMP: "&", syntax.PIPE: "|",
	syntax.CIRCUMFLEX: "^", syntax.LTLT: "<<", syntax.GTGT: ">>",
}

// Binary applies a binary operator with Python semantics.
func Binary(th *Thread, op syntax.Token, x, y Value) (Value, error) {
	// fast path: small ints
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			if r, ok := smallArith(op, int64(a), int64(b)); ok {
				return th.boxInt(r), nil
			}
		}
	}
	if xb, ok := x.(HasBinary); ok {
		v, err := xb.Binary(th, op, y, Left)
		if v != nil || err != nil {
			return v, err
		}
	}
	if yb, ok := y.(HasBinary); ok {
		v, err := yb.Binary(th, op, x, Right)
		if v != nil || err != nil {
			return v, err
		}
	}
	kx, ky := numKind(x), numKind(y)
	if kx != kNone && ky != kNone {
		k := max(kx, ky)
		switch k {
		case kInt:
			if op == syntax.SLASH {
				return floatBinary(op, x, y)
			}
			return intBinary(op, x, y)
		case kFloat:
			return floatBinary(op, x, y)
		default:
			return complexBinary(op, x, y)
		}
	}
	switch a := x.(type) {
	case String:
		switch op {
		case syntax.PLUS:
			if b, ok := y.(String); ok {
				if err := checkStrLen(int64(len(a)) + int64(len(b))); err != nil {
					return nil, err
				}
				return a + b, nil
			}
			return nil, NewError(TypeError, "can only concatenate str (not \"%s\") to str", y.Type())
		case syntax.STAR:
			return repeatSeq(x, y)
		case syntax.PERCENT:
			return percentFormat(th, string(a), y)
		}
	case *List:
		switch op {
		case syntax.PLUS:
			if b, ok := y.(*List); ok {
				if err := CheckSeqLen(int64(len(a.elems)) + int64(len(b.elems))); err != nil {
					return nil, err
				}
				out := make([]Value, 0, len(a.elems)+len(b.elems))
				return &List{elems: append(append(out, a.elems...), b.elems...)}, nil
			}
			return nil, NewError(TypeError, "can only concatenate list (not \"%s\") to list", y.Type())
		case syntax.STAR:
			return repeatSeq(x, y)
		}
	case Tuple:
		switch op {
		case syntax.PLUS:
			if b, ok := y.(Tuple); ok {
				out := make(Tuple, 0, len(a)+len(b))
				return append(append(out, a...), b...), nil
			}
			return nil, NewError(TypeError, "can only concatenate tuple (not \"%s\") to tuple", y.Type())
		case syntax.STAR:
			return repeatSeq(x, y)
		}
	case Bytes:
		switch op {
		case syntax.PLUS:
			if b, ok := y.(Bytes); ok {
				if err := checkStrLen(int64(len(a)) + int64(len(b))); err != nil {
					return nil, err
				}
				return a + b, nil
			}
			return nil, NewError(TypeError, "can't concat %s to bytes", y.Type())
		case syntax.STAR:
			return repeatSeq(x, y)
		}
	case *Dict:
		if b, ok := y.(*Dict); ok && op == syntax.PIPE {
			d := NewDict()
			for _, kv := range a.Items() {
				d.Set(kv[0], kv[1])
			}
			for _, kv := range b.Items() {
				d.Set(kv[0], kv[1])
			}
			return d, nil
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			if r, err := setBinary(op, a, b); r != nil || err != nil {
				return r, err
			}
		}
	}
	if op == syntax.STAR {
		switch y.(type) {
		case String, Bytes, *List, Tuple:
			if numKind(x) == kInt {
				return repeatSeq(y, x)
			}
			return nil, NewError(TypeError, "can't multiply sequence by non-int of type '%s'", x.Type())
		}
	}
	if op == syntax.PLUS {
		if _, ok := y.(String); ok && numKind(x) != kNone {
			return nil, NewError(TypeError, "unsupported operand type(s) for +: '%s' and 'str'", x.Type())
		}
	}
	return nil, NewError(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opNames[op], x.Type(), y.Type())
}

func absI(a Int) Int {
	if a < 0 {
		return -a
	}
	return a
}

func inplaceBinary(th *Thread, op syntax.Token, x, y Value) (Value, error) {
	if l, ok := x.(*List); ok && op == syntax.PLUS {
		items, err := Collect(th, y)
		if err != nil {
			return nil, err
		}
		if err := CheckSeqLen(int64(len(l.elems)) + int64(len(items))); err != nil {
			return nil, err
		}
		l.elems = append(l.elems, items...)
		return l, nil
	}
	if ip, ok := x.(interface {
		Inplace(th *Thread, op syntax.Token, y Value) (Value, error)
	}); ok {
		v, err := ip.Inplace(th, op, y)
		if v != nil || err != nil {
			return v, err
		}
	}
	return Binary(th, op, x, y)
}

func repeatSeq(seq, n Value) (Value, error) {
	k, ok := AsSmallInt(n)
	if !ok {
		if _, big := n.(BigInt); big {
			return nil, NewError(OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return nil, NewError(TypeError, "can't multiply sequence by non-int of type '%s'", n.Type())
	}
	if k < 0 {
		k = 0
	}
	switch s := seq.(type) {
	case String:
		if mulOverflows(int64(len(s)), k) {
			return nil, NewError(OverflowError, "repeated string is too long")
		}
		if err := checkStrLen(int64(len(s)) * k); err != nil {
			return nil, err
		}
		return String(strings.Repeat(string(s), int(k))), nil
	case Bytes:
		if mulOverflows(int64(len(s)), k) {
			return nil, NewError(OverflowError, "repeated bytes are too long")
		}
		if err := checkStrLen(int64(len(s)) * k); err != nil {
			return nil, err
		}
		return Bytes(strings.Repeat(string(s), int(k))), nil
	case *List:
		if mulOverflows(int64(len(s.elems)), k) || int64(len(s.elems))*k > int64(maxSeqLen) {
			return nil, NewError(MemoryError, "")
		}
		if err := chargeBytes(int64(len(s.elems)) * k * valueSize); err != nil {
			return nil, err
		}
		out := make([]Value, 0, len(s.elems)*int(k))
		for i := int64(0); i < k && len(s.elems) > 0; i++ {
			out = append(out, s.elems...)
		}
		return &List{elems: out}, nil
	case Tuple:
		if mulOverflows(int64(len(s)), k) || int64(len(s))*k > int64(maxSeqLen) {
			return nil, NewError(MemoryError, "")
		}
		if err := chargeBytes(int64(len(s)) * k * valueSize); err != nil {
			return nil, err
		}
		out := make(Tuple, 0, len(s)*int(k))
		for i := int64(0); i < k && len(s) > 0; i++ {
			out = append(out, s...)
		}
		return out, nil
	}
	return nil, NewError(TypeError, "can't multiply sequence by non-int of type '%s'", n.Type())
}

func intBinary(op syntax.Token, x, y Value) (Value, error) {
	a, b := toBig(x), toBig(y)
	r := new(big.Int)
	switch op {
	case syntax.PLUS:
		return makeInt(r.Add(a, b)), nil
	case syntax.MINUS:
		return makeInt(r.Sub(a, b)), nil
	case syntax.STAR:
		if a.BitLen()+b.BitLen() > 1<<24 {
			return nil, NewError(MemoryError, "")
		}
		return makeInt(r.Mul(a, b)), nil
	case syntax.SLASHSLASH, syntax.PERCENT:
		if b.Sign() == 0 {
			if op == syntax.PERCENT {
				return nil, NewError(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, NewError(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := floorDivMod(a, b)
		if op == syntax.PERCENT {
			return makeInt(m), nil
		}
		return makeInt(q), nil
	case syntax.STARSTAR:
		if b.Sign() < 0 {
			fa, _ := ToFloat(x)
			fb, _ := ToFloat(y)
			if fa == 0 {
				return nil, NewError(ZeroDivisionError, "0.0 cannot be raised to a negative power")
			}
			return Float(math.Pow(fa, fb)), nil
		}
		if b.BitLen() > 32 || a.BitLen()*int(b.Int64()) > 1<<24 {
			if a.CmpAbs(big.NewInt(1)) <= 0 {
				if a.Sign() == 0 {
					return Int(0), nil
				}
				if a.Sign() > 0 || b.Bit(0) == 0 {
					return Int(1), nil
				}
				return Int(-1), nil
			}
			return nil, NewError(MemoryError, "")
		}
		return makeInt(r.Exp(a, b, nil)), nil
	case syntax.AMP:
		return makeInt(r.And(a, b)), nil
	case syntax.PIPE:
		return makeInt(r.Or(a, b)), nil
	case syntax.CIRCUMFLEX:
		return makeInt(r.Xor(a, b)), nil
	case syntax.LTLT, syntax.GTGT:
		if b.Sign() < 0 {
			return nil, NewError(ValueError, "negative shift count")
		}
		if op == syntax.GTGT {
			if !b.IsInt64() || b.Int64() > 1<<30 {
				if a.Sign() < 0 {
					return Int(-1), nil
				}
				return Int(0), nil
			}
			return makeInt(r.Rsh(a, uint(b.Int64()))), nil
		}
		if !b.IsInt64() || b.Int64() > 1<<24 {
			return nil, NewError(OverflowError, "too many digits in integer")
		}
		return makeInt(r.Lsh(a, uint(b.Int64()))), nil
	case syntax.AT:
	}
	return nil, NewError(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opNames[op], x.Type(), y.Type())
}

func floorDivMod(a, b *big.Int) (*big.Int, *big.Int) {
	q, m := new(big.Int).QuoRem(a, b, new(big.Int))
	if m.Sign() != 0 && (m.Sign() < 0) != (b.Sign() < 0) {
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return q, m
}

func floatBinary(op syntax.Token, x, y Value) (Value, error) {
	a, err := ToFloat(x)
	if err != nil {
		return nil, err
	}
	b, err := ToFloat(y)
	if err != nil {
		return nil, err
	}
	switch op {
	case syntax.PLUS:
		return Float(a + b), nil
	case syntax.MINUS:
		return Float(a - b), nil
	case syntax.STAR:
		return Float(a * b), nil
	case syntax.SLASH:
		if b == 0 {
			if numKind(x) == kInt && numKind(y) == kInt {
				return nil, NewError(ZeroDivisionError, "division by zero")
			}
			return nil, NewError(ZeroDivisionError, "float division by zero")
		}
		if numKind(x) == kInt && numKind(y) == kInt {
			if _, ok := x.(BigInt); ok {
				return bigTrueDiv(toBig(x), toBig(y))
			}
			if _, ok := y.(BigInt); ok {
				return bigTrueDiv(toBig(x), toBig(y))
			}
		}
		return Float(a / b), nil
	case syntax.SLASHSLASH:
		if b == 0 {
			return nil, NewError(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivMod(a, b)
		return Float(q), nil
	case syntax.PERCENT:
		if b == 0 {
			return nil, NewError(ZeroDivisionError, "float modulo")
		}
		_, m := floatDivMod(a, b)
		return Float(m), nil
	case syntax.STARSTAR:
		if a == 0 && b < 0 {
			return nil, NewError(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		if a < 0 && b != math.Trunc(b) {
			return Complex(cmplx.Pow(complex(a, 0), complex(b, 0))), nil
		}
		r := math.Pow(a, b)
		if math.IsInf(r, 0) && !math.IsInf(a, 0) && !math.IsInf(b, 0) {
			return nil, NewError(OverflowError, "(34, 'Numerical result out of range')")
		}
		return Float(r), nil
	}
	return nil, NewError(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opNames[op], x.Type(), y.Type())
}

func bigTrueDiv(a, b *big.Int) (Value, error) {
	r := new(big.Rat).SetFrac(a, b)
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return nil, NewError(OverflowError, "integer division result too large for a float")
	}
	return Float(f), nil
}

// floatDivMod is Python's float divmod.
func floatDivMod(a, b float64) (float64, float64) {
	mod := math.Mod(a, b)
	div := (a - mod) / b
	if mod != 0 {
		if (b < 0) != (mod < 0) {
			mod += b
			div -= 1
		}
	} else {
		mod = math.Copysign(0, b)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, a/b)
	}
	return floordiv, mod
}

func complexBinary(op syntax.Token, x, y Value) (Value, error) {
	a, err := toComplex(x)
	if err != nil {
		return nil, err
	}
	b, err := toComplex(y)
	if err != nil {
		return nil, err
	}
	switch op {
	case syntax.PLUS:
		return Complex(a + b), nil
	case syntax.MINUS:
		return Complex(a - b), nil
	case syntax.STAR:
		return Complex(a * b), nil
	case syntax.SLASH:
		if b == 0 {
			return nil, NewError(ZeroDivisionError, "complex division by zero")
		}
		return Complex(a / b), nil
	case syntax.STARSTAR:
		if a == 0 {
			if real(b) < 0 || imag(b) != 0 {
				return nil, NewError(ZeroDivisionError, "0.0 to a negative or complex power")
			}
			if b == 0 {
				return Complex(1), nil
			}
			return Complex(0), nil
		}
		if imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) <= 100 {
			n := int(real(b))
			r := complex(1, 0)
			base := a
			neg := n < 0
			if neg {
				n = -n
			}
			for n > 0 {
				if n&1 == 1 {
					r *= base
				}
				base *= base
				n >>= 1
			}
			if neg {
				r = 1 / r
			}
			return Complex(r), nil
		}
		return Complex(cmplx.Pow(a, b)), nil
	case syntax.SLASHSLASH:
		return nil, NewError(TypeError, "unsupported operand type(s) for //: '%s' and '%s'", x.Type(), y.Type())
	case syntax.PERCENT:
		return nil, NewError(TypeError, "unsupported operand type(s) for %%: '%s' and '%s'", x.Type(), y.Type())
	}
	return nil, NewError(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opNames[op], x.Type(), y.Type())
}

func setBinary(op syntax.Token, a, b *Set) (Value, error) {
	out := NewSet()
	switch op {
	case syntax.PIPE:
		for _, e := range a.Elems() {
			out.Add(e)
		}
		for _, e := range b.Elems() {
			out.Add(e)
		}
	case syntax.AMP:
		for _, e := range a.Elems() {
			if ok, _ := b.Has(e); ok {
				out.Add(e)
			}
		}
	case syntax.MINUS:
		for _, e := range a.Elems() {
			if ok, _ := b.Has(e); !ok {
				out.Add(e)
			}
		}
	case syntax.CIRCUMFLEX:
		for _, e := range a.Elems() {
			if ok, _ := b.Has(e); !ok {
				out.Add(e)
			}
		}
		for _, e := range b.Elems() {
			if ok, _ := a.Has(e); !ok {
				out.Add(e)
			}
		}
	default:
		return nil, nil
	}
	out.frozen = a.frozen
	return out, nil
}

// Unary applies -x, +x or ~x.
func Unary(th *Thread, op syntax.Token, x Value) (Value, error) {
	switch v := x.(type) {
	case Int:
		switch op {
		case syntax.MINUS:
			if v == math.MinInt64 {
				return makeInt(new(big.Int).Neg(v.big())), nil
			}
			return -v, nil
		case syntax.PLUS:
			return v, nil
		case syntax.TILDE:
			return ^v, nil
		}
	case Bool:
		i := Int(0)
		if v {
			i = 1
		}
		return Unary(th, op, i)
	case BigInt:
		switch op {
		case syntax.MINUS:
			return makeInt(new(big.Int).Neg(v.v)), nil
		case syntax.PLUS:
			return v, nil
		case syntax.TILDE:
			return makeInt(new(big.Int).Not(v.v)), nil
		}
	case Float:
		switch op {
		case syntax.MINUS:
			return -v, nil
		case syntax.PLUS:
			return v, nil
		}
	case Complex:
		switch op {
		case syntax.MINUS:
			return -v, nil
		case syntax.PLUS:
			return v, nil
		}
	case HasUnary:
		return v.Unary(th, op)
	}
	return nil, NewError(TypeError, "bad operand type for unary %s: '%s'", op, x.Type())
}

var cmpTokens = map[syntax.CmpOp]syntax.Token{
	syntax.CmpLT: syntax.LT, syntax.CmpGT: syntax.GT, syntax.CmpLE: syntax.LE, syntax.CmpGE: syntax.GE,
	syntax.CmpEQ: syntax.EQL, syntax.CmpNE: syntax.NEQ,
}

var reflectCmp = map[syntax.Token]syntax.Token{
	syntax.LT: syntax.GT, syntax.GT: syntax.LT, syntax.LE: syntax.GE, syntax.GE: syntax.LE,
	syntax.EQL: syntax.EQL, syntax.NEQ: syntax.NEQ,
}

// Compare applies a comparison operator.
func Compare(th *Thread, op syntax.CmpOp, x, y Value) (Value, error) {
	switch op {
	case syntax.CmpIs:
		return Bool(identical(x, y)), nil
	case syntax.CmpIsNot:
		return Bool(!identical(x, y)), nil
	case syntax.CmpIn, syntax.CmpNotIn:
		r, err := contains(th, y, x)
		if err != nil {
			return nil, err
		}
		if op == syntax.CmpNotIn {
			return Bool(!r), nil
		}
		return Bool(r), nil
	}
	if a, ok := x.(Int); ok {
		if b, ok := y.(Int); ok {
			switch op {
			case syntax.CmpLT:
				return Bool(a < b), nil
			case syntax.CmpGT:
				return Bool(a > b), nil
			case syntax.CmpLE:
				return Bool(a <= b), nil
			case syntax.CmpGE:
				return Bool(a >= b), nil
			case syntax.CmpEQ:
				return Bool(a == b), nil
			case syntax.CmpNE:
				return Bool(a != b), nil
			}
		}
	}
	tok := cmpTokens[op]
	if xb, ok := x.(HasBinary); ok {
		v, err := xb.Binary(th, tok, y, Left)
		if v != nil || err != nil {
			return v, err
		}
	}
	if yb, ok := y.(HasBinary); ok {
		v, err := yb.Binary(th, reflectCmp[tok], x, Left)
		if v != nil || err != nil {
			return v, err
		}
	}
	switch op {
	case syntax.CmpEQ, syntax.CmpNE:
		eq, err := Equal(x, y)
		if err != nil {
			return nil, err
		}
		return Bool(eq == (op == syntax.CmpEQ)), nil
	}
	c, err := order(x, y, op)
	if err != nil {
		return nil, err
	}
	switch op {
	case syntax.CmpLT:
		return Bool(c < 0), nil
	case syntax.CmpGT:
		return Bool(c > 0), nil
	case syntax.CmpLE:
		return Bool(c <= 0), nil
	}
	return Bool(c >= 0), nil
}

func identical(x, y Value) bool {
	switch a := x.(type) {
	case *List:
		b, ok := y.(*List)
		return ok && a == b
	case *Dict:
		b, ok := y.(*Dict)
		return ok && a == b
	case Tuple:
		b, ok := y.(Tuple)
		return ok && len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
	case Float, Complex:
		return false
	}
	defer func() { recover() }()
	return x == y
}

// orderer is implemented by the core modules' numbers (Fraction,
// Decimal) for order, which compares the items of tuples and lists: c is
// the sign of x - y, ok false when y is not comparable or is a NaN.
type orderer interface {
	order(y Value) (c int, ok bool)
}

// order compares x and y for <, returning -1, 0, 1. NaN compares as
// neither less nor greater and is handled by the callers of floats.
func order(x, y Value, op syntax.CmpOp) (int, error) {
	if o, ok := x.(orderer); ok {
		if c, ok := o.order(y); ok {
			return c, nil
		}
	}
	if o, ok := y.(orderer); ok {
		if c, ok := o.order(x); ok {
			return -c, nil
		}
	}
	kx, ky := numKind(pyNumber(x)), numKind(pyNumber(y))
	if kx != kNone && ky != kNone && kx != kComplex && ky != kComplex {
		// items of tuples reach here without their HasBinary:
		// (np.float64(1.0), 0) < (2, 0)
		x, y = pyNumber(x), pyNumber(y)
		if kx == kInt && ky == kInt {
			return toBig(x).Cmp(toBig(y)), nil
		}
		a, _ := ToFloat(x)
		b, _ := ToFloat(y)
		if math.IsNaN(a) || math.IsNaN(b) {
			// every ordered comparison with NaN is false
			switch op {
			case syntax.CmpLT:
				return 1, nil
			case syntax.CmpGT:
				return -1, nil
			case syntax.CmpLE:
				return 1, nil
			default:
				return -1, nil
			}
		}
		switch {
		case a < b:
			return -1, nil
		case a > b:
			return 1, nil
		}
		return 0, nil
	}
	switch a := x.(type) {
	case String:
		if b, ok := y.(String); ok {
			return strings.Compare(string(a), string(b)), nil
		}
	case *List:
		if b, ok := y.(*List); ok {
			return orderSeq(a.elems, b.elems, op)
		}
	case Tuple:
		if b, ok := plainTuple(y).(Tuple); ok {
			return orderSeq(a, b, op)
		}
	case *NamedTuple:
		if b, ok := plainTuple(y).(Tuple); ok {
			return orderSeq(a.Tuple, b, op)
		}
	case *Set:
		if b, ok := y.(*Set); ok {
			sub := func(p, q *Set) bool {
				for _, e := range p.Elems() {
					if ok, _ := q.Has(e); !ok {
						return false
					}
				}
				return true
			}
			ab, ba := sub(a, b), sub(b, a)
			switch {
			case ab && ba:
				return 0, nil
			case ab:
				return -1, nil
			case ba:
				return 1, nil
			}
			return 2, nil
		}
	}
	return 0, NewError(TypeError, "'%s' not supported between instances of '%s' and '%s'", op, x.Type(), y.Type())
}

// pyNumber returns a NumPy bool, integer or float64 scalar as the Python
// number of the same value, and any other value unchanged.
func pyNumber(v Value) Value {
	if s, ok := v.(HasPyNumber); ok {
		return s.PyNumber()
	}
	return v
}

func orderSeq(a, b []Value, op syntax.CmpOp) (int, error) {
	for i := 0; i < len(a) && i < len(b); i++ {
		eq, err := Equal(a[i], b[i])
		if err != nil {
			return 0, err
		}
		if !eq {
			return order(a[i], b[i], op)
		}
	}
	switch {
	case len(a) < len(b):
		return -1, nil
	case len(a) > len(b):
		return 1, nil
	}
	return 0, nil
}

// equaler is implemented by the core modules' values (Fraction, Decimal,
// Counter, deque) for Equal: ok is false when they do not compare with y.
type equaler interface {
	equal(y Value) (eq, ok bool)
}

// Equal is Python's == for built-in values.
func Equal(x, y Value) (bool, error) {
	kx, ky := numKind(x), numKind(y)
	if kx != kNone && ky != kNone {
		if kx == kInt && ky == kInt {
			a, ok1 := AsSmallInt(x)
			b, ok2 := AsSmallInt(y)
			if ok1 && ok2 {
				return a == b, nil
			}
			return toBig(x).Cmp(toBig(y)) == 0, nil
		}
		if kx == kComplex || ky == kComplex {
			a, _ := toComplex(x)
			b, _ := toComplex(y)
			return a == b, nil
		}
		if kx == kInt || ky == kInt {
			// exact comparison of an int with a float
			f, i := x, y
			if kx == kInt {
				f, i = y, x
			}
			fv := float64(f.(Float))
			if math.IsNaN(fv) || math.IsInf(fv, 0) || fv != math.Trunc(fv) {
				return false, nil
			}
			bf, _ := new(big.Float).SetFloat64(fv).Int(nil)
			return bf.Cmp(toBig(i)) == 0, nil
		}
		a, _ := ToFloat(x)
		b, _ := ToFloat(y)
		return a == b, nil
	}
	if e, ok := x.(equaler); ok {
		if eq, ok := e.equal(y); ok {
			return eq, nil
		}
	}
	if e, ok := y.(equaler); ok {
		if eq, ok := e.equal(x); ok {
			return eq, nil
		}
	}
	switch a := x.(type) {
	case String:
		b, ok := y.(String)
		return ok && a == b, nil
	case NoneType:
		_, ok := y.(NoneType)
		return ok, nil
	case *List:
		b, ok := y.(*List)
		if !ok {
			return false, nil
		}
		return equalSeq(a.elems, b.elems)
	case Tuple, *NamedTuple:
		b, ok := plainTuple(y).(Tuple)
		if !ok {
			return false, nil
		}
		return equalSeq(plainTuple(a).(Tuple), b)
	case *Dict:
		b, ok := y.(*Dict)
		if !ok || a.Len() != b.Len() {
			return false, nil
		}
		for _, kv := range a.Items() {
			v, found, err := b.Get(kv[0])
			if err != nil || !found {
				return false, err
			}
			eq, err := Equal(kv[1], v)
			if err != nil || !eq {
				return false, err
			}
		}
		return true, nil
	case *Set:
		b, ok := y.(*Set)
		if !ok || a.Len() != b.Len() {
			return false, nil
		}
		for _, e := range a.Elems() {
			if ok, _ := b.Has(e); !ok {
				return false, nil
			}
		}
		return true, nil
	case Range, BigRange:
		as, ae, ap, _ := bigTriple(a)
		bs, be, bp, ok := bigTriple(y)
		if !ok {
			return false, nil
		}
		n := rangeLen(as, ae, ap)
		if n.Cmp(rangeLen(bs, be, bp)) != 0 {
			return false, nil
		}
		return n.Sign() == 0 || as.Cmp(bs) == 0 && (n.IsInt64() && n.Int64() == 1 || ap.Cmp(bp) == 0), nil
	case HasFloat:
		f, ok := a.AsFloat()
		if ok {
			return Equal(Float(f), y)
		}
	}
	if b, ok := y.(HasFloat); ok {
		if f, ok := b.AsFloat(); ok {
			return Equal(x, Float(f))
		}
	}
	return identical(x, y), nil
}

func equalSeq(a, b []Value) (bool, error) {
	if len(a) != len(b) {
		return false, nil
	}
	for i := range a {
		if identical(a[i], b[i]) {
			continue
		}
		eq, err := Equal(a[i], b[i])
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// contains is "x in c".
func contains(th *Thread, c, x Value) (bool, error) {
	switch c := c.(type) {
	case String:
		s, ok := x.(String)
		if !ok {
			return false, NewError(TypeError, "'in <string>' requires string as left operand, not %s", x.Type())
		}
		return strings.Contains(string(c), string(s)), nil
	case *Dict:
		_, ok, err := c.Get(x)
		return ok, err
	case *Set:
		return c.Has(x)
	case Range:
		i, ok := AsSmallInt(x)
		if !ok {
			if f, isF := x.(Float); isF && float64(f) == math.Trunc(float64(f)) {
				i, ok = int64(f), true
			}
		}
		if !ok {
			return false, nil
		}
		if c.step > 0 && (i < c.start || i >= c.stop) || c.step < 0 && (i > c.start || i <= c.stop) {
			return false, nil
		}
		return (i-c.start)%c.step == 0, nil
	case BigRange:
		_, in := rangeFind(c.start, c.stop, c.step, x)
		return in, nil
	}
	if ct, ok := c.(interface {
		Contains(th *Thread, x Value) (bool, error)
	}); ok {
		return ct.Contains(th, x)
	}
	it, err := Iterate(c)
	if err != nil {
		return false, NewError(TypeError, "argument of type '%s' is not iterable", c.Type())
	}
	for {
		v, ok, err := it.Next(th)
		if err != nil || !ok {
			return false, err
		}
		if identical(v, x) {
			return true, nil
		}
		eq, err := Equal(v, x)
		if err != nil {
			return false, err
		}
		if eq {
			return true, nil
		}
	}
}
