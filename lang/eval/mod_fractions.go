package eval

import (
	"math"
	"math/big"
	"regexp"
	"strings"

	"github.com/golinalg/golinalg/lang/syntax"
)

// Fraction is fractions.Fraction: an exact rational n/d, kept in lowest
// terms with d > 0, as CPython's fractions module keeps it. Arithmetic
// with ints and Fractions is exact; with a float it gives a float, with
// a complex a complex, as CPython's _operator_fallbacks do.
type Fraction struct{ r *big.Rat }

var fractionClass = &libClass{name: "Fraction", module: "fractions",
	doc: "This class implements rational numbers.",
	is:  func(v Value) bool { _, ok := v.(*Fraction); return ok }}

func init() {
	fractionClass.make = newFraction
	fractionClass.attrs = map[string]Value{
		"from_float": NewBuiltin("from_float", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs("from_float", args, kwargs, 1); err != nil {
				return nil, err
			}
			switch args[0].(type) {
			case Int, BigInt, Bool, Float:
				return newFraction(th, args, nil)
			}
			return nil, NewError(TypeError, "Fraction.from_float() only takes floats, not %s (%s)", Repr(args[0]), args[0].Type())
		}),
		"from_decimal": NewBuiltin("from_decimal", func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs("from_decimal", args, kwargs, 1); err != nil {
				return nil, err
			}
			switch args[0].(type) {
			case Int, BigInt, Bool, *Decimal:
				return newFraction(th, args, nil)
			}
			return nil, NewError(TypeError, "Fraction.from_decimal() only takes Decimals, not %s (%s)", Repr(args[0]), args[0].Type())
		}),
	}
}

func fractionsModule() *Module {
	return &Module{name: "fractions", doc: "Fraction, infinite-precision, rational numbers.", attrs: map[string]Value{
		"Fraction": fractionClass,
	}}
}

func fracOf(n, d *big.Int) *Fraction {
	return &Fraction{new(big.Rat).SetFrac(n, d)}
}

func (f *Fraction) num() *big.Int { return f.r.Num() }
func (f *Fraction) den() *big.Int { return f.r.Denom() }

// _RATIONAL_FORMAT of CPython 3.11's fractions.py, without its lookahead
// for a digit (checked by hand) and with its quirk: the decimal part may
// be a run of letters d.
var rationalFormat = regexp.MustCompile(`(?i)^[\t\n\v\f\r ]*([-+]?)(\d*|\d+(?:_\d+)*)(?:(?:/(\d+(?:_\d+)*))?|(?:\.(d*|\d+(?:_\d+)*))?(?:E([-+]?\d+(?:_\d+)*))?)[\t\n\v\f\r ]*$`)

func parseFraction(s string) (*big.Int, *big.Int, error) {
	bad := NewError(ValueError, "Invalid literal for Fraction: %s", StrRepr(s))
	m := rationalFormat.FindStringSubmatch(s)
	if m == nil {
		return nil, nil, bad
	}
	rest := strings.TrimLeft(s, "\t\n\v\f\r ")
	rest = strings.TrimLeft(rest, "+-")
	if rest == "" || !(rest[0] >= '0' && rest[0] <= '9' || len(rest) > 1 && rest[0] == '.' && rest[1] >= '0' && rest[1] <= '9') {
		return nil, nil, bad
	}
	atoi := func(t string) (*big.Int, error) {
		v, ok := new(big.Int).SetString(strings.ReplaceAll(t, "_", ""), 10)
		if !ok {
			return nil, NewError(ValueError, "invalid literal for int() with base 10: %s", StrRepr(t))
		}
		return v, nil
	}
	n := big.NewInt(0)
	if m[2] != "" {
		n, _ = atoi(m[2])
	}
	d := big.NewInt(1)
	if m[3] != "" {
		d, _ = atoi(m[3])
	} else {
		if m[4] != "" {
			dec, err := atoi(m[4])
			if err != nil {
				return nil, nil, err
			}
			scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(strings.ReplaceAll(m[4], "_", "")))), nil)
			n.Mul(n, scale).Add(n, dec)
			d.Mul(d, scale)
		}
		if m[5] != "" {
			e, _ := atoi(m[5])
			if e.BitLen() > 31 {
				return nil, nil, NewError(MemoryError, "")
			}
			p := new(big.Int).Exp(big.NewInt(10), new(big.Int).Abs(e), nil)
			if e.Sign() >= 0 {
				n.Mul(n, p)
			} else {
				d.Mul(d, p)
			}
		}
	}
	if m[1] == "-" {
		n.Neg(n)
	}
	return n, d, nil
}

// ratOf returns v as an exact rational when it is an int or a Fraction
// (a numbers.Rational).
func ratOf(v Value) (*big.Rat, bool) {
	switch x := v.(type) {
	case Int, BigInt, Bool:
		return new(big.Rat).SetInt(toBig(x)), true
	case *Fraction:
		return x.r, true
	}
	return nil, false
}

// floatRatio is float.as_integer_ratio, with its errors.
func floatRatio(x float64) (*big.Rat, error) {
	if math.IsNaN(x) {
		return nil, NewError(ValueError, "cannot convert NaN to integer ratio")
	}
	if math.IsInf(x, 0) {
		return nil, NewError(OverflowError, "cannot convert Infinity to integer ratio")
	}
	return new(big.Rat).SetFloat64(x), nil
}

func newFraction(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
	var numerator, denominator Value = Int(0), None
	if err := UnpackArgs("Fraction", args, kwargs, "numerator?", &numerator, "denominator?", &denominator); err != nil {
		return nil, err
	}
	var n, d *big.Int
	if denominator == None {
		switch x := numerator.(type) {
		case Int, BigInt, Bool:
			return &Fraction{new(big.Rat).SetInt(toBig(x))}, nil
		case *Fraction:
			return &Fraction{new(big.Rat).Set(x.r)}, nil
		case Float:
			r, err := floatRatio(float64(x))
			if err != nil {
				return nil, err
			}
			return &Fraction{r}, nil
		case *Decimal:
			r, err := x.ratio()
			if err != nil {
				return nil, err
			}
			return &Fraction{r}, nil
		case String:
			var err error
			if n, d, err = parseFraction(string(x)); err != nil {
				return nil, err
			}
		default:
			return nil, NewError(TypeError, "argument should be a string or a Rational instance")
		}
	} else {
		a, ok1 := ratOf(numerator)
		b, ok2 := ratOf(denominator)
		if !ok1 || !ok2 {
			return nil, NewError(TypeError, "both arguments should be Rational instances")
		}
		n = new(big.Int).Mul(a.Num(), b.Denom())
		d = new(big.Int).Mul(b.Num(), a.Denom())
	}
	if d.Sign() == 0 {
		return nil, NewError(ZeroDivisionError, "Fraction(%s, 0)", n)
	}
	return fracOf(n, d), nil
}

func (f *Fraction) String() string {
	return "Fraction(" + f.num().String() + ", " + f.den().String() + ")"
}

// Str is str(f): "3/4", or "3" for a whole number.
func (f *Fraction) Str() string {
	if f.r.IsInt() {
		return f.num().String()
	}
	return f.num().String() + "/" + f.den().String()
}
func (*Fraction) Type() string  { return "Fraction" }
func (f *Fraction) Truth() bool { return f.r.Sign() != 0 }
func (*Fraction) Class() Value  { return fractionClass }
func (f *Fraction) float() (float64, error) {
	x, _ := f.r.Float64()
	if math.IsInf(x, 0) {
		return 0, NewError(OverflowError, "integer division result too large for a float")
	}
	return x, nil
}

// AsFloat is float(f), for math's functions and float().
func (f *Fraction) AsFloat() (float64, bool) {
	x, err := f.float()
	return x, err == nil
}

// Hash agrees with the hash of an equal int or float, so that a Fraction
// finds the int or float key of the same value in a dict, as in CPython.
func (f *Fraction) Hash() (uint64, error) { return hashRat(f.r), nil }

// Convert is int(f) (truncation toward zero) and float(f).
func (f *Fraction) Convert(kind string) (Value, error) {
	if kind == "int" {
		return makeInt(new(big.Int).Quo(f.num(), f.den())), nil
	}
	x, err := f.float()
	if err != nil {
		return nil, err
	}
	return Float(x), nil
}

// Abs is abs(f).
func (f *Fraction) Abs() (Value, error) { return &Fraction{new(big.Rat).Abs(f.r)}, nil }

// intPart is math.floor, math.ceil or math.trunc of f, exactly.
func (f *Fraction) intPart(name string) Value {
	q, m := floorDivMod(f.num(), f.den())
	switch {
	case name == "ceil" && m.Sign() != 0, name == "trunc" && m.Sign() != 0 && f.r.Sign() < 0:
		q.Add(q, big.NewInt(1))
	}
	return makeInt(q)
}

// Round is round(f[, ndigits]), half to even.
func (f *Fraction) Round(nd Value) (Value, error) {
	if nd == None {
		return makeInt(roundHalfEven(f.num(), f.den())), nil
	}
	k, ok := AsSmallInt(nd)
	if !ok {
		return nil, NewError(TypeError, "'%s' object cannot be interpreted as an integer", nd.Type())
	}
	shift := new(big.Int).Exp(big.NewInt(10), big.NewInt(absInt64(k)), nil)
	if k > 0 {
		x := new(big.Rat).Mul(f.r, new(big.Rat).SetInt(shift))
		return fracOf(roundHalfEven(x.Num(), x.Denom()), shift), nil
	}
	x := new(big.Rat).Quo(f.r, new(big.Rat).SetInt(shift))
	q := roundHalfEven(x.Num(), x.Denom())
	return fracOf(q.Mul(q, shift), big.NewInt(1)), nil
}

func absInt64(k int64) int64 {
	if k < 0 {
		return -k
	}
	return k
}

// roundHalfEven is n/d rounded to the nearest int, ties to even.
func roundHalfEven(n, d *big.Int) *big.Int {
	q, m := floorDivMod(n, d)
	c := new(big.Int).Lsh(m, 1).Cmp(d)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

func (f *Fraction) Unary(th *Thread, op syntax.Token) (Value, error) {
	switch op {
	case syntax.MINUS:
		return &Fraction{new(big.Rat).Neg(f.r)}, nil
	case syntax.PLUS:
		return &Fraction{new(big.Rat).Set(f.r)}, nil
	}
	return nil, NewError(TypeError, "bad operand type for unary %s: 'Fraction'", op)
}

// equal is f == y for Equal (dict keys, list.index, in).
func (f *Fraction) equal(y Value) (bool, bool) {
	if r, ok := ratOf(y); ok {
		return f.r.Cmp(r) == 0, true
	}
	switch y := y.(type) {
	case Float:
		x := float64(y)
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false, true
		}
		return f.r.Cmp(new(big.Rat).SetFloat64(x)) == 0, true
	case Complex:
		if imag(y) != 0 {
			return false, true
		}
		return f.equal(Float(real(y)))
	}
	return false, false
}

// order is the sign of f - y for an int, Fraction, Decimal or finite
// float y; an infinity compares as with 0.
func (f *Fraction) order(y Value) (int, bool) { return ratOrder(f.r, y) }

func ratOrder(r *big.Rat, y Value) (int, bool) {
	if o, ok := decRat(y); ok {
		return r.Cmp(o), true
	}
	if x, ok := y.(Float); ok {
		switch v := float64(x); {
		case math.IsNaN(v):
			return 0, false
		case math.IsInf(v, 1):
			return -1, true
		case math.IsInf(v, -1):
			return 1, true
		default:
			return r.Cmp(new(big.Rat).SetFloat64(v)), true
		}
	}
	return 0, false
}

// Binary is Fraction's arithmetic and comparisons with ints, Fractions,
// floats and complexes; other operands are declined.
func (f *Fraction) Binary(th *Thread, op syntax.Token, y Value, side Side) (Value, error) {
	switch op {
	case syntax.EQL, syntax.NEQ:
		eq, ok := f.equal(y)
		if !ok {
			return nil, nil
		}
		return Bool(eq == (op == syntax.EQL)), nil
	case syntax.LT, syntax.GT, syntax.LE, syntax.GE:
		var c int
		if r, ok := ratOf(y); ok {
			c = f.r.Cmp(r)
		} else if x, ok := y.(Float); ok {
			if math.IsNaN(float64(x)) || math.IsInf(float64(x), 0) {
				return Compare(th, cmpOf[op], Float(0), x)
			}
			c = f.r.Cmp(new(big.Rat).SetFloat64(float64(x)))
		} else {
			return nil, nil
		}
		switch op {
		case syntax.LT:
			return Bool(c < 0), nil
		case syntax.GT:
			return Bool(c > 0), nil
		case syntax.LE:
			return Bool(c <= 0), nil
		}
		return Bool(c >= 0), nil
	}
	if op == syntax.STARSTAR {
		if side == Left {
			return f.pow(th, y)
		}
		return f.rpow(th, y)
	}
	switch op {
	case syntax.PLUS, syntax.MINUS, syntax.STAR, syntax.SLASH, syntax.SLASHSLASH, syntax.PERCENT:
	default:
		return nil, nil
	}
	if r, ok := ratOf(y); ok {
		a, b := f.r, r
		if side == Right {
			a, b = b, a
		}
		return fracArith(op, a, b)
	}
	switch y.(type) {
	case Float, Complex:
		x, err := f.float()
		if err != nil {
			return nil, err
		}
		if side == Left {
			return Binary(th, op, Float(x), y)
		}
		return Binary(th, op, y, Float(x))
	}
	return nil, nil
}

var cmpOf = map[syntax.Token]syntax.CmpOp{syntax.LT: syntax.CmpLT, syntax.GT: syntax.CmpGT, syntax.LE: syntax.CmpLE, syntax.GE: syntax.CmpGE}

// fracArith is a op b for rationals a and b, with the results and errors
// of CPython's Fraction._add ... _mod.
func fracArith(op syntax.Token, a, b *big.Rat) (Value, error) {
	switch op {
	case syntax.PLUS:
		return &Fraction{new(big.Rat).Add(a, b)}, nil
	case syntax.MINUS:
		return &Fraction{new(big.Rat).Sub(a, b)}, nil
	case syntax.STAR:
		return &Fraction{new(big.Rat).Mul(a, b)}, nil
	case syntax.SLASH:
		if b.Sign() == 0 {
			// _div's numerator once a's is divided by gcd(na, 0) = |na|
			n := big.NewInt(int64(a.Sign()))
			return nil, NewError(ZeroDivisionError, "Fraction(%s, 0)", n)
		}
		return &Fraction{new(big.Rat).Quo(a, b)}, nil
	case syntax.SLASHSLASH:
		n := new(big.Int).Mul(a.Num(), b.Denom())
		d := new(big.Int).Mul(a.Denom(), b.Num())
		if d.Sign() == 0 {
			return nil, NewError(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, _ := floorDivMod(n, d)
		return makeInt(q), nil
	case syntax.PERCENT:
		n := new(big.Int).Mul(a.Num(), b.Denom())
		d := new(big.Int).Mul(b.Num(), a.Denom())
		if d.Sign() == 0 {
			return nil, NewError(ZeroDivisionError, "integer modulo by zero")
		}
		_, m := floorDivMod(n, d)
		return fracOf(m, new(big.Int).Mul(a.Denom(), b.Denom())), nil
	}
	return nil, nil
}

// fracPow is a ** k for an int k, as Fraction.__pow__ does it.
func fracPow(a *big.Rat, k *big.Int) (Value, error) {
	n, d := a.Num(), a.Denom()
	if !k.IsInt64() || int64(max(n.BitLen(), d.BitLen()))*absInt64(k.Int64()) > 1<<24 {
		switch {
		case n.Sign() == 0 && k.Sign() > 0:
			return &Fraction{new(big.Rat)}, nil
		case n.CmpAbs(d) == 0 && (n.Sign() > 0 || k.Bit(0) == 0):
			return &Fraction{new(big.Rat).SetInt64(1)}, nil
		case n.CmpAbs(d) == 0:
			return &Fraction{new(big.Rat).SetInt64(-1)}, nil
		}
		return nil, NewError(MemoryError, "")
	}
	e := big.NewInt(absInt64(k.Int64()))
	pn, pd := new(big.Int).Exp(n, e, nil), new(big.Int).Exp(d, e, nil)
	if k.Sign() >= 0 {
		return fracOf(pn, pd), nil
	}
	if pn.Sign() == 0 {
		return nil, NewError(ZeroDivisionError, "Fraction(%s, 0)", pd)
	}
	return fracOf(pd, pn), nil
}

func (f *Fraction) pow(th *Thread, y Value) (Value, error) {
	if r, ok := ratOf(y); ok {
		if r.IsInt() {
			return fracPow(f.r, r.Num())
		}
		x, err := f.float()
		if err != nil {
			return nil, err
		}
		fy, _ := r.Float64()
		return Binary(th, syntax.STARSTAR, Float(x), Float(fy))
	}
	switch y.(type) {
	case Float, Complex:
		x, err := f.float()
		if err != nil {
			return nil, err
		}
		return Binary(th, syntax.STARSTAR, Float(x), y)
	}
	return nil, nil
}

// rpow is y ** f, Fraction.__rpow__.
func (f *Fraction) rpow(th *Thread, y Value) (Value, error) {
	if f.r.IsInt() && f.r.Sign() >= 0 {
		if numKind(y) == kNone {
			return nil, nil
		}
		return Binary(th, syntax.STARSTAR, y, makeInt(f.num()))
	}
	if r, ok := ratOf(y); ok {
		return (&Fraction{r}).pow(th, f)
	}
	switch y.(type) {
	case Float, Complex:
		if f.r.IsInt() {
			return Binary(th, syntax.STARSTAR, y, makeInt(f.num()))
		}
		x, err := f.float()
		if err != nil {
			return nil, err
		}
		return Binary(th, syntax.STARSTAR, y, Float(x))
	}
	return nil, nil
}

func (f *Fraction) Attr(th *Thread, name string) (Value, error) {
	switch name {
	case "numerator":
		return makeInt(new(big.Int).Set(f.num())), nil
	case "denominator":
		return makeInt(new(big.Int).Set(f.den())), nil
	case "real":
		return f, nil
	case "imag":
		return Int(0), nil
	case "__class__":
		return fractionClass, nil
	case "as_integer_ratio":
		return NewMethod(name, f, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			return Tuple{makeInt(new(big.Int).Set(f.num())), makeInt(new(big.Int).Set(f.den()))}, nil
		}), nil
	case "conjugate":
		return NewMethod(name, f, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			if err := ExactArgs(name, args, kwargs, 0); err != nil {
				return nil, err
			}
			return f, nil
		}), nil
	case "limit_denominator":
		return NewMethod(name, f, func(th *Thread, args []Value, kwargs []Kwarg) (Value, error) {
			var maxDen Value = Int(1000000)
			if err := UnpackArgs(name, args, kwargs, "max_denominator?", &maxDen); err != nil {
				return nil, err
			}
			return f.limitDenominator(th, maxDen)
		}), nil
	case "from_float", "from_decimal":
		return fractionClass.attrs[name], nil
	}
	return nil, nil
}

func (f *Fraction) AttrNames() []string {
	return []string{"as_integer_ratio", "conjugate", "denominator", "from_decimal", "from_float", "imag", "limit_denominator", "numerator", "real"}
}

// limitDenominator is Fraction.limit_denominator: the closest Fraction
// with denominator at most maxDen, by CPython's continued-fraction walk.
func (f *Fraction) limitDenominator(th *Thread, maxDen Value) (Value, error) {
	lt, err := Compare(th, syntax.CmpLT, maxDen, Int(1))
	if err != nil {
		return nil, err
	}
	if lt.Truth() {
		return nil, NewError(ValueError, "max_denominator should be at least 1")
	}
	m := toBig(maxDen)
	if m == nil {
		return nil, NewError(TypeError, "unsupported operand type(s) for //: '%s' and 'int'", maxDen.Type())
	}
	if f.den().Cmp(m) <= 0 {
		return &Fraction{new(big.Rat).Set(f.r)}, nil
	}
	p0, q0, p1, q1 := big.NewInt(0), big.NewInt(1), big.NewInt(1), big.NewInt(0)
	n, d := new(big.Int).Set(f.num()), new(big.Int).Set(f.den())
	for {
		a, _ := floorDivMod(n, d)
		q2 := new(big.Int).Add(q0, new(big.Int).Mul(a, q1))
		if q2.Cmp(m) > 0 {
			break
		}
		p0, q0, p1, q1 = p1, q1, new(big.Int).Add(p0, new(big.Int).Mul(a, p1)), q2
		n, d = d, new(big.Int).Sub(n, new(big.Int).Mul(a, d))
	}
	k, _ := floorDivMod(new(big.Int).Sub(m, q0), q1)
	bound1 := new(big.Rat).SetFrac(new(big.Int).Add(p0, new(big.Int).Mul(k, p1)), new(big.Int).Add(q0, new(big.Int).Mul(k, q1)))
	bound2 := new(big.Rat).SetFrac(p1, q1)
	e2 := new(big.Rat).Abs(new(big.Rat).Sub(bound2, f.r))
	e1 := new(big.Rat).Abs(new(big.Rat).Sub(bound1, f.r))
	if e2.Cmp(e1) <= 0 {
		return &Fraction{bound2}, nil
	}
	return &Fraction{bound1}, nil
}
